//! The key-fact cards (grouped natively in [`crate::ui::cards`]): each item
//! is a toggle button that marks all its mentions in the full text.

use std::rc::Rc;

use yew::prelude::*;

use crate::ui::cards::CardKind;
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
