//! The Word reader on arbitrary bytes (a dropped `.docx`): any input gives
//! a page or a message, without panicking, and never inflates past its
//! cap. The seeds (`tests/fixtures/docx`) are a real document, so
//! libFuzzer starts from a zip archive with a document part, not noise.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::extract::docx::{read_docx, MAX_DOCUMENT_XML_BYTES};

fuzz_target!(|bytes: &[u8]| {
    if let Ok(page) = read_docx(bytes) {
        assert!(page.text.len() <= MAX_DOCUMENT_XML_BYTES, "{} bytes of text", page.text.len());
    }
});
