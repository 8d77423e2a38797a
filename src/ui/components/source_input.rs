//! Where text comes in: typing or pasting into the box ([`Action::SetText`],
//! [`Action::Paste`]),
//! opening a file or dropping one on the panel ([`Action::Open`], which
//! keeps the reader's text if the file's cannot be analysed), the sample
//! and Clear (both undoable, see `state.rs`).
//!
//! The box is written only when its text comes from elsewhere
//! ([`State::replaced`](crate::ui::state::State::replaced)), never echoed
//! back while the reader types: at a million characters, setting the value
//! again on each key press cost a copy and a new layout of the whole text.
//!
//! The text is only ever a textarea's value or a text node: nothing pasted
//! or opened is handed to the browser as HTML or run. A file's bytes are
//! decoded by [`decode`] (UTF-8, UTF-16, or Windows-1252 for a legacy
//! file); an opened `.html` page, and the `text/html` of a rich paste,
//! are read by [`article_text`] in Rust, which keeps their article text.

use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::validate::MAX_CHARS;
use crate::extract::is_page_name;
use crate::ui::file_text::decode;
use crate::ui::off_thread::article_text;
use crate::ui::state::Action;

/// The article every new reader can try.
const SAMPLE: &str = include_str!("../../../seeds/000_b56badeed06a7e90.txt");

/// Files larger than this are refused before reading: at four bytes a char
/// they could not fit the engine's limit anyway, and reading them would
/// stall the tab.
const MAX_FILE_BYTES: f64 = (MAX_CHARS * 4) as f64;

/// File name endings the widget opens as plain text.
const TEXT_ENDINGS: &[&str] = &[".txt", ".text", ".md", ".markdown"];

/// Props of [`SourceInput`].
#[derive(Properties, PartialEq)]
pub struct SourceInputProps {
    /// The current text.
    pub text: Rc<str>,
    /// The revision at which the text last came from outside the box: the
    /// box's value is written when this changes, and only then.
    pub replaced: u64,
    /// Where input goes.
    pub on_action: Callback<Action>,
}

/// The text box with its open, sample and clear buttons; the panel takes
/// dropped files.
#[component]
pub fn SourceInput(props: &SourceInputProps) -> Html {
    let file_input = use_node_ref();
    let text_box = use_node_ref();
    let dragging = use_state(|| false);
    {
        let (text_box, text) = (text_box.clone(), props.text.clone());
        use_effect_with(props.replaced, move |_| {
            if let Some(text_box) = text_box.cast::<HtmlTextAreaElement>() {
                text_box.set_value(&text);
            }
        });
    }

    let on_input = props.on_action.reform(|e: InputEvent| {
        let text = e.target_unchecked_into::<HtmlTextAreaElement>().value();
        // Input Events Level 2's inputType: a paste, drop or cut changes
        // the text at once; anything else is a key among many.
        match e.input_type().as_str() {
            "insertFromPaste" | "insertFromDrop" | "deleteByCut" | "deleteByDrag" => {
                Action::Paste(text)
            }
            _ => Action::SetText(text),
        }
    });
    let on_paste = {
        let (on_action, text_box) = (props.on_action.clone(), text_box.clone());
        Callback::from(move |e: Event| {
            if let (Some(e), Some(text_box)) = (
                e.dyn_ref::<ClipboardEvent>(),
                text_box.cast::<HtmlTextAreaElement>(),
            ) {
                paste_page(e, text_box, on_action.clone());
            }
        })
    };
    let on_open = {
        let file_input = file_input.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file_chosen = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, on_action.clone());
            }
            input.set_value(""); // choosing the same file again fires again
        })
    };
    let on_sample = props
        .on_action
        .reform(|_: MouseEvent| Action::Sample(SAMPLE.to_string()));
    let on_clear = {
        let (on_action, text_box) = (props.on_action.clone(), text_box.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::Clear);
            // Clear disables itself; the box, ready for the next text (and
            // for Ctrl+Z), is where focus goes rather than nowhere.
            if let Some(text_box) = text_box.cast::<HtmlTextAreaElement>() {
                let _ = text_box.focus();
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let on_drop = {
        let dragging = dragging.clone();
        let on_action = props.on_action.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0));
            match file {
                Some(file) => read_file(file, on_action.clone()),
                None => on_action.emit(Action::Notify(
                    "Drop a .txt, .md or .html file here, or paste the text.".into(),
                )),
            }
        })
    };

    html! {
        <div
            class={classes!("source", dragging.then_some("dragging"))}
            ondragover={on_drag_over}
            ondragleave={on_drag_leave}
            ondrop={on_drop}
        >
            <label for="source-text" class="visually-hidden">{ "Article text" }</label>
            <textarea
                ref={text_box}
                id="source-text"
                class="source-text"
                placeholder="Paste a news article here, or drop a .txt, .md or .html file…"
                spellcheck="false"
                oninput={on_input}
                onpaste={on_paste}
            />
            <div class="source-actions">
                <button type="button" class="button" onclick={on_open}>{ "Open file…" }</button>
                <input
                    ref={file_input}
                    type="file"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-hidden="true"
                    accept=".txt,.text,.md,.markdown,.html,.htm,.xhtml,text/plain,text/markdown,text/html"
                    onchange={on_file_chosen}
                />
                <button type="button" class="button" id="try-sample" onclick={on_sample}>{ "Try the sample" }</button>
                <button type="button" class="button button-quiet" onclick={on_clear} disabled={props.text.is_empty()}>{ "Clear" }</button>
            </div>
        </div>
    }
}

/// A rich paste: when the clipboard offers `text/html` (a selection
/// copied from a web page), its article is read by the same extractor as
/// a dropped page (menus, share bars and adverts left out, captions marked
/// as captions) and put where the paste goes, in place of the selection.
/// A plain-text paste is left to the browser, as it is; so is a page that
/// gives no article text.
fn paste_page(e: &ClipboardEvent, text_box: HtmlTextAreaElement, on_action: Callback<Action>) {
    let Some(html) = e
        .clipboard_data()
        .and_then(|d| d.get_data("text/html").ok())
        .filter(|html| !html.trim().is_empty())
    else {
        return;
    };
    let plain = e
        .clipboard_data()
        .and_then(|d| d.get_data("text/plain").ok())
        .unwrap_or_default();
    e.prevent_default();
    let value = text_box.value();
    // The selection, in UTF-16 code units, as the box counts them.
    let units: Vec<u16> = value.encode_utf16().collect();
    let at = |n: Option<u32>| (n.unwrap_or(0) as usize).min(units.len());
    let (start, end) = (
        at(text_box.selection_start().ok().flatten()),
        at(text_box.selection_end().ok().flatten()),
    );
    let (before, after) = (
        String::from_utf16_lossy(&units[..start.min(end)]),
        String::from_utf16_lossy(&units[end.max(start)..]),
    );
    wasm_bindgen_futures::spawn_local(async move {
        let text = match article_text(html).await {
            text if text.is_empty() => plain,
            text => text,
        };
        let pasted = format!("{before}{text}{after}");
        text_box.set_value(&pasted);
        on_action.emit(Action::Paste(pasted));
    });
}

/// Read `file` as text and hand it on, or say why not. The current text is
/// kept in every failure: a refusal here is a notice, and a text that
/// cannot be analysed is refused by [`Action::Open`].
fn read_file(file: File, on_action: Callback<Action>) {
    let name = file.name();
    let lower = name.to_lowercase();
    let mime = file.type_();
    let is_html = is_page_name(&name) || mime.starts_with("text/html");
    let is_text = TEXT_ENDINGS.iter().any(|e| lower.ends_with(e))
        || mime.starts_with("text/plain")
        || mime == "text/markdown";
    let kept = "Your text is unchanged.";
    if !is_text && !is_html {
        on_action.emit(Action::Notify(format!(
            "“{name}” is not a .txt, .md or .html file. Open one of those, or copy the article's text and paste it. {kept}"
        )));
        return;
    }
    if file.size() > MAX_FILE_BYTES {
        on_action.emit(Action::Notify(format!(
            "“{name}” is {:.1} MB, too large to analyse here (the limit is {} characters). {kept}",
            file.size() / 1e6,
            MAX_CHARS
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let bytes = JsFuture::from(file.array_buffer())
            .await
            .ok()
            .map(|buffer| Uint8Array::new(&buffer).to_vec());
        let action = match bytes.as_deref().map(decode) {
            None => Action::Notify(format!("“{name}” could not be read. {kept}")),
            Some(None) => Action::Notify(format!(
                "“{name}” looks like a binary file, not text. {kept}"
            )),
            Some(Some((html, encoding))) if is_html => match article_text(html).await {
                text if text.is_empty() => {
                    Action::Notify(format!("“{name}” has no article text to analyse. {kept}"))
                }
                text => Action::Open {
                    name,
                    text,
                    encoding,
                },
            },
            Some(Some((text, encoding))) => Action::Open {
                name,
                text,
                encoding,
            },
        };
        on_action.emit(action);
    });
}
