//! Spans on pages to the paragraphs a reader sees.
//!
//! Lines: spans in the order the content stream shows them, on one line
//! while their baselines agree, a space where the gap between two spans
//! is wider than a sixth of the size (pdfminer's `word_margin` idea: PDF
//! text often has no space characters, only gaps). The order of the
//! content stream is the reading order: pdfTeX, LibreOffice and Word
//! write a two-column page column by column, so it reads that way.
//!
//! Paragraphs: a new one starts at a larger or smaller size (a heading
//! stands alone), after a gap wider than the page's usual line spacing,
//! at an indented first line, or after a short last line; a line that
//! goes on in the next column or page joins the paragraph when the line
//! before it ran full width and no sentence ended there. A word hyphenated across lines is joined.
//! A page number alone on a page's first or last line is dropped.

use super::content::Span;

/// A line of text on a page.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub size: f64,
    pub text: String,
    /// The first line of its page.
    pub page_start: bool,
}

/// A gap wider than this share of the size is a space between words.
const WORD_GAP: f64 = 0.16;
/// Baselines closer than this share of the size are one line.
const SAME_LINE: f64 = 0.4;
/// A line at least this share of the usual width ran full (ragged-right
/// text's lines vary; a paragraph's short last line is shorter).
const FULL_LINE: f64 = 0.7;
/// Sizes further apart than this ratio are different kinds of text.
const SIZE_CHANGE: f64 = 1.12;

/// The lines of one page's spans, page numbers dropped.
pub fn lines(spans: &[Span]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::new();
    for span in spans {
        let (x0, x1) = (span.x.min(span.end), span.x.max(span.end));
        let size = span.size.max(0.01);
        if let Some(line) = out
            .last_mut()
            .filter(|l| (l.y - span.y).abs() < SAME_LINE * l.size.max(size))
        {
            let gap = x0 - line.x1;
            let spaced = line.text.ends_with(char::is_whitespace)
                || span.text.starts_with(char::is_whitespace);
            if !spaced && (gap > WORD_GAP * size || gap < -size) {
                line.text.push(' ');
            }
            line.text.push_str(&span.text);
            line.x1 = line.x1.max(x1);
            line.x0 = line.x0.min(x0);
            // A superscript or a drop cap does not change the line's size.
            if span.text.trim().chars().count() > 2 {
                line.size = line.size.max(size);
            }
            continue;
        }
        out.push(Line {
            x0,
            x1,
            y: span.y,
            size,
            text: span.text.clone(),
            page_start: out.is_empty(),
        });
    }
    for line in &mut out {
        line.text = line.text.split_whitespace().collect::<Vec<_>>().join(" ");
    }
    out.retain(|l| !l.text.is_empty());
    let is_number = |l: &Line| l.text.len() <= 4 && l.text.bytes().all(|b| b.is_ascii_digit());
    if out.last().is_some_and(is_number) {
        out.pop();
    }
    if out.first().is_some_and(is_number) {
        out.remove(0);
    }
    if let Some(first) = out.first_mut() {
        first.page_start = true;
    }
    out
}

/// The middle value of `values` (0 when empty).
fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

/// The paragraphs of all pages' lines, in order.
pub fn paragraphs(lines: &[Line]) -> Vec<String> {
    let body = median(lines.iter().map(|l| l.size).collect());
    let same = |a: f64, b: f64| a.max(b) <= a.min(b) * SIZE_CHANGE;
    let body_lines = || lines.iter().filter(|l| same(l.size, body));
    let width = median(body_lines().map(|l| l.x1 - l.x0).collect());
    let spacing = median(
        lines
            .windows(2)
            .filter(|w| same(w[0].size, body) && same(w[1].size, body))
            .map(|w| w[0].y - w[1].y)
            .filter(|&d| d > 0.0 && d < 3.0 * body)
            .collect(),
    );
    let spacing = if spacing > 0.0 { spacing } else { 1.2 * body };
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for (i, line) in lines.iter().enumerate() {
        let joins = i > 0 && {
            let prev = &lines[i - 1];
            let full = prev.x1 - prev.x0 >= FULL_LINE * width;
            let drop = prev.y - line.y;
            if !same(prev.size, line.size) {
                false
            } else if !same(line.size, body) {
                // A heading of more than one line.
                !line.page_start && drop > 0.0 && drop < 1.6 * line.size
            } else if line.page_start || drop < -SAME_LINE * line.size {
                // On in the next column or page, unless a sentence ended
                // there and a new one opens (a caption, a new paragraph).
                let ended = prev.text.ends_with(['.', '!', '?', ':']);
                let opens = line.text.starts_with(char::is_uppercase);
                full && !(ended && opens)
            } else {
                let indented = line.x0 > prev.x0 + 0.6 * line.size && line.x0 < prev.x1;
                drop <= 1.45 * spacing && !indented && full
            }
        };
        if !joins && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        join_line(&mut current, &line.text);
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

/// Add `next` to `paragraph`: a word hyphenated at the line's end is
/// joined ("adip-" + "iscing"), else a space between.
fn join_line(paragraph: &mut String, next: &str) {
    if paragraph.is_empty() {
        paragraph.push_str(next);
        return;
    }
    let hyphenated = paragraph.ends_with('-')
        && paragraph[..paragraph.len() - 1]
            .chars()
            .next_back()
            .is_some_and(char::is_alphabetic)
        && next.chars().next().is_some_and(char::is_lowercase);
    if hyphenated {
        paragraph.pop();
    } else {
        paragraph.push(' ');
    }
    paragraph.push_str(next);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(x: f64, y: f64, end: f64, size: f64, text: &str) -> Span {
        Span {
            x,
            y,
            end,
            size,
            text: text.into(),
        }
    }

    #[test]
    fn gaps_become_spaces_and_kerning_does_not() {
        let spans = [
            span(10.0, 700.0, 40.0, 10.0, "Lorem"),
            span(43.5, 700.0, 70.0, 10.0, "ipsum"),
            span(70.3, 700.0, 80.0, 10.0, "dolor"),
        ];
        let lines = lines(&spans);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0].text, "Lorem ipsumdolor");
    }

    #[test]
    fn hyphenated_words_join_and_real_hyphens_stay() {
        let mut p = String::from("a consectetuer adip-");
        join_line(&mut p, "iscing elit, a well-");
        join_line(&mut p, "Known name");
        assert_eq!(p, "a consectetuer adipiscing elit, a well- Known name");
    }

    #[test]
    fn page_numbers_alone_are_dropped() {
        let spans = [
            span(10.0, 700.0, 200.0, 10.0, "Text of the page."),
            span(100.0, 50.0, 105.0, 10.0, "12"),
        ];
        let lines = lines(&spans);
        assert_eq!(lines.len(), 1);
    }
}
