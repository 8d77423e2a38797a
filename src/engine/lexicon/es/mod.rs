//! Spanish: its light stemmer. The Spanish word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/es.txt`, fetched by the
//! page when a Spanish text arrives ([`super::pack`]).

pub mod stem;
