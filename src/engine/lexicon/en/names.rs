//! Words that border on names: what the tagger takes for a name but is none
//! (a courtesy title cut off from its name, a conjunction folded into a
//! name at a sentence's start), function words that are names too, and the
//! organisation endings that name a part of a larger body. Read by the
//! entity stage ([`crate::engine::entities`]) after tagging; hand-made from
//! the tagger's errors on news text, each list's doc gives its case.

/// Words the tagger can take for a whole name beyond the function words,
/// in any case ("MR", "Dr"): courtesy titles cut off from their name.
/// Unlike [`super::titles::COURTESY_TITLES`] it keeps "Dr" and leaves
/// "Miss" and "Mx" alone.
pub const NEVER_NAMES: &[&str] = &["mr", "mrs", "ms", "dr"];

/// Function words that are also names ("Theresa May ... May said").
pub const NAMES_TOO: &[&str] = &["may", "will"];

/// Conjunctions the tagger can fold into a name that starts a sentence
/// ("And Dirar has revealed").
pub const CONJUNCTIONS: &[&str] = &["and", "but", "or", "so", "yet"];

/// Organisation endings that name a part of something larger: "BBC News"
/// is not the whole "BBC", nor the "Army Board" the army. Each is also on
/// the tagger's organisation endings
/// ([`crate::engine::entities::gazetteer::ORG_ENDINGS`]).
pub const PART_ENDINGS: &[&str] = &[
    "news",
    "times",
    "post",
    "journal",
    "board",
    "court",
    "office",
    "department",
    "committee",
    "commission",
    "council",
    "ministry",
    "police",
    "army",
    "exchange",
];
