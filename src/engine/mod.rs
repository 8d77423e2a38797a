//! The pure engine: text in, analysis out.
//!
//! A key design decision is that this module names no web or command-line
//! crate (no `web_sys`, `wasm_bindgen`, `yew`, `serde_json`): it depends on
//! `serde` (to describe its output) and `thiserror` only, so it builds,
//! tests, fuzzes and benchmarks natively and for `wasm32-unknown-unknown`
//! alike. The browser UI, the JS API and the CLI are thin shells over
//! [`analyze`].
//!
//! Internally every position is a byte [`Span`] into the caller's text;
//! [`Analysis::of`] converts them to the caller's unit (chars for the CLI,
//! UTF-16 code units for JavaScript) in one place.
//!
//! ```
//! use nutshell::engine::{analyze, Options};
//!
//! let text = "date 2025-06-28\n\nMr. Singh met Lt. Gen. Khrenin in Qingdao. They agreed.";
//! let analysis = analyze(text, &Options::default())?;
//! assert_eq!(analysis.meta.date.as_deref(), Some("2025-06-28"));
//! assert_eq!(analysis.sentences.len(), 3);
//! # Ok::<(), nutshell::engine::Error>(())
//! ```

pub mod analysis;
mod attribution;
pub mod calendar;
mod document;
pub mod entities;
mod error;
mod facts;
mod lexicon;
mod options;
mod segmentation;
pub mod sort;
mod span;
mod summary;
pub mod validate;

pub use analysis::{Analysis, KeyPoint, Report};
pub use calendar::Date;
pub use document::{Document, Named};
pub use error::Error;
pub use facts::dates::DateType;
pub use facts::numbers::Kind as NumberKind;
pub use options::Options;
pub use segmentation::language::{iso_639_1, Support};
/// A byline's date and separators, for the page reader's byline element.
#[cfg(feature = "readers")]
pub(crate) use segmentation::metadata::{trailing_date, BYLINE_TAIL};
/// A list item's marker, which the widget's summary does not show.
pub(crate) use segmentation::paragraphs::bullet_len;
pub use segmentation::parts::Part;
pub use span::{Span, Unit};
pub use summary::compress::Compressed;
pub use summary::{standalone, KeyPoints, Length, Scores};

/// Whether Nutshell has word lists of its own (function words, a stemmer)
/// for `language` (ISO 639-1), so its key phrases are chosen for it: for a
/// language with a pack ([`LANGUAGE_PACKS`]), once the pack is installed.
pub fn has_word_lists(language: &str) -> bool {
    lexicon::for_language(language).has_lists
}

/// The languages whose word lists are a language pack, loaded when a text
/// in one of them arrives (`src/engine/lexicon/pack.rs`): the browser
/// shells fetch `packs/<code>.txt`; native builds have them built in.
pub const LANGUAGE_PACKS: [&str; 6] = lexicon::pack::LANGUAGES;

/// The language pack to install before `text` is analysed with `options`:
/// the text's language (as [`Options::language`] gives it, else detected)
/// when it has a pack that is not installed yet. Analysing without it is
/// safe (the language is then read with no word lists: a summary, no key
/// phrases), never read with English ones.
pub fn missing_language_pack(text: &str, options: &Options) -> Option<&'static str> {
    let language = options
        .language
        .unwrap_or_else(|| segmentation::language::detect(text));
    lexicon::pack::missing(language)
}

/// Install a language pack: the bytes of one `packs/<code>.txt`, fetched by
/// a browser shell. Returns its language; a language installed already is
/// left as it is. Later analyses of that language read its lists.
///
/// # Errors
/// [`Error::LanguagePack`] when `bytes` is not a language pack.
pub fn install_language_pack(bytes: &[u8]) -> Result<&'static str, Error> {
    lexicon::pack::install(bytes)
}

/// Analyse `text`, with offsets in Unicode scalar values (the CLI contract).
///
/// # Errors
/// See [`Document::parse`]: empty, too large or binary text, or options out
/// of range.
pub fn analyze(text: &str, options: &Options) -> Result<Analysis, Error> {
    analyze_in(text, options, Unit::Char)
}

/// Analyse `text`, with offsets counted in `unit`.
///
/// # Errors
/// As [`analyze`].
pub fn analyze_in(text: &str, options: &Options, unit: Unit) -> Result<Analysis, Error> {
    report(text, options, unit).map(|report| report.analysis)
}

/// Analyse `text`, with offsets counted in `unit`, and keep the sentence
/// scores and every body sentence's key point, so a reader changing the summary's length gets a new selection
/// ([`Scores::select`], [`analysis::summary_items`]) without a new analysis.
///
/// # Errors
/// As [`analyze`].
pub fn analyze_scored(
    text: &str,
    options: &Options,
    unit: Unit,
) -> Result<(Analysis, Scores, KeyPoints), Error> {
    let doc = Document::parse(text, options)?;
    let scores = Scores::compute(&doc);
    let picks = scores.select(options.length());
    let keypoints = KeyPoints::compute(&doc, &scores);
    Ok((Analysis::of(&doc, &picks, unit), scores, keypoints))
}

/// Analyse `text` as the CLI and the JS API give it: the analysis, with
/// offsets counted in `unit`, and the key points where
/// [`Options::keypoints`] asks for them.
///
/// # Errors
/// As [`analyze`].
pub fn report(text: &str, options: &Options, unit: Unit) -> Result<Report, Error> {
    let doc = Document::parse(text, options)?;
    let scores = Scores::compute(&doc);
    let picks = scores.select(options.length());
    let keypoints = options.keypoints.then(|| {
        let bullets = KeyPoints::compute(&doc, &scores);
        let chosen = bullets.select(&scores, options.length());
        KeyPoint::all(chosen, text, unit)
    });
    Ok(Report {
        analysis: Analysis::of(&doc, &picks, unit),
        keypoints,
    })
}
