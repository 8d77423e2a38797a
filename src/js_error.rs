//! The one error shape Nutshell gives JavaScript, `{code, message}`
//! (`NutshellError` in `www/nutshell.d.ts`): the JS API's promises reject
//! with it and the custom element's `nutshell:error` events carry it.
//! `code` is a stable word a host can branch on (the engine's codes, and
//! `invalid_input`, `invalid_option`, `internal` from the shells);
//! `message` says in a sentence what is wrong.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use crate::engine::Error;

/// An error on its way to JavaScript.
#[derive(Debug)]
pub(crate) struct JsError {
    code: &'static str,
    message: String,
}

impl JsError {
    /// An error with `code` and `message`.
    pub(crate) fn new(code: &'static str, message: impl Into<String>) -> JsError {
        JsError {
            code,
            message: message.into(),
        }
    }

    /// An option (or attribute) that is not of the documented shape.
    pub(crate) fn invalid_option(message: impl Into<String>) -> JsError {
        JsError::new("invalid_option", message)
    }
}

impl From<Error> for JsError {
    fn from(error: Error) -> JsError {
        JsError::new(error.code(), error.to_string())
    }
}

impl From<JsError> for JsValue {
    /// A plain object with exactly the two own properties.
    fn from(error: JsError) -> JsValue {
        let object = Object::new();
        // Setting a data property on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &"code".into(), &error.code.into());
        let _ = Reflect::set(&object, &"message".into(), &error.message.into());
        object.into()
    }
}
