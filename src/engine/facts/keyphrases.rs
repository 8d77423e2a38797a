//! Key phrases: the article's topic in a few words, by YAKE (Campos et al.
//! 2020, "YAKE! Keyword extraction from single documents using multiple
//! local features"), a statistical method that needs no training or corpus.
//!
//! Each word is scored from five local features: casing (names and
//! acronyms count), position (early words count), frequency, relatedness
//! (a word that appears beside many different words is a function word)
//! and spread over sentences. Candidate phrases of one or two words that
//! neither start nor end with a stop word and cross no punctuation are
//! scored from their words (a phrase of two words must recur); lower YAKE
//! scores are better, and phrases that repeat a better one, word endings
//! aside, are dropped. Two choices are for a reader of the topic line
//! rather than from YAKE: a capitalised word seen only as a piece of a
//! longer name ("General" of "Lieutenant General Viktor Khrenin") is no
//! phrase, and a phrase is shown as the text usually writes it inside
//! sentences. The contract's score is `1 / (1 + S)`, so higher is better.
//!
//! The key phrases are the card of topics beside the cards of names, dates
//! and numbers, so a phrase those cards already show is left out (issue 19:
//! on the seed "India" stood seven times in the key phrases and six in
//! Places): a date or number, a phrase used mostly inside the names of
//! people, organisations and places, and one written as a name those cards
//! show ([`Names`]). What is left is what the other cards do not say:
//! "military education", "counter-terrorism operations".

mod word_class;

use std::collections::{HashMap, HashSet};

use crate::engine::entities::gazetteer::HONORIFICS;
use crate::engine::lexicon::Lexicon;
use crate::engine::segmentation::tokens::{is_quote_mark, Token, TokenKind};
use crate::engine::sort;
use crate::engine::span::{Span, SpanCursor};
use crate::engine::summary::terms::lower_straight;

/// How many phrases to keep.
pub const KEEP: usize = 10;
/// Longest phrase, in words.
const MAX_WORDS: usize = 2;

/// One key phrase.
#[derive(Debug, Clone, PartialEq)]
pub struct Keyphrase {
    /// The phrase as the text most often writes it.
    pub text: String,
    /// How key it is, in (0, 1]; higher is more.
    pub score: f64,
    /// Where the text uses it, in order: word for word, any case, never
    /// inside a longer word ("India" is not marked in "Indian").
    pub mentions: Vec<Span>,
}

/// A candidate phrase: how it is written, how often, and its words.
struct Candidate<'t> {
    /// Its words' numbers ([`Vocabulary`]).
    words: Phrase,
    /// Each way it is written, in order of first use, with how often
    /// inside a sentence and how often at its start (where any word is
    /// capitalised).
    forms: Vec<(&'t str, (usize, usize))>,
    count: f64,
    /// Whether it is ever more than a piece of a longer name.
    alone: bool,
    /// How often it is used inside the names of [`Names::spans`].
    named: f64,
    /// Where it occurs.
    spans: Vec<Span>,
    /// How its uses read: as a noun phrase or as anything else.
    uses: word_class::Uses,
}

impl<'t> Candidate<'t> {
    /// How the text most often writes it inside sentences (the first such
    /// on a tie): a common word that once opens a name ("Cooperation" in
    /// "Shanghai Cooperation Organisation") or a sentence ("Former") stays
    /// lower-case.
    fn usual_form(&self) -> &'t str {
        let mut best: Option<(&'t str, (usize, usize))> = None;
        for &(form, n) in &self.forms {
            if best.is_none_or(|(_, b)| n > b) {
                best = Some((form, n));
            }
        }
        best.map_or("", |(form, _)| form)
    }
}

/// Whether token `i` opens a sentence, or a quotation, an aside or an
/// utterance inside one (after a mark such as `"` or `(` set against it
/// and apart from what is before, or after a colon): a capital there says
/// nothing of a name ("'People are angry,' she said" made "People" a key
/// phrase, and "HARGREAVE: Thanks for ..." "Thanks").
fn opens(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(mark) = i.checked_sub(1).map(|k| &tokens[k]) else {
        return true;
    };
    if mark.kind != TokenKind::Punct {
        return false;
    }
    let written = mark.span.of(text);
    let apart = i < 2 || tokens[i - 2].span.end < mark.span.start;
    let opening = is_quote_mark(written) || matches!(written, "(" | "[");
    opening && apart && mark.span.end == tokens[i].span.start || written == ":"
}

/// Whether token `t` starts with a capital.
fn capitalised(text: &str, t: &Token) -> bool {
    t.span.of(text).starts_with(char::is_uppercase)
}

/// Whether tokens `a` and `b` stand side by side, only space between.
fn side_by_side(text: &str, a: &Token, b: &Token) -> bool {
    text[a.span.end..b.span.start].trim().is_empty()
}

/// Whether token `i` is a capitalised word inside a run of them ("General"
/// in "Lieutenant General Viktor Khrenin"): a piece of a name or title,
/// which alone means nothing to a reader. A courtesy title before it does
/// not count: "Lawler" in "Mr Lawler" is the name.
fn in_longer_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let honorific = |t: &Token| {
        let word = t.span.of(text).trim_end_matches('.').to_lowercase();
        HONORIFICS.contains(&word.as_str())
    };
    let word = &tokens[i];
    let left = i
        .checked_sub(1)
        .map(|k| &tokens[k])
        .is_some_and(|l| capitalised(text, l) && side_by_side(text, l, word) && !honorific(l));
    let right = tokens
        .get(i + 1)
        .is_some_and(|r| capitalised(text, r) && side_by_side(text, word, r));
    capitalised(text, word) && (left || right)
}

/// The names on the People, Organisations and Places cards, which a key
/// phrase must not repeat.
#[derive(Debug, Default)]
pub struct Names {
    /// Every mention of such a name, in text order, not overlapping: a
    /// phrase used mostly inside them ("Khrenin", "Shanghai Cooperation",
    /// "SCO" where the tagger missed one of three) is a name, whatever the
    /// card calls it.
    pub spans: Vec<Span>,
    /// The names the cards show by default and how the text writes them,
    /// lower-cased: a phrase written so is a name even where the tagger
    /// missed one of its mentions.
    pub written: HashSet<String>,
}

impl Names {
    /// The key under which [`extract`] files a phrase: lower-case, with a
    /// typographic apostrophe straight.
    pub fn key(written: &str) -> String {
        lower_straight(written)
    }
}

/// Each distinct word of the text once, lower-cased ([`Names::key`]), by
/// number: the loops over words and phrases compare and look up numbers,
/// and what depends on a word alone (its stop-list check, its stem) is
/// worked out once per word, not once per use. On a 20,000-word article
/// the key phrases took a third of the analysis when each use lower-cased
/// its word again and scanned the stop lists (issue 18).
#[derive(Default)]
struct Vocabulary {
    ids: HashMap<String, usize>,
    words: Vec<String>,
    /// An ASCII word lower-cased, to look it up without a new string.
    buffer: String,
}

impl Vocabulary {
    /// The number of `word` (lower-cased already), added if new.
    fn id(&mut self, word: String) -> usize {
        if let Some(&id) = self.ids.get(&word) {
            return id;
        }
        self.words.push(word.clone());
        self.ids.insert(word, self.words.len() - 1);
        self.words.len() - 1
    }

    /// The number of the word written `written`, lower-cased as
    /// [`Names::key`] does, added if new; a word of ASCII letters seen
    /// before (most of them) costs no new string.
    fn id_of(&mut self, written: &str) -> usize {
        if !written.is_ascii() {
            return self.id(Names::key(written));
        }
        self.buffer.clear();
        self.buffer.push_str(written);
        self.buffer.make_ascii_lowercase();
        match self.ids.get(self.buffer.as_str()) {
            Some(&id) => id,
            None => self.id(self.buffer.clone()),
        }
    }
}

/// What a phrase needs to know of one of its words.
struct PhraseWord {
    /// Its form without a possessive "'s" ("france's" -> "france"), when
    /// it has one: a possessive ends a phrase, and its "'s" is not part
    /// of it.
    stripped: Option<usize>,
    /// Whether a phrase may neither open nor end on it: a function word,
    /// a filler of speech or a sentence adverb ("Um", "Yes", "Moreover").
    no_edge: bool,
    /// Whether it is a single letter, which no phrase has.
    short: bool,
}

/// How often one word is used, and where, and beside what.
#[derive(Default)]
struct WordStats {
    count: f64,
    capitalised: f64,
    /// Uses that open a sentence or quotation ([`opens`]).
    opening: f64,
    /// The sentences it is in, once per use, in order.
    sentences: Vec<usize>,
    /// The words before and after its uses (repeated; counted distinct).
    left: Vec<usize>,
    right: Vec<usize>,
}

/// The YAKE score of each word of `stats` (lower is better), `None` for a
/// word that is no word of the sentences (the stem of a possessive).
fn word_scores(stats: &mut [WordStats], sentences: usize) -> Vec<Option<f64>> {
    let counts: Vec<f64> = stats
        .iter()
        .filter(|w| w.count > 0.0)
        .map(|w| w.count)
        .collect();
    let mean = counts.iter().sum::<f64>() / counts.len() as f64;
    let sd = (counts.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / counts.len() as f64).sqrt();
    let max = counts.iter().copied().fold(1.0, f64::max);
    let total_sentences = sentences.max(1) as f64;
    let distinct = |ids: &mut Vec<usize>| {
        sort::sort(ids);
        ids.dedup();
        ids.len() as f64
    };
    stats
        .iter_mut()
        .map(|st| {
            if st.count == 0.0 {
                return None;
            }
            let case = st.capitalised.max(0.0) / (1.0 + st.count.ln());
            // Uses come in sentence order: the list is sorted already.
            let positions = &st.sentences;
            let median = positions[positions.len() / 2] as f64;
            let position = (3.0 + median).ln().ln();
            let frequency = st.count / (mean + sd);
            let relatedness = 1.0
                + (distinct(&mut st.left) + distinct(&mut st.right)) / (2.0 * st.count)
                    * (st.count / max);
            let different = (1 + positions.windows(2).filter(|p| p[0] != p[1]).count()) as f64
                / total_sentences;
            Some(
                relatedness * position / (case + frequency / relatedness + different / relatedness),
            )
        })
        .collect()
}

/// A phrase's word numbers ([`Vocabulary`]), `None` after its last word.
type Phrase = [Option<usize>; MAX_WORDS];

/// A phrase as one number, to file it under: hashing one `u64` is a
/// fraction of hashing the array (word numbers stay far below 2^32).
fn packed(words: &Phrase) -> u64 {
    const { assert!(MAX_WORDS <= 2, "two word numbers of 32 bits fill a u64") };
    words
        .iter()
        .fold(0, |key, w| key << 32 | w.map_or(0, |w| w as u64 + 1))
}

/// The words `ids` as `of` writes each, a space between.
fn joined<'a>(ids: &[usize], of: impl Fn(usize) -> &'a str) -> String {
    let mut joined = String::new();
    for (k, &id) in ids.iter().enumerate() {
        if k > 0 {
            joined.push(' ');
        }
        joined.push_str(of(id));
    }
    joined
}

/// A scored phrase: its stems (to find repeats), how it is written, its
/// YAKE score (lower is better) and its mentions.
type Scored<'t> = (String, &'t str, f64, Vec<Span>);

/// The best [`KEEP`] key phrases of the sentences (given as their tokens),
/// none with a word inside `facts` (dates and numbers, in text order, not
/// overlapping: they have cards of their own, and "billion" or "Feb" is
/// no topic) and none that is one of the `names`; function words and word
/// endings are the text's language's (`lexicon`).
pub fn extract(
    text: &str,
    sentences: &[&[Token]],
    facts: &[Span],
    names: &Names,
    lexicon: &Lexicon,
) -> Vec<Keyphrase> {
    let is_word =
        |t: &Token| t.kind == TokenKind::Word && t.span.of(text).chars().any(char::is_alphabetic);
    let mut vocabulary = Vocabulary::default();
    // Each token's word number, `None` for a token that is no word.
    let ids: Vec<Vec<Option<usize>>> = sentences
        .iter()
        .map(|tokens| {
            tokens
                .iter()
                .map(|t| is_word(t).then(|| vocabulary.id_of(t.span.of(text))))
                .collect()
        })
        .collect();
    let mut stats: Vec<WordStats> = Vec::new();
    stats.resize_with(vocabulary.words.len(), WordStats::default);
    for (s, (tokens, ids)) in sentences.iter().zip(&ids).enumerate() {
        for (i, (t, id)) in tokens.iter().zip(ids).enumerate() {
            let Some(id) = *id else {
                continue;
            };
            let entry = &mut stats[id];
            entry.count += 1.0;
            let original = t.span.of(text);
            let opening = opens(text, tokens, i);
            if opening {
                entry.opening += 1.0;
            }
            let caps = original.len() > 1
                && original
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase);
            if !opening && original.starts_with(char::is_uppercase) || caps {
                entry.capitalised += 1.0;
            }
            entry.sentences.push(s);
            if let Some(l) = i.checked_sub(1).and_then(|k| ids[k]) {
                entry.left.push(l);
            }
            if let Some(&Some(r)) = ids.get(i + 1) {
                entry.right.push(r);
            }
        }
    }
    if stats.is_empty() {
        return Vec::new();
    }
    // What a phrase needs of each word, possessives' stems included.
    let mut stripped: Vec<Option<usize>> = Vec::with_capacity(vocabulary.words.len());
    for id in 0..vocabulary.words.len() {
        let word = &vocabulary.words[id];
        let stem = word.strip_suffix("'s").map(str::to_string);
        stripped.push(stem.map(|stem| vocabulary.id(stem)));
    }
    let phrase_words: Vec<PhraseWord> = vocabulary
        .words
        .iter()
        .enumerate()
        .map(|(id, w)| PhraseWord {
            stripped: stripped.get(id).copied().flatten(),
            no_edge: lexicon.is_no_edge(w),
            short: w.chars().count() < 2,
        })
        .collect();
    stats.resize_with(vocabulary.words.len(), WordStats::default);
    let word_score = word_scores(&mut stats, sentences.len());
    // Each word's cue to the class of the word after it, where the
    // language has cues.
    let cue: Vec<word_class::Cue> = match lexicon.word_classes {
        Some(cues) => vocabulary
            .words
            .iter()
            .map(|w| word_class::cue_of(w, cues))
            .collect(),
        None => Vec::new(),
    };

    // Candidates: 1..=MAX_WORDS consecutive words inside a sentence, not
    // starting or ending with a stop word; keyed by their words' numbers.
    let mut candidates: HashMap<u64, Candidate> = HashMap::new();
    let (mut in_facts, mut in_names) = (SpanCursor::new(facts), SpanCursor::new(&names.spans));
    for (tokens, ids) in sentences.iter().zip(&ids) {
        // Whether each token may be in a phrase: a word outside the facts.
        let usable: Vec<Option<usize>> = tokens
            .iter()
            .zip(ids)
            .map(|(t, id)| id.filter(|_| !in_facts.overlaps_any(t.span)))
            .collect();
        for start in 0..tokens.len() {
            for len in 1..=MAX_WORDS {
                let Some(window) = usable.get(start..start + len) else {
                    break;
                };
                let gap = (start + 1..start + len).any(|k| {
                    !text[tokens[k - 1].span.end..tokens[k].span.start]
                        .trim()
                        .is_empty()
                });
                if window.iter().any(Option::is_none) || gap {
                    break;
                }
                let mut words = [None; MAX_WORDS];
                for (k, id) in window.iter().enumerate() {
                    words[k] = *id;
                }
                // A possessive ends a phrase, and its "'s" is not part of it:
                // "France's" gives "France", "Belarus's foreign" nothing.
                let last = words[len - 1].unwrap_or_default();
                if words[..len - 1]
                    .iter()
                    .flatten()
                    .any(|&w| phrase_words[w].stripped.is_some())
                {
                    continue;
                }
                let possessive = phrase_words[last].stripped;
                if let Some(stem) = possessive {
                    words[len - 1] = Some(stem);
                }
                let first = words[0].unwrap_or_default();
                let last = words[len - 1].unwrap_or_default();
                let edge_stop = phrase_words[first].no_edge || phrase_words[last].no_edge;
                if edge_stop || words.iter().flatten().any(|&w| phrase_words[w].short) {
                    continue;
                }
                let mut written = &text[tokens[start].span.start..tokens[start + len - 1].span.end];
                if possessive.is_some() {
                    let cut = written.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
                    written = &written[..cut];
                }
                let span = Span::new(
                    tokens[start].span.start,
                    tokens[start].span.start + written.len(),
                );
                let candidate = candidates
                    .entry(packed(&words))
                    .or_insert_with(|| Candidate {
                        words,
                        forms: Vec::new(),
                        count: 0.0,
                        alone: false,
                        named: 0.0,
                        spans: Vec::new(),
                        uses: word_class::Uses::default(),
                    });
                if !cue.is_empty() {
                    let closes = |id: usize| phrase_words[id].no_edge;
                    let at = word_class::At {
                        start,
                        end: start + len,
                        possessive: possessive.is_some(),
                    };
                    candidate.uses.tally(text, (tokens, ids), &at, &cue, closes);
                }
                if in_names.inside_any(span) {
                    candidate.named += 1.0;
                }
                candidate.count += 1.0;
                candidate.spans.push(span);
                // Where every noun is capitalised, two capitalised words
                // side by side are no sign of a name.
                candidate.alone = candidate.alone
                    || len > 1
                    || lexicon.capitalises_nouns
                    || !in_longer_name(text, tokens, start);
                let at = match candidate.forms.iter().position(|(f, _)| *f == written) {
                    Some(at) => at,
                    None => {
                        candidate.forms.push((written, (0, 0)));
                        candidate.forms.len() - 1
                    }
                };
                let votes = &mut candidate.forms[at].1;
                if opens(text, tokens, start) {
                    votes.1 += 1;
                } else {
                    votes.0 += 1;
                }
            }
        }
    }
    // A phrase of several words must recur: one-off word pairs
    // ("Belarus held", "Minister Lieutenant") are text, not topics. A name
    // has its card.
    let mut stems: Vec<Option<String>> = vec![None; vocabulary.words.len()];
    let mut scored: Vec<Scored> = Vec::new();
    for mut c in candidates.into_values() {
        let words: Vec<usize> = c.words.iter().flatten().copied().collect();
        let kept = if words.len() == 1 {
            c.alone
        } else {
            c.count >= 2.0
        };
        if !kept || 2.0 * c.named >= c.count {
            continue;
        }
        if names
            .written
            .contains(&joined(&words, |w| &vocabulary.words[w]))
        {
            continue;
        }
        let usual = c.usual_form();
        let read: Vec<word_class::Word> = words
            .iter()
            .zip(usual.split_whitespace())
            .map(|(&w, written)| {
                let st = &stats[w];
                word_class::Word {
                    lower: &vocabulary.words[w],
                    // A possessive's stem ("France" of "France's") has no
                    // uses of its own: its phrase's form says.
                    capitalised: if st.count == 0.0 {
                        written.starts_with(char::is_uppercase)
                    } else {
                        st.capitalised > 0.0 && 2.0 * st.capitalised >= st.count - st.opening
                    },
                    only_opening: st.count > 0.0 && st.opening == st.count,
                }
            })
            .collect();
        if !word_class::reads_as_topic(&read, &c.uses, c.count, lexicon) {
            continue;
        }
        let scores: Vec<f64> = words
            .iter()
            .map(|&w| word_score[w].unwrap_or(1.0))
            .collect();
        let product: f64 = scores.iter().product();
        let sum: f64 = scores.iter().sum();
        for &w in &words {
            if stems[w].is_none() {
                stems[w] = Some((lexicon.stem)(&vocabulary.words[w]));
            }
        }
        let stemmed = joined(&words, |w| stems[w].as_deref().unwrap_or_default());
        let score = product / (c.count * (1.0 + sum));
        let spans = std::mem::take(&mut c.spans);
        scored.push((stemmed, usual, score, spans));
    }
    // A word the text uses once is a topic only where too few recur: with
    // the names left to their cards, one-offs ("highlighting",
    // "underscored") would otherwise fill the seed's list ahead of
    // "foreign policy" and "partnership". The kept are then shown best
    // first, as scored.
    let better = |a: &Scored, b: &Scored| {
        a.2.total_cmp(&b.2)
            .then_with(|| a.0.cmp(&b.0))
            .then_with(|| a.1.cmp(b.1))
    };
    sort::sort_by(&mut scored, |a, b| {
        (a.3.len() < 2)
            .cmp(&(b.3.len() < 2))
            .then_with(|| better(a, b))
    });
    let mut kept: Vec<Scored> = Vec::new();
    for candidate in scored {
        if kept.len() == KEEP {
            break;
        }
        // Drop a phrase inside, or containing, a better one, word endings
        // aside: "Ministers" repeats "Defence Minister".
        let overlaps = kept
            .iter()
            .any(|k| k.0.contains(&candidate.0) || candidate.0.contains(&k.0));
        if !overlaps {
            kept.push(candidate);
        }
    }
    sort::sort_by(&mut kept, better);
    kept.into_iter()
        .map(|(_, text, s, mentions)| Keyphrase {
            text: text.to_string(),
            score: 1.0 / (1.0 + s),
            mentions,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::tokens::tokenize;
    use crate::engine::span::Span;

    #[test]
    fn finds_the_topic_of_a_small_article() {
        let text = "India and Belarus held defence talks. The defence talks covered military education. \
                    Belarus wants more military education with India. Officials said the weather was fine.";
        let sentences: Vec<Vec<Token>> = text
            .split_inclusive(". ")
            .scan(0, |at, s| {
                let span = Span::new(*at, *at + s.len());
                *at += s.len();
                Some(tokenize(text, span))
            })
            .collect();
        let sentences: Vec<&[Token]> = sentences.iter().map(Vec::as_slice).collect();
        let phrases: Vec<String> = extract(
            text,
            &sentences,
            &[],
            &Names::default(),
            crate::engine::lexicon::for_language("en"),
        )
        .into_iter()
        .map(|k| k.text)
        .collect();
        assert!(
            phrases
                .iter()
                .take(4)
                .any(|p| p == "India" || p == "Belarus"),
            "{phrases:?}"
        );
        assert!(
            phrases
                .iter()
                .any(|p| p.contains("military education") || p.contains("defence talks")),
            "{phrases:?}"
        );
        assert!(
            !phrases.iter().any(|p| p.starts_with("the ") || p == "said"),
            "{phrases:?}"
        );
    }

    pub(super) fn phrases_of(text: &str, facts: &[Span]) -> Vec<String> {
        phrases_named(text, facts, &Names::default())
    }

    /// The key phrases of `text`, split as the pipeline splits it.
    fn phrases_named(text: &str, facts: &[Span], names: &Names) -> Vec<String> {
        let sentences: Vec<Vec<Token>> = crate::engine::segmentation::sentences::split_sentences(
            text,
            &crate::engine::segmentation::paragraphs::split_paragraphs(text),
            crate::engine::lexicon::for_language("en"),
        )
        .iter()
        .map(|s| tokenize(text, s.span))
        .collect();
        let sentences: Vec<&[Token]> = sentences.iter().map(Vec::as_slice).collect();
        extract(
            text,
            &sentences,
            facts,
            names,
            crate::engine::lexicon::for_language("en"),
        )
        .into_iter()
        .map(|k| k.text)
        .collect()
    }

    #[test]
    fn phrases_are_written_as_usual_and_never_a_piece_of_a_name() {
        let phrases = phrases_of(
            "Lieutenant General Viktor Khrenin spoke at the Shanghai Cooperation Organisation. \
             Cooperation with India is growing, Khrenin said. Defence cooperation is a priority. \
             Both ministers want cooperation in training. Ministers met Defence Minister Singh. \
             The ministers agreed on training. Mr Lawler agreed too.",
            &[],
        );
        assert!(phrases.contains(&"cooperation".to_string()), "{phrases:?}");
        assert!(phrases.contains(&"Lawler".to_string()), "{phrases:?}");
        for piece in ["General", "Viktor", "Organisation", "Cooperation"] {
            assert!(
                !phrases.contains(&piece.to_string()),
                "{piece}: {phrases:?}"
            );
        }
        let ministers = phrases
            .iter()
            .filter(|p| p.to_lowercase().contains("minister"))
            .count();
        assert_eq!(ministers, 1, "{phrases:?}");
    }

    #[test]
    fn no_phrase_is_a_date_or_a_number() {
        let text = "Apple will spend $500 billion by Feb 24. The $500 billion plan adds jobs. \
                    Apple shares rose. The plan pleased Apple investors.";
        let spans: Vec<Span> = ["$500 billion", "Feb 24", "$500 billion"]
            .iter()
            .scan(0, |from, needle| {
                let start = *from + text[*from..].find(needle)?;
                *from = start + needle.len();
                Some(Span::new(start, start + needle.len()))
            })
            .collect();
        let phrases = phrases_of(text, &spans);
        assert!(phrases.contains(&"Apple".to_string()), "{phrases:?}");
        for fact in ["billion", "Feb", "500"] {
            assert!(!phrases.iter().any(|p| p.contains(fact)), "{phrases:?}");
        }
        assert!(phrases_of(text, &[]).iter().any(|p| p.contains("billion")));
    }

    /// An article of my own about names that recur: the topics the other
    /// cards do not show must be what the key phrases say.
    const NAMED: &str = "India and Belarus agreed on Monday to expand military education. \
        Defence Minister Rajnath Singh met Viktor Khrenin in New Delhi. \
        Singh said India wants more military education and counter-terrorism operations. \
        Khrenin said Belarus values its ties with India. \
        The two ministers discussed counter-terrorism operations at the Shanghai Cooperation Organisation. \
        India will host officers from Belarus for military education next year.";

    #[test]
    fn no_phrase_is_a_name_given() {
        let mut names = Names::default();
        for name in ["India", "Belarus", "Rajnath Singh", "Singh"] {
            names.written.insert(Names::key(name));
        }
        for name in [
            "Viktor Khrenin",
            "Khrenin",
            "Shanghai Cooperation Organisation",
        ] {
            let mut from = 0;
            while let Some(at) = NAMED[from..].find(name) {
                let start = from + at;
                names.spans.push(Span::new(start, start + name.len()));
                from = start + name.len();
            }
        }
        names.spans.sort_unstable_by_key(|s| s.start);
        let phrases: Vec<String> = phrases_named(NAMED, &[], &names)
            .iter()
            .map(|p| p.to_lowercase())
            .collect();
        for name in [
            "india",
            "belarus",
            "singh",
            "rajnath singh",
            "khrenin",
            "shanghai",
        ] {
            assert!(!phrases.contains(&name.to_string()), "{name}: {phrases:?}");
        }
        for topic in ["military education", "counter-terrorism operations"] {
            assert!(phrases.contains(&topic.to_string()), "{topic}: {phrases:?}");
        }
        let all = phrases_of(NAMED, &[]);
        assert!(all.iter().any(|p| p == "India"), "{all:?}");
    }

    #[test]
    fn fillers_and_sentence_adverbs_are_no_topics() {
        let text = "Um, the ferry stopped. Yes, the ferry stopped again. Moreover, the ferry \
                    timetable changed. Um, yes, the ferry timetable changed.";
        let phrases = phrases_of(text, &[]);
        for word in ["um", "yes", "moreover"] {
            assert!(
                phrases.iter().all(|p| p.to_lowercase() != word),
                "{word}: {phrases:?}"
            );
        }
        assert!(phrases.iter().any(|p| p.contains("ferry")), "{phrases:?}");
    }

    #[test]
    fn the_pipeline_leaves_names_and_dates_to_their_cards() {
        use crate::engine::entities::Label;
        use crate::engine::{Document, Options};
        let doc = Document::parse(NAMED, &Options::default()).expect("a document");
        let carded: Vec<&crate::engine::document::Named> = doc
            .entities
            .iter()
            .filter(|e| matches!(e.mention.label, Label::Per | Label::Org | Label::Loc))
            .collect();
        assert!(carded.iter().any(|e| e.name == "India"), "{carded:?}");
        let shown: HashSet<String> = carded
            .iter()
            .filter(|e| e.shown)
            .flat_map(|e| [Names::key(&e.name), Names::key(e.mention.span.of(NAMED))])
            .collect();
        let spans: Vec<Span> = carded.iter().map(|e| e.mention.span).collect();
        let phrases: Vec<&Keyphrase> = doc.keyphrases.iter().collect();
        for k in &phrases {
            assert!(
                !shown.contains(&Names::key(&k.text)),
                "{}: {phrases:?}",
                k.text
            );
            let named = k.mentions.iter().filter(|m| m.inside_any(&spans)).count();
            assert!(
                2 * named < k.mentions.len(),
                "{} is mostly a name: {phrases:?}",
                k.text
            );
            assert!(!k.text.contains("Monday"), "{phrases:?}");
        }
        assert!(
            phrases.iter().any(|k| k.text == "military education"),
            "{phrases:?}"
        );
    }

    #[test]
    fn nothing_to_extract_from_punctuation() {
        let text = "!!! ... ???";
        assert!(extract(
            text,
            &[&tokenize(text, Span::new(0, text.len()))],
            &[],
            &Names::default(),
            crate::engine::lexicon::for_language("en"),
        )
        .is_empty());
    }
}
