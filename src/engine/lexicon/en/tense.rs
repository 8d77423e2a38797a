//! The cues of a sentence's tense, for the dates stage's reading of dates
//! without a year or week ([`crate::engine::facts::dates`]): a modal or a
//! planning word puts a sentence in the future, a past form in the past
//! (English marks most past forms with "-ed"; these are the rest). Chosen by
//! hand and checked on TempEval-3 dev, as the tense module's doc says.

/// Words that put a sentence in the future ("will", "is scheduled",
/// "plans").
pub const FUTURE_CUES: &[&str] = &[
    "will",
    "'ll",
    "’ll",
    "shall",
    "scheduled",
    "expected",
    "expects",
    "plans",
    "planned",
    "planning",
    "due",
    "upcoming",
    "slated",
    "intends",
    "aims",
];

/// Past forms of common irregular verbs, and past auxiliaries.
pub const PAST_FORMS: &[&str] = &[
    "was", "were", "had", "did", "said", "came", "went", "took", "made", "got", "met", "won",
    "lost", "told", "began", "fell", "rose", "grew", "saw", "left", "held", "paid", "sold",
    "bought", "gave", "found", "kept", "led", "ran", "set", "spent", "stood", "thought", "wrote",
    "brought", "fought", "hit", "struck", "broke", "chose", "drove", "flew", "knew", "became",
];
