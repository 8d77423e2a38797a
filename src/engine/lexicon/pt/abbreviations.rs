//! Abbreviations after which a period ends no sentence in Portuguese
//! news: "Sr. Silva", "Dra.", "pág. 5", "Av.", listed by hand from the
//! common abbreviations of news text.

/// Lower-case, without the period; a dotted one as written inside.
pub const ABBREVIATIONS: &[&str] = &[
    "av", "art", "dep", "dr", "dra", "eng", "ex", "exmo", "gov", "min", "nº", "pág", "pres",
    "prof", "profa", "sr", "sra", "srta", "sto", "sta",
];
