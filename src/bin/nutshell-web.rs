//! The browser entry point that Trunk builds (`www/index.html`): mounts the
//! Yew widget on the page's body.

fn main() {
    yew::Renderer::<nutshell::ui::App>::new().render();
}
