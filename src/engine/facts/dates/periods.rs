//! Periods news reports in besides calendar dates, valued as TimeML does:
//! fiscal quarters (`1989-Q3`), parts of days ("Thursday evening":
//! `1998-02-12TEV`, a TIME), seasons ("last summer": `1997-SU`), decades
//! and centuries ("the 1990s": `199`, "the 20th century": `19`), the end of
//! the year, and the vague references "now", "recently", "the future"
//! (`PRESENT_REF`, `PAST_REF`, `FUTURE_REF`).
//!
//! "The quarter" unqualified is the one a company has just reported: the
//! last quarter completed before the article's date, as in earnings news;
//! "the current quarter" is the one under way.

use super::tense::Tense;
use super::Reader;
use crate::engine::calendar::Date;
use crate::engine::lexicon::en::dates::{PARTS_OF_DAY, QUARTER_MODIFIERS};
use crate::engine::lexicon::en::numbers::{ORDINALS, ORDINAL_SUFFIXES, TENS};
use crate::engine::lexicon::en::time_expressions::{POSITION_WORDS, SEASONS};

impl Reader<'_> {
    /// "the third quarter", "third-quarter", "the 1988 second quarter",
    /// "the year-ago quarter", "last year's fourth quarter", "last year's
    /// quarter", "the quarter"; "the same period last year" and "the third
    /// quarter a year earlier" are the quarter a year before, the words
    /// after it in the span (TimeML's one expression).
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, Option<String>)> {
        let mut at = i;
        let determined = matches!(self.word(at), "the" | "this" | "that");
        if determined {
            at += 1;
        }
        let mut shift = 0;
        let mut year = None;
        // "the current quarter": the one under way ("this quarter" in
        // earnings news is the one reported, as "the quarter" is).
        let mut current = false;
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
                current |= word == "current";
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
        } else if word == "quarter" && (determined || shift != 0) {
            (None, at + 1)
        } else if word == "period" && determined && at > i + 1 {
            // "the latest period", "the year-ago period": a company's
            // quarter, as earnings news writes it.
            (None, at + 1)
        } else {
            return None;
        };
        let (end, year) = if self.word(end) == "of" && self.year(end + 1).is_some() {
            (end + 2, self.year(end + 1))
        } else {
            (end, year)
        };
        let year_before = match (self.word(end), self.word(end + 1), self.word(end + 2)) {
            ("last", "year", _) => 2,
            ("a", "year", "ago" | "earlier") => 3,
            _ => 0,
        };
        if year_before > 0 && year.is_none() {
            shift = -1;
        }
        let end = if year.is_none() {
            end + year_before
        } else {
            end
        };
        let value = match (number, year) {
            (Some(n), Some(y)) => Some(format!("{:04}-Q{n}", y + shift)),
            (Some(n), None) => self.anchor.map(|a| format!("{:04}-Q{n}", a.year() + shift)),
            // "the 1988 quarter": that year's quarter of the same number
            // as the one just reported.
            (None, year) => self.anchor.map(|a| {
                let (y, n) = if current {
                    (a.year(), (a.month() - 1) / 3 + 1)
                } else {
                    last_completed_quarter(a)
                };
                format!("{:04}-Q{n}", year.unwrap_or(y) + shift)
            }),
        };
        Some((end, value))
    }

    /// A part of the day at `at` after a day ("Thursday evening"): the
    /// expression's end and value, TimeML's time of that day
    /// (`1998-02-12TEV`); the day alone where there is none.
    pub(super) fn part_of_day(
        &self,
        (at, value): (usize, Option<String>),
    ) -> (usize, Option<String>) {
        let full_date = value.as_ref().is_some_and(|v| v.len() == 10);
        match part_code(self.word(at)) {
            Some(Some(code)) if full_date => (at + 1, value.map(|v| format!("{v}T{code}"))),
            Some(_) => (at + 1, value),
            None => (at, value),
        }
    }

    /// "mid-afternoon yesterday", "morning Friday", "late evening Nov. 6":
    /// a part of the day (a position joined to it by a hyphen stays in the
    /// span) before the day it belongs to, TimeML's time of that day, as
    /// "Thursday evening" is ([`Reader::part_of_day`]).
    pub(super) fn part_before_day(&self, i: usize) -> Option<(usize, Option<String>)> {
        let word = self.word(i);
        let part = match word.split_once('-') {
            Some((position, part)) if POSITION_WORDS.contains(&position) => part,
            _ => word,
        };
        let code = part_code(part)??;
        let (end, value) = self.day_expression(i + 1)?;
        let date = value.filter(|v| v.len() == 10)?;
        Some((end, Some(format!("{date}T{code}"))))
    }

    /// "this morning", "this evening", "tonight", "last night": that part
    /// of the day, a TIME.
    pub(super) fn part_of_today(&self, i: usize) -> Option<(usize, Option<String>)> {
        let (days, code, end) = match (self.word(i), self.word(i + 1)) {
            ("tonight", _) => (0, None, i + 1),
            ("last", "night") => (-1, None, i + 2),
            ("this", part) => (0, part_code(part)?, i + 2),
            _ => return None,
        };
        let value = self
            .anchor
            .and_then(|a| a.add_days(days))
            .map(|d| match code {
                Some(code) => format!("{d}T{code}"),
                None => d.to_string(),
            });
        Some((end, value))
    }

    /// "the weekend", "this weekend", "last weekend", "next weekend":
    /// TimeML's weekend of an ISO week (`1990-W32-WE`). "the" weekend is
    /// the one just past in a sentence about the past, after "over" ("over
    /// the weekend, officials said") or on a Monday; else the coming one.
    /// On a Saturday or Sunday it is the one under way.
    pub(super) fn weekend(&self, i: usize) -> Option<(usize, Option<String>)> {
        let step = match self.word(i) {
            "last" | "past" => -1,
            "the" | "this" => 0,
            "next" | "coming" => 1,
            _ => return None,
        };
        if self.word(i + 1) != "weekend" {
            return None;
        }
        // "over the weekend" reports the one just past, as does "the
        // weekend" on a Monday.
        let over = i > 0 && self.word(i - 1) == "over" && self.word(i) == "the";
        let value = self.anchor.map(|a| {
            let on_weekend = a.weekday() >= 5;
            let just_past = a.weekday() == 0 && self.word(i) == "the";
            let weeks = match step {
                0 if on_weekend => 0,
                0 if over || just_past || self.tense() == Tense::Past => -1,
                0 => 0,
                -1 => -1,
                _ if on_weekend => 1,
                _ => 0,
            };
            let (y, w) = a.add_days(7 * weeks).unwrap_or(a).iso_week();
            format!("{y:04}-W{w:02}-WE")
        });
        Some((i + 2, value))
    }

    /// "this summer", "last fall", "the early summer", "summer 1998": the
    /// season of a year (`1998-SU`). "last" is the latest one over before
    /// the article's date, "next" the first one not yet begun.
    pub(super) fn season(&self, i: usize) -> Option<(usize, Option<String>)> {
        let mut at = i;
        let step = match self.word(at) {
            "last" => Some(-1),
            "next" => Some(1),
            "this" | "the" => Some(0),
            _ => None,
        };
        if step.is_some() {
            at += 1;
        }
        if step.is_some_and(|s| s == 0) && POSITION_WORDS.contains(&self.word(at)) {
            at += 1;
        }
        let (index, code) = SEASONS
            .iter()
            .enumerate()
            .find(|(_, (name, _))| *name == self.word(at))
            .map(|(n, (_, code))| (SEASON_STARTS[n], *code))?;
        let written = if self.word(at + 1) == "of" {
            self.year(at + 2).map(|y| (y, at + 3))
        } else {
            self.year(at + 1).map(|y| (y, at + 2))
        };
        if let Some((year, end)) = written {
            return Some((end, Some(format!("{year:04}-{code}"))));
        }
        let step = step?;
        let value = self.anchor.map(|a| {
            let (year, month) = (a.year(), a.month());
            let year = match step {
                // A season ends two months after it starts (winter in the
                // next year's February).
                -1 if month > index + 2 => year,
                -1 => year - 1,
                1 if month < index => year,
                1 => year + 1,
                _ => year,
            };
            format!("{year:04}-{code}")
        });
        Some((at + 1, value))
    }

    /// "the 1990s", "the nineties", "the 20th century": TimeML writes a
    /// decade as its first three digits (`199`) and a century as its
    /// first two (`19`).
    pub(super) fn decade_or_century(&self, i: usize) -> Option<(usize, Option<String>)> {
        let at = i + usize::from(self.word(i) == "the");
        let at = at + usize::from(POSITION_WORDS.contains(&self.word(at)) && at > i);
        let word = self.word(at);
        if let Some(digits) = word
            .strip_suffix('s')
            .filter(|d| d.len() == 4 && d.ends_with('0') && d.chars().all(|c| c.is_ascii_digit()))
        {
            return Some((at + 1, Some(digits[..3].to_string())));
        }
        if at > i {
            if let Some(tens) = TENS
                .iter()
                .position(|t| word.strip_suffix("ies") == t.strip_suffix('y'))
            {
                let value = self
                    .anchor
                    .map(|a| format!("{}{}", a.year() / 100, tens + 2));
                return Some((at + 1, value));
            }
        }
        if self.word(at + 1) != "century" {
            return None;
        }
        let ordinal = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        let n: i32 = ordinal
            .parse()
            .ok()
            .filter(|_| ordinal.len() < word.len())?;
        (1..=30)
            .contains(&n)
            .then(|| (at + 2, Some(format!("{:02}", n - 1))))
    }

    /// "year-end", "year end", "year's end", "the end of the year", "the
    /// full year": the article's year.
    pub(super) fn year_end(&self, i: usize) -> Option<(usize, Option<String>)> {
        let end = match (self.word(i), self.word(i + 1)) {
            ("year-end", _) => i + 1,
            ("the", "full") if self.word(i + 2) == "year" => i + 3,
            ("year", "end") => i + 2,
            ("the", "end") if self.word(i + 2) == "of" => {
                let at = i + 3 + usize::from(matches!(self.word(i + 3), "the" | "this"));
                (self.word(at) == "year").then_some(at + 1)?
            }
            _ => return None,
        };
        Some((end, self.anchor.map(|a| format!("{:04}", a.year()))))
    }

    /// "now", "currently", "recently", "soon", "the past", "the future":
    /// TimeML's vague references. ("previously" is left out: on the tuning
    /// half of TempEval-3 dev, 3 of its 14 uses are annotated.)
    pub(super) fn vague(&self, i: usize) -> Option<(usize, Option<String>)> {
        let reference = |end: usize, value: &str| Some((end, Some(value.to_string())));
        match (self.word(i), self.word(i + 1)) {
            ("right", "now") => reference(i + 2, "PRESENT_REF"),
            ("now" | "currently", _) => reference(i + 1, "PRESENT_REF"),
            ("these", "days") => reference(i + 2, "PRESENT_REF"),
            // "current market conditions": TimeML's present, as the
            // TempEval-3 annotators marked it (5 of the 14 uses on the
            // tuning half, "the current quarter" and the like counted
            // apart); a current that flows is a noun after "the"/"a".
            ("current", next)
                if !matches!(next, "account" | "accounts" | "affairs")
                    && i > 0
                    && !matches!(self.word(i - 1), "the" | "a" | "electric" | "ocean") =>
            {
                reference(i + 1, "PRESENT_REF")
            }
            ("recently", _) => reference(i + 1, "PAST_REF"),
            ("soon", next) if !matches!(next, "as" | "after") => reference(i + 1, "FUTURE_REF"),
            ("the", "past") if !is_unit_or_count(self.word(i + 2)) => reference(i + 2, "PAST_REF"),
            ("the", "future") => reference(i + 2, "FUTURE_REF"),
            ("the", "near") if self.word(i + 2) == "future" => reference(i + 3, "FUTURE_REF"),
            _ => None,
        }
    }
}

/// The TimeML code of a part of the day ("evening": `EV`), `Some(None)`
/// for one valued as its day.
fn part_code(word: &str) -> Option<Option<&'static str>> {
    PARTS_OF_DAY
        .iter()
        .find(|(part, _)| *part == word)
        .map(|(_, code)| *code)
}

/// The month each of [`SEASONS`] starts in (meteorological seasons).
const SEASON_STARTS: [u8; 5] = [3, 6, 9, 9, 12];

/// The quarter number an ordinal names, in words ("third") or figures
/// ("3rd").
/// Compared without building "1st".."4th": it runs on every word.
fn quarter_number(word: &str) -> Option<usize> {
    (1..=4).find(|&n| {
        let figures = word
            .strip_suffix(ORDINAL_SUFFIXES[n - 1])
            .is_some_and(|digits| digits.len() == 1 && digits.as_bytes()[0] == b'0' + n as u8);
        word == ORDINALS[n - 1] || figures
    })
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
            | "decades"
            | "century"
            | "centuries"
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

#[cfg(test)]
mod tests {
    use super::quarter_number;

    #[test]
    fn quarters_are_numbered_by_ordinals_in_words_and_figures() {
        let words = ["first", "second", "third", "fourth"];
        let figures = ["1st", "2nd", "3rd", "4th"];
        for (i, (w, f)) in words.iter().zip(figures).enumerate() {
            assert_eq!(quarter_number(w), Some(i + 1));
            assert_eq!(quarter_number(f), Some(i + 1));
        }
        for not_a_quarter in ["fifth", "5th", "1th", "3nd", "", "st"] {
            assert_eq!(quarter_number(not_a_quarter), None, "{not_a_quarter}");
        }
    }
}
