//! Nutshell: extractive summaries and key facts from news articles,
//! computed entirely on the reader's machine.
//!
//! - [`engine`]: the pure text engine (no web or CLI dependency);
//! - `extract` (feature `readers`): the file readers, article text and
//!   metadata from a web page or a Word document (pure, too); in the CLI
//!   and in the readers module the page loads on first use, never in the
//!   page's own wasm;
//! - [`file_kind`]: which reader a file needs, by its name;
//! - `ui` (wasm32 with feature `web`): the Yew widget over it;
//! - `api` (wasm32 with feature `web`): the wasm-bindgen API for embedding pages;
//! - `language_packs` (wasm32 with feature `web`): fetching a language's
//!   word lists when a text in it arrives.
//!
//! The `nutshell` binary (feature `cli`) is the command-line tool;
//! `nutshell-web` (feature `web`) the page, `nutshell-readers` (feature
//! `readers-web`) the readers module.

#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod engine;
#[cfg(feature = "readers")]
pub mod extract;
pub mod file_kind;
pub mod ui;

#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod api;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod api_warm_up;
#[cfg(any(test, all(target_arch = "wasm32", feature = "web")))]
mod host_input;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod js_error;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub mod language_packs;
