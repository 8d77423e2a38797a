//! The command-line tool, run as a user runs it: files, stdin, JSON lines,
//! and the exit codes of each kind of failure.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const SAMPLE: &str = "seeds/000_b56badeed06a7e90.txt";

fn nutshell(args: &[&str], stdin: impl AsRef<[u8]>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nutshell");
    // A usage error exits before reading its input: a broken pipe then is
    // expected, and the exit code is what the test checks.
    if let Err(error) = child.stdin.take().unwrap().write_all(stdin.as_ref()) {
        assert_eq!(error.kind(), std::io::ErrorKind::BrokenPipe, "{error}");
    }
    child.wait_with_output().unwrap()
}

/// Each line of a `--jsonl` run's output, read as JSON.
fn json_lines(output: Output) -> Vec<Value> {
    String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
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
    let lines = json_lines(output);
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

    // Any bad option value is bad usage, whether it does not parse or is
    // out of range (issue 11: the README and the code disagreed).
    assert_eq!(
        nutshell(&["analyze", "--ratio", "1.5", "-"], "Hi.")
            .status
            .code(),
        Some(2)
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

/// Issue 11: one bad line stopped the whole batch (exit 3). Every kind of
/// bad line now gives an error line in its place and the batch goes on.
#[test]
fn jsonl_goes_on_after_any_bad_line() {
    let mut input = Vec::new();
    input.extend_from_slice(b"{\"id\": 1, \"text\": \"First one. Two.\"}\n");
    input.extend_from_slice(b"not json at all\n");
    // JSON.stringify writes a lone surrogate as its escape.
    input.extend_from_slice(b"{\"id\": 3, \"text\": \"A lone \\ud800 half. Fine.\"}\n");
    input.extend_from_slice(b"{\"id\": 4, \"txt\": \"misspelt field\"}\n");
    // Bytes that are not UTF-8 inside a line.
    input.extend_from_slice(
        b"{\"id\": 5, \"text\": \"Caf\xe9 au lait was served in the old town square. Good.\"}\n",
    );
    input.extend_from_slice(b"{\"id\": 6, \"text\": \"Last one.\"}");
    let output = nutshell(&["analyze", "--jsonl"], &input);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let lines = json_lines(output);
    let ids: Vec<String> = lines.iter().map(|l| l["id"].to_string()).collect();
    assert_eq!(ids, ["1", "null", "3", "4", "5", "6"]);
    assert_eq!(lines[1]["error"]["code"], "invalid_input");
    assert!(lines[2].get("error").is_none(), "{}", lines[2]);
    assert_eq!(lines[3]["error"]["code"], "invalid_input");
    assert!(lines[4].get("error").is_none(), "{}", lines[4]);
    assert!(lines[5]["sentences"].is_array());
}

/// Issue 11: a line longer than any text the engine accepts is refused
/// with an error line, not parsed, and the next line is analysed.
#[test]
fn jsonl_refuses_an_overlong_line_and_goes_on() {
    let mut input = b"{\"id\": 1, \"text\": \"".to_vec();
    input.extend(std::iter::repeat_n(b'a', 7_000_000));
    input.extend_from_slice(b"\"}\n{\"id\": 2, \"text\": \"Short. Fine.\"}\n");
    let output = nutshell(&["analyze", "--jsonl"], &input);
    assert!(output.status.success());
    let lines = json_lines(output);
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["error"]["code"], "too_large");
    assert_eq!(lines[1]["id"], 2);
}

/// Issue 11: input size was unbounded (2 GB read before refusing). An
/// endless input is now refused after the first few megabytes.
#[test]
fn an_endless_input_is_refused_without_reading_it_all() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(["analyze", "-"])
        .stdin(std::fs::File::open("/dev/zero").expect("/dev/zero"))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run nutshell");
    let started = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > std::time::Duration::from_secs(60) {
            child.kill().unwrap();
            panic!("still reading an endless input after a minute");
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let output = child.wait_with_output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&output.stderr).contains("at most 1000000 characters"));
}

/// The contract's additions (CONTRACT.md, "Additions"): each sentence's
/// part, each date's TimeML type, where each key phrase occurs, and where
/// the text came from and how far Nutshell supports its language.
#[test]
fn the_contract_additions_are_there() {
    let analysis = json(&nutshell(&["analyze", SAMPLE], ""));
    let sentences = analysis["sentences"].as_array().unwrap();
    assert_eq!(sentences[0]["part"], "dateline");
    assert!(sentences[1..].iter().all(|s| s["part"] == "body"));
    let dates = analysis["dates"].as_array().unwrap();
    assert!(!dates.is_empty());
    assert!(dates
        .iter()
        .all(|d| ["DATE", "TIME", "DURATION", "SET"].contains(&d["type"].as_str().unwrap())));
    let text: Vec<char> = std::fs::read_to_string(SAMPLE).unwrap().chars().collect();
    for phrase in analysis["keyphrases"].as_array().unwrap() {
        let mentions = phrase["mentions"].as_array().unwrap();
        assert!(!mentions.is_empty(), "{phrase}");
        for m in mentions {
            let (start, end) = (
                m["start"].as_u64().unwrap() as usize,
                m["end"].as_u64().unwrap() as usize,
            );
            let written: String = text[start..end].iter().collect();
            assert!(
                written.eq_ignore_ascii_case(phrase["text"].as_str().unwrap()),
                "{written} for {phrase}"
            );
        }
    }
    assert_eq!(analysis["meta"]["source"], "000_b56badeed06a7e90.txt");
    assert_eq!(analysis["meta"]["support"], "full");
    let piped = json(&nutshell(&["analyze", "-"], "Hello there. It rained."));
    assert_eq!(piped["meta"]["source"], Value::Null);
}

/// Issue 17 and the contract's `meta.support`: English rules read into
/// German gave stop words as key phrases and "Das" as a person. Another
/// language now gets its summary, key phrases read with its own word lists
/// (issue 17: "key phrases never a stop word"), and no guessed facts.
#[test]
fn other_languages_get_a_summary_and_no_guessed_facts() {
    let german = "Das Unternehmen hat am Montag in Berlin neue Zahlen vorgelegt. \
                  Der Umsatz ist um zehn Prozent gestiegen, und die Aktie legte zu. \
                  Die Anleger waren mit dem Ergebnis sehr zufrieden, sagte ein Sprecher.";
    let analysis = json(&nutshell(&["analyze", "-"], german));
    assert_eq!(analysis["meta"]["language"], "de");
    assert_eq!(analysis["meta"]["support"], "summary");
    for list in ["entities", "dates", "numbers", "quotes"] {
        assert_eq!(analysis[list].as_array().unwrap().len(), 0, "{list}");
    }
    for phrase in analysis["keyphrases"].as_array().unwrap() {
        let text = phrase["text"].as_str().unwrap().to_lowercase();
        assert!(
            !["das", "der", "die", "und", "am", "in", "um", "mit", "dem", "ein"]
                .contains(&text.as_str()),
            "a stop word as a key phrase: {text}"
        );
    }
    assert!(!analysis["summary"].as_array().unwrap().is_empty());
    // Taken as given.
    let told = json(&nutshell(&["analyze", "--language", "EN", "-"], german));
    assert_eq!(
        (
            told["meta"]["language"].as_str(),
            told["meta"]["support"].as_str()
        ),
        (Some("en"), Some("full"))
    );
    assert_eq!(
        nutshell(&["analyze", "--language", "xx", "-"], german)
            .status
            .code(),
        Some(2)
    );
}

/// Issue 11: the page refused Latin-1 files as binary while the CLI turned
/// their accented letters into U+FFFD without a word. Both now read them as
/// Windows-1252 and say so.
#[test]
fn a_latin_1_file_is_read_as_windows_1252_and_said_so() {
    let output = nutshell(
        &["analyze", "-"],
        b"The Caf\xe9 Royal reopened in London on Monday. Crowds queued na\xefvely for hours.",
    );
    let analysis = json(&output);
    assert!(String::from_utf8_lossy(&output.stderr).contains("read as Windows-1252"));
    assert_eq!(analysis["sentences"].as_array().unwrap().len(), 2);
    // Offsets count the decoded characters: the text is 77 chars long.
    assert_eq!(analysis["sentences"][1]["end"], 77);
}

#[test]
fn standalone_counts_where_any_summary_fails_the_checks_and_goes_on_after_bad_text() {
    let text = "The ferry sailed again on Monday. She carried forty cars. Will fares rise?";
    let lines = format!(
        "{}\n{}\n",
        serde_json::json!({"text": text, "summaries": [[0, 1], [1], [2], [7]]}),
        serde_json::json!({"text": "", "summaries": [[0]]})
    );
    let out = nutshell(&["standalone"], lines);
    assert!(out.status.success());
    let found = json_lines(out);
    assert_eq!(
        found[0]["violations"],
        serde_json::json!([
            [],
            [{"sentence": 1, "check": "dangling_reference"}],
            [{"sentence": 2, "check": "question"}],
            []
        ])
    );
    assert!(found[1]["error"].is_string(), "{found:?}");
    assert_eq!(nutshell(&["standalone", "x"], "").status.code(), Some(2));
}

/// Issue 19: `--keypoints` adds the summary as key points, each a summary
/// sentence compressed, with the kept spans in chars, in order, inside
/// their sentence; without the option the JSON has no such field.
#[test]
fn keypoints_come_with_the_option_only_and_point_into_their_sentence() {
    let plain = json(&nutshell(&["analyze", SAMPLE], ""));
    assert!(plain.get("keypoints").is_none());
    let text =
        "Viktor Khrenin, Belarus’s minister of defence since 2020, met Rajnath Singh in Qingdao. \
        However, the talks will resume in Delhi next year, he added. \
        “We will meet again,” Khrenin said on Saturday.";
    let analysis = json(&nutshell(
        &["analyze", "--keypoints", "--sentences", "3", "-"],
        text,
    ));
    let chars: Vec<char> = text.chars().collect();
    let points = analysis["keypoints"].as_array().unwrap();
    let summary: Vec<&Value> = analysis["summary"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| &s["sentence"])
        .collect();
    let sentences: Vec<&Value> = points.iter().map(|p| &p["sentence"]).collect();
    assert_eq!(sentences, summary);
    let bullets: Vec<&str> = points.iter().map(|p| p["text"].as_str().unwrap()).collect();
    assert_eq!(
        bullets,
        [
            "Viktor Khrenin, Belarus’s minister of defence since 2020, met Rajnath Singh in Qingdao.",
            "The talks will resume in Delhi next year, he added.",
            "“We will meet again,” Khrenin said."
        ]
    );
    for point in points {
        let sentence = &analysis["sentences"][point["sentence"].as_u64().unwrap() as usize];
        let (from, to) = (
            sentence["start"].as_u64().unwrap(),
            sentence["end"].as_u64().unwrap(),
        );
        // The bullet's letters and digits are the kept spans', in order:
        // only case and punctuation may be mended.
        let letters = |s: &str| -> String {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect()
        };
        let mut at = from;
        let mut kept = String::new();
        for span in point["spans"].as_array().unwrap() {
            let (start, end) = (
                span["start"].as_u64().unwrap(),
                span["end"].as_u64().unwrap(),
            );
            assert!(at <= start && start < end && end <= to, "{point}");
            kept.extend(&chars[start as usize..end as usize]);
            at = end;
        }
        assert_eq!(letters(&kept), letters(point["text"].as_str().unwrap()));
    }
    // A word budget counts the bullets' words, so it holds more of them
    // than of whole sentences.
    let lines = json_lines(nutshell(
        &["analyze", "--jsonl", "--keypoints", "--words", "20"],
        format!("{}\n", serde_json::json!({"id": 1, "text": text})),
    ));
    let points = lines[0]["keypoints"].as_array().unwrap();
    let words: usize = points
        .iter()
        .map(|p| p["text"].as_str().unwrap().split_whitespace().count())
        .sum();
    assert!(words <= 20, "{}", lines[0]);
    assert!(
        points.len() > lines[0]["summary"].as_array().unwrap().len(),
        "{}",
        lines[0]
    );
}

/// A saved news page, written for these tests: a menu, a share bar, a
/// caption, an advert, related links and comments around the article.
const PAGE: &str = r#"<!doctype html><html><head>
    <title>Ministers agree a maritime plan in Qingdao | The Daily Planet</title>
    <meta property="og:title" content="Ministers agree a maritime plan in Qingdao">
    <script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Jane Roe"},
      "datePublished": "2025-06-27T09:00:00+08:00"}</script></head><body>
    <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
    <main><article>
      <h1>Ministers agree a maritime plan in Qingdao</h1>
      <ul class="social-share"><li><a>Share on Facebook</a></li><li><a>Share on LinkedIn</a></li></ul>
      <figure><img src="p.jpg" alt=""><figcaption>Ministers arrive at the conference hall.</figcaption></figure>
      <p>Defence ministers from ten countries met in Qingdao on Tuesday and agreed on a plan for safety at sea.</p>
      <div class="advert">Advertisement: the new Phone Max, now in stores.</div>
      <p>The plan sets up a hotline between the navies and a shared register of incidents, officials said.</p>
      <p>Talks went on late into the night, and a statement is expected next week, the host said.</p>
      <section class="related"><h2>Related</h2><a href="/x">Navies hold drills in the Yellow Sea</a></section>
    </article></main>
    <div id="comments"><p>Reader42: Great article, thanks for writing it all up.</p></div>
    </body></html>"#;

/// `page.html` with [`PAGE`] in a fresh folder of the test's own.
fn page_file(name: &str) -> std::path::PathBuf {
    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&folder).unwrap();
    let path = folder.join("page.html");
    std::fs::write(&path, PAGE).unwrap();
    path
}

/// Issue 16: a dropped page gave its menu as the headline, its share bar
/// and adverts as text, its captions as body. `analyze FILE.html` reads the
/// page as the widget does: the page's title, byline and date in `meta`,
/// the date resolving the article's weekdays, the caption a caption.
#[test]
fn analyze_reads_a_saved_page_as_the_widget_does() {
    let path = page_file("analyze-page");
    let analysis = json(&nutshell(&["analyze", path.to_str().unwrap()], ""));
    let meta = &analysis["meta"];
    assert_eq!(meta["title"], "Ministers agree a maritime plan in Qingdao");
    assert_eq!(meta["byline"], "Jane Roe");
    assert_eq!(meta["date"], "2025-06-27");
    assert_eq!(meta["source"], "page.html");
    let extracted = json(&nutshell(&["extract", path.to_str().unwrap()], ""));
    let text: Vec<char> = extracted["text"].as_str().unwrap().chars().collect();
    let slice = |v: &Value| -> String {
        text[v["start"].as_u64().unwrap() as usize..v["end"].as_u64().unwrap() as usize]
            .iter()
            .collect()
    };
    let sentences = analysis["sentences"].as_array().unwrap();
    let caption: Vec<String> = sentences
        .iter()
        .filter(|s| s["part"] == "caption")
        .map(slice)
        .collect();
    assert_eq!(
        caption,
        ["Caption: Ministers arrive at the conference hall."]
    );
    let tuesday = analysis["dates"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["text"] == "Tuesday")
        .expect("Tuesday is a date");
    assert_eq!(tuesday["value"], "2025-06-24");
    for summary in analysis["summary"].as_array().unwrap() {
        let sentence = &sentences[summary["sentence"].as_u64().unwrap() as usize];
        assert_eq!(sentence["part"], "body", "{}", slice(sentence));
    }
}

/// `extract FILE` prints exactly the text `analyze` analyses, with the
/// page's metadata, and nothing of the page around the article.
#[test]
fn extract_prints_the_text_and_metadata_of_a_page() {
    let path = page_file("extract-page");
    let extracted = json(&nutshell(&["extract", path.to_str().unwrap()], ""));
    assert_eq!(
        extracted["title"],
        "Ministers agree a maritime plan in Qingdao"
    );
    assert_eq!(extracted["byline"], "Jane Roe");
    assert_eq!(extracted["date"], "2025-06-27");
    assert_eq!(extracted["source"], "page.html");
    let text = extracted["text"].as_str().unwrap();
    assert_eq!(
        text,
        "Ministers agree a maritime plan in Qingdao\nBy Jane Roe\nPublished: 2025-06-27\n\n\
         Caption: Ministers arrive at the conference hall.\n\n\
         Defence ministers from ten countries met in Qingdao on Tuesday and agreed on a plan for safety at sea.\n\n\
         The plan sets up a hotline between the navies and a shared register of incidents, officials said.\n\n\
         Talks went on late into the night, and a statement is expected next week, the host said."
    );
    // The header lines (title, byline, date) end at the first blank line.
    let (_, body) = text.split_once("\n\n").unwrap();
    assert!(body.starts_with("Caption: "), "{body}");
    let keys: Vec<&String> = extracted.as_object().unwrap().keys().collect();
    assert_eq!(keys.len(), 5, "issue 16's fields and no others: {keys:?}");
    // The same page on standard input, analysed from the extracted text.
    assert_eq!(json(&nutshell(&["extract", "-"], PAGE))["text"], text);
    let from_text = json(&nutshell(&["analyze", "-"], text));
    let from_page = json(&nutshell(&["analyze", path.to_str().unwrap()], ""));
    assert_eq!(from_text["sentences"], from_page["sentences"]);
    // A text file is the widget's text as it is.
    let plain = json(&nutshell(&["extract", SAMPLE], ""));
    assert_eq!(plain["text"], std::fs::read_to_string(SAMPLE).unwrap());
    assert_eq!(plain["title"], Value::Null);
}

/// `--ner-model` tags with a model `train-ner` wrote, so a model trained
/// without some documents is measured on them without a rebuild
/// (tools/eval/fit_confidence.py); a file that is no model is refused.
#[test]
fn ner_model_tags_with_a_trained_model_and_refuses_junk() {
    let dir = std::env::temp_dir().join(format!("nutshell-ner-model-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let train = dir.join("train.jsonl");
    // A made-up word the built-in tagger never saw, a place every time.
    let line = r#"{"text": "They flew to Zorblax today.", "entities": [{"start": 13, "end": 20, "label": "LOC"}]}"#;
    std::fs::write(&train, format!("{line}\n").repeat(20)).unwrap();
    let model = dir.join("model.bin");
    let trained = nutshell(
        &[
            "train-ner",
            train.to_str().unwrap(),
            model.to_str().unwrap(),
        ],
        "",
    );
    assert!(trained.status.success(), "{trained:?}");
    let out = json(&nutshell(
        &["--ner-model", model.to_str().unwrap(), "analyze", "-"],
        "They flew to Zorblax today.",
    ));
    let entities = out["entities"].as_array().expect("entities");
    assert!(
        entities
            .iter()
            .any(|e| e["text"] == "Zorblax" && e["label"] == "LOC"),
        "{entities:?}"
    );
    let junk = nutshell(
        &["--ner-model", train.to_str().unwrap(), "analyze", "-"],
        "Hi.",
    );
    assert_eq!(junk.status.code(), Some(3));
    assert!(String::from_utf8_lossy(&junk.stderr).contains("not a tagger model"));
    assert_eq!(nutshell(&["--ner-model"], "").status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// Issue 17: German names are measured by tagging German text as English
/// (`--language en`, tools/eval/eval_german_ner.py), so `entity-evidence`
/// takes the option too; without it the text is read as German, which
/// gets no names, and the evidence has to match `analyze`'s entities.
#[test]
fn entity_evidence_takes_the_language_as_analyze_does() {
    let dir = std::env::temp_dir().join(format!("nutshell-evidence-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let text = "Angela Merkel hat am Montag in Berlin mit dem Vorstand von Siemens gesprochen, \
                und danach reiste sie nach Paris weiter.";
    let texts = dir.join("texts.jsonl");
    std::fs::write(&texts, format!("{}\n", serde_json::json!({ "text": text }))).unwrap();
    let evidence = |args: &[&str]| -> Vec<Value> {
        let mut all = vec!["entity-evidence"];
        all.extend_from_slice(args);
        all.push(texts.to_str().unwrap());
        json(&nutshell(&all, ""))["evidence"]
            .as_array()
            .unwrap()
            .clone()
    };
    let as_english = json(&nutshell(&["analyze", "--language", "en", "-"], text));
    let entities = as_english["entities"].as_array().unwrap().len();
    assert!(entities > 0);
    assert_eq!(evidence(&["--language", "en"]).len(), entities);
    assert_eq!(evidence(&[]).len(), 0);
    let refused = nutshell(
        &[
            "entity-evidence",
            "--language",
            "xx",
            texts.to_str().unwrap(),
        ],
        "",
    );
    assert_eq!(refused.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// Issue 16: a Word document. `extract FILE.docx` prints its text as the
/// widget reads it (the title, author and date of its properties heading
/// it), exactly issue 16's fields; `analyze FILE.docx` analyses that
/// text; a file named `.docx` that is none exits 3 with a message.
#[test]
fn extract_and_analyze_read_a_word_document() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/docx/council.docx"
    );
    let extracted = json(&nutshell(&["extract", path], ""));
    let keys: Vec<&String> = extracted.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["byline", "date", "source", "text", "title"]);
    assert_eq!(extracted["title"], "Council approves new cycle lanes");
    assert_eq!(extracted["byline"], "Ana Lima");
    assert_eq!(extracted["date"], "2025-02-11");
    assert_eq!(extracted["source"], "council.docx");
    let text = extracted["text"].as_str().unwrap();
    assert_eq!(
        text,
        "Council approves new cycle lanes\nBy Ana Lima\nPublished: 2025-02-11\n\n\
         The city council approved four new cycle lanes on Tuesday, after a vote of 31 to 12, the mayor said.\n\n\
         Where the lanes go\n\n\
         Work on the first lane, along Harbour Road, will start in March and cost about $3 million.\n\n\
         Shop owners asked for more parking, but the council said the lanes would bring more customers."
    );
    let analysis = json(&nutshell(&["analyze", path], ""));
    assert_eq!(
        analysis["meta"]["title"],
        "Council approves new cycle lanes"
    );
    assert_eq!(analysis["meta"]["date"], "2025-02-11");
    assert_eq!(analysis["meta"]["source"], "council.docx");
    let from_text = json(&nutshell(&["analyze", "-"], text));
    assert_eq!(from_text["sentences"], analysis["sentences"]);

    let folder = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("not-docx");
    std::fs::create_dir_all(&folder).unwrap();
    let fake = folder.join("minutes.docx");
    std::fs::write(&fake, "plain text, not a Word document").unwrap();
    let out = nutshell(&["extract", fake.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(3));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("not a Word document"), "{stderr}");
}
