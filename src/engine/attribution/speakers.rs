//! Who says things: the verbs of speech that news writing attributes words
//! with, and the person or organisation such a verb belongs to.
//!
//! News attribution is formulaic (Pareti 2015, "Attribution: A
//! Computational Approach", on the PARC corpus: most attributions are a
//! speech verb next to a named source or a pronoun). So the source is the
//! PER or ORG mention nearest the verb, or, for "he"/"she", the last person
//! named before the quote who may be a man or a woman respectively
//! ([`crate::engine::attribution::gender`]), or the subject of that
//! person's sentence when they are its object ([`Speakers::person_for`]),
//! which is how readers resolve them too.
//! A source the text does not name is given as the text gives it ("police
//! said", "a council spokesman said", "his children said"), the way the
//! issue's readers asked for it instead of no speaker; a description that
//! ends in a role's head word already given to a person ("the Arsenal
//! boss" after "Arsenal boss Arsene Wenger") is that person.

use std::collections::HashMap;

use crate::engine::attribution::gender::{self, Gender};
use crate::engine::attribution::people::People;
use crate::engine::attribution::roles::{is_head_word, Role};
use crate::engine::entities::{Label, Mention};
use crate::engine::lexicon::en::names::CONJUNCTIONS;
use crate::engine::lexicon::en::roles::DESCRIPTION_HEADS;
use crate::engine::lexicon::en::speech::{
    AUXILIARIES, NOT_SOURCES, SOURCE_DETERMINERS, SOURCE_NOUNS, SPEECH_VERBS, SUBJECT_OPENERS,
};
use crate::engine::segmentation::tokens::{is_quote_mark, Token};
use crate::engine::span::Span;

/// How far (in tokens) a named source may sit from its verb.
const MAX_SOURCE_DISTANCE: usize = 6;

/// Longest aside, in tokens, between a source and its verb (", a
/// spokesman for the Pentagon,").
const MAX_ASIDE: usize = 12;

/// How far (bytes) before the last person named their sentence's subject
/// may stand and still be the one a pronoun stands for: run-on captions
/// make some "sentences" very long.
const MAX_SUBJECT_REACH: usize = 200;

/// How many mentions back from a pronoun [`Speakers::person_for`] looks,
/// both for the last person who fits and for the one named most. Looking
/// back over every mention made the attribution quadratic: 32,000 words of
/// "Bob Ray came. 'Go,' she said." took a minute natively, each "she"
/// passing every "Bob Ray" before it. A pronoun's antecedent in news is a
/// few sentences back; on 4,712 dev texts no output changes with this
/// window.
const MAX_ANTECEDENT_MENTIONS: usize = 200;

/// Longest unnamed source, in tokens.
const MAX_PHRASE: usize = 6;

/// Index of the first of the auxiliaries and adverbs right before the
/// verb `tokens[verb]` ("has", "also": "Khrenin has underscored"), where
/// its subject ends; `verb` when there are none.
pub fn before_auxiliaries(text: &str, tokens: &[Token], verb: usize) -> usize {
    let mut end = verb;
    while end > 0
        && AUXILIARIES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(tokens[end - 1].span.of(text)))
    {
        end -= 1;
    }
    end
}

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
    /// The name of each mention as a speaker (same order,
    /// [`People::names`]).
    pub names: &'a [String],
    /// Whether each mention names a person ([`People::is_person`]).
    is_person: &'a [bool],
    /// Where each sentence starts (bytes, in order).
    sentence_starts: &'a [usize],
    /// The gender of each canonical person name, where the text or the
    /// first name says it ([`gender`]).
    genders: HashMap<&'a str, Gender>,
    /// The head word (lowercased) of each role and the mention holding it,
    /// in text order, for reading descriptions ("the club manager").
    role_heads: Vec<(String, usize)>,
    /// The mentions of organisations (in text order) by the last word of
    /// their name, ASCII-lowercased: "association" for "Harbour Pilots
    /// Association", found without passing every mention before the
    /// description (which made many descriptions quadratic).
    organisation_heads: HashMap<String, Vec<usize>>,
}

impl<'a> Speakers<'a> {
    /// The speakers of `text`, given its mentions, who among them is a
    /// person and by which name ([`People`], same order) and where its
    /// sentences start. A title before any mention of a person ("Mrs
    /// Lund") wins over the first name's usual gender.
    pub fn new(
        text: &'a str,
        mentions: &'a [Mention],
        people: &'a People,
        roles: &[Role],
        sentence_starts: &'a [usize],
    ) -> Speakers<'a> {
        let names = people.names.as_slice();
        let persons = || {
            mentions
                .iter()
                .zip(names)
                .zip(&people.is_person)
                .filter(|(_, &p)| p)
                .map(|(pair, _)| pair)
        };
        let mut genders: HashMap<&'a str, Gender> = HashMap::new();
        for (m, name) in persons() {
            if let Some(g) = gender::of_title_before(text, m.span.start) {
                genders.insert(name.as_str(), g);
            }
        }
        for (_, name) in persons() {
            if let Some(g) = gender::of_name(name) {
                genders.entry(name.as_str()).or_insert(g);
            }
        }
        let role_heads = roles
            .iter()
            .filter_map(|r| {
                let head = r.span.of(text).split_whitespace().last()?.to_lowercase();
                Some((head, r.mention))
            })
            .collect();
        let mut organisation_heads: HashMap<String, Vec<usize>> = HashMap::new();
        for (m, (mention, name)) in mentions.iter().zip(names).enumerate() {
            if let Some(head) = name.split_whitespace().last() {
                if mention.label == Label::Org {
                    organisation_heads
                        .entry(head.to_ascii_lowercase())
                        .or_default()
                        .push(m);
                }
            }
        }
        Speakers {
            text,
            mentions,
            names,
            is_person: &people.is_person,
            sentence_starts,
            genders,
            role_heads,
            organisation_heads,
        }
    }

    /// Whether `span` lies in the mention of a person.
    pub fn is_person_at(&self, span: Span) -> bool {
        self.source_at(span).is_some_and(|m| self.is_person[m])
    }

    /// Whether the person called `name` is named inside `span` ("I think
    /// Falcao must be biting his fingers": Falcao is spoken of, so he is
    /// not the one speaking).
    pub fn names_person_in(&self, span: Span, name: &str) -> bool {
        let first = self.mentions.partition_point(|m| m.span.start < span.start);
        self.mentions[first..]
            .iter()
            .zip(&self.names[first..])
            .zip(&self.is_person[first..])
            .take_while(|((m, _), _)| m.span.start < span.end)
            .any(|((m, n), &p)| p && m.span.end <= span.end && n == name)
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

    /// The person "he" or "she" (`gender`) at byte `at` stands for: of the
    /// people named before it who may be `gender` (known to be it, or not
    /// known), not counting names inside any of `skip` (sorted, not
    /// overlapping: words inside quotes are seldom the speaker's own name)
    /// nor possessives ("Siler's mother": the mother is the topic), the
    /// last one named, unless the sentence naming them opens with another
    /// person who fits as its subject ("Dirar revealed that Falcao was not
    /// happy. '...,' he said": Dirar). Readers and centering theory (Grosz,
    /// Joshi & Weinstein 1995) take a sentence's subject as the likeliest
    /// antecedent of the next pronoun; the last name named wins otherwise.
    /// Only the last [`MAX_ANTECEDENT_MENTIONS`] mentions (of any kind)
    /// before `at` are looked at.
    pub fn person_for(&self, at: usize, skip: &[Span], gender: Gender) -> Option<&'a str> {
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        let window = before.saturating_sub(MAX_ANTECEDENT_MENTIONS)..before;
        let fits = |m: usize| {
            self.is_person[m]
                && self
                    .genders
                    .get(self.names[m].as_str())
                    .is_none_or(|&known| known == gender)
                && !inside(self.mentions[m].span, skip)
        };
        let last = window
            .clone()
            .rev()
            .find(|&m| fits(m) && !self.is_possessive(m))?;
        let start = self.mentions[last].span.start;
        if let Some(main) = self
            .run_on_between(self.mentions[last].span.end, at)
            .then(|| self.most_named(window, fits))
            .flatten()
        {
            return Some(main);
        }
        // The reach is in bytes: moved on to a character's start, so that
        // the text can be sliced there (a run of curly apostrophes put it
        // inside one: found by the fuzz target).
        let mut sentence = self
            .sentence_start(start)
            .max(start.saturating_sub(MAX_SUBJECT_REACH));
        while !self.text.is_char_boundary(sentence) {
            sentence += 1;
        }
        // The subject wins over an object ("banned Guffick"), not over a
        // clause's own subject ("... and Rodgers now wants"); a lone word
        // the tagger took for a name ("Zoo visitor Terra Lurie") is no
        // subject to trust.
        let subject = (0..last)
            .rev()
            .take_while(|&m| self.mentions[m].span.start >= sentence)
            .filter(|&m| self.is_person[m] && !inside(self.mentions[m].span, skip))
            .last()
            .filter(|&m| {
                fits(m)
                    && self.names[m].contains(' ')
                    && self.opens_sentence(m, sentence)
                    && !self.opens_clause(last)
            });
        Some(self.names[subject.unwrap_or(last)].as_str())
    }

    /// Whether a sentence the text does not end stands between bytes
    /// `from` and `at`, where a caption run into the text (pages flattened
    /// to text lose the break after a photo's caption) put the last name
    /// named: a capital "He"/"She" right after a lowercase word ("... after
    /// he was dropped He told"), or a quote opening with a capital right
    /// after a name ("... and David Beckham 'Leicester always wanted me,'
    /// he added").
    fn run_on_between(&self, from: usize, at: usize) -> bool {
        let Some(gap) = self.text.get(from..at) else {
            return false;
        };
        let pronoun = gap.match_indices([' ']).any(|(i, _)| {
            let (before, after) = (&gap[..i], &gap[i + 1..]);
            let word = after
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or_default();
            before.ends_with(char::is_lowercase)
                && word.starts_with(char::is_uppercase)
                && is_person_pronoun(word)
        });
        let mut quote = self.text.get(at..).unwrap_or_default().chars();
        let opens_capital = quote
            .next()
            .is_some_and(|c| matches!(c, '"' | '“' | '‘' | '\'' | '«' | '„'))
            && quote.next().is_some_and(char::is_uppercase);
        pronoun || gap.trim().is_empty() && opens_capital
    }

    /// The person named most often among the mentions `within` of those
    /// that `fits`, when named at least twice and more often than anyone
    /// else: who the article is about, and the likeliest speaker when the
    /// last name named stood in a caption.
    fn most_named(
        &self,
        within: std::ops::Range<usize>,
        fits: impl Fn(usize) -> bool,
    ) -> Option<&'a str> {
        let names: &'a [String] = self.names;
        let mut counts: HashMap<&'a str, usize> = HashMap::new();
        for m in within.filter(|&m| fits(m)) {
            *counts.entry(names[m].as_str()).or_default() += 1;
        }
        let most = counts.values().copied().max()?;
        let mut top = counts.iter().filter(|&(_, &n)| n == most);
        match (top.next(), top.next()) {
            (Some((&name, _)), None) if most >= 2 => Some(name),
            _ => None,
        }
    }

    /// Whether mention `m` follows a conjunction or a sentence's start,
    /// so that it is a clause's subject rather than an object.
    fn opens_clause(&self, m: usize) -> bool {
        let before = self.text[..self.mentions[m].span.start].trim_end();
        let word = before
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or_default();
        before.is_empty()
            || before.ends_with(['.', '!', '?', ';'])
            || CONJUNCTIONS.contains(&word.to_lowercase().as_str())
    }

    /// Where the sentence holding byte `at` starts.
    fn sentence_start(&self, at: usize) -> usize {
        let i = self.sentence_starts.partition_point(|&s| s <= at);
        i.checked_sub(1).map_or(0, |i| self.sentence_starts[i])
    }

    /// Whether mention `m` is a possessive ("Siler's", "Siler ' s").
    fn is_possessive(&self, m: usize) -> bool {
        let rest: String = self.text[self.mentions[m].span.end..]
            .chars()
            .take(4)
            .filter(|c| !c.is_whitespace())
            .collect();
        rest.starts_with("'s") || rest.starts_with("’s")
    }

    /// Whether mention `m` opens the sentence starting at byte `sentence`
    /// as its subject: only capitalised words (titles, "And"), role nouns
    /// ("zoo visitor") and a few function words stand before it.
    fn opens_sentence(&self, m: usize, sentence: usize) -> bool {
        let start = self.mentions[m].span.start;
        let words: Vec<&str> = self.text[sentence..start]
            .split(|c: char| !c.is_alphanumeric() && c != '-')
            .filter(|w| !w.is_empty())
            .collect();
        !self.is_possessive(m)
            && !self.text[sentence..start].contains(['"', '“', '”', '‘', '’', ','])
            && words.len() <= MAX_SOURCE_DISTANCE
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase) || is_head_word(w) || SUBJECT_OPENERS.contains(w)
            })
    }

    /// The source of the speech verb `tokens[verb]`: its subject, the first
    /// named PER or ORG mention or "he"/"she" before it, else a source the
    /// text does not name right before it ([`Self::unnamed_source`]), else,
    /// where `inverted` (an attribution after its quote: ", said Singh",
    /// ", said a spokesman"), the first one after it. A pronoun resolves to the last person named
    /// before byte `anchor`; an organisation followed by a lowercase noun
    /// ("the Pentagon spokesman") or after "of" ("X, of Kuopio University,
    /// warned") is a modifier, not the source. Auxiliaries ("has said") and
    /// an aside between commas or dashes before the verb are stepped over.
    pub fn source_of(
        &self,
        tokens: &[Token],
        verb: usize,
        inverted: bool,
        anchor: usize,
        skip: &[Span],
    ) -> Option<String> {
        let word = |i: usize| tokens[i].span.of(self.text);
        let mut end = before_auxiliaries(self.text, tokens, verb);
        // "Lena Brandt, the head of Northwind - which represents Ola Sved -
        // has said": a dashed aside, then maybe an appositive.
        let dash = |i: &usize| matches!(word(*i), "-" | "–" | "—");
        if let Some(open) = end
            .checked_sub(1)
            .filter(dash)
            .and_then(|close| (close.saturating_sub(MAX_ASIDE)..close).rev().find(dash))
        {
            end = open;
        }
        // "Dr Antti Saari, of Kuopio University Hospital, warned": the
        // subject stands before the aside that ends at the verb.
        let comma = |i: &usize| word(*i) == ",";
        let aside_start = end
            .checked_sub(1)
            .filter(comma)
            .and_then(|close| (close.saturating_sub(MAX_ASIDE)..close).rev().find(comma));
        let before_aside = aside_start
            .into_iter()
            .flat_map(|open| (open.saturating_sub(MAX_SOURCE_DISTANCE)..open).rev());
        let before = (end.saturating_sub(MAX_SOURCE_DISTANCE)..end).rev();
        // "Mark Hargreaves, the CEO of Crown Media - who ... - has said".
        let before_appositive = (end.saturating_sub(MAX_ASIDE)..end)
            .rev()
            .find(comma)
            .into_iter()
            .flat_map(|open| (open.saturating_sub(MAX_SOURCE_DISTANCE)..open).rev());
        // Only an attribution after a quote is inverted (", said Singh"):
        // in "X insists he ... '...'" the "he" is the reported clause's
        // subject.
        let reach = if inverted { MAX_SOURCE_DISTANCE } else { 0 };
        let after = verb + 1..tokens.len().min(verb + 1 + reach);
        let named = |i: usize| self.source_token(tokens, i, anchor, skip);
        if let Some(person) =
            aside_start.and_then(|open| self.named_by_aside(tokens, open, end - 1))
        {
            return Some(person.to_string());
        }
        if let Some(found) = before_aside.chain(before).find_map(named) {
            return found.map(str::to_string);
        }
        // "Mark Hargreaves, the CEO of Crown Media, has said": the person
        // an appositive describes, not the appositive.
        if let Some(person) = before_appositive.clone().next().and_then(|i| {
            let m = self.source_at(tokens[i].span)?;
            self.is_person[m].then(|| self.names[m].clone())
        }) {
            return Some(person);
        }
        if let Some(source) = self.unnamed_source(tokens, end, false, anchor, skip) {
            return Some(source);
        }
        match before_appositive.chain(after).find_map(named) {
            Some(found) => found.map(str::to_string),
            None if inverted => self.unnamed_source(tokens, verb + 1, true, anchor, skip),
            None => None,
        }
    }

    /// The person an aside between the commas or dashes at tokens `open`
    /// and `close` names, when it is nothing but a person's name: "The head
    /// of St Fintian's school, Richard Fogarty, said" (the appositive names
    /// the subject, not the school before it).
    fn named_by_aside(&self, tokens: &[Token], open: usize, close: usize) -> Option<&'a str> {
        let (first, last) = (tokens.get(open + 1)?, tokens.get(close.checked_sub(1)?)?);
        let m = self.source_at(first.span)?;
        let span = self.mentions[m].span;
        (close > open + 1
            && self.is_person[m]
            && span.start == first.span.start
            && span.end == last.span.end)
            .then(|| self.names[m].as_str())
    }

    /// The subject of a verb whose aside closes at token `close` (a comma
    /// or dash): "Lord Harris, who sits on the board, said", "Her
    /// husband, Tom Hale, said". The aside must open within [`MAX_ASIDE`]
    /// tokens with no quote mark between (a quote's closing comma is no
    /// aside's); the source is a name or he/she right before it, the aside
    /// itself when it is only a name, or a source the text does not name
    /// that opens the clause.
    pub fn subject_before_aside(
        &self,
        tokens: &[Token],
        close: usize,
        anchor: usize,
        skip: &[Span],
    ) -> Option<String> {
        let word = |i: usize| tokens[i].span.of(self.text);
        let open = (close.saturating_sub(MAX_ASIDE)..close)
            .rev()
            .take_while(|&k| !is_quote_mark(word(k)))
            .find(|&k| matches!(word(k), "," | "-" | "–" | "—"))?;
        if let Some(person) = self.named_by_aside(tokens, open, close) {
            return Some(person.to_string());
        }
        if let Some(named) = (open.saturating_sub(MAX_SOURCE_DISTANCE)..open)
            .rev()
            .find_map(|i| self.source_token(tokens, i, anchor, skip))
        {
            return named.map(str::to_string);
        }
        // "But the panel, run by the college, said": a source the text
        // does not name, when it opens the clause (not "... on her blog -
        // web diary - says", whose subject stands further back).
        let (source, first) = self.unnamed_phrase(tokens, open, false, anchor, skip)?;
        tokens[..first]
            .iter()
            .all(|t| SUBJECT_OPENERS.contains(&t.span.of(self.text).to_lowercase().as_str()))
            .then_some(source)
    }

    /// A source the text does not name: the noun phrase ending right
    /// before token `at` ("the spokesman said", "police say", "her sons
    /// said"), or, `forward`, the one starting at `at` ("said a Pentagon
    /// spokesman"), with a sentence's capital on its first word lowered. A
    /// phrase with no determiner must stand alone ("police said", not
    /// "the plan police said"). A description whose head word a person
    /// named before byte `anchor` holds as a role is that person; one whose
    /// head word ends an organisation's name is that organisation.
    pub fn unnamed_source(
        &self,
        tokens: &[Token],
        at: usize,
        forward: bool,
        anchor: usize,
        skip: &[Span],
    ) -> Option<String> {
        self.unnamed_phrase(tokens, at, forward, anchor, skip)
            .map(|(source, _)| source)
    }

    /// [`Self::unnamed_source`] and the index of the phrase's first token.
    fn unnamed_phrase(
        &self,
        tokens: &[Token],
        at: usize,
        forward: bool,
        anchor: usize,
        skip: &[Span],
    ) -> Option<(String, usize)> {
        let word = |i: usize| tokens[i].span.of(self.text);
        let is_determiner = |i: usize| {
            SOURCE_DETERMINERS
                .iter()
                .any(|d| d.eq_ignore_ascii_case(word(i)))
        };
        let part = |i: usize| {
            let w = word(i);
            (tokens[i].is_word() || w == "'s" || w == "’s")
                && !is_speech_verb(w)
                && self
                    .source_at(tokens[i].span)
                    .is_none_or(|m| !self.is_person[m])
        };
        let (first, last) = if forward {
            if at >= tokens.len() || !is_determiner(at) {
                return None;
            }
            let stop = (at + 1..tokens.len().min(at + MAX_PHRASE))
                .find(|&i| {
                    !part(i) || word(i).starts_with(char::is_lowercase) && !is_noun_like(word(i))
                })
                .unwrap_or(tokens.len().min(at + MAX_PHRASE));
            // "a spokesman for Dunmore County Council": the body spoken for
            // belongs to the source.
            let body = (stop + 1 < tokens.len()
                && matches!(word(stop), "for" | "of" | "with" | "at"))
            .then(|| self.source_at(tokens[stop + 1].span))
            .flatten()
            .filter(|&m| !self.is_person[m])
            .map(|m| tokens.partition_point(|t| t.span.end <= self.mentions[m].span.end));
            (at, body.unwrap_or(stop).checked_sub(1)?)
        } else {
            let last = at.checked_sub(1)?;
            let mut first = last;
            while !is_determiner(first) {
                if first == 0 || last - first + 1 >= MAX_PHRASE || !part(first - 1) {
                    break;
                }
                first -= 1;
            }
            if !is_determiner(first) {
                // No determiner: a bare plural or mass noun that opens its
                // clause ("police said", "officials say").
                let alone = first == 0 || !tokens[first - 1].is_word();
                if first != last || !alone {
                    return None;
                }
            }
            (first, last)
        };
        let head = word(last).to_lowercase();
        let is_source = last > first || !is_determiner(first);
        let verb_like = (first + 1..=last).any(|i| {
            let w = word(i).to_lowercase();
            NOT_SOURCES.contains(&w.as_str()) || AUXILIARIES.contains(&w.as_str())
        });
        if !is_source
            || verb_like
            || !part(last)
            || !head.chars().all(char::is_alphabetic)
            || head.ends_with("ly")
            || NOT_SOURCES.contains(&head.as_str())
            || gender::of_pronoun(&head).is_some()
        {
            return None;
        }
        if last > first && is_head_word(&head) {
            if let Some(person) = self.holder_of(&head, anchor) {
                return Some((person.to_string(), first));
            }
        }
        // "the former Rovers defender", "the Frenchman": a definite
        // description of a person, when one person named just before fits.
        if last > first
            && word(first).eq_ignore_ascii_case("the")
            && (is_head_word(&head) || DESCRIPTION_HEADS.contains(&head.as_str()))
        {
            if let Some(person) = self.described(tokens[first].span.start, skip) {
                return Some((person.to_string(), first));
            }
        }
        if last > first && self.source_at(tokens[last].span).is_none() {
            if let Some(body) = self.organisation_ending_in(&head, anchor) {
                return Some((body.to_string(), first));
            }
        }
        // A bare word must be a common noun: written in lower case, a
        // usual source ("Police say ..."), or written in lower case
        // elsewhere in the text; a capital alone may be a name the tagger
        // missed ("Okoro claims ...").
        let common = |w: &str| {
            w.starts_with(char::is_lowercase)
                || SOURCE_NOUNS.contains(&w.to_lowercase().as_str())
                || self
                    .text
                    .split(|c: char| !c.is_alphanumeric())
                    .any(|other| other == w.to_lowercase())
        };
        if first == last {
            // A common noun, so its capital is the sentence's.
            return common(word(first)).then(|| (word(first).to_lowercase(), first));
        }
        let phrase = &self.text[tokens[first].span.start..tokens[last].span.end];
        let source = if is_determiner(first) {
            let determiner = word(first).to_lowercase();
            format!("{determiner}{}", &phrase[word(first).len()..])
        } else {
            phrase.to_string()
        };
        Some((source, first))
    }

    /// The person a definite description at byte `at` stands for ("Dara
    /// Quinn scored twice. The former Rovers defender said"): of the last
    /// sentence before it that names a person outside `skip` (words in
    /// quotes), the one person it names, or the person who opens it as its
    /// subject when every other is an object ("Quinn, pictured in May,
    /// backed Ian Reid"), named no more than [`MAX_SUBJECT_REACH`] bytes
    /// before. Centering theory (Grosz, Joshi & Weinstein 1995) makes the
    /// last sentence's subject the likeliest referent; where two people fit
    /// ("Quinn and Reid met"), nobody is chosen and the description stands.
    fn described(&self, at: usize, skip: &[Span]) -> Option<&'a str> {
        let named = |m: usize| self.is_person[m] && !inside(self.mentions[m].span, skip);
        let before = self.mentions.partition_point(|m| m.span.end <= at);
        // A person named further back than the reach is never chosen, so
        // the search stops there: searching every mention before it made
        // a text of many descriptions and no people quadratic.
        let reach = at.saturating_sub(MAX_SUBJECT_REACH);
        let last = (0..before)
            .rev()
            .take_while(|&m| self.mentions[m].span.start >= reach)
            .find(|&m| named(m))?;
        let sentence = self.sentence_start(self.mentions[last].span.start);
        let people: Vec<usize> = (0..=last)
            .rev()
            .take_while(|&m| self.mentions[m].span.start >= sentence)
            .filter(|&m| named(m))
            .collect();
        let first = *people.last()?;
        let one = people.iter().all(|&m| self.names[m] == self.names[first]);
        let subject = self.opens_sentence(first, sentence)
            && people
                .iter()
                .all(|&m| self.names[m] == self.names[first] || !self.opens_clause(m));
        (at - self.mentions[first].span.start <= MAX_SUBJECT_REACH && (one || subject))
            .then(|| self.names[first].as_str())
    }

    /// The canonical name of the last organisation named before byte
    /// `anchor` whose name ends in `head` ("the pilots association" for
    /// "Harbour Pilots Association").
    fn organisation_ending_in(&self, head: &str, anchor: usize) -> Option<&'a str> {
        let named = self.organisation_heads.get(&head.to_ascii_lowercase())?;
        let before = named.partition_point(|&m| self.mentions[m].span.start < anchor);
        let m = *named[..before].last()?;
        Some(self.names[m].as_str())
    }

    /// The canonical name of the last person named before byte `anchor`
    /// who holds a role ending in `head` ("manager").
    fn holder_of(&self, head: &str, anchor: usize) -> Option<&'a str> {
        self.role_heads
            .iter()
            .rev()
            .filter(|(h, m)| h == head && self.mentions[*m].span.start < anchor)
            .map(|&(_, m)| self.names[m].as_str())
            .next()
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
            return Some(self.person_for(anchor, skip, gender));
        }
        let m = self.source_at(token.span)?;
        let mention = self.mentions[m];
        // An organisation is no source when it qualifies a noun ("the
        // Pentagon spokesman"), a person ("Dr Antti Saari, of Kuopio
        // University Hospital, warned") or a spokesman ("a spokesman for
        // the council").
        // ("IRNA said", "NASA has said": the verb is no noun.)
        let next_lowercase = tokens
            .iter()
            .find(|t| t.span.start >= mention.span.end)
            .map(|t| t.span.of(self.text))
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase) && !is_speech_verb(w) && !AUXILIARIES.contains(&w)
            });
        let preposition = tokens
            .iter()
            .rposition(|t| t.span.end <= mention.span.start)
            .filter(|&k| {
                matches!(
                    tokens[k].span.of(self.text),
                    "of" | "at" | "from" | "for" | "with"
                )
            });
        // "Senator James Lankford of Oklahoma said": a name after a
        // person and "of" says where they are from, whatever its label
        // (the tagger may take a state for a person).
        let of_a_person = preposition
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| self.source_at(tokens[k].span))
            .is_some_and(|p| self.is_person[p]);
        let modifier =
            of_a_person || !self.is_person[m] && (next_lowercase || preposition.is_some());
        (!modifier).then(|| Some(self.names[m].as_str()))
    }
}

/// Whether a lowercase `word` may sit inside a source's noun phrase
/// ("council spokesman", "police department"): not a preposition or verb
/// that ends the phrase ("for", "in", "with").
fn is_noun_like(word: &str) -> bool {
    !matches!(
        word,
        "for" | "of" | "at" | "in" | "on" | "to" | "from" | "with" | "who" | "and" | "by"
    )
}

/// Whether `span` lies inside one of `spans` (sorted, not overlapping).
fn inside(span: Span, spans: &[Span]) -> bool {
    let after = spans.partition_point(|s| s.start <= span.start);
    after
        .checked_sub(1)
        .is_some_and(|i| span.end <= spans[i].end)
}
