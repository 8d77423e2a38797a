//! Long, structured texts that random bytes rarely reach: each input byte
//! picks a piece (a Title Case name word, a percentage, a money amount, a
//! date, a quote, an attribution, a nested bracket, a tag, a sentence end)
//! and the next byte how many times to repeat it, so a few hundred bytes
//! grow into up to a megabyte of long runs of names, numbers and tags: the
//! shapes that made canonical names quadratic (issue 11). Every text is
//! analysed, its cards built and its exports written.
#![no_main]

use std::sync::atomic::{AtomicUsize, Ordering};

use libfuzzer_sys::fuzz_target;
use nutshell::engine::validate::MAX_CHARS;
use nutshell::ui::state::{analyse, Action, Outcome, State};

/// The pieces a text is built from.
const PIECES: &[&str] = &[
    "Ab ", "Cd ", "Mr ", "Smith ", "United ", "Nations ", "of ", "the ", "12% ", "$3.5 billion ",
    "1,200 ", "March 3, 2024 ", "last Friday ", "\u{201c}We ", "go,\u{201d} ", "said ", "she ",
    "(", ")", "<nav>", "</b>", "&", "&amp;", ". ", "\n\n", "IBM ", "\"", "Q3 ", "9/11 ",
];

/// The longest text built so far, reported as it grows (tools/fuzz.sh
/// prints the last report).
static LONGEST: AtomicUsize = AtomicUsize::new(0);

fuzz_target!(|data: &[u8]| {
    let mut text = String::new();
    for pair in data.chunks(2) {
        let piece = PIECES[usize::from(pair[0]) % PIECES.len()];
        let times = 1 + usize::from(pair.get(1).copied().unwrap_or(0)) * 64;
        if text.len() + piece.len() * times > MAX_CHARS {
            break;
        }
        for _ in 0..times {
            text.push_str(piece);
        }
    }
    if text.len() > LONGEST.fetch_max(text.len(), Ordering::Relaxed) * 2 {
        eprintln!("structured: longest text so far {} bytes", text.len());
    }
    let Ok(result) = analyse(&text, None) else { return };
    let state = State::default()
        .apply(Action::SetText(text.clone()))
        .apply(Action::Analysed { revision: 1, result: Box::new(Ok(result)) });
    if let Outcome::Ready(ready) = &state.outcome {
        let report = nutshell::ui::export::analysis_markdown(ready);
        assert!(!report.is_empty());
    }
});
