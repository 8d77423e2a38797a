//! Whole-analysis snapshots: "outputs identical" checked by the suite, not
//! claimed in a commit message (issue 12).
//!
//! - The sample in `seeds/` and the project's own test articles in
//!   `tests/fixtures/` (written for Nutshell: an obituary, a business story
//!   with chart titles, an interview, a feature with captions and a list, a
//!   German news item) are snapshotted whole, as the CLI's JSON, in
//!   `tests/snapshots/NAME.json`: a change shows in review as a diff.
//! - Dev articles from `../shared/data` (when that folder is there, as on
//!   the project's machines and in CI) may not be copied into the project,
//!   so only a fingerprint of each analysis and its counts are kept, in
//!   `tests/snapshots/dev.json`: the suite says which article changed and
//!   in which list (run the CLI on that article before and after the
//!   change to see how).
//!
//! After a deliberate change, `NUTSHELL_UPDATE_SNAPSHOTS=1 cargo test
//! --features cli --test suite snapshot` rewrites the files; review the diff.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use nutshell::engine::{analyze, Options};
use serde_json::Value;

fn updating() -> bool {
    std::env::var_os("NUTSHELL_UPDATE_SNAPSHOTS").is_some()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The articles snapshotted whole.
fn articles() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = ["seeds", "tests/fixtures"]
        .iter()
        .flat_map(|dir| std::fs::read_dir(root().join(dir)).expect("folder"))
        .map(|entry| entry.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn whole_analyses_of_the_project_articles_are_unchanged() {
    let mut changed = Vec::new();
    for path in articles() {
        let text = std::fs::read_to_string(&path).expect("article");
        let analysis = analyze(&text, &Options::default()).expect("analysable");
        let json = serde_json::to_string_pretty(&analysis).unwrap() + "\n";
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let snapshot = root().join("tests/snapshots").join(format!("{name}.json"));
        if updating() {
            std::fs::write(&snapshot, &json).unwrap();
            continue;
        }
        let kept = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if kept != json {
            let new = root().join("target").join(format!("{name}.snapshot.json"));
            std::fs::write(&new, &json).unwrap();
            changed.push(format!(
                "{} (new output: {})",
                snapshot.display(),
                new.display()
            ));
        }
    }
    assert!(
        changed.is_empty(),
        "analyses changed; review with diff, then NUTSHELL_UPDATE_SNAPSHOTS=1:\n{}",
        changed.join("\n")
    );
}

/// Dev sets read for the fingerprints, and how many articles of each.
const DEV_SETS: &[(&str, usize)] = &[
    ("summarization/cnndm-dev.jsonl", 25),
    ("summarization/bbc-dev.jsonl", 25),
    ("ner/dev.docs.jsonl", 25),
    ("ner/gum.dev.jsonl", 25),
    ("ner/wikigold.dev.jsonl", 10),
];

fn shared_data() -> Option<PathBuf> {
    let dir = root().join("../shared/data");
    dir.is_dir().then_some(dir)
}

/// FNV-1a, 64 bits: a fingerprint, not a security hash.
fn fingerprint(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Each list's length, and a fingerprint of each list, for one analysis.
fn summary_of(analysis: &Value) -> Value {
    let mut out = serde_json::Map::new();
    for (key, value) in analysis.as_object().unwrap() {
        let bytes = serde_json::to_vec(value).unwrap();
        let count = value.as_array().map_or(1, Vec::len);
        out.insert(
            key.clone(),
            Value::from(format!("{count} {}", fingerprint(&bytes))),
        );
    }
    Value::Object(out)
}

fn dev_fingerprints(data: &Path) -> BTreeMap<String, Value> {
    let mut all = BTreeMap::new();
    for (set, take) in DEV_SETS {
        let Ok(lines) = std::fs::read_to_string(data.join(set)) else {
            continue;
        };
        for line in lines.lines().take(*take) {
            let record: Value = serde_json::from_str(line).expect("JSON line");
            let text = record["text"].as_str().expect("text");
            let id = format!("{set}#{}", record["id"].to_string().trim_matches('"'));
            let value = match analyze(text, &Options::default()) {
                Ok(analysis) => summary_of(&serde_json::to_value(&analysis).unwrap()),
                Err(error) => Value::from(format!("error: {}", error.code())),
            };
            all.insert(id, value);
        }
    }
    all
}

#[test]
fn analyses_of_dev_articles_are_unchanged() {
    let Some(data) = shared_data() else {
        eprintln!("../shared/data is not here: the dev fingerprints are not checked");
        return;
    };
    let now = dev_fingerprints(&data);
    let path = root().join("tests/snapshots/dev.json");
    if updating() {
        std::fs::write(&path, serde_json::to_string_pretty(&now).unwrap() + "\n").unwrap();
        return;
    }
    let kept: BTreeMap<String, Value> =
        serde_json::from_str(&std::fs::read_to_string(&path).expect("tests/snapshots/dev.json"))
            .expect("fingerprints");
    let mut changed = Vec::new();
    for (id, value) in &now {
        match kept.get(id) {
            Some(old) if old == value => {}
            Some(old) => {
                let lists: Vec<String> = value
                    .as_object()
                    .into_iter()
                    .flatten()
                    .filter(|(k, v)| old.get(k.as_str()) != Some(v))
                    .map(|(k, v)| {
                        format!(
                            "{k}: {} -> {v}",
                            old.get(k.as_str()).unwrap_or(&Value::Null)
                        )
                    })
                    .collect();
                changed.push(format!("{id}: {}", lists.join("; ")));
            }
            None => changed.push(format!("{id}: new")),
        }
    }
    assert!(
        changed.is_empty(),
        "{} dev analyses changed (review them, then NUTSHELL_UPDATE_SNAPSHOTS=1):\n{}",
        changed.len(),
        changed.join("\n")
    );
}
