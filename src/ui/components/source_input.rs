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
//! or opened is handed to the browser as HTML or run. A text file's bytes
//! are decoded by [`decode`] (UTF-8, UTF-16, or Windows-1252 for a legacy
//! file); an opened `.html` page (decoded so too), the `text/html` of a
//! rich paste, and a `.docx` or `.pdf` document are read by the file
//! readers ([`readers`]), loaded the first time one is needed.

use std::rc::Rc;

use js_sys::{ArrayBuffer, Uint8Array};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ClipboardEvent, DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::validate::MAX_CHARS;
use crate::file_kind::{FileKind, MAX_DOCUMENT_BYTES};
use crate::ui::file_text::{decode, Encoding};
use crate::ui::readers::{self, Job};
use crate::ui::state::Action;

/// The article every new reader can try.
const SAMPLE: &str = include_str!("../../../seeds/000_b56badeed06a7e90.txt");

/// Text files larger than this are refused before reading: at four bytes
/// a char they could not fit the engine's limit anyway, and reading them
/// would stall the tab. (A document's photos count in its size; it has
/// [`MAX_DOCUMENT_BYTES`].)
const MAX_FILE_BYTES: f64 = (MAX_CHARS * 4) as f64;

/// The kinds of file the widget opens, as the reader is told them.
const OPENS: &str = ".txt, .md, .html, .docx or .pdf";

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
    /// The URL of the JS glue when the host gave it (an embedding page),
    /// for the file readers beside it.
    #[prop_or_default]
    pub glue: Option<String>,
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
        let glue = props.glue.clone();
        Callback::from(move |e: Event| {
            if let (Some(e), Some(text_box)) = (
                e.dyn_ref::<ClipboardEvent>(),
                text_box.cast::<HtmlTextAreaElement>(),
            ) {
                paste_page(e, text_box, glue.clone(), on_action.clone());
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
        let (on_action, glue) = (props.on_action.clone(), props.glue.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(file) = input.files().and_then(|files| files.get(0)) {
                read_file(file, glue.clone(), on_action.clone());
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
        let (on_action, glue) = (props.on_action.clone(), props.glue.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            let file = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|files| files.get(0));
            match file {
                Some(file) => read_file(file, glue.clone(), on_action.clone()),
                None => on_action.emit(Action::Notify(format!(
                    "Drop a {OPENS} file here, or paste the text."
                ))),
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
                placeholder={format!("Paste a news article here, or drop a {OPENS} file…")}
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
                    accept={FileKind::accepted()}
                    onchange={on_file_chosen}
                />
                <button type="button" class="button" id="try-sample" onclick={on_sample}>{ "Try the sample" }</button>
                <button type="button" class="button button-quiet" onclick={on_clear} disabled={props.text.is_empty()}>{ "Clear" }</button>
            </div>
        </div>
    }
}

/// A rich paste: when the clipboard offers `text/html` (a selection
/// copied from a web page), its article is read by the same reader as a
/// dropped page (menus, share bars and adverts left out, captions marked
/// as captions) and put where the paste goes, in place of the selection.
/// A plain-text paste is left to the browser, as it is; so is a page that
/// gives no article text, and the plain text is pasted when the readers
/// cannot be loaded.
fn paste_page(
    e: &ClipboardEvent,
    text_box: HtmlTextAreaElement,
    glue: Option<String>,
    on_action: Callback<Action>,
) {
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
        let text = match readers::read(Job::Page(html), glue).await {
            Ok(text) if !text.is_empty() => text,
            _ => plain,
        };
        let pasted = format!("{before}{text}{after}");
        text_box.set_value(&pasted);
        on_action.emit(Action::Paste(pasted));
    });
}

/// Read `file` and hand its text on, or say why not. The current text is
/// kept in every failure: a refusal here is a notice, and a text that
/// cannot be analysed is refused by [`Action::Open`].
fn read_file(file: File, glue: Option<String>, on_action: Callback<Action>) {
    let name = file.name();
    let mime = file.type_();
    let kept = "Your text is unchanged.";
    let Some(kind) = FileKind::of(&name, &mime) else {
        on_action.emit(Action::Notify(format!(
            "“{name}” is not a {OPENS} file. Open one of those, or copy the article's text and paste it. {kept}"
        )));
        return;
    };
    let max = if kind.is_document() {
        MAX_DOCUMENT_BYTES as f64
    } else {
        MAX_FILE_BYTES
    };
    if file.size() > max {
        on_action.emit(Action::Notify(format!(
            "“{name}” is {:.1} MB, too large to analyse here (the limit is {:.0} MB for this kind of file). {kept}",
            file.size() / 1e6,
            max / 1e6
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .ok()
            .and_then(|buffer| buffer.dyn_into::<ArrayBuffer>().ok());
        let Some(buffer) = buffer else {
            on_action.emit(Action::Notify(format!(
                "“{name}” could not be read. {kept}"
            )));
            return;
        };
        let (text, encoding) = if kind.is_document() {
            let job = Job::Document {
                name: name.clone(),
                mime,
                bytes: buffer,
            };
            (readers::read(job, glue).await, Encoding::Utf8)
        } else {
            let Some((text, encoding)) = decode(&Uint8Array::new(&buffer).to_vec()) else {
                on_action.emit(Action::Notify(format!(
                    "“{name}” looks like a binary file, not text. {kept}"
                )));
                return;
            };
            match kind {
                FileKind::Page => (readers::read(Job::Page(text), glue).await, encoding),
                _ => (Ok(text), encoding),
            }
        };
        on_action.emit(match text {
            Ok(text) if text.trim().is_empty() => {
                Action::Notify(format!("“{name}” has no text to analyse. {kept}"))
            }
            Ok(text) => Action::Open {
                name,
                text,
                encoding,
            },
            Err(failure) => Action::Notify(format!("“{name}”: {} {kept}", failure.message())),
        });
    });
}
