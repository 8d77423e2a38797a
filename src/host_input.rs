//! What a host page hands Nutshell's browser shells, checked before it
//! reaches the engine: numbers from JavaScript (the options of `analyze`)
//! and the custom element's `length` attribute. A host's mistake becomes a
//! message saying what is wrong, never a trap of the shared wasm instance.
//! Pure functions, so they are tested natively; `api.rs` and `ui/embed.rs`
//! are the glue that reads JavaScript values and calls them.

/// The largest integer a JavaScript number holds exactly
/// (`Number.MAX_SAFE_INTEGER`, ECMA-262 §21.1.2.6).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// The longest summary the custom element's `length` attribute may ask
/// for, in sentences. A summary that long is no longer a summary, so a
/// larger value is taken for a mistake (a typo, a byte count) and reported
/// rather than obeyed; an article with fewer sentences simply shows all.
pub(crate) const MAX_SUMMARY_LENGTH: usize = 1000;

/// A JavaScript number as a count: a whole number from 0 that a `usize`
/// holds (on wasm32, up to 2³² − 1), or `None` (fractions, negatives, NaN,
/// infinities, numbers past the safe integers).
pub(crate) fn count(value: f64) -> Option<usize> {
    let whole = value.is_finite() && value.fract() == 0.0;
    if whole && (0.0..=MAX_SAFE_INTEGER).contains(&value) {
        // Exact: a whole number within the safe integers fits in u64.
        usize::try_from(value as u64).ok()
    } else {
        None
    }
}

/// The summary length the `length` attribute asks for: `None` when it is
/// absent or blank (the widget's default length), else a whole number of
/// sentences from 1 to [`MAX_SUMMARY_LENGTH`], written in decimal digits.
///
/// # Errors
/// A message naming the attribute and the value, for anything else
/// (`"abc"`, `"-3"`, `"2.5"`, `"NaN"`, `"99999999999"`).
pub(crate) fn summary_length(attribute: Option<&str>) -> Result<Option<usize>, String> {
    let Some(value) = attribute.map(str::trim).filter(|v| !v.is_empty()) else {
        return Ok(None);
    };
    let digits = !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit());
    match value.parse::<usize>() {
        Ok(n) if digits && (1..=MAX_SUMMARY_LENGTH).contains(&n) => Ok(Some(n)),
        _ => {
            let shown: String = value.chars().take(40).collect();
            let cut = if shown.len() < value.len() { "…" } else { "" };
            Err(format!(
                "length must be a whole number of sentences from 1 to {MAX_SUMMARY_LENGTH}, \
                 not \"{shown}{cut}\"; the default length is used"
            ))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_whole_numbers_from_zero_that_fit() {
        assert_eq!(count(0.0), Some(0));
        assert_eq!(count(-0.0), Some(0));
        assert_eq!(count(3.0), Some(3));
        assert_eq!(count(4_294_967_295.0), Some(4_294_967_295));
        for bad in [
            2.5,
            -1.0,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e30,
            9_007_199_254_740_992.0,
        ] {
            assert_eq!(count(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_length_attribute_is_absent_or_a_whole_number_in_range() {
        assert_eq!(summary_length(None), Ok(None));
        assert_eq!(summary_length(Some("")), Ok(None));
        assert_eq!(summary_length(Some("  ")), Ok(None));
        assert_eq!(summary_length(Some("4")), Ok(Some(4)));
        assert_eq!(summary_length(Some(" 2 ")), Ok(Some(2)));
        assert_eq!(summary_length(Some("1000")), Ok(Some(MAX_SUMMARY_LENGTH)));
        for bad in [
            "0",
            "-3",
            "+3",
            "2.5",
            "1e3",
            "NaN",
            "Infinity",
            "abc",
            "1001",
            "99999999999",
            "99999999999999999999999",
        ] {
            let message = summary_length(Some(bad)).expect_err(bad);
            assert!(
                message.starts_with("length must be a whole number"),
                "{message}"
            );
            assert!(message.contains(&format!("\"{bad}\"")), "{message}");
        }
    }

    #[test]
    fn a_long_bad_length_is_shown_cut() {
        let long = "x".repeat(10_000);
        let message = summary_length(Some(&long)).unwrap_err();
        assert!(
            message.contains(&format!("\"{}…\"", "x".repeat(40))),
            "{message}"
        );
        assert!(message.len() < 200);
    }
}
