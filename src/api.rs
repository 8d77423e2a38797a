//! The JavaScript API: `analyze(text, options)` and `version()`, for pages
//! that embed Nutshell.
//!
//! Glue only. Offsets are UTF-16 code units, so `text.slice(start, end)` in
//! JavaScript gives the unit back; results are plain JSON-compatible objects
//! (serde-wasm-bindgen's `json_compatible` serializer: maps become objects,
//! `None` becomes `null`). Errors reject the returned Promise with
//! `{code, message}` objects, never as panics.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::engine::{analyze_in, analyze_scored, Analysis, Date, Error, Options, Scores, Unit};

/// What JavaScript may pass as `options`.
#[derive(Debug, Default, Deserialize)]
#[serde(default)]
struct JsOptions {
    sentences: Option<usize>,
    ratio: Option<f64>,
    words: Option<usize>,
    date: Option<String>,
}

/// The shape of a thrown error.
#[derive(Serialize)]
struct JsError {
    code: &'static str,
    message: String,
}

fn to_js_error(code: &'static str, message: String) -> JsValue {
    serde_wasm_bindgen::to_value(&JsError { code, message })
        .unwrap_or_else(|e| JsValue::from_str(&e.to_string()))
}

impl From<Error> for JsValue {
    fn from(error: Error) -> JsValue {
        to_js_error(error.code(), error.to_string())
    }
}

/// Analyse `text`; `options` may be `undefined` or
/// `{sentences?, ratio?, words?, date?: "YYYY-MM-DD"}`. Returns a Promise,
/// so callers treat it like any other asynchronous browser API.
///
/// # Errors
/// The Promise rejects with `{code, message}`: the engine's error codes, or
/// `invalid_option` for options that are not of that shape.
#[wasm_bindgen]
pub async fn analyze(text: String, options: JsValue) -> Result<JsValue, JsValue> {
    let js: JsOptions = if options.is_undefined() || options.is_null() {
        JsOptions::default()
    } else {
        reject_unknown_keys(&options)?;
        serde_wasm_bindgen::from_value(options)
            .map_err(|e| to_js_error("invalid_option", e.to_string()))?
    };
    let date = match js.date.as_deref() {
        Some(d) => Some(Date::parse_iso(d).ok_or_else(|| {
            to_js_error(
                "invalid_option",
                format!("date must be YYYY-MM-DD, not '{d}'"),
            )
        })?),
        None => None,
    };
    let options = Options {
        sentences: js.sentences,
        ratio: js.ratio,
        words: js.words,
        date,
        ..Options::default()
    };
    let analysis = analyze_in(&text, &options, Unit::Utf16)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    analysis
        .serialize(&serializer)
        .map_err(|e| to_js_error("internal", e.to_string()))
}

/// Throw on an option name Nutshell does not know, so a typo ("sentence")
/// is not silently ignored. (serde-wasm-bindgen reads only the fields a
/// struct names, so `deny_unknown_fields` cannot catch these.)
fn reject_unknown_keys(options: &JsValue) -> Result<(), JsValue> {
    const KNOWN: [&str; 4] = ["sentences", "ratio", "words", "date"];
    if !options.is_object() {
        return Err(to_js_error(
            "invalid_option",
            "options must be an object".into(),
        ));
    }
    let object: &js_sys::Object = options.unchecked_ref();
    for key in js_sys::Object::keys(object)
        .iter()
        .filter_map(|k| k.as_string())
    {
        if !KNOWN.contains(&key.as_str()) {
            return Err(to_js_error(
                "invalid_option",
                format!("unknown option '{key}'; known: {}", KNOWN.join(", ")),
            ));
        }
    }
    Ok(())
}

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
/// As [`analyze`]: throws `{code, message}`.
#[wasm_bindgen(js_name = analyzeForWidget)]
pub fn analyze_for_widget(text: String, sentences: Option<usize>) -> Result<Vec<u8>, JsValue> {
    let options = Options {
        sentences,
        ..Options::default()
    };
    let (analysis, scores) = analyze_scored(&text, &options, Unit::Byte)?;
    postcard::to_allocvec(&WidgetAnalysis { analysis, scores })
        .map_err(|e| to_js_error("internal", e.to_string()))
}

/// The version of Nutshell, as in Cargo.toml.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
