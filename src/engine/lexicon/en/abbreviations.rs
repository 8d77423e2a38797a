//! Abbreviations and sentence starters for the sentence splitter
//! ([`crate::engine::segmentation::sentences`]): where Punkt (Kiss & Strunk
//! 2006) learns its abbreviations and "frequent sentence starters" from a
//! corpus, the splitter lists them by hand for English news. Titles before a
//! name ("Dr.", "Lt.") are in [`super::titles::ABBREVIATED_TITLES`].

/// Abbreviations that can end a sentence too ("... Apple Inc. The firm"): their
/// period ends one only before a frequent sentence starter. Company forms,
/// months and weekdays, street and unit abbreviations.
pub const ABBREVIATIONS: &[&str] = &[
    "inc", "ltd", "co", "corp", "plc", "llc", "bros", "jr", "sr", "etc", "dept", "univ", "assn",
    "est", "fig", "figs", "vol", "vols", "ed", "eds", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
    "fri", "sat", "sun", "ave", "blvd", "rd", "hwy", "mins", "hrs", "govt", "intl",
];

/// Abbreviations that precede a number ("No. 10", "pp. 4-5", "Art. 5").
pub const BEFORE_NUMBERS: &[&str] = &[
    "no", "nos", "nr", "art", "p", "pp", "para", "sec", "ch", "tel", "op", "ref",
];

/// Words that often start a news sentence: after an ambiguous abbreviation
/// ("U.S.", "Inc.", "a.m.") a capitalised one of these means a new sentence.
pub const SENTENCE_STARTERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "but",
    "by",
    "during",
    "for",
    "he",
    "her",
    "his",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "meanwhile",
    "more",
    "mr",
    "mrs",
    "ms",
    "dr",
    "no",
    "on",
    "our",
    "she",
    "since",
    "so",
    "some",
    "that",
    "the",
    "their",
    "there",
    "these",
    "they",
    "this",
    "those",
    "to",
    "under",
    "we",
    "when",
    "while",
    "with",
    "yet",
    "you",
];
