//! German: its light stemmer. The German word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/de.txt`, fetched by the
//! page when a German text arrives ([`super::pack`]).

pub mod stem;
