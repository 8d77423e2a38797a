//! The text, sentence by sentence: the frame the summary and fact
//! highlights are drawn on.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::Analysis;

/// The most sentences drawn: a browser lays out tens of thousands of list
/// items in seconds, and nobody reads past a few hundred here; the full
/// text stays in the box above.
pub const SHOWN_SENTENCES: usize = 400;

/// Props of [`SentenceList`].
#[derive(Properties, PartialEq)]
pub struct SentenceListProps {
    /// The analysed text.
    pub text: Rc<str>,
    /// Its analysis, with byte offsets.
    pub analysis: Rc<Analysis>,
}

/// The sentences, numbered, with a gap where a paragraph ends: all of
/// them up to [`SHOWN_SENTENCES`], then a line that says how many more.
#[component]
pub fn SentenceList(props: &SentenceListProps) -> Html {
    let text = &props.text;
    let sentences = &props.analysis.sentences;
    html! {
        <div class="sentences-block">
            <h3 class="block-heading">{ "Sentences" }</h3>
            <ol class="sentences" id="sentences">
                for (i, s) in sentences.iter().enumerate().take(SHOWN_SENTENCES) {
                    <li
                        key={i}
                        class={classes!("sentence", (i > 0 && sentences[i - 1].paragraph != s.paragraph).then_some("new-paragraph"))}
                        data-start={s.start.to_string()}
                    >
                        { text.get(s.start..s.end).unwrap_or_default().to_string() }
                    </li>
                }
            </ol>
            if sentences.len() > SHOWN_SENTENCES {
                <p class="more-sentences" id="more-sentences">
                    { format!("… and {} more sentences, not listed here.", sentences.len() - SHOWN_SENTENCES) }
                </p>
            }
        </div>
    }
}
