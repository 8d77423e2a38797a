//! The one polite live region: what just happened, for eyes and screen
//! readers alike.

use yew::prelude::*;

/// Props of [`StatusLine`].
#[derive(Properties, PartialEq)]
pub struct StatusLineProps {
    /// The sentence to show and announce.
    pub message: String,
    /// Whether it reports a problem (styled as one; news of a copy or a
    /// download done is not).
    pub failed: bool,
}

/// The status line under the text box.
#[component]
pub fn StatusLine(props: &StatusLineProps) -> Html {
    let class = classes!("status", props.failed.then_some("status-problem"));
    html! {
        <p id="status" {class} role="status" aria-live="polite">{ props.message.clone() }</p>
    }
}
