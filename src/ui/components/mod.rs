//! One component per file, each named for what the reader sees.

mod article_stats;
mod export_bar;
mod fact_cards;
mod length_slider;
mod mention_bar;
mod sentence_list;
mod source_input;
mod status_line;
mod summary_list;
mod summary_view;
mod support_notice;
mod theme_switch;
mod undo_button;

pub use article_stats::ArticleStats;
pub use export_bar::ExportBar;
pub use fact_cards::FactCards;
pub use length_slider::LengthSlider;
pub use mention_bar::MentionBar;
pub use sentence_list::SentenceList;
pub use source_input::SourceInput;
pub use status_line::StatusLine;
pub use summary_list::SummaryList;
pub use summary_view::SummaryView;
pub use support_notice::SupportNotice;
pub use theme_switch::ThemeSwitch;
pub use undo_button::UndoButton;
