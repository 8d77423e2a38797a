//! The widget's root: owns the [`State`], lays out the components, and
//! wires the page-wide parts: the analysis worker, the `[` `]` length keys,
//! the theme, and the draft kept in local storage across reloads.

use std::rc::Rc;

use web_sys::HtmlElement;
use yew::prelude::*;

use super::browser::{load_draft, load_theme, save_draft, save_theme};
use super::components::{
    ArticleStats, ExportBar, FactCards, LengthSlider, SentenceList, SourceInput, StatusLine,
    SummaryList, ThemeSwitch,
};
use super::state::{Action, Outcome, State};
use super::worker::Analyser;

/// Yew's reducer is a thin forward to [`State::apply`], which holds the logic
/// and is tested natively.
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// The whole widget.
#[component]
pub fn App() -> Html {
    let state = use_reducer(|| match load_draft() {
        Some(draft) => State::default().apply(Action::SetText(draft)),
        None => State::default(),
    });
    let theme = use_state(load_theme);
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    let analyser = {
        let on_action = on_action.clone();
        use_memo((), move |_| Analyser::new(on_action))
    };
    {
        let (text, length, analysing) = (state.text.clone(), state.length, state.analysing);
        use_effect_with(state.revision, move |&revision| {
            if analysing {
                analyser.request(revision, text, length);
            }
        });
    }
    {
        let on_action = on_action.clone();
        use_effect_with(state.text.clone(), move |text| {
            if let Some(message) = save_draft(text) {
                on_action.emit(Action::Notify(message));
            }
        });
    }
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |choice: String| {
            save_theme(&choice);
            theme.set(choice);
        })
    };
    let on_key = {
        let on_action = on_action.clone();
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = length_key(&e) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    let failed = matches!(state.outcome, Outcome::Failed(_)) || state.notice.is_some();
    let marks = Rc::new(state.marks());
    html! {
        <div class="nutshell" data-theme={(*theme).clone()} onkeydown={on_key}>
            <header class="masthead">
                <h1 class="brand">{ "Nutshell" }</h1>
                <p class="tagline">{ "The gist of an article, worked out on your own machine. Nothing you paste leaves this page." }</p>
                <ThemeSwitch theme={AttrValue::from((*theme).clone())} on_change={on_theme} />
            </header>
            <main class="layout">
                <section class="panel source-panel" aria-labelledby="source-heading">
                    <h2 id="source-heading" class="panel-heading">{ "Article" }</h2>
                    <SourceInput text={state.text.clone()} on_action={on_action.clone()} />
                    <StatusLine message={state.status()} {failed} />
                    if state.analysing {
                        <progress class="busy" aria-label="Analysing"></progress>
                    }
                </section>
                if let Outcome::Ready(ready) = &state.outcome {
                    <section class={classes!("panel", "result-panel", state.analysing.then_some("stale"))} aria-labelledby="result-heading" aria-busy={state.analysing.to_string()}>
                        <h2 id="result-heading" class="panel-heading">{ "At a glance" }</h2>
                        <ArticleStats ready={ready.clone()} />
                        if !ready.summary.is_empty() {
                            <div class="summary-block">
                                <div class="summary-head">
                                    <h3 class="block-heading">{ "Summary" }</h3>
                                    <button
                                        type="button"
                                        class="button button-quiet"
                                        id="mark-summary"
                                        aria-pressed={state.summary_marked.to_string()}
                                        onclick={on_action.reform(|_: MouseEvent| Action::ToggleSummaryMarks)}
                                    >
                                        { "Mark in full text" }
                                    </button>
                                </div>
                                <LengthSlider length={ready.summary.len()} max={ready.max_length()} on_action={on_action.clone()} />
                                <SummaryList text={state.text.clone()} ready={ready.clone()} />
                                <ExportBar text={state.text.clone()} ready={ready.clone()} on_action={on_action.clone()} />
                            </div>
                        }
                        <FactCards ready={ready.clone()} selected={state.selected} on_action={on_action.clone()} />
                        <SentenceList text={state.text.clone()} ready={ready.clone()} {marks} summary_marked={state.summary_marked} />
                    </section>
                }
            </main>
        </div>
    }
}

/// The length change a key press asks for: `[` shorter, `]` longer, except
/// while typing in a field, where "[" is text (the slider is no such field).
fn length_key(e: &KeyboardEvent) -> Option<Action> {
    let typing = e.target_dyn_into::<HtmlElement>().is_some_and(|t| {
        let field = matches!(t.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT");
        field && t.get_attribute("type").as_deref() != Some("range")
    });
    if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    match e.key().as_str() {
        "[" => Some(Action::Shorter),
        "]" => Some(Action::Longer),
        _ => None,
    }
}
