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
    chart.draw(1.0).unwrap();

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
    chart.draw(1.0).unwrap();
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
            chart.draw(1.0).unwrap_or_else(|_| panic!("{kind} at {w}x{h}"));
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

#[wasm_bindgen_test]
fn a_packed_dataset_loads_without_reading() {
    use repatria::web::Data;
    let loaded = repatria::read::read("sample-seasons.csv", SAMPLE.as_bytes()).unwrap();
    let packed = repatria::pack::pack(&loaded.dataset, &loaded.report.to_json());
    let data = Data::from_bytes("sample-seasons.rpk", &packed, JsValue::UNDEFINED).unwrap();
    let read = Data::from_text("sample-seasons.csv", SAMPLE).unwrap();
    assert_eq!(data.records(), read.records());
    assert_eq!(data.report_json(), read.report_json());
    let e = Data::from_bytes("cut.rpk", &packed[..packed.len() / 2], JsValue::UNDEFINED).err().unwrap();
    assert!(message(e).contains("cut.rpk: a packed dataset, but damaged"));
}

fn js(text: &str) -> JsValue {
    js_sys::JSON::parse(text).unwrap()
}

fn text(v: &JsValue) -> String {
    js_sys::JSON::stringify(v).unwrap().into()
}

fn message(e: wasm_bindgen::JsError) -> String {
    js_sys::Error::from(JsValue::from(e)).message().into()
}

#[wasm_bindgen_test]
fn options_cross_to_and_from_javascript() {
    let c = canvas(400, 300);
    let mut chart = Chart::new(c.clone(), js(r#"{"chart": "provinces", "title": "T", "width": 500}"#)).unwrap();
    chart.set_options(js(r#"{"lang": "vi", "filter": {"teams": ["Đội K92"]}}"#)).unwrap();
    assert_eq!(
        text(&chart.options().unwrap()),
        r#"{"chart":"provinces","lang":"vi","theme":"light","title":"T","subtitle":null,"source":null,"width":500,"height":400,"filter":{"seasons":[],"teams":["K92"],"provinces":[]},"group":"none","time":"season","classes":5,"classification":"quantiles","sample":false,"khmerDigits":false}"#
    );
    // An undefined member is null, as before: it clears the title.
    let patch = js_sys::Object::new();
    js_sys::Reflect::set(&patch, &"title".into(), &JsValue::UNDEFINED).unwrap();
    chart.set_options(patch.into()).unwrap();
    assert!(text(&chart.options().unwrap()).contains(r#""title":null"#));
    // Bad options throw and change nothing.
    let before = text(&chart.options().unwrap());
    let e = message(chart.set_options(js(r#"{"colour": "red"}"#)).unwrap_err());
    assert!(e.starts_with("invalid chart options: unknown field `colour`"), "{e}");
    let e = message(chart.set_options(js(r#"{"classes": 2.5}"#)).unwrap_err());
    assert_eq!(e, "invalid chart options: invalid type: floating point `2.5`, expected u8");
    assert_eq!(message(chart.set_options("map".into()).unwrap_err()), "invalid chart options: expected an object");
    assert_eq!(text(&chart.options().unwrap()), before);
    // A value that holds itself is an error, not a stack overflow.
    let cycle = js_sys::Object::new();
    js_sys::Reflect::set(&cycle, &"filter".into(), &cycle).unwrap();
    let e = message(Chart::new(c, cycle.into()).err().unwrap());
    assert!(e.starts_with("invalid chart options: unknown field `filter`"), "{e}");
}

#[wasm_bindgen_test]
fn draw_marks_and_hit_give_plain_objects() {
    let c = canvas(640, 400);
    let mut chart = Chart::new(c, JsValue::UNDEFINED).unwrap();
    let report = chart.load_csv("sample-seasons.csv", SAMPLE).unwrap();
    assert!(text(&report).starts_with(r#"{"format":"csv","rows":"#), "{}", text(&report));
    let drawn = chart.draw(1.0).unwrap();
    let table = js_sys::Reflect::get(&drawn, &"table".into()).unwrap();
    assert!(js_sys::Array::is_array(&js_sys::Reflect::get(&table, &"rows".into()).unwrap()));
    let marks = chart.marks().unwrap();
    let first = js_sys::Array::from(&marks).get(0);
    assert!(text(&first).starts_with(r#"{"x0":"#), "{}", text(&first));
    let target = js_sys::Reflect::get(&first, &"target".into()).unwrap();
    assert_eq!(js_sys::Reflect::get(&target, &"kind".into()).unwrap(), "season");
    let x0 = js_sys::Reflect::get(&first, &"x0".into()).unwrap().as_f64().unwrap();
    let (x1, y0, y1) =
        ["x1", "y0", "y1"].map(|k| js_sys::Reflect::get(&first, &k.into()).unwrap().as_f64().unwrap()).into();
    let hit = chart.hit((x0 + x1) / 2.0, (y0 + y1) / 2.0).unwrap();
    assert_eq!(text(&hit), text(&first), "the mark under its own centre");
    assert!(chart.hit(-10.0, -10.0).unwrap().is_null());
}

#[wasm_bindgen_test]
fn sheet_rows_read_as_natively() {
    use repatria::read::{self, ReadOptions, SheetCell, SheetRow};
    use repatria::web::Data;
    let rows = js(r#"[{"row": 2, "cells": ["Mùa khô", "Đội", "Số hài cốt", "Ngày", "Xác định"]},
        {"row": 3, "cells": ["2024-2025", "K92", 3, null, true]},
        {"row": 4, "cells": [null, "K71", 1, {"date": 45615}]}]"#);
    let data = Data::from_rows("finds.xlsx", rows, JsValue::UNDEFINED).unwrap();
    let native = vec![
        SheetRow {
            row: 2,
            cells: ["Mùa khô", "Đội", "Số hài cốt", "Ngày", "Xác định"].map(|s| Some(SheetCell::Text(s.into()))).into(),
        },
        SheetRow {
            row: 3,
            cells: vec![
                Some(SheetCell::Text("2024-2025".into())),
                Some(SheetCell::Text("K92".into())),
                Some(SheetCell::Number(3.0)),
                None,
                Some(SheetCell::Bool(true)),
            ],
        },
        SheetRow {
            row: 4,
            cells: vec![
                None,
                Some(SheetCell::Text("K71".into())),
                Some(SheetCell::Number(1.0)),
                Some(SheetCell::Date { date: 45615.0 }),
            ],
        },
    ];
    let loaded = read::read_rows("finds.xlsx", &native, &ReadOptions::default()).unwrap();
    assert_eq!(data.report_json(), loaded.report.to_json());
    assert_eq!(data.records(), loaded.dataset.len());
    for (bad, says) in [
        ("{}", "expected an array"),
        (r#"[{"row": 1.5, "cells": []}]"#, "item 1: expected {row, cells} with a whole row number"),
        (r#"[{"row": 1}]"#, "row 1: expected {row, cells} with an array of cells"),
        (r#"[{"row": 1, "cells": "x"}]"#, "invalid type: string \"x\", expected an array of cells (row 1)"),
        (r#"[7]"#, "invalid type: floating point `7.0`, expected {row, cells} (item 1)"),
        (
            r#"[{"row": 1, "cells": [[1]]}]"#,
            "invalid type: sequence, expected null, a number, text, a boolean, {date: serial} or {formula: text} (row 1, cell 1)",
        ),
        (r#"[{"row": 2, "cells": [1, {"day": 3}]}]"#, "(row 2, cell 2)"),
    ] {
        let e = message(Data::from_rows("x.xlsx", js(bad), JsValue::UNDEFINED).err().unwrap());
        assert!(e.starts_with("x.xlsx: not sheet rows: ") && e.contains(says), "{bad}: {e}");
    }
}
