//! The PDF reader (issue 16) on real files and through the CLI.
//!
//! `../shared/data/docs/pdf/` (when that folder is there): every file
//! reads without panicking; the encrypted one and the image-only one are
//! refused with their reasons; the others give text whose words come
//! from the `.tex` or `.odt` source beside them. A source that makes its
//! text with `\lipsum` holds none of the filler, so there the check runs
//! the other way: the source's own words (title, abstract, table) are
//! in the text.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use nutshell::extract::pdf::{read_pdf, PdfError};

fn docs() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/docs/pdf")
}

/// Files that are only images of pages.
const IMAGE_ONLY: &[&str] = &["007-imagemagick-images__imagemagick-ASCII85Decode.pdf"];
/// Files that are encrypted.
const ENCRYPTED: &[&str] = &["005-libreoffice-writer-password__libreoffice-writer-password.pdf"];

/// The words of four or more letters, lowercased.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().count() >= 4)
        .map(str::to_lowercase)
        .collect()
}

/// A LaTeX source's words outside commands and comments.
fn tex_words(tex: &str) -> Vec<String> {
    let text: String = tex
        .lines()
        .map(|l| l.split('%').next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let mut kept = String::new();
    let mut command = false;
    for c in text.chars() {
        if c == '\\' {
            command = true;
        } else if command && !c.is_alphabetic() {
            command = false;
        }
        kept.push(if command { ' ' } else { c });
    }
    // Environment names and package options are markup too.
    words(&kept)
        .into_iter()
        .filter(|w| {
            ![
                "document",
                "article",
                "lipsum",
                "booktabs",
                "twocolumn",
                "abstract",
                "tabular",
                "table",
                "lcccc",
                "figure",
                "graphicx",
                "hyperref",
                "form",
                "scrartcl",
                "scrreprt",
                "apaper",
            ]
            .contains(&w.as_str())
        })
        .collect()
}

/// The text of an OpenDocument file's `content.xml` (a ZIP member):
/// its text and its attribute values (a form's labels are attributes).
fn odt_text(bytes: &[u8]) -> String {
    let name = b"content.xml";
    let at = bytes
        .windows(4)
        .enumerate()
        .filter(|(_, w)| *w == b"PK\x03\x04")
        .map(|(i, _)| i)
        .find(|&i| bytes.get(i + 30..i + 30 + name.len()) == Some(name))
        .expect("content.xml in the odt");
    let u16_at = |i: usize| usize::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    let start = at + 30 + u16_at(at + 26) + u16_at(at + 28);
    let xml = miniz_oxide::inflate::decompress_to_vec(&bytes[start..]).expect("deflated member");
    let xml = String::from_utf8_lossy(&xml);
    let mut text = String::new();
    let (mut in_tag, mut in_value) = (false, false);
    for c in xml.chars() {
        match c {
            '<' if !in_tag => in_tag = true,
            '>' if !in_value => {
                in_tag = false;
                text.push(' ');
            }
            '"' if in_tag => {
                in_value = !in_value;
                text.push(' ');
            }
            _ if !in_tag || in_value => text.push(c),
            _ => {}
        }
    }
    text
}

/// The source beside `pdf`: its words and whether it fills with `\lipsum`.
fn source_words(pdf: &Path) -> Option<(Vec<String>, bool)> {
    let stem = pdf.file_name()?.to_str()?.split("__").next()?.to_string();
    let dir = pdf.parent()?;
    let mut found = None;
    for entry in std::fs::read_dir(dir).ok()?.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if !name.starts_with(&format!("{stem}__")) {
            continue;
        }
        if name.ends_with(".tex") {
            let tex = std::fs::read_to_string(entry.path()).ok()?;
            found = Some((tex_words(&tex), tex.contains("\\lipsum")));
        } else if name.ends_with(".odt") {
            let odt = std::fs::read(entry.path()).ok()?;
            found = Some((words(&odt_text(&odt)), false));
        }
    }
    found
}

/// The share of `of` found in `within`.
fn share(of: &[String], within: &[String]) -> f64 {
    let set: HashSet<&String> = within.iter().collect();
    of.iter().filter(|w| set.contains(w)).count() as f64 / of.len().max(1) as f64
}

#[test]
fn reads_the_sample_pdfs() {
    let dir = docs();
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!(
            "{} is not here: the sample PDFs are not read",
            dir.display()
        );
        return;
    };
    let mut paths: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "pdf"))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    let mut failures = Vec::new();
    for path in paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let bytes = std::fs::read(&path).unwrap();
        let result = read_pdf(&bytes);
        let expected = if IMAGE_ONLY.contains(&name.as_str()) {
            Some(PdfError::NoText)
        } else if ENCRYPTED.contains(&name.as_str()) {
            Some(PdfError::Encrypted)
        } else {
            None
        };
        let page = match (result, expected) {
            (Err(e), Some(x)) if e == x => {
                eprintln!("{name}: refused as expected: {e}");
                continue;
            }
            (Ok(page), None) => page,
            (other, _) => {
                failures.push(format!("{name}: {other:?}, expected {expected:?}"));
                continue;
            }
        };
        // The header (title, byline, date) comes from the metadata, not
        // from the source's text.
        let m = &page.metadata;
        let has_header = m.title.is_some() || m.byline.is_some() || m.date.is_some();
        let body = match page.text.split_once("\n\n") {
            Some((_, body)) if has_header => body,
            _ => page.text.as_str(),
        };
        let text_words = words(body);
        let all = page.text.split_whitespace().count();
        match source_words(&path) {
            Some((source, lipsum)) => {
                let precision = share(&text_words, &source);
                let recall = share(&source, &text_words);
                eprintln!(
                    "{name}: {all} words ({} of 4+ letters); in the source {precision:.3}, \
                     source words in the text {recall:.3}{}",
                    text_words.len(),
                    if lipsum { " (\\lipsum source)" } else { "" }
                );
                let (rate, what) = if lipsum {
                    (recall, "source words in the text")
                } else {
                    (precision, "text words in the source")
                };
                if rate < 0.9 {
                    failures.push(format!("{name}: {what} {rate:.3} < 0.9\n{}", page.text));
                }
            }
            None => eprintln!("{name}: {all} words (no source to compare)"),
        }
        if all == 0 {
            failures.push(format!("{name}: no text"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// A one-page PDF showing `text` in Helvetica, titled `title`.
fn small_pdf(title: &str, text: &str) -> Vec<u8> {
    let content = format!("BT /F1 12 Tf 72 700 Td ({text}) Tj ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_string(),
        "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"
            .to_string(),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string(),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        format!("<< /Title ({title}) >>"),
    ];
    let mut out = String::from("%PDF-1.4\n");
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.push_str(&format!("{} 0 obj\n{body}\nendobj\n", i + 1));
    }
    let xref = out.len();
    out.push_str(&format!(
        "xref\n0 {}\n0000000000 65535 f \n",
        objects.len() + 1
    ));
    for offset in offsets {
        out.push_str(&format!("{offset:010} 00000 n \n"));
    }
    out.push_str(&format!(
        "trailer\n<< /Size {} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n",
        objects.len() + 1
    ));
    out.into_bytes()
}

fn nutshell(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_nutshell"))
        .args(args)
        .output()
        .expect("run nutshell")
}

#[test]
fn the_cli_extracts_and_analyses_a_pdf() {
    let dir = std::env::temp_dir().join(format!("nutshell-pdf-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("Report.PDF");
    let sentence = "The council approved the river plan on Monday, and work starts in May.";
    // Bytes that are no UTF-8 text: the file must be read as bytes.
    let mut bytes = small_pdf("River plan", sentence);
    bytes.splice(9..9, b"%\xe2\xe3\xcf\xd3\n".iter().copied());
    std::fs::write(&file, &bytes).unwrap();
    let path = file.to_str().unwrap();

    let out = nutshell(&["extract", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["text"], format!("River plan\n\n{sentence}"));
    assert_eq!(json["title"], "River plan");
    assert_eq!(json["source"], "Report.PDF");

    let out = nutshell(&["analyze", path]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json["meta"]["title"], "River plan");

    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, small_pdf("Scan", "")).unwrap();
    let out = nutshell(&["extract", scan.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(3));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("(a scan)"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::remove_dir_all(&dir).unwrap();
}
