//! The averaged perceptron (Collins 2002) behind the entity tagger: its
//! compact weight format, inference, and training.
//!
//! Weights live in `2^bits` hashed buckets of [`CLASSES`] values each.
//! After training they are averaged and quantised linearly to `i8` with one
//! scale for the whole table: constrained decoding keeps the weights small
//! (the largest is about 22 on CoNLL-2003), so 65 levels ([`LEVELS`]) lose
//! nothing measurable (dev F1 0.848 with f32 weights and with 255 levels in
//! the first round; 0.873 with 255 and 0.871 with 65 levels in issue 18's
//! size pass). The smallest levels are written as 0 ([`PRUNE`]).
//!
//! Format (little-endian): `b"NSNER3"`, `bits: u8`, `scale: f32`, then the
//! weights entropy-coded ([`super::rans`]; issue 18): four frequency tables
//! (see [`MASK`]), then one rANS stream giving, bucket by bucket, which of
//! its [`CLASSES`] weights are not 0 (a 9-bit mask, 0 for the buckets no
//! feature reached) followed by those weights. Most buckets are empty and
//! most weights 0, so this was 135 KB where the dense table of
//! `2^bits * CLASSES` bytes (1.18 MB, the format before) gzips to 197 KB,
//! and is 69 KB with 65 levels; it is decoded into that dense table once,
//! on the first use
//! ([`read_row`] says how long that takes).

use super::features::{features, TokenInfo, TAG_NAMES};
use super::rans::{self, Decoder, Table};

/// How many tags: O and B/I for PER, ORG, LOC, MISC.
pub const CLASSES: usize = TAG_NAMES.len();

const MAGIC: &[u8; 6] = b"NSNER3";

/// Masks of which of a bucket's weights are not 0: one bit per class.
const MASKS: usize = 1 << CLASSES;

/// The tables symbols are coded with, by index: a bucket's mask, a weight
/// that is not its bucket's last, a bucket's only weight, and the sum of a
/// bucket's weights, which stands for its last weight when it has several.
/// Why the sum: each perceptron update adds 1 to one tag's weight and
/// takes 1 from another's in the same bucket, so every bucket's averaged
/// weights sum to 0 before rounding and pruning, and half of the buckets
/// still sum to exactly 0: coding the sum instead of the last weight saves
/// 5.3 KB of the 140 (measured on `model.bin`).
const MASK: usize = 0;
const WEIGHT: usize = 1;
const ONLY: usize = 2;
const SUM: usize = 3;

/// A bucket's symbols, as `(table, symbol)`, in the order
/// [`Model::from_bytes`] reads them.
fn row_symbols(row: &[i8]) -> Vec<(usize, usize)> {
    let mask = row
        .iter()
        .enumerate()
        .filter(|(_, &w)| w != 0)
        .fold(0usize, |m, (class, _)| m | 1 << class);
    let count = mask.count_ones() as usize;
    let mut symbols = vec![(MASK, mask)];
    let mut sum = 0u8;
    for (seen, &w) in row.iter().filter(|&&w| w != 0).enumerate() {
        sum = sum.wrapping_add(w as u8);
        symbols.push(match (seen + 1 < count, count) {
            (true, _) => (WEIGHT, usize::from(w as u8)),
            (false, 1) => (ONLY, usize::from(w as u8)),
            (false, _) => (SUM, usize::from(sum)),
        });
    }
    symbols
}

/// Read one bucket's weights into `row`: the inverse of [`row_symbols`].
/// A function of its own, called once per bucket, for speed in the
/// browser: V8 runs a wasm function in its baseline compiler until it has
/// been called often enough to be optimised, and one long loop in one call
/// never is. Measured in Chromium against the dense model (the first
/// analysis of a one-sentence text after load, median of 7 loads, twice):
/// the decode added 20-28 ms in one call, 13-20 ms like this; natively
/// the whole table decodes in 3.8 ms.
#[inline(never)]
fn read_row(stream: &mut Decoder, tables: &[Table; 4], row: &mut [i8]) -> Option<()> {
    let mask = stream.next(&tables[MASK])?;
    let count = mask.count_ones();
    let (mut seen, mut sum) = (0, 0u8);
    for (class, w) in row.iter_mut().enumerate() {
        if mask & (1 << class) != 0 {
            seen += 1;
            let v = match (seen < count, count) {
                (true, _) => stream.next(&tables[WEIGHT])? as u8,
                (false, 1) => stream.next(&tables[ONLY])? as u8,
                (false, _) => (stream.next(&tables[SUM])? as u8).wrapping_sub(sum),
            };
            sum = sum.wrapping_add(v);
            *w = v as i8;
        }
    }
    Some(())
}

/// The most buckets a model may have (`2^20`, 9.4 MB dense): the bound
/// keeps a damaged header from asking for gigabytes.
const MAX_BITS: u8 = 20;

/// A trained model, its weights decoded.
#[derive(Debug, Clone)]
pub struct Model {
    mask: u32,
    scale: f32,
    /// `2^bits * CLASSES` weights, bucket by bucket.
    weights: Vec<i8>,
}

impl Model {
    /// Read a model; `None` if the bytes are not one.
    pub fn from_bytes(bytes: &[u8]) -> Option<Model> {
        let rest = bytes.strip_prefix(MAGIC)?;
        let (&bits, rest) = rest.split_first()?;
        let (scale, mut rest) = rest.split_first_chunk::<4>()?;
        if bits > MAX_BITS {
            return None;
        }
        let buckets = 1usize << bits;
        let tables = [
            Table::read(&mut rest, MASKS)?,
            Table::read(&mut rest, 256)?,
            Table::read(&mut rest, 256)?,
            Table::read(&mut rest, 256)?,
        ];
        let mut stream = Decoder::new(rest)?;
        let mut weights = vec![0i8; buckets * CLASSES];
        for row in weights.chunks_exact_mut(CLASSES) {
            read_row(&mut stream, &tables, row)?;
        }
        stream.finished().then_some(Model {
            mask: (buckets - 1) as u32,
            scale: f32::from_le_bytes(*scale),
            weights,
        })
    }

    /// The model's bytes: the inverse of [`Model::from_bytes`].
    fn to_bytes(&self) -> Vec<u8> {
        let symbols: Vec<(usize, usize)> = self
            .weights
            .chunks_exact(CLASSES)
            .flat_map(row_symbols)
            .collect();
        let mut counts = [MASKS, 256, 256, 256].map(|n| vec![0u64; n]);
        for &(table, symbol) in &symbols {
            counts[table][symbol] += 1;
        }
        let tables = counts.map(|c| Table::from_counts(&c));
        let mut bytes = MAGIC.to_vec();
        bytes.push(self.mask.count_ones() as u8);
        bytes.extend_from_slice(&self.scale.to_le_bytes());
        tables.iter().for_each(|t| t.write(&mut bytes));
        let coded: Vec<(&Table, usize)> = symbols.iter().map(|&(t, s)| (&tables[t], s)).collect();
        bytes.extend(rans::encode(&coded));
        bytes
    }

    fn score(&self, feats: &[u32]) -> [f32; CLASSES] {
        let mut scores = [0f32; CLASSES];
        for &f in feats {
            let at = (f & self.mask) as usize * CLASSES;
            for (s, &w) in scores.iter_mut().zip(&self.weights[at..at + CLASSES]) {
                *s += f32::from(w);
            }
        }
        scores.iter_mut().for_each(|s| *s *= self.scale);
        scores
    }

    /// Tag a sentence's tokens greedily, left to right, under the BIO
    /// constraint: an I- tag only continues its own type.
    pub fn tag(&self, tokens: &[TokenInfo]) -> Vec<Choice> {
        let mut choices: Vec<Choice> = Vec::with_capacity(tokens.len());
        let mut feats = Vec::new();
        for i in 0..tokens.len() {
            let prev1 = i.checked_sub(1).map_or(0, |p| choices[p].tag);
            let prev2 = i.checked_sub(2).map_or(0, |p| choices[p].tag);
            features(tokens, i, prev1, prev2, &mut feats);
            let scores = self.score(&feats);
            let tag = best_allowed(&scores, prev1);
            let runner_up = (0..CLASSES)
                .filter(|&t| t != tag && allowed(t, prev1))
                .map(|t| scores[t])
                .fold(f32::NEG_INFINITY, f32::max);
            choices.push(Choice {
                tag,
                scores,
                margin: scores[tag] - runner_up,
            });
        }
        choices
    }
}

/// One token's tag and the scores it was chosen from, kept so that later
/// rules can ask how sure the tagger was.
#[derive(Debug, Clone, Copy)]
pub struct Choice {
    /// Index into [`TAG_NAMES`].
    pub tag: usize,
    /// Every tag's score.
    pub scores: [f32; CLASSES],
    /// How far the chosen tag scored above the best other tag that could
    /// have followed the previous one: the tagger's own measure of how
    /// sure it was (the basis of an entity's confidence).
    pub margin: f32,
}

impl Choice {
    /// How far the chosen tag scored above tag `other`.
    pub fn lead_over(&self, other: usize) -> f32 {
        self.scores[self.tag] - self.scores[other]
    }
}

/// The best-scoring tag that may follow `prev`. Constraining the choice
/// (rather than repairing it afterwards) matters in training: a repaired
/// guess would never match an unreachable gold tag, and the perceptron
/// would push that tag's weights up without end.
fn best_allowed(scores: &[f32; CLASSES], prev: usize) -> usize {
    // Ties go to the lowest index, O first: deterministic, and cautious.
    let mut best = 0;
    for (tag, &s) in scores.iter().enumerate() {
        if s > scores[best] && allowed(tag, prev) {
            best = tag;
        }
    }
    best
}

/// Whether `tag` may follow `prev`: an I-X only after B-X or I-X.
fn allowed(tag: usize, prev: usize) -> bool {
    let is_inside = tag > 0 && tag % 2 == 0;
    !is_inside || (prev > 0 && prev.div_ceil(2) == tag / 2)
}

/// The tag `tag` must become after `prev`: an I-X that may not follow
/// becomes B-X.
fn repair(tag: usize, prev: usize) -> usize {
    if allowed(tag, prev) {
        tag
    } else {
        tag - 1
    }
}

/// One training sentence: its tokens and their gold tags.
pub struct Example {
    /// What the tagger sees of each token.
    pub tokens: Vec<TokenInfo>,
    /// Gold tag index of each token.
    pub tags: Vec<usize>,
}

/// Train an averaged perceptron for `epochs` passes over `examples`
/// (shuffled by a fixed seed, so training is reproducible) and return the
/// model's bytes.
pub fn train(examples: &[Example], bits: u8, epochs: usize) -> Vec<u8> {
    let size = (1usize << bits) * CLASSES;
    let mask = (1u32 << bits) - 1;
    let mut weights = vec![0f32; size];
    let mut totals = vec![0f64; size];
    let mut stamps = vec![0u64; size];
    let mut clock = 0u64;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut feats = Vec::new();
    for _ in 0..epochs {
        // Fisher-Yates with xorshift: the same order on every machine.
        for i in (1..order.len()).rev() {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            order.swap(i, (seed % (i as u64 + 1)) as usize);
        }
        for &e in &order {
            let example = &examples[e];
            let mut tags: Vec<usize> = Vec::with_capacity(example.tokens.len());
            for i in 0..example.tokens.len() {
                clock += 1;
                let prev1 = if i >= 1 { tags[i - 1] } else { 0 };
                let prev2 = if i >= 2 { tags[i - 2] } else { 0 };
                features(&example.tokens, i, prev1, prev2, &mut feats);
                let mut scores = [0f32; CLASSES];
                for &f in &feats {
                    let at = (f & mask) as usize * CLASSES;
                    for (s, w) in scores.iter_mut().zip(&weights[at..at + CLASSES]) {
                        *s += w;
                    }
                }
                let guess = best_allowed(&scores, prev1);
                // After a wrong previous guess, the gold tag may be
                // unreachable (I-PER after O): aim at its reachable form.
                let gold = repair(example.tags[i], prev1);
                if guess != gold {
                    for &f in &feats {
                        let at = (f & mask) as usize * CLASSES;
                        for (class, delta) in [(gold, 1.0f32), (guess, -1.0)] {
                            let k = at + class;
                            totals[k] += f64::from(weights[k]) * (clock - stamps[k]) as f64;
                            stamps[k] = clock;
                            weights[k] += delta;
                        }
                    }
                }
                tags.push(guess);
            }
        }
    }
    let averaged: Vec<f32> = (0..size)
        .map(|k| {
            ((totals[k] + f64::from(weights[k]) * (clock - stamps[k]) as f64) / clock.max(1) as f64)
                as f32
        })
        .collect();
    let largest = averaged.iter().fold(0f32, |m, w| m.max(w.abs()));
    let scale = if largest > 0.0 {
        largest / f32::from(LEVELS)
    } else {
        1.0
    };
    let weights = averaged
        .iter()
        .map(|w| {
            let level = (w / scale).round() as i8;
            if level.unsigned_abs() <= PRUNE {
                0
            } else {
                level
            }
        })
        .collect();
    Model {
        mask,
        scale,
        weights,
    }
    .to_bytes()
}

/// The quantised weights run from `-LEVELS` to `LEVELS`: the largest
/// weight's magnitude is `LEVELS` steps of the scale. Issue 18 (a page of
/// at most 400 KB gzipped) chose 32 against 127 before, by size and
/// CoNLL-2003 dev F1 with the same training data (weights pruned as
/// [`PRUNE`] says): 127 levels 135 KB, F1 0.873; 42 levels 75 KB, 0.872;
/// 32 levels 72 KB, 0.871. The perceptron's weights are a few update
/// counts averaged, so a step of 1/32 of the largest still tells them
/// apart where it matters.
const LEVELS: u8 = 32;

/// Quantised weights this small are written as 0. Trained on CoNLL-2003
/// plus the in-domain documents of `tools/eval/ner_training_set.py`, the model
/// gzipped to about 260 KB in the dense format, over the page's budget of
/// issue 13; zeroing small levels (then of 127) brought it to 197 KB.
/// Issue 18 measured the entropy-coded format: with 127 levels, zeroing
/// levels up to 4 gave 135 KB and CoNLL-2003 dev F1 0.873, up to 5 gave
/// 89 KB and 0.873 (the 72,771 weights of level 5, nearly half of those
/// kept, are features that a few updates reached late: they changed no
/// decision on dev), up to 6 gave 84 KB and 0.869. With [`LEVELS`] 32,
/// level 1 holds weights of 1.6 to 4.7% of the largest: levels up to 5 of
/// 127 and the lower half of level 6.
const PRUNE: u8 = 1;

#[cfg(test)]
mod tests {
    use super::*;

    fn example(words: &[&str], tags: &[usize]) -> Example {
        Example {
            tokens: words.iter().map(|w| TokenInfo::new(w)).collect(),
            tags: tags.to_vec(),
        }
    }

    #[test]
    fn learns_a_tiny_pattern_and_round_trips_its_bytes() {
        // PER = 1/2, LOC = 5/6.
        let examples = vec![
            example(
                &["Mr", "Smith", "went", "to", "Paris", "."],
                &[0, 1, 0, 0, 5, 0],
            ),
            example(&["Mr", "Jones", "left", "Berlin", "."], &[0, 1, 0, 5, 0]),
            example(
                &["John", "Smith", "visited", "London", "."],
                &[1, 2, 0, 5, 0],
            ),
        ];
        let bytes = train(&examples, 12, 10);
        let model = Model::from_bytes(&bytes).expect("a model");
        let tokens: Vec<TokenInfo> = ["Mr", "Brown", "went", "to", "Paris", "."]
            .iter()
            .map(|w| TokenInfo::new(w))
            .collect();
        let tags: Vec<usize> = model.tag(&tokens).iter().map(|c| c.tag).collect();
        assert_eq!(tags, [0, 1, 0, 0, 5, 0]);
        assert!(Model::from_bytes(&bytes[..bytes.len() - 1]).is_none());
        assert!(Model::from_bytes(b"junk").is_none());
    }

    #[test]
    fn sparse_weights_round_trip_exactly_and_smaller_than_dense() {
        // Buckets empty, with one weight, or full; weights of every sign
        // and size, -128 and 127 included.
        let weights: Vec<i8> = (0..(1usize << 10) * CLASSES)
            .map(|k| match (k / CLASSES) % 4 {
                0 | 1 => 0,
                2 if k % CLASSES != 3 => 0,
                _ => ((k * 37) % 256) as u8 as i8,
            })
            .collect();
        let model = Model {
            mask: (1 << 10) - 1,
            scale: 0.2,
            weights,
        };
        let bytes = model.to_bytes();
        let back = Model::from_bytes(&bytes).expect("a model");
        assert_eq!(back.weights, model.weights);
        assert_eq!((back.mask, back.scale), (model.mask, model.scale));
        assert!(bytes.len() < model.weights.len() / 2);
        // A header asking for more buckets than any model has.
        let mut huge = bytes.clone();
        huge[MAGIC.len()] = MAX_BITS + 1;
        assert!(Model::from_bytes(&huge).is_none());
    }

    #[test]
    fn an_inside_tag_never_follows_another_type() {
        assert_eq!(repair(2, 0), 1); // I-PER after O -> B-PER
        assert_eq!(repair(2, 3), 1); // I-PER after B-ORG -> B-PER
        assert_eq!(repair(2, 1), 2); // I-PER after B-PER stays
        assert_eq!(repair(4, 4), 4); // I-ORG after I-ORG stays
    }
}
