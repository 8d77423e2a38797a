//! The pipeline: from raw text to a segmented [`Document`].
//!
//! Stages run in a fixed order, each a function of the text and the stages
//! before it: validate -> paragraphs -> sentences -> tokens -> header ->
//! language -> entities -> dates -> numbers -> key phrases -> canonical
//! names -> roles -> quotes -> statements. Everything is computed once; the contract view
//! ([`super::analysis::Analysis`]) and later stages only read it.

use super::calendar::Date;
use super::dates::{find_dates, DateMention};
use super::entities::canonical::canonical_names;
use super::entities::{self, confidence, Mention};
use super::error::Error;
use super::keyphrases::{self, Keyphrase};
use super::metadata::{read_header, Header};
use super::numbers::{find_numbers, Kind as NumberKind, NumberMention};
use super::options::Options;
use super::paragraphs::{split_paragraphs, Paragraph};
use super::quotes::{find_quotes, Quote};
use super::roles::{find_roles, Role};
use super::sentences::{split_sentences, Sentence};
use super::span::Span;
use super::speakers::Speakers;
use super::statements::{find_statements, Statement};
use super::tokens::{tokenize, Token};
use super::{language, validate};

/// A text, segmented, with everything found in it.
#[derive(Debug, Clone)]
pub struct Document<'t> {
    /// The text exactly as given; every span points into it.
    pub text: &'t str,
    /// Blocks between blank lines.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order, tiling the visible text.
    pub sentences: Vec<Sentence>,
    /// Tokens of each sentence: `tokens[i]` belongs to `sentences[i]`.
    pub tokens: Vec<Vec<Token>>,
    /// Title, date line and byline found at the top.
    pub header: Header,
    /// The article's date: the caller's, else the date line's.
    pub date: Option<Date>,
    /// ISO 639-1 code of the text's language.
    pub language: &'static str,
    /// Every named-entity mention, in text order.
    pub mentions: Vec<Mention>,
    /// The full name each mention refers to (same order as `mentions`).
    pub names: Vec<String>,
    /// How sure the engine is of each mention, 0..1 (same order).
    pub confidences: Vec<f32>,
    /// Whether each mention's card shows by default (same order).
    pub shown: Vec<bool>,
    /// Every role or title of a person mention, in text order.
    pub roles: Vec<Role>,
    /// Every direct quote, in text order.
    pub quotes: Vec<Quote>,
    /// Every attributed statement in reported speech, in text order.
    pub statements: Vec<Statement>,
    /// Every date or time expression, in text order.
    pub dates: Vec<DateMention>,
    /// Every number that is not part of a date, in text order.
    pub numbers: Vec<NumberMention>,
    /// The key phrases, best first.
    pub keyphrases: Vec<Keyphrase>,
}

/// A currency written in letters alone ("Rs", "INR") that the tagger took
/// for a name belongs to its amount; one with a sign names a nationality's
/// currency ("C$", "A$": MISC in CoNLL-2003) and stays.
fn drop_currency_names(text: &str, mentions: &mut Vec<Mention>, numbers: &[NumberMention]) {
    let money: Vec<Span> = numbers
        .iter()
        .filter(|n| n.kind == NumberKind::Money)
        .map(|n| n.span)
        .collect();
    mentions.retain(|m| {
        !m.span.overlaps_any(&money) || !m.span.of(text).chars().all(char::is_alphabetic)
    });
}

/// A number inside a name or title names, it does not count: "First
/// Minister", "Second World War", "Formula One".
fn drop_naming_numbers(numbers: &mut Vec<NumberMention>, mentions: &[Mention], roles: &[Role]) {
    let named: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    let mut titles: Vec<Span> = roles.iter().map(|r| r.span).collect();
    titles.sort_unstable_by_key(|t| t.start);
    numbers.retain(|n| !n.span.overlaps_any(&named) && !n.span.overlaps_any(&titles));
}

impl<'t> Document<'t> {
    /// Segment `text`.
    ///
    /// # Errors
    /// [`Error::Empty`], [`Error::TooLarge`] or [`Error::Binary`] when the
    /// text cannot be analysed (see [`validate::check_text`]), and
    /// [`Error::InvalidOption`] for options out of range.
    pub fn parse(text: &'t str, options: &Options) -> Result<Document<'t>, Error> {
        options.check()?;
        validate::check_text(text)?;
        let paragraphs = split_paragraphs(text);
        let sentences = split_sentences(text, &paragraphs);
        let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(text, s.span)).collect();
        let header = read_header(text, &sentences);
        let date = options.date.or(header.date.map(|d| d.1));
        let all_tokens: Vec<Token> = tokens.iter().flatten().copied().collect();
        let language = language::detect(text, &all_tokens);
        let mut mentions = entities::recognise(text, &tokens);
        let dates: Vec<DateMention> = tokens
            .iter()
            .flat_map(|t| find_dates(text, t, date))
            .collect();
        let mut numbers: Vec<NumberMention> =
            tokens.iter().flat_map(|t| find_numbers(text, t)).collect();
        let dated: Vec<Span> = dates.iter().map(|d| d.span).collect();
        numbers.retain(|n| !n.span.overlaps_any(&dated));
        // The topic is the article's: a date line's "date" or a byline's
        // names are not part of it (a headline is).
        let topical: Vec<&[Token]> = sentences
            .iter()
            .zip(&tokens)
            .filter(|(s, _)| !header.holds_dateline_or_byline(s.span))
            .map(|(_, t)| t.as_slice())
            .collect();
        drop_currency_names(text, &mut mentions, &numbers);
        // "Feb" of "Feb 24" is a date's, not a name.
        mentions.retain(|m| !m.span.inside_any(&dated));
        let mut facts: Vec<Span> = dated.to_vec();
        facts.extend(numbers.iter().map(|n| n.span));
        facts.sort_unstable_by_key(|f| f.start);
        let keyphrases = keyphrases::extract(text, &topical, &facts);
        let names = canonical_names(text, &mentions);
        let starts: Vec<usize> = sentences.iter().map(|s| s.span.start).collect();
        let confidences: Vec<f32> = confidence::evidence(text, &mentions, &names, &starts)
            .iter()
            .map(confidence::confidence)
            .collect();
        let shown = confidence::shown(&mentions, &names, &confidences);
        let roles = find_roles(text, &tokens, &mentions, &dated);
        drop_naming_numbers(&mut numbers, &mentions, &roles);
        let speakers = Speakers::new(text, &mentions, &names);
        let quotes = find_quotes(text, &paragraphs, &all_tokens, &speakers);
        let quote_spans: Vec<_> = quotes.iter().map(|q| q.span).collect();
        let statements = find_statements(text, &tokens, &speakers, &quote_spans);
        Ok(Document {
            text,
            paragraphs,
            sentences,
            tokens,
            header,
            date,
            language,
            mentions,
            names,
            confidences,
            shown,
            roles,
            quotes,
            statements,
            dates,
            numbers,
            keyphrases,
        })
    }

    /// How many words the text has.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().flatten().filter(|t| t.is_word()).count()
    }
}
