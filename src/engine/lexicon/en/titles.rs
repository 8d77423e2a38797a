//! Titles people are named with: the abbreviations that stand before a name
//! (their full stop never ends a sentence), courtesy titles, and the titles
//! that say whether a person is a man or a woman.

use crate::engine::attribution::gender::Gender;

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
pub const GENDERED_TITLES: &[(&str, Gender)] = &[
    ("mr", Gender::Male),
    ("sir", Gender::Male),
    ("lord", Gender::Male),
    ("king", Gender::Male),
    ("prince", Gender::Male),
    ("mrs", Gender::Female),
    ("ms", Gender::Female),
    ("miss", Gender::Female),
    ("dame", Gender::Female),
    ("lady", Gender::Female),
    ("queen", Gender::Female),
    ("princess", Gender::Female),
];

/// Titles that form a name with the given name after them, as readers
/// and news write it ("Pope Francis", "King Charles", "Sir Alex
/// Ferguson", "Lady Gaga"): kept in an entity's name where they alone
/// open it ([`crate::engine::entities`]), unlike a role ("Director
/// Ljubomir Acimovic", "Justice Pemberton"), which CoNLL-2003 and readers
/// leave out of the name.
pub const NAME_FORMING_TITLES: &[&str] = &[
    "dame", "king", "lady", "lord", "pope", "prince", "princess", "queen", "sir",
];
