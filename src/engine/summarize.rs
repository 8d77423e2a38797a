//! The extractive summary: score every sentence once, then select any
//! length from the cached scores.
//!
//! Score of a body sentence = (lead prior + centrality + headline echo),
//! weighted, times a length factor:
//! - **lead prior**: news puts its most important facts first (the
//!   "inverted pyramid"); Lead-3 is the baseline unsupervised methods
//!   famously struggle to beat (Nenkova 2005; See et al. 2017).
//! - **centrality**: position-aware directed centrality after PacSum (Zheng &
//!   Lapata 2019, "Sentence Centrality Revisited for Unsupervised
//!   Summarization"): a sentence gains from being similar to the sentences
//!   *after* it and loses a little for echoing those *before* it, over a
//!   TF-IDF cosine graph (LexRank, Erkan & Radev 2004). Edges below a
//!   threshold are dropped, as in both papers.
//! - **headline echo**: similarity to the title when the text has one (the
//!   title/"cue" feature of Edmundson 1969).
//! - **length factor**: fragments (captions, "They agreed.") carry little.
//! - **quote factor**: a sentence that opens with a quotation is colour, not
//!   news: summaries report what was said rather than quote it (news
//!   highlights rarely quote; a reader's summary should not either).
//!
//! Selection is greedy by score with a redundancy cut-off, the practical
//! form of Maximal Marginal Relevance (Carbonell & Goldstein 1998), and the
//! chosen sentences are returned in document order.
//!
//! Cost: similarity is computed only within a window of [`WINDOW`]
//! sentences either side, so scoring is O(n · WINDOW) and long reports stay
//! linear.

use super::document::Document;
use super::similarity::{TermSpace, TermVector};
use super::terms::content_terms;
use super::tokens::{Token, TokenKind};

/// How many sentences either side a sentence is compared with.
pub const WINDOW: usize = 40;

/// Weights of the three signals; they sum to 1.
const LEAD_WEIGHT: f64 = 0.5;
const CENTRALITY_WEIGHT: f64 = 0.35;
const HEADLINE_WEIGHT: f64 = 0.15;
/// PacSum's asymmetry: similarity to earlier sentences counts against.
const BACKWARD_WEIGHT: f64 = 0.5;
/// Cosine below which two sentences are not linked.
const LINK_THRESHOLD: f32 = 0.1;
/// Cosine above which a candidate repeats a chosen sentence.
const REDUNDANCY_THRESHOLD: f32 = 0.6;
/// What a sentence opening with a quotation keeps of its score.
const QUOTE_FACTOR: f64 = 0.6;
/// Sentences shorter than this many words are scaled down.
const FULL_LENGTH_WORDS: usize = 10;

/// How long a summary should be.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Length {
    /// The product's choice for a reader: a fifth of the body sentences,
    /// at least 3 and at most 10.
    Default,
    /// This many sentences.
    Sentences(usize),
    /// This share of the body sentences (rounded, at least one).
    Ratio(f64),
    /// As many of the best sentences as fit this many words (at least one).
    Words(usize),
}

/// Why a sentence scored as it did.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Evidence {
    /// Rank among body sentences, from 0.
    pub rank: usize,
    /// Sentences it shares terms with (cosine above the link threshold).
    pub links: usize,
    /// Cosine with the headline.
    pub headline: f32,
    /// Runs of capitalised words after the first word: a proxy for names
    /// until the entity tagger exists.
    pub names: usize,
    /// Whether it states figures.
    pub figures: bool,
    /// Its length in words.
    pub words: usize,
    /// Whether it opens with a quotation mark.
    pub quote: bool,
}

/// A sentence's score and the evidence behind it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SentenceScore {
    /// Index into the document's sentences.
    pub sentence: usize,
    /// The score, in [0, 1].
    pub score: f64,
    /// What made it.
    pub evidence: Evidence,
}

/// Every body sentence scored; header lines (title, date line, byline) are
/// never candidates.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    scored: Vec<SentenceScore>,
    vectors: Vec<TermVector>,
}

/// One chosen sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct Pick {
    /// Index into the document's sentences.
    pub sentence: usize,
    /// Its score.
    pub score: f64,
    /// Why it was chosen, for a reader.
    pub reasons: Vec<String>,
}

impl Scores {
    /// Score every body sentence of `doc`.
    pub fn compute(doc: &Document<'_>) -> Scores {
        let header = [
            doc.header.title,
            doc.header.date.map(|d| d.0),
            doc.header.byline,
        ];
        let body: Vec<usize> = (0..doc.sentences.len())
            .filter(|&i| {
                !header.iter().flatten().any(|h| {
                    doc.sentences[i].span.start <= h.start && h.end <= doc.sentences[i].span.end
                })
            })
            .collect();
        let terms: Vec<Vec<String>> = body
            .iter()
            .map(|&i| content_terms(doc.text, &doc.tokens[i]))
            .collect();
        let (space, vectors) = TermSpace::build(&terms);
        let headline = doc.header.title.map(|title| {
            let tokens = super::tokens::tokenize(doc.text, title);
            space.vector(&content_terms(doc.text, &tokens))
        });

        let n = body.len();
        let mut centrality = vec![0.0f64; n];
        let mut links = vec![0usize; n];
        for i in 0..n {
            for j in i + 1..(i + 1 + WINDOW).min(n) {
                let sim = vectors[i].cosine(&vectors[j]);
                if sim > LINK_THRESHOLD {
                    let edge = f64::from(sim - LINK_THRESHOLD);
                    centrality[i] += edge; // j follows i: counts for i
                    centrality[j] -= BACKWARD_WEIGHT * edge; // i precedes j: counts against j
                    links[i] += 1;
                    links[j] += 1;
                }
            }
        }
        let (low, high) = centrality
            .iter()
            .fold((f64::MAX, f64::MIN), |(l, h), &c| (l.min(c), h.max(c)));
        let spread = if high > low { high - low } else { 1.0 };

        let scored = body
            .iter()
            .enumerate()
            .map(|(rank, &sentence)| {
                let tokens = &doc.tokens[sentence];
                let words = tokens.iter().filter(|t| t.is_word()).count();
                let evidence = Evidence {
                    rank,
                    links: links[rank],
                    headline: headline.as_ref().map_or(0.0, |h| h.cosine(&vectors[rank])),
                    names: count_names(doc.text, tokens),
                    figures: tokens.iter().any(|t| t.kind == TokenKind::Number),
                    words,
                    quote: doc.sentences[sentence]
                        .span
                        .of(doc.text)
                        .starts_with(['"', '\'', '“', '‘', '«']),
                };
                let lead = 1.0 / (1.0 + rank as f64 / 2.0);
                let central = if n > 1 {
                    (centrality[rank] - low) / spread
                } else {
                    0.0
                };
                let length = (words as f64 / FULL_LENGTH_WORDS as f64).min(1.0);
                let score = (LEAD_WEIGHT * lead
                    + CENTRALITY_WEIGHT * central
                    + HEADLINE_WEIGHT * f64::from(evidence.headline))
                    * length
                    * if evidence.quote { QUOTE_FACTOR } else { 1.0 };
                SentenceScore {
                    sentence,
                    score,
                    evidence,
                }
            })
            .collect();
        Scores { scored, vectors }
    }

    /// The scored body sentences, in document order.
    pub fn sentences(&self) -> &[SentenceScore] {
        &self.scored
    }

    /// How many sentences `length` asks for, given the body's size.
    pub fn count_for(&self, length: Length) -> usize {
        let n = self.scored.len();
        let wanted = match length {
            Length::Default => ((n as f64 * 0.2).round() as usize).clamp(3, 10),
            Length::Sentences(k) => k,
            Length::Ratio(r) => ((n as f64 * r).round() as usize).max(1),
            Length::Words(_) => n,
        };
        wanted.min(n)
    }

    /// Choose the summary: the best sentences that do not repeat one
    /// already chosen, in document order.
    pub fn select(&self, length: Length) -> Vec<Pick> {
        let count = self.count_for(length);
        let budget = match length {
            Length::Words(w) => w,
            _ => usize::MAX,
        };
        let mut order: Vec<usize> = (0..self.scored.len()).collect();
        order.sort_by(|&a, &b| {
            self.scored[b]
                .score
                .total_cmp(&self.scored[a].score)
                .then(a.cmp(&b))
        });
        let mut chosen: Vec<usize> = Vec::new();
        let mut words = 0;
        for rank in order {
            if chosen.len() == count {
                break;
            }
            let candidate = &self.scored[rank];
            let repeats = chosen
                .iter()
                .any(|&c| self.vectors[c].cosine(&self.vectors[rank]) > REDUNDANCY_THRESHOLD);
            let fits = words + candidate.evidence.words <= budget || chosen.is_empty();
            if !repeats && fits {
                words += candidate.evidence.words;
                chosen.push(rank);
            }
        }
        chosen.sort_unstable();
        chosen
            .into_iter()
            .map(|rank| {
                let s = &self.scored[rank];
                Pick {
                    sentence: s.sentence,
                    score: s.score,
                    reasons: reasons(&s.evidence),
                }
            })
            .collect()
    }
}

/// How many runs of capitalised words follow the sentence's first word:
/// "Indian Defence Minister Rajnath Singh" is one run, "China" another.
fn count_names(text: &str, tokens: &[Token]) -> usize {
    let mut runs = 0;
    let mut in_run = true; // the first word is capitalised by position, not by name
    for token in tokens {
        let capitalised =
            token.kind == TokenKind::Word && token.span.of(text).starts_with(char::is_uppercase);
        if capitalised && !in_run {
            runs += 1;
        }
        in_run = capitalised;
    }
    runs
}

/// The evidence in words a reader understands.
fn reasons(e: &Evidence) -> Vec<String> {
    let mut out = Vec::new();
    if e.rank < 3 {
        out.push(format!("lead: sentence {} of the article", e.rank + 1));
    }
    if e.links >= 2 {
        out.push(format!("central: shares terms with {} sentences", e.links));
    }
    if e.headline > 0.2 {
        out.push("echoes the headline".to_string());
    }
    if e.names >= 2 {
        out.push(format!("mentions {} names", e.names));
    }
    if e.figures {
        out.push("gives figures".to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    const ARTICLE: &str = "Talks in Minsk\n\n\
        Belarus and India held defence talks in Minsk on Monday. \
        The defence talks covered training and education. \
        Officials said the weather was cold. \
        India and Belarus agreed to expand defence education. \
        A band played. \
        The talks will resume in Delhi next year.";

    fn scores() -> Scores {
        Scores::compute(&Document::parse(ARTICLE, &Options::default()).unwrap())
    }

    #[test]
    fn leaves_the_headline_out_and_scores_the_body() {
        let s = scores();
        assert_eq!(s.sentences().len(), 6);
        assert_eq!(s.sentences()[0].sentence, 1);
        assert!(s.sentences().iter().all(|x| (0.0..=1.0).contains(&x.score)));
    }

    #[test]
    fn prefers_lead_and_central_sentences_over_asides() {
        let picks = scores().select(Length::Sentences(2));
        let chosen: Vec<usize> = picks.iter().map(|p| p.sentence).collect();
        assert_eq!(chosen, [1, 2]);
        assert!(picks[0]
            .reasons
            .contains(&"lead: sentence 1 of the article".to_string()));
        assert!(picks[0]
            .reasons
            .iter()
            .any(|r| r.starts_with("central: shares terms with")));
        assert!(picks[0]
            .reasons
            .contains(&"echoes the headline".to_string()));
    }

    #[test]
    fn lengths_in_sentences_ratio_and_words() {
        let s = scores();
        assert_eq!(s.select(Length::Default).len(), 3);
        assert_eq!(s.select(Length::Sentences(50)).len(), 6);
        assert_eq!(s.select(Length::Ratio(0.5)).len(), 3);
        let short = s.select(Length::Words(12));
        let words: usize = short
            .iter()
            .map(|p| {
                s.sentences()
                    .iter()
                    .find(|x| x.sentence == p.sentence)
                    .unwrap()
                    .evidence
                    .words
            })
            .sum();
        assert!(!short.is_empty() && words <= 12);
    }

    #[test]
    fn counts_runs_of_capitalised_words_as_names() {
        let text =
            "During talks, Indian Defence Minister Rajnath Singh met officials in Qingdao, China.";
        let tokens = crate::engine::tokens::tokenize(text, crate::engine::Span::new(0, text.len()));
        assert_eq!(count_names(text, &tokens), 3);
    }

    #[test]
    fn picks_come_in_document_order() {
        let picks = scores().select(Length::Sentences(4));
        assert!(picks.windows(2).all(|w| w[0].sentence < w[1].sentence));
    }
}
