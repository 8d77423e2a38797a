//! Language packs: the word lists of a language other than English, read
//! from a small text file (`packs/<code>.txt`) when a text in that language
//! arrives, and kept in the engine from then on.
//!
//! A key design decision is that the six languages' lists are data the
//! page fetches, not code it always downloads (issue 17: "each language's
//! word lists and models are loaded when a text in that language arrives";
//! the English page may grow by at most 15 KB). Two designs were weighed:
//! - a pack a language (this module): the worker detects the language with
//!   the profiles every text needs, fetches that language's file (1.0 to
//!   1.6 KB gzipped), installs it ([`install`]) and analyses. Measured
//!   with `tools/page-size.sh` after `page_build`: the page's wasm lost the
//!   lists' `&str` tables and strings, 420,560 -> 416,652 bytes gzipped,
//!   while the fetch (in `src/language_packs.rs`) added 585 to the JS glue
//!   and the packs' digests 330 to the service worker: the page 2.9 KB
//!   smaller, and a German reader fetches 1.5 KB once;
//! - a second wasm module holding the engine with every language, as the
//!   file readers have (`src/bin/nutshell-readers.rs`): not built. The
//!   readers module, the extractor alone, is 90 KB gzipped; one holding
//!   the engine would carry its code and tagger model (the model alone is
//!   135 KB) a second time, downloaded by every reader of a German text to
//!   save the page the same 4 KB of lists, and every analysis would cross
//!   between two modules.
//!
//! The stemmers stay code (a dozen or two suffix rules each, and a fold of
//! German umlauts or Dutch doubled vowels): rules with conditions read from
//! a file would need an interpreter, for a few hundred bytes of tables. The
//! languages' traits (a period after a day's number, nouns capitalised)
//! stay code too, so a German text whose pack could not be fetched still
//! splits "am 3. Oktober" as one sentence.
//!
//! Native builds (the CLI, the tests, the evaluation) embed the same files
//! with `include_bytes!` and install each on first use, so every figure
//! measured natively is the page's own lists. The pack is installed once a
//! language (a [`OnceLock`] each): the engine's lexicons stay `&'static`,
//! as the compiled English one is, and no stage knows where its lists came
//! from.
//!
//! # Format
//! UTF-8 text, at most [`MAX_PACK_BYTES`]. The first line is
//! `nutshell-language-pack 1 <code>` (format version 1, the ISO 639-1
//! code). Lines starting with `#` are comments (the lists' sources and
//! licences) and empty lines are skipped. `[stopwords]` and
//! `[abbreviations]` each open a section, one lower-case word a line with
//! no spaces: the function words in strictly increasing byte order (the
//! binary search of [`super::in_sorted`]), the abbreviations without their
//! period. Anything else is refused, so a truncated download or an error
//! page served in its place is never installed.

use std::sync::OnceLock;

use super::{de, es, fr, it, nl, pt, Lexicon, Words, OTHER, OTHER_WITH_ORDINAL_PERIOD};
use crate::engine::Error;

/// The largest pack read (the largest is 3.7 KB): anything longer is not
/// a pack.
pub const MAX_PACK_BYTES: usize = 64 * 1024;

/// The first line's words before the code.
const MAGIC: &str = "nutshell-language-pack 1";

/// What a language with a pack keeps in code: its stemmer and its traits.
struct Packed {
    code: &'static str,
    stem: fn(&str) -> String,
    /// See [`Lexicon::ordinal_period`].
    ordinal_period: bool,
    /// See [`Lexicon::capitalises_nouns`].
    capitalises_nouns: bool,
}

/// The languages with a pack, in the order of [`INSTALLED`].
const PACKED: [Packed; 6] = [
    Packed {
        code: "de",
        stem: de::stem::stem,
        ordinal_period: true,
        capitalises_nouns: true,
    },
    Packed {
        code: "es",
        stem: es::stem::stem,
        ordinal_period: false,
        capitalises_nouns: false,
    },
    Packed {
        code: "fr",
        stem: fr::stem::stem,
        ordinal_period: false,
        capitalises_nouns: false,
    },
    Packed {
        code: "it",
        stem: it::stem::stem,
        ordinal_period: false,
        capitalises_nouns: false,
    },
    Packed {
        code: "nl",
        stem: nl::stem::stem,
        ordinal_period: false,
        capitalises_nouns: false,
    },
    Packed {
        code: "pt",
        stem: pt::stem::stem,
        ordinal_period: false,
        capitalises_nouns: false,
    },
];

/// The ISO 639-1 codes of the languages with a pack.
pub const LANGUAGES: [&str; 6] = ["de", "es", "fr", "it", "nl", "pt"];

/// Each language's lexicon, once its pack is installed.
static INSTALLED: [OnceLock<Lexicon>; 6] = [const { OnceLock::new() }; 6];

/// The packs, as the native builds embed them (the page fetches the same
/// files: Trunk copies `packs/` into `dist/`).
#[cfg(not(target_arch = "wasm32"))]
const EMBEDDED: [&[u8]; 6] = [
    include_bytes!("packs/de.txt"),
    include_bytes!("packs/es.txt"),
    include_bytes!("packs/fr.txt"),
    include_bytes!("packs/it.txt"),
    include_bytes!("packs/nl.txt"),
    include_bytes!("packs/pt.txt"),
];

/// Where `code` stands in [`PACKED`], if it has a pack.
fn slot(code: &str) -> Option<usize> {
    LANGUAGES.iter().position(|c| *c == code)
}

/// The lexicon of `code`, a language with a pack: the pack's lists once
/// installed, else those of a language without lists (no function words,
/// whole words, the English abbreviations every language's news borrows),
/// never the English function words. Native builds install the embedded
/// pack here on first use.
pub(super) fn lexicon(code: &str) -> Option<&'static Lexicon> {
    let i = slot(code)?;
    #[cfg(not(target_arch = "wasm32"))]
    if INSTALLED[i].get().is_none() {
        // Tested to read (below); were it not to, the language would have
        // no lists, as on a page that could not fetch it.
        let _ = install(EMBEDDED[i]);
    }
    Some(INSTALLED[i].get().unwrap_or(if PACKED[i].ordinal_period {
        &OTHER_WITH_ORDINAL_PERIOD
    } else {
        &OTHER
    }))
}

/// The language of a text in `code` whose pack is not installed yet: what
/// a browser shell fetches before it analyses the text.
pub fn missing(code: &str) -> Option<&'static str> {
    let i = slot(code)?;
    // Native builds install the embedded pack here: none is missing.
    let _ = lexicon(code);
    INSTALLED[i].get().is_none().then_some(LANGUAGES[i])
}

/// Read `bytes` as a pack and install it; returns the pack's language. A
/// language installed already keeps its lexicon (a pack is the same file
/// for the life of a release).
///
/// # Errors
/// [`Error::LanguagePack`] when `bytes` is not a pack (see the module
/// docs' format).
pub fn install(bytes: &[u8]) -> Result<&'static str, Error> {
    let lexicon = read(bytes)?;
    let code = lexicon.code;
    if let Some(i) = slot(code) {
        // Already there: the first one stays, as `&'static` readers hold it.
        let _ = INSTALLED[i].set(lexicon);
    }
    Ok(code)
}

/// The lexicon a pack describes.
///
/// # Errors
/// As [`install`].
pub fn read(bytes: &[u8]) -> Result<Lexicon, Error> {
    let refuse = Error::LanguagePack;
    if bytes.len() > MAX_PACK_BYTES {
        return Err(refuse(format!(
            "{} bytes; a language pack has at most {MAX_PACK_BYTES}",
            bytes.len()
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|_| refuse("not UTF-8 text".into()))?;
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(n, line)| (n + 1, line.trim_end_matches('\r')))
        .filter(|(_, line)| !line.is_empty() && !line.starts_with('#'));
    let first = lines.next().map_or("", |(_, line)| line);
    let code = first
        .strip_prefix(MAGIC)
        .and_then(|rest| rest.strip_prefix(' '))
        .ok_or_else(|| refuse(format!("the first line is not '{MAGIC} <language>'")))?;
    let packed = slot(code)
        .map(|i| &PACKED[i])
        .ok_or_else(|| refuse(format!("no language pack is known for '{code}'")))?;
    // The stop words, then the abbreviations; which one the lines fill.
    let mut lists: [Option<Vec<Box<str>>>; 2] = [None, None];
    let mut filling: Option<usize> = None;
    for (n, line) in lines {
        let header = match line {
            "[stopwords]" => Some(0),
            "[abbreviations]" => Some(1),
            _ => None,
        };
        if let Some(k) = header {
            if lists[k].is_some() {
                return Err(refuse(format!("line {n}: a second {line}")));
            }
            lists[k] = Some(Vec::new());
            filling = Some(k);
            continue;
        }
        let list = filling
            .and_then(|k| lists[k].as_mut())
            .ok_or_else(|| refuse(format!("line {n}: a word before any section")))?;
        if line.chars().any(char::is_whitespace) || line.to_lowercase() != line {
            return Err(refuse(format!(
                "line {n}: '{line}' is not one lower-case word"
            )));
        }
        list.push(line.into());
    }
    let [Some(stopwords), Some(abbreviations)] = lists else {
        return Err(refuse(
            "a section is missing: [stopwords] and [abbreviations] are both needed".into(),
        ));
    };
    if let Some(pair) = stopwords.windows(2).find(|pair| pair[0] >= pair[1]) {
        return Err(refuse(format!(
            "the stop words are not in byte order ('{}' before '{}')",
            pair[0], pair[1]
        )));
    }
    Ok(Lexicon {
        code: packed.code,
        has_lists: true,
        stopwords: Words::Read(stopwords),
        no_edge: &[],
        abbreviations: Words::Read(abbreviations),
        ordinal_period: packed.ordinal_period,
        capitalises_nouns: packed.capitalises_nouns,
        stem: packed.stem,
        word_classes: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A pack of `body` for German.
    fn german(body: &str) -> Vec<u8> {
        format!("# a comment\n{MAGIC} de\n{body}").into_bytes()
    }

    #[test]
    fn reads_a_pack() {
        let pack = german("[stopwords]\naber\nder\ndie\n\n# another\n[abbreviations]\nz.b\nbzw\n");
        let lexicon = read(&pack).unwrap();
        assert_eq!(lexicon.code, "de");
        assert!(lexicon.has_lists && lexicon.ordinal_period && lexicon.capitalises_nouns);
        assert!(lexicon.is_stopword("der") && !lexicon.is_stopword("brücke"));
        assert!(lexicon.is_abbreviation("z.b") && lexicon.is_abbreviation("bzw"));
        assert!(!lexicon.is_abbreviation("dr"));
        assert_eq!((lexicon.stem)("brücken"), de::stem::stem("brücke"));
    }

    #[test]
    fn refuses_what_is_not_a_pack() {
        let refused = |bytes: &[u8]| matches!(read(bytes), Err(Error::LanguagePack(_)));
        assert!(refused(b""));
        assert!(refused(b"<!doctype html><title>404</title>"));
        assert!(refused(&[0xff, 0xfe, 0x00]));
        assert!(refused(
            format!("{MAGIC} sv\n[stopwords]\n[abbreviations]\n").as_bytes()
        ));
        assert!(refused(
            format!("{MAGIC}de\n[stopwords]\n[abbreviations]\n").as_bytes()
        ));
        // A download cut short: a section missing.
        assert!(refused(&german("[stopwords]\naber\n")));
        assert!(refused(&german("aber\n[stopwords]\n[abbreviations]\n")));
        assert!(refused(&german(
            "[stopwords]\nder\naber\n[abbreviations]\n"
        )));
        assert!(refused(&german(
            "[stopwords]\naber\naber\n[abbreviations]\n"
        )));
        assert!(refused(&german("[stopwords]\nAber\n[abbreviations]\n")));
        assert!(refused(&german("[stopwords]\nab er\n[abbreviations]\n")));
        assert!(refused(&german(
            "[stopwords]\n[abbreviations]\n[stopwords]\n"
        )));
        assert!(refused(&vec![b'#'; MAX_PACK_BYTES + 1]));
        assert!(read(&german("[stopwords]\r\naber\r\n[abbreviations]\r\n")).is_ok());
    }

    /// Each shipped pack reads, and holds the lists its comments count
    /// (Snowball's stop list plus the news words added here; the
    /// abbreviations as they were when they were compiled in, before the
    /// packs: 38, 31, 18, 18, 24, 20).
    #[test]
    fn every_embedded_pack_reads_with_its_lists() {
        let expected = [
            ("de", 231 + 60, 38),
            ("es", 308 + 48, 31),
            ("fr", 164 + 67, 18),
            ("it", 278 + 45, 18),
            ("nl", 101 + 42, 24),
            ("pt", 203 + 46, 20),
        ];
        for (i, (code, stopwords, abbreviations)) in expected.into_iter().enumerate() {
            let lexicon = read(EMBEDDED[i]).unwrap();
            assert_eq!(lexicon.code, code);
            assert_eq!(lexicon.stopwords.len(), stopwords, "{code}");
            assert_eq!(lexicon.abbreviations.len(), abbreviations, "{code}");
        }
    }

    /// What the engine uses for a language is the pack's lexicon, the same
    /// as [`install`] gives the page, and a second install changes nothing.
    #[test]
    fn an_installed_pack_is_the_lexicon_the_engine_reads() {
        for (i, code) in LANGUAGES.into_iter().enumerate() {
            let used = lexicon(code).unwrap();
            let read = read(EMBEDDED[i]).unwrap();
            assert_eq!(used.stopwords, read.stopwords, "{code}");
            assert_eq!(used.abbreviations, read.abbreviations, "{code}");
            assert!(used.has_lists && used.code == code);
            assert_eq!(install(EMBEDDED[i]), Ok(code));
            assert!(std::ptr::eq(used, lexicon(code).unwrap()));
            assert_eq!(missing(code), None);
        }
        assert!(lexicon("en").is_none() && missing("en").is_none() && missing("sv").is_none());
        assert!(lexicon("fr").unwrap().is_stopword("les"));
        assert!(lexicon("es").unwrap().is_abbreviation("dña"));
    }
}
