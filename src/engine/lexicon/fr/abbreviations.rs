//! Abbreviations after which a period ends no sentence in French news:
//! "M. Macron", "Mme", "p. ex.", "av. J.-C.", listed by hand from the
//! common abbreviations of news text. A single capital letter ("M.") is an
//! initial for the splitter already.

/// Lower-case, without the period; a dotted one as written inside.
pub const ABBREVIATIONS: &[&str] = &[
    "av", "bd", "cf", "chap", "dr", "env", "ex", "hab", "me", "mgr", "mlle", "mm", "mme", "p",
    "pr", "st", "ste", "vol",
];
