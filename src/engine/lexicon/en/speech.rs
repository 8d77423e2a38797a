//! Verbs of speech, the signal of a quote's or statement's source
//! ("said", "told", "warned"; "..., noting that ..."), and the words that
//! stand between a source, its verb and what it said. Read by the quote
//! and statement stages ([`crate::engine::attribution`]); hand-made from
//! the reporting verbs and constructions of English news.

/// Verbs that attribute words to a speaker, in the forms news uses.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "asked",
    "asks",
    "explained",
    "explains",
    "stated",
    "states",
    "noted",
    "notes",
    "warned",
    "warns",
    "insisted",
    "insists",
    "argued",
    "argues",
    "claimed",
    "claims",
    "declared",
    "wrote",
    "writes",
    "tweeted",
    "reads",
    "recalled",
    "admitted",
    "admits",
    "continued",
    "replied",
    "announced",
    "emphasised",
    "emphasized",
    "emphasises",
    "emphasizes",
    "stressed",
    "stresses",
    "urged",
    "suggested",
    "suggests",
    "acknowledged",
    "confirmed",
    "commented",
    "remarked",
    "observed",
    "conceded",
    "predicted",
    "cautioned",
    "complained",
    "joked",
    "testified",
    "posted",
    "exclaimed",
    "concluded",
    "underscored",
    "underlined",
    "reiterated",
    "maintained",
    "revealed",
    "according",
    "believes",
    "thinks",
    "asserted",
    "alleged",
    "responded",
    "agreed",
];

/// Speech verbs as participles, which report speech in a clause hung on
/// the sentence's subject after a comma ("..., noting that ...").
pub const SPEECH_PARTICIPLES: &[&str] = &[
    "saying",
    "noting",
    "adding",
    "stressing",
    "emphasising",
    "emphasizing",
    "underscoring",
    "underlining",
    "warning",
    "arguing",
    "insisting",
    "claiming",
    "explaining",
    "stating",
    "asserting",
    "observing",
];

/// Words that may stand between a source and its verb ("Khrenin has
/// underscored", "Singh also said"): auxiliaries and adverbs.
pub const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "also",
    "then",
    "later",
    "again",
    "repeatedly",
    "further",
    "previously",
    "once",
    "reportedly",
    "publicly",
    "today",
    "yesterday",
    "recently",
    "earlier",
];

/// Words that open a clause right after "said" ("said the talks ...").
pub const CLAUSE_OPENERS: &[&str] = &[
    "the", "a", "an", "he", "she", "it", "they", "there", "his", "her", "its", "their", "this",
    "these", "those", "we", "no",
];

/// Subject pronouns that open a reported clause right after any speech
/// verb, without "that" ("insists he is happy", "confirmed they are
/// close"), as written in lower case.
pub const CLAUSE_PRONOUNS: &[&str] = &["he", "she", "they", "we"];

/// Words that open a source the text does not name ("the spokesman",
/// "his children", "a Pentagon official").
pub const SOURCE_DETERMINERS: &[&str] = &[
    "the", "a", "an", "his", "her", "their", "its", "our", "one", "another",
];

/// Common nouns that are sources on their own, capitalised at a sentence's
/// start ("Police say ...") where the text may never write them in lower case.
pub const SOURCE_NOUNS: &[&str] = &[
    "police",
    "officials",
    "authorities",
    "prosecutors",
    "investigators",
    "witnesses",
    "researchers",
    "scientists",
    "doctors",
    "residents",
    "experts",
    "sources",
    "officers",
];

/// Words that are in no unnamed source: pronouns, words that join
/// clauses, and verb forms ("the company has since said" names no source).
pub const NOT_SOURCES: &[&str] = &[
    "it", "they", "we", "you", "i", "who", "which", "that", "this", "there", "what", "and", "but",
    "or", "as", "if", "when", "than", "so", "is", "was", "were", "are", "be", "been", "will",
    "would", "could", "can", "may", "might", "should", "must", "did", "does", "do", "since", "not",
];

/// Lowercase words that may stand before a sentence's subject ("and
/// Dirar revealed", "the former Arsenal man", "then Smith said").
pub const SUBJECT_OPENERS: &[&str] = &[
    "and",
    "but",
    "so",
    "then",
    "now",
    "the",
    "a",
    "an",
    "former",
    "also",
    "meanwhile",
    "later",
];

/// What follows an apostrophe at the end of a contraction or a possessive
/// ("I'm", "it's", "can't", "we're", "I've", "you'll", "I'd"): a mark set
/// apart before one of these ("I ’ m", "Brazil ’ s", as re-spaced text
/// writes them) is an apostrophe, not a closing quote mark.
pub const CONTRACTION_ENDINGS: &[&str] = &["s", "m", "t", "re", "ve", "ll", "d"];

/// Words of the first person, as written (case matters: "US" is a
/// country), which news narration does not use and quoted speech does
/// ("I'm" splits into "I" and "m").
pub const FIRST_PERSON: &[&str] = &["I", "me", "my", "My", "we", "We", "us", "our", "Our"];

/// Conjunctions that open a new clause after a quote's comma, so that the
/// speech verb after them belongs to that clause ("'...', while the coach
/// added: '...'"), not to the quote before.
pub const CLAUSE_CONJUNCTIONS: &[&str] = &[
    "while", "whereas", "and", "but", "as", "although", "though", "when", "before", "after",
];
