//! French: its light stemmer. The French word lists the summary, key
//! phrases and sentence splitter read (function words, sentence
//! abbreviations) are its language pack, `packs/fr.txt`, fetched by the
//! page when a French text arrives ([`super::pack`]).

pub mod stem;
