//! Words that mark what a key point can do without, and words it must
//! never lose. Read by [`crate::engine::summary::compress`]; hand-made from
//! the connectives, reporting verbs and attribution fillers of English
//! news (the deletable constituents of Knight & Marcu 2002 and Clarke &
//! Lapata 2008: sentence adverbials, attributions, appositives,
//! parentheticals).

/// Connectives and sentence adverbials that open a sentence before a
/// comma ("However, ..."), as word sequences, lowercase.
pub const OPENERS: &[&[&str]] = &[
    &["however"],
    &["meanwhile"],
    &["moreover"],
    &["furthermore"],
    &["additionally"],
    &["nevertheless"],
    &["nonetheless"],
    &["still"],
    &["instead"],
    &["indeed"],
    &["separately"],
    &["besides"],
    &["overall"],
    &["now"],
    &["today"],
    &["yesterday"],
    &["tonight"],
    &["earlier"],
    &["later"],
    &["recently"],
    &["previously"],
    &["currently"],
    &["ultimately"],
    &["finally"],
    &["elsewhere"],
    &["also"],
    &["so"],
    &["in", "addition"],
    &["in", "the", "meantime"],
    &["at", "the", "same", "time"],
    &["on", "the", "other", "hand"],
    &["in", "fact"],
    &["of", "course"],
    &["as", "a", "result"],
    &["in", "a", "statement"],
    &["in", "an", "interview"],
    &["in", "a", "statement", "released"],
    &["unfortunately", "for", "him"],
    &["unfortunately", "for", "her"],
    &["unfortunately", "for", "them"],
    &["unfortunately"],
    // The writer's comment on what follows, not part of it ("Sadly, the
    // dog died."): the statement stays. "Initially," and "At first," are
    // not among them: they say the statement later changed. Nor are
    // "Allegedly," and "Reportedly,": they say it is not established.
    &["sadly"],
    &["tragically"],
    &["fortunately"],
    &["luckily"],
    &["thankfully"],
    &["interestingly"],
    &["surprisingly"],
    &["remarkably"],
    &["incredibly"],
    &["amazingly"],
    &["in", "the", "end"],
    &["in", "response"],
];

/// News agencies that head a report in brackets ("(CNN) Eight border
/// guards ..."), lowercase: the dateline says who reports, not what.
pub const NEWS_AGENCIES: &[&str] = &[
    "cnn",
    "ap",
    "reuters",
    "afp",
    "upi",
    "pti",
    "ians",
    "ani",
    "xinhua",
    "bloomberg",
];

/// Conjunctions that open a sentence without a comma ("But the talks
/// ..."), joining it to the one before; a key point stands alone.
pub const OPENING_CONJUNCTIONS: &[&str] = &["but", "and"];

/// Prepositions and modifiers before a time expression that opens a
/// sentence ("On Saturday,", "Last week,", "Earlier this month,").
pub const TIME_WORDS: &[&str] = &[
    "on", "in", "at", "during", "by", "last", "this", "earlier", "later", "late", "early", "over",
];

/// Verbs that report words or findings without judging them ("said",
/// "added", "found", "confirmed"): an attribution on one of them may lose
/// when and how it was said and its source's description, never the
/// source and the verb (without them a statement reads as a fact). Verbs
/// that doubt or argue ("claimed", "insisted", "warned", "predicted",
/// "believes", "alleged") are not among them: their attribution stays
/// whole.
pub const REPORTING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "added",
    "adds",
    "noted",
    "notes",
    "explained",
    "explains",
    "stated",
    "states",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "reported",
    "reports",
    "found",
    "finds",
    "showed",
    "shows",
    "revealed",
    "reveals",
    "acknowledged",
    "admitted",
    "admits",
    "wrote",
    "writes",
    "underscored",
    "underlined",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "stressed",
    "stresses",
    "highlighted",
    "told",
    "tells",
];

/// Reporting verbs that may take an object instead of a clause ("told
/// reporters the talks ...", "the clip shows a croc"): they end an
/// attribution after the statement (", he told CNN"), but open one before
/// it only with "that" ("a study found that ..."), and never stand before
/// their source (", confirmed the delay", ", urged the club to ...": the
/// statements stage reads them so too).
pub const OBJECT_VERBS: &[&str] = &[
    "told",
    "tells",
    "shows",
    "showed",
    "found",
    "finds",
    "revealed",
    "reveals",
    "highlighted",
    "wrote",
    "writes",
    "reported",
    "reports",
    "announced",
    "announces",
    "confirmed",
    "confirms",
    "acknowledged",
    "admitted",
    "admits",
    "urged",
    "urges",
    "asks",
];

/// Words that may follow an attribution's verb and belong to it ("said
/// on Saturday", "told reporters", "said in a statement").
pub const ATTRIBUTION_FILLERS: &[&str] = &[
    "on",
    "in",
    "at",
    "to",
    "the",
    "a",
    "an",
    "last",
    "this",
    "earlier",
    "late",
    "reporters",
    "journalists",
    "statement",
    "interview",
    "press",
    "conference",
    "briefing",
    "told",
    "yesterday",
    "today",
    "tonight",
    "recently",
    "previously",
    "also",
    "has",
    "have",
    "had",
];

/// The word that opens a reported source ("According to police, ..."):
/// an opener on it says who claims what follows, so it stays.
pub const ACCORDING: &str = "according";

/// Participles that open a trailing comment on what the sentence states
/// (", highlighting the deepening ties"), besides those of speech
/// ([`super::speech::SPEECH_PARTICIPLES`]): the statement stands without it.
pub const ASIDE_PARTICIPLES: &[&str] = &[
    "citing",
    "highlighting",
    "signalling",
    "signaling",
    "reflecting",
    "underscoring",
    "marking",
];

/// Negations: a cut holding one would turn a statement around, so none is
/// ever dropped.
pub const NEGATIONS: &[&str] = &[
    "not", "no", "never", "nobody", "none", "nothing", "neither", "nor", "without", "cannot",
    "nowhere", "hardly", "barely", "unlikely", "denied", "denies", "deny",
];
