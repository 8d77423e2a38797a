//! One component per file, each named for what the reader sees.

mod article_stats;
mod sentence_list;
mod source_input;
mod status_line;
mod summary_list;

pub use article_stats::ArticleStats;
pub use sentence_list::SentenceList;
pub use source_input::SourceInput;
pub use status_line::StatusLine;
pub use summary_list::SummaryList;
