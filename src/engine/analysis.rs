//! The analysis as the outside world sees it: the JSON contract of
//! `shared/CONTRACT.md`, with offsets counted in the caller's unit.
//!
//! These types are the single source of that contract: the CLI prints them
//! with serde_json and the JS API hands them to JavaScript with
//! serde-wasm-bindgen, so both stay exact by construction. They read back
//! too (`Deserialize`), for the widget, whose analysis runs in a worker;
//! the closed vocabularies (labels, kinds, language codes) are
//! `Cow<'static, str>` so the engine writes them without allocating. Fields that later
//! stages fill (summary, entities, dates, numbers, quotes, key phrases) are
//! always present, empty until their stage exists.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::document::Document;
use super::entities::Label;
use super::facts::numbers::Kind as NumberKind;
use super::span::{OffsetIndex, Span, Unit};
use crate::engine::facts::dates::DateType;
use crate::engine::segmentation::language::Support;
use crate::engine::segmentation::parts::Part;
use crate::engine::summary::compress::Compressed;
use crate::engine::summary::summarize::Pick;

/// Everything Nutshell found in one text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysis {
    /// About the article as a whole.
    pub meta: Meta,
    /// Every sentence, in order; they tile the text's visible chars.
    pub sentences: Vec<SentenceOut>,
    /// The chosen summary sentences, in document order.
    pub summary: Vec<SummaryItem>,
    /// Every named-entity mention.
    pub entities: Vec<Entity>,
    /// Every date or time expression.
    pub dates: Vec<DateMention>,
    /// Every number with its kind and value.
    pub numbers: Vec<NumberMention>,
    /// Every direct quote.
    pub quotes: Vec<Quote>,
    /// Statements in reported speech, with their source (an added field).
    pub statements: Vec<Statement>,
    /// People's roles and titles (an added field).
    pub roles: Vec<Role>,
    /// The article's key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
}

/// About the article as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Meta {
    /// The headline, when the text starts with one.
    pub title: Option<String>,
    /// The article's date (`YYYY-MM-DD`): the caller's, else its date line.
    pub date: Option<String>,
    /// The byline's names ("Jane Doe"), when there is one (an added field).
    pub byline: Option<String>,
    /// Where the text came from (a URL or file name), when the caller says
    /// (an added field: the engine sees only text, its shells fill it).
    pub source: Option<String>,
    /// ISO 639-1 code of the text's language.
    pub language: Cow<'static, str>,
    /// What Nutshell could do in that language (an added field): `full`,
    /// `summary` (the fact lists are empty, not guessed) or `none`.
    pub support: Support,
    /// Word count.
    pub words: usize,
    /// Minutes a reader needs, to one decimal.
    pub reading_minutes: f64,
}

/// Where one sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentenceOut {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// Index of its paragraph (an added field: the UI lays text out by it).
    pub paragraph: usize,
    /// What it is in the article: title, dateline, byline, caption,
    /// heading, list or body.
    pub part: Part,
}

/// One chosen summary sentence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SummaryItem {
    /// Index into `sentences`.
    pub sentence: usize,
    /// The score that chose it.
    pub score: f64,
    /// Why, in words a reader understands (an added field).
    pub reasons: Vec<String>,
}

/// One named-entity mention, labelled as in CoNLL-2003.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// The mention as written.
    pub text: String,
    /// PER, ORG, LOC or MISC.
    pub label: Label,
    /// The full name this mention refers to.
    pub canonical: String,
    /// How sure the engine is of the mention's span and label, 0..1: the
    /// share of mentions at this confidence that were right on the
    /// calibration documents (`src/engine/entities/confidence.rs`).
    pub confidence: f64,
    /// Whether the widget's cards show this name by default.
    pub shown: bool,
}

/// One date or time expression.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// ISO 8601 value, `None` where it cannot be known.
    pub value: Option<String>,
    /// TimeML's type of the expression (an added field).
    #[serde(rename = "type")]
    pub kind: DateType,
}

/// One number.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NumberMention {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// The number as written.
    pub text: String,
    /// money, percent, quantity, duration, cardinal or ordinal.
    pub kind: NumberKind,
    /// Its value.
    pub value: f64,
    /// Its unit or currency.
    pub unit: Option<String>,
}

/// One direct quote: the words inside the marks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// Canonical name of who said it, when known.
    pub speaker: Option<String>,
    /// The quoted words (an added field).
    pub text: String,
}

/// One statement in reported speech ("X emphasised that ...").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Statement {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// Canonical name of its source.
    pub speaker: String,
    /// The clause reported.
    pub text: String,
}

/// One role or title of a person ("Defence Minister").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
    /// The role as written.
    pub text: String,
    /// Canonical name of the person who holds it.
    pub person: String,
}

/// One key phrase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Keyphrase {
    /// The phrase.
    pub text: String,
    /// How key it is (higher is more).
    pub score: f64,
    /// Where the text uses it (an added field).
    pub mentions: Vec<Place>,
}

/// The analysis as the CLI and the JS API give it: the contract's fields,
/// then the key points where the key-points option asked for them. A type
/// of its own, not a field of [`Analysis`], because the widget moves
/// analyses in postcard, which cannot leave out a field, and the JSON
/// without the option must stay as it was.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// Everything Nutshell found.
    #[serde(flatten)]
    pub analysis: Analysis,
    /// The summary as key points, with the key-points option.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub keypoints: Option<Vec<KeyPoint>>,
}

/// One key point: a summary sentence compressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeyPoint {
    /// Index into `sentences`.
    pub sentence: usize,
    /// The bullet as shown.
    pub text: String,
    /// The parts of the sentence the bullet keeps, in order.
    pub spans: Vec<Place>,
}

impl KeyPoint {
    /// The contract view of `bullets`, compressed sentences of `text` (byte
    /// spans), offsets in `unit`.
    pub fn all<'b>(
        bullets: impl IntoIterator<Item = &'b Compressed>,
        text: &str,
        unit: Unit,
    ) -> Vec<KeyPoint> {
        let index = OffsetIndex::new(text);
        bullets
            .into_iter()
            .map(|bullet| KeyPoint::of(bullet, &index, unit))
            .collect()
    }

    /// The contract view of a compressed sentence, offsets in `unit`.
    pub fn of(bullet: &Compressed, index: &OffsetIndex<'_>, unit: Unit) -> KeyPoint {
        KeyPoint {
            sentence: bullet.sentence,
            text: bullet.text.clone(),
            spans: bullet
                .spans
                .iter()
                .map(|&(start, end)| {
                    let (start, end) = index.convert_span(Span::new(start, end), unit);
                    Place { start, end }
                })
                .collect(),
        }
    }
}

/// Where something is: the start and end of a span, in the caller's unit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Offset of its first char.
    pub start: usize,
    /// Offset just past its last char.
    pub end: usize,
}

impl Analysis {
    /// The contract view of `doc` and its chosen summary sentences, with
    /// offsets counted in `unit`. It is built once, in the engine's byte
    /// spans, and converted once (`into_unit`): one conversion
    /// for every list, whatever the caller's unit.
    pub fn of(doc: &Document<'_>, picks: &[Pick], unit: Unit) -> Analysis {
        Analysis::in_bytes(doc, picks).into_unit(doc.text, unit)
    }

    /// The contract view of `doc`, offsets in bytes.
    fn in_bytes(doc: &Document<'_>, picks: &[Pick]) -> Analysis {
        let words = doc.word_count();
        let meta = Meta {
            title: doc.header.title.map(|s| s.of(doc.text).to_string()),
            date: doc.date.map(|d| d.to_string()),
            byline: doc.header.byline.map(|s| s.of(doc.text).to_string()),
            source: None,
            language: Cow::Borrowed(doc.language),
            support: doc.support,
            words,
            reading_minutes: crate::engine::segmentation::metadata::reading_minutes(words),
        };
        let sentences = doc
            .sentences
            .iter()
            .zip(&doc.parts)
            .map(|(s, &part)| {
                let (start, end) = (s.span.start, s.span.end);
                SentenceOut {
                    start,
                    end,
                    paragraph: s.paragraph,
                    part,
                }
            })
            .collect();
        let entities = doc
            .entities
            .iter()
            .map(|named| {
                let (m, canonical, confidence, shown) =
                    (&named.mention, &named.name, named.confidence, named.shown);
                let (start, end) = (m.span.start, m.span.end);
                Entity {
                    start,
                    end,
                    text: m.span.of(doc.text).to_string(),
                    label: m.label,
                    canonical: canonical.clone(),
                    confidence: (f64::from(confidence) * 1e3).round() / 1e3,
                    shown,
                }
            })
            .collect();
        let dates = doc
            .dates
            .iter()
            .map(|d| {
                let (start, end) = (d.span.start, d.span.end);
                DateMention {
                    start,
                    end,
                    text: d.span.of(doc.text).to_string(),
                    kind: d.kind,
                    value: d.value.clone(),
                }
            })
            .collect();
        let numbers = doc
            .numbers
            .iter()
            .map(|n| {
                let (start, end) = (n.span.start, n.span.end);
                NumberMention {
                    start,
                    end,
                    text: n.span.of(doc.text).to_string(),
                    kind: n.kind,
                    value: n.value,
                    unit: n.unit.map(str::to_string),
                }
            })
            .collect();
        Analysis {
            meta,
            sentences,
            summary: summary_items(picks),
            entities,
            dates,
            numbers,
            quotes: doc
                .quotes
                .iter()
                .map(|q| {
                    let (start, end) = (q.span.start, q.span.end);
                    Quote {
                        start,
                        end,
                        speaker: q.speaker.clone(),
                        text: q.span.of(doc.text).to_string(),
                    }
                })
                .collect(),
            statements: doc
                .statements
                .iter()
                .map(|s| {
                    let (start, end) = (s.span.start, s.span.end);
                    Statement {
                        start,
                        end,
                        speaker: s.speaker.clone(),
                        text: s.span.of(doc.text).to_string(),
                    }
                })
                .collect(),
            roles: doc
                .roles
                .iter()
                .map(|r| {
                    let (start, end) = (r.span.start, r.span.end);
                    Role {
                        start,
                        end,
                        text: r.span.of(doc.text).to_string(),
                        person: doc.entities[r.mention].name.clone(),
                    }
                })
                .collect(),
            keyphrases: doc
                .keyphrases
                .iter()
                .map(|k| Keyphrase {
                    text: k.text.clone(),
                    score: (k.score * 1e4).round() / 1e4,
                    mentions: k
                        .mentions
                        .iter()
                        .map(|&m| {
                            let (start, end) = (m.start, m.end);
                            Place { start, end }
                        })
                        .collect(),
                })
                .collect(),
        }
    }
}

impl Analysis {
    /// This analysis, made with byte offsets into `text`, with its offsets
    /// counted in `unit` instead: the widget analyses in bytes (it slices
    /// Rust strings) and hands embedding pages UTF-16 offsets, without a
    /// second analysis.
    pub fn with_unit(&self, text: &str, unit: Unit) -> Analysis {
        self.clone().into_unit(text, unit)
    }

    /// This analysis, made with byte offsets into `text`, with its offsets
    /// counted in `unit`: the one place offsets change unit.
    fn into_unit(self, text: &str, unit: Unit) -> Analysis {
        if unit == Unit::Byte {
            return self;
        }
        let index = OffsetIndex::new(text);
        let mut out = self;
        convert_all(&mut out.sentences, &index, unit);
        convert_all(&mut out.entities, &index, unit);
        convert_all(&mut out.dates, &index, unit);
        convert_all(&mut out.numbers, &index, unit);
        convert_all(&mut out.quotes, &index, unit);
        convert_all(&mut out.statements, &index, unit);
        convert_all(&mut out.roles, &index, unit);
        for keyphrase in &mut out.keyphrases {
            convert_all(&mut keyphrase.mentions, &index, unit);
        }
        out
    }
}

/// An item of the analysis that says where it is.
trait Located {
    /// Its `start` and `end`.
    fn offsets(&mut self) -> (&mut usize, &mut usize);
}

/// `Located` for items with `start` and `end` fields.
macro_rules! located {
    ($($item:ty),*) => {$(
        impl Located for $item {
            fn offsets(&mut self) -> (&mut usize, &mut usize) {
                (&mut self.start, &mut self.end)
            }
        }
    )*};
}

located!(
    Place,
    SentenceOut,
    Entity,
    DateMention,
    NumberMention,
    Quote,
    Statement,
    Role
);

/// Convert the byte offsets of `items` to `unit`.
fn convert_all<T: Located>(items: &mut [T], index: &OffsetIndex<'_>, unit: Unit) {
    for item in items {
        let (start, end) = item.offsets();
        (*start, *end) = index.convert_span(Span::new(*start, *end), unit);
    }
}

/// The contract view of chosen summary sentences.
pub fn summary_items(picks: &[Pick]) -> Vec<SummaryItem> {
    picks
        .iter()
        .map(|p| SummaryItem {
            sentence: p.sentence,
            score: (p.score * 1e4).round() / 1e4,
            reasons: p.reasons.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze_in, Options, Unit};

    #[test]
    fn converts_byte_offsets_as_a_fresh_analysis_would_count() {
        let text = "Viktor Khrenin said: “Belarus’s ties with India 👍🏽 grow,” on 28 June 2025. Zoë agreed.";
        let bytes = analyze_in(text, &Options::default(), Unit::Byte).unwrap();
        for unit in [Unit::Char, Unit::Utf16] {
            let fresh = analyze_in(text, &Options::default(), unit).unwrap();
            assert_eq!(bytes.with_unit(text, unit), fresh);
        }
    }
}
