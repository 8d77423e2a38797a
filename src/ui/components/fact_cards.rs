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
                for card in props.ready.cards.iter() {
                    <section
                        key={card.kind.slug()}
                        class={classes!("card", format!("card-{}", card.kind.slug()))}
                        aria-labelledby={format!("card-{}-heading", card.kind.slug())}
                    >
                        <h4 class="card-heading" id={format!("card-{}-heading", card.kind.slug())}>
                            { card.kind.title() }
                            <span class="count" aria-label={format!("{} items, {} mentions", card.items.len(), card.mentions())}>
                                { card.items.len() }
                            </span>
                        </h4>
                        if card.kind == CardKind::Dates {
                            { timeline_of(card) }
                        }
                        <ul class="card-items">
                            for (i, item) in card.items.iter().enumerate() {
                                <li key={i}>
                                    <button
                                        type="button"
                                        class="fact"
                                        aria-pressed={(props.selected == Some((card.kind, i))).to_string()}
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
                    </section>
                }
            </div>
        </div>
    }
}

/// The Dates card's small timeline: a line from the earliest to the latest
/// date with a dot per date, drawn in SVG (attributes, not inline styles,
/// so a strict CSP allows it). The list below says the same in words, so
/// the drawing is hidden from screen readers.
fn timeline_of(card: &Card) -> Html {
    let points = timeline(card);
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
