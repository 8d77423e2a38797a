//! The whole analysis on arbitrary input: any bytes that are UTF-8 (as text
//! from a file or a paste), with the first byte choosing the summary length
//! so the length paths are fuzzed too. Any panic is a finding.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::engine::{analyze_in, Options, Unit};

fuzz_target!(|data: &[u8]| {
    let Some((&choice, rest)) = data.split_first() else { return };
    let Ok(text) = std::str::from_utf8(rest) else { return };
    let options = match choice % 4 {
        0 => Options::default(),
        1 => Options { sentences: Some(usize::from(choice / 4) + 1), ..Options::default() },
        2 => Options { ratio: Some(f64::from(choice) / 255.0), ..Options::default() },
        _ => Options { words: Some(usize::from(choice) * 4 + 1), ..Options::default() },
    };
    for unit in [Unit::Char, Unit::Utf16] {
        if let Ok(analysis) = analyze_in(text, &options, unit) {
            assert!(analysis.summary.iter().all(|p| p.sentence < analysis.sentences.len()));
        }
    }
});
