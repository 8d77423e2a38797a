//! A light Dutch stemmer after Kraaij & Pohlmann's (1994) plural and
//! inflection rules, reduced to what word overlap needs: "-en", "-s" and
//! "-e" cut, a doubled final consonant undoubled, and a vowel the open
//! syllable had lost doubled back ("jaren" -> "jaar", "stappen" -> "stap").

use crate::engine::lexicon::{strip_first, Suffix};

const ENDINGS: &[Suffix] = &[("en", "", 3), ("s", "", 3), ("e", "", 3)];

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// The stem of a lower-case Dutch word.
pub fn stem(word: &str) -> String {
    let cut = strip_first(word, ENDINGS);
    if cut.len() == word.len() {
        return cut;
    }
    let mut chars: Vec<char> = cut.chars().collect();
    let n = chars.len();
    if n >= 2 && chars[n - 1] == chars[n - 2] && !is_vowel(chars[n - 1]) {
        chars.pop();
    } else if n >= 3
        && !is_vowel(chars[n - 1])
        && is_vowel(chars[n - 2])
        && !is_vowel(chars[n - 3])
        && matches!(chars[n - 2], 'a' | 'o' | 'u')
    {
        chars.insert(n - 1, chars[n - 2]);
    }
    chars.into_iter().collect()
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("jaar"), stem("jaren"));
        assert_eq!(stem("stap"), stem("stappen"));
        assert_eq!(stem("brug"), stem("bruggen"));
        assert_eq!(stem("minister"), stem("ministers"));
        assert_ne!(stem("brug"), stem("burg"));
    }
}
