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

/// [`Span::overlaps_any`] and [`Span::inside_any`] over one list of spans
/// for many queries in text order: the position found for one query is
/// where the search for the next starts, so a pass over a text's tokens
/// costs one walk through the spans rather than a binary search for each
/// token (the searches were a third of the key phrases' own time on a
/// long text, issue 18). Answers are exactly those of the two methods, in
/// any order of queries: one that goes back searches again.
#[derive(Debug, Clone)]
pub struct SpanCursor<'s> {
    spans: &'s [Span],
    /// How many spans start before the last query's end.
    before_end: usize,
    /// How many spans start at or before the last query's start.
    starting_before: usize,
}

impl<'s> SpanCursor<'s> {
    /// A cursor at the start of `spans` (in text order).
    pub fn new(spans: &'s [Span]) -> Self {
        SpanCursor {
            spans,
            before_end: 0,
            starting_before: 0,
        }
    }

    /// `spans.partition_point(pred)` for a `pred` true on a prefix of the
    /// spans, walking forward from `from` when it lies in that prefix.
    fn advance(&self, from: usize, pred: impl Fn(&Span) -> bool) -> usize {
        if from > 0 && !pred(&self.spans[from - 1]) {
            return self.spans.partition_point(pred);
        }
        let mut at = from;
        while at < self.spans.len() && pred(&self.spans[at]) {
            at += 1;
        }
        at
    }

    /// Whether `span` shares a byte with one of the spans, as
    /// [`Span::overlaps_any`] answers.
    pub fn overlaps_any(&mut self, span: Span) -> bool {
        self.before_end = self.advance(self.before_end, |s| s.start < span.end);
        self.before_end
            .checked_sub(1)
            .is_some_and(|last| self.spans[last].overlaps(span))
    }

    /// Whether `span` lies wholly inside one of the spans, as
    /// [`Span::inside_any`] answers.
    pub fn inside_any(&mut self, span: Span) -> bool {
        self.starting_before = self.advance(self.starting_before, |s| s.start <= span.start);
        self.starting_before
            .checked_sub(1)
            .is_some_and(|last| self.spans[last].contains(span))
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
    fn the_cursor_answers_as_the_methods_in_any_order() {
        // Overlapping spans too (a duration is a date and a number), where
        // the methods' answer is not a scan's and the cursor must match it.
        let spans: Vec<Span> = (0..40)
            .map(|i| Span::new(i * 7, i * 7 + [2, 9, 15][i % 3]))
            .collect();
        let probes: Vec<Span> = (0..300)
            .map(|i| Span::new(i, i + i % 5))
            .chain(
                (0..300)
                    .map(|i| (i * 7919) % 300)
                    .map(|i| Span::new(i, i + i % 4)),
            )
            .collect();
        let mut cursor = SpanCursor::new(&spans);
        for &probe in &probes {
            assert_eq!(
                cursor.overlaps_any(probe),
                probe.overlaps_any(&spans),
                "{probe:?}"
            );
            assert_eq!(
                cursor.inside_any(probe),
                probe.inside_any(&spans),
                "{probe:?}"
            );
        }
        assert!(!SpanCursor::new(&[]).overlaps_any(Span::new(3, 9)));
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
