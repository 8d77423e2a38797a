//! The browser widget.
//!
//! [`state`] holds what the widget shows and how it changes, in plain Rust
//! (tested natively). The Yew components that draw it exist only in the
//! wasm32 build with feature `web`: one per file under `components/`, named
//! for what the reader sees.

pub mod cards;
pub mod export;
pub mod file_text;
pub mod state;

#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod app;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod browser;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod components;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod draft;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod embed;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod readers;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
mod worker;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub(crate) mod worker_protocol;
#[cfg(all(target_arch = "wasm32", feature = "web"))]
pub use app::App;
