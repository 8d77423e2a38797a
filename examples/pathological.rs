//! Time and peak memory of one analysis on each kind of pathological input
//! the engine must survive (issue 7), printed as a Markdown table:
//!
//!     cargo run --release --features readers --example pathological
//!
//! and, with `--check` (run by `tools/test.sh`), the scaling check of issue
//! 11: each stage is run on an input shape that stresses it at two sizes,
//! n and 4n, and its time and peak memory must grow by less than
//! [`MAX_GROWTH`] (linear work grows 4x, n log n about 4.6x, quadratic
//! 16x). Ratios within one run, so a slow machine slows both sizes alike;
//! each time is the best of [`RUNS`], so a passing hiccup does not count.
//!
//! Peak memory is counted by a wrapping global allocator: the most bytes
//! live at once during the analysis, above what was live before it.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use nutshell::engine::{analyze, validate::MAX_CHARS, Options};
use nutshell::extract::article_text;
use nutshell::ui::state::analyse;

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
        (
            "capitalised words without punctuation (180 KB)",
            "Ab Cd ".repeat(30_000),
        ),
        (
            "60,000 distinct percentages",
            (0..60_000).map(|i| format!("{i}% ")).collect(),
        ),
        ("just over the limit (refused)", "a".repeat(MAX_CHARS + 1)),
    ]
}

fn main() {
    if std::env::args().any(|a| a == "--check") {
        std::process::exit(if check_scaling() { 0 } else { 1 });
    }
    table();
}

/// The most a stage's time or memory may grow when its input grows 4x.
const MAX_GROWTH: f64 = 8.0;

/// Runs per size; the best counts.
const RUNS: usize = 3;

/// A stage of the pipeline, run on a text.
type Stage = fn(&str);

fn whole_analysis(text: &str) {
    let _ = analyse(text, None);
}

fn cards(text: &str) {
    if let Ok(analysed) = analyse(text, None) {
        std::hint::black_box(analysed.cards);
    }
}

fn html_import(html: &str) {
    std::hint::black_box(article_text(html));
}

/// An input shape: what it is, the stage it stresses, how to make it n
/// times over, and n.
type Shape = (&'static str, Stage, fn(usize) -> String, usize);

/// The shapes, one or more for each stage.
fn shapes() -> Vec<Shape> {
    vec![
        (
            "Title Case words without punctuation: entities, canonical names",
            whole_analysis,
            |n| "Ab Cd ".repeat(n),
            4_000,
        ),
        (
            "distinct capitalised names in one sentence: entities, roles",
            whole_analysis,
            |n| (0..n).map(|i| format!("Mr Name{i} Smith and ")).collect(),
            1_000,
        ),
        (
            "people named before a comma: entity cues (a work's credit after a name), the summary's opening clause",
            whole_analysis,
            |n| "Ann Lee, a writer, met Tom Hart, a baker. ".repeat(n),
            5_000,
        ),
        (
            "one person named by three words, again and again: run-on names",
            whole_analysis,
            |n| "Anna Maria Lee spoke to Tom Hart. ".repeat(n),
            2_000,
        ),
        (
            "brackets never closed: acronyms",
            whole_analysis,
            |n| (0..n).map(|i| format!("Long Name{i} (LN ")).collect(),
            1_000,
        ),
        (
            "quotes and attributions: quotes, speakers, statements",
            whole_analysis,
            |n| {
                "\u{201c}We will go on,\u{201d} said Ann Lee. She said that it was over. ".repeat(n)
            },
            300,
        ),
        (
            "pronouns after many people of the other gender: the speaker a pronoun stands for",
            whole_analysis,
            |n| "Bob Ray came. \u{201c}Go,\u{201d} she said. ".repeat(n),
            2_000,
        ),
        (
            "quotes run into a name, as a caption runs into the text: the person named most",
            whole_analysis,
            |n| "Ann Lee \u{201c}We will go on,\u{201d} she said. Bob Ray \u{201c}No,\u{201d} he said. ".repeat(n),
            1_000,
        ),
        (
            "descriptions and nobody named: the person a description stands for",
            whole_analysis,
            |n| "\u{201c}Go,\u{201d} the spokesman said. ".repeat(n),
            2_000,
        ),
        (
            "descriptions and no organisation named: the organisation a description names",
            whole_analysis,
            |n| "The former defender said \u{201c}Go.\u{201d} ".repeat(n),
            6_000,
        ),
        (
            "dates of every kind: dates",
            whole_analysis,
            |n| {
                (0..n)
                    .map(|i| {
                        format!(
                            "On March {}, {} and last Friday, ",
                            i % 28 + 1,
                            1900 + i % 200
                        )
                    })
                    .collect()
            },
            1_000,
        ),
        (
            "distinct percentages: numbers and their card",
            cards,
            |n| (0..n).map(|i| format!("{i}.5% ")).collect(),
            4_000,
        ),
        (
            "distinct money amounts in sentences: numbers, cards",
            cards,
            |n| (0..n).map(|i| format!("It cost ${i} million. ")).collect(),
            1_000,
        ),
        (
            "the sample article repeated: every stage, cards",
            cards,
            |n| include_str!("../seeds/000_b56badeed06a7e90.txt").repeat(n),
            10,
        ),
        (
            "bare full stops: sentences (found by the structured fuzz target)",
            whole_analysis,
            |n| ". ".repeat(n),
            10_000,
        ),
        (
            "nested skipped elements and stray end tags: HTML import",
            html_import,
            |n| "<nav>".repeat(n) + &"</b>".repeat(n),
            20_000,
        ),
        (
            "nested byline and caption classes: page metadata and captions",
            html_import,
            |n| "<div class=author-caption>A few words here. ".repeat(n),
            20_000,
        ),
        (
            "paragraphs in nested divisions: content scoring",
            html_import,
            |n| {
                "<div><p>Some words, and a comma, in a paragraph long enough to score.</p>"
                    .repeat(n)
            },
            5_000,
        ),
        (
            "character references without their ';': HTML import",
            html_import,
            |n| "a &b ".repeat(n),
            20_000,
        ),
    ]
}

/// Each run's time, sorted, the peak memory of the last run above what was
/// live before it, and the last run's result: `runs` runs of `work`.
fn timed<T>(runs: usize, mut work: impl FnMut() -> T) -> (Vec<Duration>, usize, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    let mut peak = 0;
    for _ in 0..runs {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let start = Instant::now();
        last = Some(work());
        times.push(start.elapsed());
        peak = PEAK.load(Ordering::Relaxed) - before;
    }
    times.sort();
    (times, peak, last.expect("at least one run"))
}

/// Time (best of [`RUNS`]) and peak memory of `stage` on `text`.
fn measure(stage: Stage, text: &str) -> (f64, usize) {
    let (times, peak, ()) = timed(RUNS, || stage(text));
    (times[0].as_secs_f64(), peak)
}

/// Run every shape at n and 4n; print a table; whether all grew less than
/// [`MAX_GROWTH`].
fn check_scaling() -> bool {
    println!("| shape | bytes n / 4n | time n / 4n | growth | memory n / 4n | growth |");
    println!("|---|---|---|---|---|---|");
    let mut ok = true;
    for (name, stage, make, n) in shapes() {
        let (small, large) = (make(n), make(4 * n));
        let (t1, m1) = measure(stage, &small);
        let (t4, m4) = measure(stage, &large);
        // Below a millisecond or a kilobyte, growth is noise.
        let time_growth = t4 / t1.max(1e-3);
        let memory_growth = m4 as f64 / m1.max(1024) as f64;
        let fine = time_growth < MAX_GROWTH && memory_growth < MAX_GROWTH;
        ok &= fine;
        println!(
            "| {name} | {} / {} | {:.1} / {:.1} ms | {time_growth:.1}x | {:.1} / {:.1} MB | {memory_growth:.1}x |{}",
            small.len(),
            large.len(),
            t1 * 1e3,
            t4 * 1e3,
            m1 as f64 / 1e6,
            m4 as f64 / 1e6,
            if fine { "" } else { " **TOO STEEP**" }
        );
    }
    ok
}

/// The table of the worst inputs (issue 7).
fn table() {
    println!("| input | chars | result | median time | peak memory |");
    println!("|---|---|---|---|---|");
    for (name, text) in inputs() {
        let (times, peak, result) = timed(5, || analyze(&text, &Options::default()));
        let outcome = match result {
            Ok(a) => format!("{} sentences", a.sentences.len()),
            Err(e) => format!("error: {}", e.code()),
        };
        println!(
            "| {name} | {} | {outcome} | {:.1} ms | {:.1} MB |",
            text.chars().count(),
            times[2].as_secs_f64() * 1e3,
            peak as f64 / 1e6
        );
    }
}
