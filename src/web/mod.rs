//! The browser layer: owns canvases, the device pixel ratio and the JavaScript API.
//! Nothing else in the crate touches `web-sys`.
//!
//! The module is built in parts (Cargo features; native builds have everything):
//! - `chart` ([`Chart`], [`Data`]): draws charts and maps of loaded data. Without `reader`, it
//!   loads only packed datasets (`repatria pack`, or [`reader::read_packed`] in the reader
//!   module): the module an embedded chart loads (`www/pkg/`).
//! - `reader` ([`reader`]): reads CSV, TSV, JSON and sheet rows into a packed dataset; with
//!   `chart`, `Data` reads them directly too (the analyst page's module, `www/pkg/fast/`).

use js_sys::{Array, Object, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::json::{self, Value};

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

/// A JavaScript value as a JSON value, every key of every object kept (so that
/// `deny_unknown_fields` sees them): `undefined`, `null` and numbers that are not finite are
/// `null`; an object gives its own enumerable properties. Functions, symbols, big integers
/// and nesting deeper than [`json::MAX_DEPTH`] (a cycle) are errors.
pub(crate) fn from_js(v: &JsValue, depth: usize) -> Result<Value, String> {
    if v.is_undefined() || v.is_null() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(n) = v.as_f64() {
        return Ok(if n.is_finite() { Value::Number(n) } else { Value::Null });
    }
    if let Some(s) = v.as_string() {
        return Ok(Value::String(s));
    }
    if depth >= json::MAX_DEPTH {
        return Err("nested too deeply (or holds itself)".to_owned());
    }
    if Array::is_array(v) {
        let items: &Array = v.unchecked_ref();
        return items.iter().map(|item| from_js(&item, depth + 1)).collect::<Result<_, _>>().map(Value::Array);
    }
    if v.is_object() && !v.is_function() {
        let keys = Object::keys::<JsValue>(v.unchecked_ref());
        let mut members = Vec::with_capacity(keys.length() as usize);
        for key in keys.iter() {
            let value = Reflect::get(v, &key).map_err(|_| "a property cannot be read".to_owned())?;
            members.push((key.as_string().unwrap_or_default(), from_js(&value, depth + 1)?));
        }
        return Ok(Value::Object(members));
    }
    Err("expected objects, arrays, strings, numbers, booleans or null".to_owned())
}

/// A JSON value as a plain JavaScript value (objects, arrays, strings, numbers, booleans, null).
#[cfg(feature = "chart")]
fn to_js(v: &Value) -> JsValue {
    match v {
        Value::Null => JsValue::NULL,
        Value::Bool(b) => JsValue::from_bool(*b),
        Value::Number(n) => JsValue::from_f64(*n),
        Value::String(s) => JsValue::from_str(s),
        Value::Array(items) => items.iter().map(to_js).collect::<Array>().into(),
        Value::Object(members) => {
            let o = Object::new();
            for (k, v) in members {
                // Cannot fail on a fresh plain object.
                let _ = Reflect::set(&o, &JsValue::from_str(k), &to_js(v));
            }
            o.into()
        }
    }
}

/// `value` as a plain JavaScript value, in the shape serde gives it (see [`json::to_value`]).
#[cfg(feature = "chart")]
pub(crate) fn js_of<T: serde::Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    json::to_value(value).map(|v| to_js(&v)).map_err(js_error)
}

/// A type with `Deserialize` from a JavaScript value; `what` names it in errors.
pub(crate) fn from_js_as<T: serde::de::DeserializeOwned>(value: &JsValue, what: &str) -> Result<T, JsError> {
    let value = from_js(value, 0).map_err(|e| js_error(format!("invalid {what}: {e}")))?;
    json::from_value(&value).map_err(|e| js_error(format!("invalid {what}: {e}")))
}
