//! The lexicon: the engine's word lists as data, by language.
//!
//! A key design decision is that a word list lives here once, not in the
//! stage that first needed it: before, courtesy titles sat in five modules,
//! number words in two and the stop words in the summary's helper while
//! entities, roles and key phrases read them too, and some fifty lists of
//! English words were spread over seventeen stage modules (issue 12).
//! Stages import what they read from `lexicon::en`, one file a topic
//! (function words, numbers, titles, names, events, roles, speech, tense,
//! dates, abbreviations, page furniture, given names). The other
//! languages' function words and abbreviations are language packs
//! (`packs/<code>.txt`, [`pack`]), fetched by the page only when a text in
//! that language arrives, with each language's stemmer in its folder; a
//! stage reads whichever [`Lexicon`] the text's language chose, never
//! branching on the language itself. A word may stand in two lists with two purposes ("mr" is
//! a stop word, a courtesy title and a sentence starter); two lists with
//! one purpose may not.
//!
//! Three kinds of list stay out, each for a reason:
//! - the tagger's gazetteers (places, demonyms, given names, organisation
//!   endings, honorifics) stay with the tagger in `entities/gazetteer.rs`:
//!   they are its features, and the trained model's weights are tied to
//!   them. Lists here that extend one for another stage say so (role heads
//!   beyond the honorifics, given names beyond the tagger's);
//! - the language detector's profiles (`segmentation/language_profiles.txt`):
//!   letter trigrams of 21 languages, compared with one another on every
//!   text before its language is known;
//! - small mappings written as `match` arms (currency and unit names to
//!   their codes in `facts/numbers.rs`), where each word comes with the
//!   value it stands for.

pub mod de;
pub mod en;
pub mod es;
pub mod fr;
pub mod it;
pub mod nl;
pub mod pack;
pub mod pt;

/// What the summary, the key phrases and the sentence splitter read for a
/// text in one language: one value per language, chosen once by the
/// text's language ([`for_language`]), so a stage never branches on the
/// language itself.
#[derive(Debug)]
pub struct Lexicon {
    /// ISO 639-1 code.
    pub code: &'static str,
    /// Whether the language has its own function words and stemmer, so
    /// its key phrases can be trusted ("summary" support with key phrases).
    pub has_lists: bool,
    /// Function words, in byte order.
    stopwords: Words,
    /// Further words no key phrase opens or ends on (English speech
    /// fillers and sentence adverbs).
    no_edge: &'static [&'static [&'static str]],
    /// Abbreviations whose period ends no sentence (lower-case, no period).
    abbreviations: Words,
    /// Whether a day or ordinal is written with a period ("am 3. Oktober",
    /// "den 5. maj"): a period after a number of one or two digits then
    /// ends no sentence.
    pub ordinal_period: bool,
    /// Whether every noun is capitalised (German): a capitalised word beside
    /// another is then no sign of a name.
    pub capitalises_nouns: bool,
    /// The language's light stemmer (lower-case word in, stem out).
    pub stem: fn(&str) -> String,
    /// How the key phrases tell a noun from other words, where the
    /// language has cues here (English).
    pub word_classes: Option<&'static WordClassCues>,
}

/// The cues by which a stage without a part-of-speech tagger reads a word's
/// class from its uses (`en::word_class` says why and where from). Each
/// list but the verb forms is one string of words separated by spaces
/// ([`in_words`]).
#[derive(Debug)]
pub struct WordClassCues {
    /// Articles and possessives: a noun follows them and no noun stands
    /// right before them.
    pub articles: &'static str,
    /// Words after which a word that closes its phrase is a noun.
    pub noun_before: &'static str,
    /// The infinitive's marker, after which a single word is a verb
    /// unless other uses say it is a noun ("to stay" / "to hospital").
    pub infinitive: &'static str,
    /// Words after which a word is a verb.
    pub verb_before: &'static str,
    /// Words after which a word that closes its phrase describes.
    pub modifier_before: &'static str,
    /// Verb forms, in any order: a use as a noun must outweigh them.
    pub verb_forms: &'static [&'static [&'static str]],
    /// Endings of words that are nouns only where a use says so.
    pub loose_endings: &'static str,
    /// The regular past form's ending, which closes a phrase before it
    /// ("the ministers agreed").
    pub past_ending: &'static str,
    /// Words no ending marks that are hardly ever nouns, which end no key
    /// phrase.
    pub never_nouns: &'static str,
    /// What follows a contraction's apostrophe (no key phrase holds a
    /// contraction), in any order.
    pub clitics: &'static [&'static str],
}

/// Whether `word` is one of the space-separated words of `list`.
pub fn in_words(list: &str, word: &str) -> bool {
    list.split(' ').any(|w| w == word)
}

/// A word list of a [`Lexicon`]: compiled in (English) or read from a
/// language pack ([`pack`]).
#[derive(Debug, PartialEq)]
enum Words {
    Compiled(&'static [&'static str]),
    Read(Vec<Box<str>>),
}

impl Words {
    /// Whether `word` is in the list, which is in byte order.
    fn has_sorted(&self, word: &str) -> bool {
        match self {
            Words::Compiled(list) => in_sorted(list, word),
            Words::Read(list) => in_sorted(list, word),
        }
    }

    /// Whether `word` is in the list, in any order.
    fn has(&self, word: &str) -> bool {
        match self {
            Words::Compiled(list) => list.contains(&word),
            Words::Read(list) => list.iter().any(|w| **w == *word),
        }
    }

    #[cfg(test)]
    fn len(&self) -> usize {
        match self {
            Words::Compiled(list) => list.len(),
            Words::Read(list) => list.len(),
        }
    }
}

impl Lexicon {
    /// Whether `word` (lower-case) is one of the function words, or
    /// function words joined by apostrophes: French and Italian elide a
    /// function word onto the next ("d'un", "qu'il", "dell'"), and Le
    /// Monde's "d’un" (eight times in an article) was its eighth key phrase
    /// (`tests/e2e/real-languages.test.mjs`).
    pub fn is_stopword(&self, word: &str) -> bool {
        self.stopwords.has_sorted(word)
            || (word.contains(['\'', '’'])
                && word
                    .split(['\'', '’'])
                    .all(|piece| !piece.is_empty() && self.stopwords.has_sorted(piece)))
    }

    /// Whether `word` (lower-case, without its period) is an abbreviation
    /// whose period ends no sentence.
    pub fn is_abbreviation(&self, word: &str) -> bool {
        self.abbreviations.has(word)
    }

    /// Whether a phrase may neither open nor end on `word` (lower-case):
    /// a function word, an abbreviation ("Dña", "Mme") or one of
    /// [`Lexicon::no_edge`].
    pub fn is_no_edge(&self, word: &str) -> bool {
        self.is_stopword(word)
            || (self.has_lists && self.is_abbreviation(word))
            || self.no_edge.iter().any(|list| list.contains(&word))
    }
}

/// The word itself: languages without a stemmer here compare whole words.
fn unstemmed(word: &str) -> String {
    word.to_string()
}

const ENGLISH: Lexicon = Lexicon {
    code: "en",
    has_lists: true,
    stopwords: Words::Compiled(en::function_words::STOPWORDS),
    no_edge: &[en::names::FILLERS, en::names::DISCOURSE_WORDS],
    abbreviations: Words::Compiled(en::abbreviations::ABBREVIATIONS),
    ordinal_period: false,
    capitalises_nouns: false,
    stem: en::stem::stem,
    word_classes: Some(&en::word_class::CUES),
};

/// Languages that write a day or an ordinal with a period ("3." for
/// "third": German, the Scandinavian languages, Finnish, most Slavic
/// languages, Hungarian, Turkish, Icelandic, Estonian, Latvian). German,
/// with a pack, says so in [`pack`].
const ORDINAL_PERIOD: &[&str] = &[
    "cs", "da", "et", "fi", "fo", "hr", "hu", "is", "lv", "nb", "nn", "no", "pl", "sk", "sl", "sr",
    "tr",
];

/// Every language without lists here (and one whose pack is not
/// installed): no function words (the summary's TF-IDF weighs frequent
/// words down by itself), whole words, and the English abbreviations,
/// which news in most languages borrows ("Dr.").
const OTHER: Lexicon = Lexicon {
    code: "",
    has_lists: false,
    stopwords: Words::Compiled(&[]),
    no_edge: &[],
    abbreviations: Words::Compiled(en::abbreviations::ABBREVIATIONS),
    ordinal_period: false,
    capitalises_nouns: false,
    stem: unstemmed,
    word_classes: None,
};
const OTHER_WITH_ORDINAL_PERIOD: Lexicon = Lexicon {
    ordinal_period: true,
    ..OTHER
};

/// The lexicon of the language `code` (ISO 639-1). For a language with a
/// pack, that is its lists once the pack is installed ([`pack::install`];
/// native builds install the embedded ones on first use), and no lists
/// before.
pub fn for_language(code: &str) -> &'static Lexicon {
    match code {
        "en" => &ENGLISH,
        _ => pack::lexicon(code).unwrap_or(if ORDINAL_PERIOD.contains(&code) {
            &OTHER_WITH_ORDINAL_PERIOD
        } else {
            &OTHER
        }),
    }
}

/// Whether `word` is in `list` (in byte order, none empty). It runs on
/// every word of the text in several stages: a scan of a list was a tenth
/// of the analysis of a long text (issue 18), and a binary search over
/// whole words still half of that. The words that start with the same byte
/// are found by a binary search over first bytes, then compared whole,
/// which for most of them stops at their length.
pub fn in_sorted<W: AsRef<str>>(list: &[W], word: &str) -> bool {
    let Some(&first) = word.as_bytes().first() else {
        return false;
    };
    let from = list.partition_point(|w| w.as_ref().as_bytes()[0] < first);
    list[from..]
        .iter()
        .take_while(|w| w.as_ref().as_bytes()[0] == first)
        .any(|w| w.as_ref() == word)
}

/// A suffix rule of a light stemmer: the ending, what replaces it, and the
/// fewest chars the stem must keep before the replacement.
pub type Suffix = (&'static str, &'static str, usize);

/// The final vowel of Spanish and Portuguese nouns and adjectives that
/// marks gender ("ministro" / "ministra"), cut after the plural endings.
pub const GENDER_VOWELS: &[Suffix] = &[("a", "", 4), ("o", "", 4), ("e", "", 4)];

/// `word` with the first of `rules` that fits applied (the word itself when
/// none does): the shape of every light stemmer here.
pub fn strip_first(word: &str, rules: &[Suffix]) -> String {
    for &(ending, replacement, keep) in rules {
        if let Some(base) = word.strip_suffix(ending) {
            if base.chars().count() >= keep {
                return format!("{base}{replacement}");
            }
        }
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_in_byte_order_for_the_binary_search() {
        // The packs' order is checked as they are read (`pack::read`).
        let words = en::function_words::STOPWORDS;
        assert!(words.windows(2).all(|w| w[0] < w[1]));
        assert!(words
            .iter()
            .all(|w| !w.is_empty() && ENGLISH.is_stopword(w)));
        assert!(for_language("de").is_stopword("der"));
        assert!(!for_language("de").is_stopword("regierung"));
        assert_eq!(for_language("sv").stopwords.len(), 0);
    }

    #[test]
    fn elided_function_words_are_function_words() {
        let french = for_language("fr");
        assert!(french.is_stopword("d'un"));
        assert!(french.is_stopword("qu’il"));
        assert!(!french.is_stopword("l'assemblée"));
        assert!(!french.is_stopword("d'"));
    }

    #[test]
    fn a_rule_applies_only_where_the_stem_keeps_enough() {
        let rules: &[Suffix] = &[("en", "", 4), ("s", "", 2)];
        assert_eq!(strip_first("brücken", rules), "brück");
        assert_eq!(strip_first("eben", rules), "eben");
        assert_eq!(strip_first("los", rules), "lo");
    }
}
