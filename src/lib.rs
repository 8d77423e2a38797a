//! Nutshell: extractive summaries and key facts from news articles,
//! computed entirely on the reader's machine.
//!
//! - [`engine`]: the pure text engine (no web or CLI dependency);
//! - [`extract`]: article text and metadata from a web page (pure, too);
//! - `ui` (wasm32 with feature `web`): the Yew widget over it;
//! - `api` (wasm32 with feature `web`): the wasm-bindgen API for embedding pages.
//!
//! The `nutshell` binary (feature `cli`) is the command-line tool.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod engine;
pub mod extract;
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod api;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod api_warm_up;
#[cfg(any(test, all(target_arch = "wasm32", feature = "web")))]
mod host_input;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod js_error;
