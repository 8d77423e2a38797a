//! Calendar names and the words around dates: months and weekdays, the
//! labels of an article's date line, the parts of a day, what may qualify a
//! quarter, time zones, and the words that make "May" a month. Read by the
//! calendar ([`crate::engine::calendar`]), the header
//! ([`crate::engine::segmentation::metadata`]) and the dates stage
//! ([`crate::engine::facts::dates`]); ordinals ("third quarter") are in
//! [`super::numbers::ORDINALS`]. Hand-made from how English-language news
//! writes dates (TimeML's TIMEX3 guidelines for what counts as one).

/// Month names in lower case, January first; "Jun", "Sept" and other
/// abbreviations are read as their prefixes.
pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Weekday names in lower case, Monday first (ISO 8601's order);
/// abbreviations ("Fri", "Thurs") are read as their prefixes.
pub const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

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
    "last modified on",
    "last modified",
    "first published on",
    "first published",
];

/// Parts of a day ("Thursday evening") and their TimeML codes (`T` + code
/// after the date). "night" keeps the day's value: TempEval-3's annotators
/// mostly wrote "Friday night" as the day (on the tuning half of its dev
/// sets, 6 of 9), and "tonight" and "last night" likewise.
pub const PARTS_OF_DAY: [(&str, Option<&str>); 4] = [
    ("morning", Some("MO")),
    ("afternoon", Some("AF")),
    ("evening", Some("EV")),
    ("night", None),
];

/// Words that may stand between "the" and a quarter ("the fiscal third
/// quarter", "the corresponding period").
pub const QUARTER_MODIFIERS: &[&str] = &[
    "fiscal",
    "latest",
    "comparable",
    "corresponding",
    "current",
    "same",
];

/// Time zones written after a time ("5 p.m. EST"), in lower case.
pub const TIME_ZONES: &[&str] = &[
    "est", "edt", "cst", "cdt", "pst", "pdt", "gmt", "utc", "bst", "cet", "et", "pt", "ct",
];

/// Words after which a capitalised "May" is the month, not the verb ("in
/// May", "since May", "early May").
pub const MONTH_CUES: &[&str] = &[
    "in", "of", "since", "until", "by", "early", "late", "mid", "last", "next", "this",
];

/// How a holiday's date is found in a given year.
#[derive(Debug, Clone, Copy)]
pub enum HolidayRule {
    /// The same day every year (month, day).
    Fixed(u8, u8),
    /// The `n`th weekday (0 = Monday) of a month, `n` = 0 for the last,
    /// then `plus` days ("the Tuesday after the first Monday").
    Nth {
        month: u8,
        weekday: u8,
        n: u8,
        plus: u8,
    },
    /// Days after Easter Sunday (Good Friday: -2).
    Easter(i8),
}

/// Holidays news dates events by, as their capitalised words (without a
/// possessive "'s": "New Year's Day" is `["new", "year", "day"]`), longest
/// first, with their dates: the Western Christian feasts, the US federal
/// holidays news most often names (American datelines dominate English
/// news and TempEval-3), and Election Day. Holidays named the same across
/// countries but kept on other days (India's Independence Day is August 15)
/// are left out.
pub const HOLIDAYS: &[(&[&str], HolidayRule)] = &[
    (&["new", "year", "day"], HolidayRule::Fixed(1, 1)),
    (&["new", "year", "eve"], HolidayRule::Fixed(12, 31)),
    (&["christmas", "day"], HolidayRule::Fixed(12, 25)),
    (&["christmas", "eve"], HolidayRule::Fixed(12, 24)),
    (&["christmas"], HolidayRule::Fixed(12, 25)),
    (&["boxing", "day"], HolidayRule::Fixed(12, 26)),
    (&["valentine", "day"], HolidayRule::Fixed(2, 14)),
    (&["halloween"], HolidayRule::Fixed(10, 31)),
    (&["veterans", "day"], HolidayRule::Fixed(11, 11)),
    (&["armistice", "day"], HolidayRule::Fixed(11, 11)),
    (
        &["thanksgiving", "day"],
        HolidayRule::Nth {
            month: 11,
            weekday: 3,
            n: 4,
            plus: 0,
        },
    ),
    (
        &["thanksgiving"],
        HolidayRule::Nth {
            month: 11,
            weekday: 3,
            n: 4,
            plus: 0,
        },
    ),
    (
        &["election", "day"],
        HolidayRule::Nth {
            month: 11,
            weekday: 0,
            n: 1,
            plus: 1,
        },
    ),
    (
        &["labor", "day"],
        HolidayRule::Nth {
            month: 9,
            weekday: 0,
            n: 1,
            plus: 0,
        },
    ),
    (
        &["memorial", "day"],
        HolidayRule::Nth {
            month: 5,
            weekday: 0,
            n: 0,
            plus: 0,
        },
    ),
    (&["easter", "sunday"], HolidayRule::Easter(0)),
    (&["easter", "monday"], HolidayRule::Easter(1)),
    (&["easter"], HolidayRule::Easter(0)),
    (&["good", "friday"], HolidayRule::Easter(-2)),
];
