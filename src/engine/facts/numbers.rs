//! Numbers in the text and what they measure: money with its currency,
//! percentages, durations, quantities with units, ordinals and plain
//! cardinals, each with its parsed value.
//!
//! Rule-based, in the spirit of Duckling-style numeral grammars: a number
//! (digits with separators and an optional scale suffix such as "1.13bn",
//! or number words such as "three" and "twenty-five", optionally followed by
//! a scale word such as "million" or "crore") is found first, then the
//! tokens around it decide its kind: a currency before or after makes it
//! money, "%" or "per cent" a percentage, a time unit a duration ("three
//! months", "33-year"), a measurement unit a quantity. Numbers that belong
//! to dates and times ("2025-06-28", "June 28", "10:30", a year such as
//! "2025") are left to the date stage.

use crate::engine::lexicon::en::numbers::{NUMBER_WORDS, ORDINALS, ORDINAL_SUFFIXES, TENS};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;

/// What a number measures (the contract writes it in lower case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An amount of money.
    Money,
    /// A percentage.
    Percent,
    /// An amount of something with a unit.
    Quantity,
    /// A length of time.
    Duration,
    /// A count.
    Cardinal,
    /// A rank ("third", "21st").
    Ordinal,
}

impl Kind {
    /// The contract's name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Money => "money",
            Kind::Percent => "percent",
            Kind::Quantity => "quantity",
            Kind::Duration => "duration",
            Kind::Cardinal => "cardinal",
            Kind::Ordinal => "ordinal",
        }
    }
}

/// One number found in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Where it is, with its currency, scale and unit.
    pub span: Span,
    /// What it measures.
    pub kind: Kind,
    /// Its value (in the currency's or unit's own terms: "$1.13bn" is 1.13e9).
    pub value: f64,
    /// The currency code or unit, when there is one.
    pub unit: Option<&'static str>,
}

/// Scale words and suffixes.
fn scale(word: &str) -> Option<f64> {
    Some(match word {
        "hundred" => 1e2,
        "thousand" | "k" => 1e3,
        "lakh" | "lakhs" => 1e5,
        "million" | "millions" | "m" | "mn" | "mln" => 1e6,
        "crore" | "crores" | "cr" => 1e7,
        "billion" | "billions" | "bn" | "b" => 1e9,
        "trillion" | "tn" => 1e12,
        _ => return None,
    })
}

/// Currency symbols and words, with their ISO 4217 codes.
fn currency(word: &str) -> Option<&'static str> {
    Some(match word {
        "$" | "us$" | "usd" | "dollar" | "dollars" => "USD",
        "£" | "gbp" | "pound" | "pounds" | "sterling" => "GBP",
        "€" | "eur" | "euro" | "euros" => "EUR",
        "¥" | "yen" | "jpy" => "JPY",
        "₹" | "rs" | "inr" | "rupee" | "rupees" => "INR",
        "yuan" | "cny" | "rmb" => "CNY",
        "rouble" | "roubles" | "ruble" | "rubles" | "rub" => "RUB",
        "francs" | "franc" | "chf" => "CHF",
        _ => return None,
    })
}

/// Time units, singular.
pub(crate) fn time_unit(word: &str) -> Option<&'static str> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    Some(match singular {
        "second" => "second",
        "minute" => "minute",
        "hour" => "hour",
        "day" => "day",
        "week" => "week",
        "fortnight" => "fortnight",
        "month" => "month",
        "year" => "year",
        "decade" => "decade",
        "century" | "centurie" => "century",
        _ => return None,
    })
}

/// Measurement units.
fn measure_unit(word: &str) -> Option<&'static str> {
    Some(match word {
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "km",
        "mile" | "miles" => "mile",
        "metre" | "metres" | "meter" | "meters" => "m",
        "kg" | "kilogram" | "kilograms" | "kilo" | "kilos" => "kg",
        "tonne" | "tonnes" | "ton" | "tons" => "tonne",
        "litre" | "litres" | "liter" | "liters" => "l",
        "barrel" | "barrels" => "barrel",
        "acre" | "acres" => "acre",
        "hectare" | "hectares" => "ha",
        "feet" | "foot" | "ft" => "ft",
        "mph" => "mph",
        "kmh" | "km/h" => "km/h",
        "mw" | "megawatts" => "MW",
        "gw" | "gigawatts" => "GW",
        _ => return None,
    })
}

fn is_month(word: &str) -> bool {
    crate::engine::calendar::month_number(word).is_some()
}

/// The value of a run of number words ("twenty-five", "three hundred").
fn word_value(word: &str) -> Option<f64> {
    if let Some(i) = NUMBER_WORDS.iter().position(|u| *u == word) {
        return Some(i as f64);
    }
    if let Some(i) = TENS.iter().position(|t| *t == word) {
        return Some(20.0 + 10.0 * i as f64);
    }
    let (tens, unit) = word.split_once('-')?;
    let t = TENS.iter().position(|x| *x == tens)?;
    let u = NUMBER_WORDS[1..10].iter().position(|x| *x == unit)?;
    Some(20.0 + 10.0 * t as f64 + 1.0 + u as f64)
}

/// The whole count one word writes: "14", "1,000", "five", "twenty-four"
/// (not an ordinal); the dates stage reads lengths of time with it.
pub(crate) fn count_value(word: &str) -> Option<f64> {
    digits_value(word)
        .filter(|v| !v.1)
        .map(|v| v.0)
        .or_else(|| word_value(word))
}

/// A digit string with separators and an optional attached scale or
/// ordinal suffix: "5,000", "1.13bn", "600m", "21st". Returns the value,
/// the scale found, and whether it is an ordinal.
fn digits_value(word: &str) -> Option<(f64, bool)> {
    let end = word
        .find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .unwrap_or(word.len());
    let (digits, suffix) = word.split_at(end);
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let value: f64 = digits.replace(',', "").parse().ok()?;
    match suffix {
        "" => Some((value, false)),
        s if ORDINAL_SUFFIXES.contains(&s) => Some((value, true)),
        s => scale(s).map(|f| (value * f, false)),
    }
}

/// Find the numbers in one sentence's tokens.
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let words: Vec<String> = tokens
        .iter()
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match number_at(tokens, &words, i) {
            Some((mention, next)) => {
                found.push(mention);
                i = next;
            }
            None => i += 1,
        }
    }
    found
}

/// The number starting at token `i`, and the index after it.
fn number_at(tokens: &[Token], words: &[String], i: usize) -> Option<(NumberMention, usize)> {
    let word = words[i].as_str();
    // A currency sign or code first: "$1.13bn", "Rs 5,000 crore".
    if let Some(code) = currency(word).filter(|_| i + 1 < tokens.len()) {
        let (value, ordinal, end) = read_amount(words, i + 1)?;
        if ordinal {
            return None;
        }
        let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
        return Some((
            NumberMention {
                span,
                kind: Kind::Money,
                value,
                unit: Some(code),
            },
            end,
        ));
    }
    // "33-year", "five-day": a number joined to a time unit.
    if let Some((head, tail)) = word.split_once('-') {
        if let (Some(value), Some(unit)) = (count_value(head), time_unit(tail)) {
            return Some((
                NumberMention {
                    span: tokens[i].span,
                    kind: Kind::Duration,
                    value,
                    unit: Some(unit),
                },
                i + 1,
            ));
        }
    }
    if let Some(n) = ORDINALS.iter().position(|o| *o == word) {
        // "first" is an ordinal only before a noun-ish word, not in "at first".
        let at_first = i > 0 && words[i - 1] == "at";
        return (!at_first).then(|| {
            (
                NumberMention {
                    span: tokens[i].span,
                    kind: Kind::Ordinal,
                    value: n as f64 + 1.0,
                    unit: None,
                },
                i + 1,
            )
        });
    }
    let (value, ordinal, end) = read_amount(words, i)?;
    if belongs_to_date(tokens, words, i, end) {
        return None;
    }
    let start = tokens[i].span.start;
    let span_to = |last: usize| Span::new(start, tokens[last].span.end);
    if ordinal {
        return Some((
            NumberMention {
                span: span_to(end - 1),
                kind: Kind::Ordinal,
                value,
                unit: None,
            },
            end,
        ));
    }
    let next = words.get(end).map(String::as_str);
    let after = words.get(end + 1).map(String::as_str);
    if let Some(code) = next
        .and_then(currency)
        .filter(|_| tokens[end].kind == TokenKind::Word)
    {
        return Some((
            NumberMention {
                span: span_to(end),
                kind: Kind::Money,
                value,
                unit: Some(code),
            },
            end + 1,
        ));
    }
    if next == Some("%") {
        return Some((
            NumberMention {
                span: span_to(end),
                kind: Kind::Percent,
                value,
                unit: Some("%"),
            },
            end + 1,
        ));
    }
    // "1.5 percentage points": a change of a percentage, in points.
    if next == Some("percentage") && matches!(after, Some("point" | "points")) {
        return Some((
            NumberMention {
                span: span_to(end + 1),
                kind: Kind::Percent,
                value,
                unit: Some("percentage point"),
            },
            end + 2,
        ));
    }
    if next == Some("per") && after == Some("cent") || next == Some("percent") {
        let last = if next == Some("percent") {
            end
        } else {
            end + 1
        };
        return Some((
            NumberMention {
                span: span_to(last),
                kind: Kind::Percent,
                value,
                unit: Some("%"),
            },
            last + 1,
        ));
    }
    if let Some(unit) = next.and_then(time_unit) {
        return Some((
            NumberMention {
                span: span_to(end),
                kind: Kind::Duration,
                value,
                unit: Some(unit),
            },
            end + 1,
        ));
    }
    if let Some(unit) = next.and_then(measure_unit) {
        return Some((
            NumberMention {
                span: span_to(end),
                kind: Kind::Quantity,
                value,
                unit: Some(unit),
            },
            end + 1,
        ));
    }
    Some((
        NumberMention {
            span: span_to(end - 1),
            kind: Kind::Cardinal,
            value,
            unit: None,
        },
        end,
    ))
}

/// Read an amount from token `i`: digits or number words, then optional
/// scale words, each larger than the one before ("two million", "5,000
/// crore", "11.1 lakh crore", "two hundred thousand"). Returns the value,
/// whether it is an ordinal ("21st"), and the index after it.
fn read_amount(words: &[String], i: usize) -> Option<(f64, bool, usize)> {
    let word = words.get(i)?.as_str();
    let (mut value, ordinal) =
        digits_value(word).or_else(|| word_value(word).map(|v| (v, false)))?;
    if ordinal {
        return Some((value, true, i + 1));
    }
    let mut end = i + 1;
    let mut last = 1.0;
    while let Some(factor) = words
        .get(end)
        .and_then(|w| scale(w))
        .filter(|&f| words[end].len() > 1 && f > last)
    {
        value *= factor;
        last = factor;
        end += 1;
    }
    Some((value, false, end))
}

/// Whether tokens `i..end` are part of a date or time: a bare year, a day
/// next to a month name ("June 28", "28 June"), a part of "2025-06-28", or
/// a clock time ("10:30", "10 a.m.").
fn belongs_to_date(tokens: &[Token], words: &[String], i: usize, end: usize) -> bool {
    let word = words[i].as_str();
    let all_digits = word.chars().all(|c| c.is_ascii_digit());
    let touching =
        |a: usize, b: usize| b < tokens.len() && tokens[a].span.end == tokens[b].span.start;
    let is_year = word.len() == 4
        && all_digits
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1800..=2100).contains(&y));
    let by_month = word.len() <= 2
        && ((i > 0 && is_month(&words[i - 1])) || words.get(end).is_some_and(|w| is_month(w)));
    // "2025-06-28": digits joined to a dash on either side ("33-year" is
    // one token and never gets here).
    let dashed = all_digits
        && ((words.get(end).is_some_and(|w| w == "-") && touching(end - 1, end))
            || (i > 0 && words[i - 1] == "-" && touching(i - 1, i)));
    let clock = word.contains(':')
        || words
            .get(end)
            .is_some_and(|w| matches!(w.as_str(), "a.m." | "p.m." | "am" | "pm" | "gmt" | "bst"));
    is_year || by_month || dashed || clock
}

#[cfg(test)]
mod tests {
    use super::*;

    fn numbers(text: &str) -> Vec<(String, &'static str, f64, Option<&'static str>)> {
        let tokens = crate::engine::segmentation::tokens::tokenize(text, Span::new(0, text.len()));
        find_numbers(text, &tokens)
            .into_iter()
            .map(|n| {
                (
                    n.span.of(text).to_string(),
                    n.kind.as_str(),
                    n.value,
                    n.unit,
                )
            })
            .collect()
    }

    #[test]
    fn money_with_currencies_and_scales() {
        assert_eq!(
            numbers(
                "Profits jumped 76% to $1.13bn (£600m) from $639m, and Rs 5,000 crore was spent."
            ),
            [
                ("76%".into(), "percent", 76.0, Some("%")),
                ("$1.13bn".into(), "money", 1.13e9, Some("USD")),
                ("£600m".into(), "money", 6e8, Some("GBP")),
                ("$639m".into(), "money", 6.39e8, Some("USD")),
                ("Rs 5,000 crore".into(), "money", 5e10, Some("INR")),
            ]
        );
        assert_eq!(
            numbers("It cost 20 million euros."),
            [("20 million euros".into(), "money", 2e7, Some("EUR"))]
        );
        // Scale words in a row multiply, each larger than the last.
        let indian = numbers("A Rs 11.1 lakh crore plan and two hundred thousand jobs.");
        assert_eq!(indian[0].0, "Rs 11.1 lakh crore");
        assert!((indian[0].2 - 1.11e13).abs() < 1.0, "{indian:?}");
        assert_eq!(
            indian[1],
            ("two hundred thousand".into(), "cardinal", 2e5, None)
        );
    }

    #[test]
    fn durations_quantities_percent_words() {
        assert_eq!(
            numbers("Over the 33-year history, three months and 12 per cent of 40 km, up 1.5 percentage points."),
            [
                ("33-year".into(), "duration", 33.0, Some("year")),
                ("three months".into(), "duration", 3.0, Some("month")),
                ("12 per cent".into(), "percent", 12.0, Some("%")),
                ("40 km".into(), "quantity", 40.0, Some("km")),
                (
                    "1.5 percentage points".into(),
                    "percent",
                    1.5,
                    Some("percentage point")
                ),
            ]
        );
    }

    #[test]
    fn ordinals_and_cardinals_but_not_dates() {
        assert_eq!(
            numbers("The third round on June 28, 2025 at 10:30 drew twenty-five teams and 1,200 fans, the 21st time."),
            [
                ("third".into(), "ordinal", 3.0, None),
                ("twenty-five".into(), "cardinal", 25.0, None),
                ("1,200".into(), "cardinal", 1200.0, None),
                ("21st".into(), "ordinal", 21.0, None),
            ]
        );
        assert_eq!(numbers("date 2025-06-28"), []);
    }
}
