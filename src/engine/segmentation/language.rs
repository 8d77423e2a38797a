//! Which language a text is in, as an ISO 639-1 code.
//!
//! Two cheap signals, in the spirit of whatlang (which pairs a script
//! detector with trigram profiles after Cavnar & Trenkle 1994):
//! 1. the script of the letters: Cyrillic, Greek, Arabic, Hebrew, Devanagari,
//!    Thai, Hangul, kana and Han each point to one language here;
//! 2. for Latin-script text, counts of the most frequent function words of
//!    seven European languages (function words are the most stable signal
//!    on short texts; Grefenstette 1995, "Comparing two language
//!    identification schemes").
//!
//! Nutshell's models are for English; the code lets the UI say so when a
//! text is not English instead of silently giving poor facts.

use serde::{Deserialize, Serialize};

use crate::engine::segmentation::tokens::{Token, TokenKind};

/// Sixteen of the most frequent function words of each of seven
/// Latin-script languages, by ISO 639-1 code: the detector's profiles.
/// Every text is scored against all of them at once, before its language is
/// known, so they stay together here as one table rather than in the
/// lexicon's per-language folders, which hold what a stage reads once the
/// language is chosen.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "on", "are", "by",
            "has", "have", "it",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "du", "qui",
            "sur", "au", "pas", "il",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "ein", "eine",
            "sich", "auf", "im", "dem",
        ],
    ),
    (
        "es",
        &[
            "el", "los", "las", "y", "es", "una", "por", "con", "para", "del", "que", "se", "como",
            "su", "al", "pero",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "è", "della", "per", "una", "sono", "con", "gli", "non", "del",
            "le", "nel", "anche", "si",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "e", "do", "da", "em", "um", "uma", "não", "com", "para", "que",
            "dos", "ao", "se",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "is", "dat", "op", "niet", "zijn", "met", "voor",
            "ook", "wordt", "aan", "er",
        ],
    ),
];

/// How many words are looked at: the start of a text is enough.
const SAMPLE_WORDS: usize = 400;

/// The ISO 639-1 code of the language `text` is most likely in; "en" when
/// there is too little to tell.
pub fn detect(text: &str, tokens: &[Token]) -> &'static str {
    let words: Vec<String> = tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(SAMPLE_WORDS)
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    if let Some(code) = by_script(&words) {
        return code;
    }
    let mut best = ("en", 0);
    for (code, list) in FUNCTION_WORDS {
        let hits = words.iter().filter(|w| list.contains(&w.as_str())).count();
        if hits > best.1 {
            best = (code, hits);
        }
    }
    best.0
}

/// The language a non-Latin script points to, when most letters are in it.
fn by_script(words: &[String]) -> Option<&'static str> {
    let mut counts = [0usize; 11];
    let mut letters = 0;
    for c in words
        .iter()
        .flat_map(|w| w.chars())
        .filter(|c| c.is_alphabetic())
    {
        letters += 1;
        let slot = match c as u32 {
            0x0400..=0x04FF => 0,
            0x0370..=0x03FF => 1,
            0x0600..=0x06FF => 2,
            0x0590..=0x05FF => 3,
            0x0900..=0x097F => 4,
            0x0E00..=0x0E7F => 5,
            0xAC00..=0xD7AF | 0x1100..=0x11FF => 6,
            0x3040..=0x30FF => 7,
            0x4E00..=0x9FFF | 0x3400..=0x4DBF => 8,
            _ if c.is_ascii() || (0x00C0..=0x024F).contains(&(c as u32)) => 9,
            _ => 10,
        };
        counts[slot] += 1;
    }
    if letters == 0 || counts[9] * 2 >= letters {
        return None;
    }
    // Japanese mixes kana into Han text; any real share of kana means Japanese.
    if counts[7] * 10 >= letters {
        return Some("ja");
    }
    const CODES: [&str; 9] = ["ru", "el", "ar", "he", "hi", "th", "ko", "ja", "zh"];
    let (slot, _) = counts[..9].iter().enumerate().max_by_key(|(_, n)| **n)?;
    Some(CODES[slot])
}

/// Every ISO 639-1 code (the Library of Congress's list, the standard's
/// registration authority), so `--language` takes any language by its code
/// and refuses a typo.
const ISO_639_1: &[&str] = &[
    "aa", "ab", "ae", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bh",
    "bi", "bm", "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da",
    "de", "dv", "dz", "ee", "el", "en", "eo", "es", "et", "eu", "fa", "ff", "fi", "fj", "fo", "fr",
    "fy", "ga", "gd", "gl", "gn", "gu", "gv", "ha", "he", "hi", "ho", "hr", "ht", "hu", "hy", "hz",
    "ia", "id", "ie", "ig", "ii", "ik", "io", "is", "it", "iu", "ja", "jv", "ka", "kg", "ki", "kj",
    "kk", "kl", "km", "kn", "ko", "kr", "ks", "ku", "kv", "kw", "ky", "la", "lb", "lg", "li", "ln",
    "lo", "lt", "lu", "lv", "mg", "mh", "mi", "mk", "ml", "mn", "mr", "ms", "mt", "my", "na", "nb",
    "nd", "ne", "ng", "nl", "nn", "no", "nr", "nv", "ny", "oc", "oj", "om", "or", "os", "pa", "pi",
    "pl", "ps", "pt", "qu", "rm", "rn", "ro", "ru", "rw", "sa", "sc", "sd", "se", "sg", "si", "sk",
    "sl", "sm", "sn", "so", "sq", "sr", "ss", "st", "su", "sv", "sw", "ta", "te", "tg", "th", "ti",
    "tk", "tl", "tn", "to", "tr", "ts", "tt", "tw", "ty", "ug", "uk", "ur", "uz", "ve", "vi", "vo",
    "wa", "wo", "xh", "yi", "yo", "za", "zh", "zu",
];

/// The ISO 639-1 code `code` names (any case), or `None` when it is not one.
pub fn iso_639_1(code: &str) -> Option<&'static str> {
    let lower = code.to_ascii_lowercase();
    ISO_639_1.iter().copied().find(|c| *c == lower)
}

/// How far Nutshell can be trusted on a text in a language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Support {
    /// Summary and facts: the models and word lists are for this language.
    Full,
    /// The summary only: sentences split and rank by shared words in any
    /// language with sentence punctuation, but the facts (names, dates,
    /// numbers, quotes, key phrases) would be English rules guessing, so
    /// they are left empty rather than shown wrong.
    Summary,
    /// Neither: the script writes no sentence punctuation (Thai, Lao,
    /// Khmer, Burmese mark sentences with spaces or not at all), so even
    /// the sentences are guesses.
    None,
}

/// What Nutshell can do for a text in `language` (an ISO 639-1 code).
pub fn support(language: &str) -> Support {
    match language {
        "en" => Support::Full,
        "th" | "lo" | "km" | "my" => Support::None,
        _ => Support::Summary,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::tokens::tokenize;
    use crate::engine::span::Span;

    fn lang(text: &str) -> &'static str {
        detect(text, &tokenize(text, Span::new(0, text.len())))
    }

    #[test]
    fn tells_common_languages_apart() {
        assert_eq!(
            lang("The minister said that the talks with India were going well."),
            "en"
        );
        assert_eq!(
            lang("Le ministre a dit que les discussions avec l'Inde se passent bien."),
            "fr"
        );
        assert_eq!(
            lang(
                "Der Minister sagte, dass die Gespräche mit Indien gut verlaufen und nicht enden."
            ),
            "de"
        );
        assert_eq!(
            lang("El ministro dijo que las conversaciones con la India van bien para los dos."),
            "es"
        );
        assert_eq!(
            lang("Министр заявил, что переговоры с Индией идут хорошо."),
            "ru"
        );
        assert_eq!(lang("部长说，与印度的会谈进展顺利。"), "zh");
        assert_eq!(lang("大臣は、インドとの協議は順調だと述べた。"), "ja");
    }

    #[test]
    fn falls_back_to_english() {
        assert_eq!(lang("12345 !!!"), "en");
    }

    #[test]
    fn knows_every_iso_639_1_code_and_what_it_supports() {
        assert_eq!(iso_639_1("DE"), Some("de"));
        assert_eq!(iso_639_1("xx"), None);
        assert_eq!(iso_639_1("eng"), None);
        assert_eq!(support("en"), Support::Full);
        assert_eq!(support("de"), Support::Summary);
        assert_eq!(support("th"), Support::None);
    }
}
