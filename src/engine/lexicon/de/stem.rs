//! A light German stemmer after Savoy's (2006, "Light stemming approaches
//! for the French, Portuguese, German and Hungarian languages", the UniNE
//! "German light" rules): umlauts folded, then the commonest inflectional
//! ending cut, so "Brücke" and "Brücken" meet; derivation
//! ("-ung", "-heit") is left alone, as a summary's word overlap needs.

use crate::engine::lexicon::{strip_first, Suffix};

/// Endings, longest first, with the fewest chars the stem keeps.
const ENDINGS: &[Suffix] = &[
    ("nen", "", 5),
    ("en", "", 4),
    ("se", "", 4),
    ("es", "", 4),
    ("er", "", 4),
    ("e", "", 3),
    ("s", "", 3),
    ("n", "", 3),
    ("r", "", 3),
];

/// The stem of a lower-case German word.
pub fn stem(word: &str) -> String {
    let folded = word
        .replace('ä', "a")
        .replace('ö', "o")
        .replace('ü', "u")
        .replace('ß', "ss");
    strip_first(&folded, ENDINGS)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("brücke"), stem("brücken"));
        assert_eq!(stem("regierung"), stem("regierungen"));
        assert_eq!(stem("landes"), stem("land"));
        assert_eq!(stem("bürger"), stem("burger"));
        assert_ne!(stem("regierung"), stem("regen"));
    }
}
