//! The readers module (issue 16): the file readers (`nutshell::extract`:
//! web pages, Word documents) as a wasm module of their own, which Trunk
//! builds beside the page (`www/index.html`, `data-type="worker"`) and the
//! page starts in a worker (`www/readers.js`) only when a reader first
//! opens such a file or pastes from a web page. The page's own wasm holds
//! no reader, so the bytes every reader downloads do not grow with them.

use nutshell::extract;
use nutshell::file_kind::FileKind;
use wasm_bindgen::prelude::wasm_bindgen;

/// The article text of a web page's `html` (see `extract::read_page`):
/// the header lines, a blank line, the body; empty when it holds none.
#[wasm_bindgen(js_name = readPage)]
pub fn read_page(html: String) -> String {
    extract::article_text(&html)
}

/// The text of the document file `name` (MIME type `mime`, empty if
/// unknown) with content `bytes`, or, thrown, why it cannot be read, in
/// words for the reader.
///
/// # Errors
/// The reader's message (not a document, damaged, too large, ...).
#[wasm_bindgen(js_name = readDocument)]
pub fn read_document(name: String, mime: String, bytes: Vec<u8>) -> Result<String, String> {
    match FileKind::of(&name, &mime) {
        Some(kind) if kind.is_document() => {
            extract::read_document(kind, &bytes).map(|page| page.text)
        }
        _ => Err(format!("“{name}” is not a document the readers take.")),
    }
}

/// Nothing to start: the worker calls the exports.
fn main() {}
