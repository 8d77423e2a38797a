//! Where the analysis runs: a module Web Worker (`www/worker.js`) that
//! loads this same wasm module, so analysing a long article never blocks
//! typing, scrolling or the length slider. The page hands the worker its
//! compiled `WebAssembly.Module` (`wasm_bindgen::module()`) and the URL of
//! its JS glue, so nothing is downloaded or compiled twice.
//!
//! Where a worker cannot start (no module workers, a policy against them,
//! a page assembled without Trunk's preload links), or fails, the text is
//! analysed on the page's thread instead: slower for long texts, never
//! wrong. Answers come back as [`Action::Analysed`] for a revision; the
//! state drops stale ones, and answers for a text already replaced are not
//! even decoded.
//!
//! [`use_analysis`] asks for an analysis when the text changes: at once for
//! a new text (pasted, the draft, a file, the sample, Undo), and for
//! typing once the reader pauses ([`TYPING_PAUSE_MS`]), so a long text
//! is not copied to the worker, nor an analysis made and dropped, on every
//! key press.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;

use js_sys::{Object, Reflect, Uint8Array};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlLinkElement, MessageEvent, Worker, WorkerOptions, WorkerType};
use yew::prelude::*;

use crate::engine::Options;
use crate::language_packs::prepare;
use crate::ui::state::{analyse, Action, Analysed, State};

/// How long typing must pause before the text is analysed, in ms: a
/// little over the gap between an average typist's key presses (the
/// Keystroke-Level Model's K: 0.12 s for a good typist, 0.28 s for an
/// average non-secretary one; Card, Moran and Newell, *The Psychology of
/// Human-Computer Interaction*, 1983), so a word typed is analysed once,
/// when the reader stops.
const TYPING_PAUSE_MS: u32 = 300;

/// Analyse `state`'s text whenever it changes (see the module docs for
/// when); answers go to `on_action`. `glue` as in [`Analyser::new`].
#[hook]
pub fn use_analysis(state: &State, on_action: Callback<Action>, glue: Option<String>) {
    let analyser = use_memo((), move |_| Analyser::new(on_action, glue));
    let waiting = use_mut_ref(|| None::<Timeout>);
    let (text, length, analysing) = (state.text.clone(), state.length, state.analysing);
    let at_once = !state.typed;
    use_effect_with(state.revision, move |&revision| {
        // A newer text cancels the wait for the one before.
        waiting.borrow_mut().take();
        if !analysing {
            return;
        }
        if at_once {
            analyser.request(revision, text, length);
        } else {
            let request = move || analyser.request(revision, text, length);
            *waiting.borrow_mut() = Some(Timeout::new(TYPING_PAUSE_MS, request));
        }
    });
}

/// The worker script's file, beside the JS glue.
const WORKER_FILE: &str = "worker.js";

/// One text to analyse.
#[derive(Debug, Clone)]
struct Request {
    revision: u64,
    text: Rc<str>,
    length: Option<usize>,
}

/// The revision a worker's message answers (`{type: "analysed", id,
/// result}`), if it is an analysis.
fn answered(data: &JsValue) -> Option<u64> {
    let field = |name: &str| Reflect::get(data, &name.into()).ok();
    if field("type")?.as_string()? != "analysed" {
        return None;
    }
    Some(field("id")?.as_f64()? as u64)
}

/// The analysis in an answer (`result`, the bytes of an [`Analysed`]).
fn analysis_in(data: &JsValue) -> Option<Analysed> {
    let bytes = Uint8Array::new(&Reflect::get(data, &"result".into()).ok()?).to_vec();
    postcard::from_bytes(&bytes).ok()
}

/// Runs analyses: in the worker while it works, here otherwise.
pub struct Analyser {
    worker: Option<Worker>,
    broken: Rc<Cell<bool>>,
    pending: Rc<RefCell<Option<Request>>>,
    on_action: Callback<Action>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
    _on_error: Option<Closure<dyn FnMut(JsValue)>>,
}

impl Analyser {
    /// An analyser that reports through `on_action`, with its worker
    /// started if the page allows one. `glue` is the URL of the JS glue
    /// when the caller knows it (an embedding page); else it is read from
    /// the page's module preload link.
    pub fn new(on_action: Callback<Action>, glue: Option<String>) -> Analyser {
        let broken = Rc::new(Cell::new(false));
        let pending: Rc<RefCell<Option<Request>>> = Rc::new(RefCell::new(None));
        let Some(worker) = glue.or_else(page_glue).and_then(|glue| start_worker(&glue)) else {
            broken.set(true);
            return Analyser {
                worker: None,
                broken,
                pending,
                on_action,
                _on_message: None,
                _on_error: None,
            };
        };
        let fall_back = {
            let (broken, pending, on_action) = (broken.clone(), pending.clone(), on_action.clone());
            move || {
                broken.set(true);
                if let Some(request) = pending.borrow_mut().take() {
                    analyse_here(&request, &on_action);
                }
            }
        };
        let on_message = {
            let (pending, on_action, fall_back) =
                (pending.clone(), on_action.clone(), fall_back.clone());
            Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
                let data = event.data();
                let Some(id) = answered(&data) else {
                    return fall_back();
                };
                if pending.borrow().as_ref().is_none_or(|r| r.revision != id) {
                    // A text already replaced: not worth decoding on this
                    // thread, which the reader may be typing on.
                    return;
                }
                let Some(result) = analysis_in(&data) else {
                    return fall_back();
                };
                pending.borrow_mut().take();
                on_action.emit(Action::Analysed {
                    revision: id,
                    result: Box::new(Ok(result)),
                });
            })
        };
        let on_error = Closure::<dyn FnMut(JsValue)>::new(move |_| fall_back());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Analyser {
            worker: Some(worker),
            broken,
            pending,
            on_action,
            _on_message: Some(on_message),
            _on_error: Some(on_error),
        }
    }

    /// Analyse `text` (revision `revision`) with a summary of `length`
    /// sentences; the answer comes as [`Action::Analysed`].
    pub fn request(&self, revision: u64, text: Rc<str>, length: Option<usize>) {
        let request = Request {
            revision,
            text,
            length,
        };
        match self.worker.as_ref().filter(|_| !self.broken.get()) {
            Some(worker) => {
                let message = Object::new();
                let set =
                    |key: &str, value: JsValue| Reflect::set(&message, &key.into(), &value).is_ok();
                let built = set("type", "analyse".into())
                    && set("id", JsValue::from_f64(revision as f64))
                    && set("text", JsValue::from_str(&request.text))
                    && set(
                        "sentences",
                        length.map_or(JsValue::UNDEFINED, |n| JsValue::from_f64(n as f64)),
                    );
                *self.pending.borrow_mut() = Some(request.clone());
                if !built || worker.post_message(&message).is_err() {
                    self.broken.set(true);
                    self.pending.borrow_mut().take();
                    analyse_here(&request, &self.on_action);
                }
            }
            None => analyse_here(&request, &self.on_action),
        }
    }
}

impl Drop for Analyser {
    fn drop(&mut self) {
        if let Some(worker) = &self.worker {
            worker.terminate();
        }
    }
}

/// Analyse on this thread and report, once the language pack the text
/// needs, if any, is installed here (or could not be fetched).
fn analyse_here(request: &Request, on_action: &Callback<Action>) {
    let (request, on_action) = (request.clone(), on_action.clone());
    wasm_bindgen_futures::spawn_local(async move {
        let _ = prepare(&request.text, &Options::default()).await;
        let result = analyse(&request.text, request.length);
        on_action.emit(Action::Analysed {
            revision: request.revision,
            result: Box::new(result),
        });
    });
}

/// The URL of the page's JS glue, from the module preload link Trunk
/// writes.
pub(crate) fn page_glue() -> Option<String> {
    let document = web_sys::window()?.document()?;
    let link = document
        .query_selector("link[rel=modulepreload][href$='.js']")
        .ok()??;
    Some(link.dyn_into::<HtmlLinkElement>().ok()?.href())
}

/// Start the worker beside the glue at `glue` and hand it this module, if
/// the page allows (a worker must come from the page's own origin).
fn start_worker(glue: &str) -> Option<Worker> {
    // Next to the glue, wherever the page that loaded it lives.
    let url = web_sys::Url::new_with_base(WORKER_FILE, glue).ok()?.href();
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&url, &options).ok()?;
    let init = Object::new();
    Reflect::set(&init, &"type".into(), &"init".into()).ok()?;
    Reflect::set(&init, &"glue".into(), &JsValue::from_str(glue)).ok()?;
    Reflect::set(&init, &"module".into(), &wasm_bindgen::module()).ok()?;
    worker.post_message(&init).ok()?;
    Some(worker)
}
