//! Named entities on real sentences: the sample article's people, places
//! and organisations, with their canonical names.

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
