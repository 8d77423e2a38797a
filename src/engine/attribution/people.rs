//! Who among the mentions is a person, and by which name, for attribution.
//!
//! The tagger sometimes labels a person an organisation ("Brendan Rodgers"
//! as ORG in a sports story, and then "Rodgers" too), which made "he said"
//! skip the manager for the last player named, and the canonical names
//! (entities' [`crate::engine::entities::canonical`]) link surnames to full
//! names within a label only. So attribution reads a mention as a person
//! when it is labelled PER, or when it is an ORG whose name is a person's
//! by its shape: two or three capitalised words, the first a common given
//! name ([`gender::of_name`]), no organisation ending ("Jordan Airlines");
//! a lone word that is such a person's surname is that person too. A
//! speaker named by a lone surname is given the full name the text uses
//! for the one person with that surname (issue 14: "one speaker per
//! person, the canonical name").

use std::collections::HashMap;

use crate::engine::attribution::gender;
use crate::engine::entities::gazetteer::ORG_ENDINGS;
use crate::engine::entities::{Label, Mention};

/// The mentions as attribution reads them (same order as the mentions).
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Whether each mention names a person.
    pub is_person: Vec<bool>,
    /// The name each mention is given as a speaker: its canonical name, or
    /// a person's full name for a lone surname.
    pub names: Vec<String>,
}

/// The people among `mentions`, given their canonical `names` (same order).
pub fn people(mentions: &[Mention], names: &[String]) -> People {
    let shaped: Vec<bool> = mentions
        .iter()
        .zip(names)
        .map(|(m, name)| m.label == Label::Per || (m.label == Label::Org && is_persons_name(name)))
        .collect();
    // Each surname of a full person's name, and the full names it ends.
    let mut by_surname: HashMap<&str, Vec<&str>> = HashMap::new();
    for (name, _) in names.iter().zip(&shaped).filter(|(_, &p)| p) {
        match name.split_whitespace().last() {
            Some(last) if last != name => {
                let full = by_surname.entry(last).or_default();
                if !full.contains(&name.as_str()) {
                    full.push(name);
                }
            }
            _ => {}
        }
    }
    let full_name = |name: &str| match by_surname.get(name).map(Vec::as_slice) {
        Some([one]) => Some(one.to_string()),
        _ => None,
    };
    let is_person = mentions
        .iter()
        .zip(names)
        .zip(&shaped)
        .map(|((m, name), &p)| p || (m.label == Label::Org && full_name(name).is_some()))
        .collect::<Vec<bool>>();
    let names = names
        .iter()
        .zip(&is_person)
        .map(|(name, &p)| {
            p.then(|| full_name(name))
                .flatten()
                .unwrap_or_else(|| name.clone())
        })
        .collect();
    People { is_person, names }
}

/// Whether an organisation's `name` has a person's shape (see the module's
/// doc).
fn is_persons_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    (2..=3).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic))
        && !words
            .iter()
            .any(|w| ORG_ENDINGS.contains(&w.to_lowercase().as_str()))
        && gender::of_name(name).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entities::features::LineStyle;
    use crate::engine::span::Span;

    fn mention(label: Label) -> Mention {
        Mention {
            span: Span::new(0, 1),
            label,
            margin: 1.0,
            line: LineStyle::Prose,
        }
    }

    #[test]
    fn an_organisation_with_a_persons_name_is_a_person() {
        let mentions = [
            mention(Label::Org),
            mention(Label::Org),
            mention(Label::Org),
            mention(Label::Org),
        ];
        let names = ["Brendan Rodgers", "Rodgers", "Aston Villa", "Liverpool"].map(String::from);
        let found = people(&mentions, &names);
        assert_eq!(found.is_person, [true, true, false, false]);
        assert_eq!(
            found.names,
            [
                "Brendan Rodgers",
                "Brendan Rodgers",
                "Aston Villa",
                "Liverpool"
            ]
        );
    }

    #[test]
    fn a_surname_two_people_share_stays_as_written() {
        let mentions = [
            mention(Label::Per),
            mention(Label::Per),
            mention(Label::Per),
        ];
        let names = ["Bill Richard", "Denise Richard", "Richard"].map(String::from);
        assert_eq!(people(&mentions, &names).names, names);
    }
}
