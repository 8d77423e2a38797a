//! The summary: the article's own best sentences, in document order, or
//! their key points (each compressed, as bullets). Each
//! one is a button that scrolls to it in the full text; its reasons show
//! on hover and focus. Each is numbered by an element of its own, at the
//! start of its first line: a list marker sits on the baseline of the
//! button's last line (issue 19), a button being one inline box.

use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::ui::browser::scroll_to;
use crate::ui::state::Ready;

/// Props of [`SummaryList`].
#[derive(Properties, PartialEq)]
pub struct SummaryListProps {
    /// The analysed text, its analysis and current summary.
    pub ready: Rc<Ready>,
    /// Whether to show the summary as key points.
    #[prop_or_default]
    pub keypoints: bool,
}

/// A click handler that scrolls to sentence `sentence` in the full text.
fn show_sentence(sentence: usize) -> Callback<MouseEvent> {
    let id = format!("sentence-{sentence}");
    Callback::from(move |e: MouseEvent| {
        if let Some(from) = e.target_dyn_into::<Element>() {
            scroll_to(&from, &id);
        }
    })
}

/// The chosen sentences with their reasons, or their key points: one
/// bullet each, a button that scrolls to its sentence, whose kept words
/// are marked there.
#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    let ready = &props.ready;
    if ready.summary.is_empty() {
        return html! {};
    }
    if props.keypoints {
        return html! {
            <ul class="keypoints" id="keypoints" aria-label="Key points">
                for bullet in ready.bullets() {
                    <li key={bullet.sentence} class="keypoint">
                        <button
                            type="button"
                            class="summary-text"
                            title="Show in the full text"
                            onclick={show_sentence(bullet.sentence)}
                        >
                            { bullet.text.clone() }
                        </button>
                    </li>
                }
            </ul>
        };
    }
    html! {
        <ol class="summary" id="summary">
            for (k, item) in ready.summary.iter().enumerate() {
                <li key={item.sentence} class="summary-sentence">
                    <span class="summary-number" aria-hidden="true">{ format!("{}.", k + 1) }</span>
                    <button
                        type="button"
                        class="summary-text"
                        title="Show in the full text"
                        onclick={show_sentence(item.sentence)}
                    >
                        { ready.sentence(item.sentence).unwrap_or_default().to_string() }
                    </button>
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
    }
}
