//! A light Portuguese stemmer after Savoy's (2006, "Light stemming
//! approaches for the French, Portuguese, German and Hungarian
//! languages", the UniNE "Portuguese light" plural rules) with the gender
//! vowel cut: "ministro", "ministra" and "ministros" meet, "eleição" and
//! "eleições", "jornal" and "jornais".

use crate::engine::lexicon::{strip_first, Suffix, GENDER_VOWELS};

const PLURALS: &[Suffix] = &[
    ("ões", "ão", 3),
    ("ães", "ão", 3),
    ("ais", "al", 3),
    ("éis", "el", 3),
    ("eis", "el", 3),
    ("óis", "ol", 3),
    ("res", "r", 3),
    ("zes", "z", 3),
    ("ns", "m", 3),
    ("s", "", 3),
];

/// The stem of a lower-case Portuguese word.
pub fn stem(word: &str) -> String {
    strip_first(&strip_first(word, PLURALS), GENDER_VOWELS)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("ministro"), stem("ministras"));
        assert_eq!(stem("eleição"), stem("eleições"));
        assert_eq!(stem("jornal"), stem("jornais"));
        assert_ne!(stem("ponte"), stem("porto"));
    }
}
