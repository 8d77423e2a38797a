//! Holidays as dates ("Thanksgiving Day": `1999-11-25`), from
//! [`HOLIDAYS`]: a fixed day, the nth weekday of a month, or a day counted
//! from Easter Sunday (the anonymous Gregorian computus, as given by Meeus,
//! "Astronomical Algorithms", ch. 8). The year is the one a date of that
//! month takes without a year ([`Reader::year_for`]): the nearest
//! holiday within a few weeks of the article's date, else the sentence's
//! tense decides, and a year written after it ("Christmas 1998") wins.

use super::Reader;
use crate::engine::calendar::Date;
use crate::engine::lexicon::en::dates::{HolidayRule, HOLIDAYS};

impl Reader<'_> {
    /// The holiday whose capitalised name starts at token `i`.
    pub(super) fn holiday(&self, i: usize) -> Option<(usize, Option<String>)> {
        let (names, rule) = HOLIDAYS.iter().find(|(names, _)| {
            names.iter().enumerate().all(|(k, name)| {
                self.word(i + k) == *name && self.original(i + k).starts_with(char::is_uppercase)
            })
        })?;
        let end = i + names.len();
        // "Easter Island", "Christmas Island": a longer name, not the day.
        let in_a_name = names.len() == 1
            && self.original(end).starts_with(char::is_uppercase)
            && self.year(end).is_none();
        if in_a_name {
            return None;
        }
        if let Some(year) = self.year(end) {
            return Some((end + 1, date_in(*rule, year).map(|d| d.to_string())));
        }
        let (month, day) = match rule {
            HolidayRule::Fixed(month, day) => (*month, *day),
            HolidayRule::Nth { month, .. } => (*month, 15),
            HolidayRule::Easter(_) => (4, 1),
        };
        let value = self
            .year_for(i, month, Some(day))
            .and_then(|year| date_in(*rule, year))
            .map(|d| d.to_string());
        Some((end, value))
    }
}

/// The holiday's date in `year`.
fn date_in(rule: HolidayRule, year: i32) -> Option<Date> {
    match rule {
        HolidayRule::Fixed(month, day) => Date::new(year, month, day),
        HolidayRule::Nth {
            month,
            weekday,
            n,
            plus,
        } => {
            let first = Date::new(year, month, 1)?;
            let to_first = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
            let nth = if n == 0 {
                // The last: the fifth if the month has one, else the fourth.
                let fifth = first.add_days(to_first + 28)?;
                if fifth.month() == month {
                    fifth
                } else {
                    first.add_days(to_first + 21)?
                }
            } else {
                first.add_days(to_first + 7 * (i64::from(n) - 1))?
            };
            nth.add_days(i64::from(plus))
        }
        HolidayRule::Easter(offset) => easter(year)?.add_days(i64::from(offset)),
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (Meeus's algorithm).
fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let (b, c) = (year / 100, year % 100);
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Dates checked against published calendars.
    #[test]
    fn holidays_fall_on_their_days() {
        let on = |name: &str, year: i32| {
            let rule = HOLIDAYS
                .iter()
                .find(|(n, _)| n.join(" ") == name)
                .unwrap()
                .1;
            date_in(rule, year).map(|d| d.to_string())
        };
        assert_eq!(on("thanksgiving day", 1999).as_deref(), Some("1999-11-25"));
        assert_eq!(on("election day", 1998).as_deref(), Some("1998-11-03"));
        assert_eq!(on("memorial day", 2021).as_deref(), Some("2021-05-31"));
        assert_eq!(on("labor day", 2024).as_deref(), Some("2024-09-02"));
        assert_eq!(on("easter", 2000).as_deref(), Some("2000-04-23"));
        assert_eq!(on("easter", 2019).as_deref(), Some("2019-04-21"));
        assert_eq!(on("good friday", 2024).as_deref(), Some("2024-03-29"));
    }
}
