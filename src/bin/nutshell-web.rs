//! The browser entry point that Trunk builds (`www/index.html`): mounts the
//! Yew widget on the page's body. The same module also runs in the widget's
//! analysis worker (`www/worker.js`), which has no window: there it only
//! serves the exported API.

fn main() {
    if web_sys::window().is_some() {
        yew::Renderer::<nutshell::ui::App>::new().render();
    }
}
