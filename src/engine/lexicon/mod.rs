//! The lexicon: the engine's word lists as data, by language.
//!
//! A key design decision is that a word list lives here once, not in the
//! stage that first needed it: before, courtesy titles sat in five modules,
//! number words in two and the stop words in the summary's helper while
//! entities, roles and key phrases read them too (issue 12). Stages import
//! what they read from `lexicon::en`; a second language is a folder of the
//! same files, chosen by the text's language, not a branch in each stage.
//!
//! The tagger's gazetteers (places, given names, organisation endings,
//! honorifics) stay with the tagger in `entities/gazetteer.rs`: they are
//! its features, and the trained model's weights are tied to them.

pub mod en;
