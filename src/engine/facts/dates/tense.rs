//! Whether a sentence speaks of the past or the future, for dates written
//! without a year or week ("in March", "on Monday").
//!
//! Full tense needs a parser; news needs less. A future sentence says so
//! with a modal or a planning word ("will", "is scheduled", "plans"); a past
//! one with a past-tense verb, which English mostly marks with "-ed" or one
//! of a few dozen irregular forms. A speech verb ("said", "warned") is no
//! such cue: it dates the report, not what is reported ("warned that rivers
//! could rise until Tuesday"), unless "to" follows it ("agreed to sell":
//! an act, not speech); leaving speech verbs out lifted date value
//! F1 on TempEval-3 dev from 0.751 / 0.756 to 0.752 / 0.757. ("would" as a
//! future cue lost 0.001 / 0.002 there, and is not one.) A sentence with
//! neither is read as the present, and its dates take the article's year.
//!
//! A weekday reads its direction first from the verb right before it
//! ([`Tense::beside`]): "said Thursday", "met Monday" are past even in a
//! sentence that goes on "... and will appeal", and "to resume Monday",
//! "as soon as Tuesday" are ahead even in one that reports the past.

use crate::engine::attribution::speakers::is_speech_verb;
use crate::engine::lexicon::en::tense::{FUTURE_CUES, PAST_FORMS};
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// A sentence's tense, as far as dates need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    /// It reports what happened.
    Past,
    /// It speaks of the present, or does not say.
    Present,
    /// It speaks of what will happen.
    Future,
}

impl Tense {
    /// The tense the words just before token `at` give a weekday there:
    /// a past form (a speech verb too: "said Thursday" dates the saying)
    /// right before it or before its "on"; a verb after "to" or a modal
    /// ("to resume Monday", "will meet on Thursday"), or "as soon as", for
    /// the future. `None` where they say nothing.
    pub fn beside(text: &str, tokens: &[Token], words: &[String], at: usize) -> Option<Tense> {
        let mut j = at.checked_sub(1)?;
        if words[j] == "on" {
            j = j.checked_sub(1)?;
        }
        let word = words[j].as_str();
        let before = j.checked_sub(1).map_or("", |k| words[k].as_str());
        if word == "as" && before == "soon" {
            return Some(Tense::Future);
        }
        let verb = tokens[j].kind == TokenKind::Word
            && tokens[j].span.of(text).starts_with(char::is_lowercase);
        if !verb {
            return None;
        }
        if is_past_form(word) {
            return Some(Tense::Past);
        }
        matches!(before, "to" | "will" | "'ll" | "’ll" | "shall").then_some(Tense::Future)
    }

    /// The tense of the cue nearest token `at` (a future cue or a past
    /// form, as [`Tense::of`] reads them), the one before it on a tie; the
    /// present where the sentence has none. A sentence of two clauses
    /// dates each by its own verb: "In January, the firm brought in a new
    /// chief, who will stay" is last January, not next. A past auxiliary
    /// before a future cue ("were planning") leaves the plan to the cue.
    pub fn near(text: &str, tokens: &[Token], words: &[String], at: usize) -> Tense {
        let cue = |k: usize| {
            let w = words[k].as_str();
            if FUTURE_CUES.contains(&w) {
                return Some(Tense::Future);
            }
            let lowercase = tokens[k].span.of(text).starts_with(char::is_lowercase);
            let plan = words
                .get(k + 1)
                .is_some_and(|n| FUTURE_CUES.contains(&n.as_str()));
            (tokens[k].kind == TokenKind::Word
                && lowercase
                && !plan
                && !reports_speech(words, k)
                && is_past_form(w))
            .then_some(Tense::Past)
        };
        (1..words.len())
            .flat_map(|d| [at.checked_sub(d), Some(at + d).filter(|&k| k < words.len())])
            .flatten()
            .find_map(cue)
            .unwrap_or(Tense::Present)
    }

    /// The tense of the sentence whose tokens are `tokens` (lowercased:
    /// `words`); future cues win over past ones ("said it will").
    pub fn of(text: &str, tokens: &[Token], words: &[String]) -> Tense {
        if words.iter().any(|w| FUTURE_CUES.contains(&w.as_str())) {
            return Tense::Future;
        }
        let past = tokens.iter().zip(words).enumerate().any(|(k, (t, w))| {
            let lowercase = t.span.of(text).starts_with(char::is_lowercase);
            t.kind == TokenKind::Word && lowercase && !reports_speech(words, k) && is_past_form(w)
        });
        if past {
            Tense::Past
        } else {
            Tense::Present
        }
    }
}

/// Whether the verb at `k` reports speech: a speech verb, unless "to"
/// follows it ("agreed to sell", "promised to build"): then it names what
/// was done, past like any other verb (issue 14: "agreed to sell ... in
/// October" was read as next October).
fn reports_speech(words: &[String], k: usize) -> bool {
    is_speech_verb(&words[k]) && words.get(k + 1).map(String::as_str) != Some("to")
}

/// Whether a lowercase word is a past form: one of the irregular ones, or
/// a word of five letters or more in "-ed".
fn is_past_form(word: &str) -> bool {
    PAST_FORMS.contains(&word) || (word.len() > 4 && word.ends_with("ed"))
}
