//! Italian: the word lists the summary and key phrases read for Italian
//! text (function words, sentence abbreviations) and its light stemmer,
//! the same files as `en/` where Italian has them.

pub mod abbreviations;
pub mod function_words;
pub mod stem;
