//! Content terms: the words of a sentence that carry its topic, lower-cased
//! and lightly stemmed, for comparing sentences with each other: the
//! function words and stemmer are the text's language's ([`Lexicon`]).

use crate::engine::lexicon::Lexicon;
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// The content terms of `tokens` (a sentence's tokens within `text`).
pub fn content_terms(text: &str, tokens: &[Token], lexicon: &Lexicon) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter_map(|t| {
            let lower = lower_straight(t.span.of(text));
            let word = lower.strip_suffix("'s").unwrap_or(&lower);
            let useful = word.chars().count() > 1
                && !lexicon.is_stopword(word)
                && word.chars().any(char::is_alphabetic);
            useful.then(|| (lexicon.stem)(word))
        })
        .collect()
}

/// `word` lower-cased, with a typographic apostrophe straight ("India’s"
/// -> "india's"). It runs on every word in several stages: the string is
/// copied once more only where there is such an apostrophe.
pub fn lower_straight(word: &str) -> String {
    let lower = word.to_lowercase();
    if lower.contains('’') {
        lower.replace('’', "'")
    } else {
        lower
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::tokens::tokenize;
    use crate::engine::span::Span;

    #[test]
    fn keeps_only_content_words() {
        let text = "The ministers’ talks with India's envoy were held in 2025.";
        let terms = content_terms(
            text,
            &tokenize(text, Span::new(0, text.len())),
            crate::engine::lexicon::for_language("en"),
        );
        assert_eq!(terms, ["minister", "talk", "india", "envoy", "held"]);
    }
}
