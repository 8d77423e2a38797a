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
//! "2025") are left to the date stage. [`context`] reads what the words
//! around a figure say it is: a weight in pounds, a distance in metres, a
//! race time, an age, a number inside a name, a count's noun.

mod context;

use crate::engine::lexicon::en::numbers::{
    NUMBER_WORDS, ORDINALS, ORDINAL_SUFFIXES, RANGE_WORDS, TENS,
};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;
use context::Context;

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
    /// The figure itself: the span without the noun a count takes
    /// ("1,200" of "1,200 passengers"), so that the noun stays a word of
    /// the text for key phrases.
    pub figure: Span,
}

impl NumberMention {
    /// A number whose span is all figure.
    fn new(span: Span, kind: Kind, value: f64, unit: Option<&'static str>) -> NumberMention {
        NumberMention {
            span,
            kind,
            value,
            unit,
            figure: span,
        }
    }
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
        "lb" | "lbs" => "lb",
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
    let context = Context::of(&words);
    let mut found = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match number_at(text, tokens, &words, context, i) {
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
fn number_at(
    text: &str,
    tokens: &[Token],
    words: &[String],
    context: Context,
    i: usize,
) -> Option<(NumberMention, usize)> {
    let word = words[i].as_str();
    let one = |kind: Kind, value: f64, unit: &'static str| {
        let mention = NumberMention::new(tokens[i].span, kind, value, Some(unit));
        Some((mention, i + 1))
    };
    // "14:39.29": a race time, in seconds.
    if let Some(seconds) = context::race_time(word) {
        return one(Kind::Duration, seconds, "second");
    }
    // "52-year-old": an age.
    if let Some((age, unit)) = context::hyphenated_age(word) {
        return one(Kind::Quantity, age, unit);
    }
    // "10km", and "5,000m" in a race: a figure joined to its unit.
    if let Some((value, unit)) = joined_measure(word, context) {
        return one(Kind::Quantity, value, unit);
    }
    // A currency sign or code first: "$1.13bn", "Rs 5,000 crore".
    if let Some(code) = currency(word).filter(|_| i + 1 < tokens.len()) {
        let (value, ordinal, end) = read_amount(words, i + 1)?;
        if ordinal {
            return None;
        }
        let span = Span::new(tokens[i].span.start, tokens[end - 1].span.end);
        return Some((
            NumberMention::new(span, Kind::Money, value, Some(code)),
            end,
        ));
    }
    // "33-year", "five-day": a number joined to a time unit; "300-pound":
    // a weight, unless it pays ("a five-pound note").
    if let Some((head, tail)) = word.split_once('-') {
        if let (Some(value), "pound") = (count_value(head), tail) {
            return context::weight_compound(words, context, i)
                .then(|| one(Kind::Quantity, value, "lb"))
                .flatten();
        }
        if let (Some(value), Some(unit)) = (count_value(head), time_unit(tail)) {
            return Some((
                NumberMention::new(tokens[i].span, Kind::Duration, value, Some(unit)),
                i + 1,
            ));
        }
    }
    if let Some(n) = ORDINALS.iter().position(|o| *o == word) {
        // "first" is an ordinal only before a noun-ish word, not in "at first".
        let at_first = i > 0 && words[i - 1] == "at";
        return (!at_first).then(|| {
            (
                NumberMention::new(tokens[i].span, Kind::Ordinal, n as f64 + 1.0, None),
                i + 1,
            )
        });
    }
    let (value, ordinal, end) = read_amount(words, i)?;
    // "the last one", "that one": a pronoun; but "the one million
    // seafarers", "that one day" count.
    let unit_after = words.get(end).is_some_and(|w| {
        time_unit(w).is_some() || measure_unit(w).is_some() || currency(w).is_some()
    });
    if end == i + 1 && !unit_after && context::is_pronoun_one(words, i) {
        return None;
    }
    if belongs_to_date(tokens, words, i, end) || context::slashed(tokens, words, i, end) {
        return None;
    }
    let start = tokens[i].span.start;
    let span_to = |last: usize| Span::new(start, tokens[last].span.end);
    if ordinal {
        return Some((
            NumberMention::new(span_to(end - 1), Kind::Ordinal, value, None),
            end,
        ));
    }
    let next = words.get(end).map(String::as_str);
    let after = words.get(end + 1).map(String::as_str);
    // "800 pounds" in a sentence about weight, "lost 60 pounds": lb, not sterling.
    let weight = context::pounds_of_weight(text, tokens, words, context, i, end);
    if let Some(code) = next
        .and_then(currency)
        .filter(|_| tokens[end].kind == TokenKind::Word && !weight)
    {
        return Some((
            NumberMention::new(span_to(end), Kind::Money, value, Some(code)),
            end + 1,
        ));
    }
    if next == Some("%") {
        return Some((
            NumberMention::new(span_to(end), Kind::Percent, value, Some("%")),
            end + 1,
        ));
    }
    // "1.5 percentage points": a change of a percentage, in points.
    if next == Some("percentage") && matches!(after, Some("point" | "points")) {
        return Some((
            NumberMention::new(
                span_to(end + 1),
                Kind::Percent,
                value,
                Some("percentage point"),
            ),
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
            NumberMention::new(span_to(last), Kind::Percent, value, Some("%")),
            last + 1,
        ));
    }
    // "52 years old", "aged 52": an age.
    let age = next
        .and_then(time_unit)
        .filter(|_| after == Some("old"))
        .and_then(context::age_unit);
    if let Some(unit) = age {
        return Some((
            NumberMention::new(span_to(end + 1), Kind::Quantity, value, Some(unit)),
            end + 2,
        ));
    }
    if i > 0 && words[i - 1] == "aged" {
        return Some((
            NumberMention::new(span_to(end - 1), Kind::Quantity, value, Some("years old")),
            end,
        ));
    }
    if let Some(unit) = next.and_then(time_unit) {
        return Some((
            NumberMention::new(span_to(end), Kind::Duration, value, Some(unit)),
            end + 1,
        ));
    }
    // "30 to 60 minutes": the first of a range of lengths is one too.
    let range_unit = next
        .filter(|n| RANGE_WORDS.contains(n))
        .and_then(|_| read_amount(words, end + 1))
        .filter(|&(upper, ordinal, _)| !ordinal && upper > value)
        .and_then(|(_, _, upper)| words.get(upper).and_then(|w| time_unit(w)));
    if let Some(unit) = range_unit {
        return Some((
            NumberMention::new(span_to(end - 1), Kind::Duration, value, Some(unit)),
            end,
        ));
    }
    if let Some(unit) = next.and_then(|n| if weight { Some("lb") } else { measure_unit(n) }) {
        return Some((
            NumberMention::new(span_to(end), Kind::Quantity, value, Some(unit)),
            end + 1,
        ));
    }
    if context::names_something(text, tokens, words, i) {
        return None;
    }
    // "1,200 passengers": the count with the noun it counts.
    let last = if context::counted_noun(text, tokens, words, end) {
        end
    } else {
        end - 1
    };
    let mention = NumberMention {
        figure: span_to(end - 1),
        ..NumberMention::new(span_to(last), Kind::Cardinal, value, None)
    };
    Some((mention, last + 1))
}

/// A figure with its unit in one word: "10km", "40kg", and "800m" or
/// "6.63m" as metres in a sentence about a race ("m" is millions
/// elsewhere).
fn joined_measure(word: &str, context: Context) -> Option<(f64, &'static str)> {
    let end = word.find(|c: char| !(c.is_ascii_digit() || c == ',' || c == '.'))?;
    let (digits, suffix) = word.split_at(end);
    if digits.is_empty() || !digits.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let unit = match suffix {
        "m" if context.racing => "m",
        "m" => return None,
        s => measure_unit(s)?,
    };
    Some((digits.replace(',', "").parse().ok()?, unit))
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
        // "two hundred and forty million": the tens after "hundred and".
        // Not "two hundred and three hundred": "hundred" after it starts
        // another number ("forty million" goes on with this one).
        let next_scale = words
            .get(end + 2)
            .is_some_and(|w| scale(w).is_some_and(|f| f <= 1e2));
        let tens = (factor == 1e2 && words.get(end).is_some_and(|w| w == "and") && !next_scale)
            .then(|| words.get(end + 1).and_then(|w| word_value(w)))
            .flatten()
            .filter(|&t| t < 100.0);
        if let Some(tens) = tens {
            value += tens;
            end += 2;
        }
    }
    Some((value, false, end))
}

/// Whether tokens `i..end` are part of a date or time: a bare year, a day
/// next to a month name ("June 28", "28 June"), a part of "2025-06-28", or
/// a clock time ("10:30", "10 a.m."), or a figure marked 年, 月 or 日.
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
    // "10月14日": a figure marked as a year, month or day (Chinese and
    // Japanese dates).
    let cjk = words
        .get(end)
        .is_some_and(|w| matches!(w.as_str(), "年" | "月" | "日" | "号"))
        && touching(end - 1, end);
    is_year || by_month || dashed || clock || cjk
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
            ("two hundred thousand jobs".into(), "cardinal", 2e5, None)
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

    /// Issue 14: "800 pounds" of weight is a measure, not sterling.
    #[test]
    fn pounds_of_weight_are_a_measure() {
        assert_eq!(
            numbers("The bear weighed 800 pounds, the cub 90 lbs."),
            [
                ("800 pounds".into(), "quantity", 800.0, Some("lb")),
                ("90 lbs".into(), "quantity", 90.0, Some("lb")),
            ]
        );
        assert_eq!(
            numbers("The fine was 800 pounds."),
            [("800 pounds".into(), "money", 800.0, Some("GBP"))]
        );
    }

    /// Issue 14: a verb of weight or lifting, a thing weighed, a metric
    /// conversion, "of" and a bare noun, or a compound adjective make
    /// "pounds" a weight; money words, a scale and money nouns keep it
    /// sterling.
    #[test]
    fn pounds_weigh_in_their_context() {
        let units = |text: &str| {
            numbers(text)
                .into_iter()
                .map(|n| (n.0, n.3))
                .collect::<Vec<_>>()
        };
        let lb = |s: &str| (s.to_string(), Some("lb"));
        let gbp = |s: &str| (s.to_string(), Some("GBP"));
        assert_eq!(
            units("Tom Hale lost nearly 60 pounds in a year and lifted 250 pounds."),
            [lb("60 pounds"), lb("250 pounds")]
        );
        assert_eq!(units("She gained 20 pounds."), [lb("20 pounds")]);
        assert_eq!(units("The newborn was 9 pounds."), [lb("9 pounds")]);
        assert_eq!(
            units("The truck held 4,300 pounds (1,950 kilograms) of grain."),
            [lb("4,300 pounds"), ("1,950 kilograms".into(), Some("kg"))]
        );
        assert_eq!(
            units("Agents found 20 pounds of heroin."),
            [lb("20 pounds")]
        );
        assert_eq!(
            numbers("A 300-pound man and a twelve-pound cat."),
            [
                ("300-pound".into(), "quantity", 300.0, Some("lb")),
                ("twelve-pound".into(), "quantity", 12.0, Some("lb")),
            ]
        );
        // Money stays money.
        assert_eq!(units("He lost 60 pounds he had paid."), [gbp("60 pounds")]);
        assert_eq!(
            units("The club lost 60 million pounds."),
            [gbp("60 million pounds")]
        );
        assert_eq!(units("She spent 20 pounds of her own."), [gbp("20 pounds")]);
        assert_eq!(units("It is worth 500 pounds."), [gbp("500 pounds")]);
        assert_eq!(units("The ticket was 30 pounds."), [gbp("30 pounds")]);
        assert_eq!(units("A five-pound note and a 50-pound fine."), []);
    }

    /// Issue 14: numbers inside names and "9/11" are no figures.
    /// A new-user test's interview showed five pronoun "one"s as counts, a
    /// wire story "Two hundred and forty million" as two numbers, and an
    /// academic abstract "30 to 60 minutes" as a bare 30 (eleventh session).
    #[test]
    fn pronouns_ranges_and_hundreds_read_as_written() {
        assert_eq!(
            numbers("The last one was better, but that one is a good one and no one minded."),
            []
        );
        assert_eq!(
            numbers("This year one person died. In the UK one in three agreed."),
            [
                ("one".into(), "cardinal", 1.0, None),
                ("one".into(), "cardinal", 1.0, None),
                ("three".into(), "cardinal", 3.0, None)
            ]
        );
        // A score is no range of lengths.
        assert!(numbers("Salah made it 2-0 minutes later.")
            .iter()
            .all(|n| !(n.0 == "2" && n.1 == "duration")));
        assert_eq!(
            numbers("between two hundred and three hundred"),
            [
                ("two hundred".into(), "cardinal", 200.0, None),
                ("three hundred".into(), "cardinal", 300.0, None)
            ]
        );
        assert_eq!(
            numbers("One day she met the one million visitors."),
            [
                ("One day".into(), "duration", 1.0, Some("day")),
                ("one million visitors".into(), "cardinal", 1e6, None)
            ]
        );
        assert_eq!(
            numbers("Two hundred and forty million was paid."),
            [(
                "Two hundred and forty million".into(),
                "cardinal",
                240e6,
                None
            )]
        );
        assert_eq!(
            numbers("It cut sleep by 30 to 60 minutes."),
            [
                ("30".into(), "duration", 30.0, Some("minute")),
                ("60 minutes".into(), "duration", 60.0, Some("minute"))
            ]
        );
    }

    #[test]
    fn numbers_in_names_and_slashes_are_no_figures() {
        assert_eq!(
            numbers("Channel 4 showed how 9/11 and Apollo 11 changed the FTSE 100 for 24/7 news."),
            []
        );
        // A new-user test's chart labels and house number (eleventh
        // session).
        assert_eq!(
            numbers("Chart 1: revenue by year. The shop at 22 Quarry Lane closed."),
            []
        );
        // A score after a name is a figure.
        assert_eq!(
            numbers("Pohang 3 Ulsan 2."),
            [
                ("3".into(), "cardinal", 3.0, None),
                ("2".into(), "cardinal", 2.0, None)
            ]
        );
    }

    /// Issue 14: distances and race times in athletics, and ages.
    #[test]
    fn distances_race_times_and_ages() {
        assert_eq!(
            numbers("She won the 5,000m in 14:39.29, jumped 6.63m and ran 2:01.52."),
            [
                ("5,000m".into(), "quantity", 5000.0, Some("m")),
                ("14:39.29".into(), "duration", 879.29, Some("second")),
                ("6.63m".into(), "quantity", 6.63, Some("m")),
                ("2:01.52".into(), "duration", 121.52, Some("second")),
            ]
        );
        // Without a race, "m" is millions.
        assert_eq!(
            numbers("The firm earned 600m."),
            [("600m".into(), "cardinal", 6e8, None)]
        );
        assert_eq!(
            numbers("The 52-year-old and his son, aged 12, met a man 80 years old."),
            [
                ("52-year-old".into(), "quantity", 52.0, Some("years old")),
                ("12".into(), "quantity", 12.0, Some("years old")),
                ("80 years old".into(), "quantity", 80.0, Some("years old")),
            ]
        );
    }

    /// Issue 14: a count with the noun it counts.
    #[test]
    fn counts_take_their_noun() {
        assert_eq!(
            numbers("It expects about 1,200 passengers a day, and 30 was the record."),
            [
                ("1,200 passengers".into(), "cardinal", 1200.0, None),
                ("30".into(), "cardinal", 30.0, None),
            ]
        );
    }

    #[test]
    fn ordinals_and_cardinals_but_not_dates() {
        assert_eq!(
            numbers("The third round on June 28, 2025 at 10:30 drew twenty-five teams and 1,200 fans, the 21st time."),
            [
                ("third".into(), "ordinal", 3.0, None),
                ("twenty-five teams".into(), "cardinal", 25.0, None),
                ("1,200 fans".into(), "cardinal", 1200.0, None),
                ("21st".into(), "ordinal", 21.0, None),
            ]
        );
        assert_eq!(numbers("date 2025-06-28"), []);
        assert_eq!(numbers("2016年10月14日"), []);
    }
}
