//! The key-fact cards (grouped natively in [`crate::ui::cards`]): each item
//! is a toggle button that marks all its mentions in the full text; the
//! Dates card draws its dates on a small timeline.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::cards::{timeline, Card, CardKind};
use crate::ui::state::{Action, Ready};

/// Props of [`FactCards`].
#[derive(Properties, PartialEq)]
pub struct FactCardsProps {
    /// The analysed text's cards.
    pub ready: Rc<Ready>,
    /// The item whose mentions are marked.
    pub selected: Option<(CardKind, usize)>,
    /// Where a selection goes.
    pub on_action: Callback<Action>,
}

/// Items a card shows at first, and how many more each "show more" adds: a
/// long article's Numbers card can hold tens of thousands of items, and
/// drawing them all blocked the page for seconds (issue 11).
pub const ITEMS_SHOWN: usize = 30;

/// Every non-empty card.
#[component]
pub fn FactCards(props: &FactCardsProps) -> Html {
    if props.ready.cards.is_empty() {
        return html! {};
    }
    html! {
        <div class="facts-block">
            <h3 class="block-heading">{ "Key facts" }</h3>
            <p class="hint">{ "Choose an item to mark where the article mentions it." }</p>
            <div class="cards" id="cards">
                for (index, card) in props.ready.cards.iter().enumerate() {
                    <FactCard
                        key={card.kind.slug()}
                        ready={props.ready.clone()}
                        {index}
                        selected={props.selected.filter(|(kind, _)| *kind == card.kind).map(|(_, i)| i)}
                        on_action={props.on_action.clone()}
                    />
                }
            </div>
        </div>
    }
}

/// Props of [`FactCard`].
#[derive(Properties, PartialEq)]
struct FactCardProps {
    ready: Rc<Ready>,
    /// Which of the ready cards this is.
    index: usize,
    /// The chosen item of this card, if any.
    selected: Option<usize>,
    on_action: Callback<Action>,
}

/// One card: its first [`ITEMS_SHOWN`] certain items, a button that shows
/// that many more at a time, saying how many are left, and one that
/// reveals the names the engine is less certain of (issue 13: a wrong name
/// costs the reader more than a missing one). Certain items come first, so
/// what is drawn is always a prefix of the card's items.
#[component]
fn FactCard(props: &FactCardProps) -> Html {
    let shown = use_state(|| ITEMS_SHOWN);
    let doubtful_revealed = use_state(|| false);
    let Some(card) = props.ready.cards.get(props.index) else {
        return html! {};
    };
    let slug = card.kind.slug();
    let pool = if *doubtful_revealed {
        card.items.len()
    } else {
        card.certain()
    };
    let doubtful = card.items.len() - pool;
    let hidden = pool.saturating_sub(*shown);
    let show_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(*shown + ITEMS_SHOWN))
    };
    let reveal = {
        let doubtful_revealed = doubtful_revealed.clone();
        Callback::from(move |_: MouseEvent| doubtful_revealed.set(true))
    };
    html! {
        <section
            class={classes!("card", format!("card-{slug}"))}
            aria-labelledby={format!("card-{slug}-heading")}
        >
            <h4 class="card-heading" id={format!("card-{slug}-heading")}>
                { card.kind.title() }
                <span class="count" aria-label={format!("{} items, {} mentions", card.items.len(), card.mentions())}>
                    { card.items.len() }
                </span>
            </h4>
            if card.kind == CardKind::Dates {
                { timeline_of(card, (*shown).min(pool)) }
            }
            <ul class="card-items">
                for (i, item) in card.items.iter().enumerate().take((*shown).min(pool)) {
                    <li key={i}>
                        <button
                            type="button"
                            class="fact"
                            aria-pressed={(props.selected == Some(i)).to_string()}
                            onclick={props.on_action.reform({
                                let kind = card.kind;
                                move |_: MouseEvent| Action::Select(kind, i)
                            })}
                        >
                            <span class="fact-label">{ item.label.clone() }</span>
                            if item.spans.len() > 1 {
                                <span class="fact-count" aria-label={format!("{} mentions", item.spans.len())}>{ format!("×{}", item.spans.len()) }</span>
                            }
                            if let Some(detail) = &item.detail {
                                <span class="fact-detail">{ detail.clone() }</span>
                            }
                        </button>
                    </li>
                }
            </ul>
            if hidden > 0 {
                <button type="button" class="show-more" onclick={show_more}>
                    { format!("and {hidden} more: show {}", hidden.min(ITEMS_SHOWN)) }
                </button>
            }
            if doubtful > 0 {
                <button type="button" class="show-more show-doubtful" onclick={reveal}>
                    { format!("show {doubtful} less certain") }
                </button>
            }
        </section>
    }
}

/// The Dates card's small timeline: a line from the earliest to the latest
/// date with a dot per date shown on the card (the first `shown`), drawn in SVG (attributes, not inline styles,
/// so a strict CSP allows it). The list below says the same in words, so
/// the drawing is hidden from screen readers.
fn timeline_of(card: &Card, shown: usize) -> Html {
    let points: Vec<(usize, f64)> = timeline(card)
        .into_iter()
        .filter(|&(i, _)| i < shown)
        .collect();
    if points.is_empty() {
        return html! {};
    }
    html! {
        <svg class="timeline" viewBox="-4 0 108 12" aria-hidden="true" focusable="false">
            <line class="timeline-axis" x1="0" y1="6" x2="100" y2="6" />
            for (i, at) in points {
                <circle class="timeline-dot" cx={format!("{:.1}", at * 100.0)} cy="6" r="2.5">
                    <title>{ card.items[i].label.clone() }</title>
                </circle>
            }
        </svg>
    }
}
