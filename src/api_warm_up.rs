//! Warms the JS API's path on the page's thread while the page is idle,
//! so that an embedder's first `analyze` call runs optimised code.
//!
//! Why: V8 runs a fresh wasm module in its baseline tier and optimises a
//! function only once it has run a while, and the tagger's model is
//! decoded on its first use (13-20 ms in Chromium); the widget's worker
//! warms its own copy of the module (`warmUp` in `www/worker.js`), but the
//! API runs on the page's thread, in another instance, so its first call
//! took 4.1x a warm one (issue 18, `node tools/eval/browser-bench.mjs`).
//!
//! How: [`start`] (the module's entry point calls it on a page, never in
//! a worker) asks for [`RUNS`] analyses of a short text of the project's
//! own through the API's own path (the analysis in UTF-16 offsets, then
//! serialized to JavaScript), one per idle period
//! (`requestIdleCallback`, or a zero timeout where there is none), so the
//! page's own work always goes first. The first real call ([`stop`],
//! from `analyze`) ends it: the page never spends time warming what is
//! already in use.

use std::cell::Cell;

use serde::Serialize;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::engine::{report, Options, Unit};
use crate::ui::worker_protocol::WARM_UP_TEXT;

/// How many idle-time analyses warm the API, each a few milliseconds of
/// idle time. Measured with `tools/eval/reader-timings.mjs` (three builds
/// alternated in one browser, 7 rounds): the sample's first API call over
/// a warm one was 3.2x with no warm-up, 1.8x with 8 runs (the worker's
/// `WARM_UP_RUNS`), 1.4x with 16; the widget's first paste was no slower.
pub const RUNS: usize = 16;

thread_local! {
    /// Runs done so far.
    static DONE: Cell<usize> = const { Cell::new(0) };
    /// Whether a real call arrived (or the warm-up could not be scheduled).
    static STOPPED: Cell<bool> = const { Cell::new(false) };
}

/// Start warming on idle, from no runs done; does nothing where there is
/// no window (a worker).
pub fn start() {
    if web_sys::window().is_some() {
        DONE.with(|d| d.set(0));
        STOPPED.with(|s| s.set(false));
        schedule();
    }
}

/// End the warm-up: a real call is here. Runs already scheduled return
/// at once.
pub fn stop() {
    STOPPED.with(|s| s.set(true));
}

/// How many warm-up runs have been done.
pub fn runs() -> usize {
    DONE.with(Cell::get)
}

/// Whether the warm-up still has runs to do.
pub fn pending() -> bool {
    !STOPPED.with(Cell::get) && runs() < RUNS
}

/// Ask for the next run when the page is next idle.
fn schedule() {
    let Some(window) = web_sys::window().filter(|_| pending()) else {
        return;
    };
    let run = Closure::once_into_js(run_once);
    let callback: &js_sys::Function = run.unchecked_ref();
    // Safari has no requestIdleCallback: the call throws, caught here.
    if window.request_idle_callback(callback).is_err()
        && window
            .set_timeout_with_callback_and_timeout_and_arguments_0(callback, 0)
            .is_err()
    {
        stop();
    }
}

/// One run, unless stopped meanwhile; then the next.
fn run_once() {
    if !pending() {
        return;
    }
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let warmed = report(WARM_UP_TEXT, &Options::default(), Unit::Utf16)
        .ok()
        .and_then(|analysis| analysis.serialize(&serializer).ok());
    // What was built is dropped; a failure (never expected) ends the
    // warm-up.
    let Some(_) = warmed else {
        return stop();
    };
    DONE.with(|d| d.set(d.get() + 1));
    schedule();
}
