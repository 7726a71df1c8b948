//! The record's `seasons` view.

use plotters_backend::DrawingBackend;

use crate::chart::frame::{draw_frame, nothing_to_show};
use crate::chart::{ChartOptions, Rendered, Table};
use crate::draw::{DrawError, Painter, Theme};
use crate::published::Record;

/// Draws the view and returns its title, description, table and marks.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    record: &Record,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let _ = record;
    let title = opts.title.clone().unwrap_or_else(|| "seasons".to_owned());
    let area = draw_frame(p, opts, theme, &title)?;
    nothing_to_show(p, area, opts, theme)?;
    Ok(Rendered { title, description: String::new(), table: Table::default(), marks: Vec::new(), map: None })
}
