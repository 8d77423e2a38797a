//! Summaries that stand on their own (issue 15): whatever the length, no
//! chosen sentence fails the stand-alone checks of
//! `engine::summary::standalone`, and length control keeps working.

use nutshell::engine::standalone::violations;
use nutshell::engine::{Document, Length, Options, Scores};

/// An article written for these tests whose most central sentences lean
/// on others: pronoun subjects, connectives, a quotation over two
/// sentences, a question, a colon ending and an aside.
const LEANING: &str = "Ferry fares in Dunmore\n\n\
    The Dunmore ferry company cut its fares on Monday after a year of falling ferry traffic. \
    It said the ferry fares would fall by a fifth on every ferry route to the islands. \
    Will the cheaper ferry fares bring the ferry passengers back? \
    The ferry company's chief, Maria Ortiz, listed the ferry routes: \
    \"We want the ferry full again. The islands need the ferry fares low.\" \
    But the ferry crews said the fares cut would cost ferry jobs on the island routes. \
    (The ferry company declined to say how many ferry jobs.) \
    She said the ferry routes to the islands would keep every sailing this year. \
    However, the island councils asked the ferry company to freeze ferry fares for a decade. \
    The council of the largest island also wants a new ferry pier.";

fn doc() -> Document<'static> {
    Document::parse(LEANING, &Options::default()).unwrap()
}

fn chosen(scores: &Scores, length: Length) -> Vec<usize> {
    scores.select(length).iter().map(|p| p.sentence).collect()
}

#[test]
fn no_summary_length_chooses_a_sentence_that_cannot_stand_alone() {
    let doc = doc();
    let scores = Scores::compute(&doc);
    let body = scores.sentences().len();
    for n in 1..=body {
        let picks = chosen(&scores, Length::Sentences(n));
        assert!(!picks.is_empty() && picks.len() <= n, "{n}: {picks:?}");
        assert_eq!(violations(&doc, &picks), [], "{n} sentences: {picks:?}");
    }
    for words in [15, 30, 60, 120] {
        let picks = chosen(&scores, Length::Words(words));
        assert_eq!(violations(&doc, &picks), [], "{words} words: {picks:?}");
    }
}

#[test]
fn sentences_chosen_with_what_they_lean_on_stay_within_the_length() {
    let doc = doc();
    let scores = Scores::compute(&doc);
    let words_of = |picks: &[usize]| -> usize {
        picks
            .iter()
            .map(|&i| {
                scores
                    .sentences()
                    .iter()
                    .find(|s| s.sentence == i)
                    .unwrap()
                    .evidence
                    .words
            })
            .sum()
    };
    for words in [30, 60] {
        let picks = chosen(&scores, Length::Words(words));
        assert!(words_of(&picks) <= words, "{words}: {picks:?}");
    }
    assert_eq!(chosen(&scores, Length::Ratio(0.5)).len(), 5);
    assert_eq!(chosen(&scores, Length::Sentences(3)).len(), 3);
}

#[test]
fn a_body_of_questions_still_gets_a_summary() {
    let text = "Will the ferry sail? Who pays for the pier? When do the fares fall?";
    let doc = Document::parse(text, &Options::default()).unwrap();
    assert_eq!(Scores::compute(&doc).select(Length::Sentences(2)).len(), 1);
}
