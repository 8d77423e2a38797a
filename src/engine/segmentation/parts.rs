//! What each sentence is in the article: its title, date line, byline, a
//! caption, a subheading, a list item, or the body. (`sentences[].part` of
//! the contract.)
//!
//! A key design decision is that this is the one definition of the body:
//! the summary chooses only body sentences, key phrases read the article's
//! own text (title, headings, lists and body, not the lines about it), and
//! the widget and its exports number the body as the summary counts it.
//! Before, three modules each decided for themselves (issue 12).
//!
//! The shapes are those of pasted news and web articles (the AP Stylebook's
//! and BBC's house styles for captions and credits; subheads are short lines
//! of their own with no closing punctuation). Only lines of their own are
//! ever furniture, and the sentences of a caption's line: a caption of
//! two sentences ("Caption: Peacekeepers at a camp on Monday. In exchange
//! for ...", as the page reader renders a figure's caption) is a caption
//! in each, not body text a summary may choose. Any other sentence inside
//! a paragraph is body.

use serde::{Deserialize, Serialize};

use crate::engine::lexicon::en::furniture::{CAPTION_OPENERS, CREDIT_ENDINGS};
use crate::engine::segmentation::metadata::{is_line_of_its_own, starts_a_line, Header};
use crate::engine::segmentation::sentences::Sentence;
use crate::engine::span::Span;

/// What a sentence is in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Part {
    /// The headline.
    Title,
    /// The date line ("Published: 28 June 2025").
    Dateline,
    /// The byline ("By Jane Doe").
    Byline,
    /// A photo caption or credit.
    Caption,
    /// A subheading inside the article.
    Heading,
    /// An item of a bulleted or numbered list.
    List,
    /// The article's running text.
    Body,
}

impl Part {
    /// Whether the part is of the article's own text (what it is about),
    /// rather than a line about the article (date line, byline, caption).
    pub fn is_article_text(self) -> bool {
        matches!(self, Part::Title | Part::Heading | Part::List | Part::Body)
    }
}

/// The most words a subheading has.
const HEADING_MAX_WORDS: usize = 10;

/// Bullets that open a list item (followed by a space).
const BULLETS: &[char] = &['•', '◦', '▪', '‣', '·', '*', '-', '–', '—', '+'];

/// How many characters at either end of a line the caption test reads:
/// the longest opener and credit fit, and a long line costs no more.
const CAPTION_ENDS_CHARS: usize = 80;

/// The most sentences a caption's line holds: a longer line is a
/// paragraph of text (a pasted article may be one line), whatever its
/// ends look like.
const CAPTION_MAX_SENTENCES: usize = 3;

/// The part of each of `sentences` (same order).
pub fn classify(text: &str, sentences: &[Sentence], header: &Header) -> Vec<Part> {
    let last = sentences.len().saturating_sub(1);
    let newlines: Vec<usize> = text.match_indices('\n').map(|(i, _)| i).collect();
    sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            if header.holds_title(s.span) {
                return Part::Title;
            }
            if header.date.is_some_and(|d| s.span.contains(d.0)) {
                return Part::Dateline;
            }
            if header.byline.is_some_and(|b| s.span.contains(b)) {
                return Part::Byline;
            }
            let unit = s.span.of(text);
            if is_list_item(text, s, unit) {
                return Part::List;
            }
            let line = line_of(text, &newlines, s.span);
            let on_line = sentences.partition_point(|x| x.span.start < line.end)
                - sentences.partition_point(|x| x.span.start < line.start);
            if on_line <= CAPTION_MAX_SENTENCES && is_caption(line.of(text).trim()) {
                return Part::Caption;
            }
            if !is_line_of_its_own(text, s.span) {
                return Part::Body;
            }
            if i < last && is_heading(unit) {
                Part::Heading
            } else {
                Part::Body
            }
        })
        .collect()
}

/// Whether `unit` opens its line with a bullet or a number ("1." "2)")
/// and a space.
fn is_list_item(text: &str, sentence: &Sentence, unit: &str) -> bool {
    if !starts_a_line(text, sentence.span.start) {
        return false;
    }
    let mut chars = unit.chars();
    match chars.next() {
        Some(c) if BULLETS.contains(&c) => chars.next().is_some_and(char::is_whitespace),
        Some(c) if c.is_ascii_digit() => {
            let digits = unit.bytes().take_while(u8::is_ascii_digit).count();
            digits <= 2
                && matches!(unit.as_bytes().get(digits), Some(b'.' | b')'))
                && unit.as_bytes().get(digits + 1) == Some(&b' ')
        }
        _ => false,
    }
}

/// The line that holds `span`, given where `text`'s newlines are.
fn line_of(text: &str, newlines: &[usize], span: Span) -> Span {
    let before = newlines.partition_point(|&n| n < span.start);
    let start = before.checked_sub(1).map_or(0, |k| newlines[k] + 1);
    let end = newlines
        .get(newlines.partition_point(|&n| n < span.end))
        .copied()
        .unwrap_or(text.len());
    Span::new(start, end)
}

/// Whether a line is a caption or a photo credit, by how it opens and
/// ends (its first and last [`CAPTION_ENDS_CHARS`] characters).
fn is_caption(line: &str) -> bool {
    let head: String = line.chars().take(CAPTION_ENDS_CHARS).collect();
    let tail_start = line
        .char_indices()
        .rev()
        .nth(CAPTION_ENDS_CHARS - 1)
        .map_or(0, |(i, _)| i);
    let (head, tail) = (head.to_lowercase(), line[tail_start..].to_lowercase());
    CAPTION_OPENERS.iter().any(|o| head.starts_with(o))
        || CREDIT_ENDINGS.iter().any(|e| tail.ends_with(e))
        || tail.contains("(ap photo")
}

/// Whether a line of its own reads as a subheading: a few words, a letter,
/// no closing punctuation. Chinese and Japanese close sentences with their
/// own full-width marks ("。", "！", "」"), and a sentence of theirs is one
/// "word" between spaces, so without those marks every paragraph of one
/// sentence was a heading and the summary skipped a Chinese article's
/// lead (Tencent's DeepMind article, `tests/e2e/real-languages.test.mjs`).
fn is_heading(unit: &str) -> bool {
    let words = unit.split_whitespace().count();
    let last = unit.chars().last().unwrap_or('.');
    (1..=HEADING_MAX_WORDS).contains(&words)
        && unit.chars().any(char::is_alphabetic)
        && !matches!(
            last,
            '.' | '!'
                | '?'
                | ':'
                | ';'
                | ','
                | '"'
                | '”'
                | '’'
                | '\''
                | ')'
                | '…'
                | '。'
                | '！'
                | '？'
                | '：'
                | '；'
                | '，'
                | '）'
                | '」'
                | '』'
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::metadata::read_header;
    use crate::engine::segmentation::paragraphs::split_paragraphs;
    use crate::engine::segmentation::sentences::split_sentences;

    fn parts(text: &str) -> Vec<(Part, &str)> {
        let sentences = split_sentences(
            text,
            &split_paragraphs(text),
            crate::engine::lexicon::for_language("en"),
        );
        let header = read_header(text, &sentences);
        classify(text, &sentences, &header)
            .into_iter()
            .zip(sentences.iter().map(|s| s.span.of(text)))
            .collect()
    }

    #[test]
    fn tells_the_body_from_the_furniture() {
        let text =
            "Ferry service resumes after storm\n\nBy Jane Doe\n\nPublished: 28 June 2025\n\n\
            The ferry sailed again on Friday. Passengers cheered.\n\n\
            Image caption: The ferry leaves the harbour\n\n\
            What happens next\n\n\
            The operator will add two sailings:\n\n\
            * one in the morning\n\
            * one at night\n\n\
            1. Check the timetable\n\n\
            Tickets cost more (AP Photo/Evan Vucci)\n\n\
            The council said it was pleased.";
        let found = parts(text);
        let of = |part: Part| -> Vec<&str> {
            found
                .iter()
                .filter(|(p, _)| *p == part)
                .map(|(_, s)| *s)
                .collect()
        };
        assert_eq!(of(Part::Title), ["Ferry service resumes after storm"]);
        assert_eq!(of(Part::Byline).len(), 1);
        assert_eq!(of(Part::Dateline).len(), 1);
        assert_eq!(of(Part::Heading), ["What happens next"]);
        assert_eq!(
            of(Part::List),
            [
                "* one in the morning",
                "* one at night",
                "1. Check the timetable"
            ]
        );
        assert_eq!(
            of(Part::Caption),
            [
                "Image caption: The ferry leaves the harbour",
                "Tickets cost more (AP Photo/Evan Vucci)"
            ]
        );
        assert_eq!(
            of(Part::Body),
            [
                "The ferry sailed again on Friday.",
                "Passengers cheered.",
                "The operator will add two sailings:",
                "The council said it was pleased."
            ]
        );
    }

    #[test]
    fn a_chinese_paragraph_of_one_sentence_is_body() {
        // Written for this test: a title, then paragraphs of one sentence
        // each, closed by "。" or a closing corner bracket.
        let text = "市政府修建新桥\n\n\
            市政府星期一宣布，新桥将在明年五月通车。\n\n\
            市长说：「这座桥会让两岸的居民更方便。」";
        let found = parts(text);
        assert_eq!(found[0].0, Part::Title);
        assert_eq!(
            found[1],
            (Part::Body, "市政府星期一宣布，新桥将在明年五月通车。")
        );
        assert_eq!(found[2].0, Part::Body);
    }

    #[test]
    fn every_sentence_of_a_captions_line_is_caption() {
        // The page reader renders a figure's caption as one line: its
        // second sentence was chosen for a summary as body text.
        let text = "Sanctions to end\n\nCaption: Peacekeepers at a camp on Monday. \
            In exchange, aid groups get access.\n\n\
            In this photo taken on Friday, a ship leaves the port.\n\n\
            The sanctions end on Friday. Trade resumes.";
        let found = parts(text);
        let captions: Vec<&str> = found
            .iter()
            .filter(|(p, _)| *p == Part::Caption)
            .map(|(_, s)| *s)
            .collect();
        assert_eq!(
            captions,
            [
                "Caption: Peacekeepers at a camp on Monday.",
                "In exchange, aid groups get access.",
                "In this photo taken on Friday, a ship leaves the port."
            ]
        );
        assert_eq!(found[found.len() - 1], (Part::Body, "Trade resumes."));
    }

    #[test]
    fn a_sentence_inside_a_paragraph_is_always_body() {
        let text = "Officials met in Rome. Photo: nothing here\nMore text follows here.";
        assert!(
            parts(text).iter().skip(1).all(|(p, _)| *p == Part::Body),
            "{:?}",
            parts(text)
        );
    }
}
