//! Portuguese: the word lists the summary and key phrases read for Portuguese
//! text (function words, sentence abbreviations) and its light stemmer,
//! the same files as `en/` where Portuguese has them.

pub mod abbreviations;
pub mod function_words;
pub mod stem;
