//! English: every word list the engine reads for English text, each once,
//! with its purpose and where its words come from in its doc comment. A
//! second language adds a folder beside this one with the same files.

pub mod abbreviations;
pub mod address;
pub mod compression;
pub mod dates;
pub mod events;
pub mod function_words;
pub mod furniture;
pub mod given_names;
pub mod names;
pub mod numbers;
pub mod reference;
pub mod roles;
pub mod speech;
pub mod stem;
pub mod tense;
pub mod time_expressions;
pub mod titles;
pub mod word_class;
