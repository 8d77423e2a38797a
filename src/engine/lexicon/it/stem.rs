//! A light Italian stemmer in the manner of Savoy's UniNE light stemmers
//! (2006): the final vowel that marks number and gender cut, with "-che"
//! and "-ghe" back to "-c" and "-g", so "banca" and "banche", "ministro"
//! and "ministri" meet.

use crate::engine::lexicon::{strip_first, Suffix};

const ENDINGS: &[Suffix] = &[
    ("che", "c", 3),
    ("chi", "c", 3),
    ("ghe", "g", 3),
    ("ghi", "g", 3),
    ("a", "", 4),
    ("e", "", 4),
    ("i", "", 4),
    ("o", "", 4),
];

/// The stem of a lower-case Italian word.
pub fn stem(word: &str) -> String {
    strip_first(word, ENDINGS)
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn conflates_inflections() {
        assert_eq!(stem("banca"), stem("banche"));
        assert_eq!(stem("ministro"), stem("ministri"));
        assert_eq!(stem("città"), "città");
        assert_ne!(stem("ponte"), stem("porto"));
    }
}
