//! Portuguese: its light stemmer. The Portuguese word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/pt.txt`, fetched by the
//! page when a Portuguese text arrives ([`super::pack`]).

pub mod stem;
