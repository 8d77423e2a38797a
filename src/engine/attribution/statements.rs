//! Reported speech: "Khrenin emphasised that cooperation with India is a
//! priority" attributes a statement to a source as surely as a quote does,
//! and is how most of what officials say reaches a news article.
//!
//! A statement is the clause after a speech verb and "that" (or after
//! "said"/"says" when a clause's subject follows at once: "Police said the
//! man was..."), up to the end of its sentence; its source is the named
//! person or organisation right before the verb (auxiliaries and adverbs
//! aside: "Khrenin has underscored"), or a "he"/"she" there resolved as for
//! quotes ([`crate::engine::attribution::speakers`]). A participle after a comma ("...,
//! noting that ...") reports what the sentence's subject said, so there
//! the source is the name (or he/she) that opens the sentence, after its
//! titles if any. A subject that names no one is the source as the text
//! gives it ("Police say ...", "Her sons said ..."). Statements
//! without a
//! source are dropped: "it is said that" attributes nothing. Clauses that
//! hold a direct quote are left to [`crate::engine::attribution::quotes`].

use crate::engine::attribution::roles::is_head_word;
use crate::engine::attribution::speakers::{
    before_auxiliaries, is_person_pronoun, is_speech_verb, Speakers,
};
use crate::engine::lexicon::en::compression::OBJECT_VERBS;
use crate::engine::lexicon::en::speech::{CLAUSE_OPENERS, CLAUSE_PRONOUNS, SPEECH_PARTICIPLES};
use crate::engine::segmentation::tokens::{Token, TokenKind};
use crate::engine::span::Span;

/// Fewest words a statement needs.
const MIN_WORDS: usize = 3;

/// Whether `tokens[i]` is a speech participle right after a comma.
fn is_hung_participle(text: &str, tokens: &[Token], i: usize) -> bool {
    let word = tokens[i].span.of(text);
    i > 0
        && tokens[i - 1].span.of(text) == ","
        && SPEECH_PARTICIPLES
            .iter()
            .any(|p| p.eq_ignore_ascii_case(word))
}

/// The source that opens the sentence whose participle `tokens[verb]`
/// reports speech: "Singh, in turn, expressed confidence ..., noting that
/// ...", maybe after the subject's titles ("Finance Minister Nirmala
/// Sitharaman welcomed ...").
fn sentence_subject<'a>(
    text: &str,
    tokens: &[Token],
    verb: usize,
    speakers: &Speakers<'a>,
    quotes: &[Span],
) -> Option<&'a str> {
    let titled = |t: &Token| {
        let w = t.span.of(text);
        t.is_word() && (w.starts_with(char::is_uppercase) || is_head_word(&w.to_lowercase()))
    };
    let (at, speaker) = (0..verb).find_map(|i| {
        speakers
            .source_token(tokens, i, tokens[verb].span.start, quotes)
            .map(|speaker| (i, speaker))
    })?;
    // "Mr Blair has failed, he claimed, saying ...": another attribution
    // in between says someone else speaks ("the continued deepening" is
    // none).
    let other_verb = (at + 2..verb).any(|k| {
        let before = tokens[k - 1];
        is_speech_verb(tokens[k].span.of(text))
            && (is_person_pronoun(before.span.of(text))
                || speakers.source_at(before.span).is_some())
    });
    if other_verb || !tokens[..at].iter().all(titled) {
        return None;
    }
    speaker
}

/// Most tokens for whom something was told ("told the Diet, Japan's
/// parliament, that").
const MAX_TOLD_WHOM: usize = 8;

/// Where the clause starts after "told" and its object, when
/// `tokens[verb]` is "told" or "tells": after a "that" a few words on
/// ("told MailOnline that he ...", "told the Diet, Japan's parliament,
/// that ..."), or right after a named object when a clause's subject
/// follows ("told Daily Mail Australia the dog ...").
fn after_told_whom(
    text: &str,
    tokens: &[Token],
    verb: usize,
    speakers: &Speakers<'_>,
) -> Option<usize> {
    let word = |i: usize| tokens[i].span.of(text);
    if !matches!(word(verb).to_lowercase().as_str(), "told" | "tells") {
        return None;
    }
    let reach = tokens.len().min(verb + 2 + MAX_TOLD_WHOM);
    let object = verb + 1..reach;
    if let Some(that) = object
        .clone()
        .take_while(|&i| tokens[i].is_word() || matches!(word(i), "," | "'s" | "’s"))
        .find(|&i| word(i).eq_ignore_ascii_case("that"))
    {
        return (that > verb + 1).then_some(that + 1);
    }
    let named = speakers.source_at(tokens.get(verb + 1)?.span)?;
    let end = speakers.mentions[named].span.end;
    let next = tokens.partition_point(|t| t.span.start < end);
    (next < reach
        && CLAUSE_OPENERS
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word(next))))
    .then_some(next)
}

/// One statement in reported speech.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Statement {
    /// The clause reported, without the sentence's final punctuation.
    pub span: Span,
    /// Canonical name of its source.
    pub speaker: String,
}

/// The statement of each sentence (given as its tokens) that reports one,
/// skipping any that overlap one of `quotes`.
pub fn find_statements(
    text: &str,
    sentences: &[Vec<Token>],
    speakers: &Speakers<'_>,
    quotes: &[Span],
) -> Vec<Statement> {
    sentences
        .iter()
        .filter_map(|tokens| statement_in(text, tokens, speakers, quotes))
        .collect()
}

/// The first statement reported in one sentence's `tokens`: after its
/// verb, else before an attribution that ends the sentence.
fn statement_in(
    text: &str,
    tokens: &[Token],
    speakers: &Speakers<'_>,
    quotes: &[Span],
) -> Option<Statement> {
    clause_after_verb(text, tokens, speakers, quotes)
        .or_else(|| clause_before_attribution(text, tokens, speakers, quotes))
}

/// Most title words between a verb and the person after it ("writes
/// former analyst Bill Thompson").
const MAX_TITLE_WORDS: usize = 3;

/// Most tokens an attribution that ends a sentence may have ("the
/// state-run news agency IRNA reported", "police said on Monday").
const MAX_TRAILING_ATTRIBUTION: usize = 10;

/// "Most migrants come from West Africa, the IOM said.": the clause before
/// the sentence's last comma, when what follows the comma is an
/// attribution: a source and a speech verb ("..., police said on Monday")
/// or the verb and its source (", said a spokesman").
fn clause_before_attribution(
    text: &str,
    tokens: &[Token],
    speakers: &Speakers<'_>,
    quotes: &[Span],
) -> Option<Statement> {
    let comma = tokens.iter().rposition(|t| t.span.of(text) == ",")?;
    let rest = &tokens[comma + 1..];
    let end = rest
        .iter()
        .position(|t| matches!(t.span.of(text), "." | "!" | "?" | ";"))
        .unwrap_or(rest.len());
    let rest = &rest[..end];
    if rest.is_empty() || rest.len() > MAX_TRAILING_ATTRIBUTION {
        return None;
    }
    // A capital is a name's ("the United States"), not the verb's.
    let verb = rest.iter().position(|t| {
        let w = t.span.of(text);
        is_speech_verb(w) && w.starts_with(char::is_lowercase)
    })?;
    // A verb first is an attribution only when its source follows: not
    // when a clause does (", said he had been ill": the report's own verb,
    // its subject before the comma), nor when a verb that takes an object
    // has no person after it (", confirmed the delay", ", told Reuters";
    // ", writes Mr Peston" is his).
    let inverted = verb == 0;
    let lowered = rest[0].span.of(text).to_lowercase();
    let clause_follows = rest
        .get(1)
        .is_some_and(|t| is_person_pronoun(t.span.of(text)))
        && rest.get(2).is_some_and(Token::is_word);
    let object = OBJECT_VERBS.contains(&lowered.as_str())
        && !rest
            .iter()
            .skip(1)
            .take(MAX_TITLE_WORDS + 1)
            .any(|t| speakers.is_person_at(t.span));
    if inverted && (object || clause_follows) {
        return None;
    }
    let clause = &tokens[..comma];
    if clause.iter().filter(|t| t.is_word()).count() < MIN_WORDS
        || clause.iter().any(|t| is_speech_verb(t.span.of(text)))
    {
        return None;
    }
    let span = Span::new(clause[0].span.start, clause[clause.len() - 1].span.end);
    if quotes
        .iter()
        .any(|q| q.start < span.end && span.start < q.end)
    {
        return None;
    }
    let speaker = speakers.source_of(rest, verb, verb == 0, tokens[comma].span.start, quotes)?;
    Some(Statement { span, speaker })
}

/// Whether the speech verb `tokens[verb]` is an infinitive of purpose or
/// intent ("waited at the stage door to say it made him ...", "wants to
/// say that ..."): nobody has said it, and the words before are no
/// source (a new-user test's interview credited "the stage door to").
/// "went on to say" and "used to say" report speech.
fn is_infinitive(text: &str, tokens: &[Token], verb: usize) -> bool {
    let word = |i: usize| tokens[i].span.of(text).to_lowercase();
    verb >= 1
        && word(verb - 1) == "to"
        && !(verb >= 2 && matches!(word(verb - 2).as_str(), "on" | "used"))
}

/// The statement after a speech verb ("X said (that) ...") in one
/// sentence's `tokens`.
fn clause_after_verb(
    text: &str,
    tokens: &[Token],
    speakers: &Speakers<'_>,
    quotes: &[Span],
) -> Option<Statement> {
    let word = |i: usize| tokens[i].span.of(text);
    let (verb, clause, hung) = (1..tokens.len()).find_map(|i| {
        let verb = i - 1;
        let hung = is_hung_participle(text, tokens, verb);
        if !hung && (!is_speech_verb(word(verb)) || is_infinitive(text, tokens, verb)) {
            return None;
        }
        // Without "that", only a few verbs take a clause whose subject
        // follows at once, whatever it is: "said the talks ...", "saying
        // it was ...".
        let bare: &[&str] = if hung {
            &["saying", "adding"]
        } else {
            &["said", "says", "say"]
        };
        if word(i).eq_ignore_ascii_case("that") {
            Some((verb, i + 1, hung))
        } else if let Some(clause) = after_told_whom(text, tokens, verb, speakers) {
            Some((verb, clause, false))
        } else if bare.contains(&word(verb).to_lowercase().as_str())
            && CLAUSE_OPENERS
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word(i)))
        {
            Some((verb, i, hung))
        } else if !hung && CLAUSE_PRONOUNS.contains(&word(i)) {
            // Any speech verb takes a clause whose subject is a pronoun
            // ("insists he is happy", "admitted he thought", "have
            // confirmed they are close"): a pronoun is no verb's object
            // in this case ("him", "them" would be).
            Some((verb, i, hung))
        } else {
            None
        }
    })?;
    let last = tokens.iter().rposition(|t| {
        t.kind != TokenKind::Punct || !matches!(t.span.of(text), "." | "!" | "?" | ";")
    })?;
    // "Boca have confirmed they are close, but club president Angelici
    // has stressed ...": ", but" opens another clause, not the report.
    let last = (clause + 1..last)
        .find(|&k| word(k) == "," && word(k + 1).eq_ignore_ascii_case("but"))
        .map_or(last, |comma| comma - 1);
    if clause > last || tokens[clause..=last].iter().filter(|t| t.is_word()).count() < MIN_WORDS {
        return None;
    }
    let span = Span::new(tokens[clause].span.start, tokens[last].span.end);
    if quotes
        .iter()
        .any(|q| q.start < span.end && span.start < q.end)
    {
        return None;
    }
    if hung {
        let speaker = sentence_subject(text, tokens, verb, speakers, quotes)?;
        return Some(Statement {
            span,
            speaker: speaker.to_string(),
        });
    }
    let subject = before_auxiliaries(text, tokens, verb);
    let source = subject.checked_sub(1)?;
    // "A spokesman for the council said": the organisation qualifies the
    // source, it is not the source.
    let spoken_for = speakers.source_at(tokens[source].span).is_some_and(|m| {
        let start = speakers.mentions[m].span.start;
        tokens
            .iter()
            .rev()
            .find(|t| t.span.end <= start)
            .is_some_and(|t| matches!(t.span.of(text), "for" | "of" | "with" | "at"))
    });
    let named = speakers.source_at(tokens[source].span).is_some() && !spoken_for;
    let speaker = if matches!(word(source), "," | "-" | "–" | "—") {
        // "Mr. Hardin, a Republican from Wyoming, said", "Ana Ruiz, who
        // runs the club, said": an aside closes right before the verb.
        speakers.subject_before_aside(tokens, source, tokens[verb].span.start, quotes)?
    } else if named || is_person_pronoun(word(source)) {
        let window = &tokens[source..=verb];
        speakers.source_of(
            window,
            window.len() - 1,
            false,
            tokens[verb].span.start,
            quotes,
        )?
    } else {
        // "Police say ...", "Her sons said ...": a source the text does
        // not name, as it gives it.
        speakers.unnamed_source(tokens, subject, false, tokens[verb].span.start, quotes)?
    };
    Some(Statement { span, speaker })
}

#[cfg(test)]
mod tests {
    use crate::engine::{analyze, Options};

    /// The statements of `text` as (clause, speaker).
    fn statements(text: &str) -> Vec<(String, String)> {
        let analysis = analyze(text, &Options::default()).expect("analyses");
        analysis
            .statements
            .iter()
            .map(|s| (s.text.clone(), s.speaker.clone()))
            .collect()
    }

    #[test]
    fn attributes_a_that_clause_to_the_name_before_the_verb() {
        let text = "During a meeting in Qingdao, Viktor Khrenin emphasised that cooperation with India is a priority.";
        assert_eq!(
            statements(text),
            [(
                "cooperation with India is a priority".to_string(),
                "Viktor Khrenin".to_string()
            )]
        );
    }

    /// A new-user test's interview (eleventh session) credited "the
    /// stage door to" with what a fan came to say.
    #[test]
    fn an_infinitive_of_speech_reports_nothing() {
        let text = "A fan waited two hours at the stage door to say it made him call his son.";
        assert_eq!(statements(text), []);
    }

    #[test]
    fn resolves_he_and_reads_said_without_that() {
        let text = "Rajnath Singh arrived in Qingdao on Thursday.\n\nHe said the two countries would hold joint exercises.";
        assert_eq!(
            statements(text),
            [(
                "the two countries would hold joint exercises".to_string(),
                "Rajnath Singh".to_string()
            )]
        );
    }

    #[test]
    fn an_unnamed_source_is_given_as_the_text_gives_it() {
        let text = "Police say there were no signs of a break-in at the house.";
        assert_eq!(
            statements(text),
            [(
                "there were no signs of a break-in at the house".to_string(),
                "police".to_string()
            )]
        );
        let text =
            "The poet Ines Lund has died. Her sons said she died peacefully at home in Lyon.";
        assert_eq!(
            statements(text),
            [(
                "she died peacefully at home in Lyon".to_string(),
                "her sons".to_string()
            )]
        );
    }

    #[test]
    fn a_name_the_tagger_missed_is_no_unnamed_source() {
        // "Okoro" is no common noun: left out rather than shown as "okoro".
        let text = "Okoro claims that the club never made an offer for the striker.";
        for (_, speaker) in statements(text) {
            assert_ne!(speaker, "okoro");
        }
        let text = "A spokesman for Dunmore County Council said they knew of the damage.";
        assert_eq!(
            statements(text),
            [(
                "they knew of the damage".to_string(),
                "a spokesman for Dunmore County Council".to_string()
            )]
        );
    }

    #[test]
    fn reads_a_statement_whose_attribution_ends_the_sentence() {
        let text =
            "Most of the ferries will run again by Friday, the harbour authority said on Monday.";
        assert_eq!(
            statements(text),
            [(
                "Most of the ferries will run again by Friday".to_string(),
                "the harbour authority".to_string()
            )]
        );
        let text = "The bridge was closed for two days, said Ana Ruiz.";
        assert_eq!(
            statements(text),
            [(
                "The bridge was closed for two days".to_string(),
                "Ana Ruiz".to_string()
            )]
        );
        // A comma before no attribution is no statement.
        let text = "The bridge was closed for two days, and the ferries ran late.";
        assert!(statements(text).is_empty());
    }

    #[test]
    fn a_source_stands_before_an_aside_that_ends_at_its_verb() {
        // Issue 14's forms: "Mr. X, a Republican from Y, said ..." and "X,
        // who ..., said ..." gave no statement, and "His secretary, X,
        // said he ..." went to the man named before (", said he" read as
        // an attribution after its statement).
        let text = "Ana Ruiz, who runs the harbour trust, said the ferry would return in May.";
        assert_eq!(
            statements(text),
            [(
                "the ferry would return in May".to_string(),
                "Ana Ruiz".to_string()
            )]
        );
        // An aside that is only a name names the subject, not the club.
        let text = "The head of the Leeds Rowing Club, Ana Ruiz, said the regatta would go ahead.";
        assert_eq!(statements(text)[0].1, "Ana Ruiz");
        // A quote's closing comma opens no aside.
        let text = "'We are done with this club,' said the sporting director.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
        // A source the text does not name, when it opens the clause.
        let text = "But the panel, run by the Harbour Trust, said the ferry was safe.";
        assert_eq!(statements(text)[0].1, "the panel");
        let text = "A man who wrote on his blog - a diary of his days - says he has been fired.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
        let text =
            "Tom Hale arrived late. His secretary, Jane Lowe, said he had been stuck in traffic.";
        assert_eq!(
            statements(text),
            [(
                "he had been stuck in traffic".to_string(),
                "Jane Lowe".to_string()
            )]
        );
    }

    #[test]
    fn a_verb_taking_an_object_is_no_attribution_after_a_statement() {
        let text = "Tom Hale's secretary, Jane Lowe, confirmed the delay.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
        let text = "The bridge was closed for two days, writes Ana Ruiz.";
        assert_eq!(statements(text)[0].1, "Ana Ruiz");
        // A verb of saying still stands before its source.
        let text = "The bridge was closed for two days, added a council spokesman.";
        assert_eq!(statements(text)[0].1, "a council spokesman");
    }

    #[test]
    fn a_name_holding_a_speech_verb_attributes_nothing() {
        let text = "The firm runs large plants in Romania, Ghana and the United States.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
    }

    #[test]
    fn reads_what_was_told_to_someone() {
        let text = "Ana Ruiz told the Gazette that the ferry would run again by Friday.";
        assert_eq!(
            statements(text),
            [(
                "the ferry would run again by Friday".to_string(),
                "Ana Ruiz".to_string()
            )]
        );
        let text = "Mr Okafor told Radio Kent the bridge was never safe for lorries.";
        assert_eq!(
            statements(text),
            [(
                "the bridge was never safe for lorries".to_string(),
                "Okafor".to_string()
            )]
        );
    }

    #[test]
    fn wants_the_source_next_to_the_verb() {
        let text = "The group has targeted Shiites and says it aims to thwart Iranian influence.";
        assert!(statements(text).is_empty());
    }

    #[test]
    fn drops_statements_without_a_source() {
        let text = "It is widely said that the weather will turn cold next week.";
        assert!(statements(text).is_empty());
    }

    #[test]
    fn a_participle_reports_what_the_sentences_subject_said() {
        let text = "Rajnath Singh, in turn, expressed confidence in the partnership, noting that India and Belarus have broadened their cooperation. \
                    Talks went on for hours, adding that the two sides were tired.";
        assert_eq!(
            statements(text),
            [(
                "India and Belarus have broadened their cooperation".to_string(),
                "Rajnath Singh".to_string()
            )]
        );
        let said =
            "Michael Howard defended the package, saying it was a plan for the first Budget.";
        assert_eq!(
            statements(said),
            [(
                "it was a plan for the first Budget".to_string(),
                "Michael Howard".to_string()
            )]
        );
    }

    #[test]
    fn any_speech_verb_takes_a_clause_opened_by_a_pronoun() {
        let text = "Ana Ruiz insists she is happy at the club and has no plans to leave.";
        assert_eq!(
            statements(text),
            [(
                "she is happy at the club and has no plans to leave".to_string(),
                "Ana Ruiz".to_string()
            )]
        );
        // The report ends where ", but" opens another clause.
        let text = "The club confirmed they are close to a deal, but the player has stressed nothing is signed.";
        assert_eq!(statements(text)[0].0, "they are close to a deal");
        // Not an object ("warned them"), nor a noun ("claimed the title").
        let text = "Ana Ruiz warned them about the ice and claimed the title on Sunday.";
        assert!(statements(text).is_empty(), "{:?}", statements(text));
    }
}
