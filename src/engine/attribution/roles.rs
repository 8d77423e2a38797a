//! People's roles and titles: "Belarusian Defence Minister Lieutenant
//! General Viktor Khrenin" holds two ("Belarusian Defence Minister",
//! "Lieutenant General"); "Tim Cook, the chief executive of Apple," holds
//! one ("chief executive of Apple").
//!
//! News names a role in two places (the "premodifier" and "appositive"
//! patterns of Quirk et al. 1985, which role extraction in news has used
//! since the MUC evaluations): as a run of title words right before the name,
//! and as a noun phrase after it, set off by commas. A run before the name
//! is split where one title ends and the next begins ("Minister |
//! Lieutenant General"); a phrase after the name counts only when a role
//! noun heads it, so "Singh, in turn, said" names no role.

use crate::engine::attribution::speakers::is_speech_verb;
use crate::engine::entities::{gazetteer, Label, Mention};
use crate::engine::lexicon::en::function_words::is_stopword;
use crate::engine::lexicon::en::roles::{
    APPOSITIVE_DETERMINERS, MORE_ROLE_HEADS, OPENING_ADVERBS, RELATIVES, TITLE_CONTINUERS,
    TITLE_PREFIXES, TITLE_QUALIFIERS,
};
use crate::engine::lexicon::en::titles::{ABBREVIATED_TITLES, COURTESY_TITLES};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;

/// Longest appositive role, in tokens.
const MAX_APPOSITIVE: usize = 12;

/// Most lowercase words between a title's prefix and its head ("former
/// national security chief").
const MAX_MODIFIERS: usize = 2;

/// Whether `word` (lowercased) can end a title: a role noun, or an
/// honorific other than a courtesy one ("Mr").
pub fn is_head_word(word: &str) -> bool {
    MORE_ROLE_HEADS.contains(&word)
        || (gazetteer::HONORIFICS.contains(&word) && !COURTESY_TITLES.contains(&word))
}

/// Whether `word` (any case, a trailing full stop allowed) is a title a
/// name may be written after: a role's head word ("Director", "Justice"),
/// a word that starts a title ("Deputy"), an abbreviated or courtesy
/// title ("Gen.", "Mr"); never an initial ("V." of "V. S. Naipaul").
pub fn is_title_word(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    let initial = w.chars().count() < 2;
    !initial
        && (is_head_word(&w)
            || [TITLE_PREFIXES, ABBREVIATED_TITLES, COURTESY_TITLES]
                .iter()
                .any(|list| list.contains(&w.as_str())))
}

/// One role or title held by a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    /// The role as written.
    pub span: Span,
    /// Index of the person mention it belongs to.
    pub mention: usize,
}

/// Every role of every person mention, in text order, given each
/// sentence's tokens, the mentions and the spans (dates, in text order,
/// not overlapping) a title never runs into.
pub fn find_roles(
    text: &str,
    sentences: &[Vec<Token>],
    mentions: &[Mention],
    stops: &[Span],
) -> Vec<Role> {
    let mut roles = Vec::new();
    for tokens in sentences {
        let Some(first) = tokens.first() else {
            continue;
        };
        let from = mentions.partition_point(|m| m.span.start < first.span.start);
        for (m, mention) in mentions.iter().enumerate().skip(from) {
            if mention.span.start >= tokens[tokens.len() - 1].span.end {
                break;
            }
            if mention.label != Label::Per {
                continue;
            }
            let start = tokens.partition_point(|t| t.span.start < mention.span.start);
            let end = tokens.partition_point(|t| t.span.start < mention.span.end);
            let context = Context {
                text,
                tokens,
                mentions,
                stops,
            };
            for span in context.titles_before(start) {
                roles.push(Role { span, mention: m });
            }
            if let Some(span) = context.appositive_after(end) {
                roles.push(Role { span, mention: m });
            }
        }
    }
    roles
}

/// One sentence and what bounds a title in it.
struct Context<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    stops: &'a [Span],
}

impl Context<'_> {
    /// The word at token `i`, lowercased.
    fn word(&self, i: usize) -> String {
        self.tokens[i].span.of(self.text).to_lowercase()
    }

    /// The mention token `i` lies in, if any.
    fn mention_of(&self, i: usize) -> Option<&Mention> {
        let span = self.tokens[i].span;
        let after = self
            .mentions
            .partition_point(|m| m.span.start <= span.start);
        let m = &self.mentions[after.checked_sub(1)?];
        (span.end <= m.span.end).then_some(m)
    }

    /// Whether token `i` can be part of a title run before a name.
    fn in_title(&self, i: usize) -> bool {
        let token = self.tokens[i];
        let word = self.word(i);
        if token.span.inside_any(self.stops) || COURTESY_TITLES.contains(&word.as_str()) {
            return false;
        }
        if token.kind == TokenKind::Punct {
            // The period of "Lt." or "Gen.".
            return word == "." && i > 0 && self.tokens[i - 1].span.end == token.span.start;
        }
        if is_head_word(&word) || TITLE_PREFIXES.contains(&word.as_str()) {
            return true;
        }
        let capitalised = token.span.of(self.text).starts_with(char::is_uppercase);
        // Any sentence's first word is capitalised: there it counts only
        // when it is no function word ("Finance Minister Nirmala
        // Sitharaman welcomed", not "The Minister").
        let opens_sentence =
            i == 0 && (is_stopword(&word) || OPENING_ADVERBS.contains(&word.as_str()));
        match self.mention_of(i) {
            Some(m) => m.label != Label::Per,
            None => capitalised && !opens_sentence,
        }
    }

    /// The titles in the run of title words ending just before token `name`.
    fn titles_before(&self, name: usize) -> Vec<Span> {
        let mut first = name;
        while first > 0 && self.in_title(first - 1) {
            first -= 1;
        }
        // "former security chief", "acting police chief": lowercase words
        // between a prefix and the head belong to the title.
        let modifier = |i: usize| {
            let word = self.word(i);
            self.tokens[i].is_word()
                && self.tokens[i]
                    .span
                    .of(self.text)
                    .starts_with(char::is_lowercase)
                && !is_stopword(&word)
                && !TITLE_PREFIXES.contains(&word.as_str())
                && !is_speech_verb(&word)
        };
        let mut k = first;
        while first - k < MAX_MODIFIERS && k > 0 && modifier(k - 1) {
            k -= 1;
        }
        if k < first && k > 0 && TITLE_PREFIXES.contains(&self.word(k - 1).as_str()) {
            first = k - 1;
            while first > 0 && self.in_title(first - 1) {
                first -= 1;
            }
        }
        let is_head = |i: usize| is_head_word(&self.word(i));
        // The run must end in a head, maybe with its abbreviation's period.
        let mut last = name;
        while last > first && !is_head(last - 1) {
            if self.word(last - 1) != "." {
                return Vec::new();
            }
            last -= 1;
        }
        let ends_with_period = last < name;
        if last == first {
            return Vec::new();
        }
        let run_end = if ends_with_period { name } else { last };
        let mut titles = Vec::new();
        let mut start = first;
        let words: Vec<usize> = (first..run_end)
            .filter(|&i| self.tokens[i].kind != TokenKind::Punct)
            .collect();
        for pair in words.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            let next = self.word(b);
            let starts_new = (is_head_word(&next) || TITLE_PREFIXES.contains(&next.as_str()))
                && !TITLE_CONTINUERS.contains(&next.as_str());
            let ends_title = is_head(a)
                && !TITLE_PREFIXES.contains(&self.word(a).as_str())
                && !TITLE_QUALIFIERS.contains(&self.word(a).as_str());
            if ends_title && starts_new {
                titles.push(Span::new(
                    self.tokens[start].span.start,
                    self.tokens[b - 1].span.end,
                ));
                start = b;
            }
        }
        titles.push(Span::new(
            self.tokens[start].span.start,
            self.tokens[run_end - 1].span.end,
        ));
        titles
    }

    /// Whether token `i` is a capitalised word of no person's name: an item
    /// of a list inside a name ("Science, Technology and Society").
    fn names_a_list_item(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && t.span.of(self.text).starts_with(char::is_uppercase)
                && self.mention_of(i).is_none_or(|m| m.label != Label::Per)
        })
    }

    /// The role in an appositive after the name ending before token `after`:
    /// ", [age,] the chairman of Y,".
    fn appositive_after(&self, after: usize) -> Option<Span> {
        let comma = |i: usize| {
            self.tokens
                .get(i)
                .is_some_and(|t| t.span.of(self.text) == ",")
        };
        if !comma(after) {
            return None;
        }
        let mut start = after + 1;
        if self
            .tokens
            .get(start)
            .is_some_and(|t| t.kind == TokenKind::Number)
            && comma(start + 1)
        {
            start += 2;
        }
        if start < self.tokens.len() && RELATIVES.contains(&self.word(start).as_str()) {
            return None;
        }
        while start < self.tokens.len()
            && APPOSITIVE_DETERMINERS.contains(&self.word(start).as_str())
        {
            start += 1;
        }
        let stop = |from: usize| {
            (from..self.tokens.len().min(from + MAX_APPOSITIVE))
                .find(|&i| {
                    self.tokens[i].kind == TokenKind::Punct
                        && !matches!(self.tokens[i].span.of(self.text), "-" | "&")
                })
                .unwrap_or(self.tokens.len().min(from + MAX_APPOSITIVE))
        };
        let mut end = stop(start);
        // "head for MIT's Science, Technology and Society program", "MP for
        // Henley-on-Thames, Oxfordshire": a comma between capitalised words
        // is inside a name (up to the "and" that closes its list) or a
        // place, not the role's end.
        while comma(end) && self.names_a_list_item(end - 1) && self.names_a_list_item(end + 1) {
            let next = stop(end + 1);
            let and = (end + 1..next).any(|i| matches!(self.word(i).as_str(), "and" | "&"));
            if !and && !comma(next) {
                break;
            }
            end = next;
            if and {
                break;
            }
        }
        let headed = (start..end.min(start + 5)).any(|i| is_head_word(&self.word(i)));
        // "X, ... Minister Y told": a clause about someone else, not a role.
        let clause = (start..end).any(|i| {
            is_speech_verb(&self.word(i))
                || self.mention_of(i).is_some_and(|m| m.label == Label::Per)
        });
        let closed = end < self.tokens.len()
            && matches!(self.tokens[end].span.of(self.text), "," | "." | ";" | ")");
        (headed && closed && !clause && end > start)
            .then(|| Span::new(self.tokens[start].span.start, self.tokens[end - 1].span.end))
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, Options};

    /// The roles of `text` as (role, person).
    fn roles(text: &str) -> Vec<(String, String)> {
        let analysis = analyze(text, &Options::default()).expect("analyses");
        analysis
            .roles
            .iter()
            .map(|r| (r.text.clone(), r.person.clone()))
            .collect()
    }

    fn r(role: &str, person: &str) -> (String, String) {
        (role.to_string(), person.to_string())
    }

    #[test]
    fn keeps_the_modifiers_of_a_title() {
        assert_eq!(
            roles("Former security chief Ali Reza Haddad was arrested on Tuesday."),
            [r("Former security chief", "Ali Reza Haddad")]
        );
        assert_eq!(
            roles("Police arrested former defence minister Ali Reza Haddad."),
            [r("former defence minister", "Ali Reza Haddad")]
        );
    }

    #[test]
    fn a_relative_clause_after_a_name_is_not_their_role() {
        // The secretary is Ann Lee, not Tom Okafor.
        let found = roles("Police interviewed Tom Okafor, whose secretary, Ann Lee, was away.");
        assert!(
            found.iter().all(|(_, person)| person != "Tom Okafor"),
            "{found:?}"
        );
    }

    #[test]
    fn splits_a_run_of_titles_before_a_name() {
        let text =
            "Belarusian Defence Minister Lieutenant General Viktor Khrenin arrived in Qingdao.";
        assert_eq!(
            roles(text),
            [
                r("Belarusian Defence Minister", "Viktor Khrenin"),
                r("Lieutenant General", "Viktor Khrenin")
            ]
        );
    }

    #[test]
    fn a_title_may_open_the_sentence() {
        for (text, role, person) in [
            (
                "Finance Minister Nirmala Sitharaman welcomed the decision.",
                "Finance Minister",
                "Nirmala Sitharaman",
            ),
            (
                "Opposition leader Rahul Gandhi criticised the policy.",
                "Opposition leader",
                "Rahul Gandhi",
            ),
            (
                "The minister Rahul Gandhi criticised the policy.",
                "minister",
                "Rahul Gandhi",
            ),
            (
                "Earlier Foreign Secretary Jack Straw spoke.",
                "Foreign Secretary",
                "Jack Straw",
            ),
        ] {
            assert_eq!(roles(text), [r(role, person)], "{text}");
        }
    }

    #[test]
    fn reads_abbreviated_and_lowercase_titles() {
        let text = "The ministry said Lt. Gen. Viktor Khrenin would meet Tottenham midfielder Andros Townsend.";
        assert_eq!(
            roles(text),
            [
                r("Lt. Gen.", "Viktor Khrenin"),
                r("Tottenham midfielder", "Andros Townsend")
            ]
        );
    }

    #[test]
    fn reads_an_appositive_after_a_name() {
        let text = "The deal was signed by Tim Cook, 63, the chief executive of Apple, on Monday.";
        assert_eq!(roles(text), [r("chief executive of Apple", "Tim Cook")]);
    }

    #[test]
    fn keeps_compound_titles_whole() {
        let text =
            "The board thanked General Secretary Garth Gayle and Secretary General Antonio Guterres.";
        assert_eq!(
            roles(text),
            [
                r("General Secretary", "Garth Gayle"),
                r("Secretary General", "Antonio Guterres")
            ]
        );
    }

    #[test]
    fn ignores_appositives_about_someone_else() {
        let text = "Antonio Inoki, a wrestler turned lawmaker, Defense Minister Jim Brown told parliament.";
        assert!(roles(text)
            .iter()
            .all(|(_, person)| person != "Antonio Inoki"));
    }

    #[test]
    fn a_title_never_takes_the_word_that_opens_the_sentence() {
        // Issue 14's "Both President" (already right when this test was
        // written: a guard, not a fix).
        let found = roles("Both President Ana Ruiz and Governor Tom Hale spoke on Monday.");
        assert!(found.contains(&r("President", "Ana Ruiz")), "{found:?}");
        assert!(
            found.iter().all(|(role, _)| !role.contains("Both")),
            "{found:?}"
        );
    }

    #[test]
    fn an_appositive_role_runs_to_its_end() {
        // Issue 14's "department head for MIT's Science" (a guard).
        assert_eq!(
            roles("The study was led by Jane Roe, department head for Leeds's School of Law, and a student."),
            [r("department head for Leeds's School of Law", "Jane Roe")]
        );
        // A list inside the name: its commas end no role.
        assert_eq!(
            roles("The study was led by Jane Roe, head of Leeds's Centre for Science, Technology and Society, in 2019."),
            [r("head of Leeds's Centre for Science, Technology and Society", "Jane Roe")]
        );
        // A name after the comma is another person, not the role's.
        let found = roles(
            "The prize went to Jane Roe, head of Leeds's School of Law, Tom Hale and Ann Lee.",
        );
        assert_eq!(found, [r("head of Leeds's School of Law", "Jane Roe")]);
    }

    #[test]
    fn ignores_courtesy_titles_and_asides() {
        let text = "Mr. Rajnath Singh, in turn, expressed confidence in the partnership.";
        assert!(roles(text).is_empty());
    }
}
