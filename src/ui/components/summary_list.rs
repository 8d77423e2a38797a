//! The summary: the article's own best sentences, in document order, each
//! with the reasons it was chosen.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Analysis;

/// Props of [`SummaryList`].
#[derive(Properties, PartialEq)]
pub struct SummaryListProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis, with byte offsets.
    pub analysis: Rc<Analysis>,
}

/// The chosen sentences with their reasons.
#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    let analysis = &props.analysis;
    if analysis.summary.is_empty() {
        return html! {};
    }
    html! {
        <div class="summary-block">
            <h3 class="block-heading">{ "Summary" }</h3>
            <ol class="summary" id="summary">
                for item in analysis.summary.iter() {
                    <li key={item.sentence} class="summary-sentence">
                        <p class="summary-text">
                            { analysis.sentences.get(item.sentence).and_then(|s| props.text.get(s.start..s.end)).unwrap_or_default().to_string() }
                        </p>
                        if !item.reasons.is_empty() {
                            <ul class="reasons" aria-label="Why this sentence">
                                for reason in item.reasons.iter() {
                                    <li class="reason">{ reason.clone() }</li>
                                }
                            </ul>
                        }
                    </li>
                }
            </ol>
        </div>
    }
}
