//! What a caller may ask of an analysis.

use super::calendar::Date;
use super::error::Error;

/// How to analyse a text. `Default` gives the product's own choices.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Options {
    /// Summary length as a number of sentences.
    pub sentences: Option<usize>,
    /// Summary length as a share of the article's sentences, in (0, 1].
    pub ratio: Option<f64>,
    /// The article's date, for resolving relative dates; wins over a date
    /// line in the text.
    pub date: Option<Date>,
}

impl Options {
    /// Check every option is in its range.
    ///
    /// # Errors
    /// [`Error::InvalidOption`] naming the option that is not.
    pub fn check(&self) -> Result<(), Error> {
        if self.sentences == Some(0) {
            return Err(Error::InvalidOption("sentences must be at least 1".into()));
        }
        if let Some(ratio) = self.ratio {
            if !(ratio > 0.0 && ratio <= 1.0) {
                return Err(Error::InvalidOption(format!(
                    "ratio must be above 0 and at most 1, not {ratio}"
                )));
            }
        }
        if self.sentences.is_some() && self.ratio.is_some() {
            return Err(Error::InvalidOption(
                "give sentences or ratio, not both".into(),
            ));
        }
        Ok(())
    }
}
