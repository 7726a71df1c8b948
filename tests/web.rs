//! The chart drawn on a real canvas in headless Chromium, checked pixel by pixel.
#![cfg(target_arch = "wasm32")]

use repatria::web::Chart;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

wasm_bindgen_test_configure!(run_in_browser);

const SAMPLE: &str = include_str!("../www/data/sample-seasons.csv");

fn canvas(css_w: u32, css_h: u32) -> HtmlCanvasElement {
    let doc = web_sys::window().unwrap().document().unwrap();
    let c: HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    c.set_attribute("style", &format!("width:{css_w}px;height:{css_h}px;display:block")).unwrap();
    doc.body().unwrap().append_child(&c).unwrap();
    c
}

fn pixel(c: &HtmlCanvasElement, x: f64, y: f64) -> [u8; 4] {
    let ctx: CanvasRenderingContext2d = c.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let d = ctx.get_image_data(x, y, 1.0, 1.0).unwrap().data();
    [d[0], d[1], d[2], d[3]]
}

#[wasm_bindgen_test]
fn draws_bars_on_canvas() {
    let c = canvas(640, 400);
    let mut chart = Chart::new(c.clone(), JsValue::UNDEFINED).unwrap();
    chart.load_csv("sample-seasons.csv", SAMPLE).unwrap();
    chart.draw().unwrap();

    let dpr = web_sys::window().unwrap().device_pixel_ratio();
    assert_eq!(c.width(), (640.0 * dpr).round() as u32, "backing store is CSS size × devicePixelRatio");

    // Scan the row just above the baseline for bar-coloured pixels; count bar runs.
    let (w, h) = (c.width() as f64, c.height() as f64);
    let bar = [0x1f, 0x6f, 0x8b, 255];
    let mut runs = 0;
    let mut inside = false;
    let mut y = h * 0.8;
    // Find a row that crosses all bars: walk up from 80% height until one bar pixel appears.
    while y > h * 0.4 && !(0..w as u32).step_by(2).any(|x| pixel(&c, x as f64, y) == bar) {
        y -= 2.0;
    }
    for x in (0..w as u32).step_by(2) {
        let is_bar = pixel(&c, x as f64, y) == bar;
        if is_bar && !inside {
            runs += 1;
        }
        inside = is_bar;
    }
    assert_eq!(runs, 6, "six bars (one season has no data) on row {y}");
    assert_eq!(pixel(&c, 2.0, 2.0), [255, 255, 255, 255], "white background in the light theme");
}

#[wasm_bindgen_test]
fn dark_theme_and_bad_options() {
    let c = canvas(400, 300);
    let opts = js_sys::JSON::parse(r#"{"theme":"dark"}"#).unwrap();
    let mut chart = Chart::new(c.clone(), opts).unwrap();
    chart.load_csv("sample-seasons.csv", SAMPLE).unwrap();
    chart.draw().unwrap();
    assert_eq!(pixel(&c, 2.0, 2.0), [0x12, 0x14, 0x17, 255]);

    let bad = js_sys::JSON::parse(r#"{"colour":"red"}"#).unwrap();
    let err = Chart::new(c, bad).err().expect("unknown option is an error");
    let msg = js_sys::Error::from(JsValue::from(err)).message();
    assert!(String::from(msg).contains("colour"), "the error names the unknown option");
}

#[wasm_bindgen_test]
fn every_kind_draws_with_no_data_and_any_size() {
    for kind in ["seasons", "cumulative", "provinces", "teams", "matrix", "identified", "map", "bubbles", "sites"] {
        for (w, h) in [(0u32, 0u32), (120, 90), (640, 400)] {
            let c = canvas(w, h);
            let opts = js_sys::JSON::parse(&format!(r#"{{"chart":"{kind}"}}"#)).unwrap();
            let mut chart = Chart::new(c, opts).unwrap();
            chart.draw().unwrap_or_else(|_| panic!("{kind} at {w}x{h}"));
        }
    }
}

#[wasm_bindgen_test]
fn data_crosses_to_another_module_instance_in_binary_form() {
    use repatria::web::Data;
    let data = Data::from_text("sample-seasons.csv", SAMPLE).unwrap();
    let again = Data::from_binary(&data.to_binary(), data.report_json()).unwrap();
    assert_eq!(again.records(), data.records());
    assert_eq!(again.report_json(), data.report_json());
    assert!(Data::from_binary(&[1, 2, 3], "{}".into()).is_err(), "corrupt bytes are an error, not a panic");
}
