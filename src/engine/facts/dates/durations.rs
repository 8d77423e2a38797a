//! Lengths of time (TIMEX3 `DURATION`) and recurring times (`SET`), valued
//! as TimeML 1.2.1 writes them: `P` then the amount and a unit letter, with
//! `T` before hours, minutes and seconds ("two hours": `PT2H`, "33 years":
//! `P33Y`, "three-week": `P3W`), `X` for an amount the text leaves open
//! ("several years": `PXY`); a decade is ten years and a century a hundred,
//! as the TempEval-3 annotators wrote them ("the past decade": `P10Y`).
//! A set takes the value of one repetition ("daily": `P1D`, "each year":
//! `P1Y`) or, for a named day or month, the date with `X` for what repeats
//! ("every Monday": `XXXX-WXX-1`, "each July": `XXXX-07`).
//!
//! The span keeps the modifiers TimeML keeps ("nearly two years", "at
//! least 72 hours", "the past five years"), and a length followed by "ago"
//! is a date, counted back from the article's date ("nearly two weeks
//! ago"); with an open amount it is TimeML's `PAST_REF` ("several years
//! ago").

use super::{shifted, DateType, Reader};
use crate::engine::calendar::weekday_number;
use crate::engine::facts::numbers::{count_value, time_unit};
use crate::engine::lexicon::en::numbers::{NUMBER_WORDS, RANGE_WORDS, TENS};
use crate::engine::lexicon::en::time_expressions::{
    BEFORE_A_LENGTH, DURATION_OPENERS, PERIOD_NOUNS, SET_ADVERBS, UNIT_ADJECTIVES, VAGUE_COUNTS,
};

/// The most opening phrases a length may have ("over the past").
const MAX_OPENERS: usize = 4;

/// An expression read at a token: its end, value and TIMEX3 type.
pub(super) type Typed = (usize, Option<String>, DateType);

impl Reader<'_> {
    /// A length of time starting at token `i`, with its opening modifiers.
    pub(super) fn duration(&self, i: usize) -> Option<Typed> {
        // "33-year" alone: TimeML leaves the article of "the 33-year
        // career" out of the span.
        if let Some((count, unit)) = hyphenated(self.word(i)) {
            return Some((i + 1, timeml(Some(count), unit), DateType::Duration));
        }
        // "for weeks", "within months": an open length.
        let plural = self.word(i).ends_with('s');
        if plural && i > 0 && matches!(self.word(i - 1), "for" | "within") {
            if let Some(unit) = time_unit(self.word(i)) {
                return Some((i + 1, timeml(None, unit), DateType::Duration));
            }
        }
        // "over the years", "for a while": lengths the text leaves open
        // (`PXY`; `PXX`, TimeML's unknown unit).
        let before = if i > 0 { self.word(i - 1) } else { "" };
        match (before, self.word(i), self.word(i + 1)) {
            ("over", "the", "years") => {
                return Some((i + 2, timeml(None, "year"), DateType::Duration))
            }
            ("for", "a", "while") => {
                return Some((i + 2, Some("PXX".to_string()), DateType::Duration))
            }
            _ => {}
        }
        // "the year ended June 30", "the fiscal year ending": a company's
        // year, a length (`P1Y`).
        let fiscal = usize::from(self.word(i + 1) == "fiscal");
        if self.word(i) == "the"
            && self.word(i + 1 + fiscal) == "year"
            && matches!(self.word(i + 2 + fiscal), "ended" | "ending")
        {
            return Some((
                i + 2 + fiscal,
                timeml(Some(1.0), "year"),
                DateType::Duration,
            ));
        }
        let mut at = i;
        for _ in 0..=MAX_OPENERS {
            if let Some(found) = self.length_at(at) {
                return Some(found);
            }
            at += self.opener(at)?;
        }
        None
    }

    /// The length whose count is at `at`.
    fn length_at(&self, at: usize) -> Option<Typed> {
        // "a three-year period": the article and the noun belong to it.
        if self.word(at) == "a" && PERIOD_NOUNS.contains(&self.word(at + 2)) {
            let (count, unit) = hyphenated(self.word(at + 1))?;
            return Some((at + 3, timeml(Some(count), unit), DateType::Duration));
        }
        let (count, mut end) = self.count(at)?;
        // "two to three weeks", "12 or 18 months": one length over the
        // range, valued by its lower count as TimeBank's annotators value
        // such ranges (TimeML 1.2.1 has no range value).
        if RANGE_WORDS.contains(&self.word(end)) && !matches!(self.word(at), "a" | "an") {
            if let Some((Some(_), upper_end)) = self.count(end + 1) {
                if count.is_some() && time_unit(self.word(upper_end)).is_some() {
                    end = upper_end;
                }
            }
        }
        while UNIT_ADJECTIVES.contains(&self.word(end)) {
            end += 1;
        }
        let unit = time_unit(self.word(end))?;
        // "a second" is an ordinal more often than a length.
        if unit == "second" && self.word(at) == "a" {
            return None;
        }
        end += 1;
        // "55 years old" is an age, which TimeML leaves out.
        if self.word(end) == "old" {
            return None;
        }
        if matches!(self.word(end), "ago" | "earlier") {
            let back = match count {
                Some(n) if n.fract() == 0.0 => shifted(self.anchor, unit, -(n as i64)),
                Some(_) => None,
                None => Some(Some("PAST_REF".to_string())),
            };
            if let Some(value) = back {
                return Some((end + 1, value, DateType::Date));
            }
        }
        if self.word(end) == "or" && self.word(end + 1) == "so" {
            end += 2;
        }
        Some((end, timeml(count, unit), DateType::Duration))
    }

    /// How many words an opening phrase at `at` has ("at least": 2).
    /// "over" and "within" before "the" are prepositions, left out ("over
    /// the past year").
    fn opener(&self, at: usize) -> Option<usize> {
        let preposition = matches!(self.word(at), "over" | "within") && self.word(at + 1) == "the";
        DURATION_OPENERS
            .iter()
            .filter(|phrase| {
                phrase
                    .iter()
                    .enumerate()
                    .all(|(k, w)| self.word(at + k) == *w)
            })
            .map(|phrase| phrase.len())
            .max()
            .filter(|_| !preposition)
    }

    /// The count at `at` and the index after it: a figure or number words
    /// ("14", "twenty four", "a hundred"), "a"/"an" (one), "a couple of"
    /// (two), or an open amount ("several", "a few": `None`).
    fn count(&self, at: usize) -> Option<(Option<f64>, usize)> {
        let word = self.word(at);
        let (value, mut end) = match word {
            "a" | "an" => match (self.word(at + 1), self.word(at + 2)) {
                ("few", _) => (None, at + 2),
                ("couple", "of") => (Some(2.0), at + 3),
                _ => (Some(1.0), at + 1),
            },
            _ if VAGUE_COUNTS.contains(&word) => (None, at + 1),
            _ => {
                let n = count_value(word)?;
                let units = &NUMBER_WORDS[1..10];
                let unit = units.iter().position(|u| *u == self.word(at + 1));
                match unit {
                    Some(u) if TENS.contains(&word) => (Some(n + u as f64 + 1.0), at + 2),
                    _ => (Some(n), at + 1),
                }
            }
        };
        let scale = match self.word(end) {
            "hundred" => 100.0,
            "thousand" => 1000.0,
            _ => 1.0,
        };
        if scale > 1.0 {
            end += 1;
        }
        Some((value.map(|n| n * scale), end))
    }

    /// A recurring time at token `i`: "daily", "every Monday", "each
    /// July", "every two weeks", "Sundays", "$5 million a year".
    pub(super) fn set(&self, i: usize) -> Option<Typed> {
        let word = self.word(i);
        let set = |end: usize, value: String| Some((end, Some(value), DateType::Set));
        if let Some((_, value)) = SET_ADVERBS.iter().find(|(w, _)| *w == word) {
            let lowercase = self.original(i).starts_with(char::is_lowercase);
            // "the party daily Granma": a newspaper, named after it.
            let named = self.original(i + 1).starts_with(char::is_uppercase)
                && self.full_weekday(i + 1).is_none()
                && self.month(i + 1).is_none();
            return (lowercase && !named).then(|| (i + 1, Some(value.to_string()), DateType::Set));
        }
        if let Some(day) = self.plural_weekday(i) {
            return set(i + 1, format!("XXXX-WXX-{}", day + 1));
        }
        match word {
            "every" | "each" => {
                let at = i + 1;
                if let Some(day) = self.full_weekday(at) {
                    return set(at + 1, format!("XXXX-WXX-{}", day + 1));
                }
                if let Some(m) = self.month(at) {
                    return set(at + 1, format!("XXXX-{m:02}"));
                }
                let (count, end) = self.count(at).unwrap_or((Some(1.0), at));
                let unit = time_unit(self.word(end))?;
                set(end + 1, timeml(Some(count?), unit)?)
            }
            "a" | "per" => {
                let unit = time_unit(self.word(i + 1)).filter(|u| *u != "second")?;
                let singular = !self.word(i + 1).ends_with('s');
                let after_a_word = i > 0 && self.original(i - 1).starts_with(char::is_alphanumeric);
                let rate =
                    word == "per" || (after_a_word && !BEFORE_A_LENGTH.contains(&self.word(i - 1)));
                let relative = matches!(
                    self.word(i + 2),
                    "ago" | "earlier" | "later" | "before" | "after" | "or"
                );
                (singular && rate && !relative)
                    .then(|| timeml(Some(1.0), unit))
                    .flatten()
                    .and_then(|value| set(i + 2, value))
            }
            _ => None,
        }
    }

    /// The weekday a capitalised full day name at `i` names ("Monday").
    pub(super) fn full_weekday(&self, i: usize) -> Option<u8> {
        let capitalised = self.original(i).starts_with(char::is_uppercase);
        // Full names only: abbreviations collide with words ("Sun", "Sat").
        (capitalised && self.word(i).ends_with("day"))
            .then(|| weekday_number(self.word(i)))
            .flatten()
    }

    /// The weekday a plural day name at `i` repeats ("on Mondays").
    fn plural_weekday(&self, i: usize) -> Option<u8> {
        let name = self.word(i).strip_suffix('s')?;
        let capitalised = self.original(i).starts_with(char::is_uppercase);
        (capitalised && name.ends_with("day") && !self.possessive(i))
            .then(|| weekday_number(name))
            .flatten()
    }
}

/// A count joined to its unit by hyphens: "two-year", "30-day",
/// "twenty-four-hour", "day-long" (one day). An age ("6-year-old") is no
/// length: TempEval-3's annotators leave ages out.
fn hyphenated(word: &str) -> Option<(f64, &'static str)> {
    let (word, long) = match word.strip_suffix("-long") {
        Some(stem) => (stem, true),
        None => (word, false),
    };
    let (head, unit) = word.rsplit_once('-').unwrap_or(("", word));
    if unit.ends_with('s') {
        return None;
    }
    let unit = time_unit(unit)?;
    let count = match head {
        "" if long => 1.0,
        "" => return None,
        _ => count_value(head)?,
    };
    Some((count, unit))
}

/// The TimeML value of `count` `unit`s (`None`: an open amount); `None`
/// for a fraction, which TimeML writes in a smaller unit ("1.5 years":
/// `P18M`) and this reader leaves unread.
fn timeml(count: Option<f64>, unit: &str) -> Option<String> {
    let (times, letter, clock) = match unit {
        "second" => (1, 'S', true),
        "minute" => (1, 'M', true),
        "hour" => (1, 'H', true),
        "day" => (1, 'D', false),
        "week" => (1, 'W', false),
        "fortnight" => (2, 'W', false),
        "month" => (1, 'M', false),
        "year" => (1, 'Y', false),
        "decade" => (10, 'Y', false),
        "century" => (100, 'Y', false),
        _ => return None,
    };
    let t = if clock { "T" } else { "" };
    match count {
        Some(n) if n.fract() == 0.0 && n >= 1.0 => {
            Some(format!("P{t}{}{letter}", n as u64 * times))
        }
        Some(_) => None,
        None => Some(match unit {
            "decade" => "PXDE".to_string(),
            "century" => "PXCE".to_string(),
            _ => format!("P{t}X{letter}"),
        }),
    }
}
