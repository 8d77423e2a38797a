//! The cues by which the key phrases tell a noun from a verb, an adjective
//! or an adverb without a part-of-speech tagger: the words before and
//! after a use of the word, and its ending. Issue 19's new-user test found "later",
//! "never", "couldn't", "lovely", "rose" and "found" among the key phrases
//! of its eight articles, and YAKE (Campos et al. 2020) keeps any word that
//! is no stop word. A topic is a noun phrase (Hulth 2003, "Improved
//! automatic keyword extraction given more linguistic knowledge": most
//! human-assigned keywords are noun phrases), so a key phrase must end on
//! a word the text uses as a noun. Chosen by hand from English grammar;
//! what they do to the key phrases is measured by
//! `tools/eval/eval-keyphrases.sh`. The new lists are each one string of
//! words separated by spaces rather than a table of string slices, which
//! saved the page 38 bytes gzipped (issue 18's budget; README, Size).

use crate::engine::lexicon::WordClassCues;

/// English cues ([`WordClassCues`]).
pub const CUES: WordClassCues = WordClassCues {
    articles: ARTICLES,
    noun_before: NOUN_BEFORE,
    infinitive: "to",
    verb_before: VERB_BEFORE,
    modifier_before: MODIFIER_BEFORE,
    verb_forms: &[
        super::tense::PAST_FORMS,
        super::speech::SPEECH_VERBS,
        super::compression::REPORTING_VERBS,
    ],
    loose_endings: LOOSE_ENDINGS,
    past_ending: "ed",
    never_nouns: NEVER_NOUNS,
    clitics: super::speech::CONTRACTION_ENDINGS,
};

/// Articles and possessives: a word that closes its phrase after one is a
/// noun ("the wedding was"), and a word right before one is no noun but a
/// verb or preposition ("the group covered the car": "group covered" is
/// no topic). Not "her" or "this", which may follow a noun ("told her",
/// "the car this morning").
const ARTICLES: &str = "a an his its my our the their your";

/// Other determiners and prepositions, after which a word that closes its
/// phrase (punctuation or a function word follows) is a noun ("with
/// antibiotics."). Not "to", which also opens a verb ("to sign."; see the
/// infinitive's cue), nor "after" or "before", which take a verb's "-ing"
/// ("after winning.").
const NOUN_BEFORE: &str =
    "about across against among another any at between both by during each every few for \
    from her in into many no of on onto over several some such that these this those \
    through under with without";

/// Words after which a word is a verb: subject pronouns, modals, "do" and
/// negation ("I think", "we want", "will keep", "didn't come").
const VERB_BEFORE: &str =
    "can cannot could did do does he i may might must not shall she should they we will \
    would you";

/// Words after which a word that closes its phrase describes rather than
/// names: copulas and degree adverbs ("was keen to", "very happy.").
const MODIFIER_BEFORE: &str =
    "am are be became become been being extremely felt incredibly is quite really seemed \
    seems so too very was were";

/// Endings of past forms and participles ("-ed", "-ing"), of adverbs
/// ("-ly") and of adjectives ("-al", "-ful", "-ous", "-ive", "-able",
/// "-ible"): a word so ended is a noun only where a use says so ("the
/// wedding", "the family", "the festival", "a detective").
const LOOSE_ENDINGS: &str = "able al ed ful ible ing ive ly ous";

/// Words without an ending that marks them that are hardly ever nouns:
/// adverbs that are no function words ("later", "never", "enough"), the
/// commonest adjectives of judgement and size ("happy", "big", "best")
/// and "let" of "let's", which the key phrases read as a possessive. A
/// key phrase never ends on one.
const NEVER_NOUNS: &str =
    "ago ahead almost already always anyway apart away best better big else enough ever \
    far full good great happy huge keen large late later let little long maybe never \
    often perhaps rather real small sometimes soon sure together whole";
