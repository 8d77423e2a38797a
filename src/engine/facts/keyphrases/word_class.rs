//! Whether a key phrase reads as a noun phrase, from the words around its
//! uses ([`WordClassCues`]; `lexicon::en::word_class` says why): a reader
//! takes "later", "couldn't", "lovely" or "Muto admits" for noise beside
//! the topics. Each use is read as a noun phrase ("the wedding was", "with
//! antibiotics.", "France's"), as something else ("I think", "to stay",
//! "covered the car", "was keen to") or as neither, and a phrase's uses
//! as a noun must be at least as many as the others. A lower-case head
//! that a verb form or an ending ("-ed", "-ly", "-al") marks needs one
//! more, and a listed adverb or adjective ends no phrase; a phrase of two
//! must not open on a verb; a phrase never closed by punctuation, a
//! function word or a verb form is a modifier ("annual" of "annual
//! profit"). No phrase holds a
//! contraction or is mostly a piece of a longer name ("president Naoki"
//! of "president Naoki Ogane"), and a word seen only at a sentence's or
//! quotation's start is no phrase on its own. A head the text capitalises
//! inside sentences is a name's: only its uses are weighed.

use super::{capitalised, opens, side_by_side};
use crate::engine::lexicon::{in_words, Lexicon, WordClassCues};
use crate::engine::segmentation::tokens::{Token, TokenKind};

/// What a word says of the word after it, or of the phrase before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    None,
    /// An article or possessive.
    Article,
    /// Another determiner, a preposition or a number ("20 goals").
    Noun,
    /// The infinitive's marker.
    Infinitive,
    /// A subject pronoun, modal, "do" or a negation.
    Verb,
    /// A copula or degree adverb.
    Modifier,
    /// A verb form ("agreed", "said"), which closes the phrase before it
    /// as a function word does ("the ministers agreed").
    VerbForm,
}

/// The cue of one word (lower-case) of the vocabulary.
pub fn cue_of(word: &str, cues: &WordClassCues) -> Cue {
    if in_words(cues.articles, word) {
        Cue::Article
    } else if in_words(cues.noun_before, word) {
        Cue::Noun
    } else if in_words(cues.infinitive, word) {
        Cue::Infinitive
    } else if in_words(cues.verb_before, word) || has_clitic(word, cues) {
        // "didn't come", "we'll keep".
        Cue::Verb
    } else if in_words(cues.modifier_before, word) {
        Cue::Modifier
    } else if is_verb_form(word, cues) || has_ending(word, cues.past_ending) {
        Cue::VerbForm
    } else {
        Cue::None
    }
}

/// Whether `word` (lower-case) is one of the verb forms.
fn is_verb_form(word: &str, cues: &WordClassCues) -> bool {
    cues.verb_forms.iter().any(|list| list.contains(&word))
}

/// Whether `word` ends in `ending` after at least two letters ("died",
/// "goal"; not "bed").
fn has_ending(word: &str, ending: &str) -> bool {
    word.len() >= ending.len() + 2 && word.ends_with(ending)
}

/// Whether `word` (lower-case, straight apostrophes) is a contraction
/// ("couldn't", "I'm", "we'll"); "'s" is a possessive's here, which the key
/// phrases cut off before this is asked.
pub fn has_clitic(word: &str, cues: &WordClassCues) -> bool {
    word.rsplit_once('\'')
        .is_some_and(|(_, end)| end != "s" && cues.clitics.contains(&end))
}

/// How a candidate phrase is used, over its uses.
#[derive(Debug, Default)]
pub struct Uses {
    /// Uses read as a noun phrase.
    noun: u32,
    /// Uses read as a verb, adjective or adverb.
    other: u32,
    /// Uses opened by a verb's cue ("will keep going").
    verb_opened: u32,
    /// Uses that run on into a longer name.
    name_piece: u32,
    /// Uses closed by what follows (punctuation, a function word, a verb
    /// form, the end of the sentence) or by their own possessive.
    closed: u32,
}

/// One use of a candidate phrase: tokens `start..end` of a sentence, and
/// whether its last word is a possessive ("France's"), which is a noun
/// whatever follows it.
pub struct At {
    pub start: usize,
    pub end: usize,
    pub possessive: bool,
}

impl Uses {
    /// Tallies the use of a phrase `at` in one sentence's `tokens`, at most
    /// one class a use: `cue` is each word's cue by vocabulary number,
    /// `ids` the tokens' numbers, `closes` whether a word number is a
    /// function word (after which a phrase is closed).
    pub fn tally(
        &mut self,
        text: &str,
        (tokens, ids): (&[Token], &[Option<usize>]),
        at: &At,
        cue: &[Cue],
        closes: impl Fn(usize) -> bool,
    ) {
        let (start, end) = (at.start, at.end);
        let before = start
            .checked_sub(1)
            .map_or(Cue::None, |k| match (tokens[k].kind, ids[k]) {
                (TokenKind::Number, _) => Cue::Noun,
                (_, Some(id)) => cue[id],
                _ => Cue::None,
            });
        let after = match ids.get(end) {
            Some(Some(id)) => cue[*id],
            _ => Cue::None,
        };
        let closed = at.possessive
            || match (tokens.get(end), ids.get(end)) {
                (None, _) => true,
                (Some(t), _) if t.kind == TokenKind::Punct => true,
                _ if after == Cue::Article => false,
                _ if after == Cue::VerbForm => true,
                (_, Some(Some(id))) => closes(*id),
                _ => false,
            };
        self.closed += u32::from(closed);
        let single = end - start == 1;
        if at.possessive {
            self.noun += 1;
        } else if before == Cue::Verb {
            self.other += 1;
            self.verb_opened += 1;
        } else if after == Cue::Article {
            // "covered the car": a verb or a preposition.
            self.other += 1;
        } else {
            match before {
                Cue::Noun | Cue::Article if closed => self.noun += 1,
                Cue::Infinitive if single => self.other += 1,
                // "are public domain and": two words after a copula are as
                // likely a noun phrase.
                Cue::Modifier if closed && single => self.other += 1,
                _ => {}
            }
        }
        // A capital that opens the sentence or a quotation says nothing.
        let named = (start..end)
            .any(|k| capitalised(text, &tokens[k]) && (k > start || !opens(text, tokens, k)));
        let runs_on = tokens.get(end).is_some_and(|next| {
            next.kind == TokenKind::Word
                && capitalised(text, next)
                && side_by_side(text, &tokens[end - 1], next)
        });
        if named && runs_on {
            self.name_piece += 1;
        }
    }
}

/// One word of a phrase as the test reads it.
pub struct Word<'a> {
    /// The word, lower-case.
    pub lower: &'a str,
    /// Whether the text capitalises it inside sentences at least as often
    /// as not (a name).
    pub capitalised: bool,
    /// Whether the text uses it only where a capital says nothing (at a
    /// sentence's, a quotation's or an utterance's start), so how it is
    /// written says nothing of what it is ("Thanks", "Shortly").
    pub only_opening: bool,
}

/// Whether a phrase of `words` (one or two) used `count` times as `uses`
/// says reads as a topic for `lexicon`'s language; always where the
/// language has no cues.
pub fn reads_as_topic(words: &[Word], uses: &Uses, count: f64, lexicon: &Lexicon) -> bool {
    let Some(cues) = lexicon.word_classes else {
        return true;
    };
    let (Some(head), Some(first)) = (words.last(), words.first()) else {
        return false;
    };
    // Never closed: a modifier, a piece of a longer phrase ("annual" of
    // "annual profit", "western gray" of "western gray whales"); a name
    // ("Chinese", "Hong Kong") is one whatever follows.
    let piece = !head.capitalised && uses.closed == 0;
    let name_piece = 2.0 * f64::from(uses.name_piece) >= count;
    let unread = words.len() == 1 && head.only_opening;
    if piece || name_piece || unread || words.iter().any(|w| has_clitic(w.lower, cues)) {
        return false;
    }
    let verb_form = |w: &Word| !w.capitalised && is_verb_form(w.lower, cues);
    if words.len() > 1 && (verb_form(first) || 2 * uses.verb_opened > uses.noun + uses.other) {
        return false;
    }
    if head.capitalised {
        return uses.noun >= uses.other;
    }
    let loose = cues
        .loose_endings
        .split(' ')
        .any(|e| has_ending(head.lower, e));
    // A listed adverb or adjective ends no topic, whatever its uses: "let"
    // of "let's" reads as a possessive.
    !in_words(cues.never_nouns, head.lower)
        && uses.noun >= uses.other + u32::from(verb_form(head) || loose)
}

#[cfg(test)]
mod tests {
    use crate::engine::facts::keyphrases::tests::phrases_of;

    /// Whether `phrases` holds `phrase`, in any case.
    fn has(phrases: &[String], phrase: &str) -> bool {
        phrases.iter().any(|p| p.eq_ignore_ascii_case(phrase))
    }

    #[test]
    fn verbs_adverbs_and_contractions_are_no_topics() {
        let phrases = phrases_of(
            "The wedding was held at the chapel. I'm sure it worked, and later the couple \
             found the chapel again. We couldn't stay. Guests never found the chapel later. \
             The wedding worked because the couple couldn't wait. I'm told the chapel worked \
             hard for the wedding. They found it later. Let's see the chapel, let's go.",
            &[],
        );
        for noise in [
            "later", "never", "found", "worked", "couldn't", "I'm", "stay", "let",
        ] {
            assert!(!has(&phrases, noise), "{noise}: {phrases:?}");
        }
        for topic in ["wedding", "chapel", "couple"] {
            assert!(has(&phrases, topic), "{topic}: {phrases:?}");
        }
    }

    #[test]
    fn a_word_used_only_as_a_possessive_is_a_noun() {
        let phrases = phrases_of(
            "The museum's collection grew last year. The museum's director spoke to \
             visitors. Visitors loved the museum's garden and its collection.",
            &[],
        );
        assert!(has(&phrases, "museum"), "{phrases:?}");
    }

    #[test]
    fn a_short_past_form_is_no_topic() {
        let phrases = phrases_of(
            "Penwick died on Tuesday at home. The actor Jones died in 2001. Smith died \
             at home too, and every actor mourned.",
            &[],
        );
        assert!(!has(&phrases, "died"), "{phrases:?}");
        assert!(has(&phrases, "actor"), "{phrases:?}");
    }

    #[test]
    fn a_verb_before_an_article_ends_no_topic() {
        let phrases = phrases_of(
            "The group covered the car. Then the group covered the bike. Police said the \
             group covered the van.",
            &[],
        );
        assert!(!has(&phrases, "group covered"), "{phrases:?}");
        assert!(has(&phrases, "car") && has(&phrases, "bike"), "{phrases:?}");
    }

    #[test]
    fn a_modifier_or_a_piece_of_a_name_is_no_topic() {
        let phrases = phrases_of(
            "The club's president Naoki Ogane spoke on Monday. The annual profit rose, and \
             president Naoki Ogane praised the annual profit. Annual profit matters to the \
             club, president Naoki Ogane said.",
            &[],
        );
        assert!(!has(&phrases, "president Naoki"), "{phrases:?}");
        assert!(!has(&phrases, "annual"), "{phrases:?}");
        assert!(has(&phrases, "annual profit"), "{phrases:?}");
    }

    #[test]
    fn a_capital_after_an_opening_mark_or_a_colon_is_no_name() {
        let phrases = phrases_of(
            "\"People are angry,\" she said of the ferry. \
             Some people wrote letters about the ferry. HOLLIS: Thanks to the ferry, the town \
             grew. The ferry stopped on Monday, and people want it back.",
            &[],
        );
        assert!(!phrases.iter().any(|p| p == "People"), "{phrases:?}");
        assert!(!has(&phrases, "Thanks"), "{phrases:?}");
        assert!(has(&phrases, "ferry"), "{phrases:?}");
    }
}
