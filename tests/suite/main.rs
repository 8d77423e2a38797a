//! Nutshell's native integration tests in one binary, as ripgrep keeps
//! its own: one module per concern, shared fixtures in `tests/common/`,
//! regression tests named for the issue they guard. (The wasm32 tests in
//! Chromium are `tests/browser.rs`; the end-to-end tests `tests/e2e/`.)

#[path = "../common/mod.rs"]
mod common;

mod cli;
mod contrast;
mod facts;
mod pdf;
mod properties;
mod segmentation;
mod snapshot;
mod summary;
