//! The widget inside another page: `mountWidget`, which `www/embed.js`
//! calls for each `<nutshell-summarizer>` element with the element's shadow
//! root and attributes. Each call mounts an independent widget (its own
//! state, worker and theme) and reports results through two JS callbacks:
//! the analysis as plain JSON with UTF-16 offsets, as `analyze` gives it,
//! or `{code, message}`.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use yew::{AppHandle, Callback};

use super::app::{App, AppProps, Embed};
use crate::engine::Unit;

/// The options `embed.js` passes: the element's attributes, read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Options {
    #[serde(default)]
    text: String,
    length: Option<usize>,
    #[serde(default = "auto")]
    theme: String,
    #[serde(default)]
    compact: bool,
    glue: String,
}

fn auto() -> String {
    "auto".into()
}

/// A mounted widget; `destroy()` removes it.
#[wasm_bindgen]
pub struct WidgetHandle(AppHandle<App>);

#[wasm_bindgen]
impl WidgetHandle {
    /// Unmount the widget and stop its worker.
    pub fn destroy(self) {
        self.0.destroy();
    }
}

/// Mount a widget in `root` with `options` (`{text, length?, theme,
/// compact, glue}`); `on_analyzed(analysis)` and `on_error({code,
/// message})` are called as analyses finish.
///
/// # Errors
/// Throws `{code: "invalid_option", message}` when `options` are not of
/// that shape.
#[wasm_bindgen(js_name = mountWidget)]
pub fn mount_widget(
    root: web_sys::Element,
    options: JsValue,
    on_analyzed: js_sys::Function,
    on_error: js_sys::Function,
) -> Result<WidgetHandle, JsValue> {
    let options: Options = serde_wasm_bindgen::from_value(options).map_err(|e| {
        serde_wasm_bindgen::to_value(&ErrorOut {
            code: "invalid_option",
            message: e.to_string(),
        })
        .unwrap_or(JsValue::NULL)
    })?;
    let embed = Embed {
        text: options.text,
        length: options.length.filter(|&n| n > 0),
        theme: options.theme,
        compact: options.compact,
        glue: options.glue,
        on_analyzed: Callback::from(move |(text, ready): (Rc<str>, Rc<super::state::Ready>)| {
            let analysis = ready.analysis.with_unit(&text, Unit::Utf16);
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            if let Ok(value) = analysis.serialize(&serializer) {
                // A host callback that throws is the host's affair.
                let _ = on_analyzed.call1(&JsValue::NULL, &value);
            }
        }),
        on_error: Callback::from(move |error: crate::engine::Error| {
            let value = serde_wasm_bindgen::to_value(&ErrorOut {
                code: error.code(),
                message: error.to_string(),
            })
            .unwrap_or(JsValue::NULL);
            let _ = on_error.call1(&JsValue::NULL, &value);
        }),
    };
    let props = AppProps {
        embed: Some(Rc::new(embed)),
    };
    Ok(WidgetHandle(
        yew::Renderer::<App>::with_root_and_props(root, props).render(),
    ))
}

/// An error as the host sees it.
#[derive(Serialize)]
struct ErrorOut {
    code: &'static str,
    message: String,
}
