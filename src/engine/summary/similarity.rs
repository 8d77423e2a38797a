//! How alike two sentences are: cosine similarity of TF-IDF term vectors,
//! with IDF computed over the document's own sentences (each sentence a
//! "document", as in LexRank, Erkan & Radev 2004).
//!
//! Vectors are sparse and sorted by term id, so a dot product is a linear
//! merge. Callers compare each sentence only with a bounded window of
//! others, which keeps long documents linear instead of quadratic.

use crate::engine::sort;
use std::collections::HashMap;

/// A sentence as a sparse, L2-normalised TF-IDF vector.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct TermVector {
    /// `(term id, weight)`, sorted by term id.
    entries: Vec<(u32, f32)>,
}

impl TermVector {
    /// Cosine similarity with `other`, in [0, 1].
    pub fn cosine(&self, other: &TermVector) -> f32 {
        let (a, b) = (&self.entries, &other.entries);
        let (mut i, mut j, mut dot) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    dot += a[i].1 * b[j].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        dot
    }
}

/// TF-IDF vectors of each sentence's terms, plus the term ids it used so a
/// further text (a headline) can be put in the same space.
#[derive(Debug, Clone, Default)]
pub struct TermSpace {
    ids: HashMap<String, u32>,
    idf: Vec<f32>,
}

impl TermSpace {
    /// Build the space from every sentence's terms and return each
    /// sentence's vector.
    pub fn build(sentences: &[Vec<String>]) -> (TermSpace, Vec<TermVector>) {
        let mut space = TermSpace::default();
        let mut df: Vec<u32> = Vec::new();
        let counted: Vec<HashMap<u32, f32>> = sentences
            .iter()
            .map(|terms| {
                let mut tf: HashMap<u32, f32> = HashMap::new();
                for term in terms {
                    // Looked up before it is copied: most terms recur.
                    let id = match space.ids.get(term) {
                        Some(&id) => id,
                        None => {
                            let next = space.ids.len() as u32;
                            space.ids.insert(term.clone(), next);
                            next
                        }
                    };
                    *tf.entry(id).or_insert(0.0) += 1.0;
                }
                for &id in tf.keys() {
                    if df.len() <= id as usize {
                        df.resize(id as usize + 1, 0);
                    }
                    df[id as usize] += 1;
                }
                tf
            })
            .collect();
        let n = sentences.len().max(1) as f32;
        space.idf = df.iter().map(|&d| (n / d as f32).ln() + 1.0).collect();
        let vectors = counted.into_iter().map(|tf| space.weigh(tf)).collect();
        (space, vectors)
    }

    /// The vector of `terms` in this space; terms the document never used
    /// are left out.
    pub fn vector(&self, terms: &[String]) -> TermVector {
        let mut tf: HashMap<u32, f32> = HashMap::new();
        for id in terms.iter().filter_map(|t| self.ids.get(t)) {
            *tf.entry(*id).or_insert(0.0) += 1.0;
        }
        self.weigh(tf)
    }

    fn weigh(&self, tf: HashMap<u32, f32>) -> TermVector {
        let mut entries: Vec<(u32, f32)> = tf
            .into_iter()
            .map(|(id, f)| (id, f * self.idf[id as usize]))
            .collect();
        sort::sort_by_key(&mut entries, |e| e.0);
        let norm = entries.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
        if norm > 0.0 {
            entries.iter_mut().for_each(|e| e.1 /= norm);
        }
        TermVector { entries }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(s: &str) -> Vec<String> {
        s.split_whitespace().map(String::from).collect()
    }

    #[test]
    fn identical_sentences_are_fully_alike_and_disjoint_ones_not_at_all() {
        let (_, v) = TermSpace::build(&[
            terms("india belarus talk"),
            terms("india belarus talk"),
            terms("weather rain"),
        ]);
        assert!((v[0].cosine(&v[1]) - 1.0).abs() < 1e-5);
        assert_eq!(v[0].cosine(&v[2]), 0.0);
    }

    #[test]
    fn rare_shared_terms_weigh_more_than_common_ones() {
        let (_, v) = TermSpace::build(&[
            terms("india sindoor"),
            terms("india sindoor"),
            terms("india talk"),
            terms("india visit"),
        ]);
        let (_, w) = TermSpace::build(&[
            terms("india sindoor"),
            terms("india talk"),
            terms("india visit"),
            terms("india plan"),
        ]);
        assert!(v[0].cosine(&v[1]) > w[0].cosine(&w[1]));
    }

    #[test]
    fn a_headline_joins_the_space() {
        let (space, v) = TermSpace::build(&[terms("india belarus defence"), terms("weather")]);
        let headline = space.vector(&terms("belarus defence unknown"));
        assert!(headline.cosine(&v[0]) > 0.5);
        assert!(!headline.entries.is_empty());
    }
}
