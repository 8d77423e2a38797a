//! The draft: the text in the box, kept in local storage so a reload or
//! the next visit finds it again (the widget's own page only; an embedded
//! widget keeps nothing).
//!
//! - **When it is saved.** A new text (pasted, or put in the box by the
//!   sample, a file, Clear or Undo) is saved at once; typing is saved once
//!   the reader pauses ([`TYPING_PAUSE_MS`]), and whatever is still waiting
//!   when the page is hidden or left. Writing a long text to storage is a
//!   synchronous copy of megabytes, too slow for every key press.
//! - **When it cannot be.** The browser's storage for the page may be full
//!   (or refused). Then the older draft is removed as well, so that it
//!   cannot come back at the next visit in place of the text on screen,
//!   and the reader is told exactly that (see
//!   [`save_draft`](super::browser::save_draft)).
//! - **Two tabs.** Each tab saves its reader's edits, so the draft is the
//!   text last edited in any tab. A tab learns from the `storage` event
//!   (which the browser fires in every *other* tab of the origin) that
//!   another tab saved a different draft, and says so: its text stays on
//!   screen but is no longer the one kept, until the reader edits it there
//!   again, which saves it and tells the other tab in turn. No tab's draft
//!   is replaced without the tab that loses it being told; neither tab's
//!   text leaves its box.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_events::EventListener;
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use web_sys::StorageEvent;
use yew::prelude::*;

use super::browser::{save_draft, DRAFT_KEY};
use super::state::{Action, State};

/// How long typing must pause before the draft is saved, in ms.
const TYPING_PAUSE_MS: u32 = 500;

/// What is waiting to be saved, shared by the timer and the page-hide
/// listener.
#[derive(Default)]
struct Pending {
    text: Option<Rc<str>>,
    timer: Option<Timeout>,
}

impl Pending {
    /// Save the waiting text now, if any; a refusal goes to `on_action`.
    fn flush(&mut self, on_action: &Callback<Action>) {
        self.timer = None;
        if let Some(message) = self.text.take().and_then(|text| save_draft(&text)) {
            on_action.emit(Action::Notify(message));
        }
    }
}

/// Keep `state`'s text as the draft, and report other tabs' drafts, while
/// `keep` (the widget's own page).
#[hook]
pub fn use_draft(state: &State, on_action: Callback<Action>, keep: bool) {
    let pending = use_mut_ref(Pending::default);
    // The text the widget starts with is the draft itself (or nothing):
    // writing it back would only risk a full storage's refusal.
    let start = *use_memo((), |_| state.revision);
    {
        let (pending, on_action) = (pending.clone(), on_action.clone());
        let (text, at_once) = (state.text.clone(), !state.typed);
        use_effect_with(state.revision, move |&revision| {
            if !keep || revision == start {
                return;
            }
            pending.borrow_mut().text = Some(text);
            if at_once {
                pending.borrow_mut().flush(&on_action);
            } else {
                let later = pending.clone();
                let timer = Timeout::new(TYPING_PAUSE_MS, move || {
                    later.borrow_mut().flush(&on_action);
                });
                pending.borrow_mut().timer = Some(timer);
            }
        });
    }
    use_effect_with(keep, move |&keep| {
        let listeners = keep.then(|| listen(pending, on_action)).unwrap_or_default();
        move || drop(listeners)
    });
}

/// The page's listeners: save what waits when the page is hidden or left,
/// and tell the reader of another tab's draft. Dropped, they stop.
fn listen(pending: Rc<RefCell<Pending>>, on_action: Callback<Action>) -> Vec<EventListener> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    let flush = |pending: Rc<RefCell<Pending>>, on_action: Callback<Action>| {
        move |_: &Event| pending.borrow_mut().flush(&on_action)
    };
    let mut listeners = vec![
        EventListener::new(
            &window,
            "pagehide",
            flush(pending.clone(), on_action.clone()),
        ),
        EventListener::new(&window, "storage", {
            let on_action = on_action.clone();
            move |event| {
                let Some(event) = event.dyn_ref::<StorageEvent>() else {
                    return;
                };
                if event.key().as_deref() == Some(DRAFT_KEY) {
                    on_action.emit(Action::DraftSavedElsewhere(event.new_value()));
                }
            }
        }),
    ];
    if let Some(document) = window.document() {
        let hidden = document.clone();
        let save = flush(pending, on_action);
        listeners.push(EventListener::new(
            &document,
            "visibilitychange",
            move |event| {
                if hidden.hidden() {
                    save(event);
                }
            },
        ));
    }
    listeners
}
