//! Italian: its light stemmer. The Italian word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/it.txt`, fetched by the
//! page when a Italian text arrives ([`super::pack`]).

pub mod stem;
