//! Which full name each mention refers to, by the conventions of news
//! writing: a person is named in full once and by surname after ("Rajnath
//! Singh" ... "Singh"), and an organisation's acronym is introduced after
//! its name ("Shanghai Cooperation Organisation (SCO)") or stands for the
//! initials of a name used elsewhere in the article.

use super::{Label, Mention};

/// The canonical name of each of `mentions` (same order).
pub fn canonical_names(text: &str, mentions: &[Mention]) -> Vec<String> {
    let words = |m: &Mention| -> Vec<&str> { m.span.of(text).split_whitespace().collect() };
    let acronyms = acronym_expansions(text, mentions);
    mentions
        .iter()
        .map(|m| {
            let own = m.span.of(text);
            let mine = words(m);
            match m.label {
                // The longest person mention that ends (or starts) with these words.
                Label::Per => mentions
                    .iter()
                    .filter(|o| o.label == Label::Per)
                    .map(|o| (o, words(o)))
                    .filter(|(_, theirs)| {
                        theirs.len() > mine.len()
                            && (theirs.ends_with(&mine) || theirs.starts_with(&mine))
                    })
                    .max_by_key(|(o, theirs)| (theirs.len(), std::cmp::Reverse(o.span.start)))
                    .map_or_else(|| own.to_string(), |(o, _)| o.span.of(text).to_string()),
                _ => acronyms
                    .iter()
                    .find(|(short, _)| short == own)
                    .map_or_else(|| own.to_string(), |(_, long)| long.clone()),
            }
        })
        .collect()
}

/// Pairs (acronym, full name) found in the text: "Long Name (LN)", or an
/// all-capitals mention whose letters are the initials of another
/// mention's capitalised words.
fn acronym_expansions(text: &str, mentions: &[Mention]) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
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
        // "Name (ACR)" right after the mention.
        let after = &text[m.span.end..];
        if let Some(inner) = after
            .trim_start()
            .strip_prefix('(')
            .and_then(|r| r.split(')').next())
        {
            if is_acronym(inner) && matches_initials(inner, name) {
                pairs.push((inner.to_string(), name.to_string()));
            }
        }
        for other in mentions {
            let short = other.span.of(text);
            if is_acronym(short) && short == initials {
                pairs.push((short.to_string(), name.to_string()));
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
