//! Words of English temporal expressions beyond calendar names: what may
//! stand before a length of time, adverbs of recurrence, seasons. Their
//! values follow TimeML 1.2.1 (TIMEX3) and the TempEval-3 guidelines:
//! a modifier such as "nearly" or "at least" belongs to the expression's
//! span and leaves its value alone (TimeML writes it in `mod`).

/// Phrases that may open a length of time ("nearly two years", "at least
/// 72 hours", "the past five years", "another three weeks"), each as its
/// words; the longest that matches is taken.
pub const DURATION_OPENERS: &[&[&str]] = &[
    &["no", "more", "than"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["within"],
    &["another"],
    &["the"],
    &["past"],
    &["last"],
    &["next"],
    &["first"],
    &["latest"],
    &["coming"],
    &["previous"],
    &["final"],
];

/// Possessive determiners: "my last night", "their next game" are a
/// person's final night or coming game, not the night before or the week
/// after the article (a new-user test's travel piece, "On my last night I
/// watched ...", was dated the day before the article). Not "her": as
/// often an object ("met her last night").
pub const POSSESSIVE_DETERMINERS: [&str; 6] = ["my", "your", "his", "its", "our", "their"];

/// Counts that leave a length of time unknown ("several years": `PXY`).
pub const VAGUE_COUNTS: [&str; 5] = ["several", "few", "many", "recent", "coming"];

/// Words between a count and its unit that the span keeps ("two more
/// weeks", "eight trading days").
pub const UNIT_ADJECTIVES: [&str; 7] = [
    "more",
    "additional",
    "full",
    "straight",
    "consecutive",
    "trading",
    "business",
];

/// Nouns after "a three-year" that name the length itself ("a three-year
/// period").
pub const PERIOD_NOUNS: [&str; 5] = ["period", "span", "stretch", "spell", "term"];

/// Adverbs of recurrence and their TimeML set values.
/// ("quarterly" is mostly an adjective in news: "its quarterly dividend".)
pub const SET_ADVERBS: [(&str, &str); 6] = [
    ("daily", "P1D"),
    ("nightly", "P1D"),
    ("weekly", "P1W"),
    ("monthly", "P1M"),
    ("annually", "P1Y"),
    ("yearly", "P1Y"),
];

/// Words after which "a year", "a day" is a length ("for a year", "in a
/// day"), not a rate ("$5 million a year", "twice a day").
pub const BEFORE_A_LENGTH: [&str; 22] = [
    "for", "in", "within", "over", "after", "before", "about", "nearly", "almost", "than", "only",
    "just", "of", "at", "to", "by", "from", "under", "around", "least", "and", "or",
];

/// Seasons and their TimeML codes (`1998-SU`).
pub const SEASONS: [(&str, &str); 5] = [
    ("spring", "SP"),
    ("summer", "SU"),
    ("fall", "FA"),
    ("autumn", "FA"),
    ("winter", "WI"),
];

/// Words before a date that TimeML keeps in its span as a `mod` ("early
/// December", "late last week").
pub const POSITION_WORDS: [&str; 5] = ["early", "late", "mid", "earlier", "later"];

/// Expressions of "a year before" that an earnings report dates by its
/// quarter ("profit rose from $3 million a year ago": the same quarter a
/// year before, as TimeBank's annotators wrote it).
pub const YEAR_BEFORE: [&str; 4] = ["a year ago", "a year earlier", "year-earlier", "year-ago"];
