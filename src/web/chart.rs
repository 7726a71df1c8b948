//! The chart module's API: [`Data`] (a loaded dataset with its aggregates) and [`Chart`] (a
//! chart or map drawn on a `<canvas>`, sharp at any device pixel ratio).

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::HtmlCanvasElement;

use super::canvas::{PathCache, WebBackend};
use super::{js_error, js_of, patched};
use crate::aggregate::Aggregates;
use crate::chart::{self, Cache, ChartData, ChartOptions, Rendered};
use crate::dataset::Dataset;
use crate::svg::SvgBackend;

/// `base` with the fields of a JS options object (`undefined`/`null`: none); unknown fields,
/// and sizes that are not finite numbers, are errors.
fn options_from(base: &ChartOptions, patch: &JsValue) -> Result<ChartOptions, JsError> {
    let options = patched(base, patch, "chart options")?;
    if !(options.width.is_finite() && options.height.is_finite()) {
        return Err(JsError::new("invalid chart options: width and height must be finite numbers"));
    }
    Ok(options)
}

struct Loaded {
    dataset: Dataset,
    aggregates: Aggregates,
    /// The report as JSON, so that a worker can hand it over with the records.
    report: String,
    /// A table of published figures, drawn as the published record's views (no records then).
    #[cfg(feature = "reader")]
    figures: Option<crate::read::figures::FigureTable>,
}

impl Loaded {
    /// Draws the chart `opts` asks for: of the records, or the published record's view for it.
    fn render<B: plotters_backend::DrawingBackend>(
        &self,
        backend: &mut B,
        scale: f64,
        opts: &ChartOptions,
        cache: &mut Cache,
    ) -> Result<Rendered, crate::draw::DrawError> {
        #[cfg(feature = "reader")]
        if let Some(table) = &self.figures {
            let record = crate::published::Record { figures: &table.figures, facts: &table.facts };
            return chart::record::render(backend, scale, &record, chart::record::View::of(opts.chart), opts);
        }
        let data = ChartData { dataset: &self.dataset, aggregates: &self.aggregates };
        chart::render(backend, scale, data, opts, cache)
    }
}

/// A dataset read from a file, with its aggregates and the report of reading it; shared by
/// any number of charts.
#[wasm_bindgen]
pub struct Data {
    inner: Rc<Loaded>,
}

#[wasm_bindgen]
impl Data {
    /// Loads a file's bytes; `name` is the file name used in messages (and picks the format).
    /// A packed dataset (`repatria pack`, `readPacked`) is loaded as it is, without reading it
    /// again; other files are read when the module has the reader (not the embed's module,
    /// which throws, naming the file). `options` (optional) are read options such as
    /// `{figure: "team_season", sheet: "…", season_start_month: 9}`. Throws when the file
    /// cannot be read at all.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(name: &str, bytes: &[u8], options: JsValue) -> Result<Data, JsError> {
        if crate::pack::is_packed(bytes) {
            let (dataset, report) = crate::pack::unpack(bytes).map_err(|e| JsError::new(&format!("{name}: {e}")))?;
            return Ok(Data::new(dataset, report.to_owned()));
        }
        #[cfg(feature = "reader")]
        {
            if crate::read::figures::is_figure_table(bytes) {
                let table = crate::read::figures::read_figures(name, bytes).map_err(js_error)?;
                return Ok(Data::from_figures(table));
            }
            let opts = super::reader::read_options(options)?;
            let loaded =
                crate::read::read_with(name, bytes, &opts).map_err(|e| super::reader::file_error(&e, &opts))?;
            Data::from_loaded(loaded)
        }
        #[cfg(not(feature = "reader"))]
        {
            let _ = options;
            Err(JsError::new(&format!(
                "{name}: not a packed dataset; this module draws packed data only (read the file with the reader module's readPacked first)"
            )))
        }
    }

    /// Reads the rows of a spreadsheet as the xlsx module gives them (`xlsx_to_rows`).
    #[cfg(feature = "reader")]
    #[wasm_bindgen(js_name = fromRows)]
    pub fn from_rows(name: &str, rows: JsValue, options: JsValue) -> Result<Data, JsError> {
        Data::from_loaded(super::reader::read_rows(name, &rows, options)?)
    }

    /// The records in binary form, for handing over from a worker (see `fromBinary`); in the
    /// modules that read (a worker reads).
    #[cfg(feature = "reader")]
    #[wasm_bindgen(js_name = toBinary)]
    pub fn to_binary(&self) -> Vec<u8> {
        self.inner.dataset.to_bytes()
    }

    /// The records packed with the report of reading them (`repatria pack`'s format): what an
    /// embed of this data loads without reading it again, with the smaller module.
    #[cfg(feature = "reader")]
    #[wasm_bindgen(js_name = toPacked)]
    pub fn to_packed(&self) -> Result<Vec<u8>, JsError> {
        if self.inner.figures.is_some() {
            return Err(JsError::new(
                "a table of published figures is not packed: embed the table itself (its views read it)",
            ));
        }
        Ok(crate::pack::pack(&self.inner.dataset, &self.inner.report))
    }

    /// Rebuilds data from `toBinary()` bytes and `reportJson()` text made in a worker.
    #[wasm_bindgen(js_name = fromBinary)]
    pub fn from_binary(bytes: &[u8], report_json: String) -> Result<Data, JsError> {
        let dataset = Dataset::from_bytes(bytes).ok_or_else(|| JsError::new("corrupt dataset bytes"))?;
        Ok(Data::new(dataset, report_json))
    }

    /// The report as JSON text.
    #[wasm_bindgen(js_name = reportJson)]
    pub fn report_json(&self) -> String {
        self.inner.report.clone()
    }

    /// Reads a text (CSV, TSV or JSON).
    #[cfg(feature = "reader")]
    #[wasm_bindgen(js_name = fromText)]
    pub fn from_text(name: &str, text: &str) -> Result<Data, JsError> {
        Data::from_bytes(name, text.as_bytes(), JsValue::UNDEFINED)
    }

    /// The report of reading: `{rows, accepted, problems: [{line, column, value, severity, message}]}`.
    pub fn report(&self) -> Result<JsValue, JsError> {
        js_sys::JSON::parse(&self.inner.report).map_err(|_| JsError::new("corrupt report"))
    }

    /// The source line the data cites (`vov.vn, … (6 published reports)`) in `lang`, if any.
    #[wasm_bindgen(js_name = sourceLine)]
    pub fn source_line(&self, lang: &str) -> Option<String> {
        let lang = crate::lang::Lang::parse(lang).unwrap_or_default();
        #[cfg(feature = "reader")]
        if let Some(table) = &self.inner.figures {
            let figures: Vec<&crate::figure::Figure> = table.figures.iter().collect();
            let opts = ChartOptions { lang, ..ChartOptions::default() };
            return chart::record::with_sources(&opts, &figures).source;
        }
        crate::source::line_of(&self.inner.aggregates.sources, lang)
    }

    /// Number of records.
    #[wasm_bindgen(getter)]
    pub fn records(&self) -> usize {
        self.inner.dataset.len()
    }
}

impl Data {
    #[cfg(feature = "reader")]
    fn from_loaded(loaded: crate::read::Loaded) -> Result<Data, JsError> {
        let report = loaded.report.to_json();
        Ok(Data::new(loaded.dataset, report))
    }

    /// A table of published figures: no records; its report says how many rows are figures,
    /// facts and reported (`record: true`).
    #[cfg(feature = "reader")]
    fn from_figures(table: crate::read::figures::FigureTable) -> Data {
        let report = crate::read::figures::report_json(&table);
        let dataset = Dataset::default();
        let aggregates = Aggregates::build(&dataset);
        Data { inner: Rc::new(Loaded { dataset, aggregates, report, figures: Some(table) }) }
    }

    fn new(mut dataset: Dataset, report: String) -> Data {
        dataset.shrink_to_fit();
        let aggregates = Aggregates::build(&dataset);
        Data {
            inner: Rc::new(Loaded {
                dataset,
                aggregates,
                report,
                #[cfg(feature = "reader")]
                figures: None,
            }),
        }
    }
}

/// A chart drawn on a `<canvas>`, sharp at any device pixel ratio.
#[wasm_bindgen]
pub struct Chart {
    canvas: HtmlCanvasElement,
    data: Option<Rc<Loaded>>,
    options: ChartOptions,
    /// The last drawing on the canvas: its table, marks and (on a map) layout, which hit
    /// testing reads.
    rendered: Option<Rendered>,
    /// What drawing keeps for the next drawing (map geometry); [`Chart::clear_cache`] lets it go.
    cache: Cache,
    size: (f64, f64),
    /// The paths drawn on `canvas`, for the next drawing.
    paths: PathCache,
}

#[wasm_bindgen]
impl Chart {
    /// Binds a chart to `canvas` with `options` (see `ChartOptions`).
    #[wasm_bindgen(constructor)]
    pub fn new(canvas: HtmlCanvasElement, options: JsValue) -> Result<Chart, JsError> {
        Ok(Chart {
            canvas,
            data: None,
            options: options_from(&ChartOptions::default(), &options)?,
            rendered: None,
            cache: Cache::default(),
            size: (0.0, 0.0),
            paths: PathCache::default(),
        })
    }

    /// Shows `data` (shared, not copied).
    #[wasm_bindgen(js_name = setData)]
    pub fn set_data(&mut self, data: &Data) {
        self.data = Some(Rc::clone(&data.inner));
    }

    /// Reads a CSV text and shows it; returns the report. A file that cannot be read at all
    /// throws, and the previous data stays.
    #[cfg(feature = "reader")]
    #[wasm_bindgen(js_name = loadCsv)]
    pub fn load_csv(&mut self, name: &str, text: &str) -> Result<JsValue, JsError> {
        let data = Data::from_text(name, text)?;
        self.set_data(&data);
        data.report()
    }

    /// Changes the options named in `patch`, keeping the others; the data stays. An unknown
    /// option or a bad value throws and changes nothing.
    #[wasm_bindgen(js_name = setOptions)]
    pub fn set_options(&mut self, patch: JsValue) -> Result<(), JsError> {
        self.options = options_from(&self.options, &patch)?;
        Ok(())
    }

    /// The current options.
    pub fn options(&self) -> Result<JsValue, JsError> {
        js_of(&self.options)
    }

    /// What is under the CSS-pixel point (`x`, `y`) of the last drawing:
    /// `{target: {kind, …}, title, lines, x0, y0, x1, y1}` or `null`.
    pub fn hit(&self, x: f64, y: f64) -> Result<JsValue, JsError> {
        let Some(drawn) = &self.rendered else { return Ok(JsValue::NULL) };
        let loaded = self.loaded();
        let data = ChartData { dataset: &loaded.dataset, aggregates: &loaded.aggregates };
        match chart::hit(data, drawn, x, y) {
            Some(m) => js_of(&m),
            None => Ok(JsValue::NULL),
        }
    }

    /// Every pointable mark of the last drawing, in drawing order (for keyboard navigation).
    pub fn marks(&self) -> Result<JsValue, JsError> {
        js_of(self.rendered.as_ref().map_or(&[][..], |r| &r.marks[..]))
    }

    /// Forgets what drawing kept for the next drawing: map geometry at the sizes drawn, and the
    /// canvas's paths.
    #[wasm_bindgen(js_name = clearCache)]
    pub fn clear_cache(&mut self) {
        self.cache.clear();
        self.paths.clear();
    }

    /// The chart as an SVG document at the canvas's CSS size (or `width` × `height` when given).
    pub fn svg(&self, width: Option<f64>, height: Option<f64>) -> Result<String, JsError> {
        let (w, h) = (width.unwrap_or(self.size.0), height.unwrap_or(self.size.1));
        let opts = ChartOptions {
            width: if w > 0.0 { w } else { self.options.width },
            height: if h > 0.0 { h } else { self.options.height },
            ..self.options.clone()
        };
        let loaded = self.loaded();
        let (svg_w, svg_h) = chart::svg_size(&opts);
        let mut svg = WebBackend::Svg(SvgBackend::new(svg_w, svg_h));
        let rendered = loaded.render(&mut svg, 1.0, &opts, &mut Cache::default()).map_err(js_error)?;
        match svg {
            WebBackend::Svg(mut doc) => {
                doc.describe(&rendered.title, &rendered.description);
                Ok(doc.into_string())
            }
            WebBackend::Canvas(..) => Err(JsError::new("unreachable")),
        }
    }

    /// The table behind the last drawing as CSV (formula-like cells neutralised).
    #[wasm_bindgen(js_name = tableCsv)]
    pub fn table_csv(&self) -> String {
        self.rendered.as_ref().map(|r| r.table.to_csv()).unwrap_or_default()
    }

    /// Draws onto another canvas at `width` × `height` CSS pixels and `scale` device pixels
    /// per CSS pixel (for PNG export at 2×); this chart's own canvas is untouched.
    #[wasm_bindgen(js_name = drawOn)]
    pub fn draw_on(&self, canvas: HtmlCanvasElement, width: f64, height: f64, scale: f64) -> Result<(), JsError> {
        let scale = scale.clamp(0.5, 8.0);
        let (width, height) = (chart::side(width, self.options.width), chart::side(height, self.options.height));
        canvas.set_width((width * scale).round() as u32);
        canvas.set_height((height * scale).round() as u32);
        let mut paths = PathCache::default();
        let mut backend =
            WebBackend::canvas(&canvas, &mut paths).ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        let loaded = self.loaded();
        loaded.render(&mut backend, scale, &self.options, &mut Cache::default()).map_err(js_error)?;
        Ok(())
    }

    /// Draws at the canvas's CSS size × `dpr` (the page's `devicePixelRatio`, 0.5 to 4; 1 when
    /// it is not a positive number), and returns `{title, description, table: {columns, rows}}`
    /// (a cell with no data is `null`).
    pub fn draw(&mut self, dpr: f64) -> Result<JsValue, JsError> {
        let dpr = if dpr > 0.0 { dpr.clamp(0.5, 4.0) } else { 1.0 };
        let css_w = match self.canvas.client_width() {
            0 => self.options.width,
            w => f64::from(w),
        };
        let css_h = match self.canvas.client_height() {
            0 => self.options.height,
            h => f64::from(h),
        };
        let (css_w, css_h) = (chart::side(css_w, 640.0), chart::side(css_h, 400.0));
        let (w, h) = ((css_w * dpr).round() as u32, (css_h * dpr).round() as u32);
        if self.canvas.width() != w {
            self.canvas.set_width(w);
        }
        if self.canvas.height() != h {
            self.canvas.set_height(h);
        }
        let loaded = self.loaded();
        let mut backend = WebBackend::canvas(&self.canvas, &mut self.paths)
            .ok_or_else(|| JsError::new("the canvas has no 2D context"))?;
        let rendered = loaded.render(&mut backend, dpr, &self.options, &mut self.cache).map_err(js_error)?;
        let label = format!("{}. {}", rendered.title, rendered.description);
        let _ = self.canvas.set_attribute("role", "img");
        let _ = self.canvas.set_attribute("aria-label", &label);
        let out = js_of(&rendered)?;
        self.rendered = Some(rendered);
        self.size = (css_w, css_h);
        Ok(out)
    }
}

thread_local! {
    static EMPTY: Rc<Loaded> = Rc::new(Loaded {
        dataset: Dataset::default(),
        aggregates: Aggregates::default(),
        report: String::from("{}"),
        #[cfg(feature = "reader")]
        figures: None,
    });
}

impl Chart {
    fn loaded(&self) -> Rc<Loaded> {
        match &self.data {
            Some(d) => Rc::clone(d),
            None => EMPTY.with(Rc::clone),
        }
    }
}
