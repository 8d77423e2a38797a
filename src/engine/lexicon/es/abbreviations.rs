//! Abbreviations after which a period ends no sentence in Spanish news:
//! "Sr. García", "Dña.", "EE. UU.", "núm. 5", "p. ej.", listed by hand
//! from the common abbreviations of news text; a dotted company form
//! ("S.A.") is kept whole by the splitter already.

/// Lower-case, without the period; a dotted one as written inside.
pub const ABBREVIATIONS: &[&str] = &[
    "aprox", "art", "av", "avda", "cía", "d", "dr", "dra", "dña", "ee", "ej", "excmo", "gral",
    "ing", "lic", "núm", "p", "pág", "págs", "sr", "sra", "sres", "srta", "sto", "sta", "tel",
    "ud", "uds", "uu", "vd", "vds",
];
