//! The extractive summary: content terms of each body sentence, TextRank
//! centrality over the sentences that share them, and a lead bonus, scored
//! once ([`Scores::compute`]) so any length is selected from the same
//! scores ([`Scores::select`]), never a sentence that cannot stand on its
//! own ([`standalone`]). Key points ([`keypoints`]) are the same choice
//! as short bullets, each sentence compressed ([`compress`]).

pub mod compress;
pub mod keypoints;
pub mod shape;
pub mod similarity;
pub mod standalone;
pub mod summarize;
pub mod terms;
pub mod textrank;

pub use keypoints::KeyPoints;
pub use summarize::{Length, Scores};
