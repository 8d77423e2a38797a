//! French: the word lists the summary and key phrases read for French
//! text (function words, sentence abbreviations) and its light stemmer,
//! the same files as `en/` where French has them.

pub mod abbreviations;
pub mod function_words;
pub mod stem;
