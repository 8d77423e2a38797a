//! Work that would block the page, run in a worker of its own: reading the
//! article text of an HTML file. Even linear, importing a 540 KB page took
//! one 51-63 ms task on the page's thread, past the 50 ms after which a
//! page stops feeling responsive (RAIL; issue 11). The worker is the
//! analysis worker's script (`www/worker.js`), started for the one job and
//! handed the page's compiled module, so nothing is downloaded or compiled
//! again; where no worker can start, the job runs here, as before.

use js_sys::{Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::MessageEvent;

use super::worker::{page_glue, start_worker};
use crate::extract;

/// The article text of `html`, read off the page's thread where a worker
/// can start (see [`extract::read_page`]).
pub async fn article_text(html: String) -> String {
    match in_worker(&html).await {
        Some(text) => text,
        None => extract::article_text(&html),
    }
}

/// Ask a new worker for `html`'s article text; `None` when there is no
/// worker or it failed.
async fn in_worker(html: &str) -> Option<String> {
    let worker = start_worker(&page_glue()?)?;
    // The answer, or `undefined` when the worker fails to load or run: the
    // promise always settles, so an import never waits for ever.
    let answer = Promise::new(&mut |resolve, _reject| {
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
    });
    let message = Object::new();
    Reflect::set(&message, &"type".into(), &"import".into()).ok()?;
    Reflect::set(&message, &"html".into(), &JsValue::from_str(html)).ok()?;
    worker.post_message(&message).ok()?;
    let data = JsFuture::from(answer).await.ok();
    worker.terminate();
    let data = data?;
    let field = |name: &str| Reflect::get(&data, &name.into()).ok();
    (field("type")?.as_string()? == "imported")
        .then(|| field("text")?.as_string())
        .flatten()
}
