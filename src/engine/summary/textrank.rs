//! Sentence centrality: TextRank (Mihalcea & Tarau 2004) with its own
//! similarity, the number of content terms two sentences share divided by
//! the sum of the logs of their lengths; PageRank with damping 0.85 then
//! spreads importance along the edges.
//!
//! A BM25 similarity (Barrios et al. 2016, "Variations of the Similarity
//! Function of TextRank for Automated Summarization", better on DUC 2002)
//! was used before and measured against this one on the dev sets: equal on
//! CNN/DailyMail at three sentences (42.2 / 19.6 / 38.3 against 42.3 / 19.7
//! / 38.4 ROUGE-1/2/Lsum) and three points behind on BBC with the
//! reference's length (77.6 against 80.8 ROUGE-1), whose extractive
//! references reward sentences that share the most with the rest.
//!
//! Edges are built only within [`WINDOW`] sentences either side, so the graph
//! has O(n · WINDOW) edges and long documents stay linear.

use crate::engine::sort;
use std::collections::HashMap;

/// How many sentences either side a sentence is linked with.
pub const WINDOW: usize = 25;

const DAMPING: f64 = 0.85;
const MAX_ITERATIONS: usize = 30;
const TOLERANCE: f64 = 1e-4;

/// The centrality of each sentence (its PageRank, scaled so the most
/// central is 1), and how many others each shares a term with.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Centrality {
    /// Per sentence, in [0, 1].
    pub rank: Vec<f64>,
    /// Per sentence, the number of linked sentences.
    pub links: Vec<usize>,
}

/// Rank sentences given as lists of their content terms.
pub fn rank_sentences(sentences: &[Vec<String>]) -> Centrality {
    let n = sentences.len();
    if n == 0 {
        return Centrality::default();
    }
    // Each sentence's distinct terms, as sorted ids: intersections are
    // then linear merges, and equal inputs give bit-equal ranks.
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let sets: Vec<Vec<usize>> = sentences
        .iter()
        .map(|terms| {
            let mut set: Vec<usize> = terms
                .iter()
                .map(|term| {
                    let next = ids.len();
                    *ids.entry(term.as_str()).or_insert(next)
                })
                .collect();
            sort::sort(&mut set);
            set.dedup();
            set
        })
        .collect();
    let total = n as f64;
    let similarity = |a: &[usize], b: &[usize]| -> f64 {
        let shared = shared_count(a, b) as f64;
        let norm = (a.len() as f64).ln() + (b.len() as f64).ln();
        if shared == 0.0 {
            0.0
        } else if norm <= 0.0 {
            shared // two one-term sentences
        } else {
            shared / norm
        }
    };

    // Symmetric weighted adjacency, as lists.
    let mut edges: Vec<Vec<(usize, f64)>> = vec![Vec::new(); n];
    for i in 0..n {
        for j in i + 1..(i + 1 + WINDOW).min(n) {
            let weight = similarity(&sets[i], &sets[j]);
            if weight > 0.0 {
                edges[i].push((j, weight));
                edges[j].push((i, weight));
            }
        }
    }
    let out: Vec<f64> = edges.iter().map(|e| e.iter().map(|x| x.1).sum()).collect();
    let mut rank = vec![1.0 / total; n];
    for _ in 0..MAX_ITERATIONS {
        let next: Vec<f64> = (0..n)
            .map(|i| {
                let inflow: f64 = edges[i].iter().map(|&(j, w)| w / out[j] * rank[j]).sum();
                (1.0 - DAMPING) / total + DAMPING * inflow
            })
            .collect();
        let change: f64 = next.iter().zip(&rank).map(|(a, b)| (a - b).abs()).sum();
        rank = next;
        if change < TOLERANCE {
            break;
        }
    }
    let top = rank.iter().copied().fold(0.0, f64::max);
    if top > 0.0 {
        rank.iter_mut().for_each(|r| *r /= top);
    }
    Centrality {
        rank,
        links: edges.iter().map(Vec::len).collect(),
    }
}

/// How many ids two sorted, duplicate-free lists share.
fn shared_count(a: &[usize], b: &[usize]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn the_sentence_sharing_most_is_most_central() {
        let c = rank_sentences(&[
            terms("india belarus defence talk"),
            terms("india defence"),
            terms("belarus talk"),
            terms("weather cold"),
        ]);
        let best = (0..4)
            .max_by(|&a, &b| c.rank[a].total_cmp(&c.rank[b]))
            .unwrap();
        assert_eq!(best, 0);
        assert_eq!(c.rank[0], 1.0);
        assert!(c.rank[3] < c.rank[1]);
        assert_eq!(c.links, [2, 1, 1, 0]);
    }

    #[test]
    fn copes_with_nothing_to_compare() {
        assert_eq!(rank_sentences(&[]), Centrality::default());
        let single = rank_sentences(&[terms("alone")]);
        assert_eq!(single.rank, [1.0]);
        let empty_terms = rank_sentences(&[vec![], vec![]]);
        assert_eq!(empty_terms.links, [0, 0]);
    }
}
