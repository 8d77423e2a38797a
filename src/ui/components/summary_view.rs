//! The summary's view: whole sentences or key points (issue 19), two
//! toggle buttons in one labelled group, each reachable by Tab and pressed
//! with Enter or Space; the choice is remembered for the next visit.

use yew::prelude::*;

/// Props of [`SummaryView`].
#[derive(Properties, PartialEq)]
pub struct SummaryViewProps {
    /// Whether key points are shown now.
    pub keypoints: bool,
    /// Where a new choice goes: `true` for key points.
    pub on_change: Callback<bool>,
}

/// "Sentences | Key points".
#[component]
pub fn SummaryView(props: &SummaryViewProps) -> Html {
    html! {
        <div class="summary-view" role="group" aria-label="Show the summary as">
            for (keypoints, id, name) in [(false, "view-sentences", "Sentences"), (true, "view-keypoints", "Key points")] {
                <button
                    type="button"
                    class="button button-quiet"
                    {id}
                    aria-pressed={(props.keypoints == keypoints).to_string()}
                    onclick={props.on_change.reform(move |_: MouseEvent| keypoints)}
                >
                    { name }
                </button>
            }
        </div>
    }
}
