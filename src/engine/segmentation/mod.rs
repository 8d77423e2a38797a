//! Segmentation: the text cut into what every later stage reads.
//!
//! paragraphs (blank lines) -> sentences (UAX #29-style rules with news
//! abbreviations) -> word tokens -> the article's header (title, date line,
//! byline) -> each sentence's part (title, caption, heading, list, body) ->
//! the text's language. Every piece is a byte [`Span`](super::Span) into the
//! caller's text.

pub mod language;
pub mod metadata;
pub mod paragraphs;
pub mod parts;
pub mod sentences;
pub mod tokens;
