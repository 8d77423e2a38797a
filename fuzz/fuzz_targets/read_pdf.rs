//! The PDF reader on arbitrary bytes (a dropped `.pdf` file): any input
//! gives text or a refusal, never a panic, a hang or runaway memory. The
//! seeds (`fuzz/seeds/pdf/`) are small PDFs the unit tests' syntax
//! covers; the dictionary (`fuzz/dict/pdf.dict`) gives libFuzzer the
//! keywords, operators and filters that reach the reader's deep paths.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::extract::pdf::read_pdf;

fuzz_target!(|bytes: &[u8]| {
    if let Ok(page) = read_pdf(bytes) {
        assert!(!page.text.trim().is_empty(), "text read but none given");
    }
});
