//! Dutch: its light stemmer. The Dutch word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/nl.txt`, fetched by the
//! page when a Dutch text arrives ([`super::pack`]).

pub mod stem;
