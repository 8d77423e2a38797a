//! The HTML importer on arbitrary text (a dropped `.html` file): any input
//! gives text without panicking, and never more text than it was given
//! (markup and references only shrink; nothing is repeated). The
//! dictionary (`fuzz/dict/html.dict`) gives libFuzzer the markup that
//! reaches the importer's deep paths: skipped elements, raw text, nesting,
//! and character references with and without their `;`.
#![no_main]

use libfuzzer_sys::fuzz_target;
use nutshell::extract::article_text;

fuzz_target!(|html: &str| {
    let text = article_text(html);
    assert!(text.len() <= html.len(), "{} bytes of text from {} of HTML", text.len(), html.len());
});
