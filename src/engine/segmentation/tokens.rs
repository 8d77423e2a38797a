//! Word tokens.
//!
//! A deliberately simple, lossless tokenizer in the spirit of UAX #29 word
//! boundaries (<https://unicode.org/reports/tr29/#Word_Boundaries>), tuned for
//! news prose rather than full conformance:
//! - a word is a run of letters, marks and digits, which may contain an
//!   apostrophe (`don't`, `Belarus’s`), a hyphen (`33-year`, `counter-terrorism`)
//!   or a period between letters (`U.S.`, `a.m.`) when a letter or digit follows;
//! - a number is a run of digits with `,` `.` `:` between digits (`1,000`,
//!   `3.5`, `10:30`);
//! - ideographs and kana (CJK) are one word each, since those scripts put no
//!   spaces between words and a dictionary segmenter is out of scope;
//! - anything else that is not white space is one punctuation token per char.
//!
//! Tokens never overlap, come in text order and cover every non-space char.

use crate::engine::span::Span;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, hyphens, inner periods).
    Word,
    /// Digits with their separators.
    Number,
    /// One char of punctuation or symbol.
    Punct,
}

/// Whether a token's text is a quotation mark, opening or closing, in the
/// styles of English, French and German ("«", "„").
pub fn is_quote_mark(token: &str) -> bool {
    matches!(token, "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»" | "„")
}

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Where it is.
    pub span: Span,
    /// What it is.
    pub kind: TokenKind,
}

impl Token {
    /// Whether the token counts as a word for word counts and reading time.
    pub fn is_word(&self) -> bool {
        matches!(self.kind, TokenKind::Word | TokenKind::Number)
    }
}

/// Whether `c` is written without spaces between words (Han, kana, Hangul
/// syllables are spaced, so they are not included).
pub fn is_unspaced_script(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF      // Hiragana, Katakana
        | 0x3400..=0x4DBF    // CJK Extension A
        | 0x4E00..=0x9FFF    // CJK Unified Ideographs
        | 0xF900..=0xFAFF    // CJK Compatibility Ideographs
        | 0x20000..=0x2FFFF  // CJK Extensions B and later
    )
}

fn is_word_char(c: char) -> bool {
    (c.is_alphanumeric() || is_mark(c)) && !is_unspaced_script(c)
}

/// Combining marks (accents typed as separate code points, emoji modifiers
/// excluded) belong to the word they follow.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F)
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑')
}

/// Split `text[span]` into tokens, with spans into `text`.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let slice = &text[span.start..span.end];
    let chars: Vec<(usize, char)> = slice
        .char_indices()
        .map(|(i, c)| (span.start + i, c))
        .collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        let kind;
        let mut j = i + 1;
        if is_unspaced_script(c) {
            kind = TokenKind::Word;
        } else if is_word_char(c) {
            let mut all_digits = c.is_ascii_digit();
            // Word chars since the word's start or its last separator.
            let mut segment = 1;
            let mut inner_period = false;
            loop {
                match chars.get(j) {
                    Some(&(_, d)) if is_word_char(d) => {
                        all_digits &= d.is_ascii_digit();
                        segment += 1;
                        j += 1;
                    }
                    Some(&(_, sep))
                        if joins(
                            sep,
                            chars[j - 1].1,
                            chars.get(j + 1).map(|n| n.1),
                            all_digits,
                            segment,
                        ) =>
                    {
                        inner_period |= sep == '.' && !all_digits;
                        all_digits &= chars[j + 1].1.is_ascii_digit();
                        segment = 1;
                        j += 2;
                    }
                    _ => break,
                }
            }
            // "U.S." and "a.m." keep their final period.
            if inner_period && segment == 1 && chars.get(j).map(|p| p.1) == Some('.') {
                j += 1;
            }
            kind = if all_digits {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
        } else {
            kind = TokenKind::Punct;
        }
        let end = chars.get(j).map_or(span.end, |p| p.0);
        tokens.push(Token {
            span: Span::new(start, end),
            kind,
        });
        i = j;
    }
    tokens
}

/// Whether separator `sep` after `prev` and before `next` keeps one token
/// going; `segment` counts the word chars since the last separator.
fn joins(sep: char, prev: char, next: Option<char>, number_so_far: bool, segment: usize) -> bool {
    let Some(next) = next else { return false };
    if !is_word_char(next) {
        return false;
    }
    if number_so_far {
        if is_hyphen(sep) && next.is_alphabetic() {
            return true; // "33-year", "5-day"
        }
        // 1,000  3.5  10:30  but not "2025-06" (a range or an ISO date reads
        // better as separate numbers).
        return matches!(sep, ',' | '.' | ':') && prev.is_ascii_digit() && next.is_ascii_digit();
    }
    if is_apostrophe(sep) || is_hyphen(sep) {
        return true;
    }
    // Inner periods only between single letters, as in "U.S" and "e.g", so
    // that "ended.The" (a missing space) still splits.
    sep == '.' && segment == 1 && prev.is_alphabetic() && next.is_alphabetic()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text, Span::new(0, text.len()))
            .iter()
            .map(|t| t.span.of(text))
            .collect()
    }

    #[test]
    fn keeps_contractions_hyphens_and_numbers_whole() {
        assert_eq!(
            words("Belarus’s 33-year ties, worth $1,000.50 at 10:30 (don't)."),
            [
                "Belarus’s",
                "33-year",
                "ties",
                ",",
                "worth",
                "$",
                "1,000.50",
                "at",
                "10:30",
                "(",
                "don't",
                ")",
                "."
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_with_inner_periods() {
        assert_eq!(
            words("the U.S. at 10.30 a.m. today"),
            ["the", "U.S.", "at", "10.30", "a.m.", "today"]
        );
    }

    #[test]
    fn splits_cjk_into_characters() {
        assert_eq!(words("北京欢迎你 ok"), ["北", "京", "欢", "迎", "你", "ok"]);
    }

    #[test]
    fn ends_with_sentence_period_outside_the_word() {
        assert_eq!(words("It ended."), ["It", "ended", "."]);
    }
}
