//! The file readers, out of the page's bytes and off its thread: web
//! pages (a dropped `.html`, the `text/html` of a rich paste) and
//! documents (`.docx`; `.pdf` once its reader is in) are read by the
//! readers module (`src/bin/nutshell-readers.rs`), a wasm module of its
//! own that a worker (`www/readers.js`) loads only when such a file first
//! arrives. Most readers paste plain text and never download it; the page
//! everyone downloads stays as it was (issue 16: the readers may not grow
//! it by more than 10 KB). Its files sit beside the page's JS glue, and
//! the service worker keeps them once fetched (`www/sw.js`), so a reader
//! who opened one file once can open the next offline.
//!
//! Reading a 540 KB page took one 51-63 ms task on the page's thread
//! (issue 11), past the 50 ms after which a page stops feeling responsive
//! (RAIL): the worker keeps it off. Each job starts its own worker, ended
//! when it answers: jobs are rare, and the module (tens of KB) compiles in
//! a few milliseconds. Where no worker can start, or its module cannot be
//! loaded (offline before it was ever fetched), the caller is told so and
//! the reader's text is kept.

use js_sys::{Array, ArrayBuffer, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{MessageEvent, Worker, WorkerOptions, WorkerType};

use super::worker::page_glue;

/// The readers' worker script, beside the JS glue.
const READERS_FILE: &str = "readers.js";

/// What the readers are asked to read.
pub enum Job {
    /// A web page's markup.
    Page(String),
    /// A document file's name, MIME type and bytes.
    Document {
        name: String,
        mime: String,
        bytes: ArrayBuffer,
    },
}

/// Why a job gave no text.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// The readers read the file and say why it cannot be read, in words
    /// for the reader.
    Unreadable(String),
    /// The readers could not be started or loaded.
    NoReaders,
}

impl Failure {
    /// The message for the reader (the text kept is theirs to add).
    pub fn message(&self) -> String {
        match self {
            Failure::Unreadable(message) => message.clone(),
            Failure::NoReaders => "Nutshell's file readers could not be loaded (they are \
                fetched the first time a page or document is opened, so this needs a \
                connection once)."
                .into(),
        }
    }
}

/// The text the readers make of `job`. `glue` is the URL of the JS glue
/// when the caller knows it (an embedding page); else it is read from the
/// page's module preload link.
pub async fn read(job: Job, glue: Option<String>) -> Result<String, Failure> {
    let worker = glue
        .or_else(page_glue)
        .and_then(|glue| start(&glue))
        .ok_or(Failure::NoReaders)?;
    let answer = answer_of(&worker);
    let sent = post(&worker, job);
    let data = match sent {
        Some(()) => JsFuture::from(answer).await.ok(),
        None => None,
    };
    worker.terminate();
    let data = data.ok_or(Failure::NoReaders)?;
    let field = |name: &str| Reflect::get(&data, &name.into()).ok()?.as_string();
    match field("type").as_deref() {
        Some("read") => field("text").ok_or(Failure::NoReaders),
        Some("unreadable") => Err(Failure::Unreadable(field("message").unwrap_or_default())),
        _ => Err(Failure::NoReaders),
    }
}

/// Start the readers' worker beside the glue at `glue`, if the page
/// allows (a worker must come from the page's own origin).
fn start(glue: &str) -> Option<Worker> {
    let url = web_sys::Url::new_with_base(READERS_FILE, glue).ok()?.href();
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    Worker::new_with_options(&url, &options).ok()
}

/// The worker's answer, or `undefined` when it fails to load or run: the
/// promise always settles, so a job never waits for ever.
fn answer_of(worker: &Worker) -> Promise {
    Promise::new(&mut |resolve, _reject| {
        let on_error = {
            let resolve = resolve.clone();
            Closure::once_into_js(move || {
                let _ = resolve.call0(&JsValue::NULL);
            })
        };
        let on_message = Closure::once_into_js(move |event: MessageEvent| {
            let _ = resolve.call1(&JsValue::NULL, &event.data());
        });
        worker.set_onmessage(Some(on_message.unchecked_ref()));
        worker.set_onerror(Some(on_error.unchecked_ref()));
    })
}

/// Send `job` to the worker (a document's bytes moved, not copied).
fn post(worker: &Worker, job: Job) -> Option<()> {
    let message = Object::new();
    let set = |key: &str, value: &JsValue| Reflect::set(&message, &key.into(), value).ok();
    match job {
        Job::Page(html) => {
            set("html", &JsValue::from_str(&html))?;
            worker.post_message(&message).ok()
        }
        Job::Document { name, mime, bytes } => {
            set("name", &JsValue::from_str(&name))?;
            set("mime", &JsValue::from_str(&mime))?;
            set("bytes", &bytes)?;
            let transfer = Array::of1(&bytes);
            worker.post_message_with_transfer(&message, &transfer).ok()
        }
    }
}
