//! Which people "he" and "she" can stand for. A reader resolves "she said"
//! to the last woman named, not the last person; the engine knows a
//! person's gender only where the text or a common first name says it: a
//! courtesy title before a mention ("Mrs Lund", "Sir Keir"), or a first
//! name on the tagger's lists of men's and women's names or the short lists
//! below. Everyone else fits either pronoun.

use crate::engine::entities::gazetteer::{MENS_NAMES, WOMENS_NAMES};
use crate::engine::lexicon::en::titles::GENDERED_TITLES;

/// A person's grammatical gender, as news pronouns need it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// "she", "her".
    Female,
    /// "he", "him".
    Male,
}

/// Names in [`MENS_NAMES`] that are women's too, or surnames.
const GIVEN_EITHER: &[&str] = &["jean", "jan", "kim", "li", "wang", "wim"];

/// More women's first names common in English-language news.
const MORE_FEMALE: &[&str] = &[
    "theresa",
    "nicola",
    "priti",
    "liz",
    "ursula",
    "christine",
    "jacinda",
    "julia",
    "kate",
    "catherine",
    "victoria",
    "anne",
    "ann",
    "alice",
    "emily",
    "jessica",
    "jennifer",
    "laura",
    "lisa",
    "rachel",
    "rebecca",
    "ruth",
    "sophie",
    "sophia",
    "olivia",
    "charlotte",
    "amelia",
    "lucy",
    "claire",
    "nancy",
    "michelle",
    "melania",
    "ivanka",
    "nikki",
    "elena",
    "olga",
    "natalia",
    "irina",
    "svetlana",
    "marine",
    "ségolène",
    "giorgia",
    "indira",
    "nirmala",
    "smriti",
    "mamata",
    "mayawati",
    "priyanka",
    "aung",
    "tsai",
    "yuriko",
    "debbie",
    "deborah",
    "gemma",
    "hannah",
    "holly",
    "kelly",
    "louise",
    "megan",
    "natalie",
    "nicole",
    "patricia",
    "samantha",
    "serena",
    "venus",
    "simone",
    "taylor",
    "beyonce",
    "rihanna",
    "madonna",
    "oprah",
    "meryl",
    "priscilla",
    "ella",
    "amy",
    "zoe",
    "joanna",
    "karin",
    "marta",
    "ana",
    "carmen",
    "lucia",
    "fatima",
    "aisha",
    "maryam",
    "malala",
    "benazir",
    "hasina",
    "sushma",
    "pratibha",
    "droupadi",
    "annalena",
    "kaja",
    "mette",
    "sanna",
    "yulia",
];

/// More men's first names common in English-language news.
const MORE_MALE: &[&str] = &[
    "recep",
    "olaf",
    "volodymyr",
    "justin",
    "scott",
    "brendan",
    "arsene",
    "jurgen",
    "wayne",
    "cristiano",
    "lionel",
    "neymar",
    "andy",
    "roger",
    "rafael",
    "novak",
    "usain",
    "bradley",
    "jeremy",
    "gordon",
    "nigel",
    "matthew",
    "matt",
    "ben",
    "sam",
    "adam",
    "luke",
    "harry",
    "oliver",
    "jacob",
    "ryan",
    "eric",
    "anthony",
    "kenneth",
    "dennis",
    "christopher",
    "timothy",
    "tim",
    "jason",
    "jeffrey",
    "larry",
    "gregory",
    "raymond",
    "samuel",
    "walter",
    "arthur",
    "albert",
    "fernando",
    "antonio",
    "giuseppe",
    "marco",
    "luca",
    "francesco",
    "abdul",
    "omar",
    "khalid",
    "imran",
    "nawaz",
    "shehbaz",
    "bilal",
    "hamid",
    "maurice",
    "arvind",
    "nitin",
    "piyush",
    "shashi",
    "manmohan",
    "ajit",
    "yogi",
    "muhammad",
    "asif",
    "alexei",
    "mikhail",
    "nikolai",
    "naftali",
    "abdel",
    "abdullah",
    "hamad",
    "salman",
    "fumio",
    "jair",
    "luiz",
    "javier",
    "pedro",
    "diego",
];

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
    if WOMENS_NAMES.contains(&first) || MORE_FEMALE.contains(&first) {
        Some(Gender::Female)
    } else if MORE_MALE.contains(&first)
        || (MENS_NAMES.contains(&first) && !GIVEN_EITHER.contains(&first))
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
