//! Direct quotes and who said them.
//!
//! A quote is the text between a pair of quotation marks inside one
//! paragraph: curly double (“ ”), low-high („ “), guillemets (« »), straight
//! double ("), and single marks (‘ ’ and the straight ' of British papers),
//! told from apostrophes by what stands on either side (an apostrophe sits
//! inside a word, a quote mark at its edge). A double quote still open at
//! the end of a paragraph runs to it, since news continues a long quote
//! into the next paragraph without closing it.
//!
//! Only quotes that read as speech are kept: four words or more, or two and
//! a speech verb next to them; a run of capitalised words in quotes is a
//! title ("The Lord of the Rings"), not speech. The speaker is found as in
//! [`crate::engine::attribution::speakers`]: a speech verb right after the quote ("...," he
//! said) or right before it (Singh said: "..."), and an unattributed quote
//! continues the speaker of the quote before it in the same or the previous
//! paragraph, the way reporters string quotes together (Pareti 2015).

use crate::engine::attribution::speakers::{is_speech_verb, Speakers};
use crate::engine::segmentation::paragraphs::Paragraph;
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;

/// Fewest words a quote needs to count without a speech verb beside it.
const MIN_WORDS: usize = 4;
/// Fewest words a quote needs with a speech verb beside it.
const MIN_ATTRIBUTED_WORDS: usize = 2;
/// Most words a quote may have: past this, a closing mark was missed.
const MAX_WORDS: usize = 150;
/// Longest text (bytes) between two quotes of one speaker in a paragraph.
const MAX_GAP: usize = 80;
/// How many tokens after a quote may hold its attribution.
const AFTER_WINDOW: usize = 10;
/// How many tokens before a quote may hold its attribution: room for a
/// name, an aside of up to a dozen words and the verb ("Antti Saari, a
/// researcher at Kuopio University Hospital in Finland, said:").
const BEFORE_WINDOW: usize = 20;

/// One direct quote.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quote {
    /// The quoted words, without the marks.
    pub span: Span,
    /// Canonical name of the speaker, when known.
    pub speaker: Option<String>,
}

/// Which pair of marks a quote is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Marks {
    Double,
    Single,
}

/// A quote's marks and words before attribution.
#[derive(Debug, Clone, Copy)]
struct Quoted {
    /// From the opening mark to past the closing one (or paragraph end).
    outer: Span,
    /// The words inside, trimmed.
    inner: Span,
    paragraph: usize,
}

/// Every direct quote in the text, in order, with its speaker.
/// `tokens` is every token of the text in order.
pub fn find_quotes(
    text: &str,
    paragraphs: &[Paragraph],
    tokens: &[Token],
    speakers: &Speakers<'_>,
) -> Vec<Quote> {
    let quoted: Vec<Quoted> = paragraphs
        .iter()
        .enumerate()
        .flat_map(|(i, p)| quoted_in(text, p.span, i))
        .collect();
    let inners: Vec<Span> = quoted.iter().map(|q| q.inner).collect();
    let mut quotes = Vec::new();
    let mut previous: Option<(usize, usize, Option<&str>)> = None;
    for q in &quoted {
        let words = count_words(q.inner.of(text));
        let attribution = attribution(text, q, paragraphs, tokens);
        let speaker = match attribution {
            Some((window, verb)) => speakers.source_of(window, verb, q.outer.start, &inners),
            None => previous
                .filter(|&(end, paragraph, _)| continues(text, q, paragraphs, end, paragraph))
                .and_then(|(_, _, s)| s),
        };
        let needed = if attribution.is_some() {
            MIN_ATTRIBUTED_WORDS
        } else {
            MIN_WORDS
        };
        if words < needed || words > MAX_WORDS || is_title(q.inner.of(text)) {
            continue;
        }
        previous = Some((q.outer.end, q.paragraph, speaker));
        quotes.push(Quote {
            span: q.inner,
            speaker: speaker.map(str::to_string),
        });
    }
    quotes
}

/// Whether `q` continues the quote before it, which ended at byte `end`
/// of paragraph `paragraph`: it opens the next paragraph, or follows in
/// the same one after no more than an attribution ("...," he said. "...").
fn continues(
    text: &str,
    q: &Quoted,
    paragraphs: &[Paragraph],
    end: usize,
    paragraph: usize,
) -> bool {
    if q.paragraph == paragraph + 1 {
        return paragraphs[q.paragraph].span.start == q.outer.start;
    }
    q.paragraph == paragraph && text[end..q.outer.start].len() <= MAX_GAP
}

/// The tokens around `q` that attribute it and the index of the speech
/// verb among them: after the quote first, then before it.
fn attribution<'a>(
    text: &str,
    q: &Quoted,
    paragraphs: &[Paragraph],
    tokens: &'a [Token],
) -> Option<(&'a [Token], usize)> {
    let paragraph = paragraphs[q.paragraph].span;
    let first_after = tokens.partition_point(|t| t.span.start < q.outer.end);
    let after_len = tokens[first_after..]
        .iter()
        .take(AFTER_WINDOW)
        .take_while(|t| t.span.end <= paragraph.end && !is_boundary(t, text))
        .count();
    let after = &tokens[first_after..first_after + after_len];
    // "... decades." The Pentagon ...: a quote closed by a full stop and
    // followed by a new sentence is not attributed by it (an attribution
    // would follow a comma, or the "?" or "!" that ends the quote).
    let finished = q.inner.of(text).ends_with('.')
        && after
            .first()
            .is_some_and(|t| t.span.of(text).starts_with(char::is_uppercase));
    let after = if finished { &after[..0] } else { after };
    if let Some(verb) = after.iter().position(|t| is_speech_verb(t.span.of(text))) {
        return Some((after, verb));
    }
    let end_before = tokens.partition_point(|t| t.span.end <= q.outer.start);
    let before_len = tokens[..end_before]
        .iter()
        .rev()
        .take(BEFORE_WINDOW)
        .take_while(|t| t.span.start >= paragraph.start && !is_boundary(t, text))
        .count();
    let before = &tokens[end_before - before_len..end_before];
    let introduces = before.last().is_some_and(|t| {
        let word = t.span.of(text);
        matches!(word, ":" | ",") || is_speech_verb(word) || word.eq_ignore_ascii_case("that")
    });
    if !introduces {
        return None;
    }
    let verb = before
        .iter()
        .rposition(|t| is_speech_verb(t.span.of(text)))?;
    Some((before, verb))
}

/// Whether a token ends an attribution window: a sentence end or a quote
/// mark (the next quote's business).
fn is_boundary(token: &Token, text: &str) -> bool {
    token.kind == TokenKind::Punct
        && matches!(
            token.span.of(text),
            "." | "!" | "?" | "\"" | "“" | "”" | "‘" | "’" | "'" | "«" | "»" | "„"
        )
}

/// The quotes of one paragraph (`span`), by pairing marks left to right.
fn quoted_in(text: &str, span: Span, paragraph: usize) -> Vec<Quoted> {
    let body = span.of(text);
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut found = Vec::new();
    let mut open: Option<(Marks, char, usize)> = None;
    for (i, &(at, c)) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(i + 1).map(|n| n.1);
        match open {
            None => {
                if let Some(marks) = opening(c, prev, next, &chars[i + 1..]) {
                    open = Some((marks, c, at));
                }
            }
            Some((marks, first, start)) => {
                let after = chars.get(i + 2).map(|n| n.1);
                if closes(marks, first, c, prev, next, after) {
                    let end = at + c.len_utf8();
                    found.extend(quoted(text, span.start, start, at, end, paragraph));
                    open = None;
                }
            }
        }
    }
    if let Some((Marks::Double, _, start)) = open {
        found.extend(quoted(
            text,
            span.start,
            start,
            body.len(),
            body.len(),
            paragraph,
        ));
    }
    found
}

/// A quote from its opening mark at `open` to its closing one at `close`
/// (ending at `end`), offsets relative to `base`; `None` when empty.
fn quoted(
    text: &str,
    base: usize,
    open: usize,
    close: usize,
    end: usize,
    paragraph: usize,
) -> Option<Quoted> {
    let mark_len = text[base + open..].chars().next().map_or(1, char::len_utf8);
    let raw = &text[base + open + mark_len..base + close];
    let trimmed = raw.trim_start();
    let start = base + close - trimmed.len();
    let inner = trimmed.trim_end().trim_end_matches(',').trim_end();
    (!inner.is_empty()).then(|| Quoted {
        outer: Span::new(base + open, base + end),
        inner: Span::new(start, start + inner.len()),
        paragraph,
    })
}

/// Whether `c` opens a quote here, and which kind.
fn opening(
    c: char,
    prev: Option<char>,
    next: Option<char>,
    rest: &[(usize, char)],
) -> Option<Marks> {
    let at_edge = prev.is_none_or(|p| p.is_whitespace() || "([{—–-:/“‘\"'".contains(p));
    let before_word = next.is_some_and(|n| !n.is_whitespace());
    match c {
        '“' | '„' | '«' if before_word => Some(Marks::Double),
        '"' if at_edge && before_word => Some(Marks::Double),
        '‘' if before_word => Some(Marks::Single),
        '\'' | '’' if at_edge && next.is_some_and(char::is_alphanumeric) && !is_elision(rest) => {
            Some(Marks::Single)
        }
        _ => None,
    }
}

/// Whether `c` closes a quote opened by `first` (of kind `marks`).
fn closes(
    marks: Marks,
    first: char,
    c: char,
    prev: Option<char>,
    next: Option<char>,
    after: Option<char>,
) -> bool {
    match marks {
        Marks::Double => match first {
            '«' => c == '»',
            '„' => matches!(c, '“' | '”'),
            '"' => c == '"',
            _ => c == '”',
        },
        Marks::Single => {
            let ends_word = prev.is_some_and(|p| !p.is_whitespace())
                && !next.is_some_and(char::is_alphanumeric);
            // "the players' union": a plural possessive, not a closing mark.
            let possessive = prev == Some('s')
                && next.is_some_and(char::is_whitespace)
                && after.is_some_and(char::is_lowercase);
            // A mark with space on both sides can only close: some corpora
            // detach closing marks ("... game, ' Merson said").
            let standalone =
                prev.is_some_and(char::is_whitespace) && next.is_none_or(char::is_whitespace);
            matches!(c, '’' | '\'') && (ends_word || standalone) && !possessive
        }
    }
}

/// Whether the chars after an apostrophe make an elision ("'90s", "'em",
/// "'til", "'cause"), not an opening quote.
fn is_elision(rest: &[(usize, char)]) -> bool {
    let word: String = rest
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_lowercase();
    let decade =
        word.len() == 3 && word.ends_with('s') && word[..2].chars().all(|c| c.is_ascii_digit());
    decade || matches!(word.as_str(), "em" | "til" | "cause" | "n" | "tis" | "twas")
}

/// Words in `s` (runs of non-space holding a letter or digit).
fn count_words(s: &str) -> usize {
    s.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Whether `s` reads as a title: every longer word capitalised, no
/// sentence punctuation at the end.
fn is_title(s: &str) -> bool {
    let capitalised = s
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .all(|w| w.starts_with(char::is_uppercase));
    capitalised && !s.ends_with(['.', '!', '?', ','])
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, Options};

    /// The quotes of `text` as (quoted words, speaker).
    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        let analysis = analyze(text, &Options::default()).expect("analyses");
        analysis
            .quotes
            .iter()
            .map(|q| {
                let words: String = text.chars().skip(q.start).take(q.end - q.start).collect();
                (words, q.speaker.clone())
            })
            .collect()
    }

    fn q(words: &str, speaker: Option<&str>) -> (String, Option<String>) {
        (words.to_string(), speaker.map(str::to_string))
    }

    #[test]
    fn attributes_a_quote_to_the_name_after_it() {
        let text = "The talks ended late.\n\n\"We have agreed on a plan for the coming year,\" said Rajnath Singh on Friday.";
        assert_eq!(
            quotes(text),
            [q(
                "We have agreed on a plan for the coming year",
                Some("Rajnath Singh")
            )]
        );
    }

    #[test]
    fn resolves_he_to_the_last_person_named() {
        let text = "Viktor Khrenin met his Indian counterpart in Qingdao on Friday.\n\n“India is a significant focus for us,” he said.";
        assert_eq!(
            quotes(text),
            [q(
                "India is a significant focus for us",
                Some("Viktor Khrenin")
            )]
        );
    }

    #[test]
    fn she_is_the_last_woman_named_not_the_last_person() {
        let text = "Angela Merkel met Olaf Scholz in Berlin.\n\n“We agreed on the budget for next year,” she said.";
        assert_eq!(
            quotes(text),
            [q(
                "We agreed on the budget for next year",
                Some("Angela Merkel")
            )]
        );
        // A title says it too, whatever the first name.
        let text =
            "Mrs Robin Lund met Tom Okafor.\n\n“The ferry will run from June onwards,” she said.";
        assert_eq!(
            quotes(text),
            [q(
                "The ferry will run from June onwards",
                Some("Robin Lund")
            )]
        );
    }

    #[test]
    fn attributes_a_quote_introduced_by_a_colon() {
        let text = "Prime Minister Keir Starmer told reporters: 'The deal will protect jobs in every region.'";
        assert_eq!(
            quotes(text),
            [q(
                "The deal will protect jobs in every region.",
                Some("Keir Starmer")
            )]
        );
    }

    #[test]
    fn the_speaker_stands_before_an_aside_not_in_it() {
        for text in [
            "Lead author Dr Antti Saari, of Kuopio University Hospital, warned: 'Antibiotics before six months were linked to weight gain.'",
            "Antti Saari, a researcher at Kuopio University Hospital in Finland, said: 'Antibiotics before six months were linked to weight gain.'",
        ] {
            assert_eq!(
                quotes(text),
                [q(
                    "Antibiotics before six months were linked to weight gain.",
                    Some("Antti Saari")
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn continues_the_speaker_into_the_next_paragraph() {
        let text = "\"It was a hard decision to make,\" said Angela Merkel.\n\n\"But it was the right one for the country.\"";
        let found = quotes(text);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].1.as_deref(), Some("Angela Merkel"));
    }

    #[test]
    fn keeps_apostrophes_and_possessives_out_of_quotes() {
        let text = "The players' union said it wasn't Smith's fault. It's the '90s again.";
        assert!(quotes(text).is_empty());
        let text = "'The players' union will fight this all the way,' said Gordon Taylor.";
        assert_eq!(
            quotes(text),
            [q(
                "The players' union will fight this all the way",
                Some("Gordon Taylor")
            )]
        );
    }

    #[test]
    fn closes_on_a_detached_mark() {
        let text = "'Just been watching the game, did you miss the coach? ' Paul Merson wrote.";
        assert_eq!(
            quotes(text),
            [q(
                "Just been watching the game, did you miss the coach?",
                Some("Paul Merson")
            )]
        );
    }

    #[test]
    fn skips_scare_quotes_and_titles() {
        let text = "Critics called the plan \"reckless\" and compared it to \"The Lord of the Rings\" in length.";
        assert!(quotes(text).is_empty());
    }

    #[test]
    fn prefers_the_subject_to_the_object_of_the_verb() {
        let text = "Maria Costa spoke after the ceremony.\n\n'This is not a joke at all,' she told the Associated Press.";
        assert_eq!(
            quotes(text),
            [q("This is not a joke at all", Some("Maria Costa"))]
        );
    }

    #[test]
    fn a_finished_sentence_is_not_attributed_by_the_next() {
        let text = "Officials called it \"one of the most dangerous passes in decades.\" The Pentagon complained to Moscow.";
        assert_eq!(
            quotes(text),
            [q("one of the most dangerous passes in decades.", None)]
        );
    }

    #[test]
    fn keeps_an_unattributed_quote_with_no_speaker() {
        let text = "A sign on the door read: \"No entry without a valid pass.\"";
        assert_eq!(quotes(text), [q("No entry without a valid pass.", None)]);
    }
}
