//! The key-fact cards: the analysis's mention lists grouped the way a reader
//! scans them (one line per person, not one per mention), in plain Rust so
//! the grouping is tested natively.
//!
//! Each card lists its items most-mentioned first (dates run in time
//! order, as a timeline does); each item keeps the offsets of every
//! mention, so clicking it can mark them all in the text. A card with no
//! items is not built: empty categories are hidden, not shown empty.

use crate::engine::sort;
use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::engine::analysis::{DateMention, NumberMention};
use crate::engine::entities::Label;
use crate::engine::{Analysis, Date, DateType, NumberKind as Kind};

/// Longest quote or statement shown in full on a card, in chars.
const QUOTE_CHARS: usize = 240;

/// The kinds of card, in the order they are shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CardKind {
    /// People, with their roles.
    People,
    /// Organisations, with their other names (acronyms).
    Organisations,
    /// Places.
    Places,
    /// Other named things: events, nationalities, operations.
    Other,
    /// Dates, in time order.
    Dates,
    /// Money, percentages, quantities, durations, counts.
    Numbers,
    /// Quotes and reported statements with their speakers.
    Quotes,
    /// The article's key phrases.
    Keyphrases,
}

impl CardKind {
    /// The card's heading.
    pub fn title(self) -> &'static str {
        match self {
            CardKind::People => "People",
            CardKind::Organisations => "Organisations",
            CardKind::Places => "Places",
            CardKind::Other => "Other names",
            CardKind::Dates => "Dates",
            CardKind::Numbers => "Numbers",
            CardKind::Quotes => "Who said what",
            CardKind::Keyphrases => "Key phrases",
        }
    }

    /// A name for ids and CSS classes.
    pub fn slug(self) -> &'static str {
        match self {
            CardKind::People => "people",
            CardKind::Organisations => "organisations",
            CardKind::Places => "places",
            CardKind::Other => "other",
            CardKind::Dates => "dates",
            CardKind::Numbers => "numbers",
            CardKind::Quotes => "quotes",
            CardKind::Keyphrases => "keyphrases",
        }
    }
}

/// One card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Card {
    /// What it lists.
    pub kind: CardKind,
    /// Its lines.
    pub items: Vec<CardItem>,
}

impl Card {
    /// Mentions across all items (the count on the card's heading).
    pub fn mentions(&self) -> usize {
        self.items.iter().map(|i| i.spans.len()).sum()
    }

    /// How many items the card shows by default: its certain items, which
    /// come first.
    pub fn certain(&self) -> usize {
        self.items.iter().take_while(|i| i.certain).count()
    }
}

/// One line of a card.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CardItem {
    /// The name, value or speaker.
    pub label: String,
    /// What else a reader wants with it: roles, acronyms, the date as
    /// written, the number's kind, the quote.
    pub detail: Option<String>,
    /// Offsets of every mention, in the analysis's unit.
    pub spans: Vec<(usize, usize)>,
    /// Whether the card shows it by default: a name the engine is not
    /// sure of (no mention `shown`, issue 13) waits behind "show N less
    /// certain"; every other kind of item is certain.
    pub certain: bool,
}

/// The cards for `analysis` (offsets in bytes, as the UI analyses),
/// non-empty ones only, in [`CardKind`] order.
pub fn build_cards(analysis: &Analysis) -> Vec<Card> {
    let entity_cards = [
        (Label::Per, CardKind::People),
        (Label::Org, CardKind::Organisations),
        (Label::Loc, CardKind::Places),
        (Label::Misc, CardKind::Other),
    ]
    .map(|(label, kind)| Card {
        kind,
        items: entity_items(analysis, label),
    });
    let [people, organisations, places, other] = entity_cards;
    [
        people,
        organisations,
        places,
        other,
        Card {
            kind: CardKind::Dates,
            items: date_items(analysis),
        },
        Card {
            kind: CardKind::Numbers,
            items: number_items(analysis),
        },
        Card {
            kind: CardKind::Quotes,
            items: quote_items(analysis),
        },
        Card {
            kind: CardKind::Keyphrases,
            items: keyphrase_items(analysis),
        },
    ]
    .into_iter()
    .filter(|c| !c.items.is_empty())
    .collect()
}

/// Items grouped by `key`, in order of first appearance, then sorted most
/// mentioned first (stable, so ties keep text order).
fn grouped<'a>(
    mentions: impl Iterator<Item = (&'a str, (usize, usize))>,
) -> Vec<(&'a str, Vec<(usize, usize)>)> {
    let mut order: Vec<(&str, Vec<(usize, usize)>)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (key, span) in mentions {
        let at = *index.entry(key).or_insert_with(|| {
            order.push((key, Vec::new()));
            order.len() - 1
        });
        order[at].1.push(span);
    }
    sort::sort_by_key(&mut order, |(_, spans)| std::cmp::Reverse(spans.len()));
    order
}

/// People, organisations, places or other names: one item per canonical
/// name, with roles (people) or the other forms used (acronyms), the names
/// the engine shows by default first. Linear in the mentions and roles:
/// the extras are gathered per name in one pass.
fn entity_items(analysis: &Analysis, label: Label) -> Vec<CardItem> {
    let of_label = || analysis.entities.iter().filter(|e| e.label == label);
    let mut extras: HashMap<&str, Vec<&str>> = HashMap::new();
    if label == Label::Per {
        for role in &analysis.roles {
            extras.entry(&role.person).or_default().push(&role.text);
        }
    } else {
        for e in of_label().filter(|e| e.text != e.canonical) {
            extras.entry(&e.canonical).or_default().push(&e.text);
        }
    }
    let shown: HashSet<&str> = of_label()
        .filter(|e| e.shown)
        .map(|e| e.canonical.as_str())
        .collect();
    let mut items: Vec<CardItem> =
        grouped(of_label().map(|e| (e.canonical.as_str(), (e.start, e.end))))
            .into_iter()
            .map(|(name, spans)| CardItem {
                label: name.to_string(),
                detail: extras.get(name).and_then(|parts| joined_distinct(parts)),
                spans,
                certain: shown.contains(name),
            })
            .collect();
    // Stable: each part stays most mentioned first.
    sort::sort_by_key(&mut items, |i| !i.certain);
    items
}

/// Dates: one item per value (the text where a value is unknown), in time
/// order, with the forms written. Only dates and times: lengths of time
/// ("two hours") stay on the Numbers card and recurring times ("every
/// Monday") name no day. TimeML's vague references ("now", "recently":
/// `PRESENT_REF`, `PAST_REF`) are no dates a reader scans for, so they are
/// left off.
fn date_items(analysis: &Analysis) -> Vec<CardItem> {
    let dates: Vec<&DateMention> = analysis
        .dates
        .iter()
        .filter(|d| matches!(d.kind, DateType::Date | DateType::Time))
        .filter(|d| !d.value.as_deref().is_some_and(|v| v.ends_with("_REF")))
        .collect();
    let keys: Vec<String> = dates
        .iter()
        .map(|d| d.value.clone().unwrap_or_else(|| d.text.clone()))
        .collect();
    let mut written: HashMap<&str, Vec<&str>> = HashMap::new();
    for (d, key) in dates.iter().zip(&keys) {
        if d.text != *key {
            written.entry(key).or_default().push(&d.text);
        }
    }
    let mut items: Vec<CardItem> = grouped(
        keys.iter()
            .zip(&dates)
            .map(|(k, d)| (k.as_str(), (d.start, d.end))),
    )
    .into_iter()
    .map(|(value, spans)| CardItem {
        label: value.to_string(),
        detail: written.get(value).and_then(|forms| joined_distinct(forms)),
        spans,
        certain: true,
    })
    .collect();
    // ISO values sort in time order as strings; unknown values go last.
    sort::sort_by_key(&mut items, |i| {
        (
            !i.label.starts_with(|c: char| c.is_ascii_digit()),
            i.label.clone(),
        )
    });
    items
}

/// Where each dated item of a Dates card falls on a timeline from its
/// earliest to its latest date, in [0, 1]: `(item index, position)`. Empty
/// when fewer than two items have a calendar value or all fall on one day.
/// A month or year stands at its middle, a quarter at its middle month.
pub fn timeline(card: &Card) -> Vec<(usize, f64)> {
    let days: Vec<(usize, i64)> = card
        .items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| Some((i, day_of(&item.label)?)))
        .collect();
    let (Some(first), Some(last)) = (
        days.iter().map(|d| d.1).min(),
        days.iter().map(|d| d.1).max(),
    ) else {
        return Vec::new();
    };
    if days.len() < 2 || first == last {
        return Vec::new();
    }
    let span = (last - first) as f64;
    days.into_iter()
        .map(|(i, day)| (i, (day - first) as f64 / span))
        .collect()
}

/// The day number of an ISO date, month (`YYYY-MM`), quarter (`YYYY-Qn`)
/// or year (`YYYY`), at its middle.
fn day_of(value: &str) -> Option<i64> {
    let date = |y: &str, m: u8, d: u8| Date::new(y.parse().ok()?, m, d).map(|d| d.days());
    match value.len() {
        10 => Date::parse_iso(value).map(|d| d.days()),
        7 if value.as_bytes()[5] == b'Q' => {
            let quarter: u8 = value[6..].parse().ok()?;
            date(&value[..4], (quarter.checked_sub(1)?) * 3 + 2, 15)
        }
        7 => date(&value[..4], value[5..].parse().ok()?, 15),
        4 => date(value, 7, 1),
        _ => None,
    }
}

/// Numbers: one item per number as written, money and percentages first.
fn number_items(analysis: &Analysis) -> Vec<CardItem> {
    const ORDER: [Kind; 6] = [
        Kind::Money,
        Kind::Percent,
        Kind::Quantity,
        Kind::Duration,
        Kind::Ordinal,
        Kind::Cardinal,
    ];
    let mut first: HashMap<&str, &NumberMention> = HashMap::new();
    for n in &analysis.numbers {
        first.entry(&n.text).or_insert(n);
    }
    let mut items: Vec<(usize, CardItem)> = grouped(
        analysis
            .numbers
            .iter()
            .map(|n| (n.text.as_str(), (n.start, n.end))),
    )
    .into_iter()
    .filter_map(|(written, spans)| {
        let n = first.get(written)?;
        let rank = ORDER
            .iter()
            .position(|k| *k == n.kind)
            .unwrap_or(ORDER.len());
        let detail = match &n.unit {
            Some(unit) => format!("{}, {}", n.kind.as_str(), unit),
            None => n.kind.as_str().to_string(),
        };
        Some((
            rank,
            CardItem {
                label: written.to_string(),
                detail: Some(detail),
                spans,
                certain: true,
            },
        ))
    })
    .collect();
    sort::sort_by_key(&mut items, |(rank, _)| *rank);
    items.into_iter().map(|(_, item)| item).collect()
}

/// Quotes and statements in text order, each with its speaker.
fn quote_items(analysis: &Analysis) -> Vec<CardItem> {
    let quotes = analysis
        .quotes
        .iter()
        .map(|q| (q.start, q.end, q.speaker.as_deref(), &q.text, true));
    let statements = analysis
        .statements
        .iter()
        .map(|s| (s.start, s.end, Some(s.speaker.as_str()), &s.text, false));
    let mut all: Vec<_> = quotes.chain(statements).collect();
    sort::sort_by_key(&mut all, |&(start, ..)| start);
    all.into_iter()
        .map(|(start, end, speaker, said, direct)| CardItem {
            label: speaker.map_or_else(|| "Unattributed".to_string(), heading),
            detail: Some(if direct {
                format!("“{}”", shortened(said))
            } else {
                format!("said that {}", shortened(said))
            }),
            spans: vec![(start, end)],
            certain: true,
        })
        .collect()
}

/// A speaker as a card's heading: a source the text does not name comes
/// as the text gives it mid-sentence ("her sons", "police"), so its first
/// letter is raised, as a heading's is; names start with one already.
fn heading(speaker: &str) -> String {
    let mut chars = speaker.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Key phrases, best first, each with where the engine found it (word for
/// word, so "India" is never marked inside "Indian").
fn keyphrase_items(analysis: &Analysis) -> Vec<CardItem> {
    analysis
        .keyphrases
        .iter()
        .map(|k| CardItem {
            label: k.text.clone(),
            detail: None,
            spans: k.mentions.iter().map(|m| (m.start, m.end)).collect(),
            certain: true,
        })
        .collect()
}

/// The most other forms (roles, acronyms, dates as written) an item lists:
/// a reader scans a few, and a name written a thousand ways would make one
/// line of the card a page long.
const MAX_FORMS: usize = 8;

/// The first [`MAX_FORMS`] distinct values of `parts` (ignoring case),
/// joined, or `None`. Linear: each is looked up in a set.
fn joined_distinct(parts: &[&str]) -> Option<String> {
    let mut seen: HashSet<String> = HashSet::new();
    let mut kept: Vec<&str> = Vec::new();
    for part in parts {
        if kept.len() == MAX_FORMS {
            break;
        }
        if seen.insert(part.to_lowercase()) {
            kept.push(part);
        }
    }
    (!kept.is_empty()).then(|| kept.join(" · "))
}

/// `s` cut to [`QUOTE_CHARS`] at a word boundary, with an ellipsis.
fn shortened(s: &str) -> String {
    if s.chars().count() <= QUOTE_CHARS {
        return s.to_string();
    }
    let cut: String = s.chars().take(QUOTE_CHARS).collect();
    let at = cut.rfind(' ').unwrap_or(cut.len());
    format!("{}…", cut[..at].trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{analyze_in, Options, Unit};

    const SAMPLE: &str = include_str!("../../seeds/000_b56badeed06a7e90.txt");

    fn card(cards: &[Card], kind: CardKind) -> &Card {
        cards.iter().find(|c| c.kind == kind).expect("card present")
    }

    /// The labels of the card of `kind`, in order.
    fn labels(cards: &[Card], kind: CardKind) -> Vec<&str> {
        card(cards, kind)
            .items
            .iter()
            .map(|i| i.label.as_str())
            .collect()
    }

    #[test]
    fn groups_the_sample_into_cards() {
        let analysis = analyze_in(SAMPLE, &Options::default(), Unit::Byte).unwrap();
        let cards = build_cards(&analysis);
        let people = card(&cards, CardKind::People);
        let khrenin = people
            .items
            .iter()
            .find(|i| i.label == "Viktor Khrenin")
            .expect("Khrenin listed");
        assert_eq!(
            khrenin.spans.len(),
            2,
            "full name and surname are one person"
        );
        let roles = khrenin.detail.as_deref().unwrap_or_default();
        assert!(roles.contains("Defence Minister") && roles.contains("Lieutenant General"));
        let sco = card(&cards, CardKind::Organisations)
            .items
            .iter()
            .find(|i| i.label == "Shanghai Cooperation Organisation")
            .expect("SCO listed");
        assert_eq!(sco.detail.as_deref(), Some("SCO"));
        // Every span of every item is where its text is.
        for item in cards.iter().flat_map(|c| &c.items) {
            for &(start, end) in &item.spans {
                assert!(SAMPLE.get(start..end).is_some_and(|s| !s.is_empty()));
            }
        }
    }

    /// Issue 13: names the engine is not sure of wait behind "show N less
    /// certain"; the sure ones come first, each part most mentioned first.
    #[test]
    fn less_certain_names_come_after_the_shown_ones() {
        let mut analysis = analyze_in(SAMPLE, &Options::default(), Unit::Byte).unwrap();
        let people: Vec<String> = analysis
            .entities
            .iter()
            .filter(|e| e.label == Label::Per)
            .map(|e| e.canonical.clone())
            .collect();
        let doubted = people.first().expect("the sample names people").clone();
        for e in &mut analysis.entities {
            e.shown = e.canonical != doubted;
        }
        let cards = build_cards(&analysis);
        let listed = card(&cards, CardKind::People);
        let last = listed.items.last().expect("items");
        assert_eq!(last.label, doubted);
        assert!(!last.certain);
        assert_eq!(listed.certain(), listed.items.len() - 1);
        assert!(listed.items[..listed.certain()].iter().all(|i| i.certain));
        for e in &mut analysis.entities {
            e.shown = false;
        }
        let cards = build_cards(&analysis);
        assert_eq!(card(&cards, CardKind::People).certain(), 0);
        // Other kinds of items are always certain.
        assert!(cards
            .iter()
            .filter(|c| c.kind == CardKind::Dates)
            .all(|c| c.certain() == c.items.len()));
    }

    #[test]
    fn dates_run_in_time_order_and_empty_cards_are_hidden() {
        let text = "The deal was signed on 3 March 2024. Talks began on 1 May 2023 and go on now.";
        let analysis = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        let cards = build_cards(&analysis);
        assert_eq!(
            labels(&cards, CardKind::Dates),
            ["2023-05-01", "2024-03-03"]
        );
        assert!(cards.iter().all(|c| !c.items.is_empty()));
        assert!(!cards.iter().any(|c| c.kind == CardKind::Quotes));
    }

    /// Issue 14: durations and sets are in `dates[]` but not on the Dates
    /// card; a length of time stays on the Numbers card.
    #[test]
    fn lengths_and_recurring_times_stay_off_the_dates_card() {
        let text = "The mill ran for 33 years and opened every Monday until 3 March 2024.";
        let analysis = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        let kinds: Vec<DateType> = analysis.dates.iter().map(|d| d.kind).collect();
        assert!(kinds.contains(&DateType::Duration) && kinds.contains(&DateType::Set));
        let cards = build_cards(&analysis);
        assert_eq!(labels(&cards, CardKind::Dates), ["2024-03-03"]);
        let numbers = labels(&cards, CardKind::Numbers);
        assert!(numbers.contains(&"33 years"), "{numbers:?}");
    }

    #[test]
    fn dates_sit_on_a_timeline_by_their_values() {
        let text = "Talks began in 2023, resumed on 1 July 2024 and end in the third quarter of 2025. Next week too.";
        let analysis = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        let dates = build_cards(&analysis)
            .into_iter()
            .find(|c| c.kind == CardKind::Dates)
            .unwrap();
        let labels: Vec<&str> = dates.items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(labels, ["2023", "2024-07-01", "2025-Q3", "Next week"]);
        let line = timeline(&dates);
        assert_eq!(line.len(), 3);
        assert_eq!(line[0], (0, 0.0));
        assert_eq!(line[2], (2, 1.0));
        assert!((0.4..0.5).contains(&line[1].1), "{line:?}");
        // One date alone makes no timeline.
        let single = Card {
            kind: CardKind::Dates,
            items: dates.items[..1].to_vec(),
        };
        assert!(timeline(&single).is_empty());
    }

    #[test]
    fn quotes_name_their_speaker_and_long_ones_are_shortened() {
        let long = "word ".repeat(100);
        let text = format!("\"{}\" said Angela Merkel.", long.trim_end());
        // A hundred times "word" is no language's prose: it is taken as English.
        let english = Options {
            language: Some("en"),
            ..Options::default()
        };
        let analysis = analyze_in(&text, &english, Unit::Byte).unwrap();
        let cards = build_cards(&analysis);
        let quote = &card(&cards, CardKind::Quotes).items[0];
        assert_eq!(quote.label, "Angela Merkel");
        let detail = quote.detail.as_deref().unwrap_or_default();
        assert!(detail.ends_with("…”") && detail.chars().count() < QUOTE_CHARS + 5);
    }

    /// Issue 14: an obituary's "his children said ..." showed "Unattributed".
    #[test]
    fn a_source_the_text_gives_is_shown_not_unattributed() {
        let text = "The singer Odile Marchand has died aged 88. Her sons said she died \"peacefully at her home in Lyon\" on Sunday.";
        let analysis = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        let cards = build_cards(&analysis);
        let quote = &card(&cards, CardKind::Quotes).items[0];
        assert_eq!(quote.label, "Her sons");
    }

    /// Issue 12: the UI found key phrases again by lower-case substring
    /// search, which marked "India" inside "Indian" ("India", a place, is
    /// now left to its card: issue 19; "rail" in "railway" is the same case).
    #[test]
    fn key_phrases_mark_whole_words_only() {
        let text = "The ministers discussed rail in Minsk. They want more rail freight. \
                    The railway board met them. Both sides back rail.";
        let analysis = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        let cards = build_cards(&analysis);
        let phrases = card(&cards, CardKind::Keyphrases);
        let rail = phrases
            .items
            .iter()
            .find(|i| i.label == "rail")
            .expect("rail is a key phrase");
        assert_eq!(rail.spans.len(), 3, "{:?}", rail.spans);
        for &(start, end) in &rail.spans {
            assert_eq!(&text[start..end], "rail");
            assert!(!text[end..].starts_with('w'), "marked inside railway");
        }
    }
}
