//! The lexicon: the engine's word lists as data, by language.
//!
//! A key design decision is that a word list lives here once, not in the
//! stage that first needed it: before, courtesy titles sat in five modules,
//! number words in two and the stop words in the summary's helper while
//! entities, roles and key phrases read them too, and some fifty lists of
//! English words were spread over seventeen stage modules (issue 12).
//! Stages import what they read from `lexicon::en`, one file a topic
//! (function words, numbers, titles, names, events, roles, speech, tense,
//! dates, abbreviations, page furniture, given names); a second language is
//! a folder of the same files, chosen by the text's language, not a branch
//! in each stage. A word may stand in two lists with two purposes ("mr" is
//! a stop word, a courtesy title and a sentence starter); two lists with
//! one purpose may not.
//!
//! Three kinds of list stay out, each for a reason:
//! - the tagger's gazetteers (places, demonyms, given names, organisation
//!   endings, honorifics) stay with the tagger in `entities/gazetteer.rs`:
//!   they are its features, and the trained model's weights are tied to
//!   them. Lists here that extend one for another stage say so (role heads
//!   beyond the honorifics, given names beyond the tagger's);
//! - the language detector's profiles (`segmentation/language_profiles.txt`):
//!   letter trigrams of 21 languages, compared with one another on every
//!   text before its language is known;
//! - small mappings written as `match` arms (currency and unit names to
//!   their codes in `facts/numbers.rs`), where each word comes with the
//!   value it stands for.

pub mod en;
