//! The summary's length: a slider in sentences with a readout of how much
//! of the article that is. The `[` and `]` keys (handled in `app.rs`) move
//! it too.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::ui::state::Action;

/// Props of [`LengthSlider`].
#[derive(Properties, PartialEq)]
pub struct LengthSliderProps {
    /// Sentences in the summary now.
    pub length: usize,
    /// Sentences the summary can have at most.
    pub max: usize,
    /// Where a new length goes.
    pub on_action: Callback<Action>,
}

/// The length slider and its readout.
#[component]
pub fn LengthSlider(props: &LengthSliderProps) -> Html {
    let on_input = props.on_action.reform(|e: InputEvent| {
        let value = e
            .target_unchecked_into::<HtmlInputElement>()
            .value_as_number();
        Action::SetLength(if value.is_finite() { value as usize } else { 1 })
    });
    let max = props.max.max(1);
    let percent = (100.0 * props.length as f64 / max as f64).round();
    let sentences = if props.length == 1 {
        "sentence"
    } else {
        "sentences"
    };
    html! {
        <div class="length-control">
            <label for="summary-length" class="length-label">{ "Length" }</label>
            <input
                id="summary-length"
                class="length-slider"
                type="range"
                min="1"
                max={max.to_string()}
                step="1"
                value={props.length.to_string()}
                oninput={on_input}
                aria-keyshortcuts="[ ]"
                aria-valuetext={format!("{} {sentences}, {percent}% of the article", props.length)}
                disabled={max < 2}
            />
            <output id="length-readout" for="summary-length" class="length-readout">
                { format!("{} of {max} {sentences} · {percent}%", props.length) }
            </output>
            <span class="hint key-hint">{ "Keys " }<kbd>{ "[" }</kbd>{ " and " }<kbd>{ "]" }</kbd>{ " shorten and lengthen." }</span>
        </div>
    }
}
