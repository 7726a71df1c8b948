//! Writes the office sheets of tests/data/office/: reports as a committee clerk keeps them,
//! with made-up figures (sample data, not real ones).
//!
//! - `bao_cao_k52_k92.xlsx`: two merged title rows, a blank row, a two-row header (`Số hài
//!   cốt` merged over `Tổng | Có tên`, the other header cells merged down), a row numbering the
//!   columns, an STT column numbered again from 1 for each team, subtotal rows (`Cộng đội
//!   K52`) and a grand total (`Tổng cộng`) as formulas with their saved values. 17 sets in the
//!   records; read as records, the totals made it 51.
//! - `bao_cao_k52_k92.csv`: the same sheet as Excel saves it as "CSV UTF-8" (a BOM, CRLF).
//! - `typed_totals.xlsx`: an English report whose totals were typed, one of them wrong, with a
//!   gap in its numbering and a total row that has no label.
//! - `tong_hop_k71.csv`: semicolon-separated, a title line with as many commas as semicolons.
//!
//! Run from the repository's root (rerunning writes the same bytes):
//! `cargo run --manifest-path scripts/office_sheets/Cargo.toml --target-dir target/office_sheets`

use std::path::PathBuf;

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, Formula, Workbook, Worksheet, XlsxError,
};

/// One row of a report.
enum Row {
    /// STT, date (y, m, d), team, province, sets of remains, identified by name.
    Record(u32, (u16, u8, u8), &'static str, &'static str, u32, u32),
    /// A subtotal of the records since the previous one: its label.
    Subtotal(&'static str),
    /// The total of the subtotals: its label.
    Total(&'static str),
}

const TITLE: &str = "BÁO CÁO KẾT QUẢ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ QUÂN TÌNH NGUYỆN VÀ CHUYÊN GIA \
                     VIỆT NAM HY SINH TẠI CAMPUCHIA";
const SUBTITLE: &str = "Mùa khô 2024–2025 (số liệu mẫu, giả định: không phải số liệu thật)";

const K52_K92: &[Row] = &[
    Row::Record(1, (2024, 12, 12), "K52", "Ratanakiri", 3, 1),
    Row::Record(2, (2025, 1, 3), "K52", "Stung Treng", 2, 0),
    Row::Record(3, (2025, 2, 20), "K52", "Preah Vihear", 4, 2),
    Row::Subtotal("Cộng đội K52"),
    Row::Record(1, (2025, 1, 15), "K92", "Kampot", 5, 2),
    Row::Record(2, (2025, 3, 10), "K92", "Koh Kong", 3, 1),
    Row::Subtotal("Cộng đội K92"),
    Row::Total("Tổng cộng"),
];

fn out(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/data/office").join(name)
}

/// A workbook whose bytes do not depend on when it was written.
fn workbook() -> Workbook {
    let mut wb = Workbook::new();
    let when = ExcelDateTime::from_ymd(2025, 4, 1).expect("a date");
    wb.set_properties(&DocProperties::new().set_author("Ban chỉ đạo 515 (mẫu)").set_creation_datetime(&when));
    wb
}

/// The cells of the report's table rows (first data row at sheet row `first`, 0-based), with
/// each total's formulas and values: (row, cells as text for CSV).
fn k52_k92_sheet(ws: &mut Worksheet) -> Result<Vec<Vec<String>>, XlsxError> {
    let bold = Format::new().set_bold();
    let title = bold.clone().set_align(FormatAlign::Center).set_font_size(13);
    let head = bold
        .clone()
        .set_align(FormatAlign::Center)
        .set_align(FormatAlign::VerticalCenter)
        .set_border(FormatBorder::Thin);
    let cell = Format::new().set_border(FormatBorder::Thin);
    let date = cell.clone().set_num_format("dd/mm/yyyy");
    ws.set_name("Báo cáo")?;
    ws.set_column_width(0, 5)?;
    ws.set_column_width(1, 12)?;
    ws.set_column_width(3, 16)?;
    ws.merge_range(0, 0, 0, 6, TITLE, &title)?;
    ws.merge_range(1, 0, 1, 6, SUBTITLE, &Format::new().set_italic().set_align(FormatAlign::Center))?;
    let mut csv = vec![
        vec![
            TITLE.to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
        vec![
            SUBTITLE.to_owned(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
            String::new(),
        ],
        vec![String::new(); 7],
    ];
    // The header: "Số hài cốt" over "Tổng | Có tên", the others merged over two rows.
    for (col, name) in [(0, "STT"), (1, "Ngày"), (2, "Đội"), (3, "Tỉnh"), (6, "Ghi chú")] {
        ws.merge_range(3, col, 4, col, name, &head)?;
    }
    ws.merge_range(3, 4, 3, 5, "Số hài cốt", &head)?;
    ws.write_string_with_format(4, 4, "Tổng", &head)?;
    ws.write_string_with_format(4, 5, "Có tên", &head)?;
    csv.push(["STT", "Ngày", "Đội", "Tỉnh", "Số hài cốt", "", "Ghi chú"].map(str::to_owned).to_vec());
    csv.push(["", "", "", "", "Tổng", "Có tên", ""].map(str::to_owned).to_vec());
    let numbers: Vec<String> = (1..=7).map(|n| format!("({n})")).collect();
    for (col, n) in numbers.iter().enumerate() {
        ws.write_string_with_format(5, col as u16, n, &Format::new().set_italic().set_align(FormatAlign::Center))?;
    }
    csv.push(numbers);
    // (sheet row of the group's first record, and of each subtotal).
    let (mut group_start, mut subtotal_rows) = (6u32, Vec::new());
    let (mut sum, mut sum_named) = (0u32, 0u32);
    let (mut all, mut all_named) = (0u32, 0u32);
    for (i, row) in K52_K92.iter().enumerate() {
        let r = 6 + i as u32;
        match *row {
            Row::Record(stt, (y, m, d), team, province, n, named) => {
                ws.write_number_with_format(r, 0, stt, &cell)?;
                ws.write_datetime_with_format(r, 1, ExcelDateTime::from_ymd(y, m, d)?, &date)?;
                ws.write_string_with_format(r, 2, team, &cell)?;
                ws.write_string_with_format(r, 3, province, &cell)?;
                ws.write_number_with_format(r, 4, n, &cell)?;
                ws.write_number_with_format(r, 5, named, &cell)?;
                ws.write_blank(r, 6, &cell)?;
                sum += n;
                sum_named += named;
                let when = format!("{d:02}/{m:02}/{y}");
                csv.push(vec![
                    stt.to_string(),
                    when,
                    team.into(),
                    province.into(),
                    n.to_string(),
                    named.to_string(),
                    String::new(),
                ]);
            }
            Row::Subtotal(label) => {
                ws.write_blank(r, 0, &bold)?;
                ws.merge_range(r, 1, r, 3, label, &bold.clone().set_border(FormatBorder::Thin))?;
                for (col, letter, value) in [(4u16, 'E', sum), (5, 'F', sum_named)] {
                    let formula = format!("=SUM({letter}{}:{letter}{})", group_start + 1, r);
                    ws.write_formula_with_format(r, col, Formula::new(formula).set_result(value.to_string()), &bold)?;
                }
                csv.push(vec![
                    String::new(),
                    label.into(),
                    String::new(),
                    String::new(),
                    sum.to_string(),
                    sum_named.to_string(),
                    String::new(),
                ]);
                subtotal_rows.push(r + 1);
                (all, all_named) = (all + sum, all_named + sum_named);
                (sum, sum_named, group_start) = (0, 0, r + 1);
            }
            Row::Total(label) => {
                ws.merge_range(r, 0, r, 3, label, &bold.clone().set_border(FormatBorder::Thin))?;
                for (col, letter, value) in [(4u16, 'E', all), (5, 'F', all_named)] {
                    let cells: Vec<String> = subtotal_rows.iter().map(|s| format!("{letter}{s}")).collect();
                    let formula = format!("={}", cells.join("+"));
                    ws.write_formula_with_format(r, col, Formula::new(formula).set_result(value.to_string()), &bold)?;
                }
                csv.push(vec![
                    label.into(),
                    String::new(),
                    String::new(),
                    String::new(),
                    all.to_string(),
                    all_named.to_string(),
                    String::new(),
                ]);
            }
        }
    }
    Ok(csv)
}

/// The report with totals typed by hand (one subtotal 1 too many), a row number skipped, and
/// a subtotal row with no label.
fn typed_totals() -> Result<(), XlsxError> {
    let mut wb = workbook();
    let ws = wb.add_worksheet();
    let bold = Format::new().set_bold();
    ws.merge_range(0, 0, 0, 4, "Search and repatriation results, dry season 2023-2024 (sample data, made up)", &bold)?;
    for (col, name) in ["No.", "Team", "Province", "Remains", "Identified"].iter().enumerate() {
        ws.write_string_with_format(2, col as u16, *name, &bold)?;
    }
    // (No., team, province, remains, identified); `None` number: a total row, its label in `team`.
    let rows: &[(Option<u32>, &str, &str, u32, u32)] = &[
        (Some(1), "K71", "Siem Reap", 4, 1),
        (Some(2), "K71", "Oddar Meanchey", 2, 0),
        (Some(4), "K71", "Banteay Meanchey", 3, 1),
        (None, "Subtotal K71", "", 10, 2),
        (Some(1), "K51", "Mondulkiri", 6, 2),
        (Some(2), "K51", "Mondulkiri", 2, 0),
        (None, "", "", 8, 2),
    ];
    for (i, &(no, team, province, n, named)) in rows.iter().enumerate() {
        let r = 3 + i as u32;
        if let Some(no) = no {
            ws.write_number(r, 0, no)?;
        }
        if !team.is_empty() {
            ws.write_string(r, 1, team)?;
        }
        if !province.is_empty() {
            ws.write_string(r, 2, province)?;
        }
        ws.write_number(r, 3, n)?;
        ws.write_number(r, 4, named)?;
    }
    ws.write_string_with_format(10, 0, "Total", &bold)?;
    ws.write_number_with_format(10, 3, 17, &bold)?;
    ws.write_number_with_format(10, 4, 4, &bold)?;
    wb.save(out("typed_totals.xlsx"))
}

/// Cells as Excel writes them in CSV: quoted when they hold the delimiter, a quote or a line
/// break; a BOM first, CRLF after each row.
fn csv(rows: &[Vec<String>], delim: char) -> Vec<u8> {
    let mut text = String::from("\u{feff}");
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .map(|c| {
                if c.contains([delim, '"', '\n', '\r']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c.clone()
                }
            })
            .collect();
        text.push_str(&cells.join(&delim.to_string()));
        text.push_str("\r\n");
    }
    text.into_bytes()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    std::fs::create_dir_all(out(""))?;
    let mut wb = workbook();
    let rows = k52_k92_sheet(wb.add_worksheet())?;
    wb.save(out("bao_cao_k52_k92.xlsx"))?;
    std::fs::write(out("bao_cao_k52_k92.csv"), csv(&rows, ','))?;
    typed_totals()?;
    let tong_hop: Vec<Vec<String>> = [
        "BÁO CÁO TỔNG HỢP, MÙA KHÔ 2023-2024, ĐỘI K71, SỐ LIỆU MẪU;;;",
        ";;;",
        "TT;Đội;Tỉnh;Số hài cốt",
        "1;K71;Siem Reap;4",
        "2;K71;Siem Reap;3",
        "3;K71;Oddar Meanchey;5",
        ";Tổng số;;12",
    ]
    .iter()
    .map(|l| l.split(';').map(str::to_owned).collect())
    .collect();
    std::fs::write(out("tong_hop_k71.csv"), csv(&tong_hop, ';'))?;
    Ok(())
}
