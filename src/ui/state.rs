//! The widget's state and how it changes, free of any web type so it is
//! tested natively (the Yew `Reducible` impl in `app.rs` only forwards here).
//!
//! The text a person pasted is the one thing the widget must never lose: every
//! action keeps it unless it replaces it on purpose, and a failed analysis
//! or a refused file leaves it as it was.

use std::rc::Rc;

use crate::engine::{analyze_in, Analysis, Error, Options, Unit};

/// Everything the widget shows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct State {
    /// The article text, as the person gave it.
    pub text: Rc<str>,
    /// What became of analysing it.
    pub outcome: Outcome,
    /// A one-off message about the last action (a refused file, say).
    pub notice: Option<String>,
}

/// What became of analysing the current text.
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Outcome {
    /// No text yet: nothing to analyse.
    #[default]
    Waiting,
    /// The analysis, with byte offsets into `State::text` (the UI slices
    /// Rust strings, so bytes are its natural unit).
    Ready(Rc<Analysis>),
    /// Why the text could not be analysed.
    Failed(Error),
}

/// What a person (or the browser on their behalf) did.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The text changed: typed, pasted, opened from a file or the sample.
    SetText(String),
    /// A file could not be read or is not a kind the widget opens; the text
    /// stays as it was.
    Refuse(String),
    /// Empty the box.
    Clear,
}

impl State {
    /// The state after `action`.
    pub fn apply(&self, action: Action) -> State {
        match action {
            Action::SetText(text) => State::analysed(text.into()),
            Action::Refuse(message) => State {
                notice: Some(message),
                ..self.clone()
            },
            Action::Clear => State::default(),
        }
    }

    fn analysed(text: Rc<str>) -> State {
        let outcome = match analyze_in(&text, &Options::default(), Unit::Byte) {
            Ok(analysis) => Outcome::Ready(Rc::new(analysis)),
            Err(Error::Empty) => Outcome::Waiting,
            Err(error) => Outcome::Failed(error),
        };
        State {
            text,
            outcome,
            notice: None,
        }
    }

    /// The line a screen reader announces and everyone sees under the box.
    pub fn status(&self) -> String {
        if let Some(notice) = &self.notice {
            return notice.clone();
        }
        match &self.outcome {
            Outcome::Waiting => "Paste an article, open a file or try the sample.".into(),
            Outcome::Ready(a) => format!(
                "Analysed: {} sentences, {} words, {}.",
                a.sentences.len(),
                a.meta.words,
                reading_time(a.meta.reading_minutes)
            ),
            Outcome::Failed(error) => format!("Cannot analyse this text: {error}."),
        }
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
        let state = State::default().apply(Action::SetText("One. Two.".into()));
        let Outcome::Ready(analysis) = &state.outcome else {
            panic!("not analysed: {state:?}")
        };
        assert_eq!(analysis.sentences.len(), 2);
        assert_eq!(
            state.status(),
            "Analysed: 2 sentences, 2 words, under a minute to read."
        );
    }

    #[test]
    fn keeps_the_text_when_a_file_is_refused() {
        let state = State::default().apply(Action::SetText("Keep me.".into()));
        let refused = state.apply(Action::Refuse("That is not a text file.".into()));
        assert_eq!(&*refused.text, "Keep me.");
        assert_eq!(refused.outcome, state.outcome);
        assert_eq!(refused.status(), "That is not a text file.");
        // The next edit clears the notice.
        assert_eq!(refused.apply(Action::SetText("New.".into())).notice, None);
    }

    #[test]
    fn keeps_the_text_when_it_cannot_be_analysed() {
        let state = State::default().apply(Action::SetText("bin\0ary".into()));
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
        let state = State::default().apply(Action::SetText("  \n".into()));
        assert_eq!(state.outcome, Outcome::Waiting);
        assert_eq!(State::default().apply(Action::Clear), State::default());
    }
}
