//! The widget's root: owns the [`State`] and lays out the components.

use std::rc::Rc;

use yew::prelude::*;

use super::components::{ArticleStats, SentenceList, SourceInput, StatusLine, SummaryList};
use super::state::{Action, Outcome, State};

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
    let state = use_reducer(State::default);
    let on_action = {
        let state = state.clone();
        Callback::from(move |action: Action| state.dispatch(action))
    };
    let failed = matches!(state.outcome, Outcome::Failed(_)) || state.notice.is_some();
    html! {
        <div class="nutshell">
            <header class="masthead">
                <h1 class="brand">{ "Nutshell" }</h1>
                <p class="tagline">{ "The gist of an article, worked out on your own machine. Nothing you paste leaves this page." }</p>
            </header>
            <main class="layout">
                <section class="panel source-panel" aria-labelledby="source-heading">
                    <h2 id="source-heading" class="panel-heading">{ "Article" }</h2>
                    <SourceInput text={state.text.clone()} on_action={on_action} />
                    <StatusLine message={state.status()} {failed} />
                </section>
                if let Outcome::Ready(analysis) = &state.outcome {
                    <section class="panel result-panel" aria-labelledby="result-heading">
                        <h2 id="result-heading" class="panel-heading">{ "At a glance" }</h2>
                        <ArticleStats analysis={analysis.clone()} />
                        <SummaryList text={state.text.clone()} analysis={analysis.clone()} />
                        <SentenceList text={state.text.clone()} analysis={analysis.clone()} />
                    </section>
                }
            </main>
        </div>
    }
}
