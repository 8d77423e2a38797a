//! The full text, sentence by sentence, with the summary's sentences and a
//! chosen fact's mentions marked on it; the mention the reader is at is
//! marked more strongly and scrolled to the middle of the view.

use crate::engine::sort;
use std::rc::Rc;

use web_sys::Element;
use yew::prelude::*;

use crate::ui::browser::to_middle;
use crate::ui::state::Ready;

/// The most sentences drawn: a browser lays out tens of thousands of list
/// items in seconds, and nobody reads past a few hundred here; the full
/// text stays in the box above.
pub const SHOWN_SENTENCES: usize = 400;

/// Props of [`SentenceList`].
#[derive(Properties, PartialEq)]
pub struct SentenceListProps {
    /// The analysed text and its analysis, with byte offsets into it.
    pub ready: Rc<Ready>,
    /// Spans to mark: the chosen fact's mentions.
    pub marks: Rc<Vec<(usize, usize)>>,
    /// The mention the reader is at, among `marks`.
    pub current: Option<(usize, usize)>,
    /// Whether the summary's sentences are marked.
    pub summary_marked: bool,
    /// Spans the key points keep, marked instead of whole sentences in
    /// the key-points view (empty otherwise).
    #[prop_or_default]
    pub kept: Rc<Vec<(usize, usize)>>,
    /// What stands over the text (the mention bar).
    #[prop_or_default]
    pub children: Html,
}

/// The sentences, the body's numbered, with a gap where a paragraph ends: all of
/// them up to [`SHOWN_SENTENCES`], then a line that says how many more.
#[component]
pub fn SentenceList(props: &SentenceListProps) -> Html {
    let text = &props.ready.text;
    let sentences = &props.ready.analysis.sentences;
    let in_summary = |i: usize| {
        props.summary_marked
            && props.kept.is_empty()
            && props.ready.summary.iter().any(|s| s.sentence == i)
    };
    // Header lines stand unnumbered, so the numbers match the length
    // readout's count of the body.
    let numbers = props.ready.body_numbers();
    let list = use_node_ref();
    {
        // Each new current mention (a fact chosen, a step) is brought into
        // view; looked up inside this list, so it works in a shadow root.
        let list = list.clone();
        use_effect_with(props.current, move |current| {
            let mark = list
                .cast::<Element>()
                .filter(|_| current.is_some())
                .and_then(|l| l.query_selector("mark.current").ok().flatten());
            if let Some(mark) = mark {
                to_middle(&mark);
            }
        });
    }
    html! {
        <div class="sentences-block">
            <h3 class="block-heading">{ "Full text" }</h3>
            { props.children.clone() }
            <ol class="sentences" id="sentences" ref={list}>
                for (i, s) in sentences.iter().enumerate().take(SHOWN_SENTENCES) {
                    <li
                        key={i}
                        id={format!("sentence-{i}")}
                        tabindex="-1"
                        class={classes!(
                            "sentence",
                            (i > 0 && sentences[i - 1].paragraph != s.paragraph).then_some("new-paragraph"),
                            in_summary(i).then_some("in-summary"),
                            numbers[i].is_none().then_some("header-line"),
                        )}
                        value={numbers[i].map(|n| n.to_string())}
                        data-start={s.start.to_string()}
                    >
                        { marked(text, (s.start, s.end), &props.marks, props.current, &props.kept) }
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

/// `text[start..end]` as text nodes, with the parts inside `marks` wrapped
/// in `<mark>` (marks may cross the sentence's edges; they are clipped),
/// the `current` one's as `mark.current`, and the parts inside `kept` (a
/// key point's words) in `<span class="kept">`. The text is cut at every
/// edge of either, so a mention inside kept words is both.
fn marked(
    text: &str,
    (start, end): (usize, usize),
    marks: &[(usize, usize)],
    current: Option<(usize, usize)>,
    kept: &[(usize, usize)],
) -> Html {
    let piece = |a: usize, b: usize| text.get(a..b).unwrap_or_default().to_string();
    // Each span clipped to the sentence, with whether it is the current mark.
    let clip = |spans: &[(usize, usize)]| -> Vec<(usize, usize, bool)> {
        spans
            .iter()
            .map(|&(a, b)| (a.max(start), b.min(end), current == Some((a, b))))
            .filter(|(a, b, _)| a < b)
            .collect()
    };
    let (mentions, kept) = (clip(marks), clip(kept));
    let mut edges: Vec<usize> = vec![start, end];
    edges.extend(mentions.iter().chain(&kept).flat_map(|&(a, b, _)| [a, b]));
    sort::sort(&mut edges);
    edges.dedup();
    let inside = |spans: &[(usize, usize, bool)], a: usize, b: usize| {
        spans
            .iter()
            .find(|&&(x, y, _)| x <= a && b <= y)
            .map(|&(_, _, is_current)| is_current)
    };
    edges
        .windows(2)
        .map(|w| {
            let (a, b) = (w[0], w[1]);
            let mut node = html! { { piece(a, b) } };
            if let Some(is_current) = inside(&mentions, a, b) {
                let class = classes!("mention", is_current.then_some("current"));
                node = html! { <mark {class}>{ node }</mark> };
            }
            if inside(&kept, a, b).is_some() {
                node = html! { <span class="kept">{ node }</span> };
            }
            node
        })
        .collect::<Html>()
}
