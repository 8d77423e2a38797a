//! Where the chosen fact is in the full text: which mention the reader is
//! at, of how many ("2 of 5"), and buttons (keys `n` and `p`) to step to
//! the next or previous one, as a browser's find bar does (issue 19: the
//! marks were on the seed 1,548 px below an 800 px window, unfound).

use yew::prelude::*;

use crate::ui::state::Action;

/// Props of [`MentionBar`].
#[derive(Properties, PartialEq)]
pub struct MentionBarProps {
    /// The chosen fact, as its card names it.
    pub label: AttrValue,
    /// The mention the reader is at, from 1.
    pub at: usize,
    /// How many mentions it has.
    pub count: usize,
    /// Where a step goes.
    pub on_action: Callback<Action>,
}

/// The bar over the full text while a fact is chosen; it stays in view
/// while the text scrolls under it.
#[component]
pub fn MentionBar(props: &MentionBarProps) -> Html {
    let step = |forward: bool| {
        props
            .on_action
            .reform(move |_: MouseEvent| Action::Step(forward))
    };
    html! {
        <div class="mention-bar" role="group" aria-label="Mentions of the chosen fact">
            <span class="mention-label">{ props.label.clone() }</span>
            <button type="button" class="button button-quiet" id="mention-previous" aria-keyshortcuts="p" aria-label="Previous mention" onclick={step(false)}>{ "‹" }</button>
            <span id="mention-count" aria-live="polite">{ format!("{} of {}", props.at, props.count) }</span>
            <button type="button" class="button button-quiet" id="mention-next" aria-keyshortcuts="n" aria-label="Next mention" onclick={step(true)}>{ "›" }</button>
            <span class="hint key-hint">{ "Keys " }<kbd>{ "n" }</kbd>{ " and " }<kbd>{ "p" }</kbd></span>
        </div>
    }
}
