//! The command-line tool, run as a user runs it: files, stdin, JSON lines,
//! and the exit codes of each kind of failure.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SAMPLE: &str = "seeds/000_b56badeed06a7e90.txt";

fn nutshell(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nutshell");
    // A usage error exits before reading its input: a broken pipe then is
    // expected, and the exit code is what the test checks.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin.as_bytes()) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

fn json(output: &Output) -> Value {
    assert!(
        output.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("one JSON object")
}

#[test]
fn analyses_the_sample_with_every_contract_field() {
    let analysis = json(&nutshell(&["analyze", SAMPLE], ""));
    for field in [
        "meta",
        "sentences",
        "summary",
        "entities",
        "dates",
        "numbers",
        "quotes",
        "keyphrases",
    ] {
        assert!(analysis.get(field).is_some(), "missing {field}");
    }
    let meta = &analysis["meta"];
    assert_eq!(meta["date"], "2025-06-28");
    assert_eq!(meta["title"], Value::Null);
    assert_eq!(meta["language"], "en");
    let text = std::fs::read_to_string(SAMPLE).unwrap();
    let chars: Vec<char> = text.chars().collect();
    let sentences = analysis["sentences"].as_array().unwrap();
    // The date line, then the first sentence of the body, by char offsets.
    let first: String = chars[sentences[0]["start"].as_u64().unwrap() as usize
        ..sentences[0]["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert_eq!(first, "date 2025-06-28");
    let second: String = chars[sentences[1]["start"].as_u64().unwrap() as usize
        ..sentences[1]["end"].as_u64().unwrap() as usize]
        .iter()
        .collect();
    assert!(
        second.starts_with("Belarusian Defence Minister") && second.ends_with("the two nations."),
        "{second}"
    );
}

#[test]
fn reads_standard_input_and_counts_offsets_in_chars() {
    let analysis = json(&nutshell(
        &["analyze", "-"],
        "Café ☕ opens. Naïve 👍🏽 fans came.",
    ));
    let sentences = analysis["sentences"].as_array().unwrap();
    assert_eq!(
        (sentences[1]["start"].as_u64(), sentences[1]["end"].as_u64()),
        (Some(14), Some(33))
    );
}

#[test]
fn date_option_wins_over_the_date_line() {
    let analysis = json(&nutshell(&["analyze", "--date", "2024-01-31", SAMPLE], ""));
    assert_eq!(analysis["meta"]["date"], "2024-01-31");
}

#[test]
fn jsonl_keeps_ids_and_order_and_reports_bad_lines_in_place() {
    let input = concat!(
        "{\"id\": \"a\", \"text\": \"First one. Two.\"}\n",
        "{\"id\": 7, \"text\": \"   \"}\n",
        "{\"id\": \"c\", \"text\": \"Third.\", \"date\": \"2025-06-28\"}\n",
    );
    let output = nutshell(&["analyze", "--jsonl", "--sentences", "2"], input);
    assert!(output.status.success());
    let lines: Vec<Value> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 3);
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[0]["sentences"].as_array().unwrap().len(), 2);
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["error"]["code"], "empty");
    assert_eq!(lines[2]["meta"]["date"], "2025-06-28");
}

#[test]
fn each_failure_has_its_exit_code_and_message() {
    let empty = nutshell(&["analyze", "-"], " \n ");
    assert_eq!(empty.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&empty.stderr).contains("the text is empty"));

    let binary = nutshell(&["analyze", "-"], "PK\u{3}\u{4}\0\0\0");
    assert_eq!(binary.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&binary.stderr).contains("binary file"));

    assert_eq!(
        nutshell(&["analyze", "--ratio", "1.5", "-"], "Hi.")
            .status
            .code(),
        Some(1)
    );
    assert_eq!(
        nutshell(&["analyze", "--date", "28/06/2025", "-"], "Hi.")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(nutshell(&["analyze"], "").status.code(), Some(2));
    assert_eq!(nutshell(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(
        nutshell(&["analyze", "/no/such/file"], "").status.code(),
        Some(3)
    );
}
