//! Calendar dates: validation, ISO 8601 output and parsing of the written
//! forms news uses for an article's date ("2025-06-28", "28 June 2025",
//! "June 28, 2025", "Saturday, 28 June 2025").
//!
//! A hand-written proleptic Gregorian calendar instead of a date crate: the
//! engine needs only validation and formatting, and every crate byte lands
//! in the wasm bundle.

use std::fmt;

use crate::engine::lexicon::en::dates::{MONTHS, TIME_ZONES, WEEKDAYS};

/// A valid calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

impl Date {
    /// The date `year-month-day`, or `None` if there is no such day.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        ((1..=9999).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month))
        .then_some(Date { year, month, day })
    }

    /// The year.
    pub fn year(&self) -> i32 {
        self.year
    }

    /// The month, 1 to 12.
    pub fn month(&self) -> u8 {
        self.month
    }

    /// The day of the month, from 1.
    pub fn day(&self) -> u8 {
        self.day
    }

    /// Days since 1970-01-01 (negative before), after Howard Hinnant's
    /// `days_from_civil` ("chrono-Compatible Low-Level Date Algorithms").
    pub fn days(&self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`),
    /// or `None` outside years 1 to 9999.
    pub fn from_days(days: i64) -> Option<Date> {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        Date::new(i32::try_from(year).ok()?, month, day)
    }

    /// This date moved by `days` days.
    pub fn add_days(&self, days: i64) -> Option<Date> {
        Date::from_days(self.days() + days)
    }

    /// Day of the week, 0 = Monday … 6 = Sunday.
    pub fn weekday(&self) -> u8 {
        // 1970-01-01 was a Thursday (3).
        (self.days() + 3).rem_euclid(7) as u8
    }

    /// ISO 8601 week: (week-numbering year, week 1..=53).
    pub fn iso_week(&self) -> (i32, u8) {
        // The week's Thursday decides its year.
        let thursday = self
            .add_days(3 - i64::from(self.weekday()))
            .unwrap_or(*self);
        let first = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        (
            thursday.year,
            ((thursday.days() - first.days()) / 7 + 1) as u8,
        )
    }

    /// Parse `YYYY-MM-DD` exactly (the CLI's `--date`).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let mut parts = s.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// Parse a date as an article states its own date: ISO (`2025-06-28`,
    /// optionally followed by a time as in `2025-06-28T10:00Z`), `28 June
    /// 2025`, `June 28, 2025`, `Jun. 28 2025`, with an optional weekday in
    /// front, or `2025年6月28日`. Words after the date (a time, a time zone)
    /// are ignored.
    pub fn parse_written(s: &str) -> Option<Date> {
        let s = s.trim();
        // Chinese and Japanese: "2016年10月14日".
        if let Some((year, rest)) = s.split_once('年') {
            let (month, rest) = rest.split_once('月')?;
            let day = rest.split_once('日')?.0;
            return Date::new(
                year.trim().parse().ok()?,
                month.trim().parse().ok()?,
                day.trim().parse().ok()?,
            );
        }
        if let Some(date) = s.get(..10).and_then(Date::parse_iso) {
            let rest = &s[10..];
            if rest.is_empty() || rest.starts_with(['T', ' ', ',']) {
                return Some(date);
            }
        }
        let words: Vec<&str> = s
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .map(|w| w.trim_end_matches('.'))
            .collect();
        // A time before the date ("3:04 PM EDT, Tue September 25, 2018",
        // as CNN writes its date lines): its clock, "am"/"pm" and zone.
        let time = words
            .iter()
            .take_while(|w| {
                let lower = w.to_lowercase();
                let clock = w.contains([':', '.'])
                    && w.chars()
                        .all(|c| c.is_ascii_digit() || c == ':' || c == '.');
                clock
                    || matches!(lower.as_str(), "am" | "pm" | "a.m" | "p.m")
                    || TIME_ZONES.contains(&lower.as_str())
            })
            .count();
        let words = &words[time..];
        let words = match words.first() {
            Some(w) if is_weekday(w) => &words[1..],
            _ => words,
        };
        let [a, b, c, ..] = words else { return None };
        let year: i32 = c.parse().ok().filter(|_| c.len() == 4)?;
        if let (Some(month), Ok(day)) = (month_number(b), strip_ordinal(a).parse::<u8>()) {
            return Date::new(year, month, day);
        }
        let (month, day) = (month_number(a)?, strip_ordinal(b).parse::<u8>().ok()?);
        Date::new(year, month, day)
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `YYYY-MM-DD`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// The month a name or abbreviation of at least three letters stands for
/// ("Jun", "june", "Sept").
pub fn month_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    MONTHS
        .iter()
        .position(|m| m.starts_with(&lower) || (lower == "sept" && *m == "september"))
        .map(|i| i as u8 + 1)
}

/// The weekday (0 = Monday) a day name or its abbreviation ("Fri", "Thurs")
/// names.
pub fn weekday_number(word: &str) -> Option<u8> {
    let lower = word.to_lowercase();
    if lower.len() < 3 {
        return None;
    }
    WEEKDAYS
        .iter()
        .position(|d| d.starts_with(&lower))
        .map(|i| i as u8)
}

fn is_weekday(word: &str) -> bool {
    weekday_number(word).is_some()
}

fn strip_ordinal(word: &str) -> &str {
    word.trim_end_matches(|c: char| c.is_ascii_alphabetic())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_days() {
        assert!(Date::new(2024, 2, 29).is_some());
        assert!(Date::new(2025, 2, 29).is_none());
        assert!(Date::new(2025, 4, 31).is_none());
        assert!(Date::new(2025, 13, 1).is_none());
    }

    #[test]
    fn parses_the_forms_articles_date_themselves_with() {
        let june28 = Date::new(2025, 6, 28);
        for s in [
            "2025-06-28",
            "2025-06-28T10:30:00Z",
            "28 June 2025",
            "June 28, 2025",
            "Jun. 28 2025",
            "Saturday, 28 June 2025 10:30 GMT",
            "Sat 28th June 2025",
            // Issue 14: a time first, as CNN writes its date lines.
            "10:30 AM EDT, Sat June 28, 2025",
        ] {
            assert_eq!(Date::parse_written(s), june28, "{s}");
        }
        for s in ["June 2025", "28/06/2025", "2025-06-31", "May be 2025", ""] {
            assert_eq!(Date::parse_written(s), None, "{s}");
        }
    }

    #[test]
    fn counts_days_weekdays_and_iso_weeks() {
        let d = Date::new(2025, 6, 28).unwrap();
        assert_eq!(Date::from_days(d.days()), Some(d));
        assert_eq!(Date::new(1970, 1, 1).unwrap().days(), 0);
        assert_eq!(d.weekday(), 5); // a Saturday
        assert_eq!(d.add_days(-366).unwrap().to_string(), "2024-06-27");
        assert_eq!(d.iso_week(), (2025, 26));
        assert_eq!(Date::new(2021, 1, 3).unwrap().iso_week(), (2020, 53));
        assert_eq!(Date::new(1998, 1, 8).unwrap().iso_week(), (1998, 2));
    }

    #[test]
    fn formats_as_iso() {
        assert_eq!(Date::new(987, 1, 2).unwrap().to_string(), "0987-01-02");
    }
}
