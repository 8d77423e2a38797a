//! The way back after Clear, the sample or an opened file replaced the
//! reader's text: one button beside the status line (which says what was
//! replaced), reachable by Tab, with Ctrl+Z (Cmd+Z) as its key.

use yew::prelude::*;

/// Props of [`UndoButton`].
#[derive(Properties, PartialEq)]
pub struct UndoButtonProps {
    /// Whether it brings back what an Undo replaced ("Redo").
    pub redo: bool,
    /// Pressed.
    pub on_undo: Callback<()>,
}

/// "Undo" (or "Redo"), with its keyboard shortcut declared for assistive
/// technology (`aria-keyshortcuts`).
#[component]
pub fn UndoButton(props: &UndoButtonProps) -> Html {
    let (label, keys) = match props.redo {
        false => ("Undo", "Control+Z Meta+Z"),
        true => ("Redo", "Control+Shift+Z Meta+Shift+Z Control+Y"),
    };
    html! {
        <button
            type="button"
            class="button button-quiet"
            id="undo"
            aria-keyshortcuts={keys}
            onclick={props.on_undo.reform(|_: MouseEvent| ())}
        >
            { label }
        </button>
    }
}
