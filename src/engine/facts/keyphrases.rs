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

use std::collections::{HashMap, HashSet};

use crate::engine::entities::gazetteer::HONORIFICS;
use crate::engine::lexicon::en::function_words::STOPWORDS;
use crate::engine::lexicon::en::names::{DISCOURSE_WORDS, FILLERS};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;
use crate::engine::summary::terms::stem;

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
struct Candidate {
    /// Each way it is written, in order of first use, with how often
    /// inside a sentence and how often at its start (where any word is
    /// capitalised).
    forms: Vec<(String, (usize, usize))>,
    count: f64,
    /// Its words, lower-cased.
    words: Vec<String>,
    /// Whether it is ever more than a piece of a longer name.
    alone: bool,
    /// How often it is used inside the names of [`Names::spans`].
    named: f64,
    /// Where it occurs.
    spans: Vec<Span>,
}

impl Candidate {
    /// How the text most often writes it inside sentences (the first such
    /// on a tie): a common word that once opens a name ("Cooperation" in
    /// "Shanghai Cooperation Organisation") or a sentence ("Former") stays
    /// lower-case.
    fn usual_form(self) -> String {
        let mut best: Option<(String, (usize, usize))> = None;
        for (form, n) in self.forms {
            if best.as_ref().is_none_or(|(_, b)| n > *b) {
                best = Some((form, n));
            }
        }
        best.map(|(form, _)| form).unwrap_or_default()
    }
}

/// Whether token `i` is a capitalised word inside a run of them ("General"
/// in "Lieutenant General Viktor Khrenin"): a piece of a name or title,
/// which alone means nothing to a reader. A courtesy title before it does
/// not count: "Lawler" in "Mr Lawler" is the name.
fn in_longer_name(text: &str, tokens: &[Token], i: usize) -> bool {
    let capitalised = |t: &Token| t.span.of(text).starts_with(char::is_uppercase);
    let joined = |a: &Token, b: &Token| text[a.span.end..b.span.start].trim().is_empty();
    let honorific = |t: &Token| {
        let word = t.span.of(text).trim_end_matches('.').to_lowercase();
        HONORIFICS.contains(&word.as_str())
    };
    let word = &tokens[i];
    let left = i
        .checked_sub(1)
        .map(|k| &tokens[k])
        .is_some_and(|l| capitalised(l) && joined(l, word) && !honorific(l));
    let right = tokens
        .get(i + 1)
        .is_some_and(|r| capitalised(r) && joined(word, r));
    capitalised(word) && (left || right)
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
        written.to_lowercase().replace('’', "'")
    }
}

#[derive(Default)]
struct WordStats {
    count: f64,
    capitalised: f64,
    sentences: Vec<usize>,
    left: HashSet<String>,
    right: HashSet<String>,
}

/// The best [`KEEP`] key phrases of the sentences (given as their tokens),
/// none with a word inside `facts` (dates and numbers, in text order, not
/// overlapping: they have cards of their own, and "billion" or "Feb" is
/// no topic) and none that is one of the `names`.
pub fn extract(
    text: &str,
    sentences: &[&[Token]],
    facts: &[Span],
    names: &Names,
) -> Vec<Keyphrase> {
    let lower = |t: &Token| Names::key(t.span.of(text));
    let is_word =
        |t: &Token| t.kind == TokenKind::Word && t.span.of(text).chars().any(char::is_alphabetic);
    let mut stats: HashMap<String, WordStats> = HashMap::new();
    for (s, tokens) in sentences.iter().enumerate() {
        for (i, t) in tokens.iter().enumerate() {
            if !is_word(t) {
                continue;
            }
            let w = lower(t);
            let entry = stats.entry(w).or_default();
            entry.count += 1.0;
            let original = t.span.of(text);
            if i > 0 && original.starts_with(char::is_uppercase)
                || original
                    .chars()
                    .filter(|c| c.is_alphabetic())
                    .all(char::is_uppercase)
                    && original.len() > 1
            {
                entry.capitalised += 1.0;
            }
            entry.sentences.push(s);
            if let Some(l) = i
                .checked_sub(1)
                .and_then(|k| tokens.get(k))
                .filter(|x| is_word(x))
            {
                entry.left.insert(lower(l));
            }
            if let Some(r) = tokens.get(i + 1).filter(|x| is_word(x)) {
                entry.right.insert(lower(r));
            }
        }
    }
    if stats.is_empty() {
        return Vec::new();
    }
    let counts: Vec<f64> = stats
        .values()
        .filter(|w| w.count > 0.0)
        .map(|w| w.count)
        .collect();
    let mean = counts.iter().sum::<f64>() / counts.len() as f64;
    let sd = (counts.iter().map(|c| (c - mean).powi(2)).sum::<f64>() / counts.len() as f64).sqrt();
    let max = counts.iter().copied().fold(1.0, f64::max);
    let total_sentences = sentences.len().max(1) as f64;
    let word_score: HashMap<&str, f64> = stats
        .iter()
        .map(|(w, st)| {
            let case = st.capitalised.max(0.0) / (1.0 + st.count.ln());
            let mut positions = st.sentences.clone();
            positions.sort_unstable();
            let median = positions[positions.len() / 2] as f64;
            let position = (3.0 + median).ln().ln();
            let frequency = st.count / (mean + sd);
            let relatedness = 1.0
                + (st.left.len() as f64 + st.right.len() as f64) / (2.0 * st.count)
                    * (st.count / max);
            let mut distinct = positions.clone();
            distinct.dedup();
            let different = distinct.len() as f64 / total_sentences;
            let score =
                relatedness * position / (case + frequency / relatedness + different / relatedness);
            (w.as_str(), score)
        })
        .collect();

    // Candidates: 1..=MAX_WORDS consecutive words inside a sentence, not
    // starting or ending with a stop word.
    let mut candidates: HashMap<String, Candidate> = HashMap::new();
    for tokens in sentences {
        for start in 0..tokens.len() {
            for len in 1..=MAX_WORDS {
                let Some(window) = tokens.get(start..start + len) else {
                    break;
                };
                if !window.iter().all(is_word)
                    || window.iter().any(|t| t.span.overlaps_any(facts))
                    || window
                        .windows(2)
                        .any(|p| !text[p[0].span.end..p[1].span.start].trim().is_empty())
                {
                    break;
                }
                let mut words: Vec<String> = window.iter().map(lower).collect();
                // A possessive ends a phrase, and its "'s" is not part of it:
                // "France's" gives "France", "Belarus's foreign" nothing.
                if words[..len - 1].iter().any(|w| w.ends_with("'s")) {
                    continue;
                }
                let possessive = words[len - 1].ends_with("'s");
                if possessive {
                    let last = &mut words[len - 1];
                    last.truncate(last.len() - 2);
                }
                // A phrase neither opens nor ends on a function word, and
                // a filler of speech or a sentence adverb ("Um", "Yes",
                // "Moreover") is no topic either.
                let no_topic = |w: &String| {
                    [STOPWORDS, FILLERS, DISCOURSE_WORDS]
                        .iter()
                        .any(|list| list.contains(&w.as_str()))
                };
                let edge_stop = no_topic(&words[0]) || no_topic(&words[len - 1]);
                if edge_stop || words.iter().any(|w| w.chars().count() < 2) {
                    continue;
                }
                let key = words.join(" ");
                let mut written = text[window[0].span.start..window[len - 1].span.end].to_string();
                if possessive {
                    let cut = written.char_indices().rev().nth(1).map_or(0, |(i, _)| i);
                    written.truncate(cut);
                }
                let span = Span::new(window[0].span.start, window[0].span.start + written.len());
                let inside_name = len == 1 && in_longer_name(text, tokens, start);
                let candidate = candidates.entry(key).or_insert_with(|| Candidate {
                    forms: Vec::new(),
                    count: 0.0,
                    words,
                    alone: false,
                    named: 0.0,
                    spans: Vec::new(),
                });
                if span.inside_any(&names.spans) {
                    candidate.named += 1.0;
                }
                candidate.count += 1.0;
                candidate.spans.push(span);
                candidate.alone |= !inside_name;
                let at = match candidate.forms.iter().position(|(f, _)| *f == written) {
                    Some(at) => at,
                    None => {
                        candidate.forms.push((written, (0, 0)));
                        candidate.forms.len() - 1
                    }
                };
                let votes = &mut candidate.forms[at].1;
                if start == 0 {
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
    let mut scored: Vec<(String, String, f64, Vec<Span>)> = candidates
        .into_iter()
        .filter(|(key, c)| 2.0 * c.named < c.count && !names.written.contains(key))
        .map(|(_, c)| c)
        .filter(|c| {
            if c.words.len() == 1 {
                c.alone
            } else {
                c.count >= 2.0
            }
        })
        .map(|mut c| {
            let scores: Vec<f64> = c
                .words
                .iter()
                .map(|w| word_score.get(w.as_str()).copied().unwrap_or(1.0))
                .collect();
            let product: f64 = scores.iter().product();
            let sum: f64 = scores.iter().sum();
            let stems: Vec<String> = c.words.iter().map(|w| stem(w)).collect();
            let score = product / (c.count * (1.0 + sum));
            let spans = std::mem::take(&mut c.spans);
            (stems.join(" "), c.usual_form(), score, spans)
        })
        .collect();
    // A word the text uses once is a topic only where too few recur: with
    // the names left to their cards, one-offs ("highlighting",
    // "underscored") would otherwise fill the seed's list ahead of
    // "foreign policy" and "partnership". The kept are then shown best
    // first, as scored.
    let better = |a: &(String, String, f64, Vec<Span>), b: &(String, String, f64, Vec<Span>)| {
        a.2.total_cmp(&b.2)
            .then_with(|| a.0.cmp(&b.0))
            .then_with(|| a.1.cmp(&b.1))
    };
    scored.sort_by(|a, b| {
        (a.3.len() < 2)
            .cmp(&(b.3.len() < 2))
            .then_with(|| better(a, b))
    });
    let mut kept: Vec<(String, String, f64, Vec<Span>)> = Vec::new();
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
    kept.sort_by(better);
    kept.into_iter()
        .map(|(_, text, s, mentions)| Keyphrase {
            text,
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
        let phrases: Vec<String> = extract(text, &sentences, &[], &Names::default())
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

    fn phrases_of(text: &str, facts: &[Span]) -> Vec<String> {
        phrases_named(text, facts, &Names::default())
    }

    /// The key phrases of `text`, split as the pipeline splits it.
    fn phrases_named(text: &str, facts: &[Span], names: &Names) -> Vec<String> {
        let sentences: Vec<Vec<Token>> = crate::engine::segmentation::sentences::split_sentences(
            text,
            &crate::engine::segmentation::paragraphs::split_paragraphs(text),
        )
        .iter()
        .map(|s| tokenize(text, s.span))
        .collect();
        let sentences: Vec<&[Token]> = sentences.iter().map(Vec::as_slice).collect();
        extract(text, &sentences, facts, names)
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
            &Names::default()
        )
        .is_empty());
    }
}
