//! Key points and a headline: the summary as short bullets, each one
//! source sentence compressed ([`crate::engine::summary::compress`]).
//!
//! A key design decision is that key points are chosen by the summary's
//! own ranking ([`Scores::select_by_words`]), not a ranking of their own:
//! the same sentences stand alone, the same redundancy cut-off applies,
//! and a length in sentences gives the same sentences as the summary. Only
//! a word budget differs, counting each bullet's words, so a budget holds
//! more key points than whole sentences. Every body sentence is compressed
//! once, when the document is analysed, so the widget re-selects any
//! length without the document (the scores and these bullets are kept).
//!
//! The headline is the article's own title where it has one; else the
//! bullet of the sentence a one-sentence summary chooses, the article's
//! most central sentence by the summary's scores (lead and TextRank).

use serde::{Deserialize, Serialize};

use crate::engine::document::Document;
use crate::engine::segmentation::parts::Part;
use crate::engine::summary::compress::{compress, Compressed};
use crate::engine::summary::standalone::Check;
use crate::engine::summary::summarize::{Length, Scores};

/// Every body sentence compressed, and the headline.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct KeyPoints {
    /// One bullet per scored body sentence, in the order of
    /// [`Scores::sentences`].
    bullets: Vec<Compressed>,
    /// The article's title or gist.
    headline: Option<Compressed>,
}

impl KeyPoints {
    /// Compress every body sentence of `doc`, scored as `scores`.
    pub fn compute(doc: &Document<'_>, scores: &Scores) -> KeyPoints {
        let bullets: Vec<Compressed> = scores
            .sentences()
            .iter()
            .map(|s| compress(doc, s.sentence))
            .collect();
        let title = (0..doc.sentences.len()).find(|&i| doc.parts[i] == Part::Title);
        let headline = match title {
            Some(i) => {
                let span = doc.header.title.unwrap_or(doc.sentences[i].span);
                let text = span.of(doc.text).trim().to_string();
                Some(Compressed {
                    sentence: i,
                    spans: vec![(span.start, span.end)],
                    words: text.split_whitespace().count(),
                    text,
                })
            }
            None => {
                let words: Vec<usize> = bullets.iter().map(|b| b.words).collect();
                scores
                    .select_by_words(Length::Sentences(1), &words)
                    .first()
                    .and_then(|pick| bullets.iter().find(|b| b.sentence == pick.sentence))
                    .cloned()
            }
        };
        KeyPoints { bullets, headline }
    }

    /// The key points for a summary of `length`, in document order: the
    /// bullets of the sentences [`Scores::select_by_words`] chooses, a word
    /// budget counting bullets' words. One a sentence, its spans inside
    /// it, as the contract's `keypoints[]` gives them
    /// (`../shared/CONTRACT.md`); the reader's view joins a quotation's
    /// second sentence to its first ([`KeyPoints::of`]).
    pub fn select(&self, scores: &Scores, length: Length) -> Vec<&Compressed> {
        let words: Vec<usize> = self.bullets.iter().map(|b| b.words).collect();
        scores
            .select_by_words(length, &words)
            .into_iter()
            .filter_map(|pick| self.bullet(pick.sentence))
            .collect()
    }

    /// The key points of the chosen body sentences `sentences` (in
    /// document order): one bullet each, but the second sentence of a
    /// quotation, chosen with the sentence before it that opens the
    /// quotation ([`Check::UnbalancedQuote`]), joins that one's bullet: as
    /// a bullet of its own it opens mid-quote (a reader's check found a
    /// two-sentence quotation printed as two bullets, issue 19). The
    /// joined bullet keeps the spans of both, so it stays traceable; its
    /// `sentence` is the first. A sentence that leans on the one before
    /// in other ways ("It", "he said") stays a bullet of its own, read
    /// after that one's, as in the summary.
    pub fn of(&self, scores: &Scores, sentences: &[usize]) -> Vec<Compressed> {
        let mut points: Vec<Compressed> = Vec::new();
        let mut last = None;
        for &sentence in sentences {
            let Some(bullet) = self.bullet(sentence) else {
                continue;
            };
            let leans = last.is_some_and(|last: usize| {
                scores.standing(sentence).is_some_and(|standing| {
                    standing.needs_previous == Some(Check::UnbalancedQuote) && last + 1 == sentence
                })
            });
            match points.last_mut() {
                Some(point) if leans => {
                    point.spans.extend(bullet.spans.iter().copied());
                    point.text = format!("{} {}", point.text, bullet.text);
                    point.words += bullet.words;
                }
                _ => points.push(bullet.clone()),
            }
            last = Some(sentence);
        }
        points
    }

    /// The key point of body sentence `sentence`, if it is one.
    pub fn bullet(&self, sentence: usize) -> Option<&Compressed> {
        self.bullets.iter().find(|b| b.sentence == sentence)
    }

    /// The article's title, else its gist compressed; `None` for an
    /// article with no body sentence and no title.
    pub fn headline(&self) -> Option<&Compressed> {
        self.headline.as_ref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    const BODY: &str = "On Monday, Belarus and India held defence talks in Minsk. \
        Officials said the talks covered military education and training. \
        Viktor Khrenin, the former chief of the army, praised the talks, adding that they were useful. \
        India and Belarus agreed to expand defence education and officer training. \
        The talks will resume in Delhi next year, he said.";

    fn key_points(text: &str) -> (Scores, KeyPoints) {
        let doc = Document::parse(text, &Options::default()).unwrap();
        let scores = Scores::compute(&doc);
        let points = KeyPoints::compute(&doc, &scores);
        (scores, points)
    }

    #[test]
    fn a_length_in_sentences_gives_the_summarys_sentences() {
        let (scores, points) = key_points(BODY);
        for n in 1..=5 {
            let summary: Vec<usize> = scores
                .select(Length::Sentences(n))
                .iter()
                .map(|p| p.sentence)
                .collect();
            let bullets: Vec<usize> = points
                .select(&scores, Length::Sentences(n))
                .iter()
                .map(|b| b.sentence)
                .collect();
            assert_eq!(bullets, summary, "{n} sentences");
        }
    }

    #[test]
    fn a_word_budget_counts_the_bullets_words_so_it_holds_more() {
        let (scores, points) = key_points(BODY);
        let budget = Length::Words(32);
        let bullets = points.select(&scores, budget);
        let words: usize = bullets.iter().map(|b| b.words).sum();
        assert!(words <= 32, "{words} words");
        assert!(
            bullets.len() > scores.select(budget).len(),
            "bullets are shorter, so more fit"
        );
    }

    /// A reader's check of real pages (issue 19): a two-sentence
    /// quotation chosen together came out as two bullets, the second
    /// opening mid-quote.
    #[test]
    fn a_quotation_of_two_sentences_is_one_bullet() {
        let text = "The council voted on Monday to close the harbour bridge for repairs. \
            “We looked at every option for the harbour bridge. \
            The bridge cannot carry buses any longer,” Mayor Ana Ruiz said. \
            Buses will take the ring road until the repairs are done in May.";
        let doc = Document::parse(text, &Options::default()).unwrap();
        let scores = Scores::compute(&doc);
        let points = KeyPoints::compute(&doc, &scores);
        let bullets = points.of(&scores, &[0, 1, 2]);
        let texts: Vec<&str> = bullets.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts[1],
            "“We looked at every option for the harbour bridge. \
             The bridge cannot carry buses any longer,” Mayor Ana Ruiz said."
        );
        assert_eq!(bullets.len(), 2, "{texts:?}");
        let kept: Vec<&str> = bullets[1].spans.iter().map(|&(a, b)| &text[a..b]).collect();
        assert_eq!(kept.len(), 2, "the spans of both sentences: {kept:?}");
    }

    #[test]
    fn the_headline_is_the_title_where_there_is_one() {
        let text = format!("Belarus and India hold defence talks\n\n{BODY}");
        let (_, points) = key_points(&text);
        assert_eq!(
            points.headline().map(|h| h.text.as_str()),
            Some("Belarus and India hold defence talks")
        );
    }

    #[test]
    fn without_a_title_the_headline_is_the_gist_compressed() {
        let (_, points) = key_points(BODY);
        assert_eq!(
            points.headline().map(|h| h.text.as_str()),
            Some("Belarus and India held defence talks in Minsk.")
        );
    }
}
