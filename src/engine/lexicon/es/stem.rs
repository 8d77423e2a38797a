//! A light Spanish stemmer in the manner of Savoy's UniNE light stemmers
//! (plural and gender endings only, 2006): "ministro", "ministra" and
//! "ministros" meet, "ciudad" and "ciudades", "luz" and "luces".

use crate::engine::lexicon::{strip_first, Suffix, GENDER_VOWELS};

const PLURALS: &[Suffix] = &[
    ("ces", "z", 2),
    ("des", "d", 3),
    ("les", "l", 3),
    ("nes", "n", 3),
    ("res", "r", 3),
    ("s", "", 3),
];

/// The stem of a lower-case Spanish word.
pub fn stem(word: &str) -> String {
    strip_first(&strip_first(word, PLURALS), GENDER_VOWELS)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("ministro"), stem("ministras"));
        assert_eq!(stem("ciudad"), stem("ciudades"));
        assert_eq!(stem("luz"), stem("luces"));
        assert_eq!(stem("puente"), stem("puentes"));
        assert_ne!(stem("puente"), stem("puerto"));
    }
}
