//! Key facts on real sentences: the sample article's people, places and
//! organisations with their canonical names, its dates and its numbers.

use std::collections::HashSet;

use nutshell::engine::{analyze, Options};

const SAMPLE: &str = include_str!("../seeds/000_b56badeed06a7e90.txt");

fn entities(text: &str) -> HashSet<(String, &'static str, String)> {
    analyze(text, &Options::default())
        .unwrap()
        .entities
        .into_iter()
        .map(|e| (e.text, e.label, e.canonical))
        .collect()
}

#[test]
fn finds_the_facts_a_reader_expects_in_the_sample() {
    let found = entities(SAMPLE);
    for (text, label, canonical) in [
        ("Viktor Khrenin", "PER", "Viktor Khrenin"),
        ("Rajnath Singh", "PER", "Rajnath Singh"),
        ("Singh", "PER", "Rajnath Singh"),
        (
            "Shanghai Cooperation Organisation",
            "ORG",
            "Shanghai Cooperation Organisation",
        ),
        ("SCO", "ORG", "Shanghai Cooperation Organisation"),
        ("Qingdao", "LOC", "Qingdao"),
        ("China", "LOC", "China"),
        ("Pakistan", "LOC", "Pakistan"),
        ("Operation Sindoor", "MISC", "Operation Sindoor"),
        ("India", "LOC", "India"),
        ("Belarusian", "MISC", "Belarusian"),
    ] {
        assert!(
            found.contains(&(text.to_string(), label, canonical.to_string())),
            "missing {text} {label} -> {canonical}; found {found:?}"
        );
    }
}

#[test]
fn possessives_stay_outside_the_name() {
    let found = entities("Officials said India’s minister met Germany's envoy in Berlin.");
    assert!(
        found.contains(&("India".to_string(), "LOC", "India".to_string())),
        "{found:?}"
    );
    assert!(
        found.contains(&("Germany".to_string(), "LOC", "Germany".to_string())),
        "{found:?}"
    );
}

#[test]
fn reuters_style_sentences() {
    let found = entities(
        "Prime Minister John Major said on Tuesday that the European Union would meet in Brussels.",
    );
    assert!(
        found.contains(&("John Major".to_string(), "PER", "John Major".to_string())),
        "{found:?}"
    );
    assert!(
        found.contains(&(
            "European Union".to_string(),
            "ORG",
            "European Union".to_string()
        )),
        "{found:?}"
    );
    assert!(
        found.contains(&("Brussels".to_string(), "LOC", "Brussels".to_string())),
        "{found:?}"
    );
}

/// (text, value) of each date expression.
fn dates_of(analysis: &nutshell::engine::Analysis) -> Vec<(&str, Option<&str>)> {
    analysis
        .dates
        .iter()
        .map(|d| (d.text.as_str(), d.value.as_deref()))
        .collect()
}

#[test]
fn the_samples_date_and_duration() {
    let analysis = analyze(SAMPLE, &Options::default()).unwrap();
    let dates = dates_of(&analysis);
    assert_eq!(
        dates,
        [("2025-06-28", Some("2025-06-28")), ("2025", Some("2025"))]
    );
    let duration = analysis
        .numbers
        .iter()
        .find(|n| n.text == "33-year")
        .expect("the 33-year history");
    assert_eq!(
        (duration.kind, duration.value, duration.unit.as_deref()),
        ("duration", 33.0, Some("year"))
    );
}

#[test]
fn relative_dates_resolve_against_the_date_line() {
    let text = "date 2025-06-28\n\nThe ministers met yesterday and will meet again next month. Three days ago, prices rose 3.5% to $1.2bn.";
    let analysis = analyze(text, &Options::default()).unwrap();
    let dates = dates_of(&analysis);
    assert_eq!(
        dates,
        [
            ("2025-06-28", Some("2025-06-28")),
            ("yesterday", Some("2025-06-27")),
            ("next month", Some("2025-07")),
            ("Three days ago", Some("2025-06-25"))
        ]
    );
    let numbers: Vec<(&str, &str, f64)> = analysis
        .numbers
        .iter()
        .map(|n| (n.text.as_str(), n.kind, n.value))
        .collect();
    assert_eq!(
        numbers,
        [("3.5%", "percent", 3.5), ("$1.2bn", "money", 1.2e9)]
    );
}

#[test]
fn the_samples_key_phrases() {
    let analysis = analyze(SAMPLE, &Options::default()).unwrap();
    let phrases: Vec<&str> = analysis
        .keyphrases
        .iter()
        .map(|k| k.text.as_str())
        .collect();
    for expected in ["India", "Belarus", "Rajnath Singh", "SCO"] {
        assert!(
            phrases.contains(&expected),
            "missing {expected} in {phrases:?}"
        );
    }
    assert!(
        phrases
            .iter()
            .all(|p| !p.ends_with("’s") && !p.contains("’s ")),
        "{phrases:?}"
    );
    assert!(
        analysis
            .keyphrases
            .windows(2)
            .all(|w| w[0].score >= w[1].score),
        "best first"
    );
}
