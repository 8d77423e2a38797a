//! The widget's state and how it changes, free of any web type so it is
//! tested natively (the Yew `Reducible` impl in `app.rs` only forwards here).
//!
//! The text a person pasted is the one thing the widget must never lose: every
//! action keeps it unless it replaces it on purpose, and a failed analysis
//! or a refused file leaves it as it was.
//!
//! Analysis is asynchronous: a new text is checked at once (an empty,
//! binary or oversized text gets its message without waiting) and then
//! analysed elsewhere (the worker, see `worker.rs`), which answers with
//! [`Action::Analysed`] for the text's [`State::revision`]. An answer for
//! an older revision is dropped, so a newer paste always wins.

use std::rc::Rc;

use super::cards::{build_cards, Card, CardKind};
use crate::engine::analysis::{summary_items, SummaryItem};
use crate::engine::validate::check_text;
use crate::engine::{analyze_scored, Analysis, Error, Length, Options, Scores, Unit};

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The article text, as the person gave it.
    pub text: Rc<str>,
    /// What became of analysing it.
    pub outcome: Outcome,
    /// A one-off message about the last action (a refused file, say).
    pub notice: Option<String>,
    /// The summary length the reader chose, in sentences; `None` for the
    /// product's default. It carries over to the next text.
    pub length: Option<usize>,
    /// The card item whose mentions are marked in the text.
    pub selected: Option<(CardKind, usize)>,
    /// Whether the summary's sentences are marked in the full text.
    pub summary_marked: bool,
    /// Counts text changes: which text an analysis belongs to.
    pub revision: u64,
    /// Whether the current text is being analysed (the outcome shown is the
    /// previous text's until it is done).
    pub analysing: bool,
}

/// What became of analysing the current text.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Outcome {
    /// No text yet: nothing to analyse.
    #[default]
    Waiting,
    /// The analysis and what the widget derives from it.
    Ready(Rc<Ready>),
    /// Why the text could not be analysed.
    Failed(Error),
}

/// An analysed text: the analysis (byte offsets into `State::text`, since
/// the UI slices Rust strings), the sentence scores kept for re-selecting,
/// the current summary and the cards.
///
/// The analysis, scores and cards never change once made, so they are
/// shared (`Rc`): a new summary length copies pointers, not a long
/// article's analysis, and two `Ready`s are equal when they share those
/// parts and show the same summary. That keeps Yew's prop comparison on
/// every render from walking the whole analysis.
#[derive(Debug, Clone)]
pub struct Ready {
    /// The analysis as the engine gave it.
    pub analysis: Rc<Analysis>,
    /// Every body sentence's score, for a new length without a new analysis.
    pub scores: Rc<Scores>,
    /// The summary at the current length.
    pub summary: Vec<SummaryItem>,
    /// The key-fact cards.
    pub cards: Rc<[Card]>,
}

impl PartialEq for Ready {
    fn eq(&self, other: &Ready) -> bool {
        Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.scores, &other.scores)
            && Rc::ptr_eq(&self.cards, &other.cards)
            && self.summary == other.summary
    }
}

impl Ready {
    /// How many sentences a summary can have at most: the body's, without
    /// the headline, date line and byline.
    pub fn max_length(&self) -> usize {
        self.scores.sentences().len()
    }

    /// Each sentence's number in the body (from 1), as the length readout
    /// counts; `None` for a headline, date line or byline.
    pub fn body_numbers(&self) -> Vec<Option<usize>> {
        let mut numbers = vec![None; self.analysis.sentences.len()];
        for (k, s) in self.scores.sentences().iter().enumerate() {
            if let Some(n) = numbers.get_mut(s.sentence) {
                *n = Some(k + 1);
            }
        }
        numbers
    }

    /// How many paragraphs the body's sentences fill.
    pub fn body_paragraphs(&self) -> usize {
        let mut paragraphs: Vec<usize> = self
            .scores
            .sentences()
            .iter()
            .filter_map(|s| self.analysis.sentences.get(s.sentence))
            .map(|s| s.paragraph)
            .collect();
        paragraphs.dedup();
        paragraphs.len()
    }

    /// Facts on the cards (names, dates, numbers, quotes; not key phrases).
    pub fn facts(&self) -> usize {
        self.cards
            .iter()
            .filter(|c| c.kind != CardKind::Keyphrases)
            .map(|c| c.items.len())
            .sum()
    }
}

/// What a person (or the browser on their behalf) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text changed: typed, pasted, opened from a file or the sample.
    SetText(String),
    /// Tell the reader something (a refused file, a copy done); the text
    /// and its analysis stay as they were.
    Notify(String),
    /// Empty the box.
    Clear,
    /// Summarise in this many sentences.
    SetLength(usize),
    /// One sentence fewer (the `[` key).
    Shorter,
    /// One sentence more (the `]` key).
    Longer,
    /// Mark the mentions of this card item, or unmark them if marked.
    Select(CardKind, usize),
    /// Show or hide the summary's sentences marked in the full text.
    ToggleSummaryMarks,
    /// The analysis of the text at `revision` is done.
    Analysed {
        /// The revision of the text analysed.
        revision: u64,
        /// What the engine made of it.
        result: Box<Result<(Analysis, Scores), Error>>,
    },
}

/// Analyse `text` as the widget does: byte offsets, a summary of `length`
/// sentences (or the default), scores kept.
///
/// # Errors
/// As [`crate::engine::analyze`].
pub fn analyse(text: &str, length: Option<usize>) -> Result<(Analysis, Scores), Error> {
    let options = Options {
        sentences: length,
        ..Options::default()
    };
    analyze_scored(text, &options, Unit::Byte)
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::SetText(text) => self.with_text(text.into()),
            Action::Analysed { revision, result } if revision == self.revision => State {
                outcome: outcome_of(*result),
                analysing: false,
                ..self.clone()
            },
            Action::Analysed { .. } => self.clone(),
            Action::Notify(message) => State {
                notice: Some(message),
                ..self.clone()
            },
            Action::Clear => State {
                length: self.length,
                summary_marked: self.summary_marked,
                revision: self.revision + 1,
                ..State::default()
            },
            Action::SetLength(n) => self.resummarised(n),
            Action::Shorter => self.resummarised(self.current_length().saturating_sub(1)),
            Action::Longer => self.resummarised(self.current_length() + 1),
            Action::Select(kind, index) => State {
                selected: (self.selected != Some((kind, index))).then_some((kind, index)),
                ..self.clone()
            },
            Action::ToggleSummaryMarks => State {
                summary_marked: !self.summary_marked,
                ..self.clone()
            },
        }
    }

    /// This state after `text` was typed and analysed here, for tests.
    #[cfg(test)]
    pub fn settled(&self, text: &str) -> State {
        let typed = self.apply(Action::SetText(text.into()));
        if !typed.analysing {
            return typed;
        }
        let result = analyse(&typed.text, typed.length);
        typed.apply(Action::Analysed {
            revision: typed.revision,
            result: Box::new(result),
        })
    }

    /// This state with a new `text`: checked at once, to be analysed.
    fn with_text(&self, text: Rc<str>) -> State {
        let (outcome, analysing) = match check_text(&text) {
            Ok(()) => (self.outcome.clone(), true),
            Err(Error::Empty) => (Outcome::Waiting, false),
            Err(error) => (Outcome::Failed(error), false),
        };
        State {
            text,
            outcome,
            analysing,
            notice: None,
            selected: None,
            revision: self.revision + 1,
            ..self.clone()
        }
    }

    /// This state with a summary of `n` sentences (at least one, at most
    /// every body sentence), re-selected from the kept scores.
    fn resummarised(&self, n: usize) -> State {
        let Outcome::Ready(ready) = &self.outcome else {
            return State {
                length: Some(n.max(1)),
                ..self.clone()
            };
        };
        let n = n.clamp(1, ready.max_length().max(1));
        let summary = summary_items(&ready.scores.select(Length::Sentences(n)));
        State {
            length: Some(n),
            outcome: Outcome::Ready(Rc::new(Ready {
                summary,
                ..(**ready).clone()
            })),
            ..self.clone()
        }
    }

    /// How many sentences the summary has now.
    pub fn current_length(&self) -> usize {
        match &self.outcome {
            Outcome::Ready(ready) => ready.summary.len(),
            _ => self.length.unwrap_or(0),
        }
    }

    /// The spans to mark in the text: the selected item's mentions.
    pub fn marks(&self) -> Vec<(usize, usize)> {
        let (Outcome::Ready(ready), Some((kind, index))) = (&self.outcome, self.selected) else {
            return Vec::new();
        };
        ready
            .cards
            .iter()
            .find(|c| c.kind == kind)
            .and_then(|c| c.items.get(index))
            .map(|item| item.spans.clone())
            .unwrap_or_default()
    }

    /// The line a screen reader announces and everyone sees under the box.
    pub fn status(&self) -> String {
        if let Some(notice) = &self.notice {
            return notice.clone();
        }
        if self.analysing {
            return "Analysing…".into();
        }
        match &self.outcome {
            Outcome::Waiting => "Paste an article, open a file or try the sample.".into(),
            Outcome::Ready(ready) => format!(
                "Summary ready: {} of {} sentences, {} facts. {} words, {}.",
                ready.summary.len(),
                ready.max_length(),
                ready.facts(),
                ready.analysis.meta.words,
                reading_time(ready.analysis.meta.reading_minutes)
            ),
            Outcome::Failed(error) => format!("Cannot analyse this text: {error}."),
        }
    }
}

/// The outcome of an analysis, with its cards built.
fn outcome_of(result: Result<(Analysis, Scores), Error>) -> Outcome {
    match result {
        Ok((analysis, scores)) => {
            let cards = build_cards(&analysis);
            Outcome::Ready(Rc::new(Ready {
                summary: analysis.summary.clone(),
                analysis: Rc::new(analysis),
                scores: Rc::new(scores),
                cards: cards.into(),
            }))
        }
        Err(Error::Empty) => Outcome::Waiting,
        Err(error) => Outcome::Failed(error),
    }
}

/// "under a minute to read" or "3 min to read", as a reader says it.
pub fn reading_time(minutes: f64) -> String {
    if minutes < 1.0 {
        "under a minute to read".into()
    } else {
        format!("{} min to read", minutes.round())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn analyses_text_as_it_changes() {
        let state = State::default().settled("Rain fell. Wind blew.");
        let Outcome::Ready(ready) = &state.outcome else {
            panic!("not analysed: {state:?}")
        };
        assert_eq!(ready.analysis.sentences.len(), 2);
        assert_eq!(
            state.status(),
            "Summary ready: 2 of 2 sentences, 0 facts. 4 words, under a minute to read."
        );
    }

    #[test]
    fn counts_the_body_as_the_length_readout_does() {
        let state = State::default()
            .settled("date 2025-06-28\n\nRain fell in Qingdao. Wind blew.\n\nThe talks went on.");
        let Outcome::Ready(ready) = &state.outcome else {
            panic!("not analysed: {state:?}")
        };
        assert_eq!(ready.analysis.sentences.len(), 4);
        assert_eq!((ready.max_length(), ready.body_paragraphs()), (3, 2));
        assert_eq!(ready.body_numbers(), [None, Some(1), Some(2), Some(3)]);
        assert!(
            state
                .status()
                .starts_with("Summary ready: 3 of 3 sentences"),
            "{}",
            state.status()
        );
    }

    #[test]
    fn keeps_the_text_when_a_file_is_refused() {
        let state = State::default().settled("Keep me.");
        let refused = state.apply(Action::Notify("That is not a text file.".into()));
        assert_eq!(&*refused.text, "Keep me.");
        assert_eq!(refused.outcome, state.outcome);
        assert_eq!(refused.status(), "That is not a text file.");
        // The next edit clears the notice.
        assert_eq!(refused.settled("New.").notice, None);
    }

    #[test]
    fn keeps_the_text_when_it_cannot_be_analysed() {
        let state = State::default().settled("bin\0ary");
        assert_eq!(&*state.text, "bin\0ary");
        assert!(matches!(
            state.outcome,
            Outcome::Failed(Error::Binary { .. })
        ));
        assert!(state
            .status()
            .starts_with("Cannot analyse this text: this looks like a binary file"));
    }

    #[test]
    fn waits_quietly_on_empty_text() {
        let state = State::default().settled("  \n");
        assert_eq!(state.outcome, Outcome::Waiting);
        let typed = State::default().apply(Action::SetText("Half an analysis.".into()));
        let cleared = typed.apply(Action::Clear);
        assert!(cleared.text.is_empty() && !cleared.analysing);
        assert_eq!(cleared.outcome, Outcome::Waiting);
        // The answer for the text cleared away is dropped.
        let late = cleared.apply(Action::Analysed {
            revision: typed.revision,
            result: Box::new(analyse(&typed.text, None)),
        });
        assert_eq!(late, cleared);
    }

    const SAMPLE: &str = include_str!("../../seeds/000_b56badeed06a7e90.txt");

    #[test]
    fn changes_length_without_losing_the_analysis_and_keeps_it_for_the_next_text() {
        let state = State::default().settled(SAMPLE);
        let Outcome::Ready(before) = &state.outcome else {
            panic!("not analysed")
        };
        let longer = state.apply(Action::Longer);
        assert_eq!(longer.current_length(), state.current_length() + 1);
        let Outcome::Ready(after) = &longer.outcome else {
            panic!("lost the analysis")
        };
        assert_eq!(after.analysis, before.analysis);
        assert!(after
            .summary
            .windows(2)
            .all(|w| w[0].sentence < w[1].sentence));
        // Clamped to what the article has, and never below one sentence.
        let max = after.max_length();
        assert_eq!(
            longer.apply(Action::SetLength(max + 5)).current_length(),
            max
        );
        assert_eq!(longer.apply(Action::SetLength(0)).current_length(), 1);
        assert_eq!(
            longer
                .apply(Action::SetLength(1))
                .apply(Action::Shorter)
                .current_length(),
            1
        );
        // The chosen length applies to the next text too.
        let next = longer
            .apply(Action::SetLength(2))
            .settled(&SAMPLE.replace("India", "Chile"));
        assert_eq!(next.current_length(), 2);
    }

    #[test]
    fn selecting_a_card_item_marks_its_mentions_and_selecting_again_unmarks() {
        let state = State::default().settled(SAMPLE);
        let Outcome::Ready(ready) = &state.outcome else {
            panic!("not analysed")
        };
        let people = ready
            .cards
            .iter()
            .find(|c| c.kind == CardKind::People)
            .unwrap();
        let selected = state.apply(Action::Select(CardKind::People, 0));
        assert_eq!(selected.marks(), people.items[0].spans);
        assert!(selected
            .apply(Action::Select(CardKind::People, 0))
            .marks()
            .is_empty());
        // A new text drops the selection.
        assert_eq!(selected.settled("New text.").selected, None);
    }

    #[test]
    fn a_newer_text_wins_over_an_older_answer() {
        let first = State::default().apply(Action::SetText("First text here.".into()));
        let second = first.apply(Action::SetText("Second text, newer.".into()));
        assert!(second.analysing);
        assert_eq!(second.status(), "Analysing…");
        // The answer for the first text arrives late and is dropped.
        let late = second.apply(Action::Analysed {
            revision: first.revision,
            result: Box::new(analyse(&first.text, None)),
        });
        assert_eq!(late, second);
        let done = second.apply(Action::Analysed {
            revision: second.revision,
            result: Box::new(analyse(&second.text, None)),
        });
        assert!(!done.analysing);
        assert!(matches!(done.outcome, Outcome::Ready(_)));
    }
}
