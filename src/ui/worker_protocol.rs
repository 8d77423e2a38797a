//! The widget's private protocol with its worker (`www/worker.js`), both
//! sides in one place: the export the worker calls and the message the page
//! decodes ([`crate::ui::worker`]). Not for embedding pages: their API is
//! `analyze` in `api.rs`.

use wasm_bindgen::prelude::*;

use crate::engine::Options;
use crate::js_error::JsError;
use crate::language_packs::prepare;
use crate::ui::state::analyse;

/// For the widget's own worker: install the language pack `text` needs
/// (`crate::language_packs`) before [`analyze_for_widget`]. It never
/// rejects: the analysis follows either way, and its
/// [`Analysed::word_lists`](crate::ui::state::Analysed::word_lists) tells
/// the page whether the language's lists were there.
#[wasm_bindgen(js_name = prepareLanguage)]
pub async fn prepare_language(text: String) {
    let _ = prepare(&text, &Options::default()).await;
}

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

/// A short article of the project's own, with what the engine looks for
/// (names, roles, dates, numbers, a quote, reported speech), for
/// [`warm_up`] and the JS API's warm-up on the page (`crate::api_warm_up`).
pub(crate) const WARM_UP_TEXT: &str = "Harbour town opens new ferry line\n\n\
    OSLO, March 3, 2025 - The city of Bergen opened a ferry line to Stavanger on Monday, \
    Transport Minister Kari Nordby said. The line will carry 1,200 passengers a day and cost \
    $4.5 million a year.\n\n\
    \"This is a good day for the coast,\" Nordby told reporters at the harbour. She said the \
    ferries would run every two hours until next spring.\n\n\
    The Norwegian Coastal Administration expects traffic to grow by 15% in 2026. Last year \
    about 300,000 people travelled between the two cities.";

/// For the widget's own worker: analyse a short text and drop the result,
/// so that the reader's first analysis runs compiled, not cold, code. A
/// wasm module starts in V8's baseline tier and its hot functions are
/// optimised only after they have run a while: the first analysis after
/// the page loaded took 4x a warm one (issue 18). The worker calls this
/// while it waits for a text, a few times, each a millisecond or two.
#[wasm_bindgen(js_name = warmUp)]
pub fn warm_up() -> usize {
    analyze_for_widget(WARM_UP_TEXT.to_string(), None).map_or(0, |bytes| bytes.len())
}
