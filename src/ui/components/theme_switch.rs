//! Light, dark or the system's choice (`prefers-color-scheme`), remembered
//! for the next visit.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Props of [`ThemeSwitch`].
#[derive(Properties, PartialEq)]
pub struct ThemeSwitchProps {
    /// "auto", "light" or "dark".
    pub theme: AttrValue,
    /// Where a new choice goes.
    pub on_change: Callback<String>,
}

/// A labelled select of the three themes.
#[component]
pub fn ThemeSwitch(props: &ThemeSwitchProps) -> Html {
    let on_change = props
        .on_change
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <label class="theme-switch">
            { "Theme " }
            <select id="theme" onchange={on_change}>
                for (value, name) in [("auto", "System"), ("light", "Light"), ("dark", "Dark")] {
                    <option {value} selected={props.theme == value}>{ name }</option>
                }
            </select>
        </label>
    }
}
