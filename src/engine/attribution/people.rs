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

use std::collections::{HashMap, HashSet};

use crate::engine::attribution::gender;
use crate::engine::attribution::roles::{is_head_word, is_title_word};
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

/// The people among `mentions` of `text`, given their canonical `names`
/// (same order).
pub fn people(text: &str, mentions: &[Mention], names: &[String]) -> People {
    let mut shaped: Vec<bool> = mentions
        .iter()
        .zip(names)
        .map(|(m, name)| {
            m.label == Label::Per || (m.label == Label::Org && is_persons_name(&bare(name)))
        })
        .collect();
    let mut names: Vec<String> = names
        .iter()
        .zip(&shaped)
        .map(|(name, &p)| if p { bare(name) } else { name.clone() })
        .collect();
    join_split_names(text, mentions, &mut names, &mut shaped);
    name_titles_by_their_holder(text, mentions, &mut names, &mut shaped);
    split_run_on_names(text, mentions, &mut names, &shaped);
    // Each surname of a full person's name (the words after the first:
    // "de Sanctis" and "Sanctis" of "Morgan de Sanctis"), lowercased, and
    // the full names it ends.
    let mut by_surname: HashMap<String, Vec<&str>> = HashMap::new();
    for (name, _) in names.iter().zip(&shaped).filter(|(_, &p)| p) {
        let words: Vec<&str> = name.split_whitespace().collect();
        for k in 1..words.len() {
            let full = by_surname
                .entry(words[k..].join(" ").to_lowercase())
                .or_default();
            if !full.contains(&name.as_str()) {
                full.push(name);
            }
        }
    }
    let full_name = |name: &str| match by_surname.get(&name.to_lowercase()).map(Vec::as_slice) {
        Some([one]) => Some(one.to_string()),
        _ => None,
    };
    let is_person = mentions
        .iter()
        .zip(&names)
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

/// A person's name without the titles the tagger took into it
/// ("Detective Chief Inspector Rebecca Reeves", "Mr. Frankel") and
/// without lowercase words it ran on into ("Debbie of" in "says Debbie of
/// the two children"): the name a reader knows them by. Particles inside
/// a name stay ("Morgan de Sanctis"); a name that is all title stays as
/// it is.
fn bare(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    let first = words.iter().position(|w| !is_title_word(w)).unwrap_or(0);
    let last = words
        .iter()
        .rposition(|w| !w.starts_with(char::is_lowercase))
        .map_or(words.len(), |i| i + 1)
        .max(first + 1)
        .min(words.len());
    words[first..last].join(" ")
}

/// Joins a given name the tagger split off a person's name, one space
/// before a lone surname it tags as a person ("Jordan" as an organisation,
/// then "Henderson"): two mentions a single space apart are one name, and
/// a first name on the name lists ([`gender::of_name`]) says whose. Two
/// people the tagger tags apart stay apart (a caption's "Buffon Hart").
fn join_split_names(text: &str, mentions: &[Mention], names: &mut [String], shaped: &mut [bool]) {
    for i in 1..mentions.len() {
        let (given, surname) = (mentions[i - 1].span, mentions[i].span);
        let joined = mentions[i - 1].label != Label::Per
            && names[i - 1] == given.of(text)
            && surname.start == given.end + 1
            && text.get(given.end..surname.start) == Some(" ")
            && shaped[i]
            && !names[i].contains(' ')
            && given.of(text).split_whitespace().count() == 1
            && given.of(text).starts_with(char::is_uppercase)
            && gender::of_name(given.of(text)).is_some();
        if joined {
            let full = format!("{} {}", given.of(text), names[i]);
            names[i - 1].clone_from(&full);
            names[i] = full;
            shaped[i - 1] = true;
        }
    }
}

/// Gives a run of title words the tagger took for a person (or an
/// organisation) of its own the name of the person it titles, one space after it ("Arizona
/// Senator" before "Jeff Cole": ", said Arizona Senator Jeff Cole" was
/// credited to "Arizona Senator"): a name that ends in a role's head word
/// right before another person's name is that person's title.
fn name_titles_by_their_holder(
    text: &str,
    mentions: &[Mention],
    names: &mut [String],
    shaped: &mut [bool],
) {
    for i in (1..mentions.len()).rev() {
        let (title, holder) = (mentions[i - 1].span, mentions[i].span);
        let head = title
            .of(text)
            .split_whitespace()
            .last()
            .map(str::to_lowercase)
            .unwrap_or_default();
        let titles = matches!(mentions[i - 1].label, Label::Per | Label::Org)
            && shaped[i]
            && text.get(title.end..holder.start) == Some(" ")
            && is_head_word(&head);
        if titles {
            names[i - 1] = names[i].clone();
            shaped[i - 1] = true;
        }
    }
}

/// Splits a name run on from a caption back into the two people it joins
/// ("... fellow goalkeeper Gianluigi Buffon Hart has labelled Buffon ...":
/// the tagger's canonical names then gave every "Hart" the run-on name):
/// a person's name that opens with another mention's whole name
/// ("Gianluigi Buffon") and ends with the surname of a different person's
/// full name ("Joe Hart"). A mention of the surname alone is that person,
/// one of the first part that person; the run-on mention stays as it is.
fn split_run_on_names(text: &str, mentions: &[Mention], names: &mut [String], shaped: &[bool]) {
    let persons = || (0..mentions.len()).filter(|&i| shaped[i]);
    // Each name once, in text order: one entry a mention made the search
    // quadratic in the mentions (20,000 mentions of one three-word name
    // took 6 s).
    let mut seen = HashSet::new();
    let full_names: Vec<String> = persons()
        .filter(|&i| seen.insert(names[i].clone()))
        .map(|i| names[i].clone())
        .collect();
    let texts: HashSet<&str> = persons().map(|i| mentions[i].span.of(text)).collect();
    for run_on in &full_names {
        let words: Vec<&str> = run_on.split_whitespace().collect();
        for k in 2..words.len() {
            let (first, surname) = (words[..k].join(" "), words[k..].join(" "));
            let Some(other) = full_names.iter().find(|f| {
                f != &run_on
                    && !f.starts_with(first.as_str())
                    && f.strip_suffix(surname.as_str())
                        .is_some_and(|given| given.ends_with(' '))
            }) else {
                continue;
            };
            if !texts.contains(first.as_str()) {
                continue;
            }
            let run_ons: Vec<usize> = persons().filter(|&i| &names[i] == run_on).collect();
            for i in run_ons {
                let written = mentions[i].span.of(text);
                if written == surname {
                    names[i].clone_from(other);
                } else if first == written || first.ends_with(&format!(" {written}")) {
                    names[i].clone_from(&first);
                }
            }
        }
    }
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
        let found = people("x", &mentions, &names);
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
        assert_eq!(people("x", &mentions, &names).names, names);
    }

    /// Mentions of `text` at each of `words` (label, words), in order, and
    /// their names as written.
    fn tagged(text: &str, words: &[(Label, &str)]) -> (Vec<Mention>, Vec<String>) {
        let mut from = 0;
        words
            .iter()
            .map(|&(label, w)| {
                let start = from + text[from..].find(w).expect("in the text");
                from = start + w.len();
                let span = Span::new(start, from);
                (
                    Mention {
                        span,
                        ..mention(label)
                    },
                    w.to_string(),
                )
            })
            .unzip()
    }

    #[test]
    fn a_given_name_split_off_its_surname_joins_it() {
        // The tagger read "Jordan" as an organisation before "Henderson".
        let text = "Captain Jordan Henderson scored. Later Henderson said it was vital.";
        let (mentions, names) = tagged(
            text,
            &[
                (Label::Org, "Jordan"),
                (Label::Per, "Henderson"),
                (Label::Per, "Henderson"),
            ],
        );
        let found = people(text, &mentions, &names);
        assert_eq!(found.names, ["Jordan Henderson"; 3]);
        assert_eq!(found.is_person, [true; 3]);
        // Two names a comma apart stay two.
        let text = "Jordan, Henderson and Allen all played.";
        let (mentions, names) = tagged(text, &[(Label::Loc, "Jordan"), (Label::Per, "Henderson")]);
        assert_eq!(
            people(text, &mentions, &names).names,
            ["Jordan", "Henderson"]
        );
        // Two people tagged apart stay apart.
        let text = "Keepers Buffon Hart and Cech.";
        let (mentions, names) = tagged(text, &[(Label::Per, "Buffon"), (Label::Per, "Hart")]);
        assert_eq!(people(text, &mentions, &names).names, ["Buffon", "Hart"]);
    }

    #[test]
    fn a_speakers_name_drops_titles_and_trailing_words() {
        let text = "Detective Chief Inspector Rebecca Reeves spoke. Reeves said so, says Debbie of the case.";
        let (mentions, names) = tagged(
            text,
            &[
                (Label::Org, "Detective Chief Inspector Rebecca Reeves"),
                (Label::Per, "Reeves"),
                (Label::Per, "Debbie of"),
            ],
        );
        assert_eq!(
            people(text, &mentions, &names).names,
            ["Rebecca Reeves", "Rebecca Reeves", "Debbie"]
        );
    }

    #[test]
    fn a_title_tagged_as_a_person_stands_for_the_name_after_it() {
        let text = "said Arizona Senator Jeff Cole on Monday.";
        let (mentions, names) = tagged(
            text,
            &[(Label::Per, "Arizona Senator"), (Label::Per, "Jeff Cole")],
        );
        assert_eq!(people(text, &mentions, &names).names, ["Jeff Cole"; 2]);
        // A name that ends in no title stays its own ("Buffon Hart" above).
        let text = "said Ana Ruiz and Jeff Cole.";
        let (mentions, names) =
            tagged(text, &[(Label::Per, "Ana Ruiz"), (Label::Per, "Jeff Cole")]);
        assert_eq!(
            people(text, &mentions, &names).names,
            ["Ana Ruiz", "Jeff Cole"]
        );
    }

    #[test]
    fn a_name_run_on_from_a_caption_is_split_into_its_two_people() {
        let text = "Keeper Tom Reid praised Marco Ferri. He met Marco Ferri Reid said the Italian was great. Reid smiled.";
        let run_on = "Marco Ferri Reid";
        let (mentions, mut names) = tagged(
            text,
            &[
                (Label::Per, "Tom Reid"),
                (Label::Per, "Marco Ferri"),
                (Label::Per, run_on),
                (Label::Per, "Reid"),
            ],
        );
        // The tagger's canonical names: the run-on for its parts.
        names[1] = run_on.to_string();
        names[3] = run_on.to_string();
        assert_eq!(
            people(text, &mentions, &names).names,
            ["Tom Reid", "Marco Ferri", run_on, "Tom Reid"]
        );
    }

    #[test]
    fn a_surname_with_a_particle_is_the_full_name() {
        let text = "Goalkeeper Morgan de Sanctis saved. De Sanctis said it was tough.";
        let (mentions, names) = tagged(
            text,
            &[
                (Label::Per, "Morgan de Sanctis"),
                (Label::Per, "De Sanctis"),
            ],
        );
        assert_eq!(
            people(text, &mentions, &names).names,
            ["Morgan de Sanctis"; 2]
        );
    }
}
