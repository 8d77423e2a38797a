//! Content terms: the words of a sentence that carry its topic, lower-cased
//! and lightly stemmed, for comparing sentences with each other.
//!
//! The stemmer is a light suffix stripper in the spirit of Harman (1991),
//! "How effective is suffixing?" (the S-stemmer) extended with "-ing" and
//! "-ed": it conflates the inflections that matter for overlap ("talks" /
//! "talk", "agreed" / "agree") without Porter's size, and never shortens a
//! word below three letters.

use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// The content terms of `tokens` (a sentence's tokens within `text`).
pub fn content_terms(text: &str, tokens: &[Token]) -> Vec<String> {
    tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .filter_map(|t| {
            let lower = lower_straight(t.span.of(text));
            let word = lower.strip_suffix("'s").unwrap_or(&lower);
            let useful = word.chars().count() > 1
                && !is_stopword(word)
                && word.chars().any(char::is_alphabetic);
            useful.then(|| stem(word))
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

/// Strip the commonest English inflections from a lower-case word.
pub fn stem(word: &str) -> String {
    let rules: [(&str, &str); 8] = [
        ("ies", "y"),
        ("sses", "ss"),
        ("ness", ""),
        ("ing", ""),
        ("ed", ""),
        ("es", "e"),
        ("ly", ""),
        ("s", ""),
    ];
    // The first rule whose suffix the word has and whose base is long
    // enough; the stem is then written once (it runs on every word).
    let rule = rules.iter().find_map(|&(suffix, replacement)| {
        let base = word.strip_suffix(suffix)?;
        let keep = base.chars().count() >= 3
            && !(suffix == "s" && (base.ends_with('s') || base.ends_with('u')));
        keep.then_some((base, replacement, suffix))
    });
    let mut stemmed = String::with_capacity(word.len());
    let mut cut_verb_ending = false;
    match rule {
        Some((base, replacement, suffix)) => {
            stemmed.push_str(base);
            stemmed.push_str(replacement);
            cut_verb_ending = matches!(suffix, "ed" | "ing");
        }
        None => stemmed.push_str(word),
    }
    // A final silent "e" goes too ("agree", "agrees" and "agreed" all meet
    // at "agre"), but not after "-ed"/"-ing" took the "e" already.
    if !cut_verb_ending && stemmed.chars().count() > 3 && stemmed.ends_with('e') {
        stemmed.pop();
    }
    stemmed
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::tokens::tokenize;
    use crate::engine::span::Span;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("talks"), stem("talk"));
        assert_eq!(stem("agreed"), stem("agree"));
        assert_eq!(stem("agrees"), stem("agree"));
        assert_eq!(stem("cases"), stem("case"));
        assert_eq!(stem("policies"), "policy");
        assert_eq!(stem("strengthening"), "strengthen");
        assert_eq!(stem("glass"), "glass");
        assert_eq!(stem("bus"), "bus");
    }

    #[test]
    fn keeps_only_content_words() {
        let text = "The ministers’ talks with India's envoy were held in 2025.";
        let terms = content_terms(text, &tokenize(text, Span::new(0, text.len())));
        assert_eq!(terms, ["minister", "talk", "india", "envoy", "held"]);
    }
}
