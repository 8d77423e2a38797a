//! Abbreviations after which a period ends no sentence in Italian news:
//! "sig. Rossi", "dott.", "on.", "pag. 5", "ecc.", listed by hand from the
//! common abbreviations of news text.

/// Lower-case, without the period; a dotted one as written inside.
pub const ABBREVIATIONS: &[&str] = &[
    "art", "avv", "cfr", "dott", "dr", "ecc", "gen", "ing", "mons", "on", "p", "pag", "prof",
    "sen", "sig", "sig.ra", "sigg", "sigra",
];
