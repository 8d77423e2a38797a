//! Paragraphs and the line structure inside them.
//!
//! A paragraph is a block of text between blank lines. Inside one, a single
//! line break means one of two things, and the difference matters to the
//! sentence splitter:
//! - in *hard-wrapped* text (e-mail, plain-text archives) it is just a space;
//! - everywhere else (pasted web articles, headlines over a dateline, bullet
//!   lists) it ends a unit, even without final punctuation.
//!
//! The design decision here is to tell the two apart per paragraph by the
//! shape of its lines ([`is_hard_wrapped`]) rather than by a global setting,
//! because pasted articles mix both.

use crate::engine::segmentation::metadata::is_header_line;
use crate::engine::span::Span;

/// One paragraph: a block of non-blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// From the first to the last visible char of the block.
    pub span: Span,
    /// Each line of the block, trimmed of surrounding white space.
    pub lines: Vec<Span>,
}

/// Split `text` into paragraphs at blank lines (lines with only white space).
///
/// Paragraphs come in order, do not overlap, and together hold every visible
/// char of the text.
pub fn split_paragraphs(text: &str) -> Vec<Paragraph> {
    let mut paragraphs = Vec::new();
    let mut lines: Vec<Span> = Vec::new();
    for line in line_spans(text) {
        match trim_span(text, line) {
            Some(trimmed) => lines.push(trimmed),
            None if !lines.is_empty() => paragraphs.push(close(std::mem::take(&mut lines))),
            None => {}
        }
    }
    if !lines.is_empty() {
        paragraphs.push(close(lines));
    }
    paragraphs
}

fn close(lines: Vec<Span>) -> Paragraph {
    let span = Span::new(lines[0].start, lines[lines.len() - 1].end);
    Paragraph { span, lines }
}

/// The lines of `text`, split after `\n`, `\r`, `\r\n`, U+2028 and U+2029
/// (the line terminators of UAX #14 that matter in pasted text).
fn line_spans(text: &str) -> impl Iterator<Item = Span> + '_ {
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some((i, c)) = chars.next() {
            if matches!(
                c,
                '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' | '\u{85}'
            ) {
                if c == '\r' && chars.peek().map(|p| p.1) == Some('\n') {
                    chars.next();
                }
                let line = Span::new(start, i);
                start = chars.peek().map_or(text.len(), |p| p.0);
                return Some(line);
            }
        }
        if start < text.len() {
            let line = Span::new(start, text.len());
            start = text.len();
            return Some(line);
        }
        None
    })
}

/// `span` without leading and trailing white space, or `None` if nothing is left.
pub fn trim_span(text: &str, span: Span) -> Option<Span> {
    let slice = span.of(text);
    let lead = slice.len() - slice.trim_start().len();
    let trimmed = slice.trim();
    (!trimmed.is_empty()).then(|| Span::new(span.start + lead, span.start + lead + trimmed.len()))
}

/// Whether a line starts a list item: `-`, `*`, `•`, `–` or `1.`/`1)`/`a)`
/// followed by a space.
pub fn is_bullet(line: &str) -> bool {
    bullet_len(line).is_some()
}

/// The bytes of a list item's marker and the space after it ("- ", "1. "),
/// if `line` starts a list item: a summary or a key point shows the item's
/// words without it, since it is shown in a list of its own.
pub fn bullet_len(line: &str) -> Option<usize> {
    let mut chars = line.chars();
    match chars.next() {
        Some(c @ ('-' | '*' | '•' | '–' | '—' | '·' | '▪' | '◦' | '‣' | '+')) => {
            (chars.next() == Some(' ')).then_some(c.len_utf8() + 1)
        }
        Some(c) if c.is_ascii_alphanumeric() => {
            let rest = line.trim_start_matches(|d: char| d.is_ascii_digit());
            let rest = if rest.len() == line.len() {
                &line[1..]
            } else {
                rest
            };
            let marker_len = line.len() - rest.len();
            let marked = marker_len <= 3
                && (rest.starts_with(". ") || rest.starts_with(") "))
                && (c.is_ascii_digit() || marker_len == 1)
                && !(c.is_ascii_uppercase() && rest.starts_with(". ")); // "J. Smith" is an initial
            marked.then_some(marker_len + 2)
        }
        _ => None,
    }
}

/// Whether a paragraph's lines look hard-wrapped: at least two full lines of
/// similar length (within a quarter of the longest), 40 to 120 chars each,
/// with no list items. Web articles put a whole paragraph on one line, so
/// their line breaks fail this test and stay unit boundaries. Nor is a
/// header block wrapped ("Long headline ...\nBy Jane Roe\nPublished:
/// ..."), though its headline and byline may be of a length: a byline or
/// a date line is a line of its own
/// ([`crate::engine::segmentation::metadata::is_header_line`]).
pub fn is_hard_wrapped(text: &str, lines: &[Span]) -> bool {
    if lines.len() < 2
        || lines
            .iter()
            .any(|l| is_bullet(l.of(text)) || is_header_line(l.of(text)))
    {
        return false;
    }
    let body = &lines[..lines.len() - 1];
    let lengths: Vec<usize> = body.iter().map(|l| l.of(text).chars().count()).collect();
    let longest = lengths.iter().copied().max().unwrap_or(0);
    (40..=120).contains(&longest) && lengths.iter().all(|&n| n * 4 >= longest * 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_blank_lines_of_any_kind() {
        let text =
            " date 2025-06-28 \n\n\n\nFirst para\nline two.\r\n \r\nSecond.\u{2029}\u{2029}Third";
        let paragraphs = split_paragraphs(text);
        let shown: Vec<&str> = paragraphs.iter().map(|p| p.span.of(text)).collect();
        assert_eq!(
            shown,
            [
                "date 2025-06-28",
                "First para\nline two.",
                "Second.",
                "Third"
            ]
        );
        assert_eq!(paragraphs[1].lines.len(), 2);
    }

    #[test]
    fn recognises_list_items() {
        for item in ["- one", "* two", "• three", "1. four", "12) five", "a) six"] {
            assert!(is_bullet(item), "{item}");
            let words = &item[bullet_len(item).expect("a marker")..];
            assert!(words.starts_with(char::is_alphanumeric), "{item}: {words}");
        }
        for prose in ["-5 degrees", "J. Smith said", "2025. It was", "Hello"] {
            assert!(!is_bullet(prose), "{prose}");
        }
    }

    #[test]
    fn tells_wrapped_text_from_line_per_paragraph_text() {
        let wrapped = "The minister said on Monday that the talks had gone\nwell and that both sides would meet again next month\nin Minsk.";
        let p = &split_paragraphs(wrapped)[0];
        assert!(is_hard_wrapped(wrapped, &p.lines));
        let headline = "Belarus and India deepen defence ties\nQINGDAO, June 28 - The two ministers met on the sidelines of the summit and agreed on a list of practical activities.";
        let p = &split_paragraphs(headline)[0];
        assert!(!is_hard_wrapped(headline, &p.lines));
    }
}
