//! The one error type of the engine.
//!
//! Every kind of input the engine refuses has its own variant, so each shell
//! (CLI exit code, JS promise rejection, UI message) can say exactly what went
//! wrong without parsing strings. Nothing in the engine panics on input text;
//! what it cannot analyse comes back as one of these.

/// Why an analysis could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The text has no visible characters at all.
    #[error("the text is empty: paste or open an article to analyse")]
    Empty,
    /// The text is longer than the engine accepts in one analysis.
    #[error("the text has {chars} characters; at most {limit} can be analysed at once")]
    TooLarge {
        /// The length of the text, in characters.
        chars: usize,
        /// The most characters the engine analyses.
        limit: usize,
    },
    /// The text looks like the bytes of a binary file rather than prose.
    #[error("this looks like a binary file, not text ({reason})")]
    Binary {
        /// What gave it away, for the message.
        reason: &'static str,
    },
    /// The text is a link alone. Nutshell reads text and never contacts
    /// another site (issue 16: a pasted link got a "summary" of its
    /// letters), so it says how to bring the article in instead.
    #[error(
        "this is a link, not an article: Nutshell never contacts other sites, so it cannot \
         read the page behind it. Open the page, copy the article's text and paste it here, \
         or save the page and open the saved file"
    )]
    Link,
    /// An option is out of its range (for example a ratio above 1).
    #[error("invalid option: {0}")]
    InvalidOption(String),
    /// Bytes given as a language pack are not one (a download cut short,
    /// an error page served in its place): see `lexicon::pack`.
    #[error("not a language pack: {0}")]
    LanguagePack(String),
}

impl Error {
    /// A short stable code for the error, for programs (JS API, JSON output).
    pub fn code(&self) -> &'static str {
        match self {
            Error::Empty => "empty",
            Error::TooLarge { .. } => "too_large",
            Error::Binary { .. } => "binary",
            Error::Link => "link",
            Error::InvalidOption(_) => "invalid_option",
            Error::LanguagePack(_) => "language_pack",
        }
    }
}
