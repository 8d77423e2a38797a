//! Where text comes in: typing or pasting into the box, opening a file, or
//! dropping one on the panel. All three end in one [`Action::SetText`].
//!
//! The text is only ever a textarea's value or a text node: nothing pasted
//! or opened is handed to the browser as HTML or run. An opened `.html`
//! page is read by [`article_text`] in Rust, which keeps its article text.

use std::rc::Rc;

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, File, HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::engine::validate::MAX_CHARS;
use crate::ui::html_import::article_text;
use crate::ui::state::Action;

/// The article every new reader can try.
const SAMPLE: &str = include_str!("../../../seeds/000_b56badeed06a7e90.txt");

/// Files larger than this are refused before reading: at four bytes a char
/// they could not fit the engine's limit anyway, and reading them would
/// stall the tab.
const MAX_FILE_BYTES: f64 = (MAX_CHARS * 4) as f64;

/// File name endings the widget opens as plain text.
const TEXT_ENDINGS: &[&str] = &[".txt", ".text", ".md", ".markdown"];
/// File name endings the widget opens as a web page, keeping its article.
const HTML_ENDINGS: &[&str] = &[".html", ".htm", ".xhtml"];

/// Props of [`SourceInput`].
#[derive(Properties, PartialEq)]
pub struct SourceInputProps {
    /// The current text.
    pub text: Rc<str>,
    /// Where input goes.
    pub on_action: Callback<Action>,
}

/// The text box with its open, sample and clear buttons; the panel takes
/// dropped files.
#[component]
pub fn SourceInput(props: &SourceInputProps) -> Html {
    let file_input = use_node_ref();
    let dragging = use_state(|| false);

    let on_input = props.on_action.reform(|e: InputEvent| {
        Action::SetText(e.target_unchecked_into::<HtmlTextAreaElement>().value())
    });
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
        .reform(|_: MouseEvent| Action::SetText(SAMPLE.to_string()));
    let on_clear = props.on_action.reform(|_: MouseEvent| Action::Clear);
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
                id="source-text"
                class="source-text"
                placeholder="Paste a news article here, or drop a .txt, .md or .html file…"
                spellcheck="false"
                value={props.text.to_string()}
                oninput={on_input}
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

/// Read `file` as text and hand it on, or say why not. The current text is
/// kept in every failure.
fn read_file(file: File, on_action: Callback<Action>) {
    let name = file.name();
    let lower = name.to_lowercase();
    let mime = file.type_();
    let is_html = HTML_ENDINGS.iter().any(|e| lower.ends_with(e)) || mime.starts_with("text/html");
    let is_text = TEXT_ENDINGS.iter().any(|e| lower.ends_with(e))
        || mime.starts_with("text/plain")
        || mime == "text/markdown";
    if !is_text && !is_html {
        on_action.emit(Action::Notify(format!(
            "“{name}” is not a .txt, .md or .html file. Open one of those, or copy the article's text and paste it."
        )));
        return;
    }
    if file.size() > MAX_FILE_BYTES {
        on_action.emit(Action::Notify(format!(
            "“{name}” is {:.1} MB, too large to analyse here (the limit is {} characters).",
            file.size() / 1e6,
            MAX_CHARS
        )));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let action = match JsFuture::from(file.text())
            .await
            .ok()
            .and_then(|v| v.as_string())
        {
            Some(html) if is_html => match article_text(&html) {
                text if text.is_empty() => {
                    Action::Notify(format!("“{name}” has no article text to analyse."))
                }
                text => Action::SetText(text),
            },
            Some(text) => Action::SetText(text),
            None => Action::Notify(format!("“{name}” could not be read.")),
        };
        on_action.emit(action);
    });
}
