//! What an article says about itself: title, date line, byline, and what it
//! costs to read.
//!
//! Pasted articles often begin with a few header lines before the body: a
//! headline, a date ("date 2025-06-28", "Published: 28 June 2025"), a byline
//! ("By Jane Doe"). They are recognised only among the first
//! [`HEADER_UNITS`] sentence-like units and only by their shape, so a body
//! sentence is never taken for one.
//!
//! Reading time uses 238 words a minute, the mean silent reading rate for
//! English non-fiction found by Brysbaert (2019), "How many words do we read
//! per minute? A review and meta-analysis of reading rate".

use crate::engine::calendar::Date;
use crate::engine::lexicon::en::dates::DATE_LABELS;
use crate::engine::segmentation::sentences::Sentence;
use crate::engine::span::Span;

/// How many units at the top of the text may be header lines.
pub const HEADER_UNITS: usize = 4;

/// How many units at the top of the text may hold the date line when
/// other lines stand before it.
const DATE_LINE_UNITS: usize = 8;

/// Words read per minute (Brysbaert 2019).
pub const WORDS_PER_MINUTE: f64 = 238.0;

/// The most words after a byline's "By": twelve names and a date line.
const BYLINE_MAX_WORDS: usize = 20;

/// What may stand between a byline's names and its date.
pub(crate) const BYLINE_TAIL: &[char] = &[' ', ',', '|', '·', '-', '–', '—'];

/// The most words of a dateline's place ("RIO DE JANEIRO").
const DATELINE_PLACE_WORDS: usize = 4;

/// The most words a headline has.
const TITLE_MAX_WORDS: usize = 25;

/// The article's header, as found in its text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Header {
    /// The headline, without Markdown `#` marks.
    pub title: Option<Span>,
    /// The date line, and the date it states.
    pub date: Option<(Span, Date)>,
    /// The byline ("By Jane Doe"), without the "By".
    pub byline: Option<Span>,
    /// The date of a wire dateline opening the body ("LONDON, March 3,
    /// 2025 (Reuters) - ..."): the article's date, though its sentence is
    /// body text and stays so.
    pub opening_date: Option<Date>,
}

impl Header {
    /// Whether `sentence` holds the headline.
    pub fn holds_title(&self, sentence: Span) -> bool {
        self.title.is_some_and(|t| sentence.contains(t))
    }
}

/// Find the header lines among the first units of `text`.
///
/// A unit is a header line only if it is on a line of its own (its
/// paragraph holds nothing else), and a title must come before the body and
/// have no final period.
pub fn read_header(text: &str, sentences: &[Sentence]) -> Header {
    let mut header = Header::default();
    let top = sentences.iter().take(HEADER_UNITS).enumerate();
    for (i, sentence) in top {
        let alone = sentences
            .iter()
            .filter(|s| s.paragraph == sentence.paragraph)
            .count()
            == 1
            || is_line_of_its_own(text, sentence.span);
        if !alone {
            break;
        }
        let unit = sentence.span.of(text);
        if header.date.is_none() {
            if let Some(date) = date_line(unit) {
                header.date = Some((sentence.span, date));
                continue;
            }
        }
        if header.byline.is_none() {
            if let Some((by, dated)) = byline(unit) {
                let at =
                    |s: Span| Span::new(sentence.span.start + s.start, sentence.span.start + s.end);
                header.byline = Some(at(by));
                if header.date.is_none() {
                    header.date = dated.map(|(span, date)| (at(span), date));
                }
                continue;
            }
        }
        let has_body_after = i + 1 < sentences.len();
        let next = sentences.get(i + 1).map(|s| s.span.of(text));
        if header.title.is_none()
            && has_body_after
            && (is_title(unit) || is_title_on_initialism(unit, next))
        {
            let mark = unit.len() - unit.trim_start_matches('#').trim_start().len();
            header.title = Some(Span::new(sentence.span.start + mark, sentence.span.end));
            continue;
        }
        break;
    }
    header.opening_date = sentences
        .iter()
        .take(HEADER_UNITS + 1)
        .find(|s| {
            let header_line = [header.title, header.date.map(|d| d.0), header.byline]
                .into_iter()
                .flatten()
                .any(|h| s.span.contains(h));
            !header_line
        })
        .and_then(|s| opening_dateline(s.span.of(text)));
    // A date on a line of its own a little further down (after a site's
    // name, "Updated", a caption): a whole line that is a date is the
    // article's.
    if header.date.is_none() {
        header.date = sentences
            .iter()
            .take(DATE_LINE_UNITS)
            .filter(|s| is_line_of_its_own(text, s.span))
            .find_map(|s| Some((s.span, date_line(s.span.of(text))?)));
    }
    header
}

/// The date of a wire service's dateline at the start of `unit`: a place
/// in capitals, perhaps its state or country after a comma, then a date
/// with its year ("LONDON, March 3, 2025 (Reuters) -", "NEW YORK, Jan. 5,
/// 2024 /PRNewswire/ --", "LOUISVILLE, Ky., 3 March 2025 -"), the form the
/// AP Stylebook and Reuters give datelines. A dateline without a year
/// ("LONDON, March 3 (Reuters)") dates nothing: its year is not stated.
fn opening_dateline(unit: &str) -> Option<Date> {
    let (place, rest) = unit.split_once(", ")?;
    let in_capitals = place.chars().any(char::is_alphabetic)
        && place
            .chars()
            .all(|c| c.is_uppercase() || matches!(c, ' ' | '.' | '-' | '\'' | '’'));
    if !in_capitals || place.split_whitespace().count() > DATELINE_PLACE_WORDS {
        return None;
    }
    // The state or country the place may carry ("Ky.", "South Korea").
    let after_region = rest
        .split_once(", ")
        .filter(|(region, _)| {
            let words: Vec<&str> = region.split_whitespace().collect();
            words.len() <= DATELINE_PLACE_WORDS
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
        })
        .map(|(_, after)| after);
    [Some(rest), after_region]
        .into_iter()
        .flatten()
        .find_map(Date::parse_written)
}

/// Whether `span` is a whole line of `text`.
pub(crate) fn is_line_of_its_own(text: &str, span: Span) -> bool {
    starts_a_line(text, span.start) && ends_a_line(text, span.end)
}

/// Whether only spaces or tabs stand between the line's start and `at`.
pub(crate) fn starts_a_line(text: &str, at: usize) -> bool {
    let before = text[..at].chars().rev().find(|c| !matches!(c, ' ' | '\t'));
    before.is_none_or(|c| c == '\n' || c == '\r')
}

/// Whether only spaces or tabs stand between `at` and the line's end.
pub(crate) fn ends_a_line(text: &str, at: usize) -> bool {
    let after = text[at..].chars().find(|c| !matches!(c, ' ' | '\t'));
    after.is_none_or(|c| c == '\n' || c == '\r')
}

/// The date a date line states: a date, optionally after a label such as
/// "date", "Published:" or "Updated".
fn date_line(unit: &str) -> Option<Date> {
    let lower = unit.to_lowercase();
    let rest = DATE_LABELS
        .iter()
        .filter_map(|label| lower.strip_prefix(label))
        .map(|r| r.trim_start_matches([':', ' ', '\t', '-', '—']))
        .min_by_key(|r| r.len())
        .map_or(unit, |r| &unit[unit.len() - r.len()..]);
    Date::parse_written(rest)
}

/// Whether a line is a byline or a date line: a header's line, never
/// one line of wrapped prose.
pub(crate) fn is_header_line(line: &str) -> bool {
    byline(line).is_some() || date_line(line).is_some()
}

/// The name part of a byline: "By Jane Doe", "By Jane Doe and John Roe, BBC
/// News", "By Jane Doe (with John Roe)": a closing parenthesis of helpers is
/// not checked word by word, since its joining words are the article's
/// language's ("avec ... et ...": Le Monde's byline was read as body, and
/// its three names became key phrases). A byline that ends on the date,
/// "By Jane Doe November 15, 2019" (as Quanta Magazine's page reads once
/// extracted), gives the date too, with its span.
fn byline(unit: &str) -> Option<(Span, Option<(Span, Date)>)> {
    let rest = unit
        .strip_prefix("By ")
        .or_else(|| unit.strip_prefix("BY "))?;
    // Twelve names with their date at most: a longer line is prose, and
    // the date's search below is quadratic in the words.
    if rest.split_whitespace().nth(BYLINE_MAX_WORDS).is_some() {
        return None;
    }
    let start = unit.len() - rest.len();
    let (name, dated) = match trailing_date(rest) {
        Some((at, date)) => {
            let before = rest[..at].trim_end_matches(BYLINE_TAIL);
            (before, Some((Span::new(start + at, unit.len()), date)))
        }
        None => (rest, None),
    };
    let names = name
        .strip_suffix(')')
        .and_then(|n| n.split_once(" ("))
        .map_or(name, |(before, _)| before);
    let words: Vec<&str> = names.split_whitespace().collect();
    let looks_like_names = (1..=12).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(|c: char| c.is_uppercase())
                || matches!(*w, "and" | "&" | "in" | "for" | "of")
        })
        && !name.ends_with('.');
    looks_like_names.then(|| (Span::new(start, start + name.len()), dated))
}

/// Where a written date begins in the words of `line`, and the date: the
/// first word from which the rest reads as one ([`Date::parse_written`]).
pub(crate) fn trailing_date(line: &str) -> Option<(usize, Date)> {
    line.char_indices()
        .filter(|&(i, c)| {
            !c.is_whitespace() && (i == 0 || line[..i].ends_with(char::is_whitespace))
        })
        .find_map(|(i, _)| Some((i, Date::parse_written(&line[i..])?)))
}

/// Whether a unit reads as a headline: short, no final period or colon.
fn is_title(unit: &str) -> bool {
    let words = unit.split_whitespace().count();
    let last = unit.chars().last().unwrap_or('.');
    (1..=TITLE_MAX_WORDS).contains(&words)
        && !matches!(last, '.' | ':' | ';' | ',')
        && unit.chars().any(char::is_alphabetic)
}

/// Whether a unit closing on an initialism ("... Underneath N.Y.C.") is a
/// headline: the period is the abbreviation's, and a byline or date line
/// under it says it heads the page; alone, it may as well be a sentence
/// ("Talks resumed in Washington D.C.").
fn is_title_on_initialism(unit: &str, next: Option<&str>) -> bool {
    ends_on_initialism(unit)
        && next.is_some_and(is_header_line)
        && is_title(unit.trim_end_matches('.'))
}

/// Whether the last word is letters each followed by a period, two or
/// more of them: "U.S.", "N.Y.C.".
fn ends_on_initialism(unit: &str) -> bool {
    let word: Vec<char> = unit
        .split_whitespace()
        .last()
        .unwrap_or("")
        .chars()
        .collect();
    word.len() >= 4
        && word.len() % 2 == 0
        && word
            .chunks(2)
            .all(|pair| pair[0].is_alphabetic() && pair[1] == '.')
}

/// Minutes a reader needs for `words` words, to one decimal.
pub fn reading_minutes(words: usize) -> f64 {
    (words as f64 / WORDS_PER_MINUTE * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::segmentation::paragraphs::split_paragraphs;
    use crate::engine::segmentation::sentences::split_sentences;

    fn header(text: &str) -> (Option<&str>, Option<String>, Option<&str>) {
        let sentences = split_sentences(
            text,
            &split_paragraphs(text),
            crate::engine::lexicon::for_language("en"),
        );
        let h = read_header(text, &sentences);
        (
            h.title.map(|s| s.of(text)),
            h.date.map(|d| d.1.to_string()),
            h.byline.map(|s| s.of(text)),
        )
    }

    fn opening_date(text: &str) -> Option<String> {
        let sentences = split_sentences(
            text,
            &split_paragraphs(text),
            crate::engine::lexicon::for_language("en"),
        );
        read_header(text, &sentences)
            .opening_date
            .map(|d| d.to_string())
    }

    #[test]
    fn a_wire_dateline_dates_the_article_and_its_sentence_stays_body() {
        let wire = "LONDON, March 3, 2025 (Reuters) - The regulator fined the supplier on Monday.";
        assert_eq!(opening_date(wire).as_deref(), Some("2025-03-03"));
        let titled = "Water firm fined\n\nLOUISVILLE, Ky., 3 March 2025 - The regulator fined it.";
        assert_eq!(opening_date(titled).as_deref(), Some("2025-03-03"));
        let korea = "SEOUL, South Korea, March 3, 2025 - The talks resumed.";
        assert_eq!(opening_date(korea).as_deref(), Some("2025-03-03"));
        let release = "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp. today announced results.";
        assert_eq!(opening_date(release).as_deref(), Some("2024-01-05"));
        // No year stated, a place not in capitals, a date later in the text.
        for text in [
            "LONDON, March 3 (Reuters) - The regulator fined the supplier.",
            "London, March 3, 2025 - The regulator fined the supplier.",
            "The regulator said on March 3, 2025 that it fined the supplier.",
        ] {
            assert_eq!(opening_date(text), None, "{text}");
        }
        let (title, date, byline) = header(wire);
        assert_eq!((title, date, byline), (None, None, None));
    }

    #[test]
    fn reads_a_date_line_with_a_label() {
        let text = " date 2025-06-28 \n\n\n\nThe minister met his counterpart. They agreed.";
        assert_eq!(header(text), (None, Some("2025-06-28".into()), None));
    }

    #[test]
    fn reads_headline_byline_and_written_date() {
        let text = "# India and Belarus deepen ties\nBy Jane Doe and John Roe\nPublished: 28 June 2025\n\nThe ministers met in Qingdao.";
        assert_eq!(
            header(text),
            (
                Some("India and Belarus deepen ties"),
                Some("2025-06-28".into()),
                Some("Jane Doe and John Roe")
            )
        );
    }

    #[test]
    fn reads_a_byline_that_ends_on_the_date() {
        let text = "Cells That Sense Danger Wake the Body\nBy Jane Roe November 15, 2019\n\nThe lab looked inside. It was odd, and the team said so.";
        assert_eq!(
            header(text),
            (
                Some("Cells That Sense Danger Wake the Body"),
                Some("2019-11-15".into()),
                Some("Jane Roe")
            )
        );
        let (_, date, byline) = header(
            "Rivers rise\nBy Jane Roe, Tue 3 Jan 2019 02.00 EST\n\nThe river rose. Roads closed.",
        );
        assert_eq!(
            (date.as_deref(), byline),
            (Some("2019-01-03"), Some("Jane Roe"))
        );
    }

    #[test]
    fn a_byline_may_name_its_helpers_in_parentheses() {
        let text = "Le conseil vote le budget\nBy Jeanne Martin (avec Paul Durand et Luc Petit)\nPublished: 28 June 2025\n\nLes élus ont voté.";
        assert_eq!(
            header(text).2,
            Some("Jeanne Martin (avec Paul Durand et Luc Petit)")
        );
    }

    /// Issue 14: the date lines of common news sites.
    #[test]
    fn reads_the_date_lines_news_sites_write() {
        for (line, date) in [
            ("Sept. 12, 2019", "2019-09-12"),
            ("Thu 10 Oct 2019 02.00 EDT", "2019-10-10"),
            ("2019年10月7日", "2019-10-07"),
            ("Sept. 25, 2018", "2018-09-25"),
            ("Thu 3 Jan 2019 02.00 EST", "2019-01-03"),
            ("Updated 3:04 PM EDT, Tue September 25, 2018", "2018-09-25"),
            ("Last modified on Tue 25 Sep 2018 14.05 BST", "2018-09-25"),
        ] {
            let text = format!(
                "Rivers rise in the north\n{line}\n\nThe river rose overnight. Roads closed."
            );
            assert_eq!(header(&text).1.as_deref(), Some(date), "{line}");
        }
        // After a byline, a site's name and a label on lines of their own.
        let text = "Rivers rise in the north\nBy Jane Roe\nThe Daily Planet\nUpdated\nSept. 12, 2019\n\nThe river rose overnight. Roads closed.";
        assert_eq!(header(text).1.as_deref(), Some("2019-09-12"));
    }

    /// A page's header as the page reader writes it: a headline about as long as
    /// its byline was read as one hard-wrapped sentence (title, byline and
    /// date in one), and a headline closing on "N.Y.C." as a body sentence.
    #[test]
    fn reads_a_long_headline_over_its_byline_and_one_ending_on_an_initialism() {
        let text = "Port workers strike over pay at the main harbour today\n\
                    By Jane Roe and John Doe Harbour Press Agency\nPublished: 2019-11-20\n\n\
                    The workers walked out at dawn. Ships waited offshore.";
        assert_eq!(
            header(text),
            (
                Some("Port workers strike over pay at the main harbour today"),
                Some("2019-11-20".into()),
                Some("Jane Roe and John Doe Harbour Press Agency")
            )
        );
        let text = "How Winter Wreaks Havoc Under N.Y.C.\nBy Jane Roe\n\n\
                    Pipes burst in the cold. Crews worked all night.";
        assert_eq!(header(text).0, Some("How Winter Wreaks Havoc Under N.Y.C."));
    }

    #[test]
    fn takes_no_body_sentence_for_a_header() {
        assert_eq!(
            header("The talks went well. Both sides agreed."),
            (None, None, None)
        );
        assert_eq!(header("Short note without a period"), (None, None, None));
        assert_eq!(
            header("Talks resumed in Washington D.C.\n\nBoth sides agreed."),
            (None, None, None)
        );
    }

    #[test]
    fn rounds_reading_time() {
        assert_eq!(reading_minutes(476), 2.0);
        assert_eq!(reading_minutes(0), 0.0);
    }
}
