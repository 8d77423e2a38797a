//! Which full name each mention refers to, by the conventions of news
//! writing: a person is named in full once and by surname after ("Rajnath
//! Singh" ... "Singh"), and an organisation's acronym is introduced after
//! its name ("Shanghai Cooperation Organisation (SCO)") or stands for the
//! initials of a name used elsewhere in the article.

use std::collections::HashMap;

use super::{Label, Mention};

/// The canonical name of each of `mentions` (same order). Linear in the
/// number of mentions: every full name is indexed once by its shorter forms.
pub fn canonical_names(text: &str, mentions: &[Mention]) -> Vec<String> {
    let people = person_names(text, mentions);
    let acronyms = acronym_expansions(text, mentions);
    mentions
        .iter()
        .map(|m| {
            let own = m.span.of(text);
            let key = own.split_whitespace().collect::<Vec<_>>().join(" ");
            let found = match m.label {
                Label::Per => people.get(&key).map(|(_, _, name)| *name),
                _ => acronyms.get(own).copied(),
            };
            found.unwrap_or(own).to_string()
        })
        .collect()
}

/// Every shorter form of each multi-word person mention (its first or last
/// words: "Singh", "Rajnath") mapped to the longest, then earliest, full
/// name it belongs to.
fn person_names<'t>(
    text: &'t str,
    mentions: &[Mention],
) -> HashMap<String, (usize, std::cmp::Reverse<usize>, &'t str)> {
    let mut names: HashMap<String, (usize, std::cmp::Reverse<usize>, &'t str)> = HashMap::new();
    for m in mentions.iter().filter(|m| m.label == Label::Per) {
        let full = m.span.of(text);
        let words: Vec<&str> = full.split_whitespace().collect();
        let rank = (words.len(), std::cmp::Reverse(m.span.start), full);
        for k in 1..words.len() {
            for part in [&words[words.len() - k..], &words[..k]] {
                let entry = names.entry(part.join(" ")).or_insert(rank);
                if (rank.0, rank.1) > (entry.0, entry.1) {
                    *entry = rank;
                }
            }
        }
    }
    names
}

/// Acronyms and the names they stand for: "Long Name (LN)" in the text, or
/// an all-capitals mention whose letters are the initials of another
/// mention's capitalised words.
fn acronym_expansions<'t>(text: &'t str, mentions: &[Mention]) -> HashMap<&'t str, &'t str> {
    let mut by_initials: HashMap<String, &'t str> = HashMap::new();
    let mut pairs: HashMap<&'t str, &'t str> = HashMap::new();
    for m in mentions.iter().filter(|m| m.label != Label::Per) {
        let name = m.span.of(text);
        let initials: String = name
            .split_whitespace()
            .filter(|w| w.starts_with(char::is_uppercase))
            .filter_map(|w| w.chars().next())
            .collect();
        if initials.chars().count() < 2 {
            continue;
        }
        by_initials.entry(initials).or_insert(name);
        // "Name (ACR)" right after the mention.
        let after = &text[m.span.end..];
        if let Some(inner) = after
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.split(')').next())
        {
            if is_acronym(inner) && matches_initials(inner, name) {
                pairs.entry(inner).or_insert(name);
            }
        }
    }
    for m in mentions {
        let short = m.span.of(text);
        if is_acronym(short) {
            if let Some(name) = by_initials.get(short) {
                pairs.entry(short).or_insert(name);
            }
        }
    }
    pairs
}

fn is_acronym(s: &str) -> bool {
    (2..=8).contains(&s.chars().count())
        && s.chars().all(|c| c.is_uppercase() || c == '.' || c == '&')
}

/// Whether the acronym's letters are the initials of the name's words, with
/// small words ("of", "for", "the") allowed to be skipped.
fn matches_initials(acronym: &str, name: &str) -> bool {
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let all: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().next())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    let capitals: Vec<char> = name
        .split_whitespace()
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter_map(|w| w.chars().next())
        .collect();
    letters == all || letters == capitals
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::span::Span;

    fn mention(text: &str, needle: &str, nth: usize, label: Label) -> Mention {
        let start = text.match_indices(needle).nth(nth).unwrap().0;
        Mention {
            span: Span::new(start, start + needle.len()),
            label,
        }
    }

    #[test]
    fn surnames_refer_to_the_full_name() {
        let text = "Rajnath Singh met Khrenin. Singh said the talks went well.";
        let mentions = [
            mention(text, "Rajnath Singh", 0, Label::Per),
            mention(text, "Khrenin", 0, Label::Per),
            mention(text, "Singh", 1, Label::Per),
        ];
        assert_eq!(
            canonical_names(text, &mentions),
            ["Rajnath Singh", "Khrenin", "Rajnath Singh"]
        );
    }

    #[test]
    fn acronyms_expand_from_brackets_and_from_initials() {
        let text = "The Shanghai Cooperation Organisation (SCO) met. SCO members and the European Union (EU) agreed with the EU.";
        let mentions = [
            mention(text, "Shanghai Cooperation Organisation", 0, Label::Org),
            mention(text, "SCO", 0, Label::Org),
            mention(text, "SCO", 1, Label::Org),
            mention(text, "European Union", 0, Label::Org),
            mention(text, "EU", 1, Label::Org),
        ];
        assert_eq!(
            canonical_names(text, &mentions),
            [
                "Shanghai Cooperation Organisation",
                "Shanghai Cooperation Organisation",
                "Shanghai Cooperation Organisation",
                "European Union",
                "European Union"
            ]
        );
    }
}
