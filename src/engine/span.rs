//! Where things are in the text.
//!
//! The engine works in byte offsets, which Rust's `str` slices in O(1). The
//! outside world counts differently: the CLI contract counts Unicode scalar
//! values (as Python's `str` does) and JavaScript counts UTF-16 code units.
//! [`OffsetIndex`] converts a byte offset to either in O(log n) time, using a
//! checkpoint every [`CHECKPOINT_EVERY`] characters, so converting every span
//! of a long article stays linear-ish instead of quadratic.

use serde::Serialize;

/// A half-open byte range `start..end` into the analysed text.
///
/// Both ends always fall on `char` boundaries of the text they came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// First byte of the unit.
    pub start: usize,
    /// One past the last byte of the unit.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The text this span covers.
    ///
    /// # Panics
    /// Panics if the span did not come from `text` (out of range or not on a
    /// char boundary); spans made by the engine for `text` never do.
    pub fn of<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// Whether `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share a byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// Whether this span lies wholly inside one of `spans`, which are in
    /// text order and do not overlap each other.
    pub fn inside_any(&self, spans: &[Span]) -> bool {
        let starting_before = spans.partition_point(|s| s.start <= self.start);
        starting_before
            .checked_sub(1)
            .is_some_and(|last| spans[last].contains(*self))
    }

    /// Whether this span shares a byte with one of `spans`, which are in
    /// text order and do not overlap each other: a binary search, as long
    /// texts have thousands of each.
    pub fn overlaps_any(&self, spans: &[Span]) -> bool {
        let before_end = spans.partition_point(|s| s.start < self.end);
        before_end
            .checked_sub(1)
            .is_some_and(|last| spans[last].overlaps(*self))
    }
}

/// How the outside world counts positions in a string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Bytes of UTF-8.
    Byte,
    /// Unicode scalar values (Rust `char`s, Python `str` indexes): the CLI's unit.
    Char,
    /// UTF-16 code units: JavaScript's `String` indexes.
    Utf16,
}

/// How many characters lie between two checkpoints of an [`OffsetIndex`].
pub const CHECKPOINT_EVERY: usize = 64;

/// Converts byte offsets of one text into char or UTF-16 offsets.
#[derive(Debug, Clone)]
pub struct OffsetIndex<'t> {
    text: &'t str,
    /// `(byte, char, utf16)` at every [`CHECKPOINT_EVERY`]-th character.
    checkpoints: Vec<(usize, usize, usize)>,
    ascii: bool,
}

impl<'t> OffsetIndex<'t> {
    /// Index `text` (one linear pass; none at all for ASCII text).
    pub fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let mut checkpoints = Vec::new();
        if !ascii {
            let (mut chars, mut utf16) = (0, 0);
            for (byte, c) in text.char_indices() {
                if chars % CHECKPOINT_EVERY == 0 {
                    checkpoints.push((byte, chars, utf16));
                }
                chars += 1;
                utf16 += c.len_utf16();
            }
        }
        OffsetIndex {
            text,
            checkpoints,
            ascii,
        }
    }

    /// The offset of byte position `byte` counted in `unit`.
    ///
    /// A `byte` past the end of the text counts as the end of the text.
    pub fn convert(&self, byte: usize, unit: Unit) -> usize {
        let byte = byte.min(self.text.len());
        if self.ascii || unit == Unit::Byte {
            return byte;
        }
        let at = match self.checkpoints.binary_search_by_key(&byte, |c| c.0) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        let (mut b, mut chars, mut utf16) = self.checkpoints.get(at).copied().unwrap_or((0, 0, 0));
        for c in self.text[b..].chars() {
            if b >= byte {
                break;
            }
            b += c.len_utf8();
            chars += 1;
            utf16 += c.len_utf16();
        }
        match unit {
            Unit::Char => chars,
            Unit::Utf16 => utf16,
            Unit::Byte => b,
        }
    }

    /// Both ends of `span` counted in `unit`.
    pub fn convert_span(&self, span: Span, unit: Unit) -> (usize, usize) {
        (self.convert(span.start, unit), self.convert(span.end, unit))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlaps_any_and_inside_any_agree_with_a_scan() {
        let spans: Vec<Span> = (0..50).map(|i| Span::new(i * 10, i * 10 + 4)).collect();
        for start in 0..520 {
            for len in 0..12 {
                let probe = Span::new(start, start + len);
                let scan = spans.iter().any(|s| s.overlaps(probe));
                assert_eq!(probe.overlaps_any(&spans), scan, "{probe:?}");
            }
        }
        assert!(!Span::new(3, 9).overlaps_any(&[]));
        for start in 0..520 {
            for len in 0..12 {
                let probe = Span::new(start, start + len);
                let scan = spans.iter().any(|s| s.contains(probe));
                assert_eq!(probe.inside_any(&spans), scan, "{probe:?}");
            }
        }
    }

    #[test]
    fn ascii_is_identity() {
        let index = OffsetIndex::new("hello world");
        assert_eq!(index.convert(6, Unit::Char), 6);
        assert_eq!(index.convert(6, Unit::Utf16), 6);
    }

    #[test]
    fn multibyte_offsets_match_a_naive_count() {
        // Accents (2 bytes), CJK (3 bytes), emoji (4 bytes, 2 UTF-16 units).
        let text = "Café 北京 👍🏽 naïve ".repeat(40);
        let index = OffsetIndex::new(&text);
        for (byte, _) in text.char_indices().chain([(text.len(), ' ')]) {
            let prefix = &text[..byte];
            assert_eq!(
                index.convert(byte, Unit::Char),
                prefix.chars().count(),
                "char at {byte}"
            );
            assert_eq!(
                index.convert(byte, Unit::Utf16),
                prefix.encode_utf16().count(),
                "utf16 at {byte}"
            );
        }
    }
}
