//! Names the tagger cuts short, made whole by the conventions of news
//! English:
//! - an event named after who meets, with a plural possessive: "the SCO
//!   Defence Ministers' Meeting", "the G20 Leaders' Summit". The tagger
//!   stops at the possessive and calls the rest an organisation; the whole
//!   is an event, which CoNLL-2003 labels MISC;
//! - a place qualified by who holds it: "Pakistan-occupied Kashmir",
//!   "Indian-administered Kashmir", "Russian-held Crimea". The qualifier
//!   is part of the place's name as news uses it;
//! - a named storm: "Storm Bert", "Hurricane Katrina". The tagger reads the
//!   given name as a person's and the storm word as anything; the whole is
//!   a named event, MISC.

use super::{Label, Mention};
use crate::engine::lexicon::en::events::{EVENTS, HOLDERS, STORMS};

/// Make whole the mentions of `text` (in text order) that the conventions
/// above cover, never running into a neighbouring mention.
pub fn complete(text: &str, mentions: &mut Vec<Mention>) {
    name_storms(text, mentions);
    for i in 0..mentions.len() {
        let previous_end = i.checked_sub(1).map_or(0, |p| mentions[p].span.end);
        let next_start = mentions.get(i + 1).map_or(text.len(), |n| n.span.start);
        let m = &mut mentions[i];
        if let Some(end) = event_end(text, m.span.end).filter(|&e| e <= next_start) {
            m.span.end = end;
            m.label = Label::Misc;
        } else if m.label == Label::Loc {
            let start = holder_start(text, m.span.start);
            if start >= previous_end {
                m.span.start = start;
            }
        } else if m.label == Label::Org {
            let start = members_start(text, m.span.start);
            if start >= previous_end {
                m.span.start = start;
            }
        }
    }
}

/// One MISC mention for each named storm: "Storm" and "Bert" tagged apart
/// become one, as do "Storm" untagged before "Bert", and "Storm Dennis"
/// tagged as a person.
fn name_storms(text: &str, mentions: &mut Vec<Mention>) {
    let storm_before = |start: usize| {
        STORMS.iter().find_map(|w| {
            text[..start]
                .strip_suffix(' ')
                .and_then(|b| b.strip_suffix(w))
                .filter(|b| !b.ends_with(char::is_alphanumeric))
                .map(|b| b.len())
        })
    };
    let mut merged: Vec<Mention> = Vec::with_capacity(mentions.len());
    for m in mentions.drain(..) {
        let name = m.span.of(text);
        if let Some(last) = merged
            .last_mut()
            .filter(|l| STORMS.contains(&l.span.of(text)) && l.span.end + 1 == m.span.start)
        {
            last.span.end = m.span.end;
            last.label = Label::Misc;
            continue;
        }
        let mut m = m;
        if STORMS.iter().any(|w| {
            name.strip_prefix(w)
                .is_some_and(|rest| rest.starts_with(' '))
        }) {
            m.label = Label::Misc;
        } else if let Some(start) = storm_before(m.span.start)
            .filter(|&s| merged.last().is_none_or(|l| l.span.end <= s))
            .filter(|_| name.starts_with(char::is_uppercase))
        {
            m.span.start = start;
            m.label = Label::Misc;
        }
        merged.push(m);
    }
    *mentions = merged;
}

/// The end of "’ Meeting" (or "' Summit") right after a mention ending in
/// a plural ("Ministers"), if there is one.
fn event_end(text: &str, end: usize) -> Option<usize> {
    if !text[..end].ends_with('s') {
        return None;
    }
    let rest = &text[end..];
    let mark = ['’', '\''].into_iter().find(|&c| rest.starts_with(c))?;
    let after = &rest[mark.len_utf8()..];
    let word_start = after.len() - after.trim_start_matches(' ').len();
    if word_start != 1 {
        return None;
    }
    let word: &str = after[1..]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default();
    EVENTS
        .contains(&word)
        .then(|| end + mark.len_utf8() + 1 + word.len())
}

/// Where an organisation's mention starts once the plural possessive of
/// its members before it is counted in ("the Transport and General
/// Workers' Union", "the Teachers' Pension Scheme"): the tagger stops at
/// the possessive mark. Only a capitalised plural ending in "s" and its
/// mark, and only where the tagger left it untagged: "Britain's Labour
/// Party" names an owner, not the party, and a tagged name before the
/// mark is as often an owner ("Leeds' Elland Road"), so a new-user test's
/// obituary still shows "Benevolent Fund" where the tagger read "Actors"
/// of "the Actors' Benevolent Fund" as a name.
fn members_start(text: &str, start: usize) -> usize {
    let Some(before) = text[..start].strip_suffix(' ') else {
        return start;
    };
    let Some(plural) = before
        .strip_suffix('\'')
        .or_else(|| before.strip_suffix('’'))
        .filter(|p| p.ends_with('s'))
    else {
        return start;
    };
    let word_start = start_after_last(plural, |c| !c.is_alphabetic());
    let word = &plural[word_start..];
    if word.chars().count() > 2 && word.starts_with(char::is_uppercase) {
        word_start
    } else {
        start
    }
}

/// The byte after the last character of `s` that is a `boundary` (0 if
/// none is): where the last word of `s` starts.
fn start_after_last(s: &str, boundary: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| boundary(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// Where a place mention starts once a "Pakistan-occupied " before it is
/// counted in.
fn holder_start(text: &str, start: usize) -> usize {
    let before = &text[..start];
    let Some(stripped) = before.strip_suffix(' ') else {
        return start;
    };
    let qualifier_start = start_after_last(stripped, |c| c.is_whitespace() || c == '(');
    let qualifier = &stripped[qualifier_start..];
    let holds = HOLDERS
        .iter()
        .any(|h| qualifier.len() > h.len() && qualifier.ends_with(h));
    if holds && qualifier.starts_with(char::is_uppercase) {
        qualifier_start
    } else {
        start
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::entities::mention_at;

    fn at(text: &str, needle: &str, label: Label) -> Mention {
        mention_at(text, needle, 0, label)
    }

    /// The mentions once completed, as (text, label).
    fn completed(text: &str, mut mentions: Vec<Mention>) -> Vec<(&str, Label)> {
        complete(text, &mut mentions);
        mentions
            .iter()
            .map(|m| (m.span.of(text), m.label))
            .collect()
    }

    #[test]
    fn names_storms_whole() {
        let text = "Storm Bert hit Wales; Storm Dennis and Hurricane Katrina did worse. Bert left.";
        let mentions = vec![
            at(text, "Storm", Label::Org),
            at(text, "Bert", Label::Per),
            at(text, "Storm Dennis", Label::Per),
            at(text, "Katrina", Label::Per),
            mention_at(text, "Bert", 1, Label::Per),
        ];
        assert_eq!(
            completed(text, mentions),
            [
                ("Storm Bert", Label::Misc),
                ("Storm Dennis", Label::Misc),
                ("Hurricane Katrina", Label::Misc),
                ("Bert", Label::Per)
            ]
        );
    }

    #[test]
    fn completes_events_and_held_places() {
        let text = "At the SCO Defence Ministers’ Meeting, he spoke of Pakistan-occupied Kashmir and the Ministers' pay.";
        let mut mentions = vec![
            at(text, "SCO Defence Ministers", Label::Org),
            at(text, "Kashmir", Label::Loc),
            at(text, "Ministers'", Label::Org),
        ];
        mentions[2].span.end -= 1;
        assert_eq!(
            completed(text, mentions),
            [
                ("SCO Defence Ministers’ Meeting", Label::Misc),
                ("Pakistan-occupied Kashmir", Label::Loc),
                ("Ministers", Label::Org)
            ]
        );
    }

    /// A new-user test's obituary showed "Benevolent Fund" (eleventh
    /// session).
    #[test]
    fn an_organisation_takes_its_members_plural_possessive() {
        let text = "He was a patron of the Actors' Benevolent Fund and of Britain's Labour Party.";
        let mentions = vec![
            at(text, "Benevolent Fund", Label::Org),
            at(text, "Labour Party", Label::Org),
        ];
        assert_eq!(
            completed(text, mentions),
            [
                ("Actors' Benevolent Fund", Label::Org),
                ("Labour Party", Label::Org)
            ]
        );
    }
}
