//! The widget's root: owns the [`State`], lays out the components, and
//! wires the page-wide parts: the analysis ([`use_analysis`]), the draft
//! kept in local storage across reloads ([`use_draft`]), the keys (`[` `]`
//! for the length, `n` `p` for a fact's mentions, Ctrl+Z for Undo: on the
//! page wherever focus is, in an embedded widget only inside it, so a
//! host's keys stay the host's) and the theme.
//!
//! The same root serves an embedded widget ([`Embed`], from
//! `www/embed.js`): there the host's attributes give the text, length,
//! view and theme, nothing is kept in local storage (instances stay
//! independent), each finished analysis is reported to the host, and the
//! host's later news (a new text, a message) arrives through [`Inbox`].

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use super::browser::{load_draft, load_keypoints, load_theme, save_keypoints, save_theme};
use super::components::{
    ArticleStats, ExportBar, FactCards, LengthSlider, MentionBar, SentenceList, SourceInput,
    StatusLine, SummaryList, SummaryView, SupportNotice, ThemeSwitch, UndoButton,
};
use super::draft::use_draft;
use super::embed::Inbox;
use super::state::{Action, Outcome, Ready, State};
use super::worker::use_analysis;

/// Yew's reducer is a thin forward to [`State::apply`], which holds the logic
/// and is tested natively.
impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}

/// An embedded widget's settings: the custom element's attributes and
/// where its results go.
#[derive(PartialEq)]
pub struct Embed {
    /// The text to analyse at once.
    pub text: String,
    /// The summary's length in sentences, if the host set one.
    pub length: Option<usize>,
    /// "auto", "light" or "dark".
    pub theme: String,
    /// Only the key-fact cards.
    pub compact: bool,
    /// The summary shown as key points at first.
    pub keypoints: bool,
    /// Where the text comes from (the host page's address), for
    /// `meta.source`.
    pub source: Option<String>,
    /// The URL of the JS glue, for the worker.
    pub glue: String,
    /// Where the host's later texts and messages arrive.
    pub inbox: Rc<Inbox>,
    /// Told of each finished analysis: the text and what was made of it
    /// (the text is the one analysed, [`Ready::text`]).
    pub on_analyzed: Callback<(Rc<str>, Rc<Ready>)>,
    /// Told why a text could not be analysed.
    pub on_error: Callback<crate::engine::Error>,
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// Set when the widget is embedded in another page.
    #[prop_or_default]
    pub embed: Option<Rc<Embed>>,
}

/// The whole widget.
#[component]
pub fn App(props: &AppProps) -> Html {
    let embed = props.embed.clone();
    let state = use_reducer({
        let embed = embed.clone();
        move || match &embed {
            Some(embed) => State {
                length: embed.length,
                keypoints: embed.keypoints,
                source: embed.source.as_deref().map(Rc::from),
                ..State::default()
            }
            .apply(Action::Load(embed.text.clone())),
            None => {
                let remembered = State {
                    keypoints: load_keypoints(),
                    ..State::default()
                };
                match load_draft() {
                    Some(draft) => remembered.apply(Action::Load(draft)),
                    None => remembered,
                }
            }
        }
    });
    let theme = use_state(|| match &embed {
        Some(embed) => embed.theme.clone(),
        None => load_theme(),
    });
    let on_action = {
        let dispatcher = state.dispatcher();
        Callback::from(move |action: Action| dispatcher.dispatch(action))
    };
    use_analysis(
        &state,
        on_action.clone(),
        embed.as_ref().map(|e| e.glue.clone()),
    );
    use_draft(&state, on_action.clone(), embed.is_none());
    {
        // The host's news goes to this state from the first render on.
        let (embed, on_action) = (embed.clone(), on_action.clone());
        use_effect_with((), move |()| {
            if let Some(embed) = embed {
                embed.inbox.open(on_action);
            }
        });
    }
    {
        // Tell an embedding host once an analysis is done or refused.
        let (embed, outcome) = (embed.clone(), state.outcome.clone());
        use_effect_with(
            (state.revision, state.analysing),
            move |&(_, analysing)| match (embed, outcome) {
                (Some(_), _) if analysing => {}
                (Some(embed), Outcome::Ready(ready)) => {
                    embed.on_analyzed.emit((ready.text.clone(), ready))
                }
                (Some(embed), Outcome::Failed(error)) => embed.on_error.emit(error),
                _ => {}
            },
        );
    }
    let on_theme = {
        let theme = theme.clone();
        Callback::from(move |choice: String| {
            save_theme(&choice);
            theme.set(choice);
        })
    };
    let on_view = {
        let (on_action, page) = (on_action.clone(), embed.is_none());
        Callback::from(move |keypoints: bool| {
            if page {
                save_keypoints(keypoints);
            }
            on_action.emit(Action::ShowKeyPoints(keypoints));
        })
    };
    // The keys read the newest state: the page-wide listener is added once.
    let latest = use_mut_ref(|| state.clone());
    *latest.borrow_mut() = state.clone();
    let on_key = {
        let (on_action, latest) = (on_action.clone(), latest.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(action) = key_action(&e, &latest.borrow()) {
                e.prevent_default();
                on_action.emit(action);
            }
        })
    };
    {
        // On the page the keys work wherever focus is, the page's body too
        // (issue 19: `[` and `]` were hinted but did nothing there).
        let (on_key, page) = (on_key.clone(), embed.is_none());
        use_effect_with(page, move |&page| {
            let listener = web_sys::window()
                .and_then(|w| w.document())
                .filter(|_| page)
                .map(|document| {
                    let active = EventListenerOptions::enable_prevent_default();
                    EventListener::new_with_options(&document, "keydown", active, move |e| {
                        if let Some(e) = e.dyn_ref::<KeyboardEvent>() {
                            on_key.emit(e.clone());
                        }
                    })
                });
            move || drop(listener)
        });
    }
    let root_keys = embed.is_some().then_some(on_key);
    // Reading the host page's element (`source`): the page shows the text.
    let hosted = embed.as_ref().is_some_and(|e| e.source.is_some());
    let failed = state.problem();
    let marks = Rc::new(state.marks());
    let current = state.current_mention();
    let mention_bar = match (current, &state.outcome, state.selected) {
        (Some((_, at, count)), Outcome::Ready(ready), Some((kind, index))) => {
            let label = ready
                .cards
                .iter()
                .find(|c| c.kind == kind)
                .and_then(|c| c.items.get(index))
                .map(|item| AttrValue::from(item.label.clone()))
                .unwrap_or_default();
            html! { <MentionBar {label} {at} {count} on_action={on_action.clone()} /> }
        }
        _ => html! {},
    };
    let ready = match &state.outcome {
        Outcome::Ready(ready) => Some(ready.clone()),
        _ => None,
    };
    let kept = Rc::new(state.kept_marks());
    let status = html! {
        <div class="status-bar">
            <StatusLine message={state.status()} {failed} />
            if let Some(undo) = &state.undo {
                <UndoButton redo={undo.redo} on_undo={on_action.reform(|()| Action::Undo)} />
            }
        </div>
    };
    let class = classes!(
        "nutshell",
        embed.is_some().then_some("embedded"),
        embed
            .as_ref()
            .is_some_and(|e| e.compact)
            .then_some("compact"),
    );
    if embed.as_ref().is_some_and(|e| e.compact) {
        return html! {
            <div {class} data-theme={(*theme).clone()}>
                { status }
                if let Some(ready) = ready {
                    <FactCards {ready} selected={state.selected} on_action={on_action.clone()} />
                }
            </div>
        };
    }
    html! {
        <div {class} data-theme={(*theme).clone()} onkeydown={root_keys}>
            if embed.is_none() {
                <header class="masthead">
                    <h1 class="brand">{ "Nutshell" }</h1>
                    <p class="tagline">{ "The gist of an article, worked out on your own machine. Nothing you paste leaves this page." }</p>
                    <ThemeSwitch theme={AttrValue::from((*theme).clone())} on_change={on_theme} />
                </header>
            }
            <main class={classes!("layout", hosted.then_some("hosted"))}>
                <section class="panel source-panel" aria-labelledby={(!hosted).then_some("source-heading")}>
                    // Reading the host page's element, the page shows the
                    // text already: no box for it, only what became of it.
                    if !hosted {
                        <h2 id="source-heading" class="panel-heading">{ "Article" }</h2>
                        <SourceInput text={state.text.clone()} replaced={state.replaced} on_action={on_action.clone()} glue={embed.as_ref().map(|e| e.glue.clone())} />
                    }
                    { status }
                    if state.analysing {
                        <progress class="busy" aria-label="Analysing"></progress>
                    }
                </section>
                if let Some(ready) = ready {
                    <section class={classes!("panel", "result-panel", state.analysing.then_some("stale"))} aria-labelledby="result-heading" aria-busy={state.analysing.to_string()}>
                        <h2 id="result-heading" class="panel-heading">{ "At a glance" }</h2>
                        <ArticleStats ready={ready.clone()} />
                        <SupportNotice ready={ready.clone()} />
                        if !ready.summary.is_empty() {
                            <div class="summary-block">
                                // The title stands above already, as the
                                // article's: only the gist of an article
                                // without one is shown here (a new-user test
                                // read the title twice), as the Markdown
                                // report does.
                                if let Some(headline) = ready.headline().filter(|_| ready.analysis.meta.title.is_none()) {
                                    <p class="headline" id="headline">
                                        <span class="headline-label">{ "In one line" }</span>
                                        <span class="headline-text">{ headline.text.clone() }</span>
                                    </p>
                                }
                                <div class="summary-head">
                                    <h3 class="block-heading">{ "Summary" }</h3>
                                    <SummaryView keypoints={state.keypoints} on_change={on_view} />
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
                                <SummaryList ready={ready.clone()} keypoints={state.keypoints} />
                                <ExportBar ready={ready.clone()} on_action={on_action.clone()} keypoints={state.keypoints} />
                            </div>
                        }
                        <FactCards ready={ready.clone()} selected={state.selected} on_action={on_action.clone()} />
                        <SentenceList {ready} {marks} {kept} current={current.map(|(span, _, _)| span)} summary_marked={state.summary_marked}>
                            { mention_bar }
                        </SentenceList>
                    </section>
                }
            </main>
        </div>
    }
}

/// What a key press asks of the widget, if anything.
fn key_action(e: &KeyboardEvent, state: &State) -> Option<Action> {
    reading_key(e, state).or_else(|| undo_key(e, state))
}

/// The reading keys: `[` shorter, `]` longer, `n` and `p` the chosen
/// fact's next and previous mention, except while typing in a field, where
/// they are text (the slider is no such field).
fn reading_key(e: &KeyboardEvent, state: &State) -> Option<Action> {
    let typing = e.target_dyn_into::<HtmlElement>().is_some_and(|t| {
        let field = matches!(t.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT");
        field && t.get_attribute("type").as_deref() != Some("range")
    });
    if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    let chosen = state.current_mention().is_some();
    match e.key().as_str() {
        "[" => Some(Action::Shorter),
        "]" => Some(Action::Longer),
        "n" if chosen => Some(Action::Step(true)),
        "p" if chosen => Some(Action::Step(false)),
        _ => None,
    }
}

/// The widget's Undo or Redo a key press asks for: Ctrl+Z (Cmd+Z on a
/// Mac) undoes, with Shift (or Ctrl+Y) redoes, when [`State`] takes the key
/// (in the text box only until the reader types there; after that the
/// box's own undo of their typing has it).
fn undo_key(e: &KeyboardEvent, state: &State) -> Option<Action> {
    if !(e.ctrl_key() || e.meta_key()) || e.alt_key() {
        return None;
    }
    let redo = match e.key().to_lowercase().as_str() {
        "z" => e.shift_key(),
        "y" => true,
        _ => return None,
    };
    let in_box = e
        .target_dyn_into::<HtmlElement>()
        .is_some_and(|t| t.tag_name() == "TEXTAREA");
    state.takes_undo_key(redo, in_box).then_some(Action::Undo)
}
