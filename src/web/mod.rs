//! The browser layer: owns canvases, the device pixel ratio and the JavaScript API.
//! Nothing else in the crate touches `web-sys`.
//!
//! The module is built in parts (Cargo features; native builds have everything):
//! - `chart` ([`Chart`], [`Data`]): draws charts and maps of loaded data. Without `reader`, it
//!   loads only packed datasets (`repatria pack`, or [`reader::read_packed`] in the reader
//!   module): the module an embedded chart loads (`www/pkg/`).
//! - `reader` ([`reader`]): reads CSV, TSV, JSON and sheet rows into a packed dataset; with
//!   `chart`, `Data` reads them directly too (the analyst page's module, `www/pkg/fast/`).
//!
//! Values cross to and from JavaScript through serde-wasm-bindgen, as plain objects and arrays
//! (the shapes serde_json would give them).

use js_sys::{Array, Object, Reflect};
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The allocator of every browser module: talc, 2.8 KB gzipped smaller than Rust's default
/// for wasm32 (dlmalloc), and faster.
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[cfg(feature = "chart")]
mod canvas;
#[cfg(feature = "chart")]
mod chart;
#[cfg(feature = "reader")]
pub mod reader;

#[cfg(feature = "chart")]
pub use chart::{Chart, Data};

pub(crate) fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// The message of a serde-wasm-bindgen error (which holds a JavaScript `Error`).
fn message(e: serde_wasm_bindgen::Error) -> String {
    js_sys::Error::from(JsValue::from(e)).message().into()
}

/// `value` as a plain JavaScript value: structs and maps as objects, `None` as `null`.
#[cfg(feature = "chart")]
pub(crate) fn js_of<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| js_error(message(e)))
}

/// `base` with the members of the JavaScript object `patch` put in its place (`undefined` or
/// `null`: `base` as it is); `what` names the type in errors. A member that `base` does not
/// have, at any depth, is an error, as `deny_unknown_fields` makes it in serde_json (the
/// deserializer reads only the fields a struct names).
pub(crate) fn patched<T: Serialize + DeserializeOwned + Clone>(
    base: &T,
    patch: &JsValue,
    what: &str,
) -> Result<T, JsError> {
    if patch.is_undefined() || patch.is_null() {
        return Ok(base.clone());
    }
    let invalid = |e: String| js_error(format!("invalid {what}: {e}"));
    if !is_plain_object(patch) {
        return Err(invalid("expected an object".to_owned()));
    }
    let merged = base.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| invalid(message(e)))?;
    known_members(&merged, patch).map_err(invalid)?;
    Object::<JsValue>::assign(merged.unchecked_ref(), patch.unchecked_ref());
    serde_wasm_bindgen::from_value(merged).map_err(|e| invalid(message(e)))
}

fn is_plain_object(v: &JsValue) -> bool {
    v.is_object() && !v.is_function() && !Array::is_array(v)
}

/// Checks that every member of `patch` is one of `base`'s, and so on into the members that are
/// objects in both (bounded by `base`'s depth, so a `patch` that holds itself ends).
fn known_members(base: &JsValue, patch: &JsValue) -> Result<(), String> {
    let fields = Object::keys::<JsValue>(base.unchecked_ref());
    for key in Object::keys::<JsValue>(patch.unchecked_ref()).iter() {
        let name = key.as_string().unwrap_or_default();
        if !fields.includes(&key, 0) {
            let expected: Vec<String> = fields.iter().filter_map(|f| f.as_string()).map(|f| format!("`{f}`")).collect();
            return Err(format!("unknown field `{name}`, expected one of {}", expected.join(", ")));
        }
        let (inner, value) = (Reflect::get(base, &key), Reflect::get(patch, &key));
        if let (Ok(inner), Ok(value)) = (inner, value) {
            if is_plain_object(&inner) && is_plain_object(&value) {
                known_members(&inner, &value)?;
            }
        }
    }
    Ok(())
}
