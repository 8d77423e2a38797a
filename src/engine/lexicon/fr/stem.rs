//! A light French stemmer after Savoy's (2006, "Light stemming approaches
//! for the French, Portuguese, German and Hungarian languages", the UniNE
//! "French light" rules): plural and feminine endings cut, so "accord",
//! "accords", "européen" and "européenne" meet.

use crate::engine::lexicon::{strip_first, Suffix};

/// Plural endings first ("-aux" is the plural of "-al"), then feminine
/// and other final vowels.
const PLURALS: &[Suffix] = &[("aux", "al", 3), ("x", "", 3), ("s", "", 3)];
const FINALS: &[Suffix] = &[
    ("nne", "n", 3),
    ("lle", "l", 3),
    ("ère", "er", 3),
    ("ée", "é", 3),
    ("e", "", 3),
    ("é", "", 3),
];

/// The stem of a lower-case French word.
pub fn stem(word: &str) -> String {
    strip_first(&strip_first(word, PLURALS), FINALS)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("accord"), stem("accords"));
        assert_eq!(stem("européen"), stem("européennes"));
        assert_eq!(stem("journal"), stem("journaux"));
        assert_eq!(stem("ministre"), stem("ministres"));
        assert_ne!(stem("pont"), stem("pays"));
    }
}
