//! Words that open a sentence leaning on the one before it: a reader of
//! that sentence alone, in a summary, cannot tell who or what it is
//! about. For the summary's stand-alone checks
//! ([`crate::engine::summary::standalone`]).
//!
//! Extractive summaries with such openers are the "dangling anaphora" that
//! Paice (1990, "Constructing literature abstracts by computer", Information
//! Processing & Management 26(1)) found the chief flaw of sentence
//! extracts; his remedy, kept here, is to take the sentence before as well.

/// Pronouns and possessives that, as a sentence's subject or its subject's
/// determiner, point back to a person or thing named before. "I", "we" and
/// "you" are left out: in opinion, travel and how-to text they are the
/// writer and the reader, who need no antecedent.
pub const BACK_PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "this", "that",
    "these", "those", "such", "both",
];

/// Nouns after "this", "these" or "that" that point at the text itself or
/// at the time of writing ("This paper", "This year"), which a reader
/// resolves without the sentence before.
pub const DEICTIC_NOUNS: &[&str] = &[
    "article",
    "book",
    "chapter",
    "essay",
    "guide",
    "paper",
    "post",
    "report",
    "section",
    "study",
    "week",
    "weekend",
    "month",
    "year",
    "morning",
    "afternoon",
    "evening",
    "season",
    "summer",
    "winter",
    "spring",
    "autumn",
    "time",
    "century",
    "decade",
];

/// Openers, one or more words, that refer to something just mentioned
/// ("Another woman ...", "The latter ..."). Connectives ("But ...",
/// "However, ...", "also") are not among them: the sentence after one
/// still says what it says, and issue 15 names only references as what
/// cannot stand alone; measured on the BBC dev TUNE half, treating
/// connectives as leaning cost 1.1 ROUGE-1 (README, "Summary quality").
pub const BACK_OPENERS: &[&[&str]] = &[
    &["another"],
    &["the", "other"],
    &["the", "others"],
    &["the", "latter"],
    &["the", "former"],
    &["the", "two"],
    &["the", "same"],
];
