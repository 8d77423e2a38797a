//! Language packs in the browser: the shells' half of
//! `engine::lexicon::pack`. Before a text is analysed, the language the
//! engine would read it as is checked; when that language has a pack not
//! installed yet, `packs/<code>.txt` is fetched from beside the JS glue
//! (wherever the page or the embedding host loaded it from) and installed,
//! then the text is analysed. The engine names no web crate: it says what
//! is missing and takes the bytes; fetching is here.
//!
//! Where the fetch fails (offline before the language was first used, a
//! server that does not serve `packs/`), the text is still analysed, as a
//! language without lists: a summary by the words its sentences share and
//! no key phrases, never the English function words. The widget says so
//! (`support_notice.rs`); `loadLanguage` lets an embedding page load a
//! language ahead and hear why it failed. The service worker keeps each
//! pack the first time it is fetched (`www/sw.js`), so a language used
//! once works offline.

use js_sys::{Promise, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;

use crate::engine::{install_language_pack, iso_639_1, missing_language_pack, Options};
use crate::js_error::JsError;

#[wasm_bindgen]
extern "C" {
    /// `import.meta` of the JS glue: its `url` is where the glue (and
    /// `packs/` beside it) was loaded from, on the page, in the worker and
    /// on an embedding host alike.
    type ImportMeta;
    #[wasm_bindgen(thread_local_v2, js_namespace = import, js_name = meta)]
    static IMPORT_META: ImportMeta;
    #[wasm_bindgen(method, getter)]
    fn url(this: &ImportMeta) -> String;

    /// The global `fetch` (a window's or a worker's), catching a throw.
    #[wasm_bindgen(catch, js_name = fetch)]
    fn fetch_url(url: &str) -> Result<Promise, JsValue>;
}

/// Fetch and install the pack of `code`.
async fn fetch_and_install(code: &str) -> Result<(), JsError> {
    let failed = |why: &str| {
        JsError::new(
            "load_failed",
            format!("the word lists for language '{code}' could not be loaded: {why}"),
        )
    };
    let glue = IMPORT_META.with(ImportMeta::url);
    let url = web_sys::Url::new_with_base(&format!("packs/{code}.txt"), &glue)
        .map_err(|_| failed("no address beside the module"))?
        .href();
    let pending = fetch_url(&url).map_err(|_| failed("fetch is not available"))?;
    let response: Response = JsFuture::from(pending)
        .await
        .map_err(|_| failed("the network request failed (offline?)"))?
        .dyn_into()
        .map_err(|_| failed("no response"))?;
    if !response.ok() {
        return Err(failed(&format!("HTTP {}", response.status())));
    }
    let body = response
        .array_buffer()
        .map_err(|_| failed("the response could not be read"))?;
    let bytes = JsFuture::from(body)
        .await
        .map_err(|_| failed("the response could not be read"))?;
    install_language_pack(&Uint8Array::new(&bytes).to_vec())
        .map(|_| ())
        .map_err(|error| failed(&error.to_string()))
}

/// Install the pack `text` needs when analysed with `options`, if any.
///
/// # Errors
/// `load_failed` when the pack is needed and could not be loaded; the
/// text can still be analysed (without that language's lists).
pub(crate) async fn prepare(text: &str, options: &Options) -> Result<(), JsError> {
    match missing_language_pack(text, options) {
        Some(code) => fetch_and_install(code).await,
        None => Ok(()),
    }
}

/// Load the word lists of `language` (an ISO 639-1 code) so that
/// `analyze` reads a text in it with them: what `analyze` does by itself
/// when a text in such a language arrives. It resolves at once for
/// English, for a language without lists of its own, and for one loaded
/// already.
///
/// # Errors
/// The Promise rejects with `{code, message}`: `invalid_input` when
/// `language` is not a string, `invalid_option` when it is no ISO 639-1
/// code, `load_failed` when the lists could not be fetched.
#[wasm_bindgen(js_name = loadLanguage)]
pub async fn load_language(language: JsValue) -> Result<(), JsValue> {
    let Some(given) = language.as_string() else {
        return Err(
            JsError::new("invalid_input", "the language must be a string, as \"de\"").into(),
        );
    };
    let code = iso_639_1(&given).ok_or_else(|| {
        JsError::invalid_option(format!("'{given}' is not an ISO 639-1 language code"))
    })?;
    let options = Options {
        language: Some(code),
        ..Options::default()
    };
    prepare("", &options).await.map_err(Into::into)
}
