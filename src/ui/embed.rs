//! The widget inside another page: `mountWidget`, which `www/embed.js`
//! calls for each `<nutshell-summarizer>` element with the element's shadow
//! root and attributes. Each call mounts an independent widget (its own
//! state, worker and theme) and reports results through two JS callbacks:
//! the analysis as plain JSON with UTF-16 offsets, as `analyze` gives it,
//! or `{code, message}` (`JsError`, the JS API's error too).
//!
//! A mounted widget also takes news from its element later, through its
//! [`WidgetHandle`]: a new text (the host page's element that `source`
//! names has changed) or a message (that element is missing or empty).
//! Those go to the running widget, which keeps its worker, its view and
//! its length, rather than to a new mount.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use yew::{component, html, AppHandle, Callback, Html, Properties};

use super::app::{App, Embed};
use super::state::Action;
use crate::engine::{KeyPoint, Unit};
use crate::host_input::summary_length;
use crate::js_error::JsError;

/// The options `embed.js` passes: the element's attributes, read.
#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Options {
    #[serde(default)]
    text: String,
    /// The `length` attribute as written (`null` when absent).
    length: Option<String>,
    #[serde(default = "auto")]
    theme: String,
    #[serde(default)]
    compact: bool,
    /// The summary shown as key points at first (the `keypoints` attribute).
    #[serde(default)]
    keypoints: bool,
    /// Where the text comes from, for `meta.source`: the host page's
    /// address when the element reads it (`source`).
    #[serde(default)]
    source: Option<String>,
    glue: String,
}

/// Where a mounted widget's later news goes: to its state, once the widget
/// has rendered and opened the box ([`Inbox::open`]), and kept until then
/// (Yew renders after `mountWidget` returns, and a host may write at once).
#[derive(Default)]
pub struct Inbox {
    deliver: RefCell<Option<Callback<Action>>>,
    waiting: RefCell<Vec<Action>>,
}

impl Inbox {
    /// Hand `action` to the widget, or keep it until the widget is there.
    fn send(&self, action: Action) {
        let deliver = self.deliver.borrow().clone();
        match deliver {
            Some(deliver) => deliver.emit(action),
            None => self.waiting.borrow_mut().push(action),
        }
    }

    /// Deliver what waits, and from now on every action, to `deliver`.
    pub fn open(&self, deliver: Callback<Action>) {
        *self.deliver.borrow_mut() = Some(deliver.clone());
        let waiting = self.waiting.take();
        for action in waiting {
            deliver.emit(action);
        }
    }
}

/// Each widget has its own inbox: two are the same only if they are one.
impl PartialEq for Inbox {
    fn eq(&self, other: &Inbox) -> bool {
        std::ptr::eq(self, other)
    }
}

fn auto() -> String {
    "auto".into()
}

/// A mounted widget; `destroy()` removes it.
#[wasm_bindgen]
pub struct WidgetHandle {
    app: AppHandle<Widget>,
    removed: Rc<Cell<bool>>,
    inbox: Rc<Inbox>,
}

#[wasm_bindgen]
impl WidgetHandle {
    /// Analyse `text` in place of the widget's text (the host page's
    /// element changed); the view and length stay as the reader set them.
    pub fn load(&self, text: String) {
        self.inbox.send(Action::Load(text));
    }

    /// Show `message` in the widget's status line, as a problem.
    pub fn notify(&self, message: String) {
        self.inbox.send(Action::Notify(message));
    }

    /// Unmount the widget and stop its worker.
    pub fn destroy(self) {
        self.removed.set(true);
        self.app.destroy();
    }
}

/// Props of [`Widget`].
#[derive(Properties, PartialEq)]
struct WidgetProps {
    embed: Rc<Embed>,
    /// Set by [`WidgetHandle::destroy`].
    removed: Rc<Cell<bool>>,
}

/// The embedded [`App`], unless its element was removed before Yew created
/// it. Yew's scheduler runs a batch's destroys before its creates, so an
/// `AppHandle` destroyed in the same tick as it was mounted (an element
/// removed at once) is created afterwards all the same, and would keep a
/// live widget and worker that nothing can reach; this guard then renders
/// nothing, so no worker starts.
#[component]
fn Widget(props: &WidgetProps) -> Html {
    if props.removed.get() {
        return html! {};
    }
    html! { <App embed={Some(props.embed.clone())} /> }
}

/// Mount a widget in `root` with `options` (`{text, length, theme,
/// compact, keypoints, source, glue}`, `length` the attribute's text or
/// `null`, `source` where the text is from or `null`);
/// `on_analyzed(analysis)` and `on_error({code, message})` are called as
/// analyses finish. A `length` that is not a summary length is reported
/// through `on_error` at once, and the widget mounts with its default
/// length, so the reader still gets a summary.
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
    let options: Options = serde_wasm_bindgen::from_value(options)
        .map_err(|e| JsError::invalid_option(e.to_string()))?;
    let report = move |error: JsError| {
        // A host callback that throws is the host's affair.
        let _ = on_error.call1(&JsValue::NULL, &error.into());
    };
    let length = summary_length(options.length.as_deref()).unwrap_or_else(|message| {
        report(JsError::invalid_option(message));
        None
    });
    let inbox = Rc::new(Inbox::default());
    let keypoints = options.keypoints;
    let embed = Embed {
        text: options.text,
        length,
        theme: options.theme,
        compact: options.compact,
        keypoints,
        source: options.source,
        glue: options.glue,
        inbox: inbox.clone(),
        on_analyzed: Callback::from(move |(text, ready): (Rc<str>, Rc<super::state::Ready>)| {
            // As `analyze` gives it; with `keypoints`, its key points too,
            // as `analyze(text, {keypoints: true})` gives them. (Set on the
            // object rather than serialised as a flattened `Report`: serde's
            // flatten builds a second copy of the analysis's serialiser
            // into the page, 2 KB gzipped.)
            let serializer = serde_wasm_bindgen::Serializer::json_compatible();
            let analysis = ready.analysis.with_unit(&text, Unit::Utf16);
            let points =
                keypoints.then(|| KeyPoint::all(ready.contract_bullets(), &text, Unit::Utf16));
            if let Ok(value) = analysis.serialize(&serializer) {
                if let Some(points) = points.and_then(|p| p.serialize(&serializer).ok()) {
                    let _ = js_sys::Reflect::set(&value, &"keypoints".into(), &points);
                }
                let _ = on_analyzed.call1(&JsValue::NULL, &value);
            }
        }),
        on_error: Callback::from(move |error: crate::engine::Error| report(error.into())),
    };
    let props = WidgetProps {
        embed: Rc::new(embed),
        removed: Rc::new(Cell::new(false)),
    };
    let removed = props.removed.clone();
    Ok(WidgetHandle {
        app: yew::Renderer::<Widget>::with_root_and_props(root, props).render(),
        removed,
        inbox,
    })
}
