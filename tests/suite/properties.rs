//! Properties that hold for any text: nothing panics, every offset is
//! exact, sentences tile the text, the summary is well-formed, and the
//! result is deterministic. Inputs are arbitrary Unicode and realistic
//! mutations of the sample article (cuts, repeated paragraphs, stray markup,
//! other scripts).
#![cfg(not(target_arch = "wasm32"))]

use nutshell::engine::{analyze_in, Analysis, Options, Unit};
use nutshell::extract::article_text;
use proptest::prelude::*;

const SAMPLE: &str = include_str!("../../seeds/000_b56badeed06a7e90.txt");

/// Check every invariant of `analysis` of `text` in `unit`.
fn check_invariants(text: &str, analysis: &Analysis, unit: Unit) {
    let len = match unit {
        Unit::Byte => text.len(),
        Unit::Char => text.chars().count(),
        Unit::Utf16 => text.encode_utf16().count(),
    };
    // Sentences: in order, non-empty, within the text, not overlapping,
    // trimmed, and together covering every visible char.
    let mut covered_to = 0;
    let byte_at = |offset: usize| -> usize {
        match unit {
            Unit::Byte => offset,
            Unit::Char => text
                .char_indices()
                .nth(offset)
                .map_or(text.len(), |(b, _)| b),
            Unit::Utf16 => {
                let mut units = 0;
                for (b, c) in text.char_indices() {
                    if units >= offset {
                        return b;
                    }
                    units += c.len_utf16();
                }
                assert_eq!(
                    units, offset,
                    "UTF-16 offset {offset} splits a surrogate pair"
                );
                text.len()
            }
        }
    };
    for s in &analysis.sentences {
        assert!(
            s.start < s.end && s.end <= len,
            "sentence {s:?} out of 0..{len}"
        );
        assert!(
            s.start >= covered_to,
            "sentences overlap or go backwards at {s:?}"
        );
        let (start, end) = (byte_at(s.start), byte_at(s.end));
        assert!(text.is_char_boundary(start) && text.is_char_boundary(end));
        let gap = &text[byte_at(covered_to)..start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "visible text {gap:?} in no sentence"
        );
        let sentence = &text[start..end];
        assert_eq!(sentence.trim(), sentence, "sentence not trimmed");
        covered_to = s.end;
    }
    assert!(
        text[byte_at(covered_to)..].chars().all(char::is_whitespace),
        "visible text after the last sentence"
    );
    // Fact spans: each one's text is the text at its offsets.
    let spans = analysis
        .entities
        .iter()
        .map(|e| (e.start, e.end, e.text.as_str()))
        .chain(
            analysis
                .dates
                .iter()
                .map(|d| (d.start, d.end, d.text.as_str())),
        )
        .chain(
            analysis
                .numbers
                .iter()
                .map(|n| (n.start, n.end, n.text.as_str())),
        )
        .chain(
            analysis
                .quotes
                .iter()
                .map(|q| (q.start, q.end, q.text.as_str())),
        )
        .chain(
            analysis
                .statements
                .iter()
                .map(|s| (s.start, s.end, s.text.as_str())),
        )
        .chain(
            analysis
                .roles
                .iter()
                .map(|r| (r.start, r.end, r.text.as_str())),
        );
    for (start, end, said) in spans {
        assert!(
            start < end && end <= len,
            "fact span {start}..{end} out of 0..{len}"
        );
        assert_eq!(
            &text[byte_at(start)..byte_at(end)],
            said,
            "fact text differs from the text at its offsets"
        );
    }
    // Summary: valid indexes, document order, no repeats, finite scores.
    let indexes: Vec<usize> = analysis.summary.iter().map(|p| p.sentence).collect();
    assert!(
        indexes.windows(2).all(|w| w[0] < w[1]),
        "summary out of order: {indexes:?}"
    );
    assert!(indexes.iter().all(|&i| i < analysis.sentences.len()));
    assert!(analysis.summary.iter().all(|p| p.score.is_finite()));
    assert!(analysis.meta.reading_minutes.is_finite());
}

/// Analyse in every unit: either a clean error or a result that keeps every
/// invariant and comes out the same twice.
fn check_text(text: &str, options: &Options) {
    for unit in [Unit::Byte, Unit::Char, Unit::Utf16] {
        match analyze_in(text, options, unit) {
            Ok(analysis) => {
                check_invariants(text, &analysis, unit);
                let json = serde_json::to_string(&analysis).unwrap();
                let read_back: nutshell::engine::Analysis = serde_json::from_str(&json).unwrap();
                assert_eq!(read_back, analysis, "does not read back what it writes");
                assert_eq!(
                    analyze_in(text, options, unit).unwrap(),
                    analysis,
                    "not deterministic"
                );
            }
            Err(error) => assert!(!error.to_string().is_empty()),
        }
        check_keypoints(text, options, unit);
    }
}

/// Key points (issue 19) on any text: each names a sentence, keeps spans
/// inside it in order, and has a bullet to show.
fn check_keypoints(text: &str, options: &Options, unit: Unit) {
    let options = Options {
        keypoints: true,
        ..*options
    };
    let Ok(report) = nutshell::engine::report(text, &options, unit) else {
        return;
    };
    let sentences = &report.analysis.sentences;
    for point in report.keypoints.expect("asked for") {
        let sentence = sentences[point.sentence];
        let mut at = sentence.start;
        for span in &point.spans {
            assert!(
                at <= span.start && span.start < span.end && span.end <= sentence.end,
                "kept span {span:?} out of order or out of its sentence {sentence:?}"
            );
            at = span.end;
        }
        assert!(!point.text.trim().is_empty());
    }
}

/// Realistic damage to an article.
fn mutated_sample() -> impl Strategy<Value = String> {
    let cut = (0..SAMPLE.chars().count(), 0..SAMPLE.chars().count());
    let extra = prop::sample::select(vec![
        "<p>",
        "</div>",
        "<script>alert(1)</script>",
        "**bold** ",
        "# Heading\n",
        "\u{0}",
        "\u{FEFF}",
        "北京。",
        "مرحبا. ",
        "👍🏽",
        "\r\n",
        "\n\n\n",
        "...",
        "Mr. ",
        "U.S. ",
        "\"",
        "’",
        "'",
        "“We will win,” he said. ",
        ", said Lt. Gen. Viktor Khrenin, the minister, ",
        " emphasised that ",
        "- item\n",
        "\u{200B}",
    ]);
    (
        cut,
        prop::collection::vec((0..SAMPLE.len(), extra), 0..12),
        any::<bool>(),
    )
        .prop_map(|((a, b), inserts, twice)| {
            let chars: Vec<char> = SAMPLE.chars().collect();
            let (a, b) = (a.min(b), a.max(b));
            let mut text: String = chars[a..b].iter().collect();
            if twice {
                let copy = text.clone();
                text.push_str("\n\n");
                text.push_str(&copy);
            }
            for (at, piece) in inserts {
                let mut at = at.min(text.len());
                while !text.is_char_boundary(at) {
                    at -= 1;
                }
                text.insert_str(at, piece);
            }
            text
        })
}

fn any_options() -> impl Strategy<Value = Options> {
    prop_oneof![
        Just(Options::default()),
        (1usize..12).prop_map(|n| Options {
            sentences: Some(n),
            ..Options::default()
        }),
        (0.01f64..=1.0).prop_map(|r| Options {
            ratio: Some(r),
            ..Options::default()
        }),
        (1usize..200).prop_map(|w| Options {
            words: Some(w),
            ..Options::default()
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn any_unicode_text(text in "\\PC{0,300}|[ -~\\n]{0,300}|(\\PC|\\n){0,300}", options in any_options()) {
        check_text(&text, &options);
    }

    #[test]
    fn any_chars_at_all(chars in prop::collection::vec(any::<char>(), 0..300)) {
        check_text(&chars.into_iter().collect::<String>(), &Options::default());
    }

    #[test]
    fn damaged_articles(text in mutated_sample(), options in any_options()) {
        check_text(&text, &options);
    }

    /// A dropped HTML page, however broken or hostile, becomes plain text:
    /// no panic, never longer than the markup (tags and references only
    /// shrink), and the same every time.
    #[test]
    fn any_html_becomes_text(html in "(<[a-zA-Z/!?]{0,8}[ a-z=\"'>]{0,12}|&#?[a-zA-Z0-9]{0,8};?|[^<&]{0,16}|\n\n){0,40}") {
        let text = article_text(&html);
        prop_assert!(text.len() <= html.len(), "{} bytes from {}", text.len(), html.len());
        prop_assert_eq!(article_text(&html), text);
    }
}

#[test]
fn the_sample_itself() {
    check_text(SAMPLE, &Options::default());
}
