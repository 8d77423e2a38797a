//! The widget's state and how it changes, free of any web type so it is
//! tested natively (the Yew `Reducible` impl in `app.rs` only forwards here).
//!
//! The text a person pasted is the one thing the widget must never lose:
//! every action keeps it unless it replaces it on purpose; a failed
//! analysis or a refused file leaves it (and so the saved draft) as it was;
//! and what Clear, the sample, an opened file or Undo itself replaced can be
//! brought back ([`Undo`]). Undo rather than "are you sure?": the reader
//! acts at once, as they meant to, and the rare mistake costs one click or
//! Ctrl+Z instead of every Clear costing a dialog that habit soon clicks
//! through unread (Raskin, *The Humane Interface*, 2000, on confirmation
//! versus undo; Nielsen's heuristic "user control and freedom: support
//! undo and redo", 1994).
//!
//! Analysis is asynchronous: a new text is checked at once (an empty,
//! binary or oversized text gets its message without waiting) and then
//! analysed elsewhere (the worker, see `worker.rs`), which answers with
//! [`Action::Analysed`] for the text's [`State::revision`]. An answer for
//! an older revision is dropped, so a newer paste always wins. Each
//! [`Ready`] owns the text it was built from, so while a newer text waits
//! for its analysis, everything shown or exported from the older analysis
//! still slices the text its offsets belong to.

use std::rc::Rc;

use serde::{Deserialize, Serialize};

use super::cards::{build_cards, Card, CardKind};
use super::file_text::Encoding;
use crate::engine::analysis::{summary_items, SummaryItem};
use crate::engine::bullet_len;
use crate::engine::standalone::MAX_SUMMARY_WORDS;
use crate::engine::validate::check_text;
use crate::engine::{
    analyze_scored, has_word_lists, Analysis, Compressed, Error, KeyPoints, Length, Options,
    Scores, Unit,
};

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The article text, as the person gave it.
    pub text: Rc<str>,
    /// Where the text came from, when the widget knows: an opened file's
    /// name, or the address of the page an embedded widget reads. It goes
    /// into the analysis as `meta.source`, so that what leaves the page can
    /// be cited (issue 16). Typing in the box keeps it (an edited file is
    /// still that file), and so does a text loaded (a host's text, once
    /// the embedded widget has set its source); a paste, the sample and
    /// Clear put it aside, and Undo brings back the source of its text.
    pub source: Option<Rc<str>>,
    /// What became of analysing it.
    pub outcome: Outcome,
    /// A one-off message about the last action (a refused file, say); it
    /// stands in for the status until the text changes.
    pub notice: Option<String>,
    /// Whether the notice says that what the reader asked for is done (a
    /// copy, a download), not a problem: it is styled as news, not as an
    /// error (issue 19).
    pub done: bool,
    /// What the reader should know about how the current text came in (it
    /// replaced theirs; a file was read as Windows-1252), said before the
    /// status until the text is edited.
    pub note: Option<String>,
    /// The summary length the reader chose, in sentences; `None` for the
    /// product's default. It carries over to the next text.
    pub length: Option<usize>,
    /// The card item whose mentions are marked in the text.
    pub selected: Option<(CardKind, usize)>,
    /// Which of the selected item's mentions the reader is at, from 0: the
    /// text is scrolled to it, and next/previous step from it.
    pub mention: usize,
    /// Whether the summary's sentences are marked in the full text.
    pub summary_marked: bool,
    /// Whether the summary is shown as key points (issue 19), each a
    /// sentence compressed, instead of whole sentences. It carries over
    /// to the next text.
    pub keypoints: bool,
    /// Counts text changes: which text an analysis belongs to.
    pub revision: u64,
    /// The revision at which the text was last put into the box from
    /// outside it (the draft at start, a file, the sample, Clear, Undo).
    /// The box's value is written only then: while the reader types, the
    /// box already holds the text, and writing it back on every key would
    /// copy and lay out a long text each time.
    pub replaced: u64,
    /// Whether the current text is being analysed (the outcome shown is the
    /// previous text's until it is done).
    pub analysing: bool,
    /// Whether the current text came from key presses in the box: it is
    /// analysed and saved once the reader pauses, where any other change
    /// (a paste, a file, the sample, Clear, Undo, the draft) is at once.
    pub typed: bool,
    /// The text the last replacement took away, to bring back.
    pub undo: Option<Rc<Undo>>,
}

/// A text that Clear, the sample, an opened file or Undo replaced, kept so
/// that one click (or Ctrl+Z) brings it back. The offer stands while the
/// reader edits the new text and ends only with the next replacement of a
/// non-empty text, which offers that one back instead: no text is ever
/// more than one step away.
#[derive(Debug, Clone, PartialEq)]
pub struct Undo {
    /// The text to bring back.
    pub text: Rc<str>,
    /// Where it came from ([`State::source`]).
    source: Option<Rc<str>>,
    /// What became of analysing it: brought back with it when it is that
    /// text's analysis, so no new analysis is needed.
    outcome: Outcome,
    /// The text the replacement put in the box. While the box still holds
    /// it, Ctrl+Z there means this offer: the box itself has nothing to
    /// undo once a script has set its value.
    after: Rc<str>,
    /// Whether this undoes an Undo (the button says "Redo").
    pub redo: bool,
}

/// What Clear, the sample or a file put in place of the reader's text,
/// for the note that offers it back.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Replacing<'a> {
    Clear,
    Sample,
    File(&'a str),
    Undo { redo: bool },
}

impl Replacing<'_> {
    /// The note shown after replacing a non-empty text.
    fn note(self) -> String {
        match self {
            Replacing::Clear => "Text cleared; Undo brings it back.".into(),
            Replacing::Sample => "The sample replaced your text; Undo brings yours back.".into(),
            Replacing::File(name) => {
                format!("“{name}” replaced your text; Undo brings yours back.")
            }
            Replacing::Undo { redo: false } => {
                "Your text is back; Redo brings back the one it replaced.".into()
            }
            Replacing::Undo { redo: true } => {
                "Done again; Undo brings back the text it replaced.".into()
            }
        }
    }
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

/// An analysed text: the text itself, the analysis (byte offsets into that
/// text, since the UI slices Rust strings), the sentence scores kept for
/// re-selecting, the current summary and the cards.
///
/// It owns its text because the box may already hold a newer one, still
/// being analysed, while this analysis is shown: every slice and export
/// takes the text from here, never from [`State::text`].
///
/// The text, analysis, scores and cards never change once made, so they
/// are shared (`Rc`): a new summary length copies pointers, not a long
/// article's analysis, and two `Ready`s are equal when they share those
/// parts and show the same summary. That keeps Yew's prop comparison on
/// every render from walking the whole analysis.
#[derive(Debug, Clone)]
pub struct Ready {
    /// The text analysed.
    pub text: Rc<str>,
    /// The analysis as the engine gave it.
    pub analysis: Rc<Analysis>,
    /// Every body sentence's score, for a new length without a new analysis.
    pub scores: Rc<Scores>,
    /// Every body sentence's key point and the headline.
    pub keypoints: Rc<KeyPoints>,
    /// The summary at the current length.
    pub summary: Vec<SummaryItem>,
    /// The key-fact cards.
    pub cards: Rc<[Card]>,
    /// See [`Analysed::word_lists`].
    pub word_lists: bool,
}

impl PartialEq for Ready {
    fn eq(&self, other: &Ready) -> bool {
        Rc::ptr_eq(&self.text, &other.text)
            && Rc::ptr_eq(&self.analysis, &other.analysis)
            && Rc::ptr_eq(&self.scores, &other.scores)
            && Rc::ptr_eq(&self.keypoints, &other.keypoints)
            && Rc::ptr_eq(&self.cards, &other.cards)
            && self.summary == other.summary
            && self.word_lists == other.word_lists
    }
}
impl Ready {
    /// The summary's sentences as key points, in order (a sentence that
    /// leans on the one before joins its bullet: [`KeyPoints::of`]).
    pub fn bullets(&self) -> Vec<Compressed> {
        let sentences: Vec<usize> = self.summary.iter().map(|item| item.sentence).collect();
        self.keypoints.of(&self.scores, &sentences)
    }

    /// The summary's sentences as the contract's key points, one a
    /// sentence (the JS API and the custom element's result).
    pub fn contract_bullets(&self) -> Vec<&Compressed> {
        self.summary
            .iter()
            .filter_map(|item| self.keypoints.bullet(item.sentence))
            .collect()
    }

    /// Every span the key points keep, in text order: what the full text
    /// marks in the key-points view.
    pub fn kept_spans(&self) -> Vec<(usize, usize)> {
        self.bullets().into_iter().flat_map(|b| b.spans).collect()
    }

    /// The article's title, else its gist compressed, with the sentence it
    /// is from.
    pub fn headline(&self) -> Option<&Compressed> {
        self.keypoints.headline()
    }

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

    /// The text of sentence `i`, sliced from the text analysed, without a
    /// list item's marker ("- "): the summary is a list of its own.
    pub fn sentence(&self, i: usize) -> Option<&str> {
        let s = self.analysis.sentences.get(i)?;
        let text = self.text.get(s.start..s.end)?;
        Some(bullet_len(text).and_then(|n| text.get(n..)).unwrap_or(text))
    }
}

/// What a person (or the browser on their behalf) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text the widget starts with: the draft kept from an earlier
    /// visit, or the embedding page's.
    Load(String),
    /// The reader typed in the box.
    SetText(String),
    /// The reader pasted, dropped or cut text in the box: a new text at
    /// once, not a key press among many.
    Paste(String),
    /// The reader asked for the sample article.
    Sample(String),
    /// A file was read: its text replaces the reader's if it can be
    /// analysed, else the reader's text stays and a notice says why.
    Open {
        /// The file's name, for messages.
        name: String,
        /// Its text.
        text: String,
        /// How its bytes were read.
        encoding: Encoding,
    },
    /// Tell the reader of a problem (a refused file, a failed download);
    /// the text and its analysis stay as they were.
    Notify(String),
    /// Tell the reader that what they asked for is done (a copy, a
    /// download); the text and its analysis stay as they were.
    Done(String),
    /// Empty the box.
    Clear,
    /// Bring back the text the last replacement took away.
    Undo,
    /// Another tab of this page saved `Some(text)` as the draft, or removed
    /// it (`None`).
    DraftSavedElsewhere(Option<String>),
    /// Summarise in this many sentences.
    SetLength(usize),
    /// One sentence fewer (the `[` key).
    Shorter,
    /// One sentence more (the `]` key).
    Longer,
    /// Mark the mentions of this card item, or unmark them if marked.
    Select(CardKind, usize),
    /// Go to the selected item's next mention (`true`) or previous one,
    /// round from the last to the first and back.
    Step(bool),
    /// Show the summary as key points (`true`) or as whole sentences.
    ShowKeyPoints(bool),
    /// Show or hide the summary's sentences marked in the full text.
    ToggleSummaryMarks,
    /// The analysis of the text at `revision` is done.
    Analysed {
        /// The revision of the text analysed.
        revision: u64,
        /// What the engine made of it.
        result: Box<Result<Analysed, Error>>,
    },
}

/// One analysis as the widget uses it, made wherever the analysis runs
/// (the worker, or this thread where no worker can start): the engine's
/// analysis in byte offsets (the widget slices Rust strings), every body
/// sentence's score (a new summary length needs no new analysis) and the
/// cards. The cards are built beside the analysis so that grouping tens of
/// thousands of mentions never runs on the page's thread (issue 11).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Analysed {
    /// The analysis, byte offsets.
    pub analysis: Analysis,
    /// Every body sentence's score.
    pub scores: Scores,
    /// Every body sentence's key point and the headline.
    pub keypoints: KeyPoints,
    /// The key-fact cards.
    pub cards: Vec<Card>,
    /// Whether the text's language had its word lists when it was analysed
    /// (English always; a language with a pack once the pack is installed
    /// where the analysis ran): what the language notice says.
    pub word_lists: bool,
}

/// Analyse `text` as the widget does: byte offsets, a summary of `length`
/// sentences (or the default), scores kept, cards built.
///
/// # Errors
/// As [`crate::engine::analyze`].
pub fn analyse(text: &str, length: Option<usize>) -> Result<Analysed, Error> {
    let options = Options {
        sentences: length,
        ..Options::default()
    };
    let (analysis, scores, keypoints) = analyze_scored(text, &options, Unit::Byte)?;
    let cards = build_cards(&analysis);
    let word_lists = has_word_lists(&analysis.meta.language);
    Ok(Analysed {
        analysis,
        scores,
        keypoints,
        cards,
        word_lists,
    })
}

/// The mention after (`forward`) or before `at` of `count`, round from the
/// last to the first and back, as a find bar steps; 0 when there are none.
fn step(at: usize, count: usize, forward: bool) -> usize {
    match count {
        0 => 0,
        _ if forward => (at + 1) % count,
        _ => (at + count - 1) % count,
    }
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::Load(text) => {
                let loaded = self.with_text(text.into());
                State {
                    replaced: loaded.revision,
                    ..loaded
                }
            }
            Action::SetText(text) => State {
                note: None,
                typed: true,
                ..self.with_text(text.into())
            },
            Action::Paste(text) => State {
                note: None,
                source: None,
                ..self.with_text(text.into())
            },
            Action::Sample(text) => self.replaced_by(text.into(), Replacing::Sample, None),
            Action::Open {
                name,
                text,
                encoding,
            } => self.opened(&name, text, encoding),
            Action::Clear if self.text.is_empty() => self.clone(),
            Action::Clear => self.replaced_by("".into(), Replacing::Clear, None),
            Action::Undo => self.undone(),
            Action::DraftSavedElsewhere(draft) => self.saved_elsewhere(draft),
            Action::Analysed { revision, result } if revision == self.revision => State {
                outcome: outcome_of(*result, &self.text, self.source.as_deref()),
                analysing: false,
                ..self.clone()
            },
            Action::Analysed { .. } => self.clone(),
            Action::Notify(message) => State {
                notice: Some(message),
                done: false,
                ..self.clone()
            },
            Action::Done(message) => State {
                notice: Some(message),
                done: true,
                ..self.clone()
            },
            Action::SetLength(n) => self.resummarised(n),
            Action::Shorter => self.resummarised(self.current_length().saturating_sub(1)),
            Action::Longer => self.resummarised(self.current_length() + 1),
            Action::Select(kind, index) => State {
                selected: (self.selected != Some((kind, index))).then_some((kind, index)),
                mention: 0,
                ..self.clone()
            },
            Action::Step(forward) => State {
                mention: step(self.mention, self.marks().len(), forward),
                ..self.clone()
            },
            Action::ToggleSummaryMarks => State {
                summary_marked: !self.summary_marked,
                ..self.clone()
            },
            Action::ShowKeyPoints(keypoints) => State {
                keypoints,
                ..self.clone()
            },
        }
    }

    /// This state after `text` was typed and analysed here, for tests.
    #[cfg(test)]
    pub fn settled(&self, text: &str) -> State {
        self.apply(Action::SetText(text.into())).analysed()
    }

    /// This state with its pending analysis done here, for tests.
    #[cfg(test)]
    pub fn analysed(&self) -> State {
        if !self.analysing {
            return self.clone();
        }
        let result = analyse(&self.text, self.length);
        self.apply(Action::Analysed {
            revision: self.revision,
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
            mention: 0,
            typed: false,
            revision: self.revision + 1,
            ..self.clone()
        }
    }

    /// This state with `text`, from `source`, put in the box in place of
    /// the reader's, which is offered back (unless it was empty or the
    /// same, when the offer already standing is kept).
    fn replaced_by(&self, text: Rc<str>, replacing: Replacing, source: Option<Rc<str>>) -> State {
        let offers = !self.text.is_empty() && self.text != text;
        let undo = match (&self.undo, offers) {
            (_, true) => Some(Rc::new(Undo {
                text: self.text.clone(),
                source: self.source.clone(),
                outcome: self.outcome.clone(),
                after: text.clone(),
                redo: matches!(replacing, Replacing::Undo { redo: false }),
            })),
            (Some(undo), false) => Some(Rc::new(Undo {
                after: text.clone(),
                ..(**undo).clone()
            })),
            (None, false) => None,
        };
        let changed = self.with_text(text);
        State {
            replaced: changed.revision,
            note: offers.then(|| replacing.note()),
            undo,
            source,
            ..changed
        }
    }

    /// This state with a file's text in the box, if it can be analysed;
    /// else the reader's text as it was, and a notice why not.
    fn opened(&self, name: &str, text: String, encoding: Encoding) -> State {
        let refusal = match check_text(&text) {
            Ok(()) => None,
            Err(Error::Empty) => Some(format!("“{name}” has no text to analyse")),
            Err(error) => Some(format!("“{name}” was not opened: {error}")),
        };
        if let Some(refusal) = refusal {
            return self.apply(Action::Notify(format!(
                "{refusal}. Your text is unchanged."
            )));
        }
        let opened = self.replaced_by(text.into(), Replacing::File(name), Some(name.into()));
        let Some(remark) = encoding.remark() else {
            return opened;
        };
        let remark = format!("“{name}” {remark}.");
        State {
            note: Some(match opened.note {
                Some(note) => format!("{remark} {note}"),
                None => remark,
            }),
            ..opened
        }
    }

    /// This state with the last replaced text back in the box (and its
    /// analysis, if it was done), offering back the one it replaces.
    fn undone(&self) -> State {
        let Some(undo) = self.undo.clone() else {
            return self.clone();
        };
        let back = self.replaced_by(
            undo.text.clone(),
            Replacing::Undo { redo: undo.redo },
            undo.source.clone(),
        );
        let State {
            undo: offer, note, ..
        } = &back;
        let mut back = match &undo.outcome {
            Outcome::Ready(ready) if Rc::ptr_eq(&ready.text, &undo.text) => State {
                outcome: undo.outcome.clone(),
                analysing: false,
                ..back.clone()
            },
            _ => back.clone(),
        };
        // The offer of what Undo replaced, if it was a text; never the one
        // just brought back.
        back.undo = offer.clone().filter(|o| !Rc::ptr_eq(&o.text, &undo.text));
        back.note = note.clone().or_else(|| Some("Your text is back.".into()));
        match (back.length, back.analysing) {
            (Some(n), false) => back.resummarised(n),
            _ => back,
        }
    }

    /// This state once another tab saved `draft` as the draft: unchanged
    /// when it is this tab's text, else with a notice that this tab's text
    /// is no longer the one kept. The other tab's draft is not overwritten
    /// until the reader edits here again (and then that tab is told).
    fn saved_elsewhere(&self, draft: Option<String>) -> State {
        let message = match draft {
            Some(draft) if *draft == *self.text => return self.clone(),
            None if self.text.is_empty() => return self.clone(),
            Some(_) => "Another tab saved a different text as the draft. Yours is still here but is no longer kept for your next visit; edit it here to keep it instead.",
            None => "Another tab cleared the saved draft. Your text is still here but is no longer kept for your next visit; edit it here to keep it instead.",
        };
        self.apply(Action::Notify(message.into()))
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

    /// The spans the key points keep, to mark in the full text: with the
    /// summary marked in the key-points view, else none (the whole
    /// sentences are marked then).
    pub fn kept_marks(&self) -> Vec<(usize, usize)> {
        match &self.outcome {
            Outcome::Ready(ready) if self.keypoints && self.summary_marked => ready.kept_spans(),
            _ => Vec::new(),
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

    /// The mention the reader is at: its span, its place from 1 and how
    /// many there are ("2 of 5"); `None` with nothing selected.
    pub fn current_mention(&self) -> Option<((usize, usize), usize, usize)> {
        let marks = self.marks();
        let at = self.mention.min(marks.len().checked_sub(1)?);
        Some((marks[at], at + 1, marks.len()))
    }

    /// Whether the status line reports a problem: a failed analysis, or a
    /// notice of one (not news of a copy or download done).
    pub fn problem(&self) -> bool {
        matches!(self.outcome, Outcome::Failed(_)) || self.notice.is_some() && !self.done
    }

    /// Whether Ctrl+Z (`redo` false) or Ctrl+Shift+Z / Ctrl+Y (`redo`
    /// true), pressed in the text box (`in_box`) or elsewhere in the
    /// widget, is the widget's [`Action::Undo`]. In the box it is only
    /// while the box still holds what the replacement put there: once the
    /// reader has typed, the key is the box's own undo of their typing.
    pub fn takes_undo_key(&self, redo: bool, in_box: bool) -> bool {
        self.undo
            .as_ref()
            .is_some_and(|u| u.redo == redo && (!in_box || Rc::ptr_eq(&u.after, &self.text)))
    }

    /// The line a screen reader announces and everyone sees under the box.
    pub fn status(&self) -> String {
        if let Some(notice) = &self.notice {
            return notice.clone();
        }
        let status = if self.analysing {
            "Analysing…".into()
        } else {
            match &self.outcome {
                Outcome::Waiting => "Paste an article, open a file or try the sample.".into(),
                Outcome::Ready(ready) if ready.summary.is_empty() => format!(
                    "No summary: no sentence of this text can stand as a summary line (it has \
                     no body text, or its sentences run past {MAX_SUMMARY_WORDS} words without a \
                     full stop). {} facts. {} words, {}.",
                    ready.facts(),
                    ready.analysis.meta.words,
                    reading_time(ready.analysis.meta.reading_minutes)
                ),
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
        };
        match &self.note {
            Some(note) => format!("{note} {status}"),
            None => status,
        }
    }
}

/// The outcome of an analysis of `text`, which came from `source`, with
/// its cards built.
fn outcome_of(result: Result<Analysed, Error>, text: &Rc<str>, source: Option<&str>) -> Outcome {
    match result {
        Ok(Analysed {
            mut analysis,
            scores,
            keypoints,
            cards,
            word_lists,
        }) => {
            analysis.meta.source = source.map(str::to_owned);
            Outcome::Ready(Rc::new(Ready {
                text: text.clone(),
                summary: analysis.summary.clone(),
                analysis: Rc::new(analysis),
                scores: Rc::new(scores),
                keypoints: Rc::new(keypoints),
                cards: cards.into(),
                word_lists,
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

    /// A new-user test's 200 KB paste without a full stop was one summary
    /// line 161,235 pixels tall (eleventh session).
    #[test]
    fn a_run_on_text_has_no_summary_and_says_why() {
        let text = "Word ".repeat(MAX_SUMMARY_WORDS + 1);
        let state = State::default().settled(&text);
        let Outcome::Ready(ready) = &state.outcome else {
            panic!("not analysed: {state:?}")
        };
        assert!(ready.summary.is_empty());
        assert!(ready.headline().is_none());
        assert!(
            state
                .status()
                .starts_with("No summary: no sentence of this text can stand"),
            "{}",
            state.status()
        );
        let shorter = State::default().settled(&"Word ".repeat(MAX_SUMMARY_WORDS));
        assert!(shorter.status().starts_with("Summary ready: 1 of 1"));
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
    fn steps_through_a_facts_mentions_round_and_back() {
        let text = "Mary Lou met the mayor. Mary Lou spoke first. \
                    The mayor thanked Mary Lou. Mary Lou left early.";
        let state = State::default().settled(text);
        assert_eq!(state.current_mention(), None);
        assert_eq!(
            state.apply(Action::Step(true)),
            state,
            "nothing to step through"
        );
        let Outcome::Ready(ready) = &state.outcome else {
            panic!("not analysed")
        };
        let (kind, index, spans) = ready
            .cards
            .iter()
            .flat_map(|c| {
                c.items
                    .iter()
                    .enumerate()
                    .map(move |(i, it)| (c.kind, i, it))
            })
            .find(|(_, _, item)| item.label == "Mary Lou")
            .map(|(kind, i, item)| (kind, i, item.spans.clone()))
            .expect("a card item for Mary Lou");
        assert_eq!(spans.len(), 4);
        let chosen = state.apply(Action::Select(kind, index));
        let at = |s: &State| s.current_mention();
        assert_eq!(at(&chosen), Some((spans[0], 1, 4)));
        let second = chosen.apply(Action::Step(true));
        assert_eq!(at(&second), Some((spans[1], 2, 4)));
        // Past the last comes the first; before the first, the last.
        let last = second.apply(Action::Step(true)).apply(Action::Step(true));
        assert_eq!(at(&last), Some((spans[3], 4, 4)));
        assert_eq!(at(&last.apply(Action::Step(true))), Some((spans[0], 1, 4)));
        assert_eq!(
            at(&chosen.apply(Action::Step(false))),
            Some((spans[3], 4, 4))
        );
        // Choosing the item again unmarks it; choosing again starts at 1.
        let unchosen = last.apply(Action::Select(kind, index));
        assert_eq!(unchosen.current_mention(), None);
        assert_eq!(
            at(&unchosen.apply(Action::Select(kind, index))),
            Some((spans[0], 1, 4))
        );
    }

    #[test]
    fn news_of_a_copy_is_no_problem_but_a_refusal_is() {
        let state = State::default().settled("Keep me.");
        assert!(!state.problem());
        let copied = state.apply(Action::Done("Copied to the clipboard.".into()));
        assert_eq!(copied.status(), "Copied to the clipboard.");
        assert!(!copied.problem());
        let refused = copied.apply(Action::Notify("That is not a text file.".into()));
        assert!(refused.problem());
        assert!(!refused.apply(Action::Done("Saved x.md.".into())).problem());
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

    /// Issue 12: while a newer text waits for its analysis, the older
    /// analysis on screen slices, and exports, the text it was made of.
    #[test]
    fn a_pending_analysis_still_shows_and_exports_the_text_it_was_made_of() {
        use crate::ui::export::{analysis_markdown, summary_plain};
        let analysed = State::default().settled(SAMPLE);
        let Outcome::Ready(before) = &analysed.outcome else {
            panic!("not analysed")
        };
        let summary = summary_plain(before, false);
        // The seed's date line, then its summary (issue 16: the credits first).
        assert!(
            summary.starts_with("2025-06-28\n\nBelarusian Defence Minister"),
            "{summary}"
        );
        // The reader replaces the text; its analysis is not back yet.
        let typing = analysed.apply(Action::SetText(
            "A shorter text arrives now. It is still being analysed.".into(),
        ));
        assert!(typing.analysing);
        let Outcome::Ready(shown) = &typing.outcome else {
            panic!("the older analysis is no longer shown")
        };
        assert_eq!(summary_plain(shown, false), summary);
        for item in &shown.summary {
            let sentence = shown.sentence(item.sentence).expect("on char boundaries");
            assert!(
                SAMPLE.contains(sentence),
                "{sentence:?} is not from the text analysed"
            );
        }
        assert_eq!(analysis_markdown(shown), analysis_markdown(before));
    }

    #[test]
    fn a_list_items_marker_is_not_shown_in_the_summary() {
        let text = "Tech news today\n\n\
            - The state attorney general is investigating the company over layoffs. The company said it would cooperate fully.\n\
            - The chip maker reported record sales in the third quarter. Its shares rose by a tenth.\n\
            - The carmaker will recall forty thousand cars over faulty brakes. Owners will be told by mail.";
        let analysed = State::default()
            .apply(Action::Paste(text.into()))
            .analysed();
        let Outcome::Ready(ready) = &analysed.outcome else {
            panic!("not analysed")
        };
        let marked = ready
            .analysis
            .sentences
            .iter()
            .position(|s| text[s.start..s.end].starts_with("- "))
            .expect("a list item's sentence");
        let shown = ready.sentence(marked).expect("a sentence");
        assert!(shown.starts_with("The "), "{shown}");
    }

    #[test]
    fn the_source_stays_with_its_text() {
        // Issue 16: `meta.source` is where the text shown came from.
        let source = |s: &State| match &s.outcome {
            Outcome::Ready(ready) => ready.analysis.meta.source.clone(),
            _ => panic!("not analysed"),
        };
        let opened = State::default()
            .apply(Action::Open {
                name: "ferry.txt".into(),
                text: "The ferry starts in June. It stops twice.".into(),
                encoding: Encoding::Utf8,
            })
            .analysed();
        assert_eq!(source(&opened).as_deref(), Some("ferry.txt"));
        // Edited, it is still that file's text.
        let edited = opened.settled("The ferry starts in July. It stops twice.");
        assert_eq!(source(&edited).as_deref(), Some("ferry.txt"));
        // A paste, the sample and Clear bring text from elsewhere.
        let pasted = edited
            .apply(Action::Paste("Rain fell. Wind blew.".into()))
            .analysed();
        assert_eq!(source(&pasted), None);
        let sample = edited.apply(Action::Sample(SAMPLE.into())).analysed();
        assert_eq!(source(&sample), None);
        // Undo brings the file's text back, and its source with it.
        let back = sample.apply(Action::Undo).analysed();
        assert_eq!(&*back.text, &*edited.text);
        assert_eq!(source(&back).as_deref(), Some("ferry.txt"));
        // A widget's host sets it once; the texts it loads keep it.
        let hosted = State {
            source: Some("https://intranet.example/news".into()),
            ..State::default()
        }
        .apply(Action::Load(
            "The ferry starts in June. It stops twice.".into(),
        ))
        .analysed();
        assert_eq!(
            source(&hosted).as_deref(),
            Some("https://intranet.example/news")
        );
    }

    #[test]
    fn clear_can_be_undone_with_the_analysis_it_had() {
        let typed = State::default().settled("Rain fell in Qingdao. Wind blew hard.");
        let cleared = typed.apply(Action::Clear);
        assert_eq!(&*cleared.text, "");
        assert_eq!(cleared.replaced, cleared.revision, "the box is emptied");
        assert!(cleared
            .status()
            .starts_with("Text cleared; Undo brings it back."));
        assert!(
            cleared.takes_undo_key(false, true),
            "Ctrl+Z in the emptied box"
        );
        assert!(!cleared.takes_undo_key(true, false), "nothing to redo");

        let back = cleared.apply(Action::Undo);
        assert_eq!(back.text, typed.text);
        assert!(
            back.revision > cleared.revision,
            "a new revision: the draft is saved again"
        );
        assert_eq!(back.replaced, back.revision, "the box is written");
        assert!(!back.analysing, "its own analysis came back with it");
        assert_eq!(back.outcome, typed.outcome);
        assert_eq!(back.undo, None, "an empty box is nothing to offer back");
        assert!(back
            .status()
            .starts_with("Your text is back. Summary ready"));
        // Nothing more to undo: the key is the browser's again.
        assert_eq!(back.apply(Action::Undo), back);
    }

    #[test]
    fn the_sample_can_be_undone_and_redone_and_typing_keeps_the_offer() {
        let mine = State::default().settled("My own notes. They matter.");
        let sample = mine.apply(Action::Sample(SAMPLE.into())).analysed();
        assert_eq!(&*sample.text, SAMPLE);
        assert!(sample
            .status()
            .starts_with("The sample replaced your text; Undo brings yours back. Summary ready"));
        // Typing in the sample keeps the way back, but Ctrl+Z in the box
        // is now the box's own undo of the typing.
        let edited = sample.settled(&format!("{SAMPLE} More."));
        assert!(edited.takes_undo_key(false, false));
        assert!(!edited.takes_undo_key(false, true));
        assert!(
            !edited.status().starts_with("The sample"),
            "the note goes once edited"
        );

        let back = edited.apply(Action::Undo);
        assert_eq!(back.text, mine.text);
        assert_eq!(back.outcome, mine.outcome);
        // What Undo replaced, typing included, is one Redo away.
        let offer = back.undo.as_ref().expect("the edited sample offered back");
        assert!(offer.redo && offer.text == edited.text);
        assert!(back.takes_undo_key(true, true) && !back.takes_undo_key(false, true));
        let again = back.apply(Action::Undo);
        assert_eq!(again.text, edited.text);
        assert_eq!(again.outcome, edited.outcome, "with its analysis");
        assert!(again
            .undo
            .as_ref()
            .is_some_and(|u| !u.redo && u.text == mine.text));
    }

    #[test]
    fn a_replacement_of_an_empty_box_keeps_the_way_back() {
        let mine = State::default().settled("My own notes. They matter.");
        let sample = mine
            .apply(Action::Clear)
            .apply(Action::Sample(SAMPLE.into()));
        assert_eq!(sample.note, None, "nothing of the reader's was replaced");
        let back = sample.apply(Action::Undo);
        assert_eq!(back.text, mine.text, "the text before Clear");
    }

    #[test]
    fn undo_analyses_again_a_text_whose_analysis_was_pending() {
        let pending = State::default()
            .settled("First text. Analysed.")
            .apply(Action::SetText("Second text. Not yet analysed.".into()));
        let back = pending.apply(Action::Clear).apply(Action::Undo);
        assert_eq!(&*back.text, "Second text. Not yet analysed.");
        assert!(back.analysing);
        let Outcome::Ready(ready) = &back.analysed().outcome else {
            panic!("not analysed")
        };
        assert_eq!(&*ready.text, "Second text. Not yet analysed.");
    }

    #[test]
    fn a_refused_file_leaves_the_text_and_the_draft_as_they_were() {
        let mine = State::default().settled("My own notes. They matter.");
        let long = "a".repeat(crate::engine::validate::MAX_CHARS + 1);
        for (name, text) in [
            ("photo.txt", "\u{89}PNG\r\n\0\0\0"),
            ("huge.txt", long.as_str()),
            ("blank.txt", " \n"),
        ] {
            let refused = mine.apply(Action::Open {
                name: name.into(),
                text: text.into(),
                encoding: Encoding::Utf8,
            });
            assert_eq!(refused.text, mine.text, "{name}");
            assert_eq!(refused.outcome, mine.outcome, "{name}");
            // The draft is saved on a new revision only.
            assert_eq!(refused.revision, mine.revision, "{name}");
            assert_eq!(refused.undo, None, "{name}");
            let status = refused.status();
            assert!(status.starts_with(&format!("“{name}”")), "{status}");
            assert!(status.ends_with("Your text is unchanged."), "{status}");
        }
    }

    #[test]
    fn an_opened_file_says_when_it_was_read_as_windows_1252_and_can_be_undone() {
        let mine = State::default().settled("My own notes. They matter.");
        let opened = mine
            .apply(Action::Open {
                name: "café.txt".into(),
                text: "Le café est fermé. Il pleut.".into(),
                encoding: Encoding::Windows1252,
            })
            .analysed();
        assert_eq!(&*opened.text, "Le café est fermé. Il pleut.");
        assert!(opened.status().starts_with(
            "“café.txt” is not UTF-8 and was read as Windows-1252 (Latin-1). “café.txt” replaced your text; Undo brings yours back. Summary ready"
        ), "{}", opened.status());
        assert_eq!(opened.apply(Action::Undo).text, mine.text);
    }

    #[test]
    fn another_tabs_draft_is_reported_when_it_differs() {
        let mine = State::default().settled("My own notes.");
        assert_eq!(
            mine.apply(Action::DraftSavedElsewhere(Some("My own notes.".into()))),
            mine
        );
        let told = mine.apply(Action::DraftSavedElsewhere(Some("Other notes.".into())));
        assert_eq!(told.text, mine.text);
        assert!(told
            .status()
            .starts_with("Another tab saved a different text as the draft."));
        assert!(mine
            .apply(Action::DraftSavedElsewhere(None))
            .status()
            .starts_with("Another tab cleared the saved draft."));
        assert_eq!(
            State::default().apply(Action::DraftSavedElsewhere(None)),
            State::default()
        );
    }

    #[test]
    fn typing_waits_for_a_pause_and_every_other_change_is_at_once() {
        let typed = State::default().apply(Action::SetText("Key by key.".into()));
        assert!(typed.typed && typed.analysing);
        assert_ne!(typed.replaced, typed.revision, "the box already holds it");
        let pasted = typed.apply(Action::Paste("A whole article.".into()));
        assert!(!pasted.typed && pasted.replaced != pasted.revision);
        let sample = pasted.apply(Action::Sample(SAMPLE.into()));
        assert!(!sample.typed && sample.replaced == sample.revision);
    }

    #[test]
    fn key_points_view_marks_the_kept_words_and_carries_over() {
        // Issue 19: key points are the summary's sentences compressed; in
        // their view the full text marks the words they keep.
        let text = "However, the ministers met in Paris on Monday. \
                    The talks, which both sides liked, resume next year. Markets rose.";
        let state = State::default().settled(text);
        assert!(state.kept_marks().is_empty());
        let marked = state
            .apply(Action::ShowKeyPoints(true))
            .apply(Action::ToggleSummaryMarks);
        let Outcome::Ready(ready) = &marked.outcome else {
            panic!("not analysed");
        };
        let bullets: Vec<usize> = ready.bullets().iter().map(|b| b.sentence).collect();
        let summary: Vec<usize> = ready.summary.iter().map(|s| s.sentence).collect();
        assert_eq!(bullets, summary);
        let kept: Vec<&str> = marked
            .kept_marks()
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert!(
            kept.contains(&"the ministers met in Paris on Monday."),
            "{kept:?}"
        );
        assert!(kept.contains(&"The talks"), "{kept:?}");
        assert!(kept.contains(&"resume next year."), "{kept:?}");
        assert!(!kept
            .iter()
            .any(|k| k.contains("However") || k.contains("liked")));
        // The view is the reader's, not the text's.
        assert!(
            marked
                .settled("A new text. It has two sentences.")
                .keypoints
        );
        assert!(marked
            .apply(Action::ShowKeyPoints(false))
            .kept_marks()
            .is_empty());
    }
}
