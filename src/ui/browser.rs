//! The few browser services the widget uses, each wrapped once: copying to
//! the clipboard (falling back to a download where the page may not),
//! downloading a string as a file (a Blob URL, never the network),
//! scrolling a sentence into view, and the draft kept in local storage
//! (when it is saved, and other tabs' drafts: `draft.rs`).
//!
//! Every failure here is reported as a message for the status line, never a
//! panic: a browser may refuse storage or the clipboard at any time.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{
    Blob, BlobPropertyBag, DomException, Element, HtmlAnchorElement, ScrollBehavior,
    ScrollIntoViewOptions, ScrollLogicalPosition, Storage, Url,
};

/// Local-storage key of the text in the box.
pub const DRAFT_KEY: &str = "nutshell.draft";
/// Local-storage key of the chosen theme.
const THEME_KEY: &str = "nutshell.theme";
/// Local-storage key of the summary's view: "keypoints" or "sentences".
const VIEW_KEY: &str = "nutshell.summary-view";

/// Copy `text` to the clipboard; where the page may not, download it as
/// `file_name` instead. Returns what was done, or why nothing could be,
/// for the status line.
pub async fn copy_or_download(text: String, file_name: &str, mime: &str) -> Result<String, String> {
    let Some(window) = web_sys::window() else {
        return Err("Copying needs a browser window.".into());
    };
    let copied = JsFuture::from(window.navigator().clipboard().write_text(&text)).await;
    match copied {
        Ok(_) => Ok("Copied to the clipboard.".into()),
        Err(_) => download(&text, file_name, mime).map(|()| {
            format!("The clipboard is not available here, so it was downloaded as {file_name}.")
        }),
    }
}

/// Save `text` as a file named `file_name`, through a Blob URL.
///
/// # Errors
/// A message for the status line when the browser refuses.
pub fn download(text: &str, file_name: &str, mime: &str) -> Result<(), String> {
    let failed = |_: JsValue| format!("Could not save {file_name}.");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| "Saving needs a browser window.".to_string())?;
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = Array::of1(&JsValue::from_str(text));
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(failed)?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    Url::revoke_object_url(&url).map_err(failed)
}

/// Scroll the element with `id` in the same widget as `from` to the middle
/// of the view and focus it. Looked up from the widget's root, not the
/// document, so it works inside an embedding page's shadow root and with
/// several widgets on one page.
pub fn scroll_to(from: &Element, id: &str) {
    let Some(element) = from
        .closest(".nutshell")
        .ok()
        .flatten()
        .and_then(|root| root.query_selector(&format!("#{id}")).ok().flatten())
    else {
        return;
    };
    to_middle(&element);
    if let Some(element) = element.dyn_ref::<web_sys::HtmlElement>() {
        // Ignored if the element cannot take focus; scrolling is the point.
        let _ = element.focus();
    }
}

/// Scroll `element` to the middle of the view, in every box that scrolls
/// around it (the full text's own box and the page).
pub fn to_middle(element: &Element) {
    let options = ScrollIntoViewOptions::new();
    options.set_behavior(ScrollBehavior::Smooth);
    options.set_block(ScrollLogicalPosition::Center);
    element.scroll_into_view_with_scroll_into_view_options(&options);
}

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The draft kept from an earlier visit, if any.
pub fn load_draft() -> Option<String> {
    storage()?.get_item(DRAFT_KEY).ok()?
}

/// Keep `text` for the next visit (or forget it when empty). When the
/// browser refuses, the older draft is removed too, so that it cannot come
/// back at the next visit in place of the text on screen; the message
/// returned for the status line says what is true: the text is still on
/// screen, only not saved.
pub fn save_draft(text: &str) -> Option<String> {
    let storage = storage()?;
    let saved = if text.is_empty() {
        storage.remove_item(DRAFT_KEY)
    } else {
        storage.set_item(DRAFT_KEY, text)
    };
    let error = saved.err()?;
    // Removing frees space, so it succeeds where saving could not.
    let _ = storage.remove_item(DRAFT_KEY);
    let full = error
        .dyn_ref::<DomException>()
        .is_some_and(|e| e.name() == "QuotaExceededError");
    Some(if full {
        "Your browser's storage for this page is full: the draft is not saved; your text is still here.".into()
    } else {
        "Your browser did not let this page save the draft; your text is still here.".into()
    })
}

/// The theme chosen on an earlier visit: "light", "dark" or "auto".
pub fn load_theme() -> String {
    storage()
        .and_then(|s| s.get_item(THEME_KEY).ok().flatten())
        .filter(|t| matches!(t.as_str(), "light" | "dark"))
        .unwrap_or_else(|| "auto".into())
}

/// Keep the chosen theme for the next visit.
pub fn save_theme(theme: &str) {
    if let Some(storage) = storage() {
        // A refused write only means the choice is not remembered.
        let _ = storage.set_item(THEME_KEY, theme);
    }
}

/// Whether the reader chose key points over sentences on an earlier visit.
pub fn load_keypoints() -> bool {
    storage()
        .and_then(|s| s.get_item(VIEW_KEY).ok().flatten())
        .is_some_and(|v| v == "keypoints")
}

/// Keep the summary's view for the next visit.
pub fn save_keypoints(keypoints: bool) {
    if let Some(storage) = storage() {
        // A refused write only means the choice is not remembered.
        let _ = storage.set_item(VIEW_KEY, if keypoints { "keypoints" } else { "sentences" });
    }
}
