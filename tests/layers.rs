//! The crate's layers: every `crate::…` path in `src/` (outside comments and strings, tests
//! included) is an import of one top-level module by another, and these must go one way only.
//! A module may import its own layer or a lower one, never a higher one, and no modules may
//! import each other round a circle.
//!
//! Adding a top-level module means adding it to [`LAYERS`]; the test fails on a module the
//! table does not name, and on a name the table keeps for a module that is gone.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers, bottom to top, with their top-level modules.
const LAYERS: &[(&str, &[&str])] = &[
    // The domain's words and the text helpers everything uses; `geo` holds the provinces'
    // shapes, which the reader checks coordinates against.
    (
        "vocabulary",
        &[
            "lang", "number", "quote", "fold", "hash", "sort", "format", "i18n", "province", "date", "count", "season",
            "team", "record", "figure", "geo",
        ],
    ),
    // Files read into datasets, and datasets made up, stored and packed.
    ("reading", &["dataset", "generate", "read", "pack"]),
    // Sums over a dataset, and the sources it cites.
    ("aggregation", &["aggregate", "source", "published"]),
    // Charts and maps over any plotters backend, and the SVG backend.
    ("drawing", &["draw", "chart", "svg"]),
    // The browser: the JS API and the canvas backend.
    ("platform", &["web"]),
];

/// One `crate::…` reference: the module named, and where.
struct Reference {
    to: String,
    file: PathBuf,
    line: usize,
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).expect("reads src/").map(|e| e.expect("entry").path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `text` without its comments (line, doc and block comments) and the text of its strings,
/// lines kept in place.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    let (mut in_string, mut block) = (false, 0usize);
    while let Some(c) = chars.next() {
        if block > 0 {
            match (c, chars.peek()) {
                ('*', Some('/')) => {
                    chars.next();
                    block -= 1;
                }
                ('/', Some('*')) => {
                    chars.next();
                    block += 1;
                }
                ('\n', _) => out.push('\n'),
                _ => {}
            }
            continue;
        }
        if in_string {
            // A string's text is left out (a path quoted in a message is no import).
            match c {
                '\\' => {
                    chars.next();
                }
                '"' => {
                    in_string = false;
                    out.push(c);
                }
                '\n' => out.push(c),
                _ => {}
            }
            continue;
        }
        match (c, chars.peek()) {
            ('"', _) => {
                in_string = true;
                out.push(c);
            }
            ('/', Some('/')) => {
                while chars.peek().is_some_and(|&c| c != '\n') {
                    chars.next();
                }
            }
            ('/', Some('*')) => {
                chars.next();
                block = 1;
            }
            // A char literal such as '"' must not open a string.
            ('\'', _) => {
                out.push(c);
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with("\"'") || rest.starts_with("\\\"'") {
                    for _ in 0..rest.find('\'').unwrap_or(0) + 1 {
                        out.extend(chars.next());
                    }
                }
            }
            _ => out.push(c),
        }
    }
    out
}

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_'
}

/// The top-level modules `code` names after `crate::`, with their line numbers: `crate::a::…`
/// names `a`, and `crate::{a::…, b}` names `a` and `b`.
fn referenced(code: &str) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(at) = code[from..].find("crate::") {
        let start = from + at;
        from = start + "crate::".len();
        if code[..start].chars().next_back().is_some_and(is_ident) {
            continue;
        }
        let line = code[..start].matches('\n').count() + 1;
        let rest = &code[from..];
        if let Some(group) = rest.strip_prefix('{') {
            // Top-level items of the group: the first name after `{` and after each comma at
            // depth one.
            let mut depth = 1;
            let mut expect_name = true;
            let mut name = String::new();
            for c in group.chars() {
                if expect_name && depth == 1 && is_ident(c) {
                    name.push(c);
                    continue;
                }
                if !name.is_empty() {
                    out.push((std::mem::take(&mut name), line));
                    expect_name = false;
                }
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 1 => expect_name = true,
                    _ => {}
                }
                if depth == 0 {
                    break;
                }
            }
        } else {
            let name: String = rest.chars().take_while(|&c| is_ident(c)).collect();
            if !name.is_empty() {
                out.push((name, line));
            }
        }
    }
    out
}

/// The top-level module a file of `src/` belongs to (`src/chart/map/mod.rs` → `chart`), or
/// `None` for the crate root and the command line (a crate of its own).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).expect("under src/");
    let first = rel.components().next()?.as_os_str().to_str()?;
    match first {
        "lib.rs" | "bin" => None,
        f => Some(f.trim_end_matches(".rs").to_string()),
    }
}

/// Every top-level module's references to other top-level modules.
fn imports() -> BTreeMap<String, BTreeMap<String, Vec<Reference>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut graph: BTreeMap<String, BTreeMap<String, Vec<Reference>>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&src, &file) else { continue };
        let code = without_comments(&std::fs::read_to_string(&file).expect("reads a source file"));
        let edges = graph.entry(module.clone()).or_default();
        for (to, line) in referenced(&code) {
            if to != module {
                let file = file.strip_prefix(src.parent().expect("crate root")).expect("in crate").to_path_buf();
                edges.entry(to.clone()).or_default().push(Reference { to, file, line });
            }
        }
    }
    graph
}

fn layer_of(module: &str) -> Option<usize> {
    LAYERS.iter().position(|(_, modules)| modules.contains(&module))
}

fn cite(refs: &[Reference]) -> String {
    let r = &refs[0];
    let more = if refs.len() > 1 { format!(" and {} more", refs.len() - 1) } else { String::new() };
    format!("{}:{} (crate::{}){more}", r.file.display(), r.line, r.to)
}

#[test]
fn the_table_names_every_module_once() {
    let graph = imports();
    let named: Vec<&str> = LAYERS.iter().flat_map(|(_, m)| m.iter().copied()).collect();
    let unique: BTreeSet<&str> = named.iter().copied().collect();
    assert_eq!(unique.len(), named.len(), "a module is in two layers");
    let modules: BTreeSet<&str> = graph.keys().map(String::as_str).collect();
    let unlisted: Vec<&&str> = modules.difference(&unique).collect();
    let gone: Vec<&&str> = unique.difference(&modules).collect();
    assert!(unlisted.is_empty(), "modules missing from LAYERS: {unlisted:?}");
    assert!(gone.is_empty(), "LAYERS names modules that are not in src/: {gone:?}");
}

#[test]
fn no_layer_imports_a_higher_one() {
    let mut wrong = Vec::new();
    for (from, edges) in imports() {
        let Some(here) = layer_of(&from) else { continue };
        for (to, refs) in &edges {
            match layer_of(to) {
                Some(there) if there > here => wrong.push(format!(
                    "{from} ({}) imports {to} ({}): {}",
                    LAYERS[here].0,
                    LAYERS[there].0,
                    cite(refs)
                )),
                None => wrong.push(format!("{from} imports {to}, which LAYERS does not name: {}", cite(refs))),
                _ => {}
            }
        }
    }
    assert!(wrong.is_empty(), "imports against the layers:\n{}", wrong.join("\n"));
}

#[test]
fn no_modules_import_each_other_round_a_circle() {
    let graph = imports();
    let next: BTreeMap<&str, Vec<&str>> =
        graph.iter().map(|(from, edges)| (from.as_str(), edges.keys().map(String::as_str).collect())).collect();
    // Depth-first search; a module met again while still on the path closes a circle.
    fn visit<'a>(
        m: &'a str,
        next: &BTreeMap<&'a str, Vec<&'a str>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
        circles: &mut Vec<Vec<&'a str>>,
    ) {
        if let Some(i) = path.iter().position(|&p| p == m) {
            circles.push(path[i..].iter().copied().chain([m]).collect());
            return;
        }
        if !done.insert(m) {
            return;
        }
        path.push(m);
        for &to in next.get(m).map_or(&[][..], Vec::as_slice) {
            visit(to, next, path, done, circles);
        }
        path.pop();
    }
    let mut circles = Vec::new();
    let mut done = BTreeSet::new();
    for &m in next.keys() {
        visit(m, &next, &mut Vec::new(), &mut done, &mut circles);
    }
    let shown: Vec<String> = circles
        .iter()
        .map(|c| {
            let steps: Vec<String> =
                c.windows(2).map(|w| format!("{} → {} at {}", w[0], w[1], cite(&graph[w[0]][w[1]]))).collect();
            steps.join("; ")
        })
        .collect();
    assert!(shown.is_empty(), "import circles:\n{}", shown.join("\n"));
}

#[test]
fn references_are_read_from_code_not_comments_or_strings() {
    let code = without_comments(
        "use crate::a::X; // crate::b\n/* crate::c /* nested */ crate::d */ let s = \"// not a comment, nor crate::z\"; crate::e::f();\nuse crate::{g::Y, h, i::{j, k}};\nlet q = '\"'; crate::l::m();\n",
    );
    let names: Vec<(String, usize)> = referenced(&code);
    let names: Vec<(&str, usize)> = names.iter().map(|(n, l)| (n.as_str(), *l)).collect();
    assert_eq!(names, [("a", 1), ("e", 2), ("g", 3), ("h", 3), ("i", 3), ("l", 4)]);
}
