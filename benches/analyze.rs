//! How long an analysis takes, and how it grows with the text.
//!
//! Texts come from `benches/texts/mod.rs`. Run with `cargo bench --bench analyze`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use nutshell::engine::{analyze, Document, Options, Scores};

mod texts;
use texts::article;

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
