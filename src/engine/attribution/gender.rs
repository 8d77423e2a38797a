//! Which people "he" and "she" can stand for. A reader resolves "she said"
//! to the last woman named, not the last person; the engine knows a
//! person's gender only where the text or a common first name says it: a
//! courtesy title before a mention ("Mrs Lund", "Sir Keir"), or a first
//! name on the tagger's lists of men's and women's names or the lexicon's
//! ([`crate::engine::lexicon::en::given_names`]). Everyone else fits
//! either pronoun.

use crate::engine::entities::gazetteer::{MENS_NAMES, WOMENS_NAMES};
use crate::engine::lexicon::en::given_names::{
    MORE_MENS_NAMES, MORE_WOMENS_NAMES, NOT_ONLY_MENS_NAMES,
};
use crate::engine::lexicon::en::titles::GENDERED_TITLES;

/// A person's grammatical gender, as news pronouns need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "she", "her".
    Female,
    /// "he", "him".
    Male,
}

/// The gender a pronoun refers to ("he", "she").
pub fn of_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a full name's first word says, if it is a common one.
pub fn of_name(name: &str) -> Option<Gender> {
    let first = name.split_whitespace().next()?.to_lowercase();
    let first = first.as_str();
    if WOMENS_NAMES.contains(&first) || MORE_WOMENS_NAMES.contains(&first) {
        Some(Gender::Female)
    } else if MORE_MENS_NAMES.contains(&first)
        || (MENS_NAMES.contains(&first) && !NOT_ONLY_MENS_NAMES.contains(&first))
    {
        Some(Gender::Male)
    } else {
        None
    }
}

/// The gender a title right before a mention at byte `start` of `text`
/// says ("Mrs Lund", "Mr. Singh").
pub fn of_title_before(text: &str, start: usize) -> Option<Gender> {
    let before = text[..start].trim_end().trim_end_matches('.');
    let word = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    GENDERED_TITLES
        .iter()
        .find(|(t, _)| *t == word)
        .map(|&(_, g)| g)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_gender_from_titles_names_and_pronouns() {
        let text = "Mrs Lund met Mr. Okafor and Dr Patel.";
        assert_eq!(
            of_title_before(text, text.find("Lund").unwrap()),
            Some(Gender::Female)
        );
        assert_eq!(
            of_title_before(text, text.find("Okafor").unwrap()),
            Some(Gender::Male)
        );
        assert_eq!(of_title_before(text, text.find("Patel").unwrap()), None);
        assert_eq!(of_name("Angela Merkel"), Some(Gender::Female));
        assert_eq!(of_name("Rajnath Singh"), Some(Gender::Male));
        assert_eq!(of_name("Nirmala Sitharaman"), Some(Gender::Female));
        assert_eq!(of_name("Khrenin"), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
