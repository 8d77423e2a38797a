//! Words around dates: the labels of an article's date line. (The dates
//! stage's own words follow as they move here.)

/// Labels that may stand before a date line's date ("Published: 28 June
/// 2025", "Last updated 3 May").
pub const DATE_LABELS: &[&str] = &[
    "date",
    "dated",
    "published",
    "updated",
    "posted",
    "published on",
    "last updated",
];
