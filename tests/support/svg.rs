//! Charts and maps rendered to SVG, and what the tests read back from the SVG: texts and their
//! boxes.

use repatria::aggregate::Aggregates;
use repatria::chart::{self, ChartData, ChartOptions, Rendered};
use repatria::dataset::Dataset;
use repatria::record::Record;
use repatria::svg::SvgBackend;

/// A dataset with its aggregates, as a chart is drawn from them.
pub struct Charted {
    pub dataset: Dataset,
    pub aggregates: Aggregates,
}

impl Charted {
    pub fn new(dataset: Dataset) -> Charted {
        let aggregates = Aggregates::build(&dataset);
        Charted { dataset, aggregates }
    }

    pub fn from_records(records: &[Record]) -> Charted {
        Charted::new(Dataset::from_records(records))
    }

    pub fn chart(&self) -> ChartData<'_> {
        ChartData { dataset: &self.dataset, aggregates: &self.aggregates }
    }
}

/// Renders `opts` over `data` to SVG (as `render_svg` does), with what the chart says about
/// itself: title, description, table.
pub fn render(data: ChartData, opts: &ChartOptions) -> (String, Rendered) {
    let w = opts.width.clamp(100.0, 10_000.0).round() as u32;
    let h = opts.height.clamp(100.0, 10_000.0).round() as u32;
    let mut svg = SvgBackend::new(w, h);
    let rendered = chart::render(&mut svg, 1.0, data, opts, &mut chart::Cache::default()).expect("renders");
    svg.describe(&rendered.title, &rendered.description);
    (svg.into_string(), rendered)
}

/// Renders `opts` over `data` to SVG.
pub fn svg(data: &Dataset, opts: &ChartOptions) -> String {
    let aggregates = Aggregates::build(data);
    chart::render_svg(ChartData { dataset: data, aggregates: &aggregates }, opts).expect("renders")
}

/// The text of every `<text>` element, in order, unescaped.
pub fn texts(svg: &str) -> Vec<String> {
    svg.lines().filter(|l| l.starts_with("<text")).filter_map(content).collect()
}

/// Where a text is drawn, estimated from its position, anchor, size and weight.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    pub text: String,
}

impl TextBox {
    /// Whether the two boxes overlap by more than `tolerance` pixels across and down.
    pub fn overlaps(&self, other: &TextBox, tolerance: f64) -> bool {
        self.x0.max(other.x0) < self.x1.min(other.x1) - tolerance
            && self.y0.max(other.y0) < self.y1.min(other.y1) - tolerance
    }

    /// Whether the box lies within `width` × `height`, give or take `tolerance` pixels.
    pub fn inside(&self, width: f64, height: f64, tolerance: f64) -> bool {
        self.x0 >= -tolerance && self.y0 >= -tolerance && self.x1 <= width + tolerance && self.y1 <= height + tolerance
    }
}

/// The boxes of every unrotated text, in order.
pub fn text_boxes(svg: &str) -> Vec<TextBox> {
    svg.lines()
        .filter(|l| l.starts_with("<text") && !l.contains("transform="))
        .filter_map(|l| {
            let x: f64 = attribute(l, "x")?.parse().ok()?;
            let y: f64 = attribute(l, "y")?.parse().ok()?;
            let size: f64 = attribute(l, "font-size")?.parse().ok()?;
            let bold = l.contains("font-weight=\"bold\"");
            let text = content(l)?;
            let w = repatria::draw::text::width(&text, size, bold);
            let x0 = match attribute(l, "text-anchor")? {
                "middle" => x - w / 2.0,
                "end" => x - w,
                _ => x,
            };
            Some(TextBox { x0, y0: y - size / 2.0, x1: x0 + w, y1: y + size / 2.0, text })
        })
        .collect()
}

/// The value of attribute `name` on the element written on `line`.
fn attribute<'a>(line: &'a str, name: &str) -> Option<&'a str> {
    let key = format!(" {name}=\"");
    let start = line.find(&key)? + key.len();
    line[start..].split('"').next()
}

/// The unescaped text of the `<text>` element written on `line`.
fn content(line: &str) -> Option<String> {
    let escaped = line.split('>').nth(1)?.trim_end_matches("</text");
    Some(
        escaped
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&amp;", "&"),
    )
}
