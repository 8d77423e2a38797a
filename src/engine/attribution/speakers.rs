//! Who says things: the verbs of speech that news writing attributes words
//! with, and the person or organisation such a verb belongs to.
//!
//! News attribution is formulaic (Pareti 2015, "Attribution: A
//! Computational Approach", on the PARC corpus: most attributions are a
//! speech verb next to a named source or a pronoun). So the source is the
//! PER or ORG mention nearest the verb, or, for "he"/"she", the last person
//! named before the quote who may be a man or a woman respectively
//! ([`crate::engine::attribution::gender`]), which is how readers resolve them too.

use std::collections::HashMap;

use crate::engine::attribution::gender::{self, Gender};
use crate::engine::entities::{Label, Mention};
use crate::engine::lexicon::en::speech::SPEECH_VERBS;
use crate::engine::segmentation::tokens::Token;
use crate::engine::span::Span;

/// How far (in tokens) a named source may sit from its verb.
const MAX_SOURCE_DISTANCE: usize = 6;

/// Longest aside, in tokens, between a source and its verb (", a
/// spokesman for the Pentagon,").
const MAX_ASIDE: usize = 12;

/// Whether `word` is a verb of speech.
pub fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERBS.iter().any(|v| v.eq_ignore_ascii_case(word))
}

/// Whether `word` is "he" or "she", which stand for the last person named.
pub fn is_person_pronoun(word: &str) -> bool {
    gender::of_pronoun(word).is_some()
}

/// The text's mentions with their canonical names and what is known of
/// each person's gender, for finding sources.
#[derive(Debug, Clone)]
pub struct Speakers<'a> {
    /// The analysed text.
    pub text: &'a str,
    /// Every mention, in text order.
    pub mentions: &'a [Mention],
    /// The canonical name of each mention (same order).
    pub names: &'a [String],
    /// The gender of each canonical person name, where the text or the
    /// first name says it ([`gender`]).
    genders: HashMap<&'a str, Gender>,
}

impl<'a> Speakers<'a> {
    /// The speakers of `text`, given its mentions and their canonical names
    /// (same order). A title before any mention of a person ("Mrs Lund")
    /// wins over the first name's usual gender.
    pub fn new(text: &'a str, mentions: &'a [Mention], names: &'a [String]) -> Speakers<'a> {
        let mut genders: HashMap<&'a str, Gender> = HashMap::new();
        for (m, name) in mentions
            .iter()
            .zip(names)
            .filter(|(m, _)| m.label == Label::Per)
        {
            if let Some(g) = gender::of_title_before(text, m.span.start) {
                genders.insert(name.as_str(), g);
            }
        }
        for (_, name) in mentions
            .iter()
            .zip(names)
            .filter(|(m, _)| m.label == Label::Per)
        {
            if let Some(g) = gender::of_name(name) {
                genders.entry(name.as_str()).or_insert(g);
            }
        }
        Speakers {
            text,
            mentions,
            names,
            genders,
        }
    }

    /// Index of the PER or ORG mention that `span` lies in, if any.
    pub fn source_at(&self, span: Span) -> Option<usize> {
        let after = self
            .mentions
            .partition_point(|m| m.span.start <= span.start);
        let m = after.checked_sub(1)?;
        let mention = &self.mentions[m];
        (span.end <= mention.span.end && matches!(mention.label, Label::Per | Label::Org))
            .then_some(m)
    }

    /// The canonical name of the last person named before byte `at` who
    /// may be `gender` (known to be it, or not known), not counting names
    /// inside any of `skip` (sorted, not overlapping): words inside quotes
    /// are seldom the speaker's own name.
    pub fn last_person_before(&self, at: usize, skip: &[Span], gender: Gender) -> Option<&'a str> {
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        self.mentions[..before]
            .iter()
            .zip(self.names)
            .rev()
            .find(|(m, name)| {
                let fits = self
                    .genders
                    .get(name.as_str())
                    .is_none_or(|&known| known == gender);
                m.label == Label::Per && fits && !inside(m.span, skip)
            })
            .map(|(_, name)| name.as_str())
    }

    /// The source of the speech verb `tokens[verb]`: its subject, the first
    /// named PER or ORG mention or "he"/"she" before it, else, in an
    /// inverted attribution (", said Singh"), the first one after it. A
    /// pronoun resolves to the last person named before byte `anchor`; an
    /// organisation followed by a lowercase noun ("the Pentagon
    /// spokesman") or after "of" ("X, of Kuopio University, warned") is a
    /// modifier, not the source.
    pub fn source_of(
        &self,
        tokens: &[Token],
        verb: usize,
        anchor: usize,
        skip: &[Span],
    ) -> Option<&'a str> {
        // "Dr Antti Saari, of Kuopio University Hospital, warned": the
        // subject stands before the aside that ends at the verb.
        let comma = |i: &usize| tokens[*i].span.of(self.text) == ",";
        let aside_start = verb
            .checked_sub(1)
            .filter(comma)
            .and_then(|close| (close.saturating_sub(MAX_ASIDE)..close).rev().find(comma));
        let before_aside = aside_start
            .into_iter()
            .flat_map(|open| (open.saturating_sub(MAX_SOURCE_DISTANCE)..open).rev());
        let before = (verb.saturating_sub(MAX_SOURCE_DISTANCE)..verb).rev();
        let after = verb + 1..tokens.len().min(verb + 1 + MAX_SOURCE_DISTANCE);
        before_aside
            .chain(before)
            .chain(after)
            .find_map(|i| self.source_token(tokens, i, anchor, skip))
            .flatten()
    }

    /// The source that `tokens[i]` names, if it names one: `Some(None)`
    /// for a he/she with no person before byte `anchor` to stand for.
    pub fn source_token(
        &self,
        tokens: &[Token],
        i: usize,
        anchor: usize,
        skip: &[Span],
    ) -> Option<Option<&'a str>> {
        let token = tokens[i];
        let word = token.span.of(self.text);
        if let Some(gender) = gender::of_pronoun(word) {
            return Some(self.last_person_before(anchor, skip, gender));
        }
        let m = self.source_at(token.span)?;
        let mention = self.mentions[m];
        // An organisation is no source when it qualifies a noun ("the
        // Pentagon spokesman") or a person ("Dr Antti Saari, of Kuopio
        // University Hospital, warned").
        let next_lowercase = tokens
            .iter()
            .find(|t| t.span.start >= mention.span.end)
            .is_some_and(|t| t.span.of(self.text).starts_with(char::is_lowercase));
        let after_of = tokens
            .iter()
            .rev()
            .find(|t| t.span.end <= mention.span.start)
            .is_some_and(|t| matches!(t.span.of(self.text), "of" | "at" | "from"));
        let modifier = mention.label == Label::Org && (next_lowercase || after_of);
        (!modifier).then(|| Some(self.names[m].as_str()))
    }
}

/// Whether `span` lies inside one of `spans` (sorted, not overlapping).
fn inside(span: Span, spans: &[Span]) -> bool {
    let after = spans.partition_point(|s| s.start <= span.start);
    after
        .checked_sub(1)
        .is_some_and(|i| span.end <= spans[i].end)
}
