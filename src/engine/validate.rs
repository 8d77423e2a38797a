//! What text the engine accepts.
//!
//! The limit keeps the slowest path of an analysis well under a second in a
//! browser tab (segmentation is linear; later stages are kept near-linear),
//! and the binary check catches a file dropped by mistake before it is shown
//! as a wall of replacement characters.

use super::error::Error;

/// The most characters one analysis accepts: about 170,000 English words,
/// several times the longest report a person pastes.
pub const MAX_CHARS: usize = 1_000_000;

/// How many leading chars the binary check looks at.
const BINARY_SAMPLE: usize = 8192;

/// Check that `text` can be analysed.
///
/// # Errors
/// - [`Error::Empty`] when it has no visible char;
/// - [`Error::TooLarge`] above [`MAX_CHARS`];
/// - [`Error::Binary`] when it holds NUL bytes, or when more than one in
///   twenty of its first chars are control codes or U+FFFD (the mark of
///   bytes that were not UTF-8).
pub fn check_text(text: &str) -> Result<(), Error> {
    if text.len() > MAX_CHARS {
        let chars = text.chars().count();
        if chars > MAX_CHARS {
            return Err(Error::TooLarge {
                chars,
                limit: MAX_CHARS,
            });
        }
    }
    if text.contains('\0') {
        return Err(Error::Binary {
            reason: "it contains NUL bytes",
        });
    }
    let sample = text.chars().take(BINARY_SAMPLE);
    let (mut odd, mut seen) = (0, 0);
    for c in sample {
        seen += 1;
        if c == '\u{FFFD}' || (c.is_control() && !c.is_whitespace()) {
            odd += 1;
        }
    }
    if odd * 20 > seen {
        return Err(Error::Binary {
            reason: "many of its characters are control codes or undecodable bytes",
        });
    }
    if text.trim().is_empty() {
        return Err(Error::Empty);
    }
    if is_link_alone(text.trim()) {
        return Err(Error::Link);
    }
    Ok(())
}

/// Whether `text` is one web address and nothing else: "https://…",
/// "http://…" or "www.…", with no space inside.
fn is_link_alone(text: &str) -> bool {
    let lower = text.get(..8).unwrap_or(text).to_ascii_lowercase();
    let scheme = ["https://", "http://", "www."]
        .into_iter()
        .find(|s| lower.starts_with(s));
    scheme.is_some_and(|s| text.len() > s.len() && !text.contains(char::is_whitespace))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_alone_is_no_article() {
        for link in [
            "https://www.example.org/news/2026/11/30/story.html",
            "  http://example.org/a?b=c\n",
            "WWW.EXAMPLE.ORG/story",
        ] {
            assert_eq!(check_text(link), Err(Error::Link), "{link}");
        }
        // A text that quotes a link, or names a site, is a text.
        for text in [
            "Read more at https://example.org/story about the vote.",
            "www.",
            "example.org",
        ] {
            assert_eq!(check_text(text), Ok(()), "{text}");
        }
    }

    #[test]
    fn refuses_what_cannot_be_analysed() {
        assert_eq!(check_text(""), Err(Error::Empty));
        assert_eq!(check_text(" \n\t\u{3000}"), Err(Error::Empty));
        assert!(matches!(
            check_text("PK\u{3}\u{4}\0\0"),
            Err(Error::Binary { .. })
        ));
        assert!(matches!(
            check_text(&"\u{FFFD}\u{1}ab".repeat(10)),
            Err(Error::Binary { .. })
        ));
        let long = "a".repeat(MAX_CHARS + 1);
        assert_eq!(
            check_text(&long),
            Err(Error::TooLarge {
                chars: MAX_CHARS + 1,
                limit: MAX_CHARS
            })
        );
    }

    #[test]
    fn accepts_any_prose() {
        assert_eq!(check_text("Hi."), Ok(()));
        assert_eq!(check_text("!!!"), Ok(()));
        assert_eq!(check_text(&"é".repeat(MAX_CHARS)), Ok(()));
    }
}
