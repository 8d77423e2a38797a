//! The pipeline: from raw text to a segmented [`Document`].
//!
//! Stages run in a fixed order, each a function of the text and the stages
//! before it: validate -> paragraphs -> sentences -> tokens -> header ->
//! parts -> language, then, for a language Nutshell has facts for, the fact
//! stages (`Facts::find`). Everything is computed once; the contract view
//! ([`super::analysis::Analysis`]) and later stages only read it.

use super::calendar::Date;
use super::entities::canonical::name_mentions;
use super::entities::{self, confidence, Label, Mention};
use super::error::Error;
use super::options::Options;
use super::span::Span;
use super::validate;
use crate::engine::attribution::people::people;
use crate::engine::attribution::quotes::{find_quotes, Quote};
use crate::engine::attribution::roles::{find_roles, Role};
use crate::engine::attribution::speakers::Speakers;
use crate::engine::attribution::statements::{find_statements, Statement};
use crate::engine::facts::dates::{
    date_by_the_quarter, date_by_the_text_before, find_dates, DateMention, DateType,
};
use crate::engine::facts::keyphrases::{self, Keyphrase, Names};
use crate::engine::facts::numbers::{find_numbers, Kind as NumberKind, NumberMention};
use crate::engine::lexicon::{self, Lexicon};
use crate::engine::segmentation::language::{self, Support};
use crate::engine::segmentation::metadata::{read_header, Header};
use crate::engine::segmentation::paragraphs::{split_paragraphs, Paragraph};
use crate::engine::segmentation::parts::{classify, Part};
use crate::engine::segmentation::sentences::{split_sentences, Sentence};
use crate::engine::segmentation::tokens::{tokenize, Token};
use crate::engine::sort;

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
    /// What each sentence is in the article (same order as `sentences`).
    pub parts: Vec<Part>,
    /// The article's date: the caller's, else the date line's.
    pub date: Option<Date>,
    /// ISO 639-1 code of the text's language.
    pub language: &'static str,
    /// What Nutshell can do in that language; the fact lists are empty
    /// unless [`Support::Full`] (the key phrases too, unless the language
    /// has word lists of its own).
    pub support: Support,
    /// The word lists and stemmer of that language.
    pub lexicon: &'static Lexicon,
    /// Every named-entity mention, in text order, with its canonical name,
    /// confidence and whether its card shows by default.
    pub entities: Vec<Named>,
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

/// One named-entity mention with what the stages found about it: one list
/// of entities, where the names, confidences and what is shown were once
/// vectors kept beside the mentions in the same order (issue 12).
#[derive(Debug, Clone, PartialEq)]
pub struct Named {
    /// Where it is and what kind of name it is.
    pub mention: Mention,
    /// The full name it refers to ("Singh" -> "Rajnath Singh").
    pub name: String,
    /// How sure the engine is of it, 0..1.
    pub confidence: f32,
    /// Whether its card shows by default.
    pub shown: bool,
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
    sort::sort_by_key(&mut titles, |t| t.start);
    numbers.retain(|n| !n.span.overlaps_any(&named) && !n.span.overlaps_any(&titles));
}

/// The names the People, Organisations and Places cards show, which the
/// key phrases leave to them: every mention's span, and the text and
/// full name of each mention shown by default.
fn carded_names(text: &str, mentions: &[Mention], names: &[String], shown: &[bool]) -> Names {
    let mut carded = Names::default();
    for ((m, name), &shown) in mentions.iter().zip(names).zip(shown) {
        if !matches!(m.label, Label::Per | Label::Org | Label::Loc) {
            continue;
        }
        carded.spans.push(m.span);
        if shown {
            carded.written.insert(Names::key(m.span.of(text)));
            carded.written.insert(Names::key(name));
        }
    }
    carded
}

/// The tokens of the sentences that are the article's own text: the topic
/// is the article's, and a date line's "date", a byline's names or a
/// caption's credit are not part of it (a headline is).
fn topical<'a>(parts: &[Part], tokens: &'a [Vec<Token>]) -> Vec<&'a [Token]> {
    parts
        .iter()
        .zip(tokens)
        .filter(|(part, _)| part.is_article_text())
        .map(|(_, t)| t.as_slice())
        .collect()
}

/// What the fact stages find, before it joins the [`Document`].
#[derive(Default)]
struct Facts {
    entities: Vec<Named>,
    roles: Vec<Role>,
    quotes: Vec<Quote>,
    statements: Vec<Statement>,
    dates: Vec<DateMention>,
    numbers: Vec<NumberMention>,
    keyphrases: Vec<Keyphrase>,
}

impl Facts {
    /// Run the fact stages in order: entities -> dates -> numbers ->
    /// canonical names -> key phrases -> roles -> quotes -> statements,
    /// with the filters between them (a date's words are no name, a
    /// currency no organisation, a number inside a name no figure, a name
    /// or figure no key phrase).
    fn find(
        text: &str,
        paragraphs: &[Paragraph],
        starts: &[usize],
        tokens: &[Vec<Token>],
        all_tokens: &[Token],
        parts: &[Part],
        date: Option<Date>,
    ) -> Facts {
        let mut mentions = entities::recognise(text, tokens);
        let mut dates: Vec<DateMention> = tokens
            .iter()
            .flat_map(|t| find_dates(text, t, date))
            .collect();
        date_by_the_quarter(text, &mut dates);
        date_by_the_text_before(text, &mut dates);
        let mut numbers: Vec<NumberMention> =
            tokens.iter().flat_map(|t| find_numbers(text, t)).collect();
        // A length of time may be a number too ("two hours": a duration in
        // both lists); a calendar date or time is no number.
        let calendar: Vec<Span> = dates
            .iter()
            .filter(|d| matches!(d.kind, DateType::Date | DateType::Time))
            .map(|d| d.span)
            .collect();
        numbers.retain(|n| !n.span.overlaps_any(&calendar));
        let dated: Vec<Span> = dates.iter().map(|d| d.span).collect();
        let topical = topical(parts, tokens);
        drop_currency_names(text, &mut mentions, &numbers);
        // "Feb" of "Feb 24" is a date's, not a name.
        mentions.retain(|m| !m.span.inside_any(&dated));
        let mut facts: Vec<Span> = dated.to_vec();
        // A count's noun ("passengers" of "1,200 passengers") stays a
        // word of the text for key phrases.
        facts.extend(numbers.iter().map(|n| n.figure));
        sort::sort_by_key(&mut facts, |f| f.start);
        let names = name_mentions(text, &mut mentions);
        let confidences: Vec<f32> = confidence::evidence(text, &mentions, &names, starts)
            .iter()
            .map(confidence::confidence)
            .collect();
        let shown = confidence::shown(text, &mentions, &names, &confidences);
        let carded = carded_names(text, &mentions, &names, &shown);
        let keyphrases =
            keyphrases::extract(text, &topical, &facts, &carded, lexicon::for_language("en"));
        let roles = find_roles(text, tokens, &mentions, &dated);
        drop_naming_numbers(&mut numbers, &mentions, &roles);
        let people = people(text, &mentions, &names);
        let speakers = Speakers::new(text, &mentions, &people, &roles, starts);
        let quotes = find_quotes(text, paragraphs, all_tokens, &speakers);
        let quote_spans: Vec<_> = quotes.iter().map(|q| q.span).collect();
        let statements = find_statements(text, tokens, &speakers, &quote_spans);
        let entities = mentions
            .into_iter()
            .zip(names)
            .zip(confidences.into_iter().zip(shown))
            .map(|((mention, name), (confidence, shown))| Named {
                mention,
                name,
                confidence,
                shown,
            })
            .collect();
        Facts {
            entities,
            roles,
            quotes,
            statements,
            dates,
            numbers,
            keyphrases,
        }
    }
}

impl<'t> Document<'t> {
    /// The entities that start within `from..to`: a slice of
    /// [`Document::entities`], which are in text order, found by two binary
    /// searches. A check made for every sentence that scanned every entity
    /// instead made the summary quadratic on long texts (a megabyte of
    /// names with commas took seconds).
    pub fn entities_starting_in(&self, from: usize, to: usize) -> &[Named] {
        let first = self
            .entities
            .partition_point(|e| e.mention.span.start < from);
        let last = self.entities.partition_point(|e| e.mention.span.start < to);
        &self.entities[first..last.max(first)]
    }

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
        let language = options.language.unwrap_or_else(|| language::detect(text));
        let lexicon = lexicon::for_language(language);
        let sentences = split_sentences(text, &paragraphs, lexicon);
        let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| tokenize(text, s.span)).collect();
        let header = read_header(text, &sentences);
        let parts = classify(text, &sentences, &header);
        let date = options
            .date
            .or(header.date.map(|d| d.1))
            .or(header.opening_date);
        let all_tokens: Vec<Token> = tokens.iter().flatten().copied().collect();
        let support = language::support(language);
        // Facts only where the rules and models are for the text's language:
        // English names, dates and key phrases read into German are wrong
        // cards, and a wrong card costs a reader more than a missing one.
        let facts = if support == Support::Full {
            let starts: Vec<usize> = sentences.iter().map(|s| s.span.start).collect();
            Facts::find(
                text,
                &paragraphs,
                &starts,
                &tokens,
                &all_tokens,
                &parts,
                date,
            )
        } else if lexicon.has_lists {
            // A language with its own function words and stemmer gets its
            // key phrases (never a function word); with no tagger for its
            // names, dates or numbers here, nothing is left to their cards.
            Facts {
                keyphrases: keyphrases::extract(
                    text,
                    &topical(&parts, &tokens),
                    &[],
                    &Names::default(),
                    lexicon,
                ),
                ..Facts::default()
            }
        } else {
            Facts::default()
        };
        Ok(Document {
            text,
            paragraphs,
            sentences,
            tokens,
            header,
            parts,
            date,
            language,
            support,
            lexicon,
            entities: facts.entities,
            roles: facts.roles,
            quotes: facts.quotes,
            statements: facts.statements,
            dates: facts.dates,
            numbers: facts.numbers,
            keyphrases: facts.keyphrases,
        })
    }

    /// How many words the text has.
    pub fn word_count(&self) -> usize {
        self.tokens.iter().flatten().filter(|t| t.is_word()).count()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The key phrases of a short article in `language` (fixtures written
    /// for these tests), with the language detected.
    fn keyphrases_of(language: &str) -> (Document<'static>, Vec<String>) {
        let text: &'static str = match language {
            "de" => include_str!("../../tests/fixtures/languages/de.txt"),
            "fr" => include_str!("../../tests/fixtures/languages/fr.txt"),
            _ => include_str!("../../tests/fixtures/languages/es.txt"),
        };
        let doc = Document::parse(text, &Options::default()).unwrap();
        let phrases = doc.keyphrases.iter().map(|k| k.text.clone()).collect();
        (doc, phrases)
    }

    #[test]
    fn german_french_and_spanish_key_phrases_are_topics_never_function_words() {
        for (language, topic) in [("de", "Brücke"), ("fr", "pont"), ("es", "puente")] {
            let (doc, phrases) = keyphrases_of(language);
            assert_eq!(doc.language, language);
            assert_eq!(doc.support, Support::Summary);
            assert_eq!(
                phrases.first().map(String::as_str),
                Some(topic),
                "{phrases:?}"
            );
            for phrase in &phrases {
                for word in phrase.split(' ') {
                    assert!(
                        !doc.lexicon.is_no_edge(&word.to_lowercase()),
                        "{language}: {phrase:?} in {phrases:?}"
                    );
                }
            }
            // No names, dates or numbers are guessed for these languages.
            assert!(doc.entities.is_empty() && doc.dates.is_empty() && doc.numbers.is_empty());
        }
    }
}
