//! The engine, the JS API and the widget compiled for wasm32 and run in
//! headless Chromium by wasm-bindgen-test (`tools/test.sh` runs it with
//! `--features web`). The engine cases are the native golden list, so the
//! two builds cannot drift apart.
#![cfg(target_arch = "wasm32")]

mod common;

use common::segmentation_cases::{check, CASES};
use nutshell::engine::Unit;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn engine_splits_news_prose_in_the_browser() {
    for case in CASES {
        check(case, Unit::Char);
        check(case, Unit::Utf16);
    }
}

/// The JS API: UTF-16 offsets, plain objects, Promises rejected with `{code, message}`.
#[cfg(feature = "web")]
mod api {
    use super::*;
    use js_sys::{Array, Reflect};
    use wasm_bindgen::JsValue;

    fn get(value: &JsValue, key: &str) -> JsValue {
        Reflect::get(value, &JsValue::from_str(key)).expect(key)
    }

    #[wasm_bindgen_test]
    async fn counts_offsets_in_utf16_for_javascript() {
        let text = "Emoji 👍🏽 first. Then the rest.";
        let analysis = nutshell::api::analyze(text.into(), JsValue::UNDEFINED)
            .await
            .expect("analysed");
        let sentences: Array = get(&analysis, "sentences").into();
        let second = sentences.get(1);
        let start = get(&second, "start").as_f64().unwrap() as u32;
        let end = get(&second, "end").as_f64().unwrap() as u32;
        let js_text = js_sys::JsString::from(text);
        assert_eq!(String::from(js_text.slice(start, end)), "Then the rest.");
        assert!(get(&get(&analysis, "meta"), "title").is_null());
    }

    /// Resolves after `ms` milliseconds.
    async fn sleep(ms: i32) {
        let wait = js_sys::Promise::new(&mut |resolve, _| {
            web_sys::window()
                .unwrap()
                .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
                .unwrap();
        });
        wasm_bindgen_futures::JsFuture::from(wait).await.unwrap();
    }

    /// The API's idle warm-up (issue 18) runs its analyses while nothing
    /// else happens, and a real call ends it.
    #[wasm_bindgen_test]
    async fn warms_up_on_idle_and_stops_at_the_first_call() {
        use nutshell::api_warm_up::{pending, runs, start, RUNS};
        start();
        assert!(pending());
        for _ in 0..200 {
            if !pending() {
                break;
            }
            sleep(50).await;
        }
        assert_eq!(runs(), RUNS, "every run done while idle");

        start();
        assert!(pending());
        nutshell::api::analyze("A text. Another.".into(), JsValue::UNDEFINED)
            .await
            .expect("analysed");
        assert!(!pending(), "a real call stops the warm-up");
        let after_call = runs();
        sleep(300).await;
        assert_eq!(runs(), after_call, "no run after the call");
    }

    #[wasm_bindgen_test]
    async fn rejects_with_coded_errors() {
        let empty = nutshell::api::analyze("   ".into(), JsValue::UNDEFINED)
            .await
            .unwrap_err();
        assert_eq!(get(&empty, "code").as_string().as_deref(), Some("empty"));
        let options = js_sys::JSON::parse(r#"{"date": "28/06/2025"}"#).unwrap();
        let bad_date = nutshell::api::analyze("Text.".into(), options)
            .await
            .unwrap_err();
        assert_eq!(
            get(&bad_date, "code").as_string().as_deref(),
            Some("invalid_option")
        );
        let options = js_sys::JSON::parse(r#"{"colour": "red"}"#).unwrap();
        let unknown = nutshell::api::analyze("Text.".into(), options)
            .await
            .unwrap_err();
        assert_eq!(
            get(&unknown, "code").as_string().as_deref(),
            Some("invalid_option")
        );
    }
}

/// The widget mounted into a real document.
#[cfg(feature = "web")]
mod widget {
    use super::*;
    use wasm_bindgen::JsCast;
    use web_sys::HtmlElement;

    #[wasm_bindgen_test]
    async fn the_sample_button_fills_the_box_and_lists_the_sentences() {
        let document = web_sys::window().unwrap().document().unwrap();
        let host = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&host).unwrap();
        yew::Renderer::<nutshell::ui::App>::with_root(host.clone()).render();
        yew::scheduler::flush().await;

        let status = host.query_selector("#status").unwrap().unwrap();
        assert_eq!(
            status.text_content().unwrap(),
            "Paste an article, open a file or try the sample."
        );
        assert!(host.query_selector("#sentences").unwrap().is_none());

        host.query_selector("#try-sample")
            .unwrap()
            .unwrap()
            .unchecked_into::<HtmlElement>()
            .click();
        yew::scheduler::flush().await;
        assert_eq!(
            host.query_selector_all("#sentences > li").unwrap().length(),
            11
        );
        assert_eq!(
            host.query_selector("#stat-date")
                .unwrap()
                .unwrap()
                .text_content()
                .unwrap(),
            "2025-06-28"
        );
    }
}
