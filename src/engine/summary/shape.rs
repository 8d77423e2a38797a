//! An article's shape: where its lead is.
//!
//! A news story puts what happened first (the inverted pyramid), so the
//! summary's lead bonus goes to the first body sentences. A feature often
//! opens instead on an anecdote, a scene in short sentences about no one
//! yet named ("The symptoms came on quickly."), and says what the story
//! is about a few paragraphs on, in its "nut graf"
//! (Blundell 1988, "The Art and Craft of Feature Writing", ch. 4; the
//! Wall Street Journal formula: anecdote, nut graf, body). A summary of
//! such a feature that keeps the first sentences keeps the scene without
//! its point.
//!
//! A key design decision is to read the shape from signals a news lead
//! never lacks: a news lead restates its headline, and names who or
//! what. An opening paragraph of short statements (at most
//! [`SCENE_WORDS`] words each) that shares no word with the headline and
//! names no one is taken for an anecdote. (A first-person opening was
//! tried as a sign too: on a Slate essay whose first paragraph names its
//! subject it moved the summary from that paragraph to a sentence about
//! "a copy" of nothing named, so it is not kept.) The nut graf is then, among the next [`NUT_GRAF_PARAGRAPHS`]
//! (where features put it), the first paragraph that echoes the
//! headline, the story's subject stated; failing that, the
//! most central one that names something (TextRank, as the summary
//! scores it: the paragraph sharing most with the rest states what the
//! rest is about). The lead bonus moves there, and the anecdote gets
//! none. A news lead that echoes its
//! headline, or an article with no headline, keeps the bonus where it
//! was, so news summaries do not change.

use crate::engine::document::Document;

/// How many body paragraphs after an anecdotal opening may hold the
/// nut graf: features put it in paragraphs 3 to 8 (Blundell 1988).
const NUT_GRAF_PARAGRAPHS: usize = 7;

/// The most words of an anecdote's sentences: its scene is told in short
/// ones ("The symptoms came on quickly."); an essay's or a blog's opening
/// paragraph of long sentences that names no one is no scene.
const SCENE_WORDS: usize = 15;

/// The fewest body paragraphs of a feature: a shorter text has no room
/// for an anecdote before its point.
const MIN_PARAGRAPHS: usize = 4;

/// What the shape is read from, per body sentence (by rank).
pub struct Signals<'a> {
    /// Index into the document's sentences.
    pub sentences: &'a [usize],
    /// Cosine with the headline (all 0 where there is none).
    pub headline: &'a [f32],
    /// Distinct names it mentions.
    pub names: &'a [usize],
    /// Centrality, in [0, 1].
    pub centrality: &'a [f64],
    /// Its length in words.
    pub words: &'a [usize],
}

/// The lead bonus of each body sentence (by rank), `bonus` being the
/// bonus of the lead's first sentences in order: from the first body
/// sentence in a news story, from the nut graf's first in a feature that
/// opens on an anecdote.
pub fn lead_bonuses(doc: &Document<'_>, signals: &Signals<'_>, bonus: &[f64]) -> Vec<f64> {
    let n = signals.sentences.len();
    let start = if doc.header.title.is_some() {
        nut_graf(doc, signals).unwrap_or(0)
    } else {
        0
    };
    (0..n)
        .map(|rank| {
            rank.checked_sub(start)
                .and_then(|k| bonus.get(k))
                .copied()
                .unwrap_or(0.0)
        })
        .collect()
}

/// The rank of the nut graf's first sentence, where the article opens on
/// an anecdote and a paragraph after it names something.
fn nut_graf(doc: &Document<'_>, signals: &Signals<'_>) -> Option<usize> {
    let paragraph = |rank: usize| doc.sentences[signals.sentences[rank]].paragraph;
    // The ranks where each body paragraph starts.
    let starts: Vec<usize> = (0..signals.sentences.len())
        .filter(|&rank| rank == 0 || paragraph(rank) != paragraph(rank - 1))
        .collect();
    if starts.len() < MIN_PARAGRAPHS {
        return None;
    }
    let opening = starts[0]..starts[1];
    let echoes = opening.clone().any(|r| signals.headline[r] > 0.0);
    let names = opening.clone().any(|r| signals.names[r] > 0);
    let scene = opening.clone().all(|r| {
        let unit = doc.sentences[signals.sentences[r]].span.of(doc.text).trim();
        signals.words[r] <= SCENE_WORDS
            && unit
                .trim_end_matches(['"', '”', '’', ')'])
                .ends_with(['.', '!', '。', '！'])
    });
    // Where the tagger found no name at all (a language it does not
    // read), "names no one" says nothing.
    let tagged = signals.names.iter().any(|&n| n > 0);
    if echoes || names || !scene || !tagged {
        return None;
    }
    let ends = starts
        .iter()
        .skip(1)
        .copied()
        .chain([signals.sentences.len()]);
    let ranges = starts
        .iter()
        .copied()
        .zip(ends)
        .skip(1)
        .take(NUT_GRAF_PARAGRAPHS);
    // The first paragraph that echoes the headline; else the most
    // central one naming something.
    let mut first_echo = None;
    let mut central: Option<(usize, f64)> = None;
    for (from, to) in ranges {
        if first_echo.is_none() && (from..to).any(|r| signals.headline[r] > 0.0) {
            first_echo = Some(from);
        }
        if !(from..to).any(|r| signals.names[r] > 0) {
            continue;
        }
        let centrality = (from..to)
            .map(|r| signals.centrality[r])
            .fold(0.0, f64::max);
        if central.is_none_or(|(_, c)| centrality > c) {
            central = Some((from, centrality));
        }
    }
    first_echo.or(central.map(|(from, _)| from))
}

#[cfg(test)]
mod tests {
    use crate::engine::summary::summarize::{Length, Scores};
    use crate::engine::{Document, Options};

    /// The openings of the sentences a summary of `n` chooses.
    fn summary(text: &str, n: usize) -> Vec<String> {
        let doc = Document::parse(text, &Options::default()).unwrap();
        Scores::compute(&doc)
            .select(Length::Sentences(n))
            .iter()
            .map(|p| {
                let s = doc.sentences[p.sentence].span.of(text).trim();
                s.chars().take(20).collect()
            })
            .collect()
    }

    /// A feature in Blundell's form: a scene naming no one and sharing no
    /// word with the headline, then the nut graf.
    const FEATURE: &str = "The harbour wall that nearly sank a town\n\n\
        The water rose in the night. By dawn the quay was gone. The boats lay \
        on their sides in the mud.\n\n\
        Nobody slept. The cold came in with the tide.\n\n\
        Engineers at the Dunmore Harbour Board now say the harbour wall, built \
        in 1870, had been failing for a decade. Its repair is the largest \
        flood project in the county.\n\n\
        Mary Keane, who runs the chandlery, lost her stock. The insurers paid \
        late, and the shop opened again in March.\n\n\
        The board will finish the new wall next year.";

    #[test]
    fn a_feature_opening_on_an_anecdote_is_summed_up_by_its_nut_graf() {
        let picks = summary(FEATURE, 1);
        assert_eq!(picks, ["Engineers at the Dun"], "{picks:?}");
    }

    #[test]
    fn an_opening_of_long_sentences_is_no_scene() {
        // An essay's opening argues; it is no anecdote to pass over.
        let essay = FEATURE.replace(
            "The water rose in the night.",
            "Every coastal village believes that the sea it lives beside will stay where \
            it has always been.",
        );
        assert_eq!(summary(&essay, 1), ["Every coastal villag"]);
    }

    #[test]
    fn a_news_lead_that_names_someone_or_echoes_the_headline_keeps_its_bonus() {
        // The same story told as news: its lead names the board.
        let news = FEATURE.replace(
            "The water rose in the night.",
            "The Dunmore Harbour Board lost its quay in the night.",
        );
        assert_eq!(summary(&news, 1), ["The Dunmore Harbour "]);
        // A lead naming no one but restating the headline is a news lead.
        let echo = FEATURE.replace(
            "The water rose in the night.",
            "A failing harbour wall nearly sank a town in the night.",
        );
        assert_eq!(summary(&echo, 1), ["A failing harbour wa"]);
    }
}
