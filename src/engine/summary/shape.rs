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
//!
//! An anecdote may name its person too ("From the deck of his
//! 106-year-old halibut schooner, ..., skipper Wade Bassi has better
//! insight than most ..."). Its signs are read together: the first
//! sentence sets a scene before its subject (a clause of at least
//! [`SCENE_CLAUSE_WORDS`] words opening on a preposition or conjunction,
//! with no date: news opens on its subject, or on "In October,"); the
//! opening names a person the headline does not; and it comes back to
//! them (by name, or a sentence opening on "he" or "she"). The nut graf
//! is then the paragraph among the next [`NUT_GRAF_PARAGRAPHS`] that
//! states the headline best, where it states it better than the
//! anecdote (Blundell's nut graf says what the headline promised: "Whole
//! Foods' halibut deal opens a window into Amazon's grocery strategy").
//! Without the scene, news of someone its headline does not name (a
//! lead on a president, a headline quoting the White House) moved to a
//! later quotation on 4 of 221 saved pages, so the scene is required.

use std::ops::Range;

use crate::engine::attribution::gender;
use crate::engine::document::Document;
use crate::engine::entities::Label;
use crate::engine::lexicon::en::function_words::SCENE_OPENERS;

/// How many body paragraphs after an anecdotal opening may hold the
/// nut graf: features put it in paragraphs 3 to 8 (Blundell 1988).
const NUT_GRAF_PARAGRAPHS: usize = 7;

/// The most words of an anecdote's sentences: its scene is told in short
/// ones ("The symptoms came on quickly."); an essay's or a blog's opening
/// paragraph of long sentences that names no one is no scene.
const SCENE_WORDS: usize = 15;

/// The fewest words of the clause that sets an anecdote's scene before
/// its person ("When the immunologist ... looked deep inside the lungs of
/// mice, he ..."): a news lead's "In October," or "As expected," is none.
const SCENE_CLAUSE_WORDS: usize = 6;

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
    // Where the tagger found no name at all (a language it does not
    // read), "names no one" says nothing.
    if !signals.names.iter().any(|&n| n > 0) {
        return None;
    }
    let ends = starts
        .iter()
        .skip(1)
        .copied()
        .chain([signals.sentences.len()]);
    let ranges: Vec<(usize, usize)> = starts
        .iter()
        .copied()
        .zip(ends)
        .skip(1)
        .take(NUT_GRAF_PARAGRAPHS)
        .collect();
    if is_scene(doc, signals, opening.clone()) {
        return after_scene(signals, &ranges);
    }
    if !follows_one_person(doc, signals, &starts) {
        return None;
    }
    // The paragraph that states the headline best, if it states it
    // better than the anecdote does.
    let echo = |from: usize, to: usize| (from..to).map(|r| signals.headline[r]).fold(0.0, f32::max);
    let told = echo(opening.start, opening.end);
    ranges
        .iter()
        .map(|&(from, to)| (from, echo(from, to)))
        .filter(|&(_, e)| e > told)
        .fold(None, |best: Option<(usize, f32)>, (from, e)| match best {
            Some((_, b)) if b >= e => best,
            _ => Some((from, e)),
        })
        .map(|(from, _)| from)
}

/// Whether the opening paragraph (the ranks `opening`) is a scene: short
/// statements that name no one and share no word with the headline.
fn is_scene(doc: &Document<'_>, signals: &Signals<'_>, opening: Range<usize>) -> bool {
    let echoes = opening.clone().any(|r| signals.headline[r] > 0.0);
    let names = opening.clone().any(|r| signals.names[r] > 0);
    let short = opening.clone().all(|r| {
        let unit = doc.sentences[signals.sentences[r]].span.of(doc.text).trim();
        signals.words[r] <= SCENE_WORDS
            && unit
                .trim_end_matches(['"', '”', '’', ')'])
                .ends_with(['.', '!', '。', '！'])
    });
    !echoes && !names && short
}

/// The nut graf after a scene among the paragraphs `ranges` (first and
/// end rank of each): the first that echoes the headline; else the most
/// central one naming something.
fn after_scene(signals: &Signals<'_>, ranges: &[(usize, usize)]) -> Option<usize> {
    let mut first_echo = None;
    let mut central: Option<(usize, f64)> = None;
    for &(from, to) in ranges {
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

/// Whether the opening follows one person the headline does not name:
/// the first paragraph names someone, and a later sentence of it or of
/// the next paragraph comes back to them, by name or as "he" or "she"
/// ("... skipper Wade Bassi has better insight than most ..." then
/// "While he doesn't buy halibut much ... Bassi ..."). A news lead's
/// person is its headline's, or the lead is told in one sentence.
fn follows_one_person(doc: &Document<'_>, signals: &Signals<'_>, starts: &[usize]) -> bool {
    let Some(title) = doc.header.title else {
        return false;
    };
    let headline: Vec<String> = words(title.of(doc.text));
    let span = |rank: usize| doc.sentences[signals.sentences[rank]].span;
    let opening = span(starts[0]).start..span(starts[1] - 1).end;
    let people: Vec<&str> = doc
        .entities
        .iter()
        .filter(|e| e.mention.label == Label::Per && opening.contains(&e.mention.span.start))
        .map(|e| e.name.as_str())
        .filter(|name| !words(name).iter().any(|w| headline.contains(w)))
        .collect();
    if people.is_empty() || !opens_on_a_scene(doc, signals.sentences[starts[0]]) {
        return false;
    }
    let later = span(starts[0]).end..starts.get(2).map_or(doc.text.len(), |&r| span(r).start);
    let named_again = doc
        .entities
        .iter()
        .any(|e| later.contains(&e.mention.span.start) && people.contains(&e.name.as_str()));
    let pronoun_again = (starts[0] + 1..starts.get(2).copied().unwrap_or(signals.sentences.len()))
        .any(|r| {
            let sentence = signals.sentences[r];
            doc.tokens[sentence]
                .iter()
                .find(|t| t.is_word())
                .is_some_and(|t| gender::of_pronoun(t.span.of(doc.text)).is_some())
        });
    named_again || pronoun_again
}

/// Whether sentence `i` opens on a clause that sets a scene before its
/// subject: a preposition or conjunction, then at least
/// [`SCENE_CLAUSE_WORDS`] words and a comma, and no date ("From the deck
/// of his 106-year-old halibut schooner, ..."; not "In October, ..." nor
/// "On Tuesday, ...", which date news).
fn opens_on_a_scene(doc: &Document<'_>, i: usize) -> bool {
    let tokens = &doc.tokens[i];
    let Some(first) = tokens.iter().find(|t| t.is_word()) else {
        return false;
    };
    if !SCENE_OPENERS.contains(&first.span.of(doc.text).to_lowercase().as_str()) {
        return false;
    }
    let Some(comma) = tokens.iter().position(|t| t.span.of(doc.text) == ",") else {
        return false;
    };
    let clause = first.span.start..tokens[comma].span.start;
    tokens[..comma].iter().filter(|t| t.is_word()).count() >= SCENE_CLAUSE_WORDS
        && !doc.dates.iter().any(|d| clause.contains(&d.span.start))
}

/// The lower-cased words of `text`.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
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

    /// A feature whose anecdote names its person, a skipper the headline
    /// does not name, and comes back to him; its nut graf states the
    /// headline.
    const NAMED: &str =
        "Cheap ferry fares give a glimpse of the harbour board's plan for Dunmore\n\n\
        From the wheelhouse of his sixty-year-old trawler, moored at the old quay, \
        skipper Tom Walsh has watched every evening crossing for thirty years.\n\n\
        While he rarely takes the crossing himself, Walsh keeps an eye on who \
        boards it and what they carry.\n\n\
        \u{201c}It was never this busy in winter,\u{201d} he said.\n\n\
        Cheap ferry fares are the first part of the harbour board's plan to bring \
        visitors back to Dunmore all year.\n\n\
        The board bought the ferry line in 2017 for two million euro.\n\n\
        Visitors spent more in the town last winter than in any winter since 1990.";

    #[test]
    fn a_feature_whose_anecdote_names_its_person_is_summed_up_by_its_nut_graf() {
        assert_eq!(summary(NAMED, 1), ["Cheap ferry fares ar"]);
    }

    #[test]
    fn a_news_lead_about_the_headlines_person_keeps_its_bonus() {
        // The same story told as news of the skipper the headline names.
        let news = NAMED.replace(
            "Cheap ferry fares give a glimpse",
            "Skipper Tom Walsh sees cheap ferry fares as a glimpse",
        );
        assert_eq!(summary(&news, 1), ["From the wheelhouse "]);
        // News of someone the headline does not name opens on its subject,
        // not on a scene.
        let subject_first = NAMED.replace(
            "From the wheelhouse of his sixty-year-old trawler, moored at the old quay, \
            skipper Tom Walsh has watched",
            "Skipper Tom Walsh, moored at the old quay in his sixty-year-old trawler, has watched",
        );
        assert_eq!(summary(&subject_first, 1), ["Skipper Tom Walsh, m"]);
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
