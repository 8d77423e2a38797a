//! Article-like texts of a chosen length, for the benchmark
//! (`benches/analyze.rs`) and the profiling harness (`examples/profile.rs`).
//!
//! Built from the sample in `seeds/` (the only article the project may
//! ship): its paragraphs in a rotating order, numbered so no two sentences
//! are identical, up to the wanted number of words.

/// The sample article.
pub const SAMPLE: &str = include_str!("../../seeds/000_b56badeed06a7e90.txt");

/// About `words` words of article-like text.
pub fn article(words: usize) -> String {
    let paragraphs: Vec<&str> = SAMPLE
        .split("\n\n")
        .map(str::trim)
        .filter(|p| p.len() > 40)
        .collect();
    let mut text = String::from("date 2025-06-28\n\n");
    let mut count = text.split_whitespace().count();
    let mut i = 0;
    while count < words {
        let paragraph = paragraphs[(i * 7) % paragraphs.len()];
        let added = format!("In part {i}, {paragraph}\n\n");
        count += added.split_whitespace().count();
        text.push_str(&added);
        i += 1;
    }
    text
}
