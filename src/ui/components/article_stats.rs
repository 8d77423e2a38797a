//! The article's header facts: title, date, byline, length, reading time.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::state::{reading_time, Ready};

/// Props of [`ArticleStats`].
#[derive(Properties, PartialEq)]
pub struct ArticleStatsProps {
    /// The analysed text to describe.
    pub ready: Rc<Ready>,
}

/// Title and the article's vital numbers.
#[component]
pub fn ArticleStats(props: &ArticleStatsProps) -> Html {
    let meta = &props.ready.analysis.meta;
    // The body's counts, as the summary's length readout gives them: a
    // headline or date line is no sentence of the article.
    let sentences = props.ready.max_length();
    let paragraphs = props.ready.body_paragraphs();
    html! {
        <div class="article-stats">
            if let Some(title) = &meta.title {
                <h3 class="article-title">{ title.clone() }</h3>
            }
            <dl class="stats">
                <div class="stat"><dt>{ "Date" }</dt><dd id="stat-date">{ meta.date.clone().unwrap_or_else(|| "not stated".into()) }</dd></div>
                if let Some(byline) = &meta.byline {
                    <div class="stat"><dt>{ "By" }</dt><dd>{ byline.clone() }</dd></div>
                }
                <div class="stat"><dt>{ "Words" }</dt><dd id="stat-words">{ meta.words }</dd></div>
                <div class="stat"><dt>{ "Reading" }</dt><dd id="stat-reading">{ reading_time(meta.reading_minutes) }</dd></div>
                <div class="stat"><dt>{ "Sentences" }</dt><dd id="stat-sentences">{ sentences }</dd></div>
                <div class="stat"><dt>{ "Paragraphs" }</dt><dd>{ paragraphs }</dd></div>
                <div class="stat"><dt>{ "Language" }</dt><dd>{ meta.language.to_string() }</dd></div>
            </dl>
        </div>
    }
}
