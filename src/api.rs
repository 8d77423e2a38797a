//! The JavaScript API: `analyze(text, options)` and `version()`, for pages
//! that embed Nutshell (and `loadLanguage(code)`, in `language_packs.rs`).
//!
//! Glue only. Offsets are UTF-16 code units, so `text.slice(start, end)` in
//! JavaScript gives the unit back; results are plain JSON-compatible objects
//! (serde-wasm-bindgen's `json_compatible` serializer: maps become objects,
//! `None` becomes `null`). Errors reject the returned Promise with
//! `{code, message}` objects (`JsError`), never as panics or traps,
//! whatever JavaScript passes.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::engine::{report, Date, Options, Unit};
use crate::host_input::count;
use crate::js_error::JsError;
use crate::language_packs::prepare;

/// The option names `analyze` knows.
const KNOWN: [&str; 5] = ["sentences", "ratio", "words", "date", "keypoints"];

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a Proxy's traps throw (js-sys's binding
    /// does not, and an exception escaping wasm leaves the promise pending).
    #[wasm_bindgen(catch, js_namespace = Object, js_name = keys)]
    fn object_keys(object: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// Analyse `text`; `options` may be `undefined`, `null` or
/// `{sentences?, ratio?, words?, date?: "YYYY-MM-DD", keypoints?: boolean}`
/// (with `keypoints`, the result has the summary as key points too). Returns a Promise,
/// so callers treat it like any other asynchronous browser API: a text in
/// a language whose word lists are a pack not loaded yet waits for it
/// (`crate::language_packs`).
///
/// Both arguments are taken as any JavaScript value and checked here: a
/// `String` parameter would make wasm-bindgen's glue convert a non-string
/// (`analyze(42)`) before Rust runs, failing outside the Promise.
///
/// # Errors
/// The Promise rejects with `{code, message}`: `invalid_input` when `text`
/// is not a string, `invalid_option` for options that are not of that
/// shape (or whose properties throw when read), else the engine's codes.
#[wasm_bindgen]
pub async fn analyze(text: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    crate::api_warm_up::stop();
    let Some(text) = text.as_string() else {
        return Err(JsError::new(
            "invalid_input",
            format!("the text to analyse must be a string, not {}", kind(&text)),
        )
        .into());
    };
    let options = read_options(&options)?;
    // A language with a pack gets it first (one small fetch, once); where
    // that fails, the text is analysed without its lists (no key phrases)
    // rather than not at all: `loadLanguage` says why.
    let _ = prepare(&text, &options).await;
    let analysis = report(&text, &options, Unit::Utf16).map_err(JsError::from)?;
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    analysis
        .serialize(&serializer)
        .map_err(|e| JsError::new("internal", e.to_string()).into())
}

/// The engine's options from what JavaScript passed. Each property is read
/// once, with exceptions caught (a getter or a Proxy may throw), and
/// checked for its type; an option name Nutshell does not know is refused,
/// so a typo ("sentence") is not silently ignored.
fn read_options(options: &JsValue) -> Result<Options, JsError> {
    if options.is_undefined() || options.is_null() {
        return Ok(Options::default());
    }
    if !options.is_object() {
        return Err(JsError::invalid_option(format!(
            "options must be an object, not {}",
            kind(options)
        )));
    }
    let keys = object_keys(options).map_err(|e| {
        JsError::invalid_option(format!("the options could not be read: {}", thrown(&e)))
    })?;
    if let Some(key) = keys
        .iter()
        .filter_map(|k| k.as_string())
        .find(|k| !KNOWN.contains(&k.as_str()))
    {
        return Err(JsError::invalid_option(format!(
            "unknown option '{key}'; known: {}",
            KNOWN.join(", ")
        )));
    }
    let field = |name: &str| -> Result<Option<JsValue>, JsError> {
        let value = js_sys::Reflect::get(options, &name.into()).map_err(|e| {
            JsError::invalid_option(format!("reading option '{name}' failed: {}", thrown(&e)))
        })?;
        Ok(Some(value).filter(|v| !v.is_undefined() && !v.is_null()))
    };
    let number = |name: &str, value: JsValue| {
        value.as_f64().ok_or_else(|| {
            JsError::invalid_option(format!("{name} must be a number, not {}", kind(&value)))
        })
    };
    let whole = |name: &str| -> Result<Option<usize>, JsError> {
        let Some(value) = field(name)? else {
            return Ok(None);
        };
        let n = number(name, value)?;
        count(n).map(Some).ok_or_else(|| {
            JsError::invalid_option(format!(
                "{name} must be a whole number from 1 to {}, not {n}",
                usize::MAX
            ))
        })
    };
    let sentences = whole("sentences")?;
    let words = whole("words")?;
    let ratio = field("ratio")?.map(|v| number("ratio", v)).transpose()?;
    let date = match field("date")? {
        None => None,
        Some(value) => {
            let text = value.as_string().ok_or_else(|| {
                JsError::invalid_option(format!(
                    "date must be a string YYYY-MM-DD, not {}",
                    kind(&value)
                ))
            })?;
            Some(Date::parse_iso(&text).ok_or_else(|| {
                JsError::invalid_option(format!("date must be YYYY-MM-DD, not '{text}'"))
            })?)
        }
    };
    let keypoints = match field("keypoints")? {
        None => false,
        Some(value) => value.as_bool().ok_or_else(|| {
            JsError::invalid_option(format!(
                "keypoints must be true or false, not {}",
                kind(&value)
            ))
        })?,
    };
    Ok(Options {
        sentences,
        ratio,
        words,
        date,
        keypoints,
        ..Options::default()
    })
}

/// What kind of value `value` is, for a message: its `typeof`, or `null`.
fn kind(value: &JsValue) -> String {
    if value.is_null() {
        "null".into()
    } else {
        value.js_typeof().as_string().unwrap_or_default()
    }
}

/// What a caught JavaScript exception says: its `message`, else itself if
/// a string (read with exceptions caught too).
fn thrown(exception: &JsValue) -> String {
    js_sys::Reflect::get(exception, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .or_else(|| exception.as_string())
        .unwrap_or_else(|| "an exception".into())
}

/// The version of Nutshell, as in Cargo.toml.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_string()
}
