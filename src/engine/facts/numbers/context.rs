//! Numbers read in their context (issue 14): what the words around a
//! figure say it is.
//!
//! - "pounds" is a weight, not sterling, in a sentence about weight ("the
//!   bear weighed 800 pounds"), right after a verb of a change of weight
//!   or of lifting ("lost 60 pounds", "lifted 250 pounds"), after a thing
//!   news weighs ("the baby was 8 pounds"), before a metric conversion
//!   ("4,300 pounds (1,950 kilograms)") or "of" and a bare noun ("20 pounds
//!   of cocaine"), and in a compound adjective ("a 300-pound man"); never
//!   where the sentence speaks of money ("paid", "worth", "cost", "£",
//!   "sterling") or with a scale ("60 million pounds"), and "a five-pound
//!   note" or "a 50-pound fine" stay sterling. "lb" and "lbs" always are
//!   weight.
//! - "5,000m" and "6.63m" without a currency are metres, not millions, in a
//!   sentence about a race, a jump or a throw.
//! - A race time ("14:39.29", "2:01.52", "2:03:59") is a length of time,
//!   in seconds; a clock time ("10:30") has no fraction of a second and is
//!   left to the dates stage.
//! - An age ("52-year-old", "6-month-old", "52 years old", "aged 52") is a
//!   quantity in years (or months, weeks, days) old.
//! - A number that names something is no figure: "Channel 4", "Apollo 11",
//!   "the FTSE 100" (a number right after one of [`NUMBERED_NAMES`]), a
//!   part of a document ("Chart 1:", "Figure 2", [`NUMBERED_PARTS`]), a
//!   house number ("14 Mill Lane"), and numbers joined by a slash ("9/11",
//!   "24/7", "25/09/2018").
//! - "one" after a determiner is a pronoun, not a count ("the last one",
//!   "a good one", "that one", "no one").
//! - A count takes the noun it counts: "1,200 passengers", "300 people".

use super::{joined_measure, measure_unit, time_unit};
use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::lexicon::en::names::{NUMBERED_PARTS, STREET_WORDS};
use crate::engine::lexicon::en::numbers::{
    ATHLETICS_CUES, FIGURE_QUALIFIERS, IRREGULAR_PLURALS, MONEY_CUES, MONEY_NOUNS, NUMBERED_NAMES,
    ONE_DETERMINERS, WEIGHED_NOUNS, WEIGHT_CUES, WEIGHT_VERBS,
};
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// What a sentence says about the measures in it.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Context {
    /// It speaks of weight: "pounds" are lb.
    pub weighing: bool,
    /// It speaks of athletics or swimming: "800m" is metres.
    pub racing: bool,
    /// It speaks of money: "pounds" stay sterling.
    pub paying: bool,
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
            paying: words.iter().any(|w| MONEY_CUES.contains(&w.as_str())),
        }
    }
}

/// Whether "pounds" at token `end`, after the figure at token `i`, weighs
/// rather than pays (see the module's doc for the forms read).
pub(super) fn pounds_of_weight(
    text: &str,
    tokens: &[Token],
    words: &[String],
    context: Context,
    i: usize,
    end: usize,
) -> bool {
    let pounds = matches!(words.get(end).map(String::as_str), Some("pound" | "pounds"));
    if !pounds || end != i + 1 || context.paying {
        return false;
    }
    let word = |at: usize| words.get(at).map_or("", String::as_str);
    // The word before the figure, past "nearly", "more than" and the like.
    let before = (0..i)
        .rev()
        .find(|&at| !FIGURE_QUALIFIERS.contains(&word(at)));
    let after_verb = before.is_some_and(|at| WEIGHT_VERBS.contains(&word(at)));
    let of_a_thing_weighed = before.is_some_and(|at| {
        matches!(word(at), "is" | "was" | "were") && at > 0 && WEIGHED_NOUNS.contains(&word(at - 1))
    });
    // "4,300 pounds (1,950 kilograms)": a conversion into kilograms.
    let converted = word(end + 1) == "("
        && (joined_measure(word(end + 2), Context::default()).is_some_and(|(_, u)| u == "kg")
            || (super::count_value(word(end + 2)).is_some()
                && measure_unit(word(end + 3)) == Some("kg")));
    // "20 pounds of cocaine", not "60 pounds of his own money".
    let of_a_mass = word(end + 1) == "of"
        && tokens.get(end + 2).is_some_and(|t| {
            t.kind == TokenKind::Word && t.span.of(text).starts_with(char::is_lowercase)
        })
        && !is_stopword(word(end + 2))
        && !MONEY_NOUNS.contains(&word(end + 2));
    context.weighing || after_verb || of_a_thing_weighed || converted || of_a_mass
}

/// Whether the compound adjective at token `i` ("300-pound", "five-pound")
/// weighs what it comes before ("a 300-pound man"): not before a noun of
/// money ("a five-pound note") nor in a sentence about money.
pub(super) fn weight_compound(words: &[String], context: Context, i: usize) -> bool {
    let next = words.get(i + 1).map_or("", String::as_str);
    !context.paying && !MONEY_NOUNS.contains(&next)
}

/// A race time in seconds: minutes and seconds with a fraction
/// ("14:39.29", "2:01.52"), or hours, minutes and seconds ("2:03:59").
pub(super) fn race_time(word: &str) -> Option<f64> {
    // It runs on every word of every sentence: most have no colon.
    if !word.as_bytes().contains(&b':') {
        return None;
    }
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
/// 11", "the FTSE 100", "Chart 1"): a bare whole number right after a
/// capitalised word of [`NUMBERED_NAMES`] or [`NUMBERED_PARTS`], or a house
/// number before a street's name ("14 Mill Lane"). Only those: after other
/// capitalised words a number is as often a score or a total ("Glamorgan
/// 259", "Pohang 3 Ulsan 2" in sports results), which the Numbers card
/// should keep. (A new-user test's business story showed its chart
/// labels, "Chart 1:" and "Chart 2:", and a court report "14" of "14 Mill
/// Lane" as figures.)
pub(super) fn names_something(text: &str, tokens: &[Token], words: &[String], i: usize) -> bool {
    if tokens[i].kind != TokenKind::Number || words[i].contains([',', '.']) {
        return false;
    }
    let named = i > 0 && {
        let before = tokens[i - 1].span.of(text);
        let word = words[i - 1].as_str();
        tokens[i - 1].kind == TokenKind::Word
            && before.starts_with(char::is_uppercase)
            && (NUMBERED_NAMES.contains(&word) || NUMBERED_PARTS.contains(&word))
    };
    named || is_house_number(text, tokens, words, i)
}

/// Whether the number at token `i` is a house number: one to three
/// capitalised words follow it, the last a street word ("14 Mill Lane",
/// "221 Baker Street"; [`STREET_WORDS`]).
fn is_house_number(text: &str, tokens: &[Token], words: &[String], i: usize) -> bool {
    let name = tokens[i + 1..]
        .iter()
        .take(STREET_NAME_WORDS)
        .take_while(|t| {
            t.kind == TokenKind::Word && t.span.of(text).starts_with(char::is_uppercase)
        })
        .count();
    (1..name).any(|k| STREET_WORDS.contains(&words[i + 1 + k].trim_end_matches('.')))
}

/// The most words of a street's name with its street word ("Old Mill
/// Lane").
const STREET_NAME_WORDS: usize = 3;

/// Whether "one" at token `i` is a pronoun: after a determiner ("that
/// one", "no one", "each one") or after a determiner and one word at the
/// end of a phrase ("the last one we had", "a good one."). A new-user test's interview showed five such
/// "one"s on its Numbers card.
pub(super) fn is_pronoun_one(words: &[String], i: usize) -> bool {
    let determiner = |k: usize| ONE_DETERMINERS.contains(&words[k].as_str());
    let word_like = |k: usize| words[k].chars().all(char::is_alphabetic);
    // After a word, "one" ends its phrase ("a good one,", "the last one
    // we had"); before a noun it counts ("this year one person died",
    // "in the UK one in three").
    let ends_phrase = words
        .get(i + 1)
        .is_none_or(|w| !w.chars().all(char::is_alphabetic) || (is_stopword(w) && w != "in"));
    words[i] == "one"
        && ((i >= 1 && determiner(i - 1))
            || (i >= 2
                && determiner(i - 2)
                && word_like(i - 1)
                && words[i - 1] != "and"
                && ends_phrase))
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
        && !is_stopword(word)
        && (plural || IRREGULAR_PLURALS.contains(&word))
}
