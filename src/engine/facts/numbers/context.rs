//! Numbers read in their context (issue 14): what the words around a
//! figure say it is.
//!
//! - "pounds" is a weight, not sterling, in a sentence about weight ("the
//!   bear weighed 800 pounds"); "lb" and "lbs" always are.
//! - "5,000m" and "6.63m" without a currency are metres, not millions, in a
//!   sentence about a race, a jump or a throw.
//! - A race time ("14:39.29", "2:01.52", "2:03:59") is a length of time,
//!   in seconds; a clock time ("10:30") has no fraction of a second and is
//!   left to the dates stage.
//! - An age ("52-year-old", "6-month-old", "52 years old", "aged 52") is a
//!   quantity in years (or months, weeks, days) old.
//! - A number that names something is no figure: "Channel 4", "Apollo 11",
//!   "the FTSE 100" (a number right after one of [`NUMBERED_NAMES`]), and
//!   numbers joined by a slash ("9/11", "24/7", "25/09/2018").
//! - A count takes the noun it counts: "1,200 passengers", "300 people".

use super::time_unit;
use crate::engine::lexicon::en::function_words::STOPWORDS;
use crate::engine::lexicon::en::numbers::{
    ATHLETICS_CUES, IRREGULAR_PLURALS, NUMBERED_NAMES, WEIGHT_CUES,
};
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// What a sentence says about the measures in it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Context {
    /// It speaks of weight: "pounds" are lb.
    pub weighing: bool,
    /// It speaks of athletics or swimming: "800m" is metres.
    pub racing: bool,
}

impl Context {
    /// The context of the sentence whose lowercase words are `words`.
    pub fn of(words: &[String]) -> Context {
        Context {
            weighing: words
                .iter()
                .any(|w| w.starts_with("weigh") || WEIGHT_CUES.contains(&w.as_str())),
            racing: words
                .iter()
                .any(|w| ATHLETICS_CUES.contains(&w.as_str()) || race_time(w).is_some()),
        }
    }
}

/// A race time in seconds: minutes and seconds with a fraction
/// ("14:39.29", "2:01.52"), or hours, minutes and seconds ("2:03:59").
pub(super) fn race_time(word: &str) -> Option<f64> {
    let parts: Vec<&str> = word.split(':').collect();
    let number = |s: &str| {
        (!s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || c == '.'))
            .then(|| s.parse::<f64>().ok())
            .flatten()
    };
    let seconds_field = |s: &str| s.split('.').next().is_some_and(|whole| whole.len() == 2);
    match parts.as_slice() {
        [m, s] if s.contains('.') && seconds_field(s) && !m.contains('.') => {
            let (m, s) = (number(m)?, number(s)?);
            (s < 60.0).then_some(m * 60.0 + s)
        }
        [h, m, s] if m.len() == 2 && seconds_field(s) && !h.contains('.') && !m.contains('.') => {
            let (h, m, s) = (number(h)?, number(m)?, number(s)?);
            (m < 60.0 && s < 60.0).then_some(h * 3600.0 + m * 60.0 + s)
        }
        _ => None,
    }
}

/// An age written in one word, "52-year-old", "6-month-old": the count and
/// its unit ("years old").
pub(super) fn hyphenated_age(word: &str) -> Option<(f64, &'static str)> {
    let stem = word.strip_suffix("-old")?;
    let (count, unit) = stem.split_once('-')?;
    let count: f64 = count.parse().ok()?;
    Some((count, age_unit(time_unit(unit)?)?))
}

/// The unit of an age in `unit`s ("year": "years old").
pub(super) fn age_unit(unit: &str) -> Option<&'static str> {
    Some(match unit {
        "year" => "years old",
        "month" => "months old",
        "week" => "weeks old",
        "day" => "days old",
        _ => return None,
    })
}

/// Whether the number at token `i` names something ("Channel 4", "Apollo
/// 11", "the FTSE 100"): a bare whole number right after a capitalised
/// word of [`NUMBERED_NAMES`]. Only those: after other capitalised words a
/// number is as often a score or a total ("Glamorgan 259", "Pohang 3 Ulsan
/// 2" in sports results), which the Numbers card should keep.
pub(super) fn names_something(text: &str, tokens: &[Token], words: &[String], i: usize) -> bool {
    if i == 0 || tokens[i].kind != TokenKind::Number || words[i].contains([',', '.']) {
        return false;
    }
    let before = tokens[i - 1].span.of(text);
    tokens[i - 1].kind == TokenKind::Word
        && before.starts_with(char::is_uppercase)
        && NUMBERED_NAMES.contains(&words[i - 1].as_str())
}

/// Whether the number at tokens `i..end` is joined to another by a slash
/// ("9/11", "24/7", "25/09/2018"): a date, a name or a rate, not a figure.
pub(super) fn slashed(tokens: &[Token], words: &[String], i: usize, end: usize) -> bool {
    let touching = |a: usize, b: usize| tokens[a].span.end == tokens[b].span.start;
    (end < tokens.len() && words[end] == "/" && touching(end - 1, end))
        || (i > 0 && words[i - 1] == "/" && touching(i - 1, i))
}

/// The noun a count at token `at` counts, if there is one there: a
/// lowercase plural ("passengers") or a plural without "-s" ("people"),
/// not a function word ("was", "has").
pub(super) fn counted_noun(text: &str, tokens: &[Token], words: &[String], at: usize) -> bool {
    let Some(token) = tokens.get(at) else {
        return false;
    };
    let word = words[at].as_str();
    let lowercase = token.span.of(text).starts_with(char::is_lowercase);
    let plural = word.len() > 3
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("'s")
        && !word.ends_with("’s");
    token.kind == TokenKind::Word
        && lowercase
        && !STOPWORDS.contains(&word)
        && (plural || IRREGULAR_PLURALS.contains(&word))
}
