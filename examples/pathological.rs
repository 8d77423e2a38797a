//! Time and peak memory of one analysis on each kind of pathological input
//! the engine must survive (issue 7), printed as a Markdown table:
//!
//!     cargo run --release --example pathological
//!
//! Peak memory is counted by a wrapping global allocator: the most bytes
//! live at once during the analysis, above what was live before it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nutshell::engine::{analyze, validate::MAX_CHARS, Options};

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

// SAFETY: forwards every call to the system allocator unchanged; only
// counts the bytes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(now, Ordering::Relaxed);
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The inputs, each with a name for the table.
fn inputs() -> Vec<(&'static str, String)> {
    let sample = include_str!("../seeds/000_b56badeed06a7e90.txt");
    let mut long_report = String::new();
    while long_report.chars().count() + sample.len() < MAX_CHARS {
        long_report.push_str(sample);
    }
    vec![
        ("the sample article (306 words)", sample.to_string()),
        (
            "largest accepted text: the sample repeated to 1,000,000 chars",
            long_report,
        ),
        ("one 100,000-char sentence", "word ".repeat(20_000)),
        ("50,000 one-word lines", "Word\n".repeat(50_000)),
        (
            "only punctuation (200,000 chars)",
            "?!.,;:-\"'()".repeat(18_182),
        ),
        ("only digits (200,000 chars)", "0123456789".repeat(20_000)),
        (
            "1 MB of one word repeated (200,000 words, one sentence)",
            "word ".repeat(MAX_CHARS / 5),
        ),
        ("1 MB of one letter, no spaces", "a".repeat(MAX_CHARS)),
        (
            "deeply nested unclosed HTML (10,000 levels)",
            "<div><p>".repeat(10_000) + "Text.",
        ),
        (
            "right-to-left text (Arabic, 100,000 chars)",
            "مرحبا بالعالم. ".repeat(6_667),
        ),
        (
            "CJK without spaces (100,000 chars)",
            "部长在青岛会见了同行。".repeat(10_000),
        ),
        ("just over the limit (refused)", "a".repeat(MAX_CHARS + 1)),
    ]
}

fn main() {
    println!("| input | chars | result | median time | peak memory |");
    println!("|---|---|---|---|---|");
    for (name, text) in inputs() {
        let mut times: Vec<Duration> = Vec::new();
        let mut peak = 0;
        let mut outcome = String::new();
        for _ in 0..5 {
            let before = LIVE.load(Ordering::Relaxed);
            PEAK.store(before, Ordering::Relaxed);
            let start = Instant::now();
            let result = analyze(&text, &Options::default());
            times.push(start.elapsed());
            peak = PEAK.load(Ordering::Relaxed) - before;
            outcome = match result {
                Ok(a) => format!("{} sentences", a.sentences.len()),
                Err(e) => format!("error: {}", e.code()),
            };
        }
        times.sort();
        println!(
            "| {name} | {} | {outcome} | {:.1} ms | {:.1} MB |",
            text.chars().count(),
            times[2].as_secs_f64() * 1e3,
            peak as f64 / 1e6
        );
    }
}
