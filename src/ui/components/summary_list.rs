//! The summary: the article's own best sentences, in document order. Each
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
}

/// The chosen sentences with their reasons.
#[component]
pub fn SummaryList(props: &SummaryListProps) -> Html {
    let ready = &props.ready;
    if ready.summary.is_empty() {
        return html! {};
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
                        onclick={
                            let id = format!("sentence-{}", item.sentence);
                            Callback::from(move |e: MouseEvent| {
                                if let Some(from) = e.target_dyn_into::<Element>() {
                                    scroll_to(&from, &id);
                                }
                            })
                        }
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
