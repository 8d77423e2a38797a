//! Whether a sentence can stand on its own in a summary.
//!
//! A summary is read without the article around it, so each sentence must
//! make sense alone (or beside the sentence it leans on, chosen with it).
//! The checks are those of issue 15, each a flaw found in real summaries:
//! - **furniture**: captions, headings, list items, bylines and date lines
//!   ([`Part`]) are lines about or around the text, not statements of it;
//! - **ends on a colon**: "Obama also said:" announces what the summary
//!   then leaves out;
//! - **fragment**: a line that ends on no full stop, question or
//!   exclamation mark is no sentence but a label, an address or a table's
//!   title the parts stage took for body ("Department of Physics, Example
//!   University, Manila");
//! - **unbalanced quote**: a sentence that opens or closes a quotation the
//!   summary cuts in two ("... ,” she said." with no opening mark); the
//!   sentences of one quotation may be chosen together;
//! - **question**: an article's question (an interviewer's, a feature's
//!   hook) says what is asked, not what is known;
//! - **aside**: a sentence wholly in brackets is the writer's aside;
//! - **dangling reference**: a sentence opening on a pronoun ("He", "Their
//!   son"), a back-reference ("Another woman", "The latter") or a
//!   connective ("But", "However", "also" among its first words) leans on
//!   the sentence before; it stands only if that sentence is in the
//!   summary too. Paice (1990) found these dangling anaphors the chief
//!   flaw of extracts and took the sentence before along; so does the
//!   selection ([`crate::engine::summary::summarize`]). The pronoun may have
//!   its person named earlier in the same sentence ("After Ms Ortiz won,
//!   she ..."): only an opening clause without a name leaves it dangling.
//!
//! The checks read the text and its segmentation only, so they apply to
//! any method's picks alike (`nutshell standalone`, the evaluation's
//! violation counts).

use crate::engine::sort;
use serde::{Deserialize, Serialize};

use crate::engine::document::Document;
use crate::engine::lexicon::en::reference::{ADDITIVE, BACK_OPENERS, BACK_PRONOUNS, DEICTIC_NOUNS};
use crate::engine::segmentation::parts::Part;
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// The first words of a sentence in which "also" still leans on what came
/// before ("President Obama also said", not "..., which also ...").
const ADDITIVE_WITHIN_WORDS: usize = 6;

/// The most words of an opening clause before a comma ("In 2010, she
/// ...") after which a pronoun is still the sentence's subject.
const OPENING_CLAUSE_WORDS: usize = 6;

/// A way a sentence fails to stand on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// A caption, heading, list item, byline, date line or title.
    Furniture,
    /// Ends on a colon.
    EndsOnColon,
    /// Ends on no sentence-final mark: a label, not a sentence.
    Fragment,
    /// Part of a quotation the summary cuts: it closes a quote it does not
    /// open, or opens or continues one that a sentence not chosen goes on.
    UnbalancedQuote,
    /// A question.
    Question,
    /// Wholly in brackets.
    Aside,
    /// Opens on a pronoun, back-reference or connective, with the sentence
    /// before it not in the summary.
    DanglingReference,
}

/// How a sentence may enter a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Standing {
    /// A check it fails whatever else is chosen.
    pub fails: Option<Check>,
    /// The check it fails unless the sentence before is chosen too: a
    /// dangling reference, or a quotation open at its start.
    pub needs_previous: Option<Check>,
    /// Whether it fails [`Check::UnbalancedQuote`] unless the sentence
    /// after is chosen too: a quotation still open at its end.
    pub needs_next: bool,
}

/// How each sentence of `doc` may enter a summary (same order as
/// `doc.sentences`), in one pass over the text.
pub fn standings(doc: &Document<'_>) -> Vec<Standing> {
    let quotes = quote_states(doc);
    (0..doc.sentences.len())
        .map(|i| {
            if doc.parts[i] != Part::Body {
                return Standing {
                    fails: Some(Check::Furniture),
                    ..Standing::default()
                };
            }
            let unit = doc.sentences[i].span.of(doc.text).trim();
            let end = unit.trim_end_matches(CLOSERS);
            let fails = [
                (end.ends_with(':'), Check::EndsOnColon),
                (!end.ends_with(['.', '!', '?', '…', ':']), Check::Fragment),
                (quotes[i].orphan_closer, Check::UnbalancedQuote),
                (end.ends_with('?'), Check::Question),
                (is_aside(unit), Check::Aside),
            ]
            .into_iter()
            .find_map(|(fails, check)| fails.then_some(check));
            let needs_previous = if quotes[i].open_at_start {
                Some(Check::UnbalancedQuote)
            } else {
                leans_on_previous(doc, i).then_some(Check::DanglingReference)
            };
            Standing {
                fails,
                needs_previous,
                needs_next: quotes[i].open_at_end,
            }
        })
        .collect()
}

/// The checks the summary `chosen` (sentence indexes, any order) fails:
/// each failing sentence with its first failed check.
pub fn violations(doc: &Document<'_>, chosen: &[usize]) -> Vec<(usize, Check)> {
    let standings = standings(doc);
    let mut chosen: Vec<usize> = chosen
        .iter()
        .copied()
        .filter(|&i| i < standings.len())
        .collect();
    sort::sort(&mut chosen);
    chosen.dedup();
    let has = |i: usize| chosen.binary_search(&i).is_ok();
    chosen
        .iter()
        .filter_map(|&i| {
            let s = standings[i];
            s.fails
                .or(s.needs_previous.filter(|_| i == 0 || !has(i - 1)))
                .or((s.needs_next && !has(i + 1)).then_some(Check::UnbalancedQuote))
                .map(|check| (i, check))
        })
        .collect()
}

/// What may close a sentence after its last mark: quotes and brackets.
const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', ' '];

/// Where a sentence stands in the quotations of its paragraph.
#[derive(Debug, Clone, Copy, Default)]
struct QuoteState {
    /// A quotation opened before it is still open at its start.
    open_at_start: bool,
    /// A quotation is still open at its end.
    open_at_end: bool,
    /// It closes a quotation that no mark in its paragraph opened.
    orphan_closer: bool,
}

/// The quotation state of each sentence, paragraph by paragraph. Double
/// quotes only, single ones being apostrophes too; a straight quote opens
/// where a space, a bracket or the line's start comes before it and no
/// space after it, and closes elsewhere. English nests quotes in single marks, so a double
/// opening mark inside an open quotation continues it: news style reopens
/// a quotation at each paragraph it runs over without closing the one
/// before (AP Stylebook, "quotation marks"), and pasted text often joins
/// those paragraphs into one.
fn quote_states(doc: &Document<'_>) -> Vec<QuoteState> {
    let mut open = false;
    let mut paragraph = usize::MAX;
    doc.sentences
        .iter()
        .map(|sentence| {
            if sentence.paragraph != paragraph {
                paragraph = sentence.paragraph;
                open = false;
            }
            let mut state = QuoteState {
                open_at_start: open,
                ..QuoteState::default()
            };
            let mut before = doc.text[..sentence.span.start].chars().next_back();
            let mut chars = doc.text[sentence.span.start..].chars().peekable();
            for c in sentence.span.of(doc.text).chars() {
                chars.next();
                let after = chars.peek().copied();
                let opens = c == '“'
                    || (c == '"'
                        && before.is_none_or(|b| b.is_whitespace() || "([{—–-".contains(b))
                        && after.is_some_and(|a| !a.is_whitespace()));
                if opens {
                    open = true;
                } else if c == '”' || c == '"' {
                    state.orphan_closer |= !open;
                    open = false;
                }
                before = Some(c);
            }
            state.open_at_end = open;
            state
        })
        .collect()
}

/// Whether the whole sentence sits in brackets: "(The company declined to
/// comment.)".
fn is_aside(unit: &str) -> bool {
    let unit = unit.trim_end_matches(['.', ' ']);
    (unit.starts_with('(') && unit.ends_with(')')) || (unit.starts_with('[') && unit.ends_with(']'))
}

/// Whether sentence `i` opens leaning on the sentence before it. The
/// article's first body sentence never does: there is nothing before it,
/// so its pronoun points ahead ("He may not play much, but Anders ...") or
/// at the page ("These pictures show ...").
fn leans_on_previous(doc: &Document<'_>, i: usize) -> bool {
    if !doc.parts[..i].contains(&Part::Body) {
        return false;
    }
    let text = doc.text;
    let words: Vec<&Token> = doc.tokens[i]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let lower: Vec<String> = words
        .iter()
        .take(ADDITIVE_WITHIN_WORDS)
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    if lower.iter().any(|w| w == ADDITIVE) {
        return true;
    }
    if BACK_OPENERS
        .iter()
        .any(|opener| opener.len() <= lower.len() && opener.iter().zip(&lower).all(|(a, b)| a == b))
    {
        return true;
    }
    if is_back_pronoun(&lower) {
        return true;
    }
    // "In 2010, she moved ...": the subject after a short opening clause,
    // unless the clause names someone the pronoun may stand for.
    let tokens = &doc.tokens[i];
    let Some(comma) = tokens
        .iter()
        .position(|t| t.kind == TokenKind::Punct && t.span.of(text) == ",")
    else {
        return false;
    };
    let clause_words = tokens[..comma].iter().filter(|t| t.is_word()).count();
    if clause_words > OPENING_CLAUSE_WORDS {
        return false;
    }
    let after: Vec<String> = tokens[comma + 1..]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .take(2)
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    let clause_end = tokens[comma].span.start;
    let clause_start = tokens[0].span.start;
    let names_someone = doc
        .entities
        .iter()
        .any(|e| e.mention.span.start >= clause_start && e.mention.span.end <= clause_end);
    is_back_pronoun(&after) && !names_someone
}

/// Whether `words` (lower-cased) open on a pronoun pointing back, not on
/// "this" or "these" before a noun for the text itself or the time of
/// writing ("This paper", "This year"), nor on "such as" (an example).
fn is_back_pronoun(words: &[String]) -> bool {
    let Some(word) = words.first() else {
        return false;
    };
    if !BACK_PRONOUNS.contains(&word.as_str()) {
        return false;
    }
    if word == "such" && words.get(1).is_some_and(|next| next == "as") {
        return false;
    }
    let deictic = matches!(word.as_str(), "this" | "these" | "that")
        && words
            .get(1)
            .is_some_and(|next| DEICTIC_NOUNS.contains(&next.trim_end_matches('s')));
    !deictic
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::Options;

    /// The standing of each sentence of `text`, with the sentence.
    fn standings_of(text: &str) -> Vec<(String, Standing)> {
        let doc = Document::parse(text, &Options::default()).unwrap();
        let found = standings(&doc);
        doc.sentences
            .iter()
            .map(|s| s.span.of(text).trim().to_string())
            .zip(found)
            .collect()
    }

    /// The standing of the sentence of `text` that starts with `opening`.
    fn standing_of(text: &str, opening: &str) -> Standing {
        standings_of(text)
            .into_iter()
            .find(|(s, _)| s.starts_with(opening))
            .unwrap_or_else(|| {
                panic!(
                    "no sentence opens with {opening:?}: {:?}",
                    standings_of(text)
                )
            })
            .1
    }

    /// What the summary of the sentences opening with `openings` fails.
    fn violations_of(text: &str, openings: &[&str]) -> Vec<Check> {
        let doc = Document::parse(text, &Options::default()).unwrap();
        let chosen: Vec<usize> = openings
            .iter()
            .map(|o| {
                doc.sentences
                    .iter()
                    .position(|s| s.span.of(text).trim().starts_with(o))
                    .unwrap()
            })
            .collect();
        violations(&doc, &chosen)
            .into_iter()
            .map(|(_, c)| c)
            .collect()
    }

    const LEAD: &str = "The harbour board met in Dunmore on Monday.";

    fn after_lead(sentence: &str) -> Standing {
        standing_of(&format!("{LEAD} {sentence}"), &sentence[..6])
    }

    const ALONE: Standing = Standing {
        fails: None,
        needs_previous: None,
        needs_next: false,
    };

    #[test]
    fn headings_and_list_items_are_furniture_and_the_body_is_not() {
        let text = "Pier to reopen\n\nThe harbour board met in Dunmore on Monday.\n\n\
            What happens next\n\nThe pier reopens in May after repairs.\n\n\
            * new railings on the east side";
        assert_eq!(
            standing_of(text, "What happens").fails,
            Some(Check::Furniture)
        );
        assert_eq!(
            standing_of(text, "* new railings").fails,
            Some(Check::Furniture)
        );
        assert_eq!(standing_of(text, "The pier reopens"), ALONE);
    }

    #[test]
    fn a_sentence_ending_on_a_colon_fails_and_one_ending_on_a_full_stop_stands() {
        assert_eq!(
            after_lead("The board listed three repairs:").fails,
            Some(Check::EndsOnColon)
        );
        assert_eq!(after_lead("The board listed three repairs."), ALONE);
    }

    #[test]
    fn a_line_with_no_final_mark_is_a_fragment_and_a_sentence_is_not() {
        let text = format!(
            "{LEAD}\n\nDepartment of Marine Works, Dunmore Harbour Board, 12 Quay Street, Dunmore\n\n\
            The pier reopens in May."
        );
        assert_eq!(
            standing_of(&text, "Department of").fails,
            Some(Check::Fragment)
        );
        assert_eq!(standing_of(&text, "The pier reopens"), ALONE);
    }

    #[test]
    fn a_question_fails_and_a_quoted_question_inside_a_statement_stands() {
        assert_eq!(
            after_lead("Will the pier open by May?").fails,
            Some(Check::Question)
        );
        assert_eq!(
            after_lead("Will the pier open by May?\u{201d} asked the mayor.").fails,
            Some(Check::UnbalancedQuote),
            "a closing mark with no opening one"
        );
        assert_eq!(
            after_lead("\u{201c}Will the pier open by May?\u{201d} asked the mayor."),
            ALONE
        );
    }

    #[test]
    fn a_sentence_wholly_in_brackets_is_an_aside_and_one_with_brackets_inside_is_not() {
        assert_eq!(
            after_lead("(The board declined to give a date.)").fails,
            Some(Check::Aside)
        );
        assert_eq!(
            after_lead("The board (five members) declined to give a date."),
            ALONE
        );
    }

    #[test]
    fn a_quotation_over_two_sentences_stands_only_whole() {
        let text = format!(
            "{LEAD} The mayor said: \"We will rebuild the pier. Repairs take a year.\" \
            Work starts in June."
        );
        let first = standing_of(&text, "The mayor said");
        assert!(first.needs_next && first.fails.is_none(), "{first:?}");
        let second = standing_of(&text, "Repairs take");
        assert_eq!(second.needs_previous, Some(Check::UnbalancedQuote));
        assert_eq!(standing_of(&text, "Work starts"), ALONE);
        assert_eq!(
            violations_of(&text, &["Repairs take"]),
            [Check::UnbalancedQuote]
        );
        assert_eq!(
            violations_of(&text, &["The mayor said"]),
            [Check::UnbalancedQuote]
        );
        assert!(violations_of(&text, &["The mayor said", "Repairs take"]).is_empty());
    }

    #[test]
    fn a_straight_quote_after_a_space_at_the_end_closes() {
        let text = format!("{LEAD} The notice said: \"We tried everything. \" Ferries still sail.");
        assert_eq!(standing_of(&text, "Ferries still"), ALONE);
    }

    #[test]
    fn a_quotation_reopened_without_closing_runs_on_as_news_style_writes_it() {
        let text =
            format!("{LEAD} \"We need the pier. \"It brings the town its trade.\" Traders agreed.");
        assert_eq!(standing_of(&text, "Traders agreed"), ALONE);
    }

    #[test]
    fn a_pronoun_subject_leans_on_the_sentence_before() {
        let text = format!("{LEAD} She thanked the divers.");
        assert_eq!(
            standing_of(&text, "She thanked").needs_previous,
            Some(Check::DanglingReference)
        );
        assert_eq!(
            violations_of(&text, &["She thanked"]),
            [Check::DanglingReference]
        );
        assert!(violations_of(&text, &["The harbour", "She thanked"]).is_empty());
        assert_eq!(after_lead("Maria Ortiz thanked the divers."), ALONE);
    }

    #[test]
    fn back_references_and_connectives_lean_and_plain_openers_do_not() {
        for leaning in [
            "Another diver found the wreck.",
            "The latter plan costs less.",
            "The other boats stayed in port.",
            "But the ferry kept sailing.",
            "However, the ferry kept sailing.",
            "For example, the ferry kept sailing.",
            "The ferry company also cut its fares.",
            "This decision angered the fishermen.",
            "Their boats stayed in port.",
        ] {
            assert_eq!(
                after_lead(leaning).needs_previous,
                Some(Check::DanglingReference),
                "{leaning}"
            );
        }
        for standing in [
            "The ferry company cut its fares.",
            "This year the ferry company cut its fares.",
            "Other ports cut their fees as well.",
            "Butter prices rose in the port town.",
            "Key posts, such as harbour master, are vacant.",
        ] {
            assert_eq!(after_lead(standing), ALONE, "{standing}");
        }
    }

    #[test]
    fn a_pronoun_after_an_opening_clause_leans_unless_the_clause_names_someone() {
        assert_eq!(
            after_lead("In 2010, she moved the ferry office.").needs_previous,
            Some(Check::DanglingReference)
        );
        assert_eq!(
            after_lead("After Maria Ortiz won, she moved the ferry office."),
            ALONE
        );
    }

    #[test]
    fn the_first_body_sentence_has_nothing_to_lean_on() {
        let text = "Pier to reopen\n\nThese pictures show the pier after the storm. \
            They were taken on Monday.";
        assert_eq!(standing_of(text, "These pictures"), ALONE);
        assert_eq!(
            standing_of(text, "They were").needs_previous,
            Some(Check::DanglingReference)
        );
    }
}
