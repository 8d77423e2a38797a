//! How long an analysis takes, and how it grows with the text.
//!
//! Texts are built from the sample in `seeds/` (the only article the project
//! may ship): its paragraphs in a rotating order, numbered so no two
//! sentences are identical, up to the wanted number of words. Run with
//! `cargo bench --bench analyze`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::engine::{analyze, Document, Options, Scores};

const SAMPLE: &str = include_str!("../seeds/000_b56badeed06a7e90.txt");

/// About `words` words of article-like text.
fn article(words: usize) -> String {
    let paragraphs: Vec<&str> = SAMPLE
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 40)
        .collect();
    let mut text = String::from("date 2025-06-28\n\n");
    let mut i = 0;
    while text.split_whitespace().count() < words {
        let paragraph = paragraphs[(i * 7) % paragraphs.len()];
        text.push_str(&format!("In part {i}, {}\n\n", paragraph));
        i += 1;
    }
    text
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    for words in [1_000, 5_000, 20_000] {
        let text = article(words);
        group.throughput(Throughput::Elements(words as u64));
        group.bench_with_input(
            BenchmarkId::new("whole analysis", words),
            &text,
            |b, text| b.iter(|| analyze(text, &Options::default()).unwrap()),
        );
        let doc = Document::parse(&text, &Options::default()).unwrap();
        group.bench_with_input(
            BenchmarkId::new("segmentation and facts", words),
            &text,
            |b, text| b.iter(|| Document::parse(text, &Options::default()).unwrap()),
        );
        group.bench_with_input(
            BenchmarkId::new("summary scoring", words),
            &doc,
            |b, doc| b.iter(|| Scores::compute(doc)),
        );
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
