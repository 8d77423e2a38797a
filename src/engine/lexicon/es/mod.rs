//! Spanish: the word lists the summary and key phrases read for Spanish
//! text (function words, sentence abbreviations) and its light stemmer,
//! the same files as `en/` where Spanish has them.

pub mod abbreviations;
pub mod function_words;
pub mod stem;
