//! The text, sentence by sentence: the frame the summary and fact
//! highlights are drawn on.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Analysis;

/// Props of [`SentenceList`].
#[derive(Properties, PartialEq)]
pub struct SentenceListProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis, with byte offsets.
    pub analysis: Rc<Analysis>,
}

/// Every sentence, numbered, with a gap where a paragraph ends.
#[component]
pub fn SentenceList(props: &SentenceListProps) -> Html {
    let text = &props.text;
    let sentences = &props.analysis.sentences;
    html! {
        <div class="sentences-block">
            <h3 class="block-heading">{ "Sentences" }</h3>
            <ol class="sentences" id="sentences">
                for (i, s) in sentences.iter().enumerate() {
                    <li
                        key={i}
                        class={classes!("sentence", (i > 0 && sentences[i - 1].paragraph != s.paragraph).then_some("new-paragraph"))}
                        data-start={s.start.to_string()}
                    >
                        { text.get(s.start..s.end).unwrap_or_default().to_string() }
                    </li>
                }
            </ol>
        </div>
    }
}
