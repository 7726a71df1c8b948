//! The table of numbers behind a chart: for "show as table", CSV export and screen readers.

use serde::Serialize;

/// One cell.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(untagged)]
pub enum TableCell {
    /// A label.
    Text(String),
    /// A count.
    Count(u64),
    /// No data.
    Empty,
}

/// Columns and rows, in the reader's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Table {
    /// Column headings.
    pub columns: Vec<String>,
    /// Rows of cells, one per column.
    pub rows: Vec<Vec<TableCell>>,
}

impl Table {
    /// Writes the table as CSV. Cells that a spreadsheet would run as a formula (starting
    /// with `=`, `+`, `-` or `@`) are prefixed with an apostrophe.
    pub fn to_csv(&self) -> String {
        // Written cell by cell into one string (rather than by maps, collects and joins: a
        // kilobyte less of Wasm).
        fn field(out: &mut String, s: &str) {
            let quote = s.contains([',', '"', '\n', '\r']);
            if quote {
                out.push('"');
            }
            if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                out.push('\'');
            }
            for c in s.chars() {
                if c == '"' {
                    out.push('"');
                }
                out.push(c);
            }
            if quote {
                out.push('"');
            }
        }
        let mut out = String::new();
        for (i, c) in self.columns.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            field(&mut out, c);
        }
        out.push_str("\r\n");
        for row in &self.rows {
            for (i, c) in row.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                match c {
                    TableCell::Text(s) => field(&mut out, s),
                    TableCell::Count(n) => out.push_str(crate::number::digits(*n, &mut [0; 20])),
                    TableCell::Empty => {}
                }
            }
            out.push_str("\r\n");
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_neutralises_formulas_and_quotes() {
        let t = Table {
            columns: vec!["team".into(), "remains".into()],
            rows: vec![
                vec![TableCell::Text("=HYPERLINK(\"x\")".into()), TableCell::Count(3)],
                vec![TableCell::Text("a,b".into()), TableCell::Empty],
            ],
        };
        assert_eq!(t.to_csv(), "team,remains\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n\"a,b\",\r\n");
    }
}
