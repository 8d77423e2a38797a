//! What the tagger sees of each token: hashed features in the style of the
//! averaged-perceptron taggers of Collins (2002) and Ratinov & Roth (2009):
//! the word and its neighbours, word shape, affixes, gazetteer membership
//! and the two previous tags.
//!
//! A key design decision is feature hashing (Weinberger et al. 2009): each
//! feature name is hashed (FNV-1a) into a fixed number of buckets, so the
//! model is one flat array with no vocabulary to ship, at the cost of a few
//! collisions.

use super::gazetteer::lists_of;
use crate::engine::lexicon::en::function_words::is_stopword;

/// FNV-1a over a feature's kind and value, without building a string.
#[derive(Clone, Copy)]
pub struct FeatureHash(u32);

impl FeatureHash {
    const OFFSET: u32 = 0x811c_9dc5;
    const PRIME: u32 = 0x0100_0193;

    /// Start a feature of kind `kind` ("w-1", "shape", …).
    pub fn kind(kind: &str) -> Self {
        FeatureHash(Self::OFFSET)
            .feed(kind.as_bytes())
            .feed(&[0x1f])
    }

    /// Add bytes of the value.
    pub fn feed(self, bytes: &[u8]) -> Self {
        let mut h = self.0;
        for &b in bytes {
            h ^= u32::from(b);
            h = h.wrapping_mul(Self::PRIME);
        }
        FeatureHash(h)
    }

    /// Add a separator and another value part.
    pub fn and(self, part: &str) -> Self {
        self.feed(&[0x1e]).feed(part.as_bytes())
    }

    /// The finished hash.
    pub fn value(self) -> u32 {
        self.0
    }
}

/// What is known of one token before tagging.
#[derive(Debug, Clone)]
pub struct TokenInfo {
    /// Lower-cased text.
    pub lower: String,
    /// Word shape: letters as X/x, digits as d, runs of a kind collapsed ("Xx", "X.X.", "dd-x").
    pub shape: String,
    /// Gazetteer lists it is on.
    pub lists: Vec<&'static str>,
    /// Whether it starts with an upper-case letter.
    pub capitalised: bool,
    /// How the line it stands in is capitalised ([`LineStyle`]), the same
    /// for every token of a sentence: set by [`mark_line_style`].
    pub line: LineStyle,
}

/// How a sentence is capitalised. In a headline, a subhead, a chart title
/// or a caption every content word is capitalised by style (Title Case) or
/// every letter is (ALL CAPS), so a capital there is no evidence of a name
/// (issue 13: "Debt Rises", "Federal Budget" as people). The tagger sees
/// the style as a feature and learns from its training data how far to
/// trust capitals under it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineStyle {
    /// Ordinary sentence case.
    Prose,
    /// Every content word capitalised, at least two of them.
    Title,
    /// No lower-case letter, at least two words of letters.
    Caps,
}

impl LineStyle {
    /// The feature value.
    fn as_str(self) -> &'static str {
        match self {
            LineStyle::Prose => "prose",
            LineStyle::Title => "title",
            LineStyle::Caps => "caps",
        }
    }
}

/// Read a sentence's [`LineStyle`] and mark each of its tokens with it.
pub fn mark_line_style(tokens: &mut [TokenInfo]) {
    let style = line_style(tokens);
    tokens.iter_mut().for_each(|t| t.line = style);
}

/// The [`LineStyle`] of a sentence's tokens: words of letters only, the
/// function words of [`STOPWORDS`](crate::engine::lexicon::en::function_words::STOPWORDS) left out of the Title Case test ("Art
/// and Insights from Spain").
pub fn line_style(tokens: &[TokenInfo]) -> LineStyle {
    let words = || {
        tokens
            .iter()
            .filter(|t| t.lower.chars().any(char::is_alphabetic))
    };
    if words().count() < 2 {
        return LineStyle::Prose;
    }
    if words().all(|t| !t.shape.contains('x')) {
        return LineStyle::Caps;
    }
    let content: Vec<&TokenInfo> = words().filter(|t| !is_stopword(&t.lower)).collect();
    if content.len() >= 2 && content.iter().all(|t| t.capitalised) {
        LineStyle::Title
    } else {
        LineStyle::Prose
    }
}

impl TokenInfo {
    /// Describe the token text `word`.
    pub fn new(word: &str) -> TokenInfo {
        // Curly apostrophes read as straight ones: the training data has
        // only straight ones, and "India’s" is the same word as "India's".
        let word = if word.contains('’') {
            std::borrow::Cow::Owned(word.replace('’', "'"))
        } else {
            std::borrow::Cow::Borrowed(word)
        };
        let lower = word.to_lowercase();
        let mut shape = String::new();
        let mut last = None;
        for c in word.chars() {
            let kind = if c.is_uppercase() {
                'X'
            } else if c.is_lowercase() {
                'x'
            } else if c.is_numeric() {
                'd'
            } else {
                c
            };
            if last != Some(kind) {
                shape.push(kind);
                last = Some(kind);
            }
        }
        let lists = lists_of(lower.trim_end_matches('.')).collect();
        TokenInfo {
            capitalised: word.starts_with(char::is_uppercase),
            lower,
            shape,
            lists,
            line: LineStyle::Prose,
        }
    }
}

/// A word as the 1996 newswire the tagger learnt from spells it, for
/// tagging today's text: "US" is that data's "U.S." (a place 303 times
/// there, "US" 4 times), and read as written its capitals look like an
/// organisation's. Training reads its own data as it is.
pub fn newswire_spelling(word: &str) -> &str {
    if word == "US" {
        "U.S."
    } else {
        word
    }
}

/// Tag names, as features see them.
pub const TAG_NAMES: [&str; 9] = [
    "O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC",
];

/// The hashed features of token `i` of `tokens`, given the tags already
/// chosen for the tokens before it (`prev1`, `prev2`: indexes into
/// [`TAG_NAMES`], 0 before the sentence start).
pub fn features(tokens: &[TokenInfo], i: usize, prev1: usize, prev2: usize, out: &mut Vec<u32>) {
    out.clear();
    let word = |j: isize| -> &str {
        usize::try_from(i as isize + j)
            .ok()
            .and_then(|k| tokens.get(k))
            .map_or("<s>", |t| t.lower.as_str())
    };
    let shape = |j: isize| -> &str {
        usize::try_from(i as isize + j)
            .ok()
            .and_then(|k| tokens.get(k))
            .map_or("<s>", |t| t.shape.as_str())
    };
    let t = &tokens[i];
    let mut push = |h: FeatureHash| out.push(h.value());
    push(FeatureHash::kind("bias"));
    push(FeatureHash::kind("w").and(&t.lower));
    for (kind, j) in [("w-1", -1), ("w+1", 1), ("w-2", -2), ("w+2", 2)] {
        push(FeatureHash::kind(kind).and(word(j)));
    }
    push(FeatureHash::kind("w-1|w").and(word(-1)).and(&t.lower));
    push(FeatureHash::kind("w|w+1").and(&t.lower).and(word(1)));
    push(FeatureHash::kind("s").and(&t.shape));
    push(
        FeatureHash::kind("s-1|s|s+1")
            .and(shape(-1))
            .and(&t.shape)
            .and(shape(1)),
    );
    push(FeatureHash::kind("s-1|s").and(shape(-1)).and(&t.shape));
    push(FeatureHash::kind("s|s+1").and(&t.shape).and(shape(1)));
    // Affixes of 1 to 4 chars, sliced rather than copied: this runs for
    // every token of every text; the char bounds are found without a list.
    let lower = t.lower.as_str();
    let mut ends = lower
        .char_indices()
        .map(|(b, _)| b)
        .skip(1)
        .chain([lower.len()]);
    let mut starts = lower.char_indices().rev().map(|(b, _)| b);
    for n in 1..=4usize {
        let (Some(end), Some(start)) = (ends.next(), starts.next()) else {
            break;
        };
        if n <= 3 {
            push(FeatureHash::kind("pre").and(&lower[..end]));
        }
        push(FeatureHash::kind("suf").and(&lower[start..]));
    }
    if t.line != LineStyle::Prose {
        let line = t.line.as_str();
        push(FeatureHash::kind("line").and(line));
        push(FeatureHash::kind("line|s").and(line).and(&t.shape));
        push(FeatureHash::kind("line|w").and(line).and(&t.lower));
    }
    if i == 0 {
        push(FeatureHash::kind("first").and(if t.capitalised { "cap" } else { "low" }));
    }
    for (kind, j) in [("g", 0isize), ("g-1", -1), ("g+1", 1)] {
        if let Some(other) = usize::try_from(i as isize + j)
            .ok()
            .and_then(|k| tokens.get(k))
        {
            for list in &other.lists {
                push(FeatureHash::kind(kind).and(list));
            }
        }
    }
    push(FeatureHash::kind("t-1").and(TAG_NAMES[prev1]));
    push(
        FeatureHash::kind("t-2|t-1")
            .and(TAG_NAMES[prev2])
            .and(TAG_NAMES[prev1]),
    );
    push(
        FeatureHash::kind("t-1|w")
            .and(TAG_NAMES[prev1])
            .and(&t.lower),
    );
    push(
        FeatureHash::kind("t-1|s")
            .and(TAG_NAMES[prev1])
            .and(&t.shape),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(line: &str) -> LineStyle {
        let tokens: Vec<TokenInfo> = line.split_whitespace().map(TokenInfo::new).collect();
        line_style(&tokens)
    }

    #[test]
    fn tells_title_case_and_capitals_from_prose() {
        assert_eq!(
            style("Debt Rises as Federal Budget Grows"),
            LineStyle::Title
        );
        assert_eq!(style("GOVERNMENT WILL SOON SPEND MORE"), LineStyle::Caps);
        assert_eq!(style("John Smith met Mary Jones ."), LineStyle::Prose);
        // One word is no line style: a name alone on its line stays a name.
        assert_eq!(style("Introduction"), LineStyle::Prose);
        assert_eq!(style("Federal Budget , 2020 - 2025"), LineStyle::Title);
    }
}
