//! Taking the result away: the summary copied as Markdown or plain text
//! (as key points in their view),
//! the full analysis downloaded as the CLI's JSON or as a Markdown report.
//! Everything is built in memory; nothing goes over the network.

use std::rc::Rc;

use serde::Serialize;
use wasm_bindgen::JsValue;
use yew::prelude::*;

use crate::engine::Unit;
use crate::ui::browser::{copy_or_download, download};
use crate::ui::export::{analysis_markdown, summary_markdown, summary_plain};
use crate::ui::state::{Action, Ready};

/// Props of [`ExportBar`].
#[derive(Properties, PartialEq)]
pub struct ExportBarProps {
    /// The analysed text, its analysis and current summary.
    pub ready: Rc<Ready>,
    /// Where messages for the status line go.
    pub on_action: Callback<Action>,
    /// Whether the summary shows as key points: it copies as it shows.
    #[prop_or_default]
    pub keypoints: bool,
}

/// Copy and download buttons.
#[component]
pub fn ExportBar(props: &ExportBarProps) -> Html {
    let copy = |make: fn(&Ready, bool) -> String, file_name: &'static str, mime: &'static str| {
        let (ready, on_action, keypoints) = (
            props.ready.clone(),
            props.on_action.clone(),
            props.keypoints,
        );
        Callback::from(move |_: MouseEvent| {
            let content = make(&ready, keypoints);
            let on_action = on_action.clone();
            wasm_bindgen_futures::spawn_local(async move {
                on_action.emit(match copy_or_download(content, file_name, mime).await {
                    Ok(done) => Action::Done(done),
                    Err(problem) => Action::Notify(problem),
                });
            });
        })
    };
    let save = |make: fn(&Ready) -> Result<String, String>,
                file_name: &'static str,
                mime: &'static str| {
        let (ready, on_action) = (props.ready.clone(), props.on_action.clone());
        Callback::from(move |_: MouseEvent| {
            let result = make(&ready).and_then(|content| download(&content, file_name, mime));
            on_action.emit(match result {
                Ok(()) => Action::Done(format!("Saved {file_name}.")),
                Err(message) => Action::Notify(message),
            });
        })
    };
    html! {
        <div class="export" role="group" aria-label="Take the result away">
            <button type="button" class="button" id="copy-markdown" onclick={copy(summary_markdown, "summary.md", "text/markdown")}>{ "Copy summary" }</button>
            <button type="button" class="button" id="copy-text" onclick={copy(summary_plain, "summary.txt", "text/plain")}>{ "Copy as plain text" }</button>
            <button type="button" class="button button-quiet" id="download-json" onclick={save(contract_json, "nutshell-analysis.json", "application/json")}>{ "Download JSON" }</button>
            <button type="button" class="button button-quiet" id="download-markdown" onclick={save(|r| Ok(analysis_markdown(r)), "nutshell-analysis.md", "text/markdown")}>{ "Download report" }</button>
        </div>
    }
}

/// The analysis as the CLI prints it (char offsets, the contract of
/// `shared/CONTRACT.md`), with the summary on screen: the analysis at hand
/// with its offsets converted, not a second analysis on the page's thread.
fn contract_json(ready: &Ready) -> Result<String, String> {
    let mut analysis = ready.analysis.with_unit(&ready.text, Unit::Char);
    analysis.summary = ready.summary.clone();
    let value = analysis
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| e.to_string())?;
    js_sys::JSON::stringify_with_replacer_and_space(&value, &JsValue::NULL, &JsValue::from(2))
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| "Could not write the analysis as JSON.".to_string())
}
