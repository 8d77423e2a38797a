//! Abbreviations after which a period ends no sentence in Dutch news:
//! "dhr. Jansen", "mevr.", "bijv.", "d.w.z.", "nr. 5", listed by hand from
//! the common abbreviations of news text.

/// Lower-case, without the period; a dotted one as written inside.
pub const ABBREVIATIONS: &[&str] = &[
    "a.s", "bijv", "blz", "bv", "ca", "d.w.z", "dhr", "dr", "drs", "enz", "i.p.v", "ing", "ir",
    "jl", "m.a.w", "mevr", "mld", "mln", "mr", "mw", "nr", "o.a", "prof", "st",
];
