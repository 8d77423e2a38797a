//! Abbreviations after which a period ends no sentence in German news:
//! "z. B.", "u. a.", "d. h.", "bzw.", "Nr. 5", "Dr. Weber", listed by hand
//! from the common abbreviations of news text. A single capital letter
//! ("B.") is an initial for the splitter already.

/// Lower-case, without the period; a dotted one as written inside ("u.a").
pub const ABBREVIATIONS: &[&str] = &[
    "abs", "bd", "bspw", "bzw", "ca", "chr", "d.h", "dr", "dt", "evtl", "geb", "gegr", "ggf", "h",
    "hl", "hrsg", "inkl", "jh", "jr", "mio", "mrd", "nr", "o.ä", "prof", "s", "sog", "st", "str",
    "tel", "u", "u.a", "usw", "v.a", "vgl", "z", "z.b", "zb", "ziff",
];
