//! The browser layer: owns canvases, the device pixel ratio and the JavaScript API.
//! Nothing else in the crate touches `web-sys`.

use std::rc::Rc;

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use crate::aggregate::Aggregates;
use crate::chart::{self, ChartData, ChartOptions};
use crate::dataset::Dataset;
use crate::read::{self, Report};

fn js_error(e: impl std::fmt::Display) -> JsError {
    JsError::new(&e.to_string())
}

/// Options from JavaScript: `undefined`/`null` mean the defaults; unknown fields are errors.
///
/// serde-wasm-bindgen reads only the fields a struct knows, so the object goes through a
/// JSON value first, where `deny_unknown_fields` sees every key.
fn options_from(value: JsValue) -> Result<ChartOptions, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(ChartOptions::default());
    }
    let json: serde_json::Value =
        serde_wasm_bindgen::from_value(value).map_err(|e| js_error(format!("invalid chart options: {e}")))?;
    serde_json::from_value(json).map_err(|e| js_error(format!("invalid chart options: {e}")))
}

struct Loaded {
    dataset: Dataset,
    aggregates: Aggregates,
    report: Report,
}

/// A dataset read from a file, with its aggregates and the report of reading it; shared by
/// any number of charts.
#[wasm_bindgen]
pub struct Data {
    inner: Rc<Loaded>,
}

#[wasm_bindgen]
impl Data {
    /// Reads a file's bytes; `name` is the file name used in messages (and picks the format).
    /// Throws when the file cannot be read at all.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Data, JsError> {
        let loaded = read::read(name, bytes).map_err(js_error)?;
        let aggregates = Aggregates::build(&loaded.dataset);
        Ok(Data { inner: Rc::new(Loaded { dataset: loaded.dataset, aggregates, report: loaded.report }) })
    }

    /// Reads a text (CSV, TSV or JSON).
    #[wasm_bindgen(js_name = fromText)]
    pub fn from_text(name: &str, text: &str) -> Result<Data, JsError> {
        Data::from_bytes(name, text.as_bytes())
    }

    /// The report of reading: `{rows, accepted, problems: [{line, column, value, severity, message}]}`.
    pub fn report(&self) -> Result<JsValue, JsError> {
        serde_wasm_bindgen::to_value(&self.inner.report).map_err(js_error)
    }

    /// Number of records.
    #[wasm_bindgen(getter)]
    pub fn records(&self) -> usize {
        self.inner.dataset.len()
    }
}

/// A chart drawn on a `<canvas>`, sharp at any device pixel ratio.
#[wasm_bindgen]
pub struct Chart {
    canvas: HtmlCanvasElement,
    data: Option<Rc<Loaded>>,
    options: ChartOptions,
}

#[wasm_bindgen]
impl Chart {
    /// Binds a chart to `canvas` with `options` (see `ChartOptions`).
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, options: JsValue) -> Result<Chart, JsError> {
        Ok(Chart { canvas, data: None, options: options_from(options)? })
    }

    /// Shows `data` (shared, not copied).
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, data: &Data) {
        self.data = Some(Rc::clone(&data.inner));
    }

    /// Reads a CSV text and shows it; returns the report. A file that cannot be read at all
    /// throws, and the previous data stays.
    #[wasm_bindgen(js_name = loadCsv)]
    pub fn load_csv(&mut self, name: &str, text: &str) -> Result<JsValue, JsError> {
        let data = Data::from_text(name, text)?;
        self.set_data(&data);
        data.report()
    }

    /// Replaces the options; the data stays.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, options: JsValue) -> Result<(), JsError> {
        self.options = options_from(options)?;
        Ok(())
    }

    /// Draws at the canvas's CSS size × `devicePixelRatio`, and returns
    /// `{title, description, table: {columns, rows}}`.
    pub fn draw(&self) -> Result<JsValue, JsError> {
        let dpr = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).clamp(0.5, 4.0);
        let css_w = match self.canvas.client_width() {
            0 => self.options.width,
            w => f64::from(w),
        };
        let css_h = match self.canvas.client_height() {
            0 => self.options.height,
            h => f64::from(h),
        };
        let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        let mut backend = CanvasBackend::with_canvas_object(self.canvas.clone())
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        let empty = Loaded { dataset: Dataset::default(), aggregates: Aggregates::default(), report: Report::default() };
        let loaded = self.data.as_deref().unwrap_or(&empty);
        let data = ChartData { dataset: &loaded.dataset, aggregates: &loaded.aggregates };
        let rendered = chart::render(&mut backend, dpr, data, &self.options).map_err(js_error)?;
        let label = format!("{}. {}", rendered.title, rendered.description);
        let _ = self.canvas.set_attribute("role", "img");
        let _ = self.canvas.set_attribute("aria-label", &label);
        serde_wasm_bindgen::to_value(&rendered).map_err(js_error)
    }
}
