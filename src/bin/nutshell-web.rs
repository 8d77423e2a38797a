//! The browser entry point that Trunk builds (`www/index.html`): mounts the
//! Yew widget on the page's `#nutshell-app` element. The same module also
//! runs in the widget's analysis worker (`www/worker.js`), which has no
//! window, and on pages that embed the widget (`www/embed.js`), which have
//! no such element: there it only serves the exported API.

fn main() {
    // The JS API's page-thread path, warmed while the page is idle.
    nutshell::api_warm_up::start();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("nutshell-app"));
    if let Some(root) = root {
        yew::Renderer::<nutshell::ui::App>::with_root(root).render();
    }
}
