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
        fn field(s: &str) -> String {
            let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() };
            if s.contains([',', '"', '\n', '\r']) {
                format!("\"{}\"", s.replace('"', "\"\""))
            } else {
                s
            }
        }
        let mut out = String::new();
        let line = |cells: Vec<String>| cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(",");
        out.push_str(&line(self.columns.clone()));
        out.push_str("\r\n");
        for row in &self.rows {
            let cells = row
                .iter()
                .map(|c| match c {
                    TableCell::Text(s) => s.clone(),
                    TableCell::Count(n) => n.to_string(),
                    TableCell::Empty => String::new(),
                })
                .collect();
            out.push_str(&line(cells));
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
