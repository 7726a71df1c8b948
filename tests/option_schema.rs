//! The chart options are written once, in Rust (`ChartOptions`, as serde reads and writes
//! them); the JS API's declarations (`www/lib/repatria.d.ts`), the JS constants, the element's
//! attributes (`www/lib/repatria-chart.js`, its declarations) and the package README name the
//! same options and the same values.

use std::collections::BTreeSet;
use std::path::Path;

use repatria::chart::ChartOptions;
use serde_json::{json, Map, Value};

type Names = BTreeSet<String>;

fn read(path: &str) -> String {
    let full = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{}: {e}", full.display()))
}

/// The options as serde writes them, defaults filled in.
fn defaults() -> Map<String, Value> {
    match serde_json::to_value(ChartOptions::default()).expect("options serialize") {
        Value::Object(o) => o,
        other => panic!("options serialize to {other}, not an object"),
    }
}

fn option_names() -> Names {
    defaults().keys().cloned().collect()
}

fn filter_names() -> Names {
    match &defaults()["filter"] {
        Value::Object(f) => f.keys().cloned().collect(),
        other => panic!("filter serializes to {other}"),
    }
}

/// Options whose value is one of a set of names (an enum): those written as a string by default.
fn enum_options() -> Vec<String> {
    defaults().into_iter().filter(|(_, v)| v.is_string()).map(|(k, _)| k).collect()
}

/// The names an enum option takes, as serde reads them: the list its error for an unknown name
/// gives ("unknown variant `…`, expected one of `a`, `b`"), each checked to be read back.
fn values_of(option: &str) -> Names {
    let err = serde_json::from_value::<ChartOptions>(json!({ option: "\u{1}" }))
        .expect_err("an unknown name is refused")
        .to_string();
    let expected = err.split_once("expected").unwrap_or_else(|| panic!("{option}: no list in {err:?}")).1;
    let names: Names = expected.split('`').skip(1).step_by(2).map(str::to_owned).collect();
    assert!(!names.is_empty(), "{option}: no names in {err:?}");
    for name in &names {
        let read: ChartOptions = serde_json::from_value(json!({ option: name })).expect("a listed name is read");
        let written = serde_json::to_value(read).expect("options serialize");
        assert_eq!(written[option], json!(name), "{option}: {name} is written as it is read");
    }
    names
}

/// The text of `export interface <name> {` … `}` (the closing brace at the start of a line).
fn interface<'a>(dts: &'a str, name: &str) -> &'a str {
    let head = format!("export interface {name} ");
    let start = dts.find(&head).unwrap_or_else(|| panic!("repatria.d.ts: no interface {name}"));
    let body = &dts[start..];
    &body[..body.find("\n}").unwrap_or_else(|| panic!("repatria.d.ts: interface {name} not closed"))]
}

/// The members of an interface with their types: `name?: Type;` → (name, Type).
fn members(block: &str) -> Vec<(String, String)> {
    block
        .lines()
        .skip(1)
        .map(str::trim)
        .filter(|l| !l.starts_with("/*") && !l.starts_with('*') && !l.starts_with("//"))
        .filter_map(|l| {
            let (name, ty) = l.split_once(':')?;
            let name = name.trim_end_matches('?');
            name.chars()
                .all(|c| c.is_ascii_alphanumeric())
                .then(|| (name.to_owned(), ty.trim().trim_end_matches(';').to_owned()))
        })
        .collect()
}

fn member_names(block: &str) -> Names {
    members(block).into_iter().map(|(n, _)| n).collect()
}

/// The strings of `export type <name> = 'a' | 'b';`.
fn string_union(dts: &str, name: &str) -> Names {
    let head = format!("export type {name} = ");
    let start = dts.find(&head).unwrap_or_else(|| panic!("repatria.d.ts: no type {name}")) + head.len();
    let body = &dts[start..start + dts[start..].find(';').expect("type ends")];
    body.split('|').map(|v| v.trim().trim_matches('\'').to_owned()).collect()
}

/// The strings of a JS array constant: `export const <name> = Object.freeze(['a', 'b']);`.
fn js_strings(js: &str, name: &str) -> Names {
    let head = format!("export const {name} = ");
    let start = js.find(&head).unwrap_or_else(|| panic!("no constant {name}")) + head.len();
    let body = &js[start..start + js[start..].find(']').expect("array ends")];
    body.split('[').nth(1).unwrap_or("").split(',').map(|v| v.trim().trim_matches('\'').to_owned()).collect()
}

fn camel(kebab: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in kebab.chars() {
        match c {
            '-' => upper = true,
            c if upper => {
                out.push(c.to_ascii_uppercase());
                upper = false;
            }
            c => out.push(c),
        }
    }
    out
}

/// The element's attributes that are options, with how each is read (`OPTION_ATTRIBUTES`),
/// and its other attributes (`OTHER_ATTRIBUTES`).
fn element_attributes() -> (Vec<(String, String)>, Names) {
    let js = read("www/lib/repatria-chart.js");
    let start =
        js.find("const OPTION_ATTRIBUTES = {").expect("OPTION_ATTRIBUTES") + "const OPTION_ATTRIBUTES = {".len();
    let body = &js[start..start + js[start..].find("};").expect("OPTION_ATTRIBUTES ends")];
    let options = body
        .split(',')
        .filter_map(|entry| {
            let (name, kind) = entry.split_once(':')?;
            Some((name.trim().trim_matches('\'').to_owned(), kind.trim().trim_matches('\'').to_owned()))
        })
        .collect();
    let start = js.find("const OTHER_ATTRIBUTES = [").expect("OTHER_ATTRIBUTES") + "const OTHER_ATTRIBUTES = [".len();
    let body = &js[start..start + js[start..].find(']').expect("OTHER_ATTRIBUTES ends")];
    let other = body.split(',').map(|v| v.trim().trim_matches('\'').to_owned()).collect();
    (options, other)
}

fn all_attributes() -> Names {
    let (options, other) = element_attributes();
    options.into_iter().map(|(n, _)| n).chain(other).collect()
}

#[test]
fn the_declarations_name_every_option() {
    let dts = read("www/lib/repatria.d.ts");
    assert_eq!(member_names(interface(&dts, "ChartOptions")), option_names(), "ChartOptions in repatria.d.ts");
    assert_eq!(
        member_names(interface(&dts, "ResolvedChartOptions")),
        option_names(),
        "ResolvedChartOptions in repatria.d.ts"
    );
    assert_eq!(member_names(interface(&dts, "Filter")), filter_names(), "Filter in repatria.d.ts");
}

#[test]
fn the_declarations_give_every_value_of_each_named_option() {
    let dts = read("www/lib/repatria.d.ts");
    let types = members(interface(&dts, "ChartOptions"));
    for option in enum_options() {
        let ty = &types.iter().find(|(n, _)| *n == option).unwrap_or_else(|| panic!("{option} not declared")).1;
        assert_eq!(string_union(&dts, ty), values_of(&option), "{option}: type {ty} in repatria.d.ts");
    }
}

#[test]
fn the_js_constants_list_every_kind_and_language() {
    let js = read("www/lib/repatria.js");
    assert_eq!(js_strings(&js, "CHART_KINDS"), values_of("chart"), "CHART_KINDS in repatria.js");
    assert_eq!(js_strings(&js, "LANGS"), values_of("lang"), "LANGS in repatria.js");
}

#[test]
fn the_element_has_an_attribute_for_every_option() {
    let (attributes, _) = element_attributes();
    let lists: Names = attributes.iter().filter(|(_, kind)| kind == "list").map(|(n, _)| camel(n)).collect();
    let others: Names = attributes.iter().filter(|(_, kind)| kind != "list").map(|(n, _)| camel(n)).collect();
    let mut options = option_names();
    options.remove("filter");
    assert_eq!(others, options, "OPTION_ATTRIBUTES in repatria-chart.js (kebab-case of each option but filter)");
    assert_eq!(lists, filter_names(), "the filter's attributes in repatria-chart.js");
    // An attribute is written in kebab-case, so an option whose names are camelCase reads its
    // value as such ("natural-breaks" → "naturalBreaks").
    for option in enum_options() {
        let camel_case = values_of(&option).iter().any(|v| v.chars().any(|c| c.is_ascii_uppercase()));
        let kind = &attributes.iter().find(|(n, _)| camel(n) == option).expect("an attribute per option").1;
        assert!(
            !camel_case || kind == "enum",
            "{option} takes camelCase names: its attribute is read as 'enum', not '{kind}'"
        );
    }
}

#[test]
fn the_element_declarations_list_every_attribute() {
    let dts = read("www/lib/repatria-chart.d.ts");
    let start =
        dts.find("`<repatria-chart ").expect("the element's attributes in a comment") + "`<repatria-chart ".len();
    let body = &dts[start..start + dts[start..].find(">`").expect("attribute list ends")];
    let listed: Names =
        body.split_whitespace().map(|s| s.trim_start_matches('*').to_owned()).filter(|s| !s.is_empty()).collect();
    assert_eq!(listed, all_attributes(), "the attribute list in repatria-chart.d.ts");
}

#[test]
fn the_package_readme_documents_every_attribute_and_value() {
    let readme = read("pkg-src/README.md");
    let start = readme.find("| attribute | values |").expect("the README's attribute table");
    let rows: Vec<&str> = readme[start..].lines().skip(2).take_while(|l| l.starts_with('|')).collect();
    let mut documented = Names::new();
    let (attributes, _) = element_attributes();
    let enum_options = enum_options();
    for row in rows {
        let cells: Vec<&str> = row.split('|').map(str::trim).collect();
        let names: Vec<String> = cells[1].split('`').skip(1).step_by(2).map(str::to_owned).collect();
        for name in &names {
            let option = camel(name);
            if enum_options.contains(&option) {
                // The values, before any note in brackets.
                let values = cells[2].split('(').next().unwrap_or("");
                let values: Names = values.split('`').skip(1).step_by(2).map(camel).collect();
                assert_eq!(values, values_of(&option), "values of `{name}` in pkg-src/README.md");
            }
            assert!(
                attributes.iter().any(|(n, _)| n == name) || all_attributes().contains(name),
                "pkg-src/README.md documents `{name}`, which the element does not have"
            );
        }
        documented.extend(names);
    }
    assert_eq!(documented, all_attributes(), "the attribute table in pkg-src/README.md");
}
