//! Date and time expressions, normalised to ISO 8601 as TimeML does
//! (TimeML / TempEval-3: full dates `YYYY-MM-DD`, months `YYYY-MM`, years
//! `YYYY`, ISO weeks `YYYY-Www`, times `YYYY-MM-DDTHH:MM`).
//!
//! Absolute expressions ("2025-06-28", "28 June 2025", "June 28", "June
//! 2025", "1998") are read directly, taking a missing year from the
//! article's date. Relative ones ("yesterday", "Friday", "last week", "next
//! month", "two days ago", "10:30 a.m.") are resolved against the article's
//! date; without one their value is `None`. A bare weekday names the
//! nearest such day when the sentence does not say past or future (news
//! writes "Friday" for the days just around its date), the last one when it
//! reports the past, the next one for the future ([`tense`]); "next",
//! "last" and "this" say so outright.
//!
//! A date without a year is the nearest such date when one lies within
//! [`NEAR_DAYS`] of the article's; further off, the sentence's tense picks
//! last year's or next year's, and a sentence that says neither keeps the
//! article's own year (the TimeML guidelines' reading).
//!
//! [`holidays`] reads the holidays news dates events by ("Thanksgiving
//! Day", "Christmas Eve", "Election Day").
//!
//! [`periods`] adds what news reports in besides calendar dates: fiscal
//! quarters ("the third quarter"), parts of days ("Thursday evening") and
//! TimeML's vague references ("now", "recently", "the future"), whose
//! values are TIMEX3's `PRESENT_REF`, `PAST_REF` and `FUTURE_REF`.

mod durations;
mod holidays;
mod periods;
mod tense;

use std::cell::OnceCell;

use serde::{Deserialize, Serialize};

use crate::engine::calendar::{month_number, weekday_number, Date};
use crate::engine::facts::numbers::{count_value, time_unit};
use crate::engine::lexicon::en::dates::{
    MONTHS, MONTH_CUES, PARTS_OF_DAY, QUARTER_MODIFIERS, TIME_ZONES,
};
use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::lexicon::en::numbers::{NUMBER_WORDS, ORDINALS, TENS};
use crate::engine::lexicon::en::time_expressions::{
    DURATION_OPENERS, POSITION_WORDS, POSSESSIVE_DETERMINERS, SEASONS, SET_ADVERBS, VAGUE_COUNTS,
    YEAR_BEFORE,
};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;
use durations::Typed;
use tense::Tense;

/// One date or time expression.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMention {
    /// Where it is, with its modifiers ("last week", "two days ago").
    pub span: Span,
    /// Its TimeML value, `None` where it cannot be known.
    pub value: Option<String>,
    /// Its TIMEX3 type.
    pub kind: DateType,
}

/// TimeML's four kinds of temporal expression (TimeML 1.2.1, TIMEX3 `type`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum DateType {
    /// A calendar date, month, year, week, quarter or vague reference.
    Date,
    /// A time of day ("10:30 a.m.", "Friday afternoon").
    Time,
    /// A length of time ("three years": `P3Y`).
    Duration,
    /// A recurring time ("every Monday": `XXXX-WXX-1`).
    Set,
}

impl DateType {
    /// The type of an expression with TimeML value `value`: a time has a
    /// `T` after its date part, a duration starts with `P`, a set repeats
    /// a week or day written with `X`; anything else (and vague references
    /// such as `PRESENT_REF`) is a date.
    pub fn of(value: Option<&str>) -> DateType {
        match value {
            Some(v) if v.ends_with("_REF") => DateType::Date,
            Some(v) if v.starts_with('P') => DateType::Duration,
            Some(v) if v.contains('T') => DateType::Time,
            Some(v) if v.starts_with("XXXX-WXX") || v.starts_with("XXXX-XX-XX") => DateType::Set,
            _ => DateType::Date,
        }
    }
}

/// Within this many days of the article's date, a date without a year is
/// the nearest such date whatever the tense ("Jan. 14" in a January 6
/// article is next week's, "Nov. 25" last November's).
const NEAR_DAYS: i64 = 75;

/// Find the date expressions in one sentence, resolving relative ones
/// against `anchor` (the article's date).
pub fn find_dates(text: &str, tokens: &[Token], anchor: Option<Date>) -> Vec<DateMention> {
    // "Friday's": the day is read without its possessive ending, which
    // TimeML leaves out of the span.
    let (words, endings): (Vec<String>, Vec<usize>) = tokens
        .iter()
        .map(|t| {
            let word = t.span.of(text).to_lowercase();
            match ["'s", "’s"].iter().find_map(|s| word.strip_suffix(s)) {
                Some(stem) if !stem.is_empty() => (stem.to_string(), word.len() - stem.len()),
                _ => (word, 0),
            }
        })
        .unzip();
    let reader = Reader {
        text,
        tokens,
        words: &words,
        endings: &endings,
        anchor,
        tense: OnceCell::new(),
    };
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !reader.may_start(i) {
            i += 1;
            continue;
        }
        match reader.at(i) {
            Some((end, value, kind)) => {
                let last = end - 1;
                let span = Span::new(tokens[i].span.start, tokens[last].span.end - endings[last]);
                if quoted_title(text, span) || owned(&words, &endings, i) {
                    i = end;
                    continue;
                }
                let second = value.as_deref().and_then(|v| reader.second_day(end, v));
                found.push(DateMention { span, value, kind });
                i = end;
                if let Some(day) = second {
                    found.push(day);
                    i = end + 2;
                }
            }
            None => i += 1,
        }
    }
    found
}

/// Whether the expression at word `i` is someone's "last" or "next" one
/// ("my last night", "the team's next game"; [`POSSESSIVE_DETERMINERS`]): a place in their own
/// sequence, not a date before or after the article's. A named month or
/// day after it is a date still ("ousted her last June": "her" is the
/// object there).
fn owned(words: &[String], endings: &[usize], i: usize) -> bool {
    let relative = matches!(words[i].as_str(), "last" | "next");
    let named = words
        .get(i + 1)
        .is_some_and(|w| month_number(w).is_some() || weekday_number(w).is_some());
    // A possessive noun owns it ("the team's"); a contraction does not
    // ("it's next week", "what's next").
    let possessive_noun = i > 0 && endings[i - 1] > 0 && !is_stopword(&words[i - 1]);
    relative
        && !named
        && i > 0
        && (POSSESSIVE_DETERMINERS.contains(&words[i - 1].as_str()) || possessive_noun)
}

/// Whether `span` is the whole of a quoted title in capitals, a show's or
/// a book's name rather than a time ("on ABC's \"This Week,\"", "told
/// ''60 Minutes.''"): TimeML marks no TIMEX3 inside a name (TimeML 1.2.1
/// annotation guidelines, what not to tag).
fn quoted_title(text: &str, span: Span) -> bool {
    const OPENING: [char; 4] = ['"', '“', '\'', '`'];
    const CLOSING: [char; 3] = ['"', '”', '\''];
    let opened = text[..span.start]
        .chars()
        .next_back()
        .is_some_and(|c| OPENING.contains(&c));
    let after = text[span.end..].trim_start_matches(['.', ',']);
    let closed = after.starts_with(CLOSING);
    let words: Vec<&str> = span
        .of(text)
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_alphabetic))
        .collect();
    let capitalised = !words.is_empty() && words.iter().all(|w| w.starts_with(char::is_uppercase));
    opened && closed && capitalised && span.of(text).contains(' ')
}

/// In an article that reports a quarter ("third-quarter profit rose"), "a
/// year ago" and "a year earlier" compare with that quarter a year before
/// (`1988-Q3`, not `1988`): on the tuning half of TempEval-3 dev, 24 of 31
/// such mentions in articles that name a quarter are so annotated. The
/// quarter is the one the article names most.
pub fn date_by_the_quarter(text: &str, dates: &mut [DateMention]) {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for value in dates.iter().filter_map(|d| d.value.as_deref()) {
        let quarter = value.len() == 7 && value.as_bytes()[5] == b'Q';
        if !quarter {
            continue;
        }
        match counts.iter_mut().find(|(v, _)| *v == value) {
            Some((_, n)) => *n += 1,
            None => counts.push((value, 1)),
        }
    }
    let Some(reported) = counts
        .iter()
        .rev()
        .max_by_key(|(_, n)| *n)
        .and_then(|(v, _)| Some((v[..4].parse::<i32>().ok()?, v[6..].to_string())))
    else {
        return;
    };
    let before = format!("{:04}-Q{}", reported.0 - 1, reported.1);
    for d in dates.iter_mut() {
        if YEAR_BEFORE.contains(&d.span.of(text).to_lowercase().as_str()) {
            d.value = Some(before.clone());
        }
    }
}

/// "that year", "later that day", "that month": the year, day or month of
/// the last date before it precise enough to have one ("fled in June 1998
/// and returned later that year": `1998`); "the following month" is the
/// month after that one. The sentence reader leaves them without a value;
/// this reads them across sentences, in text order, and drops those with
/// no date before them to refer to.
pub fn date_by_the_text_before(text: &str, dates: &mut Vec<DateMention>) {
    let mut unresolved = Vec::new();
    for k in 0..dates.len() {
        let written = dates[k].span.of(text).to_lowercase();
        let Some((unit, following)) = ANAPHORIC_UNITS.iter().find_map(|(unit, _)| {
            if written.ends_with(&format!("that {unit}")) {
                Some((unit, false))
            } else if written == format!("the following {unit}") {
                Some((unit, true))
            } else {
                None
            }
        }) else {
            continue;
        };
        let length = ANAPHORIC_UNITS
            .iter()
            .find(|(u, _)| u == unit)
            .map_or(4, |u| u.1);
        let before = dates[..k].iter().rev().find_map(|d| {
            let value = d.value.as_deref()?;
            let dated = matches!(d.kind, DateType::Date | DateType::Time)
                && value.len() >= length
                && value[..4].chars().all(|c| c.is_ascii_digit());
            dated.then(|| value[..length].to_string())
        });
        let before = before.and_then(|v| if following { one_after(&v) } else { Some(v) });
        if before.is_none() {
            unresolved.push(dates[k].span);
        }
        dates[k].value = before;
    }
    dates.retain(|d| !unresolved.contains(&d.span));
}

/// The year, month or day after TimeML value `value` (`1998`, `1998-06`,
/// `1998-06-14`), at its precision.
fn one_after(value: &str) -> Option<String> {
    match value.len() {
        4 => Some(format!("{:04}", value.parse::<i32>().ok()? + 1)),
        7 => {
            let (year, month) = (
                value[..4].parse::<i32>().ok()?,
                value[5..].parse::<u8>().ok()?,
            );
            Some(match month {
                12 => format!("{:04}-01", year + 1),
                m => format!("{year:04}-{:02}", m + 1),
            })
        }
        _ => Some(Date::parse_iso(value)?.add_days(1)?.to_string()),
    }
}

/// The units "that" refers back with, and the length of a TimeML value at
/// that precision (`1998`, `1998-06`, `1998-06-14`).
const ANAPHORIC_UNITS: [(&str, usize); 3] = [("year", 4), ("month", 7), ("day", 10)];

struct Reader<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Each token's lowercase form, without a possessive ending.
    words: &'a [String],
    /// The length of each token's possessive ending ("'s"), 0 for none.
    endings: &'a [usize],
    anchor: Option<Date>,
    /// The sentence's tense, read only when a date needs it (most
    /// sentences have none).
    tense: OnceCell<Tense>,
}

impl Reader<'_> {
    fn tense(&self) -> Tense {
        *self
            .tense
            .get_or_init(|| Tense::of(self.text, self.tokens, self.words))
    }

    fn word(&self, i: usize) -> &str {
        self.words.get(i).map_or("", String::as_str)
    }

    /// Whether token `i` ends in a possessive "'s".
    fn possessive(&self, i: usize) -> bool {
        self.endings.get(i).is_some_and(|&e| e > 0)
    }

    fn original(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| t.span.of(self.text))
    }

    /// Whether tokens `a` and `b` touch (no space between).
    fn touching(&self, a: usize, b: usize) -> bool {
        b < self.tokens.len() && self.tokens[a].span.end == self.tokens[b].span.start
    }

    /// The year token `i` writes, unless it is an amount: a percentage
    /// ("rose 1500%", "1999 per cent") or money ("$2000") is no year.
    fn year(&self, i: usize) -> Option<i32> {
        let w = self.word(i);
        let amount = matches!(self.word(i + 1), "%" | "percent" | "per" | "pc")
            || (i > 0 && matches!(self.original(i - 1), "$" | "£" | "€" | "¥"));
        (w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && !amount)
            .then(|| w.parse().ok())
            .flatten()
            .filter(|y| (1000..=2999).contains(y))
    }

    /// A year in figures or in words ("nineteen ninety-six", as broadcast
    /// transcripts write it), or the second year of a range written short
    /// ("58" of "1957-58"): its end and value.
    fn written_year(&self, i: usize) -> Option<(usize, i32)> {
        if let Some(y) = self.year(i) {
            return Some((i + 1, y));
        }
        if let Some(y) = self.range_end(i) {
            return Some((i + 1, y));
        }
        let century = NUMBER_WORDS[10..].iter().position(|w| *w == self.word(i))?;
        let rest = self.word(i + 1);
        let (tens, unit) = rest.split_once('-').unwrap_or((rest, ""));
        let tens = TENS.iter().position(|t| *t == tens)?;
        let unit = match unit {
            "" => 0,
            u => NUMBER_WORDS[1..10].iter().position(|w| *w == u)? + 1,
        };
        let year = (century + 10) * 100 + (tens + 2) * 10 + unit;
        Some((i + 2, year as i32))
    }

    /// The year "58" of "1957-58": two figures joined by a dash to a year
    /// before them, later in the same century.
    fn range_end(&self, i: usize) -> Option<i32> {
        let w = self.word(i);
        if i < 2 || w.len() != 2 || !w.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let joined =
            self.word(i - 1) == "-" && self.touching(i - 2, i - 1) && self.touching(i - 1, i);
        let first = self.year(i - 2).filter(|_| joined)?;
        let year = first / 100 * 100 + w.parse::<i32>().ok()?;
        (year > first).then_some(year)
    }

    /// "year-earlier", "year-ago" (results): the year before the
    /// article's.
    fn year_ago(&self, i: usize) -> Option<(usize, Option<String>)> {
        matches!(self.word(i), "year-earlier" | "year-ago")
            .then(|| (i + 1, self.anchor.map(|a| format!("{:04}", a.year() - 1))))
    }

    fn day(&self, i: usize) -> Option<u8> {
        let w = self
            .word(i)
            .trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!w.is_empty() && w.len() <= 2 && w.chars().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())
            .flatten()
            .filter(|d| (1..=31).contains(d))
    }

    /// A month name, capitalised: in full, or abbreviated with a period
    /// ("Sept.") or before a day or year ("Feb 24", "Sept 2024"), so that
    /// names such as "Jan" and "Marc" stay names; "May" only after a cue
    /// or before a day or year.
    fn month(&self, i: usize) -> Option<u8> {
        if !self.original(i).starts_with(char::is_uppercase) {
            return None;
        }
        let word = self.word(i);
        let m = month_number(word)?;
        let full = MONTHS[usize::from(m) - 1] == word;
        let abbreviated = self.word(i + 1) == "." && self.touching(i, i + 1)
            || self.day(i + 1).is_some()
            || self.year(i + 1).is_some();
        if !(full || abbreviated) {
            return None;
        }
        let may_is_month = word != "may"
            || (i > 0 && MONTH_CUES.contains(&self.word(i - 1)))
            || self.day(i + 1).is_some()
            || self.year(i + 1).is_some();
        may_is_month.then_some(m)
    }

    /// Whether an expression may start at token `i`, a quick test before
    /// [`Reader::at`] tries its two dozen readers there. Every reader
    /// starts with figures, a hyphen or a colon, a capital, or one of a
    /// few lowercase words, so a word of lowercase letters outside those
    /// starts none; most of a text's words are such words, and trying every
    /// reader on each was a fifth of the analysis (issue 18, `perf` on
    /// `examples/profile.rs`). The lowercase words are the first words of
    /// the readers' patterns: the lists they read, and the words they match
    /// on by name. Outputs unchanged on 4,712 dev texts.
    fn may_start(&self, i: usize) -> bool {
        let word = self.word(i);
        if !word.bytes().all(|b| b.is_ascii_lowercase())
            || self.original(i).starts_with(char::is_uppercase)
        {
            return true;
        }
        const READERS_FIRST_WORDS: [&str; 30] = [
            "a",
            "an",
            "coming",
            "current",
            "currently",
            "each",
            "earlier",
            "every",
            "last",
            "later",
            "midnight",
            "next",
            "noon",
            "now",
            "past",
            "per",
            "previous",
            "quarter",
            "recently",
            "right",
            "soon",
            "that",
            "the",
            "these",
            "this",
            "today",
            "tomorrow",
            "tonight",
            "year",
            "yesterday",
        ];
        READERS_FIRST_WORDS.contains(&word)
            || POSITION_WORDS.contains(&word)
            || VAGUE_COUNTS.contains(&word)
            || QUARTER_MODIFIERS.contains(&word)
            || ORDINALS.contains(&word)
            || SET_ADVERBS.iter().any(|(w, _)| *w == word)
            || SEASONS.iter().any(|(w, _)| *w == word)
            || PARTS_OF_DAY.iter().any(|(w, _)| *w == word)
            || DURATION_OPENERS.iter().any(|phrase| phrase[0] == word)
            || NUMBER_WORDS.contains(&word)
            || TENS.contains(&word)
            || count_value(word).is_some()
            || time_unit(word).is_some()
    }

    /// The expression starting at token `i`: its end, value and type,
    /// with a position word before a date or time ("early December", "late
    /// last week"), which TimeML keeps in the span and leaves out of the
    /// value.
    fn at(&self, i: usize) -> Option<Typed> {
        if let Some(joined) = self.joined_position(i) {
            return Some(joined);
        }
        if POSITION_WORDS.contains(&self.word(i)) {
            let inner = self
                .expression(i + 1)
                .filter(|(_, _, kind)| matches!(kind, DateType::Date | DateType::Time));
            if inner.is_some() {
                return inner;
            }
        }
        self.expression(i)
    }

    /// "mid-1998", "late-November", "early-March": a position word joined
    /// to a year or a month's name by a hyphen, one token; valued as the
    /// year or month alone, as [`Reader::at`] values "early December".
    fn joined_position(&self, i: usize) -> Option<Typed> {
        let (position, rest) = self.word(i).split_once('-')?;
        if !POSITION_WORDS.contains(&position) {
            return None;
        }
        let value = if rest.len() == 4 && rest.chars().all(|c| c.is_ascii_digit()) {
            Some(rest.to_string())
        } else {
            let m = month_number(rest).filter(|&m| MONTHS[usize::from(m) - 1] == rest)?;
            self.year_for(i, m, None).map(|y| format!("{y:04}-{m:02}"))
        };
        Some((i + 1, value, DateType::Date))
    }

    /// The expression starting at token `i`.
    fn expression(&self, i: usize) -> Option<Typed> {
        let typed = |(end, value): (usize, Option<String>)| {
            let kind = DateType::of(value.as_deref());
            (end, value, kind)
        };
        self.quarter(i)
            .or_else(|| self.part_of_today(i))
            .or_else(|| self.part_before_day(i))
            .or_else(|| self.clock(i))
            .map(typed)
            .or_else(|| self.set(i))
            .or_else(|| self.duration(i))
            .or_else(|| {
                self.day_expression(i)
                    .or_else(|| self.season(i))
                    .or_else(|| self.weekend(i))
                    .or_else(|| self.decade_or_century(i))
                    .or_else(|| self.year_end(i))
                    .or_else(|| self.that_period(i))
                    .or_else(|| self.vague(i))
                    .or_else(|| self.year_ago(i))
                    .or_else(|| {
                        self.written_year(i)
                            .map(|(end, y)| (end, Some(format!("{y:04}"))))
                    })
                    .map(typed)
            })
    }

    /// An expression naming a day or a month, with a part of the day after
    /// it ("Thursday evening").
    fn day_expression(&self, i: usize) -> Option<(usize, Option<String>)> {
        let found = self
            .iso(i)
            .or_else(|| self.cjk(i))
            .or_else(|| self.day_month(i))
            .or_else(|| self.month_day(i))
            .or_else(|| self.relative(i))
            .or_else(|| self.weekday(i))
            .or_else(|| self.holiday(i))?;
        Some(self.part_of_day(found))
    }

    /// The second day of "April 24 and 25" (or "to 25"): after a full
    /// date `value` whose expression ends at `at`, a later day of its
    /// month that ends the phrase (a count goes on: "and 25 people").
    fn second_day(&self, at: usize, value: &str) -> Option<DateMention> {
        let date = Date::parse_iso(value).filter(|_| value.len() == 10)?;
        if self.day(at - 1)? != date.day() || !matches!(self.word(at), "and" | "to") {
            return None;
        }
        let day = self.day(at + 1).filter(|&d| d > date.day())?;
        let next = self.tokens.get(at + 2);
        if next.is_some_and(|t| t.kind != TokenKind::Punct) || self.original(at + 1).len() > 2 {
            return None;
        }
        let second = Date::new(date.year(), date.month(), day)?;
        Some(DateMention {
            span: self.tokens[at + 1].span,
            value: Some(second.to_string()),
            kind: DateType::Date,
        })
    }

    /// "2025-06-28".
    fn iso(&self, i: usize) -> Option<(usize, Option<String>)> {
        let y = self.year(i)?;
        let parts = (1..=4).all(|k| self.touching(i + k - 1, i + k));
        if !parts || self.word(i + 1) != "-" || self.word(i + 3) != "-" {
            return None;
        }
        let (m, d) = (
            self.word(i + 2).parse().ok()?,
            self.word(i + 4).parse().ok()?,
        );
        Some((i + 5, Some(Date::new(y, m, d)?.to_string())))
    }

    /// A date as Chinese and Japanese write it, figures each followed by
    /// its mark: "2016年10月14日" (or "14号"), "2016年10月", "2016年", and
    /// "10月14日" without a year (ISO 8601's order, year-month-day; the
    /// tokenizer splits each ideograph off its figures).
    fn cjk(&self, i: usize) -> Option<(usize, Option<String>)> {
        let joined = |at: usize| at > 0 && self.touching(at - 1, at);
        let marked = |at: usize, marks: &[&str]| marks.contains(&self.word(at)) && joined(at);
        let figure = |at: usize, largest: u8| {
            let w = self.word(at);
            (w.len() <= 2)
                .then(|| w.parse::<u8>().ok())
                .flatten()
                .filter(|n| (1..=largest).contains(n))
        };
        let month_day = |at: usize| {
            let m = figure(at, 12).filter(|_| marked(at + 1, &["月"]))?;
            let d = figure(at + 2, 31).filter(|_| joined(at + 2) && marked(at + 3, &["日", "号"]));
            Some((m, d))
        };
        if let Some(y) = self.year(i).filter(|_| marked(i + 1, &["年"])) {
            return Some(match month_day(i + 2).filter(|_| joined(i + 2)) {
                Some((m, Some(d))) => (i + 6, Some(Date::new(y, m, d)?.to_string())),
                Some((m, None)) => (i + 4, Some(format!("{y:04}-{m:02}"))),
                None => (i + 2, Some(format!("{y:04}"))),
            });
        }
        let (m, d) = month_day(i)?;
        Some((i + 4, self.full(i, None, m, d?)))
    }

    /// "28 June 2025", "28th June".
    fn day_month(&self, i: usize) -> Option<(usize, Option<String>)> {
        let d = self.day(i)?;
        let m = self.month(i + 1)?;
        let (end, year) = self.trailing_year(i + 2);
        Some((end, self.full(i, year, m, d)))
    }

    /// "June 28, 2025", "June 28", "June 2025", "June".
    fn month_day(&self, i: usize) -> Option<(usize, Option<String>)> {
        let m = self.month(i)?;
        let at = if self.word(i + 1) == "." {
            i + 2
        } else {
            i + 1
        };
        if let Some(d) = self.day(at) {
            let (end, year) = self.trailing_year(at + 1);
            return Some((end, self.full(i, year, m, d)));
        }
        if let Some((end, y)) = self.written_year(at) {
            return Some((end, Some(format!("{y:04}-{m:02}"))));
        }
        if let Some((end, year)) = self.relative_year(at) {
            return Some((end, year.map(|y| format!("{y:04}-{m:02}"))));
        }
        let year = self.year_for(i, m, None);
        Some((i + 1, year.map(|y| format!("{y:04}-{m:02}"))))
    }

    /// An optional ", 2025" or " 2025" after a day and month.
    fn trailing_year(&self, at: usize) -> (usize, Option<i32>) {
        if let Some(y) = self.year(at) {
            return (at + 1, Some(y));
        }
        if self.word(at) == "," {
            if let Some(y) = self.year(at + 1) {
                return (at + 2, Some(y));
            }
        }
        (at, None)
    }

    /// The full date `day` `month` (`year`) of the expression at `at`.
    fn full(&self, at: usize, year: Option<i32>, month: u8, day: u8) -> Option<String> {
        let year = year.or_else(|| self.year_for(at, month, Some(day)))?;
        Date::new(year, month, day).map(|d| d.to_string())
    }

    /// "last year", "this year", "next year" at `at`, after a month
    /// ("June last year"): its end and the year it names.
    fn relative_year(&self, at: usize) -> Option<(usize, Option<i32>)> {
        let step = match self.word(at) {
            "last" => -1,
            "this" => 0,
            "next" => 1,
            _ => return None,
        };
        (self.word(at + 1) == "year").then(|| (at + 2, self.anchor.map(|a| a.year() + step)))
    }

    /// The year of a `month` (and `day`) written without one, by the
    /// sentence's tense: the last such date on or before the article's for
    /// the past, the next on or after it for the future, else the
    /// article's year. "since March" (the expression at `at`) looks back
    /// whatever the tense.
    fn year_for(&self, at: usize, month: u8, day: Option<u8>) -> Option<i32> {
        let anchor = self.anchor?;
        let nearest = (anchor.year() - 1..=anchor.year() + 1)
            .filter_map(|y| {
                Date::new(y, month, day.unwrap_or(15).min(28))
                    .map(|d| (y, (d.days() - anchor.days()).abs()))
            })
            .min_by_key(|&(_, distance)| distance)
            .filter(|&(_, distance)| distance <= NEAR_DAYS);
        if let Some((year, _)) = nearest {
            return Some(year);
        }
        let key = (month, day.unwrap_or(1));
        let anchor_key = (anchor.month(), if day.is_some() { anchor.day() } else { 1 });
        let since = at > 0 && self.word(at - 1) == "since";
        let tense = if since {
            Tense::Past
        } else {
            Tense::near(self.text, self.tokens, self.words, at)
        };
        Some(match tense {
            Tense::Past if key > anchor_key => anchor.year() - 1,
            Tense::Future if key < anchor_key => anchor.year() + 1,
            _ => anchor.year(),
        })
    }

    /// "that year", "that month", "that day", "the following month":
    /// valued later, by the date before it ([`date_by_the_text_before`]).
    fn that_period(&self, i: usize) -> Option<(usize, Option<String>)> {
        let unit = |k: usize| ANAPHORIC_UNITS.iter().any(|(u, _)| *u == self.word(k));
        if self.word(i) == "the" && self.word(i + 1) == "following" && unit(i + 2) {
            return Some((i + 3, None));
        }
        (self.word(i) == "that" && unit(i + 1)).then_some((i + 2, None))
    }

    /// today, yesterday, tomorrow; last/this/next week, month, year, or a
    /// month's name; earlier/later in the week, month, year.
    fn relative(&self, i: usize) -> Option<(usize, Option<String>)> {
        let anchor = self.anchor;
        let shift = |days: i64| anchor.and_then(|a| a.add_days(days)).map(|d| d.to_string());
        match self.word(i) {
            "today" => return Some((i + 1, shift(0))),
            "yesterday" => return Some((i + 1, shift(-1))),
            "tomorrow" => return Some((i + 1, shift(1))),
            _ => {}
        }
        // "earlier in the year", "later in the week": the article's own.
        if matches!(self.word(i), "earlier" | "later")
            && self.word(i + 1) == "in"
            && self.word(i + 2) == "the"
        {
            return shifted(anchor, self.word(i + 3), 0).map(|value| (i + 4, value));
        }
        let step: i64 = match self.word(i) {
            "last" | "past" | "previous" => -1,
            "this" | "current" => 0,
            "next" | "coming" => 1,
            _ => return None,
        };
        if self.word(i + 1) == "day" {
            return None;
        }
        if let Some(m) = self.month(i + 1) {
            // "last Oct. 23": the last such day before the article's date,
            // "next June 5" the next one after it.
            let at = i + 2 + usize::from(self.word(i + 2) == ".");
            if let (Some(d), Some(a)) = (self.day(at), self.anchor) {
                let value = [a.year(), a.year() + step as i32]
                    .into_iter()
                    .filter_map(|y| Date::new(y, m, d))
                    .find(|date| match step {
                        -1 => date.days() < a.days(),
                        1 => date.days() > a.days(),
                        _ => true,
                    });
                return Some((at + 1, value.map(|d| d.to_string())));
            }
            // "last May": the last May before this month; "next May" the
            // next one after it; "this May" this year's.
            let value = self.anchor.map(|a| {
                let year = match step {
                    -1 if m >= a.month() => a.year() - 1,
                    1 if m <= a.month() => a.year() + 1,
                    _ => a.year(),
                };
                format!("{year:04}-{m:02}")
            });
            return Some((i + 2, value));
        }
        // "this fiscal year": the article's year, as TimeML values it.
        let at = i + 1 + usize::from(self.word(i + 1) == "fiscal");
        let value = shifted(self.anchor, self.word(at), step)?;
        Some((at + 1, value))
    }

    /// "Friday", "last Friday", "next Monday".
    fn weekday(&self, i: usize) -> Option<(usize, Option<String>)> {
        let (start_word, at) = match self.word(i) {
            "last" | "next" | "this" => (self.word(i), i + 1),
            _ => ("", i),
        };
        let day = self.full_weekday(at)?;
        let value = self.anchor.and_then(|a| {
            let today = i64::from(a.weekday());
            let back = (today - i64::from(day)).rem_euclid(7);
            let offset = match start_word {
                "next" => 7 - back,
                "last" if back == 0 => -7,
                "last" => -back,
                "this" => i64::from(day) - today,
                _ if back == 0 => 0,
                // The past goes back, the future forward, the rest to the
                // nearest such day; the verb beside the day first.
                _ => match Tense::beside(self.text, self.tokens, self.words, at)
                    .unwrap_or_else(|| Tense::near(self.text, self.tokens, self.words, at))
                {
                    Tense::Past => -back,
                    Tense::Future => 7 - back,
                    Tense::Present if back <= 3 => -back,
                    Tense::Present => 7 - back,
                },
            };
            a.add_days(offset).map(|d| d.to_string())
        });
        Some((at + 1, value))
    }

    /// "10:30", "10:30 a.m.", "10 a.m." on the article's date; "noon" and
    /// "midnight" only with their day ("midnight Friday"). Midnight ends
    /// the day it is named with: ISO 8601's hour 24 of that day, as the
    /// TIMEX2 and TimeML guidelines value it (TIDES 2005 standard, times of
    /// day; TimeML 1.2.1 annotation guidelines, TIMEX3 `TIME`).
    fn clock(&self, i: usize) -> Option<(usize, Option<String>)> {
        let w = self.word(i);
        let named = matches!(w, "noon" | "midnight");
        let (h, m, mut end) = if w == "noon" {
            (12, 0, i + 1)
        } else if w == "midnight" {
            (24, 0, i + 1)
        } else if let Some((h, m)) = w.split_once(':') {
            (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?, i + 1)
        } else {
            let h = w.parse::<u32>().ok()?;
            if !matches!(self.word(i + 1), "a.m." | "p.m." | "am" | "pm") {
                return None;
            }
            (h, 0, i + 1)
        };
        let pm = matches!(self.word(end), "p.m." | "pm");
        if matches!(self.word(end), "a.m." | "p.m." | "am" | "pm") {
            end += 1;
        }
        let hour = if pm && h < 12 {
            h + 12
        } else if !pm && h == 12 && end > i + 1 {
            0
        } else {
            h
        };
        if (hour > 23 && w != "midnight") || m > 59 {
            return None;
        }
        // "10 p.m. EST Wednesday", "noon Thursday": the day named after it;
        // "5 p.m. EST, Nov. 6" after a comma when it is a calendar date
        // (one TIMEX3, as TimeBank spans it).
        let mut at = end + usize::from(TIME_ZONES.contains(&self.word(end)));
        if self.word(at) == "," && (self.month(at + 1).is_some() || self.day(at + 1).is_some()) {
            at += 1;
        }
        let day = self
            .day_expression(at)
            .filter(|(_, value)| value.as_ref().is_some_and(|v| v.len() == 10));
        if let Some((day_end, Some(date))) = day {
            return Some((day_end, Some(format!("{date}T{hour:02}:{m:02}"))));
        }
        if named {
            return None;
        }
        Some((end, self.anchor.map(|a| format!("{a}T{hour:02}:{m:02}"))))
    }
}

/// The period `n` units (day, week, month, year) from `anchor`, at that
/// unit's precision: a date, an ISO week, a month or a year. `None` for
/// another unit; `Some(None)` when there is no anchor to count from.
fn shifted(anchor: Option<Date>, unit: &str, n: i64) -> Option<Option<String>> {
    let month = |a: Date| {
        let months = i64::from(a.year()) * 12 + i64::from(a.month()) - 1 + n;
        format!(
            "{:04}-{:02}",
            months.div_euclid(12),
            months.rem_euclid(12) + 1
        )
    };
    Some(match unit {
        "day" => anchor.and_then(|a| a.add_days(n)).map(|d| d.to_string()),
        "week" => anchor.and_then(|a| a.add_days(7 * n)).map(|d| {
            let (y, w) = d.iso_week();
            format!("{y:04}-W{w:02}")
        }),
        "month" => anchor.map(month),
        "year" => anchor.map(|a| format!("{:04}", i64::from(a.year()) + n)),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dates(text: &str, anchor: &str) -> Vec<(String, Option<String>)> {
        let tokens = crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
        find_dates(text, &tokens, Date::parse_iso(anchor))
            .into_iter()
            .map(|d| (d.span.of(text).to_string(), d.value))
            .collect()
    }

    fn v(text: &str, value: &str) -> (String, Option<String>) {
        (text.to_string(), Some(value.to_string()))
    }

    /// Issue 14: "2016年10月14日" is one date, not the year alone.
    #[test]
    fn dates_written_with_cjk_marks() {
        assert_eq!(
            dates(
                "2016年10月14日，会议在2016年10月举行，10月20日结束。",
                "2016-10-14"
            ),
            [
                v("2016年10月14日", "2016-10-14"),
                v("2016年10月", "2016-10"),
                v("10月20日", "2016-10-20"),
            ]
        );
        assert_eq!(
            dates("It was dated 2019年3月5号.", "2019-03-06"),
            [v("2019年3月5号", "2019-03-05")]
        );
        // A month without its mark is no date.
        assert_eq!(dates("2016年13月14日", "2016-10-14"), [v("2016年", "2016")]);
    }

    /// A new-user test's travel piece: "On my last night I watched ..."
    /// was dated the day before the article (eleventh session).
    #[test]
    fn someones_last_or_next_one_is_no_date() {
        assert_eq!(
            dates(
                "On my last night I walked out. Their next day off is far. The team's next game waits.",
                "2025-03-05"
            ),
            []
        );
        assert_eq!(
            dates("Last night the mayor resigned.", "2025-03-05"),
            [v("Last night", "2025-03-04")]
        );
        assert_eq!(
            dates("The congress ousted her last June.", "2025-03-05"),
            [v("last June", "2024-06")]
        );
        // "her" as an object, and contractions, own nothing.
        assert_eq!(
            dates("Police met her last night. It's next week.", "2025-03-05"),
            [v("last night", "2025-03-04"), v("next week", "2025-W11")]
        );
    }

    #[test]
    fn absolute_dates() {
        assert_eq!(
            dates(
                "On 28 June 2025 and June 28, 2025, also 2025-06-28, in June 2025 and in 1998.",
                "2025-07-01"
            ),
            [
                v("28 June 2025", "2025-06-28"),
                v("June 28, 2025", "2025-06-28"),
                v("2025-06-28", "2025-06-28"),
                v("June 2025", "2025-06"),
                v("1998", "1998")
            ]
        );
        // No year: the one nearest the article's date.
        assert_eq!(
            dates("It opened Sept. 30 and closed in December.", "1998-01-08"),
            [v("Sept. 30", "1997-09-30"), v("December", "1997-12")]
        );
        assert_eq!(
            dates("Jan said Marc would come in April.", "1999-02-10"),
            [v("April", "1999-04")]
        );
    }

    #[test]
    fn relative_dates_against_the_article_date() {
        // 1998-01-08 was a Thursday.
        assert_eq!(
            dates("Yesterday and today, Friday, last week, next month, this year, two days ago, Thursday.", "1998-01-08"),
            [
                v("Yesterday", "1998-01-07"),
                v("today", "1998-01-08"),
                v("Friday", "1998-01-09"),
                v("last week", "1998-W01"),
                v("next month", "1998-02"),
                v("this year", "1998"),
                v("two days ago", "1998-01-06"),
                v("Thursday", "1998-01-08"),
            ]
        );
        assert_eq!(
            dates("They meet next Monday at 10:30 a.m.", "1998-01-08"),
            [
                v("next Monday", "1998-01-12"),
                v("10:30 a.m.", "1998-01-08T10:30")
            ]
        );
    }

    #[test]
    fn tense_picks_the_weekday_and_the_year() {
        // 1998-01-08 was a Thursday.
        assert_eq!(
            dates("The talks ended on Monday.", "1998-01-08"),
            [v("Monday", "1998-01-05")]
        );
        assert_eq!(
            dates("The talks will resume on Monday.", "1998-01-08"),
            [v("Monday", "1998-01-12")]
        );
        // A speech verb dates the report, not what it reports: with no
        // other cue, the nearest Monday.
        assert_eq!(
            dates(
                "Forecasters warned that rivers could rise until Monday.",
                "2024-11-24"
            ),
            [v("Monday", "2024-11-25")]
        );
        assert_eq!(
            dates(
                "Prices rose in August; last May they fell; in June last year too.",
                "1998-02-10"
            ),
            [
                v("August", "1997-08"),
                v("last May", "1997-05"),
                v("June last year", "1997-06")
            ]
        );
        assert_eq!(
            dates("The plant will open in August.", "1998-02-10"),
            [v("August", "1998-08")]
        );
    }

    #[test]
    fn quarters_parts_of_days_and_vague_references() {
        assert_eq!(
            dates(
                "Third-quarter profit rose, and the fourth quarter of 1988 and the year-ago quarter were weak.",
                "1989-11-02"
            ),
            [
                v("Third-quarter", "1989-Q3"),
                v("the fourth quarter of 1988", "1988-Q4"),
                v("the year-ago quarter", "1988-Q3")
            ]
        );
        assert_eq!(
            dates(
                "He spoke at 10 p.m. EST Wednesday and again Thursday evening, and now rests.",
                "1998-02-13"
            ),
            [
                v("10 p.m. EST Wednesday", "1998-02-11T22:00"),
                v("Thursday evening", "1998-02-12TEV"),
                v("now", "PRESENT_REF")
            ]
        );
        assert_eq!(
            dates(
                "Recently it rained; the future looks dry; soon we will see.",
                "1998-02-13"
            ),
            [
                v("Recently", "PAST_REF"),
                v("the future", "FUTURE_REF"),
                v("soon", "FUTURE_REF")
            ]
        );
        // A quarter of the votes is no period.
        assert!(dates("A quarter of the votes were lost.", "1998-02-13").is_empty());
    }

    #[test]
    fn without_an_article_date_relative_values_are_unknown() {
        assert_eq!(
            dates("Yesterday, on June 28.", ""),
            [("Yesterday".into(), None), ("June 28".into(), None)]
        );
    }

    #[test]
    fn may_the_verb_is_no_month() {
        assert_eq!(
            dates("May we go? It may rain in May.", "1998-01-08"),
            [v("May", "1998-05")]
        );
    }

    /// Found by the issue 11 browser run: 60,000 percentages put 2,000 of
    /// them ("1500%") on the Dates card.
    #[test]
    fn a_percentage_or_an_amount_is_no_year() {
        for text in [
            "Prices rose 1500% last year.",
            "Sales rose 1999 per cent.",
            "It cost $2000 then.",
        ] {
            let tokens =
                crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
            let found: Vec<&str> = find_dates(text, &tokens, None)
                .iter()
                .map(|d| d.span.of(text))
                .collect();
            assert!(
                found.iter().all(|d| !d.chars().any(|c| c.is_ascii_digit())),
                "{text}: {found:?}"
            );
        }
    }

    fn typed(text: &str, anchor: &str) -> Vec<(String, Option<String>, DateType)> {
        let tokens = crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
        find_dates(text, &tokens, Date::parse_iso(anchor))
            .into_iter()
            .map(|d| (d.span.of(text).to_string(), d.value, d.kind))
            .collect()
    }

    fn duration(text: &str, value: &str) -> (String, Option<String>, DateType) {
        (
            text.to_string(),
            Some(value.to_string()),
            DateType::Duration,
        )
    }

    fn set(text: &str, value: &str) -> (String, Option<String>, DateType) {
        (text.to_string(), Some(value.to_string()), DateType::Set)
    }

    /// Issue 14: lengths of time are TIMEX3 durations with TimeML values,
    /// their modifiers in the span.
    #[test]
    fn lengths_of_time_are_durations() {
        assert_eq!(
            typed(
                "She led the choir for 33 years and rested two hours after the three-week tour.",
                "2020-05-04"
            ),
            [
                duration("33 years", "P33Y"),
                duration("two hours", "PT2H"),
                duration("three-week", "P3W")
            ]
        );
        assert_eq!(
            typed(
                "Rents doubled over the past five years, nearly a decade after the boom; at least 72 hours passed.",
                "2020-05-04"
            ),
            [
                duration("the past five years", "P5Y"),
                duration("nearly a decade", "P10Y"),
                duration("at least 72 hours", "PT72H")
            ]
        );
        assert_eq!(
            typed(
                "The next twenty four hours matter; it took several months and a couple of years, in recent weeks.",
                "2020-05-04"
            ),
            [
                duration("The next twenty four hours", "PT24H"),
                duration("several months", "PXM"),
                duration("a couple of years", "P2Y"),
                duration("recent weeks", "PXW")
            ]
        );
        // An age is no length ("55 years old" neither, issue 14); a length
        // before "ago" is a date.
        assert!(typed("Workers 55 years old may retire.", "2020-05-04").is_empty());
        assert_eq!(
            typed("A 6-year-old boy came nearly two weeks ago.", "2020-05-04"),
            [(
                "nearly two weeks ago".to_string(),
                Some("2020-W17".to_string()),
                DateType::Date
            )]
        );
    }

    /// Issue 14: recurring times are TIMEX3 sets.
    #[test]
    fn recurring_times_are_sets() {
        assert_eq!(
            typed(
                "The club meets every Monday, trains daily, reports each year, pays $5 million a year and closes on Sundays.",
                "2020-05-04"
            ),
            [
                set("every Monday", "XXXX-WXX-1"),
                set("daily", "P1D"),
                set("each year", "P1Y"),
                set("a year", "P1Y"),
                set("Sundays", "XXXX-WXX-7")
            ]
        );
        // "for a year" is a length, "a year ago" a date.
        assert_eq!(
            typed("It stayed for a year, a year ago.", "2020-05-04"),
            [
                duration("a year", "P1Y"),
                (
                    "a year ago".to_string(),
                    Some("2019".to_string()),
                    DateType::Date
                )
            ]
        );
    }

    /// Issue 14: a weekday's direction from the verb beside it, when the
    /// sentence's tense would mislead; "last" always looks back.
    #[test]
    fn the_verb_beside_a_weekday_gives_its_direction() {
        // 1998-03-06 was a Friday, 1998-03-22 a Sunday, 2000-04-03 a Monday.
        assert_eq!(
            dates(
                "A spokesman said Thursday that the troops will stay.",
                "1998-03-06"
            ),
            [v("Thursday", "1998-03-05")]
        );
        assert_eq!(
            dates(
                "The bombs that killed three failed to stop talks set to resume Monday.",
                "1998-03-22"
            ),
            [v("Monday", "1998-03-23")]
        );
        assert_eq!(
            dates(
                "The team, which had waited long, could arrive as soon as Tuesday.",
                "2000-04-03"
            ),
            [v("Tuesday", "2000-04-04")]
        );
        assert_eq!(
            dates("Last Friday's ruling will be appealed.", "2000-04-03"),
            [v("Last Friday", "2000-03-31")]
        );
    }

    /// Issue 14 (measured): "the 1988 quarter" is that year's, "the
    /// current quarter" the one under way; "since March" looks back even
    /// in a sentence about the future.
    #[test]
    fn a_quarters_year_the_current_quarter_and_since() {
        assert_eq!(
            dates(
                "Sales in the current quarter will beat the 1988 quarter.",
                "1989-10-26"
            ),
            [
                v("the current quarter", "1989-Q4"),
                v("the 1988 quarter", "1988-Q3")
            ]
        );
        assert_eq!(
            dates(
                "The ship, on patrol since March, is scheduled to return.",
                "1990-08-13"
            ),
            [v("March", "1990-03")]
        );
    }

    /// Issue 14: a yearless month and a weekday take the tense of the
    /// verb nearest them, not of another clause of the sentence.
    #[test]
    fn the_nearest_verb_dates_a_month_or_a_weekday() {
        // 1998-10-20 was a Tuesday, 1999-10-24 a Sunday, 2000-01-07 a Friday;
        // "were planning": the plan looks ahead, whatever its auxiliary.
        for (text, anchor, span, value) in [
            (
                "In March, the board hired a new chief, who will stay on as chair.",
                "1998-10-20",
                "March",
                "1998-03",
            ),
            (
                "A parade planned for Saturday was called off, and organisers will try again.",
                "1999-10-24",
                "Saturday",
                "1999-10-23",
            ),
            (
                "On Saturday, fans were planning a rally outside the hall.",
                "2000-01-07",
                "Saturday",
                "2000-01-08",
            ),
            // The form: an agreement reported in the past.
            (
                "The group agreed to sell the mill to a rival in October.",
                "1998-02-10",
                "October",
                "1997-10",
            ),
        ] {
            assert_eq!(dates(text, anchor), [v(span, value)], "{text}");
        }
    }

    /// Issue 14: "the corresponding period last year", "last year's
    /// quarter" and "the same quarter a year earlier" are the reported
    /// quarter a year before, in one span.
    #[test]
    fn a_quarter_a_year_before() {
        assert_eq!(
            dates(
                "Sales beat the corresponding period last year, though last year's quarter was weak and the same quarter a year earlier worse.",
                "2021-11-03"
            ),
            [
                v("the corresponding period last year", "2020-Q3"),
                v("last year's quarter", "2020-Q3"),
                v("the same quarter a year earlier", "2020-Q3")
            ]
        );
    }

    /// Issue 14: "April 24 and 25" names two days; a count after "and"
    /// is no day.
    #[test]
    fn a_second_day_of_the_same_month() {
        let found = dates(
            "The summit meets on April 24 and 25; on May 2 and 30 people came.",
            "1999-02-10",
        );
        let expected = [
            v("April 24", "1999-04-24"),
            v("25", "1999-04-25"),
            v("May 2", "1998-05-02"),
        ];
        assert_eq!(found, expected);
    }

    /// Issue 14: "earlier in the year" is the article's year, "later in
    /// the week" its week.
    #[test]
    fn earlier_in_the_year() {
        assert_eq!(
            dates(
                "Rain delayed planting earlier in the year and may return later in the week.",
                "1989-10-26"
            ),
            [
                v("earlier in the year", "1989"),
                v("later in the week", "1989-W43")
            ]
        );
    }

    /// Issue 14: open lengths ("over the years", "for a while").
    #[test]
    fn open_lengths_without_a_count() {
        assert_eq!(
            typed(
                "Prices crept up over the years, and the shop shut for a while.",
                "2020-05-04"
            ),
            [duration("the years", "PXY"), duration("a while", "PXX")]
        );
    }

    /// Issue 14: "the following month" is the month after the date
    /// before it.
    #[test]
    fn the_following_month_is_the_next_after_the_date_before() {
        assert_eq!(
            referring_back(
                "The deal was signed in December 1998. The following month, shops opened."
            ),
            [
                v("December 1998", "1998-12"),
                v("The following month", "1999-01")
            ]
        );
    }

    /// Issue 14: "mid-1998" and "late-November" are that year and month.
    #[test]
    fn a_position_joined_to_a_year_or_month() {
        assert_eq!(
            dates(
                "Output fell in mid-1998, and the late-November trip was cut.",
                "2000-01-28"
            ),
            [v("mid-1998", "1998"), v("late-November", "1999-11")]
        );
    }

    /// Issue 14: a newspaper called a daily is no recurring time; a
    /// weekday after "daily" leaves it one.
    #[test]
    fn a_daily_newspaper_is_no_set() {
        assert_eq!(
            typed(
                "The party daily Pravda ran it; staff met daily Monday to Friday.",
                "2020-05-04"
            )
            .into_iter()
            .filter(|(_, _, kind)| *kind == DateType::Set)
            .collect::<Vec<_>>(),
            [set("daily", "P1D")]
        );
    }

    /// "last Oct. 23" is a day, not October.
    #[test]
    fn last_with_a_month_and_day_is_that_day() {
        assert_eq!(
            dates(
                "He was shot last Oct. 23 and the trial opens next June 5.",
                "1999-04-19"
            ),
            [
                v("last Oct. 23", "1998-10-23"),
                v("next June 5", "1999-06-05")
            ]
        );
    }

    /// The dates of `text` (one sentence, dated 2000-01-28), those that
    /// refer back valued by [`date_by_the_text_before`].
    fn referring_back(text: &str) -> Vec<(String, Option<String>)> {
        let tokens = crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
        let mut found = find_dates(text, &tokens, Date::parse_iso("2000-01-28"));
        date_by_the_text_before(text, &mut found);
        found
            .into_iter()
            .map(|d| (d.span.of(text).to_string(), d.value))
            .collect()
    }

    /// Issue 14: "that year" is the year of the date before it; "that day"
    /// with no day before it to refer to is dropped.
    #[test]
    fn that_year_refers_back() {
        assert_eq!(
            referring_back(
                "He fled in June 1998 and returned later that year. Trades made that day fell."
            ),
            [v("June 1998", "1998-06"), v("later that year", "1998")]
        );
    }

    /// Issue 14: "1957-58" names both years.
    #[test]
    fn a_range_of_years_names_both() {
        assert_eq!(
            dates("The 1957-58 season was wet.", "1998-05-04"),
            [v("1957", "1957"), v("58", "1958")]
        );
    }

    /// Issue 14: holidays and weekends are dates.
    #[test]
    fn holidays_and_weekends() {
        // 2000-01-07 was a Friday, 1990-08-13 a Monday.
        assert_eq!(
            dates(
                "The boy was found on Thanksgiving Day and spent Christmas Eve 1999 ashore.",
                "2000-01-07"
            ),
            [
                v("Thanksgiving Day", "1999-11-25"),
                v("Christmas Eve 1999", "1999-12-24")
            ]
        );
        assert_eq!(
            dates("Voters will choose on Election Day.", "1998-10-26"),
            [v("Election Day", "1998-11-03")]
        );
        // A holiday's name inside a longer name is no date.
        assert!(dates("They sailed to Easter Island.", "1998-10-26").is_empty());
        assert_eq!(
            dates(
                "Over the weekend, officials said the talks would go on next weekend.",
                "1990-08-13"
            ),
            [
                v("the weekend", "1990-W32-WE"),
                v("next weekend", "1990-W33-WE")
            ]
        );
    }

    /// Issue 14: "Before Friday's announcement": the day without "'s".
    #[test]
    fn possessive_days_are_read() {
        // 2020-05-04 was a Monday.
        assert_eq!(
            dates(
                "Friday's vote and last month's report beat this year's plan.",
                "2020-05-04"
            ),
            [
                v("Friday", "2020-05-01"),
                v("last month", "2020-04"),
                v("this year", "2020")
            ]
        );
    }

    /// Issue 14: modifiers stay in the span ("early December"), and a
    /// part of the day is TimeML's time of that day.
    #[test]
    fn position_words_and_parts_of_days() {
        assert_eq!(
            dates("Work will start early December.", "2020-05-04"),
            [v("early December", "2020-12")]
        );
        assert_eq!(
            dates(
                "Talks ended late last week, Friday afternoon and this morning.",
                "2020-05-04"
            ),
            [
                v("late last week", "2020-W18"),
                v("Friday afternoon", "2020-05-01TAF"),
                v("this morning", "2020-05-04TMO")
            ]
        );
    }

    /// Issue 14: seasons, decades, centuries, spelled years, the end of the
    /// year, the fiscal year and last year's results.
    #[test]
    fn seasons_decades_and_other_periods() {
        assert_eq!(
            dates(
                "Sales fell last summer and will rise next spring, as in the summer of 2011.",
                "2020-05-04"
            ),
            [
                v("last summer", "2019-SU"),
                v("next spring", "2021-SP"),
                v("the summer of 2011", "2011-SU")
            ]
        );
        assert_eq!(
            dates(
                "Jazz of the 1920s, the nineties and the 20th century; it closed in nineteen eighty-four.",
                "1998-05-04"
            ),
            [
                v("the 1920s", "192"),
                v("the nineties", "199"),
                v("the 20th century", "19"),
                v("nineteen eighty-four", "1984")
            ]
        );
        assert_eq!(
            dates(
                "Profit beat year-earlier results and should grow by year end in this fiscal year.",
                "1998-05-04"
            ),
            [
                v("year-earlier", "1997"),
                v("year end", "1998"),
                v("this fiscal year", "1998")
            ]
        );
        assert_eq!(
            dates("Costs should fall by the end of year.", "1998-05-04"),
            [v("the end of year", "1998")]
        );
    }

    /// Issue 14 (measured): "previously" is seldom a TIMEX3; "the
    /// year-ago period" is the company's quarter.
    #[test]
    fn previously_is_no_date_and_a_period_is_a_quarter() {
        assert_eq!(
            dates(
                "The previously announced plan lifted profit from the year-ago period.",
                "1998-05-04"
            ),
            [v("the year-ago period", "1997-Q1")]
        );
    }

    /// Issue 14 (measured): in a quarterly report, "a year ago" is the
    /// reported quarter a year before; elsewhere the year before.
    #[test]
    fn a_year_ago_in_a_quarterly_report_is_that_quarter() {
        let by_quarter = |text: &str| {
            let tokens =
                crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
            let mut found = find_dates(text, &tokens, Date::parse_iso("2021-11-03"));
            date_by_the_quarter(text, &mut found);
            found
                .into_iter()
                .map(|d| (d.span.of(text).to_string(), d.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            by_quarter("Third-quarter sales of the mill rose 8% from a year ago."),
            [v("Third-quarter", "2021-Q3"), v("a year ago", "2020-Q3")]
        );
        assert_eq!(
            by_quarter("The mill opened a year ago."),
            [v("a year ago", "2020")]
        );
    }

    /// Issue 14 (measured): "current" before a noun and "these days" are
    /// TimeML's present; "the full year" is the article's year.
    #[test]
    fn current_these_days_and_the_full_year() {
        assert_eq!(
            dates(
                "Given current prices, trade is slow these days and for the full year; the current flows.",
                "2021-11-03"
            ),
            [
                v("current", "PRESENT_REF"),
                v("these days", "PRESENT_REF"),
                v("the full year", "2021")
            ]
        );
    }

    /// Issue 14 (measured): open lengths after "for", a company's year,
    /// "day-long".
    #[test]
    fn open_lengths_and_a_companys_year() {
        assert_eq!(
            typed(
                "Talks ran for weeks; in the fiscal year ended May 31, after a day-long strike, sales fell.",
                "2021-11-03"
            ),
            [
                duration("weeks", "PXW"),
                duration("the fiscal year", "P1Y"),
                v_typed("May 31", "2021-05-31"),
                duration("day-long", "P1D")
            ]
        );
    }

    /// "midnight Friday" is hour 24 of that Friday; a time's calendar
    /// date may follow a comma ("5 p.m. EST, Nov. 12"); "mid-afternoon
    /// yesterday" is yesterday's afternoon. 2021-11-03 was a Wednesday.
    #[test]
    fn midnight_a_dated_time_and_a_part_before_its_day() {
        assert_eq!(
            typed(
                "The offer expired at midnight Friday; bids were due by 5 p.m. EST, Nov. 12.",
                "2021-11-03"
            ),
            [
                time("midnight Friday", "2021-10-29T24:00"),
                time("5 p.m. EST, Nov. 12", "2021-11-12T17:00")
            ]
        );
        assert_eq!(
            typed(
                "Shares were up at mid-afternoon yesterday and fell late morning Monday.",
                "2021-11-03"
            ),
            [
                time("mid-afternoon yesterday", "2021-11-02TAF"),
                time("late morning Monday", "2021-11-01TMO")
            ]
        );
        // Midnight or noon without a day, and a count after a comma, are
        // no dated times.
        assert_eq!(
            typed(
                "They met at midnight; at 5 p.m., 25 people came.",
                "2021-11-03"
            ),
            [time("5 p.m.", "2021-11-03T17:00")]
        );
    }

    /// A range of lengths ("two to three weeks") is one duration, valued
    /// by its lower count.
    #[test]
    fn a_range_of_lengths_is_one_duration() {
        assert_eq!(
            typed(
                "Shipments resume in two to three weeks, after 12 or 18 months of delays.",
                "2021-11-03"
            ),
            [
                duration("two to three weeks", "P2W"),
                duration("12 or 18 months", "P12M")
            ]
        );
        // A count that is not a length ends no range.
        assert_eq!(
            typed(
                "Rates rose from two to three percent in five days.",
                "2021-11-03"
            ),
            [duration("five days", "P5D")]
        );
    }

    /// A quoted title in capitals is a name ("This Week", "60 Minutes"),
    /// a quoted date in prose is a date.
    #[test]
    fn a_quoted_title_is_no_date() {
        assert_eq!(
            dates(
                "She said on \"This Week,\" and told ``60 Minutes'' that it would end \"next week.\"",
                "2021-11-03"
            ),
            [v("next week", "2021-W45")]
        );
    }

    fn time(text: &str, value: &str) -> (String, Option<String>, DateType) {
        (text.to_string(), Some(value.to_string()), DateType::Time)
    }

    fn v_typed(text: &str, value: &str) -> (String, Option<String>, DateType) {
        (text.to_string(), Some(value.to_string()), DateType::Date)
    }
}
