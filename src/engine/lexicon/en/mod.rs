//! English: every word list the engine reads for English text, each once,
//! with where it comes from in its doc comment. A second language adds a
//! folder beside this one with the same files.

pub mod function_words;
pub mod numbers;
pub mod speech;
pub mod time_expressions;
pub mod titles;
