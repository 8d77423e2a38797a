//! A profiling harness: analyses a 20,000-word article (`benches/texts`)
//! over and over, for a profiler to sample, and prints the time of one
//! analysis per 1,000 words (the median of the runs):
//!
//!     cargo run --release --example profile -- [WORDS] [SECONDS]
//!     perf record -g target/release/examples/profile 20000 10
//!
//! Criterion's `cargo bench --bench analyze` is the benchmark; this is the
//! loop a sampling profiler needs (one binary, one text, no statistics
//! machinery in the profile).

use std::time::{Duration, Instant};

use nutshell::engine::{analyze, Options};

#[path = "../benches/texts/mod.rs"]
mod texts;

fn main() {
    let mut args = std::env::args().skip(1);
    let words: usize = args.next().map_or(20_000, |a| a.parse().expect("WORDS"));
    let seconds: u64 = args.next().map_or(5, |a| a.parse().expect("SECONDS"));
    let text = texts::article(words);
    let words = text.split_whitespace().count();
    let until = Instant::now() + Duration::from_secs(seconds);
    let mut times = Vec::new();
    while Instant::now() < until || times.len() < 3 {
        let t0 = Instant::now();
        let analysis = analyze(&text, &Options::default()).expect("the article is valid");
        times.push(t0.elapsed());
        std::hint::black_box(analysis);
    }
    times.sort_unstable();
    let median = times[times.len() / 2];
    println!(
        "{words} words, {} runs: median {:.2} ms, {:.3} ms per 1,000 words",
        times.len(),
        median.as_secs_f64() * 1e3,
        median.as_secs_f64() * 1e6 / words as f64
    );
}
