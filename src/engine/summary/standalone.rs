//! Whether a sentence can stand on its own in a summary.
//!
//! A summary is read without the article around it, so each sentence must
//! make sense alone (or beside the sentence it leans on, chosen with it).
//! The checks are those of issue 15, each a flaw found in real summaries:
//! - **furniture**: captions, headings, list items, bylines and date lines
//!   ([`Part`]) are lines about or around the text, not statements of it;
//!   but a list item that goes on with its story on the same line (a
//!   newsletter's "- T-Mobile's CEO is stepping down. Legere will ...")
//!   opens on a headline that is a full sentence, and stands; the
//!   item's later sentences stand only with it ("The company ..." names
//!   its company only in the headline);
//! - **caption**: a photo caption run into a paragraph of the body
//!   ("Merson (centre) criticised ...", "... fat as toddlers (file
//!   photo)", "Image: ...") describes a picture the summary lacks;
//! - **speaker label**: a line of an interview's transcript opening on
//!   "Q:" or "A:" (or the speaker's initials, or in a transcript the
//!   speaker's name: "Isla MacLeod:") is half of an exchange; so is a
//!   later sentence of the same turn (a paragraph opening on a label is
//!   one turn) that speaks in its speaker's voice ("I", "we", "our",
//!   "you") or opens on a reply word ("Oh, maybe twelve."): it answers a
//!   question the summary leaves out. A turn's sentence stating a fact
//!   in the third person ("The council pays for the books.") stands;
//! - **sign-post**: the text speaking to its reader about itself, not
//!   about its story: a greeting ("Good morning!"), a sign-post
//!   addressing the reader ("This is the tech news you need to know
//!   this Tuesday."), an editor's note ("This interview has been edited
//!   for length.");
//! - **ends on a colon**: "Obama also said:" announces what the summary
//!   then leaves out;
//! - **fragment**: a line that ends on no full stop, question or
//!   exclamation mark is no sentence but a label, an address or a table's
//!   title the parts stage took for body ("Department of Physics, Example
//!   University, Manila");
//! - **unbalanced quote**: a sentence that opens mid-quote (".. ,” she
//!   said." with no opening mark, or the second sentence of a quotation);
//!   it stands with the sentence before it. A sentence that opens a
//!   quotation running on into the next says what it says, and stands;
//! - **question**: an article's question (an interviewer's, a feature's
//!   hook) says what is asked, not what is known;
//! - **aside**: a sentence wholly in brackets is the writer's aside;
//! - **dangling reference**: a sentence opening on a pronoun ("It",
//!   "Their son") or a back-reference ("Another woman", "The latter")
//!   leans on the sentence before; it stands only if that sentence is in
//!   the summary too. Paice (1990) found these dangling anaphors the chief
//!   flaw of extracts and took the sentence before along; so does the
//!   selection ([`crate::engine::summary::summarize`]). The pronoun may have
//!   its person named earlier in the same sentence ("After Ms Ortiz won,
//!   she ..."): only an opening clause without a name leaves it dangling.
//!   A "he" or "she" (as the subject, or as the speaker of "..., he
//!   said") needs instead the sentence that names its person, however
//!   far back: the last person named before it whose gender fits
//!   (`attribution::gender`), as a reader resolves it. So does a
//!   sentence opening on a short name of a person named in full earlier
//!   ("Taylor didn't know ..." after "... wrote Martin Taylor of
//!   Aberdeenshire"): it needs the sentence giving the full name; a
//!   name the tagger knows by one word only ("Herbert wasn't alone ..."
//!   after "the immunologist De'Broski Herbert", whose first name it
//!   did not join) needs the sentence that named it first.
//!   Connectives ("But", "However", "also") are no dangling reference:
//!   issue 15 names pronouns and "the other"/"another" only.
//!
//! The checks read the text and its segmentation only, so they apply to
//! any method's picks alike (`nutshell standalone`, the evaluation's
//! violation counts).

use crate::engine::sort;
use serde::{Deserialize, Serialize};

use crate::engine::attribution::gender::{self, Gender};
use crate::engine::attribution::speakers::is_speech_verb;
use crate::engine::document::{Document, Named};
use crate::engine::entities::Label;
use crate::engine::lexicon::en::address::{
    EDITORS_NOTES, FIRST_PERSON, GREETINGS, REPLY_WORDS, SECOND_PERSON, SIGNPOST_OPENERS,
};
use crate::engine::lexicon::en::furniture::{CAPTION_OPENERS, CAPTION_POSITIONS};
use crate::engine::lexicon::en::reference::{BACK_OPENERS, BACK_PRONOUNS, DEICTIC_NOUNS};
use crate::engine::segmentation::metadata::{ends_a_line, starts_a_line};
use crate::engine::segmentation::parts::Part;
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;

/// The first words of a sentence read for a back-reference: the longest
/// of [`BACK_OPENERS`] ("the other", "the latter") and a pronoun with the
/// noun after it ("This decision").
const OPENER_WORDS: usize = 3;

/// The most words of a speaker's name labelling a transcript's line.
const TRANSCRIPT_LABEL_WORDS: usize = 3;

/// How many lines must open on a speaker's label for a text to be a
/// transcript, whose speakers' names count as labels too.
const TRANSCRIPT_LABELS: usize = 3;

/// The most words of an opening clause before a comma ("In 2010, she
/// ...") after which a pronoun is still the sentence's subject.
const OPENING_CLAUSE_WORDS: usize = 6;

/// A way a sentence fails to stand on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Check {
    /// A caption, heading, list item, byline, date line or title.
    Furniture,
    /// A photo caption run into the body's paragraph.
    Caption,
    /// Opens on an interview's speaker label ("Q:", "A:"), or speaks in
    /// the speaker's voice later in a labelled turn.
    SpeakerLabel,
    /// Speaks to the reader about the text: a greeting, a sign-post, an
    /// editor's note.
    Signpost,
    /// Ends on a colon.
    EndsOnColon,
    /// Ends on no sentence-final mark: a label, not a sentence.
    Fragment,
    /// Opens mid-quote: it closes a quotation it does not open, or goes on
    /// with one that a sentence not chosen opened.
    UnbalancedQuote,
    /// A question.
    Question,
    /// Wholly in brackets.
    Aside,
    /// A pronoun, back-reference or short name whose antecedent is not
    /// in the summary: the sentence before it, or for "he", "she" and a
    /// short name the sentence naming the person (in full).
    DanglingReference,
}

/// How a sentence may enter a summary.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Standing {
    /// A check it fails whatever else is chosen.
    pub fails: Option<Check>,
    /// The check it fails unless the sentence before is chosen too (or
    /// its [`Standing::antecedent`]): a dangling reference, or a
    /// quotation open at its start.
    pub needs_previous: Option<Check>,
    /// For a "he" or "she" with no name before it in the sentence: the
    /// sentence that last names a person it may stand for, which must be
    /// chosen instead of the sentence before. A reader takes the last
    /// person the summary named; that is the article's person only if
    /// the summary has the sentence naming them.
    #[serde(default)]
    pub antecedent: Option<usize>,
}

/// How a sentence leans on what came before it.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Lean {
    /// On the sentence just before: "It", "They", "Another woman".
    Reference,
    /// On the sentence naming a person: "He", "she said".
    Person(Gender),
}

/// How each sentence of `doc` may enter a summary (same order as
/// `doc.sentences`), in one pass over the text.
pub fn standings(doc: &Document<'_>) -> Vec<Standing> {
    let quotes = quote_states(doc);
    let speakers = transcript_speakers(doc.text);
    // Whether the paragraph of the sentence at hand opened on a speaker's
    // label: a turn of the exchange.
    let mut turn = (usize::MAX, false);
    let text = summary_text(doc);
    // The list item whose line the sentence at hand is on, if any.
    let mut item = None;
    (0..doc.sentences.len())
        .map(|i| {
            let unit = doc.sentences[i].span.of(doc.text).trim();
            let labelled =
                opens_on_speaker_label(doc.text, doc.sentences[i].span.start, unit, &speakers);
            if doc.sentences[i].paragraph != turn.0 {
                turn = (doc.sentences[i].paragraph, labelled);
            }
            if doc.parts[i] == Part::List {
                item = Some(i);
            } else if starts_a_line(doc.text, doc.sentences[i].span.start) {
                item = None;
            }
            if !text[i] {
                return Standing {
                    fails: Some(Check::Furniture),
                    ..Standing::default()
                };
            }
            let end = unit.trim_end_matches(CLOSERS);
            let words = lower_words(doc, i);
            let fails = [
                (is_run_in_caption(unit), Check::Caption),
                (
                    labelled || (turn.1 && speaks_as_speaker(unit, &words)),
                    Check::SpeakerLabel,
                ),
                (is_signpost(&words, &unit.to_lowercase()), Check::Signpost),
                (end.ends_with([':', '：']), Check::EndsOnColon),
                (!end.ends_with(SENTENCE_ENDS), Check::Fragment),
                (quotes[i].orphan_closer, Check::UnbalancedQuote),
                (end.ends_with(['?', '？']), Check::Question),
                (is_aside(unit), Check::Aside),
            ]
            .into_iter()
            .find_map(|(fails, check)| fails.then_some(check));
            // A later sentence of a list item goes on with the item's
            // first, its headline: "The company confirmed ..." under
            // "- The attorney general is investigating WeWork."
            let lean = if item.is_some_and(|k| k < i) {
                Some(Lean::Reference)
            } else {
                leaning(doc, i, &text)
            };
            let needs_previous = if quotes[i].open_at_start {
                Some(Check::UnbalancedQuote)
            } else {
                lean.map(|_| Check::DanglingReference)
            };
            let (needs_previous, antecedent) = match lean {
                Some(Lean::Person(g)) if !quotes[i].open_at_start => {
                    (needs_previous, antecedent(doc, i, g, &text))
                }
                None if !quotes[i].open_at_start => match named_in_full_before(doc, i, &text) {
                    Some(full) => (Some(Check::DanglingReference), Some(full)),
                    None => (needs_previous, None),
                },
                _ => (needs_previous, None),
            };
            Standing {
                fails,
                needs_previous,
                antecedent,
            }
        })
        .collect()
}

/// The most words of a sentence a summary quotes. News sentences run to
/// 60 or 80 words at most; of the sentences of the 4,712 dev texts (every
/// summarisation, NER and TempEval-3 dev text), 3 have more than 150. A
/// new-user test's 200 KB paste without a full stop became one summary
/// line 161,235 pixels tall.
pub const MAX_SUMMARY_WORDS: usize = 150;

/// Whether each sentence of `doc` is of the text a summary may quote: the
/// body, and in a newsletter or listicle each list item's headline that
/// goes on with its story on the same line ("- T-Mobile CEO John Legere
/// is stepping down in May 2020. Legere will hand over ..."): a full
/// sentence, and the story's best (a reader's check of a Business Insider
/// newsletter, issue 15). Only where at least half the items of the list
/// tell a story so: a list of short points with one longer item (a
/// feature's "key takeaways") stays furniture, as does a one-line item
/// ("* new railings on the east side").
///
/// A sentence of more than [`MAX_SUMMARY_WORDS`] words is never quoted: it
/// is a run-on (text pasted without its full stops, a flattened table),
/// not a line a reader can take in.
pub fn summary_text(doc: &Document<'_>) -> Vec<bool> {
    let n = doc.sentences.len();
    let short: Vec<bool> = doc
        .tokens
        .iter()
        .map(|tokens| tokens.iter().filter(|t| t.is_word()).count() <= MAX_SUMMARY_WORDS)
        .collect();
    let mut text: Vec<bool> = doc
        .parts
        .iter()
        .zip(&short)
        .map(|(&p, &short)| p == Part::Body && short)
        .collect();
    let story = |i: usize| i + 1 < n && !ends_a_line(doc.text, doc.sentences[i].span.end);
    let mut i = 0;
    while i < n {
        if doc.parts[i] != Part::List {
            i += 1;
            continue;
        }
        // The list: its items, and the sentences on their lines.
        let items: Vec<usize> = (i..n)
            .take_while(|&k| {
                doc.parts[k] == Part::List || !starts_a_line(doc.text, doc.sentences[k].span.start)
            })
            .filter(|&k| doc.parts[k] == Part::List)
            .collect();
        let stories = items.iter().filter(|&&k| story(k)).count();
        if 2 * stories >= items.len() {
            for &k in &items {
                text[k] = story(k) && short[k];
            }
        }
        i = items.last().map_or(i, |&k| k) + 1;
    }
    text
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
            let leaning_ok = match s.antecedent {
                Some(a) => has(a),
                None => i > 0 && has(i - 1),
            };
            s.fails
                .or(s.needs_previous.filter(|_| !leaning_ok))
                .map(|check| (i, check))
        })
        .collect()
}

/// The marks a sentence (or a line announcing one) ends on, Chinese and
/// Japanese full-width ones too: a page in those languages was all
/// "fragments" and its summary fell back to the headline.
pub const SENTENCE_ENDS: &[char] = &['.', '!', '?', '…', ':', '。', '！', '？', '：'];

/// What may close a sentence after its last mark: quotes and brackets.
const CLOSERS: &[char] = &['"', '”', '’', '\'', ')', ']', ' '];

/// Where a sentence stands in the quotations of its paragraph.
#[derive(Debug, Clone, Copy, Default)]
struct QuoteState {
    /// A quotation opened before it is still open at its start.
    open_at_start: bool,
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
            state
        })
        .collect()
}

/// Whether a body sentence is a photo caption run into the text: it opens
/// on a caption's label ("Image: ...", "Pictured: ...") or places someone
/// in a picture ("Merson (centre) criticised ...", "... (file photo)").
fn is_run_in_caption(unit: &str) -> bool {
    let lower = unit.to_lowercase();
    CAPTION_OPENERS.iter().any(|o| lower.starts_with(o))
        || CAPTION_POSITIONS.iter().any(|p| lower.contains(p))
}

/// Whether the sentence at byte `start` opens its line on an interview
/// transcript's speaker label: "Q:", "A:", a speaker's initials ("JG:"),
/// or the name of one of the transcript's `speakers` ("Isla MacLeod:",
/// "MacLeod:").
fn opens_on_speaker_label(text: &str, start: usize, unit: &str, speakers: &[&str]) -> bool {
    let Some((label, _)) = unit.split_once(": ") else {
        return false;
    };
    let speaker = || {
        is_name_label(label)
            && label
                .rsplit(' ')
                .next()
                .is_some_and(|name| speakers.binary_search(&name).is_ok())
    };
    (is_initials_label(label) || speaker()) && starts_a_line(text, start)
}

/// The words of sentence `i`, lower-cased.
fn lower_words(doc: &Document<'_>, i: usize) -> Vec<String> {
    doc.tokens[i]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.span.of(doc.text).to_lowercase())
        .collect()
}

/// A word without its clitic: "i'm" -> "i", "you’re" -> "you".
fn bare(word: &str) -> &str {
    word.split(['\'', '’']).next().unwrap_or(word)
}

/// Whether a sentence of an answer (`unit`, its lower-cased `words`)
/// speaks for its speaker to the interviewer: a first- or second-person
/// word ("I'm" counting as "i"), or a reply word opening it before a
/// comma or its end ("Oh, maybe twelve.", "Mhm.").
fn speaks_as_speaker(unit: &str, words: &[String]) -> bool {
    let voice = words
        .iter()
        .any(|w| FIRST_PERSON.contains(&bare(w)) || SECOND_PERSON.contains(&bare(w)));
    let end = unit
        .char_indices()
        .find(|(_, c)| !c.is_alphabetic())
        .map_or(unit.len(), |(at, _)| at);
    let after = unit[end..].chars().next();
    let reply = REPLY_WORDS.contains(&unit[..end].to_lowercase().as_str())
        && after.is_none_or(|c| matches!(c, ',' | '.' | '!' | '…'));
    voice || reply
}

/// Whether a sentence (`words` and `lower`, lower-cased) speaks to the
/// reader about the text: it opens on a greeting ("Good morning!"), or
/// on a sign-post ("This is ...", "Here's ...") with a word addressing
/// the reader after it, or it is an editor's note ("edited for length").
fn is_signpost(words: &[String], lower: &str) -> bool {
    let opens_on = |forms: &[&[&str]]| {
        forms
            .iter()
            .any(|form| form.len() <= words.len() && form.iter().zip(words).all(|(a, b)| a == b))
    };
    let addresses_reader = words.iter().any(|w| SECOND_PERSON.contains(&bare(w)));
    opens_on(GREETINGS)
        || (opens_on(SIGNPOST_OPENERS) && addresses_reader)
        || EDITORS_NOTES.iter().any(|note| lower.contains(note))
}

/// "Q", "A", "JG": one to three capitals.
fn is_initials_label(label: &str) -> bool {
    (1..=3).contains(&label.len()) && label.chars().all(|c| c.is_ascii_uppercase())
}

/// "MacLeod", "Isla MacLeod": one to three capitalised words of letters.
fn is_name_label(label: &str) -> bool {
    let words: Vec<&str> = label.split(' ').collect();
    words.len() <= TRANSCRIPT_LABEL_WORDS
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '.' | '-' | '\'' | '’'))
        })
}

/// The speakers of an interview's transcript, sorted: where at least
/// [`TRANSCRIPT_LABELS`] lines open on a speaker's label, the names (last
/// words) that label two or more of them. A speaker takes turns; a list
/// of scores or places ("Leicester: Leicestershire beat Somerset ...",
/// "Chester: ...") names each once.
fn transcript_speakers(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = text
        .lines()
        .filter_map(|line| line.trim_start().split_once(": "))
        .filter(|(label, _)| is_initials_label(label) || is_name_label(label))
        .filter_map(|(label, _)| label.rsplit(' ').next())
        .collect();
    if names.len() < TRANSCRIPT_LABELS {
        return Vec::new();
    }
    sort::sort(&mut names);
    let mut speakers: Vec<&str> = names
        .windows(2)
        .filter(|pair| pair[0] == pair[1])
        .map(|pair| pair[0])
        .collect();
    speakers.dedup();
    speakers
}

/// Whether the whole sentence sits in brackets: "(The company declined to
/// comment.)".
fn is_aside(unit: &str) -> bool {
    let unit = unit.trim_end_matches(['.', ' ']);
    (unit.starts_with('(') && unit.ends_with(')')) || (unit.starts_with('[') && unit.ends_with(']'))
}

/// How sentence `i` opens leaning on the sentence before it, if it does. The
/// article's first body sentence never does: there is nothing before it,
/// so its pronoun points ahead ("He may not play much, but Anders ...") or
/// at the page ("These pictures show ...").
fn leaning(doc: &Document<'_>, i: usize, summary_text: &[bool]) -> Option<Lean> {
    if !summary_text[..i].contains(&true) {
        return None;
    }
    let text = doc.text;
    let words: Vec<&Token> = doc.tokens[i]
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let lower: Vec<String> = words
        .iter()
        .take(OPENER_WORDS)
        .map(|t| t.span.of(text).to_lowercase())
        .collect();
    if BACK_OPENERS
        .iter()
        .any(|opener| opener.len() <= lower.len() && opener.iter().zip(&lower).all(|(a, b)| a == b))
    {
        return Some(Lean::Reference);
    }
    if is_back_pronoun(&lower) {
        return Some(pronoun_lean(&lower[0]));
    }
    if let Some(g) = dangling_attribution(doc, i) {
        return Some(Lean::Person(g));
    }
    // "In 2010, she moved ...": the subject after a short opening clause,
    // unless the clause names someone the pronoun may stand for.
    let tokens = &doc.tokens[i];
    let comma = tokens
        .iter()
        .position(|t| t.kind == TokenKind::Punct && t.span.of(text) == ",")?;
    let clause_words = tokens[..comma].iter().filter(|t| t.is_word()).count();
    if clause_words > OPENING_CLAUSE_WORDS {
        return None;
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
        .entities_starting_in(clause_start, clause_end)
        .iter()
        .any(|e| e.mention.span.end <= clause_end);
    (is_back_pronoun(&after) && !names_someone).then(|| pronoun_lean(&after[0]))
}

/// A person pronoun's lean with its gender; any other pronoun's a reference.
fn pronoun_lean(word: &str) -> Lean {
    match word {
        "he" | "him" | "his" => Lean::Person(Gender::Male),
        "she" | "her" => Lean::Person(Gender::Female),
        _ => Lean::Reference,
    }
}

/// "..., he said.": a "he" or "she" after a comma or a closing quote, as the
/// subject of a speech verb, with no person named before it in the sentence.
fn dangling_attribution(doc: &Document<'_>, i: usize) -> Option<Gender> {
    let text = doc.text;
    let tokens = &doc.tokens[i];
    let at = tokens.iter().enumerate().skip(1).find_map(|(k, t)| {
        let g = gender::of_pronoun(t.span.of(text))?;
        let before = tokens[k - 1].span.of(text);
        let after = tokens.get(k + 1)?.span.of(text);
        (matches!(before, "," | "\"" | "”" | "'" | "’") && is_speech_verb(after))
            .then_some((t.span.start, g))
    })?;
    let named_before = doc
        .entities_starting_in(doc.sentences[i].span.start, at.0)
        .iter()
        .any(|e| e.mention.label == Label::Per && e.mention.span.end <= at.0);
    (!named_before).then_some(at.1)
}

/// The sentence before `i` that last names a person "he" or "she"
/// (`g`) may stand for: a person whose gender is not known otherwise.
fn antecedent(doc: &Document<'_>, i: usize, g: Gender, summary_text: &[bool]) -> Option<usize> {
    let start = doc.sentences[i].span.start;
    let person = doc.entities_starting_in(0, start).iter().rev().find(|e| {
        e.mention.label == Label::Per
            && e.mention.span.end <= start
            && gender::of_title_before(doc.text, e.mention.span.start)
                .or_else(|| gender::of_name(&e.name))
                .is_none_or(|known| known == g)
    })?;
    let sentence = doc
        .sentences
        .partition_point(|s| s.span.end <= person.mention.span.start);
    summary_text.get(sentence).copied()?.then_some(sentence)
}

/// The sentence that first names in full the person sentence `i` opens
/// on by a shorter name ("Taylor didn't know ..." after "..., wrote Martin
/// Taylor of Aberdeenshire"): a summary without it leaves the reader
/// asking who that is (a reader's check of a feature's summary, issue
/// 15), as a pronoun would. A fuller name later in the same sentence, or
/// a full name only in the headline, leaves it standing.
fn named_in_full_before(doc: &Document<'_>, i: usize, summary_text: &[bool]) -> Option<usize> {
    let span = doc.sentences[i].span;
    let first = doc.tokens[i].iter().find(|t| t.is_word())?.span.start;
    let at = doc
        .entities
        .partition_point(|e| e.mention.span.start < first);
    let opener = doc
        .entities
        .get(at)
        .filter(|e| e.mention.span.start == first && e.mention.label == Label::Per)?;
    let words = |s: Span| s.of(doc.text).split_whitespace().count();
    let said = words(opener.mention.span);
    // A name of one word the tagger knows no fuller form of ("Herbert"
    // after "the immunologist De'Broski Herbert", whose first name it
    // did not join) is short wherever it was named before.
    let single = opener.name.split_whitespace().count() == 1;
    if said >= opener.name.split_whitespace().count() && !single {
        return None;
    }
    let fuller = |e: &&Named| e.name == opener.name && (single || words(e.mention.span) > said);
    if doc.entities[at + 1..]
        .iter()
        .take_while(|e| e.mention.span.end <= span.end)
        .any(|e| fuller(&e))
    {
        return None;
    }
    let full = doc.entities[..at].iter().find(fuller)?;
    let sentence = doc
        .sentences
        .partition_point(|s| s.span.end <= full.mention.span.start);
    summary_text.get(sentence).copied()?.then_some(sentence)
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
        antecedent: None,
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

    /// A newsletter of items, each a headline and its story on one line.
    const NEWSLETTER: &str = "Five things in shipping today\n\n\
        Good morning! Here is the news you need this Monday.\n\n\
        - The Dunmore ferry line is cutting its winter sailings. The company \
        blamed the price of fuel.\n\n\
        - Harbour master Maria Ortiz is retiring in May. Ortiz ran the port for \
        twenty years.\n\n\
        * new railings on the east pier\n";

    #[test]
    fn a_list_items_headline_with_its_story_stands_and_the_story_leans_on_it() {
        assert_eq!(standing_of(NEWSLETTER, "- The Dunmore ferry"), ALONE);
        assert_eq!(standing_of(NEWSLETTER, "- Harbour master"), ALONE);
        // "The company" is named only in the item's headline.
        assert_eq!(
            standing_of(NEWSLETTER, "The company blamed").needs_previous,
            Some(Check::DanglingReference)
        );
        assert_eq!(
            violations_of(NEWSLETTER, &["The company blamed"]),
            [Check::DanglingReference]
        );
        assert!(
            violations_of(NEWSLETTER, &["- The Dunmore ferry", "The company blamed"]).is_empty()
        );
        // A one-line item is no sentence of the story.
        assert_eq!(
            standing_of(NEWSLETTER, "* new railings").fails,
            Some(Check::Furniture)
        );
    }

    #[test]
    fn a_list_of_short_points_with_one_longer_item_stays_furniture() {
        // A feature's "key takeaways": the items are points, not stories.
        let text = "How to keep a boat afloat\n\n\
            - Check the hull every spring.\n\
            - Keep the bilge pump clean.\n\
            - Pay off the mooring fees early. And keep a spare anchor.\n\n\
            A boat is a hole in the water that you pour money into.";
        assert_eq!(standing_of(text, "- Pay off").fails, Some(Check::Furniture));
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
    fn a_sentence_ending_on_a_full_width_mark_is_no_fragment() {
        let text = "谷歌的人工智能公司开发出一款计算机。它能回答问题吗？";
        assert_eq!(standing_of(text, "谷歌").fails, None);
        assert_eq!(standing_of(text, "它能").fails, Some(Check::Question));
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
    fn a_sentence_opening_mid_quote_stands_only_with_the_one_before() {
        let text = format!(
            "{LEAD} The mayor said: \"We will rebuild the pier. Repairs take a year.\" \
            Work starts in June."
        );
        // Opening a quotation that runs on cuts nothing it says.
        assert_eq!(standing_of(&text, "The mayor said"), ALONE);
        let second = standing_of(&text, "Repairs take");
        assert_eq!(second.needs_previous, Some(Check::UnbalancedQuote));
        assert_eq!(standing_of(&text, "Work starts"), ALONE);
        assert_eq!(
            violations_of(&text, &["Repairs take"]),
            [Check::UnbalancedQuote]
        );
        assert!(violations_of(&text, &["The mayor said"]).is_empty());
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
    fn back_references_lean_and_connectives_and_plain_openers_do_not() {
        for leaning in [
            "Another diver found the wreck.",
            "The latter plan costs less.",
            "The other boats stayed in port.",
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
            "But the ferry kept sailing.",
            "However, the ferry kept sailing.",
            "The ferry company also cut its fares.",
        ] {
            assert_eq!(after_lead(standing), ALONE, "{standing}");
        }
    }

    #[test]
    fn a_he_or_she_needs_the_sentence_naming_the_person_however_far_back() {
        let text = "Maria Ortiz was elected harbour master on Monday. The vote was close. \
            She thanked the divers.";
        assert_eq!(
            standing_of(text, "She thanked").antecedent,
            Some(0),
            "{:?}",
            standings_of(text)
        );
        assert!(violations_of(text, &["Maria Ortiz", "She thanked"]).is_empty());
        // The sentence before names no one: "She" would be no one too.
        assert_eq!(
            violations_of(text, &["The vote", "She thanked"]),
            [Check::DanglingReference]
        );
    }

    #[test]
    fn a_he_said_after_a_long_quote_needs_the_sentence_naming_the_speaker() {
        // Found on a real page at five sentences: a quotation of more
        // words than an opening clause, then "he says", chosen alone.
        let text = "Maria Ortiz runs the harbour board in Dunmore. The board met on Monday. \
            \"The pier will reopen in May whatever the winter storms throw at us,\" she said. \
            Repairs will cost less than the board had planned, she added. \
            \"The ferry sails again on Friday from the north quay,\" Ken Doyle said.";
        for opening in ["\"The pier", "Repairs will"] {
            let standing = standing_of(text, opening);
            assert_eq!(
                standing.needs_previous,
                Some(Check::DanglingReference),
                "{opening}"
            );
            assert_eq!(standing.antecedent, Some(0), "{opening}");
        }
        assert_eq!(
            violations_of(text, &["The board met", "\"The pier"]),
            [Check::DanglingReference]
        );
        assert!(violations_of(text, &["Maria Ortiz", "\"The pier"]).is_empty());
        assert_eq!(standing_of(text, "\"The ferry"), ALONE);
    }

    #[test]
    fn a_caption_run_into_the_body_fails_and_the_sentences_around_it_stand() {
        // Captions pasted without their full stop run into the next
        // sentence; they place someone in a picture the summary lacks.
        let text = format!(
            "{LEAD} Harbour master Ken Doyle (centre) inspects the broken pier in March \
            The pier reopens in May after repairs. Image: Ken Doyle. \
            The board, meeting on the left bank, approved the plan."
        );
        assert_eq!(
            standing_of(&text, "Harbour master").fails,
            Some(Check::Caption)
        );
        assert_eq!(standing_of(&text, "Image: Ken").fails, Some(Check::Caption));
        assert_eq!(standing_of(&text, "The board, meeting"), ALONE);
    }

    #[test]
    fn an_interview_label_opening_a_line_fails_and_a_colon_later_does_not() {
        let text = format!(
            "{LEAD}\n\nQ: You rebuilt the pier in a year.\n\n\
            A: We worked through the winter. Nobody took a day off.\n\n\
            The mayor gave one reason: the town needs its ferry."
        );
        assert_eq!(
            standing_of(&text, "Q: You").fails,
            Some(Check::SpeakerLabel)
        );
        assert_eq!(standing_of(&text, "A: We").fails, Some(Check::SpeakerLabel));
        assert_eq!(standing_of(&text, "Nobody took"), ALONE);
        assert_eq!(standing_of(&text, "The mayor gave"), ALONE);
    }

    /// An interview transcript labels its answers with the speaker's
    /// name: "Isla MacLeod: Um, eleven years now." answers a question the
    /// summary leaves out. One "Name: ..." line outside a transcript is no
    /// turn.
    #[test]
    fn a_speakers_name_opening_a_transcripts_line_fails() {
        let text = format!(
            "{LEAD}\n\nQ: How long have you run the library?\n\n\
            Isla MacLeod: Eleven years now. I started the winter the ferry stopped.\n\n\
            Q: Who helps you?\n\n\
            MacLeod: Two volunteers, and the council pays for the books."
        );
        assert_eq!(
            standing_of(&text, "Isla MacLeod").fails,
            Some(Check::SpeakerLabel)
        );
        assert_eq!(
            standing_of(&text, "MacLeod: Two").fails,
            Some(Check::SpeakerLabel)
        );
        let text = format!("{LEAD}\n\nHarbour Board: The pier reopens in May.");
        assert_eq!(standing_of(&text, "Harbour Board"), ALONE);
        // Places heading a list of results are no speakers: each comes once.
        let text = format!(
            "{LEAD}\n\nDunmore: Dunmore beat Ardglass by two goals.\n\
            Ardglass: Kilkeel drew with Annalong.\nPortavogie: Portavogie won at home."
        );
        assert_eq!(standing_of(&text, "Dunmore: Dunmore"), ALONE);
    }

    /// A paragraph opening on a speaker's label is one turn: its later
    /// sentences answer the question too. Found in the interview fixture:
    /// "I started the winter ..." and "Calum has been with us since 2019."
    /// were chosen, in the speaker's voice, with the question left out.
    #[test]
    fn a_turns_sentences_in_the_speakers_voice_fail_and_its_plain_statements_stand() {
        let text = format!(
            "{LEAD}\n\nQ: How long have you run the library?\n\n\
            Isla MacLeod: Eleven years now. Oh, maybe twelve. I started the winter the ferry \
            stopped. Calum has been with us since 2019. The council pays for the books.\n\n\
            Q: Who helps you?\n\n\
            MacLeod: Two volunteers. Mhm. The school lends its hall on Saturdays."
        );
        for opening in ["Oh, maybe", "I started", "Calum has", "Mhm."] {
            assert_eq!(
                standing_of(&text, opening).fails,
                Some(Check::SpeakerLabel),
                "{opening}"
            );
        }
        assert_eq!(standing_of(&text, "The council pays"), ALONE);
        assert_eq!(standing_of(&text, "The school lends"), ALONE);
        // Outside a turn the writer's "we" is no answer.
        assert_eq!(after_lead("We visited the library on Monday."), ALONE);
    }

    #[test]
    fn greetings_sign_posts_and_editors_notes_fail_and_news_opening_alike_stands() {
        for signpost in [
            "Good morning!",
            "Hi everyone, and thanks for reading.",
            "This is the harbour news you need to know this Tuesday.",
            "Here's what you missed at the board meeting.",
            "This interview was recorded in Dunmore and has been edited for length.",
            "The conversation has been condensed for clarity.",
        ] {
            assert_eq!(
                after_lead(signpost).fails,
                Some(Check::Signpost),
                "{signpost}"
            );
        }
        for news in [
            "This is the third storm to hit the harbour this year.",
            "Here is the pier that the storm broke.",
            "Goodwill from the town paid for the repairs.",
            "The editor of the Dunmore Gazette resigned.",
        ] {
            assert_eq!(after_lead(news).fails, None, "{news}");
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

    /// A reader's check of a feature (issue 15): "Taylor didn't know ..."
    /// chosen without the sentence that says who Taylor is.
    #[test]
    fn a_short_name_needs_the_sentence_naming_the_person_in_full() {
        let text = "The symptoms came on quickly. \
            Two months later, wrote Martin Cole of Perth, he could not walk. \
            Cole did not know that he had a rare allergy. \
            Martin Cole is well again.";
        let short = standing_of(text, "Cole did not know");
        assert_eq!(short.needs_previous, Some(Check::DanglingReference));
        assert_eq!(short.antecedent, Some(1));
        let full = standing_of(text, "Martin Cole is well");
        assert_eq!((full.needs_previous, full.antecedent), (None, None));
    }

    #[test]
    fn a_name_of_one_word_named_before_needs_the_sentence_introducing_it() {
        // The tagger knows the biologist by one word only.
        let text = "The symptoms came on quickly. \
            When the biologist Herbert looked inside the lungs of the mice, he was puzzled. \
            The cells were odd. \
            Herbert was not alone in his puzzlement.";
        let again = standing_of(text, "Herbert was not");
        assert_eq!(again.needs_previous, Some(Check::DanglingReference));
        assert_eq!(again.antecedent, Some(1));
        let first = standing_of(text, "When the biologist");
        assert_eq!(first.antecedent, None);
    }
}
