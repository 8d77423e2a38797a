//! The widget's private protocol with its worker (`www/worker.js`), both
//! sides in one place: the export the worker calls and the message the page
//! decodes ([`crate::ui::worker`]). Not for embedding pages: their API is
//! `analyze` in `api.rs`.

use wasm_bindgen::prelude::*;

use crate::extract::article_text;
use crate::js_error::JsError;
use crate::ui::state::analyse;

/// For the widget's own worker (`www/worker.js`), not for embedding: the
/// analysis of `text` with a summary of `sentences` (or the default) and its
/// cards, an [`Analysed`](crate::ui::state::Analysed) in postcard's compact bytes. Bytes, not JS objects,
/// because a long article's analysis has tens of thousands of small
/// objects, and building, cloning and reading them back costs the page
/// more than the analysis itself; bytes are moved to the page and read in
/// wasm at once.
///
/// # Errors
/// As `analyze` in `api.rs`: throws `{code, message}`.
#[wasm_bindgen(js_name = analyzeForWidget)]
pub fn analyze_for_widget(text: String, sentences: Option<usize>) -> Result<Vec<u8>, JsValue> {
    let analysed = analyse(&text, sentences).map_err(JsError::from)?;
    postcard::to_allocvec(&analysed).map_err(|e| JsError::new("internal", e.to_string()).into())
}

/// For the widget's own worker: the article text of an HTML page
/// (`crate::ui::off_thread` runs it there, off the page's thread).
#[wasm_bindgen(js_name = articleText)]
pub fn article_text_for_worker(html: String) -> String {
    article_text(&html)
}
