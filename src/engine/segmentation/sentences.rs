//! Sentence segmentation for news prose.
//!
//! A rule-based splitter in the tradition of Punkt (Kiss & Strunk 2006,
//! "Unsupervised Multilingual Sentence Boundary Detection") without its
//! trained model: a period, `!`, `?`, `…` or CJK full stop ends a sentence
//! when white space and a plausible sentence start follow, unless the period
//! belongs to an abbreviation, a title, an initial or a number. Where Punkt
//! learns its abbreviation list and "frequent sentence starters" from a
//! corpus, they are listed by hand for each language's news (the text's
//! [`Lexicon`]: [`crate::engine::lexicon::en::abbreviations`] and each
//! language pack's), which keeps the wasm small and the behaviour predictable.
//! Closing quotation marks of other languages count too: German closes
//! „…“ with '“' and ‚…‘ with '‘', French spaces its closing '»'; and in
//! languages that write ordinals with a period ("am 3. Oktober") a period
//! after a one- or two-digit number ends nothing.
//!
//! Units smaller than a paragraph also end at line breaks unless the
//! paragraph is hard-wrapped (see [`crate::engine::segmentation::paragraphs`]): headlines,
//! datelines and list items carry no final punctuation.
//!
//! Invariant: the sentences of a text come in order, never overlap, never
//! are empty, begin and end on a visible char, and together cover every
//! visible char of the text ("they tile the text").

use crate::engine::lexicon::en::abbreviations::{BEFORE_NUMBERS, SENTENCE_STARTERS};
use crate::engine::lexicon::en::titles::ABBREVIATED_TITLES;
use crate::engine::lexicon::Lexicon;
use crate::engine::segmentation::paragraphs::{is_bullet, is_hard_wrapped, trim_span, Paragraph};
use crate::engine::span::Span;

/// One sentence (or sentence-like unit: headline, list item).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    /// From its first to its last visible char.
    pub span: Span,
    /// Index of the paragraph it belongs to.
    pub paragraph: usize,
}

/// Split every paragraph into sentences, with the abbreviations and
/// number forms of the text's language.
pub fn split_sentences(text: &str, paragraphs: &[Paragraph], lexicon: &Lexicon) -> Vec<Sentence> {
    let mut sentences = Vec::new();
    for (index, paragraph) in paragraphs.iter().enumerate() {
        for run in runs(text, paragraph) {
            for span in split_run(text, run, lexicon) {
                sentences.push(Sentence {
                    span,
                    paragraph: index,
                });
            }
        }
    }
    sentences
}

/// The stretches of a paragraph that no sentence crosses: the whole
/// paragraph if it is hard-wrapped, else each line, joined to the one before
/// it when it plainly continues it (starts in lower case, not a list item).
/// A byline or date line under the headline is a line of its own even when
/// the lines' lengths look wrapped (Le Monde's headline of 73 chars over a
/// byline of 58): [`is_hard_wrapped`] says no for a header block.
fn runs(text: &str, paragraph: &Paragraph) -> Vec<Span> {
    if is_hard_wrapped(text, &paragraph.lines) {
        return vec![paragraph.span];
    }
    let mut runs: Vec<Span> = Vec::new();
    for &line in &paragraph.lines {
        let line_text = line.of(text);
        let continues =
            line_text.chars().next().is_some_and(char::is_lowercase) && !is_bullet(line_text);
        match runs.last_mut() {
            Some(last) if continues => last.end = line.end,
            _ => runs.push(line),
        }
    }
    runs
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁇' | '⁈' | '⁉') || is_cjk_terminal(c)
}

fn is_cjk_terminal(c: char) -> bool {
    matches!(c, '。' | '！' | '？' | '｡')
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '“'
            | '‘'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
    )
}

/// Split one run into sentences at punctuation.
fn split_run(text: &str, run: Span, lexicon: &Lexicon) -> Vec<Span> {
    let chars: Vec<(usize, char)> = run
        .of(text)
        .char_indices()
        .map(|(i, c)| (run.start + i, c))
        .collect();
    let mut spans = Vec::new();
    let mut start = run.start;
    // A list marker's period ("1. Education") ends nothing.
    let mut k = if is_bullet(run.of(text)) {
        chars.iter().position(|p| p.1 == ' ').unwrap_or(0)
    } else {
        0
    };
    while k < chars.len() {
        if !is_terminal(chars[k].1) {
            k += 1;
            continue;
        }
        // Take in the whole cluster: "?!", "...", '."', '.)'.
        let mut end = k + 1;
        while end < chars.len() && (is_terminal(chars[end].1) || is_closer(chars[end].1)) {
            end += 1;
        }
        // A quote standing alone between spaces after the end ("won. ' The")
        // closes the sentence: de-tokenised text spaces its closing quotes,
        // and French its '»' ("fin. » Puis"); so does one with the
        // sentence's own full stop after it ("screaming 'robber! '. The":
        // a Daily Mail article's "'." was a summary sentence of its own).
        if end + 2 <= chars.len()
            && matches!(chars[end].1, ' ' | '\u{a0}' | '\u{202f}')
            && matches!(chars[end + 1].1, '\'' | '"' | '»' | '“' | '”')
        {
            let after = (end + 2..chars.len())
                .find(|&j| !is_terminal(chars[j].1) && !is_closer(chars[j].1))
                .unwrap_or(chars.len());
            if chars.get(after).is_none_or(|p| p.1.is_whitespace()) {
                end = after;
            }
        }
        if ends_sentence(text, &chars, k, end, lexicon) {
            let cut = chars.get(end).map_or(run.end, |p| p.0);
            if let Some(span) = trim_span(text, Span::new(start, cut)) {
                spans.push(span);
            }
            start = cut;
        }
        k = end;
    }
    if let Some(span) = trim_span(text, Span::new(start, run.end)) {
        spans.push(span);
    }
    spans
}

/// Whether the punctuation cluster `chars[k..end]` ends a sentence.
fn ends_sentence(
    text: &str,
    chars: &[(usize, char)],
    k: usize,
    end: usize,
    lexicon: &Lexicon,
) -> bool {
    if end >= chars.len() {
        return true;
    }
    if chars[k..end].iter().any(|p| is_cjk_terminal(p.1)) {
        return true;
    }
    if !chars[end].1.is_whitespace() {
        return false; // "3.5", "U.S.-led", "Yahoo!'s", "end.The"
    }
    let Some(next_at) = chars[end..]
        .iter()
        .position(|p| !p.1.is_whitespace())
        .map(|i| end + i)
    else {
        return true;
    };
    let next = chars[next_at].1;
    if next.is_lowercase() {
        return false; // '"Why?" he asked.', "e.g. this"
    }
    let single_period = chars[k].1 == '.' && !(k + 1 < end && chars[k + 1].1 == '.');
    if !single_period || k == 0 {
        return true;
    }
    if lexicon.ordinal_period && is_ordinal(chars, k) {
        return false;
    }
    let word = word_before(chars, k);
    let lower = word.to_lowercase();
    let next_word = word_from(text, chars, next_at);
    let starter = SENTENCE_STARTERS.contains(&next_word.to_lowercase().as_str());
    if ABBREVIATED_TITLES.contains(&lower.as_str()) {
        return false;
    }
    if BEFORE_NUMBERS.contains(&lower.as_str()) && next.is_ascii_digit() {
        return false;
    }
    let initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    let dotted = word.contains('.'); // "U.S", "a.m", "e.g"
    if initial || dotted || lexicon.is_abbreviation(&lower) {
        return starter && !matches!(lower.as_str(), "e.g" | "i.e" | "cf");
    }
    true
}

/// Whether `chars[k]` (a period) follows a number of one or two digits
/// standing alone ("3." of "am 3. Oktober", not "2024." or "3.5.").
fn is_ordinal(chars: &[(usize, char)], k: usize) -> bool {
    let digits = chars[..k]
        .iter()
        .rev()
        .take_while(|p| p.1.is_ascii_digit())
        .count();
    let before = k.checked_sub(digits + 1).map(|i| chars[i].1);
    (1..=2).contains(&digits) && before.is_none_or(|c| c.is_whitespace() || c == '(')
}

/// The letters and inner periods right before `chars[k]` ("U.S" in "U.S.").
fn word_before(chars: &[(usize, char)], k: usize) -> String {
    let mut i = k;
    while i > 0
        && (chars[i - 1].1.is_alphabetic()
            || (chars[i - 1].1 == '.' && i >= 2 && chars[i - 2].1.is_alphabetic()))
    {
        i -= 1;
    }
    chars[i..k].iter().map(|p| p.1).collect()
}

/// The most chars skipped before the next word: opening quotes, brackets
/// and dashes are a few; looking further made a text of bare full stops
/// quadratic (". " 100,000 times took 17 s, issue 11).
const MAX_SKIPPED_BEFORE_WORD: usize = 16;

/// The word starting at `chars[at]`, skipping opening quotes or brackets
/// (at most [`MAX_SKIPPED_BEFORE_WORD`] chars: "" when no word starts by then).
fn word_from<'t>(text: &'t str, chars: &[(usize, char)], at: usize) -> &'t str {
    let rest = &chars[at..];
    let Some(first) = rest
        .iter()
        .take(MAX_SKIPPED_BEFORE_WORD)
        .position(|p| p.1.is_alphanumeric())
    else {
        return "";
    };
    let len = rest[first..]
        .iter()
        .position(|p| !p.1.is_alphanumeric())
        .unwrap_or(rest.len() - first);
    match (rest.get(first), rest.get(first + len)) {
        (Some(a), Some(b)) => &text[a.0..b.0],
        (Some(a), None) => &text[a.0..chars.last().map_or(a.0, |l| l.0 + l.1.len_utf8())],
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::lexicon::for_language;
    use crate::engine::segmentation::paragraphs::split_paragraphs;

    /// The sentences of `text` split with the lists of `language`.
    fn split(text: &str, language: &str) -> Vec<String> {
        split_sentences(text, &split_paragraphs(text), for_language(language))
            .iter()
            .map(|s| s.span.of(text).to_string())
            .collect()
    }

    // Sentences written for these tests, not taken from any corpus.

    #[test]
    fn a_headline_over_its_byline_and_date_line_is_three_lines() {
        // Written for this test: the page reader's header, with lines of
        // lengths that read as a hard-wrapped paragraph.
        let text = "Le conseil municipal vote le budget de la ville pour l'année prochaine\n\
            By Jeanne Martin (avec Paul Durand, Luc Petit et Anne Roux)\n\
            Published: 2015-05-04\n\n\
            Les élus ont voté le budget mardi.";
        assert_eq!(
            split(text, "fr"),
            [
                "Le conseil municipal vote le budget de la ville pour l'année prochaine",
                "By Jeanne Martin (avec Paul Durand, Luc Petit et Anne Roux)",
                "Published: 2015-05-04",
                "Les élus ont voté le budget mardi.",
            ]
        );
    }

    #[test]
    fn german_abbreviations_ordinals_and_quotation_marks() {
        let text = "Der Bau kostet z. B. Stahl und Beton. Am 3. Oktober beginnt er. \
                    „Wir bauen weiter.“ Das sagte Dr. Weber am Montag.";
        assert_eq!(
            split(text, "de"),
            [
                "Der Bau kostet z. B. Stahl und Beton.",
                "Am 3. Oktober beginnt er.",
                "„Wir bauen weiter.“",
                "Das sagte Dr. Weber am Montag.",
            ]
        );
    }

    #[test]
    fn a_spaced_closing_quote_keeps_the_full_stop_after_it() {
        let text = "Her son ran from the shop shouting 'thief! '. The man fled. \
                    'We won. ' The team cheered.";
        assert_eq!(
            split(text, "en"),
            [
                "Her son ran from the shop shouting 'thief! '.",
                "The man fled.",
                "'We won. '",
                "The team cheered.",
            ]
        );
    }

    #[test]
    fn french_titles_and_spaced_guillemets() {
        let text = "M. Dupont a parlé aux habitants. « Nous allons construire. » \
                    Puis Mme Martin a répondu.";
        assert_eq!(
            split(text, "fr"),
            [
                "M. Dupont a parlé aux habitants.",
                "« Nous allons construire. »",
                "Puis Mme Martin a répondu.",
            ]
        );
    }

    #[test]
    fn spanish_company_forms_and_courtesy_titles() {
        let text = "La obra fue para Obras del Sur S.A. y costó mucho. \
                    Lo confirmó la Dña. Marta Ruiz. Los vecinos aplaudieron.";
        assert_eq!(
            split(text, "es"),
            [
                "La obra fue para Obras del Sur S.A. y costó mucho.",
                "Lo confirmó la Dña. Marta Ruiz.",
                "Los vecinos aplaudieron.",
            ]
        );
    }

    #[test]
    fn chinese_splits_at_its_own_full_stops() {
        let text = "市政府宣布新大桥将通车。许多居民表示欢迎！他们满意吗？是的。";
        assert_eq!(
            split(text, "zh"),
            [
                "市政府宣布新大桥将通车。",
                "许多居民表示欢迎！",
                "他们满意吗？",
                "是的。"
            ]
        );
    }
}
