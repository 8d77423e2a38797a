//! Titles people are named with: the abbreviations that stand before a name
//! (their full stop never ends a sentence), courtesy titles, and the titles
//! that say whether a person is a man or a woman.

/// Titles that always precede a name, so their period never ends a sentence
/// ("Lt. Gen. Viktor Khrenin", "Mr. Singh").
pub const ABBREVIATED_TITLES: &[&str] = &[
    "adm", "brig", "capt", "cdr", "cmdr", "col", "cpl", "det", "dr", "fr", "gen", "gov", "hon",
    "insp", "lt", "maj", "messrs", "mme", "mr", "mrs", "ms", "mssrs", "pres", "prof", "rep", "rev",
    "sen", "sgt", "st", "supt", "mt", "ft", "vs", "v", "cf", "viz", "ca", "approx",
];

/// Honorifics that are courtesy, not role ("Mr", "Mrs").
pub const COURTESY_TITLES: &[&str] = &["mr", "mrs", "ms", "miss", "mx"];

/// Courtesy titles and honours that say a gender.
pub const GENDERED_TITLES: &[(&str, crate::engine::attribution::gender::Gender)] = &[
    ("mr", crate::engine::attribution::gender::Gender::Male),
    ("sir", crate::engine::attribution::gender::Gender::Male),
    ("lord", crate::engine::attribution::gender::Gender::Male),
    ("king", crate::engine::attribution::gender::Gender::Male),
    ("prince", crate::engine::attribution::gender::Gender::Male),
    ("mrs", crate::engine::attribution::gender::Gender::Female),
    ("ms", crate::engine::attribution::gender::Gender::Female),
    ("miss", crate::engine::attribution::gender::Gender::Female),
    ("dame", crate::engine::attribution::gender::Gender::Female),
    ("lady", crate::engine::attribution::gender::Gender::Female),
    ("queen", crate::engine::attribution::gender::Gender::Female),
    (
        "princess",
        crate::engine::attribution::gender::Gender::Female,
    ),
];
