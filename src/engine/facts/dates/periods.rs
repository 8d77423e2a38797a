//! Periods news reports in besides calendar dates, valued as TimeML does:
//! fiscal quarters (`1989-Q3`), parts of days ("Thursday evening", valued
//! as the day), and the vague references "now", "recently", "the future"
//! (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
//!
//! "The quarter" unqualified is the one a company has just reported: the
//! last quarter completed before the article's date, as in earnings news.

use super::Reader;
use crate::engine::calendar::Date;

/// Parts of a day.
const PARTS_OF_DAY: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// Ordinals of quarters, as words and as figures.
const QUARTERS: [[&str; 2]; 4] = [
    ["first", "1st"],
    ["second", "2nd"],
    ["third", "3rd"],
    ["fourth", "4th"],
];

/// Words that may stand between "the" and a quarter.
const QUARTER_MODIFIERS: [&str; 5] = ["fiscal", "latest", "comparable", "current", "same"];

impl Reader<'_> {
    /// "the third quarter", "third-quarter", "the 1988 second quarter",
    /// "the year-ago quarter", "last year's fourth quarter", "the quarter".
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, Option<String>)> {
        let mut at = i;
        let determined = matches!(self.word(at), "the" | "this" | "that");
        if determined {
            at += 1;
        }
        let mut shift = 0;
        let mut year = None;
        if matches!(self.word(at), "last" | "this" | "next")
            && self.word(at + 1) == "year"
            && self.possessive(at + 1)
        {
            shift = match self.word(at) {
                "last" => -1,
                "next" => 1,
                _ => 0,
            };
            at += 2;
        }
        loop {
            let word = self.word(at);
            if QUARTER_MODIFIERS.contains(&word) {
                at += 1;
            } else if matches!(word, "year-ago" | "year-earlier") {
                shift = -1;
                at += 1;
            } else if let Some(y) = self.year(at) {
                year = Some(y);
                at += 1;
            } else {
                break;
            }
        }
        let word = self.word(at);
        let (number, end) = if let Some(n) = quarter_number(word) {
            if self.word(at + 1) != "quarter" {
                return None;
            }
            (Some(n), at + 2)
        } else if let Some(n) = word.strip_suffix("-quarter").and_then(quarter_number) {
            (Some(n), at + 1)
        } else if word == "quarter" && determined {
            (None, at + 1)
        } else {
            return None;
        };
        let (end, year) = if self.word(end) == "of" && self.year(end + 1).is_some() {
            (end + 2, self.year(end + 1))
        } else {
            (end, year)
        };
        let value = match (number, year) {
            (Some(n), Some(y)) => Some(format!("{:04}-Q{n}", y + shift)),
            (Some(n), None) => self.anchor.map(|a| format!("{:04}-Q{n}", a.year() + shift)),
            (None, _) => self.anchor.map(|a| {
                let (y, n) = last_completed_quarter(a);
                format!("{:04}-Q{n}", y + shift)
            }),
        };
        Some((end, value))
    }

    /// A part of the day at `at` after a day ("Thursday evening"): the
    /// expression's end, past it when there is one. The value stays the
    /// day's: the contract values dates and clock times, not parts of days.
    pub(super) fn part_of_day(&self, at: usize) -> usize {
        if PARTS_OF_DAY.contains(&self.word(at)) {
            at + 1
        } else {
            at
        }
    }

    /// "this morning", "this evening", "tonight", "last night": the day.
    pub(super) fn part_of_today(&self, i: usize) -> Option<(usize, Option<String>)> {
        let (days, end) = match (self.word(i), self.word(i + 1)) {
            ("tonight", _) => (0, i + 1),
            ("last", "night") => (-1, i + 2),
            ("this", part) if PARTS_OF_DAY.contains(&part) => (0, i + 2),
            _ => return None,
        };
        let value = self
            .anchor
            .and_then(|a| a.add_days(days))
            .map(|d| d.to_string());
        Some((end, value))
    }

    /// "now", "currently", "recently", "previously", "soon", "the past",
    /// "the future", "recent years": TimeML's vague references.
    pub(super) fn vague(&self, i: usize) -> Option<(usize, Option<String>)> {
        let reference = |end: usize, value: &str| Some((end, Some(value.to_string())));
        match (self.word(i), self.word(i + 1)) {
            ("right", "now") => reference(i + 2, "PRESENT_REF"),
            ("now" | "currently", _) => reference(i + 1, "PRESENT_REF"),
            ("recently" | "previously", _) => reference(i + 1, "PAST_REF"),
            ("recent", "years" | "months" | "weeks" | "days") => reference(i + 2, "PAST_REF"),
            ("soon", next) if !matches!(next, "as" | "after") => reference(i + 1, "FUTURE_REF"),
            ("the", "past") if !is_unit_or_count(self.word(i + 2)) => reference(i + 2, "PAST_REF"),
            ("the", "future") => reference(i + 2, "FUTURE_REF"),
            ("the", "near") if self.word(i + 2) == "future" => reference(i + 3, "FUTURE_REF"),
            _ => None,
        }
    }
}

/// The quarter number an ordinal names.
fn quarter_number(word: &str) -> Option<usize> {
    QUARTERS
        .iter()
        .position(|q| q.contains(&word))
        .map(|p| p + 1)
}

/// Whether a word after "the past" makes it a span of time ("the past
/// year", "the past three weeks"), which [`Reader::relative`] reads.
fn is_unit_or_count(word: &str) -> bool {
    matches!(
        word,
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "decade"
            | "quarter"
            | "quarters"
            | "several"
            | "few"
            | "two"
            | "three"
            | "four"
            | "five"
    ) || word.chars().all(|c| c.is_ascii_digit())
}

/// The last quarter that ended before `date`, as (year, number).
fn last_completed_quarter(date: Date) -> (i32, u8) {
    let current = (date.month() - 1) / 3 + 1;
    if current == 1 {
        (date.year() - 1, 4)
    } else {
        (date.year(), current - 1)
    }
}
