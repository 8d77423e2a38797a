//! What a caller may ask of an analysis.

use super::calendar::Date;
use super::error::Error;
use crate::engine::summary::summarize::Length;

/// How to analyse a text. `Default` gives the product's own choices.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Options {
    /// Summary length as a number of sentences.
    pub sentences: Option<usize>,
    /// Summary length as a share of the article's sentences, in (0, 1].
    pub ratio: Option<f64>,
    /// Summary length as a budget of words.
    pub words: Option<usize>,
    /// The article's date, for resolving relative dates; wins over a date
    /// line in the text.
    pub date: Option<Date>,
    /// The text's language (ISO 639-1, from [`crate::engine::segmentation::language::iso_639_1`]),
    /// taken as given instead of detected.
    pub language: Option<&'static str>,
    /// Whether to give the summary as key points too
    /// ([`crate::engine::summary::keypoints`]); the length options apply.
    pub keypoints: bool,
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
        if self.words == Some(0) {
            return Err(Error::InvalidOption("words must be at least 1".into()));
        }
        if let Some(ratio) = self.ratio {
            if !(ratio > 0.0 && ratio <= 1.0) {
                return Err(Error::InvalidOption(format!(
                    "ratio must be above 0 and at most 1, not {ratio}"
                )));
            }
        }
        let lengths = [
            self.sentences.is_some(),
            self.ratio.is_some(),
            self.words.is_some(),
        ];
        if lengths.iter().filter(|&&given| given).count() > 1 {
            return Err(Error::InvalidOption(
                "give one of sentences, ratio or words, not several".into(),
            ));
        }
        Ok(())
    }

    /// The summary length these options ask for.
    pub fn length(&self) -> Length {
        match (self.sentences, self.ratio, self.words) {
            (Some(n), _, _) => Length::Sentences(n),
            (_, Some(r), _) => Length::Ratio(r),
            (_, _, Some(w)) => Length::Words(w),
            _ => Length::Default,
        }
    }
}
