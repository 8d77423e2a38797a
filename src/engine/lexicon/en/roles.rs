//! The grammar of people's titles in news English, for the roles stage
//! ([`crate::engine::attribution::roles`]): which words head a role, which
//! start, continue or qualify a title ("Deputy Prime Minister", "Secretary
//! General", "Executive Director"), and which stand before an appositive role
//! ("X, the chairman of Y") or before a title at a sentence's start. The
//! honorifics that name roles too are the tagger's
//! ([`crate::engine::entities::gazetteer::HONORIFICS`]); these lists add to
//! them, by hand, what news titles use beyond them.

/// Role nouns beyond the tagger's honorifics
/// ([`crate::engine::entities::gazetteer::HONORIFICS`], which also name
/// roles): together they are the words that can end a title.
pub const MORE_ROLE_HEADS: &[&str] = &[
    "sgt",
    "admiral",
    "adm",
    "commander",
    "cmdr",
    "congressman",
    "congresswoman",
    "representative",
    "rep",
    "justice",
    "chairwoman",
    "chair",
    "director",
    "executive",
    "ceo",
    "cfo",
    "founder",
    "spokesperson",
    "head",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "professor",
    "manager",
    "officer",
    "inspector",
    "detective",
    "constable",
    "superintendent",
    "commissioner",
    "sheriff",
    "lawyer",
    "economist",
    "analyst",
    "editor",
    "correspondent",
    "author",
    "actor",
    "actress",
    "singer",
    "boss",
    "owner",
    "adviser",
    "advisor",
    "official",
    "diplomat",
    "mp",
    "mep",
    "chief",
    "major",
    "maj",
];

/// Words that start a title and never end a role on their own when a head
/// follows ("Lieutenant General", "Deputy Prime Minister").
pub const TITLE_PREFIXES: &[&str] = &[
    "lieutenant",
    "lt",
    "major",
    "maj",
    "brigadier",
    "brig",
    "vice",
    "deputy",
    "rear",
    "prime",
    "chief",
    "attorney",
    "acting",
    "former",
    "first",
    "interim",
];

/// Heads that continue the title before them instead of starting a new one
/// ("Secretary General", "Chief Executive Officer").
pub const TITLE_CONTINUERS: &[&str] = &["general", "gen", "executive", "officer"];

/// Title words that qualify the head after them instead of ending a title
/// ("General Secretary", "Executive Director").
pub const TITLE_QUALIFIERS: &[&str] = &["general", "executive", "managing"];

/// Words before an appositive role ("X, the chairman of Y").
pub const APPOSITIVE_DETERMINERS: &[&str] = &["the", "a", "an", "his", "her", "its", "their"];

/// Adverbs that open a sentence before a title ("Earlier Foreign Secretary
/// Jack Straw") and are no part of it; function words ("Although President
/// Bush") are in [`super::function_words::STOPWORDS`] already.
pub const OPENING_ADVERBS: &[&str] = &[
    "earlier",
    "later",
    "meanwhile",
    "yesterday",
    "today",
    "tonight",
    "instead",
    "indeed",
    "finally",
    "separately",
    "elsewhere",
];

/// Words that open a relative clause after a name, which is about someone
/// or something else ("X, whose secretary, Y, ...").
pub const RELATIVES: &[&str] = &["who", "whose", "whom", "which", "where", "when", "that"];

/// Nouns that describe a person in news writing without being a title
/// ("the former Rovers defender", "the Frenchman"): with
/// [`MORE_ROLE_HEADS`], the heads of a definite description that stands for
/// a person named before it ([`crate::engine::attribution::speakers`]).
pub const DESCRIPTION_HEADS: &[&str] = &[
    "defender",
    "striker",
    "midfielder",
    "goalkeeper",
    "winger",
    "veteran",
    "frenchman",
    "dutchman",
    "englishman",
    "irishman",
    "scotsman",
    "welshman",
    "spaniard",
];
