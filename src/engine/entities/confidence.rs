//! How sure Nutshell is of each entity mention, and which names the cards
//! show by default (issue 13: a wrong card costs the reader more than a
//! missing one).
//!
//! A mention's confidence is a logistic model (Platt 1999, "Probabilistic
//! outputs for support vector machines") over the tagger's own margin and
//! the document-level evidence the tagger cannot see: how often the name
//! recurs, whether it is the short form of a full name, whether a
//! gazetteer knows its words, whether it only ever stands in Title
//! Case or capitals lines or alone at a sentence start, where capitals are
//! no evidence, and whether a capitalised word touches it (a piece of a
//! longer name: "York" of "New York City"). [`WEIGHTS`] are fitted by
//! `tools/eval/fit_confidence.py` on documents the tagger that read them
//! was not trained on (the calibration documents of
//! `tools/eval/ner_training_set.py`, and its cross-fitting folds); the
//! probability it gives is the share of mentions at that confidence that
//! are right (span and label), as measured there.

use std::collections::HashMap;

use super::features::LineStyle;
use super::gazetteer::{lists_of, HONORIFICS};
use super::{Label, Mention};
use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::lexicon::en::roles::MORE_ROLE_HEADS;
use crate::engine::span::Span;

/// How many evidence values a mention has ([`evidence`]).
pub const EVIDENCE: usize = 17;

/// What each evidence value is, in order (for `tools/eval/fit_confidence.py`).
pub const EVIDENCE_NAMES: [&str; EVIDENCE] = [
    "bias",
    "margin",
    "log_mentions",
    "short_form",
    "gazetteer",
    "styled_line",
    "only_styled",
    "lone_initial",
    "one_word",
    "per",
    "org",
    "loc",
    "capitals",
    "common_words",
    "touches_capitalised",
    "card_margin",
    "lists_agree",
];

/// Logistic weights of the evidence values, fitted by
/// `tools/eval/fit_confidence.py` on the calibration documents and on the
/// cross-fitting folds of the training documents, each tagged by a model
/// trained without it (66 documents; README, entity cards).
const WEIGHTS: [f32; EVIDENCE] = [
    -0.706, 0.071, -0.188, 0.967, -0.076, -0.151, -0.176, -0.187, -0.716, 0.330, -0.091, 0.635,
    -0.237, -0.404, -1.601, 0.669, 0.548,
];

/// The least confidence of a card's best mention for the card to show by
/// default, chosen on the same documents as [`WEIGHTS`] for a card
/// precision of about 0.88 there.
pub const SHOWN_AT: f32 = 0.77;

/// The evidence values of each mention (same order as `mentions`, whose
/// canonical names are `names`); `sentence_starts` are the byte offsets
/// where sentences start, ascending.
pub fn evidence(
    text: &str,
    mentions: &[Mention],
    names: &[String],
    sentence_starts: &[usize],
) -> Vec<[f32; EVIDENCE]> {
    let lower = lower_case_words(text);
    // Per card: how many mentions, whether all stand in styled lines, and
    // the best margin of any of them.
    let mut cards: HashMap<(&str, Label), (usize, bool, f32)> = HashMap::new();
    for (m, name) in mentions.iter().zip(names) {
        let card = cards
            .entry((name.as_str(), m.label))
            .or_insert((0, true, f32::NEG_INFINITY));
        card.0 += 1;
        card.1 &= m.line != LineStyle::Prose;
        card.2 = card.2.max(margin(m));
    }
    mentions
        .iter()
        .zip(names)
        .map(|(m, name)| {
            let own = m.span.of(text);
            let (count, only_styled, card_margin) = cards[&(name.as_str(), m.label)];
            let one_word = !own.contains(char::is_whitespace);
            let initial = sentence_starts.binary_search(&m.span.start).is_ok();
            let known = own.split_whitespace().any(|w| {
                let w = w.trim_end_matches(['.', ',']).to_lowercase();
                let on_a_list = lists_of(&w).next().is_some();
                on_a_list
            });
            let capitals = own.chars().filter(|c| c.is_alphabetic()).count() > 1
                && !own.chars().any(char::is_lowercase);
            let words = own.split_whitespace().count().max(1);
            let common = own
                .split_whitespace()
                .filter(|w| lower.contains(w.to_lowercase().as_str()))
                .count();
            let flag = |b: bool| if b { 1.0 } else { 0.0 };
            [
                1.0,
                margin(m),
                (count as f32).ln(),
                flag(m.label == Label::Per && name.as_str() != own),
                flag(known),
                flag(m.line != LineStyle::Prose),
                flag(only_styled),
                flag(one_word && initial),
                flag(one_word),
                flag(m.label == Label::Per),
                flag(m.label == Label::Org),
                flag(m.label == Label::Loc),
                flag(capitals),
                common as f32 / words as f32,
                flag(touches_capitalised(text, m.span, sentence_starts)),
                card_margin,
                flag(lists_agree(text, m)),
            ]
        })
        .collect()
}

/// The tagger's margin as evidence: bounded, so one runaway score cannot
/// decide alone, and scaled near the other values.
fn margin(m: &Mention) -> f32 {
    m.margin.clamp(-5.0, 30.0) / 10.0
}

/// Whether a capitalised word stands right next to the mention, only
/// spaces between: the word before (unless it opens its sentence, where
/// any word is capitalised, or the mention does, or it is a title: CoNLL-2003
/// and readers leave "President" out of "Bill Clinton", where GUM takes it
/// in, and the fit would learn GUM's habit) or the word after. Such a
/// mention is often a piece of a longer name the tagger cut up ("York" and
/// "City" of "New York City", "Institute of History" of the "Institute of
/// History and Philology of Academia Sinica"): on the calibration documents
/// of `tools/eval/fit_confidence.py` this value raised card recall at
/// precision 0.85 more than any other tried (README, entity cards).
fn touches_capitalised(text: &str, span: Span, sentence_starts: &[usize]) -> bool {
    const SPACES: [char; 2] = [' ', '\u{a0}'];
    let opens = |at: usize| sentence_starts.binary_search(&at).is_ok();
    let head = &text[..span.start];
    let before = head.trim_end_matches(SPACES);
    // Only a word with spaces after it is read back to its start: the words
    // read for two mentions never overlap, so all mentions together read
    // the text at most once, however long its words.
    let after_previous = before.len() < head.len() && !opens(span.start) && {
        let word_start = before
            .char_indices()
            .rev()
            .find(|(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        let previous = &before[word_start..];
        !opens(word_start)
            && previous.starts_with(char::is_uppercase)
            && previous.ends_with(char::is_alphanumeric)
            && !is_title(previous)
    };
    let tail = &text[span.end..];
    let after = tail.trim_start_matches(SPACES);
    let before_next = after.len() < tail.len() && after.starts_with(char::is_uppercase);
    after_previous || before_next
}

/// Whether the gazetteer's lists say what the tagger's label says: a
/// person whose first word is a given name or who follows a title ("Sue
/// Black", "Mr Kamen"), a place whose words are all on the places list
/// ("Benin", "New York"), an organisation whose last word ends
/// organisations' names ("Kotak Securities"). The tagger reads these lists
/// as soft features of single tokens; their agreement with the label over
/// the whole name is evidence it cannot weigh (the gazetteer features of
/// Ratinov & Roth 2009, "Design challenges and misconceptions in named
/// entity recognition", read at the level of the name). On the 66
/// documents the weights are fitted on, it raised default card recall at
/// precision 0.88 from 0.210 to 0.225 (eighth session; README, entity
/// cards).
fn lists_agree(text: &str, m: &Mention) -> bool {
    let name = m.span.of(text);
    let mut words = name
        .split_whitespace()
        .map(|w| w.trim_end_matches(['.', ',']).to_lowercase());
    let on = |word: &str, list: &str| lists_of(word).any(|l| l == list);
    match m.label {
        Label::Per => {
            let title_before = text[..m.span.start]
                .split_whitespace()
                .next_back()
                .is_some_and(|w| is_title(w.trim_end_matches('.')));
            title_before || words.next().is_some_and(|w| on(&w, "given"))
        }
        Label::Loc => words.all(|w| on(&w, "place")),
        Label::Org => words.next_back().is_some_and(|w| on(&w, "orgend")),
        Label::Misc => false,
    }
}

/// Whether `word` is a courtesy title or a role ("Mr", "President",
/// "Senator").
fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    HONORIFICS.contains(&lower.as_str()) || MORE_ROLE_HEADS.contains(&lower.as_str())
}

/// The words `text` writes in lower case somewhere, function words left
/// out: a capitalised "Team", "School" or "Gaming" that the text also
/// writes as "team" is most likely a common noun capitalised by position
/// or style (the "lower-case elsewhere" cue of Mikheev 1999, "A
/// knowledge-free method for capitalized word disambiguation").
///
/// The function words go after the words are gathered, each distinct word
/// checked once against the list rather than each use (issue 18).
pub(super) fn lower_case_words(text: &str) -> std::collections::HashSet<&str> {
    let mut words: std::collections::HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| w.starts_with(char::is_lowercase))
        .collect();
    words.retain(|w| !is_stopword(w));
    words
}

/// A mention's confidence from its evidence values: 0..1.
pub fn confidence(evidence: &[f32; EVIDENCE]) -> f32 {
    let z: f32 = evidence.iter().zip(WEIGHTS).map(|(x, w)| x * w).sum();
    1.0 / (1.0 + (-z).exp())
}

/// Whether each mention's card (its canonical name and label) shows by
/// default: where the card's most confident mention reaches [`SHOWN_AT`],
/// or where the card is a person an interview's transcript names as a
/// speaker ([`transcript_speakers`]). A card is one name to the reader, so
/// all its mentions agree.
pub fn shown(text: &str, mentions: &[Mention], names: &[String], confidences: &[f32]) -> Vec<bool> {
    let mut best: HashMap<(&str, Label), f32> = HashMap::new();
    for ((m, name), &c) in mentions.iter().zip(names).zip(confidences) {
        let entry = best.entry((name.as_str(), m.label)).or_insert(c);
        *entry = entry.max(c);
    }
    let speakers = transcript_speakers(text, mentions, names);
    mentions
        .iter()
        .zip(names)
        .map(|(m, name)| {
            best[&(name.as_str(), m.label)] >= SHOWN_AT
                || (m.label == Label::Per && speakers.contains(name.as_str()))
        })
        .collect()
}

/// The people named in full whose surname or whole name, followed by a
/// colon, opens at least [`SPEAKER_LABELS`] lines ("MARCHETTI: Yeah,
/// totally."): a transcript's speaker is a person however unsure the
/// tagger is of the name. A new-user test's interview hid its subject,
/// named 11 times so, behind "show less certain" (best confidence 0.60).
fn transcript_speakers<'n>(
    text: &str,
    mentions: &[Mention],
    names: &'n [String],
) -> std::collections::HashSet<&'n str> {
    let mut labels: HashMap<String, usize> = HashMap::new();
    for line in text.lines() {
        if let Some((label, _)) = line.trim_start().split_once(':') {
            if label.len() <= MAX_LABEL_BYTES {
                *labels.entry(label.trim().to_lowercase()).or_default() += 1;
            }
        }
    }
    let labelled = |label: &str| labels.get(label).is_some_and(|&n| n >= SPEAKER_LABELS);
    mentions
        .iter()
        .zip(names)
        .filter(|(m, name)| {
            let lower = name.to_lowercase();
            let surname = lower.rsplit(' ').next().unwrap_or_default();
            m.label == Label::Per && lower.contains(' ') && (labelled(&lower) || labelled(surname))
        })
        .map(|(_, name)| name.as_str())
        .collect()
}

/// The longest speaker's label read (a name and a surname, long ones too).
const MAX_LABEL_BYTES: usize = 40;

/// Fewest lines a person labels for a transcript's speaker.
const SPEAKER_LABELS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Document;
    use crate::engine::Options;

    /// (mention, confidence, shown) of `text`'s entities.
    fn judged(text: &str) -> Vec<(String, f32, bool)> {
        let doc = Document::parse(text, &Options::default()).expect("a document");
        doc.entities
            .iter()
            .map(|e| (e.mention.span.of(text).to_string(), e.confidence, e.shown))
            .collect()
    }

    #[test]
    fn a_recurring_full_name_is_surer_than_a_lone_capitalised_word() {
        let found = judged(
            "Barack Obama spoke in Chicago on Monday. Obama said the plan would work.\n\
             Hidden costs were not discussed.",
        );
        let of = |name: &str| found.iter().find(|f| f.0 == name).map(|f| f.1);
        let obama = of("Barack Obama").expect("Barack Obama found");
        assert!(obama > 0.5, "{found:?}");
        if let Some(hidden) = of("Hidden") {
            assert!(hidden < obama, "{found:?}");
        }
        assert!(found.iter().all(|f| (0.0..=1.0).contains(&f.1)));
    }

    #[test]
    fn a_capitalised_word_next_to_a_mention_is_told_apart() {
        let text = "Obama flew to New York City on Monday. He met John Smith there.\n\
                    Paris Hotels lists Cafe Rouge. Then President Bill Clinton spoke.";
        let starts: Vec<usize> = crate::engine::entities::sentence_tokens(text)
            .iter()
            .map(|s| s[0].span.start)
            .collect();
        let touches = |needle: &str| {
            let at = text.find(needle).expect("in text");
            touches_capitalised(text, Span::new(at, at + needle.len()), &starts)
        };
        // Pieces of a longer name.
        assert!(touches("York"), "{starts:?}");
        assert!(touches("New York"));
        assert!(touches("City"));
        // Whole names, a sentence's first word before a name, a name
        // opening its sentence with a lower-case word after it.
        assert!(!touches("New York City"));
        assert!(!touches("Obama"));
        assert!(!touches("John Smith"));
        assert!(!touches("Hotels"));
        assert!(!touches("Cafe Rouge"));
        // A title before a name is no part of it.
        assert!(!touches("Bill Clinton"));
    }

    #[test]
    fn every_mention_of_a_card_is_shown_alike() {
        let text = "Viktor Khrenin met Rajnath Singh in Qingdao. Khrenin said the talks went well.";
        let doc = Document::parse(text, &Options::default()).expect("a document");
        for a in &doc.entities {
            for b in &doc.entities {
                if a.name == b.name && a.mention.label == b.mention.label {
                    assert_eq!(a.shown, b.shown);
                }
            }
        }
        // The best mention of a card decides for all of them.
        let confidences = [0.9, 0.1];
        let mentions = [doc.entities[0].mention, doc.entities[0].mention];
        let names = vec!["A".to_string(), "A".to_string()];
        assert_eq!(shown(text, &mentions, &names, &confidences), [true, true]);
        assert_eq!(shown(text, &mentions, &names, &[0.1, 0.1]), [false, false]);
    }

    /// A new-user test's interview hid its subject, named in its
    /// transcript's labels (eleventh session).
    #[test]
    fn a_transcripts_speaker_is_shown() {
        let text = "\"I Only Wanted Quiet Songs\": A Conversation with Delia Moretti\n\n\
                    The singer-songwriter Delia Moretti released her third album on Friday. \
                    She spoke with a reporter in Leeds.\n\n\
                    HOST: You have been touring since March?\n\n\
                    MORETTI: Yeah, mostly. The band needed a rest.\n\n\
                    HOST: And the new songs?\n\n\
                    MORETTI: Quieter, I think. Sparser.";
        let doc = Document::parse(text, &Options::default()).expect("a document");
        let moretti: Vec<(f32, bool)> = doc
            .entities
            .iter()
            .filter(|e| e.name == "Delia Moretti")
            .map(|e| (e.confidence, e.shown))
            .collect();
        assert!(
            !moretti.is_empty() && moretti.iter().all(|&(_, s)| s),
            "{moretti:?}"
        );
        // Shown by the labels, not by a confident tagger.
        assert!(moretti.iter().all(|&(c, _)| c < SHOWN_AT), "{moretti:?}");
    }
}
