//! The widget's private protocol with its worker (`www/worker.js`), both
//! sides in one place: the export the worker calls and the message the page
//! decodes ([`crate::ui::worker`]). Not for embedding pages: their API is
//! `analyze` in `api.rs`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::engine::{analyze_scored, Analysis, Options, Scores, Unit};
use crate::js_error::JsError;

/// What the widget's worker sends back: the analysis in byte offsets (the
/// widget slices Rust strings) and the sentence scores, so the page can
/// change the summary's length without asking again.
#[derive(Serialize, Deserialize)]
pub(crate) struct WidgetAnalysis {
    /// The analysis, byte offsets.
    pub analysis: Analysis,
    /// Every body sentence's score.
    pub scores: Scores,
}

/// For the widget's own worker (`www/worker.js`), not for embedding: the
/// analysis of `text` with a summary of `sentences` (or the default), as a
/// [`WidgetAnalysis`] in postcard's compact bytes. Bytes, not JS objects,
/// because a long article's analysis has tens of thousands of small
/// objects, and building, cloning and reading them back costs the page
/// more than the analysis itself; bytes are moved to the page and read in
/// wasm at once.
///
/// # Errors
/// As `analyze` in `api.rs`: throws `{code, message}`.
#[wasm_bindgen(js_name = analyzeForWidget)]
pub fn analyze_for_widget(text: String, sentences: Option<usize>) -> Result<Vec<u8>, JsValue> {
    let options = Options {
        sentences,
        ..Options::default()
    };
    let (analysis, scores) = analyze_scored(&text, &options, Unit::Byte).map_err(JsError::from)?;
    postcard::to_allocvec(&WidgetAnalysis { analysis, scores })
        .map_err(|e| JsError::new("internal", e.to_string()).into())
}
