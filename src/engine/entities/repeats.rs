//! Names the tagger missed where the same document names them elsewhere:
//! "John Mills" in one sentence, "Mills then fired" opening the next (issue
//! 13: a surname opening a sentence after the full name is that person).
//!
//! A tagger reads one sentence at a time, and a capitalised word opening a
//! sentence is weak evidence on its own. The document is stronger
//! evidence: a name is written the same way each time (the "one sense per
//! document" cue of Mikheev, Moens & Grover 1999, "Named entity recognition
//! without gazetteers", and the non-local features of Ratinov & Roth 2009).
//! So every capitalised run of words that repeats a name found in prose,
//! or a person's surname, and that the tagger left out, becomes a mention
//! with that name's label. A run that is part of a longer capitalised run
//! ("Mills Corporation") is no repeat, and a lone word opening a sentence
//! that the text also writes in lower case ("Young people ...", after "Neil
//! Young") is taken for the common word.

use crate::engine::sort;
use std::collections::{HashMap, HashSet};

use super::confidence::lower_case_words;
use super::features::{line_style, LineStyle, TokenInfo};
use super::{Label, Mention};
use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::segmentation::tokens::Token;
use crate::engine::span::Span;

/// The most words a repeated name is looked for with; longer names are
/// rarely repeated whole.
const LONGEST: usize = 6;

/// Add a mention for every untagged repeat of a name in `mentions` found
/// in `sentences` (each a sentence's tokens, in text order). `mentions`
/// stays in text order.
pub fn recover(text: &str, sentences: &[Vec<Token>], mentions: &mut Vec<Mention>) {
    let names = repeatable_names(text, mentions);
    if names.is_empty() {
        return;
    }
    let lower = lower_case_words(text);
    let mut taken: Vec<Span> = mentions.iter().map(|m| m.span).collect();
    sort::sort_by_key(&mut taken, |s| s.start);
    let mut found = Vec::new();
    for tokens in sentences {
        let mut style: Option<LineStyle> = None;
        let mut i = 0;
        while i < tokens.len() {
            let Some((length, source)) = repeat_at(text, tokens, i, &names, &taken, &lower) else {
                i += 1;
                continue;
            };
            let line = *style.get_or_insert_with(|| {
                let infos: Vec<TokenInfo> = tokens
                    .iter()
                    .map(|t| TokenInfo::new(t.span.of(text)))
                    .collect();
                line_style(&infos)
            });
            found.push(Mention {
                span: Span::new(tokens[i].span.start, tokens[i + length - 1].span.end),
                label: source.label,
                margin: source.margin,
                line,
            });
            i += length;
        }
    }
    if !found.is_empty() {
        mentions.extend(found);
        sort::sort_by_key(mentions, |m| m.span.start);
    }
}

/// The names a repeat may take its label from, by their words joined with
/// one space: every name found in an ordinary prose line (a headline's
/// capitals are no evidence to spread), every person's surname and the
/// given name of a two-word person's name. A form the document gives two
/// labels is left out.
fn repeatable_names(text: &str, mentions: &[Mention]) -> HashMap<String, Mention> {
    let mut names: HashMap<String, Mention> = HashMap::new();
    let mut ambiguous: HashSet<String> = HashSet::new();
    let mut add = |key: String, m: &Mention| match names.get(&key) {
        Some(seen) if seen.label != m.label => {
            ambiguous.insert(key);
        }
        Some(seen) if seen.margin >= m.margin => {}
        _ => {
            names.insert(key, *m);
        }
    };
    for m in mentions.iter().filter(|m| m.line == LineStyle::Prose) {
        let words: Vec<&str> = m.span.of(text).split_whitespace().collect();
        if words.len() > LONGEST {
            continue;
        }
        add(words.join(" "), m);
        if m.label == Label::Per && words.len() > 1 {
            // The surname, and the given name of a two-word name (interviews
            // and features name people by it: "Calum has been with us").
            let given = words.first().filter(|_| words.len() == 2);
            for word in words.last().into_iter().chain(given) {
                if is_name_like(word) {
                    add((*word).to_string(), m);
                }
            }
        }
    }
    names.retain(|key, _| !ambiguous.contains(key));
    names
}

/// Whether a word can stand alone as a name: capitalised, more than an
/// initial, no function word.
fn is_name_like(word: &str) -> bool {
    word.starts_with(char::is_uppercase)
        && word.chars().filter(|c| c.is_alphabetic()).count() > 1
        && !is_stopword(&word.to_lowercase())
}

/// The length of the longest repeat of one of `names` starting at token
/// `i`, and the mention it repeats, where the words there are free
/// (`taken` holds the spans of the mentions found, ascending) and stand
/// apart from any longer capitalised run.
fn repeat_at<'n>(
    text: &str,
    tokens: &[Token],
    i: usize,
    names: &'n HashMap<String, Mention>,
    taken: &[Span],
    lower: &HashSet<&str>,
) -> Option<(usize, &'n Mention)> {
    let word = |k: usize| tokens.get(k).map(|t| t.span.of(text));
    let capitalised = |k: usize| word(k).is_some_and(|w| w.starts_with(char::is_uppercase));
    if !capitalised(i) {
        return None;
    }
    let opens = i == 0 || word(i - 1).is_some_and(|w| !w.starts_with(char::is_alphanumeric));
    // A capitalised word before, unless it is a function word opening the
    // sentence ("Then Mills said"), makes this part of a longer name.
    if i > 0 && capitalised(i - 1) {
        let first_word = i == 1 && word(0).is_some_and(|w| is_stopword(&w.to_lowercase()));
        if !first_word {
            return None;
        }
    }
    let mut key = String::new();
    let mut best = None;
    for length in 1..=LONGEST.min(tokens.len() - i) {
        let k = i + length - 1;
        if k > i {
            key.push(' ');
        }
        key.push_str(word(k)?);
        let span = Span::new(tokens[i].span.start, tokens[k].span.end);
        if span.overlaps_any(taken) {
            break;
        }
        let Some(source) = names.get(&key) else {
            continue;
        };
        let common_word = length == 1 && opens && lower.contains(key.to_lowercase().as_str());
        if !capitalised(k + 1) && !common_word {
            best = Some((length, source));
        }
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{Document, Options};

    /// (mention, label, canonical name) of `text`'s entities.
    fn names(text: &str) -> Vec<(String, String, String)> {
        let doc = Document::parse(text, &Options::default()).expect("a document");
        doc.entities
            .iter()
            .map(|e| {
                (
                    e.mention.span.of(text).to_string(),
                    e.mention.label.as_str().to_string(),
                    e.name.clone(),
                )
            })
            .collect()
    }

    #[test]
    fn a_surname_opening_a_sentence_is_the_person_named_before() {
        let found = names(
            "Senator John Mills, a Republican from Ohio, spoke on Tuesday. \
             Mills then told reporters the vote would come soon.",
        );
        assert!(
            found
                .iter()
                .any(|(m, l, n)| m == "Mills" && l == "PER" && n == "John Mills"),
            "{found:?}"
        );
    }

    #[test]
    fn a_given_name_alone_is_the_person_named_before() {
        let found = names(
            "Two volunteers, Calum Morrison and Effie Smith, help at the library. \
             Calum has been with us since 2019.",
        );
        assert!(
            found
                .iter()
                .any(|(m, l, n)| m == "Calum" && l == "PER" && n == "Calum Morrison"),
            "{found:?}"
        );
    }

    #[test]
    fn a_common_word_or_a_longer_name_is_no_repeat() {
        let text = "The singer Neil Young played in Toronto. Young people queued for hours, \
                    and the young crowd sang. Then Young waved. Young Street was shut.";
        let tokens = crate::engine::entities::sentence_tokens(text);
        let mut mentions = vec![crate::engine::entities::mention_at(
            text,
            "Neil Young",
            0,
            Label::Per,
        )];
        recover(text, &tokens, &mut mentions);
        let found: Vec<(usize, &str)> = mentions
            .iter()
            .map(|m| (m.span.start, m.span.of(text)))
            .collect();
        // Only "Then Young waved": not the common word opening a sentence,
        // nor the first word of "Young Street".
        let then = text.find("Then Young").expect("in text") + 5;
        assert_eq!(found, [(11, "Neil Young"), (then, "Young")]);
    }
}
