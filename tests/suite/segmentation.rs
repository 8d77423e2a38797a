//! The golden sentence-splitting cases, natively, in every offset unit.

use crate::common::segmentation_cases::{check, CASES};
use nutshell::engine::Unit;

#[test]
fn splits_news_prose_into_sentences() {
    for case in CASES {
        for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
            check(case, unit);
        }
    }
}
