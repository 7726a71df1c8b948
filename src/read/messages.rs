//! Every problem message and file error the reader writes, in English, Vietnamese and Khmer,
//! and the lines `repatria check` prints around them.
//!
//! The reader builds its messages in English where each is found; [`translate`] then puts a
//! finished message into another language by its template in [`MESSAGES`]: each entry's
//! English template is matched against the message, and the values it captures are put into
//! the Vietnamese or Khmer template. So a message is added where it is found, in English, and
//! here as one line.
//!
//! A template is text with placeholders: `{name}` is a value kept as written (a number, a
//! value from the file, a file name); `{@name}` is a phrase that is itself a message of the
//! catalogue (what was expected, a month, the reason after a colon), translated in turn, and a
//! template matches only when it translates; `{{` and `}}` are braces. The same placeholders
//! are in all three templates of an entry. Entries are tried in order, the first that matches
//! is used: a longer template goes before a shorter one that would match the same message.
//!
//! A new message is one line, `e(key, en, vi, km)`, in [`MESSAGES`]; `cargo test --test
//! messages` names every message string of the reader's source that has no template, and every
//! message the reader writes on the test files that does not translate. A message with no
//! template stays in English.

use std::borrow::Cow;
use std::collections::HashMap;

use super::{FileError, Report};
use crate::hash::FxBuild;
use crate::lang::Lang;

/// One message or phrase: a key naming it, and its template in each language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    /// A short name, unique in its table.
    pub key: &'static str,
    /// The English template, as the reader writes the message.
    pub en: &'static str,
    /// The Vietnamese template.
    pub vi: &'static str,
    /// The Khmer template.
    pub km: &'static str,
}

impl Entry {
    /// The template in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => self.en,
            Lang::Vi => self.vi,
            Lang::Km => self.km,
        }
    }
}

const fn e(key: &'static str, en: &'static str, vi: &'static str, km: &'static str) -> Entry {
    Entry { key, en, vi, km }
}

/// Nested phrases are translated this deep at most.
const MAX_DEPTH: u8 = 6;

/// A piece of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Piece<'t> {
    Text(&'t str),
    Slot { name: &'t str, nested: bool },
}

/// The pieces of `template` (an unclosed `{` is text).
fn pieces(template: &str) -> Vec<Piece<'_>> {
    let mut out = Vec::new();
    let mut rest = template;
    while !rest.is_empty() {
        let Some(i) = rest.find(['{', '}']) else {
            out.push(Piece::Text(rest));
            break;
        };
        if i > 0 {
            out.push(Piece::Text(&rest[..i]));
        }
        rest = &rest[i..];
        if rest.starts_with("{{") || rest.starts_with("}}") {
            out.push(Piece::Text(&rest[..1]));
            rest = &rest[2..];
        } else if let (true, Some(end)) = (rest.starts_with('{'), rest.find('}')) {
            let name = &rest[1..end];
            out.push(match name.strip_prefix('@') {
                Some(name) => Piece::Slot { name, nested: true },
                None => Piece::Slot { name, nested: false },
            });
            rest = &rest[end + 1..];
        } else {
            out.push(Piece::Text(&rest[..1]));
            rest = &rest[1..];
        }
    }
    out
}

/// The placeholders of `template`: `name` or `@name`, in order, repeats included.
pub fn placeholders(template: &str) -> Vec<String> {
    pieces(template)
        .into_iter()
        .filter_map(|p| match p {
            Piece::Slot { name, nested } => Some(if nested { format!("@{name}") } else { name.to_owned() }),
            Piece::Text(_) => None,
        })
        .collect()
}

/// The text before a template's first placeholder and after its last (as written, so a
/// template with braces in its text only skips the quick test).
fn ends(template: &str) -> (&str, &str) {
    let head = template.find(['{', '}']).map_or(template, |i| &template[..i]);
    let tail = template.rfind(['{', '}']).map_or(template, |i| &template[i + 1..]);
    (head, tail)
}

/// A captured value: the text matched, what to write in its place, and the values kept as
/// written in it (itself, or those of the phrase it is).
struct Capture<'m> {
    name: &'m str,
    raw: &'m str,
    out: Cow<'m, str>,
    kept: Vec<&'m str>,
}

/// Matches `pieces` against all of `text`, capturing into `caps`.
fn matches<'m>(pieces: &[Piece<'m>], text: &'m str, lang: Lang, depth: u8, caps: &mut Vec<Capture<'m>>) -> bool {
    let Some((first, rest)) = pieces.split_first() else { return text.is_empty() };
    match *first {
        Piece::Text(t) => text.strip_prefix(t).is_some_and(|after| matches(rest, after, lang, depth, caps)),
        Piece::Slot { name, nested } => {
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Piece::Text(t)) => text.match_indices(t).map(|(i, _)| i).filter(|&i| i > 0).collect(),
                // Two placeholders side by side cannot be told apart.
                Some(Piece::Slot { .. }) => return false,
            };
            for end in ends {
                let raw = &text[..end];
                if let Some(c) = caps.iter().find(|c| c.name == name) {
                    if c.raw == raw && matches(rest, &text[end..], lang, depth, caps) {
                        return true;
                    }
                    continue;
                }
                let (out, kept) = if nested {
                    match translate_at(raw, lang, depth + 1) {
                        Some((t, kept)) => (Cow::Owned(t), kept),
                        None => continue,
                    }
                } else {
                    (Cow::Borrowed(raw), vec![raw])
                };
                caps.push(Capture { name, raw, out, kept });
                if matches(rest, &text[end..], lang, depth, caps) {
                    return true;
                }
                caps.pop();
            }
            false
        }
    }
}

/// `template` with its placeholders filled from `caps` (by name).
fn fill<'a>(template: &str, value: impl Fn(&str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    for p in pieces(template) {
        match p {
            Piece::Text(t) => out.push_str(t),
            Piece::Slot { name, .. } => out.push_str(value(name).unwrap_or("")),
        }
    }
    out
}

/// An entry of [`MESSAGES`] made ready for matching: its English pieces, and the longest
/// text of them (a message it matches holds that text).
struct Compiled {
    entry: &'static Entry,
    pieces: Vec<Piece<'static>>,
    head: &'static str,
    tail: &'static str,
    needle: &'static str,
}

/// [`MESSAGES`] made ready for matching, once.
fn compiled() -> &'static [Compiled] {
    static COMPILED: std::sync::OnceLock<Vec<Compiled>> = std::sync::OnceLock::new();
    COMPILED.get_or_init(|| {
        MESSAGES
            .iter()
            .map(|entry| {
                let pieces = pieces(entry.en);
                let (head, tail) = ends(entry.en);
                let needle = pieces
                    .iter()
                    .filter_map(|p| match p {
                        Piece::Text(t) => Some(*t),
                        Piece::Slot { .. } => None,
                    })
                    .max_by_key(|t| t.len())
                    .unwrap_or("");
                Compiled { entry, pieces, head, tail, needle }
            })
            .collect()
    })
}

/// `message` in `lang`, and the values kept as written in it.
fn translate_at(message: &str, lang: Lang, depth: u8) -> Option<(String, Vec<&str>)> {
    if depth > MAX_DEPTH {
        return None;
    }
    for c in compiled() {
        if !message.starts_with(c.head) || !message.ends_with(c.tail) || !message.contains(c.needle) {
            continue;
        }
        let mut caps = Vec::new();
        if matches(&c.pieces, message, lang, depth, &mut caps) {
            let out = fill(c.entry.get(lang), |name| caps.iter().find(|c| c.name == name).map(|c| c.out.as_ref()));
            return Some((out, caps.into_iter().flat_map(|c| c.kept).collect()));
        }
    }
    None
}

/// The values `message` keeps as written in every language (values from the file, numbers,
/// names), by its template; `None` when no template matches it.
pub fn kept_values(message: &str) -> Option<Vec<&str>> {
    translate_at(message, Lang::En, 0).map(|(_, kept)| kept)
}

/// The entry of [`MESSAGES`] whose English template `message` matches (every nested phrase
/// matching one too), if any.
pub fn entry_of(message: &str) -> Option<&'static Entry> {
    compiled()
        .iter()
        .find(|c| message.starts_with(c.head) && matches(&c.pieces, message, Lang::En, 0, &mut Vec::new()))
        .map(|c| c.entry)
}

/// The English `message` in `lang`, by its template; `None` when no template matches it (in
/// English, the message as the template writes it, which is the message itself).
pub fn translate(message: &str, lang: Lang) -> Option<String> {
    translate_at(message, lang, 0).map(|(t, _)| t)
}

/// The English `message` in `lang`, or as it is when the catalogue has no template for it.
pub fn localize(message: &str, lang: Lang) -> String {
    match lang {
        Lang::En => message.to_owned(),
        _ => translate(message, lang).unwrap_or_else(|| message.to_owned()),
    }
}

/// Puts the report's problems (message and expected) into `lang`.
pub fn localize_report(report: &mut Report, lang: Lang) {
    if lang == Lang::En {
        return;
    }
    // Files repeat their mistakes: each message is matched once.
    let mut done: HashMap<String, String, FxBuild> = HashMap::default();
    let mut once = |text: &mut String| {
        if text.is_empty() {
            return;
        }
        let t = match done.get(text.as_str()) {
            Some(t) => t.clone(),
            None => {
                let t = localize(text, lang);
                done.insert(text.clone(), t.clone());
                t
            }
        };
        *text = t;
    };
    for p in &mut report.problems {
        once(&mut p.message);
        once(&mut p.expected);
    }
}

/// The file error with its message in `lang`.
pub fn localize_error(mut error: FileError, lang: Lang) -> FileError {
    error.message = localize(&error.message, lang);
    error
}

/// A line of [`LINES`] in `lang`, its placeholders filled from `args` (name, value); an
/// unknown key gives an empty line.
pub fn line(key: &str, lang: Lang, args: &[(&str, &str)]) -> String {
    let Some(entry) = LINES.iter().find(|e| e.key == key) else { return String::new() };
    fill(entry.get(lang), |name| args.iter().find(|(n, _)| *n == name).map(|(_, v)| *v))
}

/// The file error as `repatria check` prints it, in `lang` (its message already in it).
pub fn error_line(error: &FileError, lang: Lang) -> String {
    let line = error.line.to_string();
    let args = [("file", error.file.as_str()), ("line", &line), ("column", &error.column), ("message", &error.message)];
    let key = match (error.line, error.column.is_empty()) {
        (0, _) => "file_error",
        (_, true) => "file_error_line",
        (_, false) => "file_error_column",
    };
    self::line(key, lang, &args)
}

/// The lines `repatria check` prints, by key (the report's words around its values).
#[rustfmt::skip]
pub static LINES: &[Entry] = &[
    e("file_error", "{file}: {message}", "{file}: {message}", "{file}៖ {message}"),
    e("file_error_line", "{file}:{line}: {message}", "{file}, dòng {line}: {message}", "{file} ជួរ {line}៖ {message}"),
    e("file_error_column", "{file}:{line}: column {column}: {message}", "{file}, dòng {line}, cột “{column}”: {message}", "{file} ជួរ {line} ជួរឈរ “{column}”៖ {message}"),
    e("problem_cell", "{file}:{line}: {column}: {value}: {message} [{severity}]", "{file}, dòng {line}, cột “{column}”, giá trị “{value}”: {message} [{severity}]", "{file} ជួរ {line} ជួរឈរ “{column}” តម្លៃ “{value}”៖ {message} [{severity}]"),
    e("problem_column", "{file}:{line}: {column}: {message} [{severity}]", "{file}, dòng {line}, cột “{column}”: {message} [{severity}]", "{file} ជួរ {line} ជួរឈរ “{column}”៖ {message} [{severity}]"),
    e("problem_value", "{file}:{line}: {value}: {message} [{severity}]", "{file}, dòng {line}, giá trị “{value}”: {message} [{severity}]", "{file} ជួរ {line} តម្លៃ “{value}”៖ {message} [{severity}]"),
    e("problem_row", "{file}:{line}: {message} [{severity}]", "{file}, dòng {line}: {message} [{severity}]", "{file} ជួរ {line}៖ {message} [{severity}]"),
    e("error", "error", "lỗi", "កំហុស"),
    e("warning", "warning", "cảnh báo", "ការព្រមាន"),
    e("omitted", "{file}: … and {n} more problems", "{file}: … và {n} vấn đề khác", "{file}៖ … និងបញ្ហា {n} ទៀត"),
    e("sample", "{file}: made-up data: {comments}", "{file}: dữ liệu mẫu, không phải số liệu thật: {comments}", "{file}៖ ទិន្នន័យគំរូ មិនមែនជាតួលេខពិត៖ {comments}"),
    e("packed", "{file}: a packed dataset, checked; the report of reading it when it was packed:", "{file}: tệp dữ liệu đã đóng gói, đã kiểm tra; báo cáo đọc tệp khi đóng gói:", "{file}៖ សំណុំទិន្នន័យដែលបានវេចខ្ចប់ បានពិនិត្យរួច; របាយការណ៍នៃការអាននៅពេលវេចខ្ចប់៖"),
    e("summary", "{file}: {rows} rows, {accepted} accepted, {rejected} rejected; {remains} sets of remains, {identified} identified by name", "{file}: {rows} dòng, {accepted} dòng được nhận, {rejected} dòng bị loại; {remains} bộ hài cốt, {identified} bộ xác định được danh tính", "{file}៖ {rows} ជួរ ទទួលយក {accepted} បដិសេធ {rejected}; អដ្ឋិធាតុ {remains} បានកំណត់អត្តសញ្ញាណ {identified}"),
    e("layout", "  the table's header is on line {header}; not read above it: {skipped}", "  dòng tiêu đề của bảng là dòng {header}; phía trên không đọc: {skipped}", "  ជួរក្បាលតារាងនៅជួរ {header}; ខាងលើមិនបានអាន៖ {skipped}"),
    e("layout_header", "  the table's header is on line {header}", "  dòng tiêu đề của bảng là dòng {header}", "  ជួរក្បាលតារាងនៅជួរ {header}"),
    e("skipped_row", "line {line} “{text}”", "dòng {line} “{text}”", "ជួរ {line} “{text}”"),
    e("total_rows", "  {n} total rows, never counted: {list}", "  {n} dòng tổng cộng, không tính vào số liệu: {list}", "  ជួរសរុប {n} មិនដែលរាប់បញ្ចូល៖ {list}"),
    e("total_row", "line {line} “{label}” {remains} (its {rows} rows add up to {sum})", "dòng {line} “{label}” {remains} ({rows} dòng cộng lại được {sum})", "ជួរ {line} “{label}” {remains} (ជួរ {rows} បូកបាន {sum})"),
    e("encoding", "  read as {encoding}", "  đọc theo bảng mã {encoding}", "  អានតាមការអ៊ិនកូដ {encoding}"),
    e("month_first", "  dates read month first (11/06/2025 is 6 November 2025)", "  ngày được đọc theo thứ tự tháng trước (11/06/2025 là ngày 6 tháng 11 năm 2025)", "  កាលបរិច្ឆេទអានខែមុន (11/06/2025 គឺថ្ងៃទី 6 ខែវិច្ឆិកា ឆ្នាំ 2025)"),
    e("figure_read", "  figure {kind}: {rows} rows, read", "  loại số liệu {kind}: {rows} dòng, đã đọc", "  ប្រភេទតួលេខ {kind}៖ {rows} ជួរ បានអាន"),
    e("figure_not_read", "  figure {kind}: {rows} rows, not read (choose it with --figure)", "  loại số liệu {kind}: {rows} dòng, không đọc (chọn bằng --figure)", "  ប្រភេទតួលេខ {kind}៖ {rows} ជួរ មិនបានអាន (ជ្រើសវាដោយ --figure)"),
    e("by_season", "  by season: {list}", "  theo mùa khô: {list}", "  តាមរដូវប្រាំង៖ {list}"),
    e("by_province", "  by province: {list}", "  theo tỉnh: {list}", "  តាមខេត្ត៖ {list}"),
    e("by_team", "  by team: {list}", "  theo đội: {list}", "  តាមក្រុម៖ {list}"),
    e("figures_summary", "{file}: {rows} rows: {figures} figures ({found} of sets found, {identified} of sets identified by name), {facts} facts, {reported} reported", "{file}: {rows} dòng: {figures} số liệu ({found} về số bộ hài cốt quy tập được, {identified} về số bộ xác định được danh tính), {facts} dữ kiện, {reported} dòng có vấn đề", "{file}៖ {rows} ជួរ៖ តួលេខ {figures} ({found} អំពីអដ្ឋិធាតុដែលបានរកឃើញ {identified} អំពីអដ្ឋិធាតុដែលបានកំណត់អត្តសញ្ញាណ) ការពិត {facts} ជួរមានបញ្ហា {reported}"),
    e("figures_by_kind", "  figures by kind: {list}", "  số liệu theo loại: {list}", "  តួលេខតាមប្រភេទ៖ {list}"),
    e("caveats", "  caveats: {low} of low confidence, {medium} of medium, {disputed} disputed, {partial} partial, {outside} including finds outside Cambodia, {bounds} bounds (\"over\", \"nearly\")", "  lưu ý: {low} số liệu độ tin cậy thấp, {medium} độ tin cậy trung bình, {disputed} còn tranh cãi, {partial} chưa đầy đủ, {outside} gồm cả kết quả ngoài Campuchia, {bounds} là giới hạn (\"hơn\", \"gần\")", "  ចំណាំ៖ {low} មានភាពជឿជាក់ទាប {medium} មធ្យម {disputed} មានការជំទាស់ {partial} មិនពេញលេញ {outside} រួមទាំងការរកឃើញក្រៅប្រទេសកម្ពុជា {bounds} ជាដែនកំណត់ (\"ជាង\", \"ជិត\")"),
    e("counts", "  {errors} errors, {warnings} warnings", "  {errors} lỗi, {warnings} cảnh báo", "  កំហុស {errors} ការព្រមាន {warnings}"),
];

/// Every problem message and file error of the reader, and the phrases they are built of.
#[rustfmt::skip]
pub static MESSAGES: &[Entry] = &[
    // Put together: a message, what was expected, what follows.
    e("expected", "{@message}; expected {@expected}", "{@message}; giá trị hợp lệ: {@expected}", "{@message}; តម្លៃដែលត្រឹមត្រូវ៖ {@expected}"),
    e("not_counted_after", "{@message}; the row is not counted", "{@message}; dòng này không được tính", "{@message}; ជួរនេះមិនត្រូវបានរាប់ទេ"),
    e("record", "record {index}: {@message}", "bản ghi {index}: {@message}", "កំណត់ត្រាទី {index}៖ {@message}"),

    // Reading the file (src/read/mod.rs, sheet.rs, delimited.rs).
    e("too_large", "the file is {size} MB, more than the {limit} MB limit: split it, or raise the limit", "tệp có dung lượng {size} MB, vượt giới hạn {limit} MB: hãy chia nhỏ tệp hoặc nâng giới hạn", "ឯកសារមានទំហំ {size} MB លើសកម្រិត {limit} MB៖ សូមបំបែកឯកសារ ឬបង្កើនកម្រិត"),
    e("season_start", "the season start month must be 1 to 12, not {month}", "tháng bắt đầu mùa khô phải từ 1 đến 12, không phải {month}", "ខែចាប់ផ្តើមរដូវប្រាំងត្រូវតែពី 1 ដល់ 12 មិនមែន {month} ទេ"),
    e("figure_table", "a table of published figures (value, period, unit, source), not of finds: it is read as the published record, whose views draw each figure at its own level (repatria check and render --chart seasons|teams|map|cumulative|coverage, the analyst page, an embed of the file)", "đây là bảng số liệu đã công bố (giá trị, thời kỳ, đơn vị, nguồn), không phải bảng kết quả quy tập: bảng này được đọc như hồ sơ số liệu công bố, mỗi số liệu được thể hiện ở đúng cấp của nó (repatria check và render --chart seasons|teams|map|cumulative|coverage, trang phân tích, hoặc nhúng tệp)", "នេះជាតារាងតួលេខដែលបានផ្សាយ (តម្លៃ រយៈពេល ឯកតា ប្រភព) មិនមែនជាតារាងការរកឃើញទេ៖ វាត្រូវបានអានជាកំណត់ត្រាដែលបានផ្សាយ ដែលតួលេខនីមួយៗត្រូវបានបង្ហាញតាមកម្រិតរបស់វា (repatria check និង render --chart seasons|teams|map|cumulative|coverage ទំព័រវិភាគ ឬការបង្កប់ឯកសារ)"),
    e("xlsx_in_browser", "an Excel workbook is read in the browser by the xlsx module (xlsx_to_rows, then read_rows)", "tệp Excel được đọc trong trình duyệt bằng mô-đun xlsx (xlsx_to_rows, rồi read_rows)", "សៀវភៅបញ្ជី Excel ត្រូវបានអានក្នុងកម្មវិធីរុករកដោយម៉ូឌុល xlsx (xlsx_to_rows បន្ទាប់មក read_rows)"),
    e("not_our_report", "the report is not one repatria wrote: {error}", "báo cáo này không phải do repatria tạo ra: {error}", "របាយការណ៍នេះមិនមែនបង្កើតដោយ repatria ទេ៖ {error}"),
    e("sheet_empty", "the sheet has no header and no data: it is empty", "trang tính không có dòng tiêu đề và không có số liệu: trang tính trống", "សន្លឹកគ្មានជួរក្បាល និងគ្មានទិន្នន័យ៖ វាទទេ"),
    e("file_empty", "the file has no header and no data: it is empty, or has only comments", "tệp không có dòng tiêu đề và không có số liệu: tệp trống hoặc chỉ có các dòng chú thích", "ឯកសារគ្មានជួរក្បាល និងគ្មានទិន្នន័យ៖ វាទទេ ឬមានតែជួរកំណត់សម្គាល់"),
    e("no_header", "the file has no header", "tệp không có dòng tiêu đề", "ឯកសារគ្មានជួរក្បាលទេ"),
    e("open_quote", "a quote (\") opened in this row is never closed: the rest of the file is read as one value", "dấu ngoặc kép (\") mở ở dòng này không được đóng lại: toàn bộ phần còn lại của tệp bị đọc thành một giá trị", "សញ្ញាសម្រង់ (\") ដែលបើកនៅជួរនេះ មិនត្រូវបានបិទទេ៖ ផ្នែកដែលនៅសល់ទាំងអស់នៃឯកសារត្រូវបានអានជាតម្លៃតែមួយ"),
    e("open_quote_figures", "a quote (\") opened in this row is never closed", "dấu ngoặc kép (\") mở ở dòng này không được đóng lại", "សញ្ញាសម្រង់ (\") ដែលបើកនៅជួរនេះ មិនត្រូវបានបិទទេ"),

    // The bytes (src/read/text.rs).
    e("resave", "save it again as UTF-8: in Excel, File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\"; in LibreOffice, Save As › Text CSV with character set \"Unicode (UTF-8)\"; in Google Sheets, File › Download › CSV", "hãy lưu lại tệp dưới dạng UTF-8: trong Excel, chọn File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\"; trong LibreOffice, chọn Save As › Text CSV với bộ ký tự \"Unicode (UTF-8)\"; trong Google Sheets, chọn File › Download › CSV", "សូមរក្សាទុកឯកសារម្តងទៀតជា UTF-8៖ ក្នុង Excel ជ្រើស File › Save As › \"CSV UTF-8 (Comma delimited) (*.csv)\"; ក្នុង LibreOffice ជ្រើស Save As › Text CSV ដោយសំណុំតួអក្សរ \"Unicode (UTF-8)\"; ក្នុង Google Sheets ជ្រើស File › Download › CSV"),
    e("not_table_zip", "this file is {@what}, not a table: expected CSV, TSV, JSON or an Excel workbook (.xlsx); if a table is inside, unzip it and open that file", "tệp này là {@what}, không phải bảng số liệu: cần tệp CSV, TSV, JSON hoặc tệp Excel (.xlsx); nếu bên trong có bảng số liệu, hãy giải nén và mở tệp đó", "ឯកសារនេះជា{@what} មិនមែនជាតារាងទេ៖ ត្រូវការ CSV, TSV, JSON ឬសៀវភៅបញ្ជី Excel (.xlsx); បើមានតារាងនៅខាងក្នុង សូមពន្លាវា ហើយបើកឯកសារនោះ"),
    e("not_table_compressed", "this file is {@what}, not a table: expected CSV, TSV, JSON or an Excel workbook (.xlsx); decompress it and open the file inside", "tệp này là {@what}, không phải bảng số liệu: cần tệp CSV, TSV, JSON hoặc tệp Excel (.xlsx); hãy giải nén và mở tệp bên trong", "ឯកសារនេះជា{@what} មិនមែនជាតារាងទេ៖ ត្រូវការ CSV, TSV, JSON ឬសៀវភៅបញ្ជី Excel (.xlsx); សូមពន្លាវា ហើយបើកឯកសារនៅខាងក្នុង"),
    e("not_table", "this file is {@what}, not a table: expected CSV, TSV, JSON or an Excel workbook (.xlsx)", "tệp này là {@what}, không phải bảng số liệu: cần tệp CSV, TSV, JSON hoặc tệp Excel (.xlsx)", "ឯកសារនេះជា{@what} មិនមែនជាតារាងទេ៖ ត្រូវការ CSV, TSV, JSON ឬសៀវភៅបញ្ជី Excel (.xlsx)"),
    e("png", "a PNG image", "một ảnh PNG", "រូបភាព PNG"),
    e("jpeg", "a JPEG image", "một ảnh JPEG", "រូបភាព JPEG"),
    e("gif", "a GIF image", "một ảnh GIF", "រូបភាព GIF"),
    e("pdf", "a PDF document", "một tài liệu PDF", "ឯកសារ PDF"),
    e("gzip", "a gzip-compressed file", "một tệp nén gzip", "ឯកសារបង្ហាប់ gzip"),
    e("bzip2", "a bzip2-compressed file", "một tệp nén bzip2", "ឯកសារបង្ហាប់ bzip2"),
    e("xz", "an xz-compressed file", "một tệp nén xz", "ឯកសារបង្ហាប់ xz"),
    e("zstd", "a zstd-compressed file", "một tệp nén zstd", "ឯកសារបង្ហាប់ zstd"),
    e("7z", "a 7-Zip archive", "một tệp nén 7-Zip", "បណ្ណសារ 7-Zip"),
    e("rar", "a RAR archive", "một tệp nén RAR", "បណ្ណសារ RAR"),
    e("sqlite", "an SQLite database", "một cơ sở dữ liệu SQLite", "មូលដ្ឋានទិន្នន័យ SQLite"),
    e("elf", "a program (ELF)", "một chương trình máy tính (ELF)", "កម្មវិធីកុំព្យូទ័រ (ELF)"),
    e("empty_zip", "an empty ZIP archive", "một tệp nén ZIP rỗng", "បណ្ណសារ ZIP ទទេ"),
    e("docx", "a Word document (.docx)", "một văn bản Word (.docx)", "ឯកសារ Word (.docx)"),
    e("zip", "a ZIP archive", "một tệp nén ZIP", "បណ្ណសារ ZIP"),
    e("xls", "this is an old Excel workbook (.xls), which is not read: save it as Excel Workbook (.xlsx) or as CSV UTF-8", "đây là tệp Excel kiểu cũ (.xls), không đọc được: hãy lưu lại dưới dạng Excel Workbook (.xlsx) hoặc CSV UTF-8", "នេះជាសៀវភៅបញ្ជី Excel ចាស់ (.xls) ដែលមិនអាចអានបានទេ៖ សូមរក្សាទុកជា Excel Workbook (.xlsx) ឬជា CSV UTF-8"),
    e("fake_xlsx", "the file is named .xlsx but is not an Excel workbook (an .xlsx file is a zip archive): open it and save it again as Excel Workbook (.xlsx)", "tệp có đuôi .xlsx nhưng không phải tệp Excel (tệp .xlsx là một tệp nén zip): hãy mở tệp và lưu lại dưới dạng Excel Workbook (.xlsx)", "ឯកសារមានឈ្មោះ .xlsx ប៉ុន្តែមិនមែនជាសៀវភៅបញ្ជី Excel ទេ (ឯកសារ .xlsx ជាបណ្ណសារ zip)៖ សូមបើកវា ហើយរក្សាទុកម្តងទៀតជា Excel Workbook (.xlsx)"),
    e("other_sheet", "a .{ext} file is not read: save it as Excel Workbook (.xlsx) or as CSV UTF-8", "tệp .{ext} không đọc được: hãy lưu lại dưới dạng Excel Workbook (.xlsx) hoặc CSV UTF-8", "ឯកសារ .{ext} មិនអាចអានបានទេ៖ សូមរក្សាទុកជា Excel Workbook (.xlsx) ឬជា CSV UTF-8"),
    e("workbook_as_text", "this file is an Excel workbook, not CSV or JSON text: read it as a workbook (xlsx), or save it as CSV UTF-8", "tệp này là tệp Excel, không phải văn bản CSV hay JSON: hãy đọc tệp như tệp Excel (xlsx), hoặc lưu lại dưới dạng CSV UTF-8", "ឯកសារនេះជាសៀវភៅបញ្ជី Excel មិនមែនជាអត្ថបទ CSV ឬ JSON ទេ៖ សូមអានវាជាសៀវភៅបញ្ជី (xlsx) ឬរក្សាទុកជា CSV UTF-8"),
    e("utf16_no_bom", "the file looks like UTF-16 text without a byte order mark; {@advice}", "tệp có vẻ là văn bản UTF-16 không có dấu thứ tự byte (BOM); {@advice}", "ឯកសារមើលទៅដូចជាអត្ថបទ UTF-16 ដែលគ្មានសញ្ញាលំដាប់បៃ (BOM); {@advice}"),
    e("binary", "the file holds binary data (NUL bytes), not text: expected CSV, TSV, JSON or an Excel workbook (.xlsx)", "tệp chứa dữ liệu nhị phân (byte NUL), không phải văn bản: cần tệp CSV, TSV, JSON hoặc tệp Excel (.xlsx)", "ឯកសារមានទិន្នន័យគោលពីរ (បៃ NUL) មិនមែនជាអត្ថបទទេ៖ ត្រូវការ CSV, TSV, JSON ឬសៀវភៅបញ្ជី Excel (.xlsx)"),
    e("not_utf8_nor_vietnamese", "the file is not UTF-8 text (byte 0x{byte} on line {line}), nor Vietnamese in Windows-1258 or TCVN3 (ABC): it may be in another encoding such as VNI or Latin-1; {@advice}", "tệp không phải văn bản UTF-8 (byte 0x{byte} ở dòng {line}), cũng không phải tiếng Việt theo bảng mã Windows-1258 hay TCVN3 (ABC): có thể tệp dùng bảng mã khác như VNI hoặc Latin-1; {@advice}", "ឯកសារមិនមែនជាអត្ថបទ UTF-8 ទេ (បៃ 0x{byte} នៅជួរ {line}) ហើយក៏មិនមែនជាភាសាវៀតណាមក្នុង Windows-1258 ឬ TCVN3 (ABC) ដែរ៖ វាអាចប្រើការអ៊ិនកូដផ្សេង ដូចជា VNI ឬ Latin-1; {@advice}"),
    e("not_utf8", "the file is not UTF-8 text (byte 0x{byte} on line {line}): it may be in an older encoding such as Windows-1258, TCVN3 (ABC), VNI or Latin-1; {@advice}", "tệp không phải văn bản UTF-8 (byte 0x{byte} ở dòng {line}): có thể tệp dùng bảng mã cũ như Windows-1258, TCVN3 (ABC), VNI hoặc Latin-1; {@advice}", "ឯកសារមិនមែនជាអត្ថបទ UTF-8 ទេ (បៃ 0x{byte} នៅជួរ {line})៖ វាអាចប្រើការអ៊ិនកូដចាស់ ដូចជា Windows-1258, TCVN3 (ABC), VNI ឬ Latin-1; {@advice}"),
    e("utf16_odd", "the file starts like UTF-16 {order} text but has an odd number of bytes: it is cut or not text; {@advice}", "tệp bắt đầu như văn bản UTF-16 {order} nhưng có số byte lẻ: tệp bị cắt cụt hoặc không phải văn bản; {@advice}", "ឯកសារចាប់ផ្តើមដូចអត្ថបទ UTF-16 {order} ប៉ុន្តែមានចំនួនបៃសេស៖ វាត្រូវបានកាត់ ឬមិនមែនជាអត្ថបទ; {@advice}"),
    e("utf16_broken", "the file is not valid UTF-16 {order} text (a broken character on line {line}); {@advice}", "tệp không phải văn bản UTF-16 {order} hợp lệ (có ký tự bị hỏng ở dòng {line}); {@advice}", "ឯកសារមិនមែនជាអត្ថបទ UTF-16 {order} ត្រឹមត្រូវទេ (មានតួអក្សរខូចនៅជួរ {line}); {@advice}"),

    // The header (src/read/validate/columns.rs).
    e("unknown_column", "unknown column, ignored", "cột không xác định, bỏ qua", "ជួរឈរមិនស្គាល់ មិនយកមកប្រើ"),
    e("known_columns", "one of {names}, in English, Vietnamese or Khmer", "một trong các tên cột {names}, bằng tiếng Anh, tiếng Việt hoặc tiếng Khmer", "ឈ្មោះមួយក្នុងចំណោម {names} ជាភាសាអង់គ្លេស វៀតណាម ឬខ្មែរ"),
    e("second_column", "a second column for {field}, ignored: the first, \"{first}\", is used", "cột thứ hai cho trường {field}, bỏ qua: dùng cột thứ nhất, “{first}”", "ជួរឈរទីពីរសម្រាប់ {field} មិនយកមកប្រើ៖ ប្រើជួរឈរទីមួយ “{first}”"),
    e("too_many_columns", "more than {max} columns: this does not look like a dataset of finds (a wrong delimiter?)", "nhiều hơn {max} cột: tệp này không giống một bảng kết quả quy tập (có thể sai dấu phân cách?)", "ច្រើនជាង {max} ជួរឈរ៖ នេះមិនដូចជាសំណុំទិន្នន័យនៃការរកឃើញទេ (ប្រហែលជាសញ្ញាបំបែកខុស?)"),
    e("no_known_column", "no known column in the header ({names}): expected columns such as season, team, province, remains (in English, Vietnamese or Khmer: mùa khô, đội, tỉnh, số hài cốt; រដូវ, ក្រុម, ខេត្ត, អដ្ឋិធាតុ)", "dòng tiêu đề không có cột nào nhận ra được ({names}): cần các cột như mùa khô, đội, tỉnh, số hài cốt (bằng tiếng Việt, tiếng Anh hoặc tiếng Khmer: season, team, province, remains; រដូវ, ក្រុម, ខេត្ត, អដ្ឋិធាតុ)", "ជួរក្បាលគ្មានជួរឈរដែលស្គាល់ទេ ({names})៖ ត្រូវការជួរឈរដូចជា រដូវ ក្រុម ខេត្ត អដ្ឋិធាតុ (ជាភាសាខ្មែរ អង់គ្លេស ឬវៀតណាម៖ season, team, province, remains; mùa khô, đội, tỉnh, số hài cốt)"),
    e("no_anchor", "the header has no date, season, team, province, coordinates, district, commune or village column: every row needs at least one of time, place or team", "dòng tiêu đề không có cột ngày, mùa khô, đội, tỉnh, tọa độ, huyện, xã hay thôn: mỗi dòng cần có ít nhất thời gian, địa điểm hoặc đội", "ជួរក្បាលគ្មានជួរឈរកាលបរិច្ឆេទ រដូវប្រាំង ក្រុម ខេត្ត កូអរដោនេ ស្រុក ឃុំ ឬភូមិទេ៖ ជួរនីមួយៗត្រូវការយ៉ាងហោចណាស់ពេលវេលា ទីកន្លែង ឬក្រុម"),

    // Rows (src/read/validate/mod.rs).
    e("too_many_rows", "more than {max} rows: the file is refused before memory runs out (raise the row limit, or split the file)", "nhiều hơn {max} dòng: tệp bị từ chối trước khi hết bộ nhớ (hãy nâng giới hạn số dòng hoặc chia nhỏ tệp)", "ច្រើនជាង {max} ជួរ៖ ឯកសារត្រូវបានបដិសេធមុនពេលអស់អង្គចងចាំ (សូមបង្កើនកម្រិតជួរ ឬបំបែកឯកសារ)"),
    e("extra_cells", "{n} cells beyond the header's {columns} columns ignored (a missing header, or an unquoted delimiter inside a value?)", "bỏ qua {n} ô vượt quá {columns} cột của dòng tiêu đề (thiếu tên cột, hay có dấu phân cách không nằm trong ngoặc kép trong một giá trị?)", "មិនយកក្រឡា {n} ដែលលើសពី {columns} ជួរឈរនៃជួរក្បាល (ខ្វះឈ្មោះជួរឈរ ឬមានសញ្ញាបំបែកគ្មានសញ្ញាសម្រង់នៅក្នុងតម្លៃ?)"),
    e("extra_cell", "{n} cell beyond the header's {columns} columns ignored (a missing header, or an unquoted delimiter inside a value?)", "bỏ qua {n} ô vượt quá {columns} cột của dòng tiêu đề (thiếu tên cột, hay có dấu phân cách không nằm trong ngoặc kép trong một giá trị?)", "មិនយកក្រឡា {n} ដែលលើសពី {columns} ជួរឈរនៃជួរក្បាល (ខ្វះឈ្មោះជួរឈរ ឬមានសញ្ញាបំបែកគ្មានសញ្ញាសម្រង់នៅក្នុងតម្លៃ?)"),
    e("unreadable_row", "row not counted: none of its date, season, place or team could be read", "dòng không được tính: không đọc được ngày, mùa khô, địa điểm hay đội của dòng này", "ជួរនេះមិនត្រូវបានរាប់ទេ៖ មិនអាចអានកាលបរិច្ឆេទ រដូវប្រាំង ទីកន្លែង ឬក្រុមរបស់វាបានទេ"),
    e("empty_row", "row not counted: it has no date, season, place or team", "dòng không được tính: dòng này không có ngày, mùa khô, địa điểm hay đội", "ជួរនេះមិនត្រូវបានរាប់ទេ៖ វាគ្មានកាលបរិច្ឆេទ រដូវប្រាំង ទីកន្លែង ឬក្រុមទេ"),
    e("formula_count", "formula with no saved value: open and save the workbook in a spreadsheet program; the row is not counted", "công thức chưa có giá trị được lưu: hãy mở và lưu lại tệp bằng chương trình bảng tính; dòng này không được tính", "រូបមន្តគ្មានតម្លៃដែលបានរក្សាទុក៖ សូមបើក ហើយរក្សាទុកសៀវភៅបញ្ជីក្នុងកម្មវិធីតារាងគណនា; ជួរនេះមិនត្រូវបានរាប់ទេ"),
    e("formula", "formula with no saved value: open and save the workbook in a spreadsheet program", "công thức chưa có giá trị được lưu: hãy mở và lưu lại tệp bằng chương trình bảng tính", "រូបមន្តគ្មានតម្លៃដែលបានរក្សាទុក៖ សូមបើក ហើយរក្សាទុកសៀវភៅបញ្ជីក្នុងកម្មវិធីតារាងគណនា"),

    // Counts (src/count.rs, src/read/validate/counts.rs).
    e("expected_count", "a whole number such as 1210, 1.210, 1,210 or 1 210", "một số nguyên như 1210, 1.210, 1,210 hoặc 1 210", "ចំនួនគត់ដូចជា 1210, 1.210, 1,210 ឬ 1 210"),
    e("count_empty", "the count is empty", "số lượng để trống", "ចំនួនទទេ"),
    e("not_count", "\"{value}\" is not a count", "“{value}” không phải là một số lượng", "“{value}” មិនមែនជាចំនួនទេ"),
    e("count_sign", "{value}: a count is written without a sign", "{value}: số lượng được ghi không kèm dấu", "{value}៖ ចំនួនត្រូវសរសេរដោយគ្មានសញ្ញា"),
    e("count_negative", "{value}: a count cannot be negative", "{value}: số lượng không thể là số âm", "{value}៖ ចំនួនមិនអាចជាលេខអវិជ្ជមានទេ"),
    e("count_mixed", "{value} mixes separators: a count is a whole number, its thousands grouped by one kind of separator", "{value} dùng lẫn các dấu phân cách: số lượng là số nguyên, các nhóm nghìn chỉ tách bằng một loại dấu", "{value} លាយសញ្ញាបំបែក៖ ចំនួនជាចំនួនគត់ ដែលខ្ទង់ពាន់ត្រូវបំបែកដោយសញ្ញាតែមួយប្រភេទ"),
    e("count_fraction", "{value} is not a whole number: in a count, '.' and ',' only group thousands (1.210 and 1,210 are 1210)", "{value} không phải là số nguyên: trong số lượng, dấu '.' và ',' chỉ dùng để tách hàng nghìn (1.210 và 1,210 đều là 1210)", "{value} មិនមែនជាចំនួនគត់ទេ៖ ក្នុងចំនួន សញ្ញា '.' និង ',' ប្រើតែបំបែកខ្ទង់ពាន់ប៉ុណ្ណោះ (1.210 និង 1,210 គឺ 1210)"),
    e("count_groups", "{value} has digit groups that are not of three: write 1210, 1.210 or 1 210", "{value} có nhóm chữ số không đủ ba chữ số: hãy ghi 1210, 1.210 hoặc 1 210", "{value} មានក្រុមខ្ទង់ដែលមិនមែនបីខ្ទង់៖ សូមសរសេរ 1210, 1.210 ឬ 1 210"),
    e("count_large", "{value} is too large for a count", "{value} quá lớn đối với một số lượng", "{value} ធំពេកសម្រាប់ចំនួន"),
    e("identified_more", "more sets identified ({identified}) than sets of remains ({remains})", "số bộ hài cốt xác định được danh tính ({identified}) nhiều hơn số bộ hài cốt ({remains})", "ចំនួនអដ្ឋិធាតុដែលបានកំណត់អត្តសញ្ញាណ ({identified}) ច្រើនជាងចំនួនអដ្ឋិធាតុ ({remains})"),

    // Dates (src/date.rs, src/read/validate/time.rs).
    e("expected_date", "a date such as 06/11/2025 (day first), 2025-11-06, 11/2025, 2025 or an Excel serial date", "một ngày như 06/11/2025 (ngày trước), 2025-11-06, 11/2025, 2025 hoặc số ngày kiểu Excel", "កាលបរិច្ឆេទដូចជា 06/11/2025 (ថ្ងៃមុន) 2025-11-06, 11/2025, 2025 ឬលេខកាលបរិច្ឆេទរបស់ Excel"),
    e("date_empty", "the date is empty", "ngày để trống", "កាលបរិច្ឆេទទទេ"),
    e("expected_serial", "an Excel serial date (1900 date system), e.g. 45967 for 2025-11-06", "số ngày kiểu Excel (hệ ngày 1900), ví dụ 45967 là ngày 2025-11-06", "លេខកាលបរិច្ឆេទរបស់ Excel (ប្រព័ន្ធកាលបរិច្ឆេទ 1900) ឧទាហរណ៍ 45967 គឺ 2025-11-06"),
    e("serial_nan", "NaN is not an Excel serial date", "NaN không phải là số ngày kiểu Excel", "NaN មិនមែនជាលេខកាលបរិច្ឆេទរបស់ Excel ទេ"),
    e("serial_below", "a number below 1 is not an Excel serial date: they start at 1 (1900-01-01)", "số nhỏ hơn 1 không phải là số ngày kiểu Excel: số ngày bắt đầu từ 1 (1900-01-01)", "លេខតូចជាង 1 មិនមែនជាលេខកាលបរិច្ឆេទរបស់ Excel ទេ៖ វាចាប់ផ្តើមពី 1 (1900-01-01)"),
    e("serial_large", "the number is too large for an Excel serial date after {year}", "số quá lớn: số ngày kiểu Excel rơi vào sau năm {year}", "លេខធំពេក៖ លេខកាលបរិច្ឆេទរបស់ Excel ធ្លាក់ក្រោយឆ្នាំ {year}"),
    e("serial_60", "Excel serial date 60 is 29 February 1900, a day that never existed (Excel's 1900 leap-year bug)", "số ngày Excel 60 là ngày 29 tháng 2 năm 1900, một ngày không có thật (lỗi năm nhuận 1900 của Excel)", "លេខកាលបរិច្ឆេទ Excel 60 គឺថ្ងៃទី 29 ខែកុម្ភៈ ឆ្នាំ 1900 ដែលជាថ្ងៃមិនធ្លាប់មាន (កំហុសឆ្នាំបូសឆ្នាំ 1900 របស់ Excel)"),
    e("serial_after", "Excel serial date {n} is {date}, after {year}", "số ngày Excel {n} là ngày {date}, sau năm {year}", "លេខកាលបរិច្ឆេទ Excel {n} គឺ {date} ក្រោយឆ្នាំ {year}"),
    e("not_date", "\"{value}\" is not a date", "“{value}” không phải là ngày tháng", "“{value}” មិនមែនជាកាលបរិច្ឆេទទេ"),
    e("date_mixed", "{value} mixes separators: use one kind, as in 06/11/2025", "{value} dùng lẫn các dấu phân cách: chỉ dùng một loại, như 06/11/2025", "{value} លាយសញ្ញាបំបែក៖ សូមប្រើតែមួយប្រភេទ ដូចជា 06/11/2025"),
    e("date_two_digit_year", "{value} is ambiguous: write the year in four digits (20{yy} or 19{yy}?)", "{value} không rõ nghĩa: hãy ghi năm đủ bốn chữ số (20{yy} hay 19{yy}?)", "{value} មិនច្បាស់លាស់៖ សូមសរសេរឆ្នាំជាបួនខ្ទង់ (20{yy} ឬ 19{yy}?)"),
    e("date_ambiguous", "{value} is ambiguous: write the year in four digits, as in 06/11/2025 or 11/2025", "{value} không rõ nghĩa: hãy ghi năm đủ bốn chữ số, như 06/11/2025 hoặc 11/2025", "{value} មិនច្បាស់លាស់៖ សូមសរសេរឆ្នាំជាបួនខ្ទង់ ដូចជា 06/11/2025 ឬ 11/2025"),
    e("date_number", "{value} is not a date: a plain number is read as a year (four digits) or as an Excel serial date from 20000 (1954-10-03) to 80000 (2119-01-11)", "{value} không phải là ngày tháng: một số đơn thuần được đọc là năm (bốn chữ số) hoặc là số ngày kiểu Excel từ 20000 (1954-10-03) đến 80000 (2119-01-11)", "{value} មិនមែនជាកាលបរិច្ឆេទទេ៖ លេខធម្មតាត្រូវបានអានជាឆ្នាំ (បួនខ្ទង់) ឬជាលេខកាលបរិច្ឆេទ Excel ពី 20000 (1954-10-03) ដល់ 80000 (2119-01-11)"),
    e("date_no_month_month_first", "{value} is not a real date: there is no month {month} (the file's dates are read month first: 11/06/2025 is 6 November)", "{value} không phải là ngày có thật: không có tháng {month} (ngày trong tệp được đọc theo thứ tự tháng trước: 11/06/2025 là ngày 6 tháng 11)", "{value} មិនមែនជាកាលបរិច្ឆេទពិតទេ៖ គ្មានខែ {month} ទេ (កាលបរិច្ឆេទក្នុងឯកសារត្រូវបានអានខែមុន៖ 11/06/2025 គឺថ្ងៃទី 6 ខែវិច្ឆិកា)"),
    e("date_against_majority", "{value} can only be {@only} (there is no month above 12), but most of the file's dates that show their order are {@most}: it is read {@read}, as {iso}", "{value} chỉ có thể đọc theo thứ tự {@only} (không có tháng nào lớn hơn 12), nhưng phần lớn các ngày trong tệp cho thấy thứ tự {@most}: ngày này được đọc theo thứ tự {@read}, là {iso}", "{value} អាចអានបានតែ{@only}ប៉ុណ្ណោះ (គ្មានខែលើសពី 12 ទេ) ប៉ុន្តែកាលបរិច្ឆេទភាគច្រើនក្នុងឯកសារដែលបង្ហាញលំដាប់ គឺ{@most}៖ វាត្រូវបានអាន{@read} ជា {iso}"),
    e("date_order_unproven", "no date in the file shows whether the day or the month comes first (a first number above 12 would show day first, a second above 12 month first): dates such as {example} are read day first, as Vietnam writes them; set the date order to month first if the file was saved that way", "không có ngày nào trong tệp cho biết ngày hay tháng đứng trước (số đầu lớn hơn 12 cho thấy ngày trước, số thứ hai lớn hơn 12 cho thấy tháng trước): các ngày như {example} được đọc theo thứ tự ngày trước, như cách viết ở Việt Nam; hãy chọn thứ tự tháng trước nếu tệp được lưu theo cách đó", "គ្មានកាលបរិច្ឆេទណាមួយក្នុងឯកសារបង្ហាញថា ថ្ងៃ ឬខែមកមុនទេ (លេខទីមួយលើសពី 12 បង្ហាញថាថ្ងៃមុន លេខទីពីរលើសពី 12 បង្ហាញថាខែមុន)៖ កាលបរិច្ឆេទដូចជា {example} ត្រូវបានអានថ្ងៃមុន ដូចដែលវៀតណាមសរសេរ; សូមកំណត់លំដាប់ជាខែមុន ប្រសិនបើឯកសារត្រូវបានរក្សាទុកតាមរបៀបនោះ"),
    e("day_first", "day first", "ngày trước", "ថ្ងៃមុន"),
    e("month_first", "month first", "tháng trước", "ខែមុន"),
    e("phase_no_such", "{value}: phase {n} does not exist: a season has two phases, đợt 1 and đợt 2", "{value}: không có đợt {n}: mỗi mùa khô có hai đợt, đợt 1 và đợt 2", "{value}៖ គ្មានដំណាក់កាលទី {n} ទេ៖ រដូវប្រាំងមួយមានពីរដំណាក់កាល គឺ đợt 1 និង đợt 2"),
    e("phase_without_season", "{value} names a phase but no season: write the season with it, as in đợt 1 mùa khô 2024-2025", "{value} ghi đợt nhưng không ghi mùa khô: hãy ghi kèm mùa khô, như đợt 1 mùa khô 2024-2025", "{value} បញ្ជាក់ដំណាក់កាល ប៉ុន្តែគ្មានរដូវប្រាំងទេ៖ សូមសរសេររដូវប្រាំងជាមួយ ដូចជា đợt 1 mùa khô 2024-2025"),
    e("season_with_phase", "a dry season, maybe with its phase, such as 2024-2025, đợt 1 mùa khô 2024-2025 or đợt 2, giai đoạn XXIV", "một mùa khô, có thể kèm đợt, như 2024-2025, đợt 1 mùa khô 2024-2025 hoặc đợt 2, giai đoạn XXIV", "រដូវប្រាំងមួយ ប្រហែលជាមានដំណាក់កាលផង ដូចជា 2024-2025, đợt 1 mùa khô 2024-2025 ឬ đợt 2, giai đoạn XXIV"),
    e("phase_disagrees", "{phase} does not match the season cell's {other}; the phase column is used", "{phase} không khớp với {other} ghi trong ô mùa khô; dùng giá trị của cột đợt", "{phase} មិនត្រូវនឹង {other} ក្នុងក្រឡារដូវប្រាំងទេ; ប្រើជួរឈរដំណាក់កាល"),
    e("season_disagrees", "season {season} in the phase cell does not match the season column's {other}; the season column is used", "mùa khô {season} ghi trong ô đợt không khớp với mùa khô {other} của cột mùa khô; dùng giá trị của cột mùa khô", "រដូវប្រាំង {season} ក្នុងក្រឡាដំណាក់កាល មិនត្រូវនឹង {other} នៃជួរឈររដូវប្រាំងទេ; ប្រើជួរឈររដូវប្រាំង"),
    e("date_not_real", "{value} is not a real date: {@why}", "{value} không phải là ngày có thật: {@why}", "{value} មិនមែនជាកាលបរិច្ឆេទពិតទេ៖ {@why}"),
    e("no_month_day_first", "there is no month {month} (dates are read day first: 06/11/2025 is 6 November)", "không có tháng {month} (ngày được đọc theo thứ tự ngày trước: 06/11/2025 là ngày 6 tháng 11)", "គ្មានខែ {month} ទេ (កាលបរិច្ឆេទត្រូវបានអានថ្ងៃមុន៖ 06/11/2025 គឺថ្ងៃទី 6 ខែវិច្ឆិកា)"),
    e("no_month", "there is no month {month}", "không có tháng {month}", "គ្មានខែ {month} ទេ"),
    e("no_day_0", "there is no day 0", "không có ngày 0", "គ្មានថ្ងៃទី 0 ទេ"),
    e("month_days", "{@month} {year} has {last} days", "{@month} năm {year} có {last} ngày", "{@month} ឆ្នាំ {year} មាន {last} ថ្ងៃ"),
    e("date_range", "{value} is out of range: the year must be from {min} to {max}", "{value} nằm ngoài phạm vi: năm phải từ {min} đến {max}", "{value} ហួសដែនកំណត់៖ ឆ្នាំត្រូវតែពី {min} ដល់ {max}"),
    e("season_date", "season {season} does not match the date {date}, which falls in season {derived} (seasons start on 1 {@month}); the season as written is used", "mùa khô {season} không khớp với ngày {date}, ngày này thuộc mùa khô {derived} (mùa khô bắt đầu từ ngày 1 {@month}); dùng mùa khô như đã ghi", "រដូវប្រាំង {season} មិនត្រូវនឹងកាលបរិច្ឆេទ {date} ដែលស្ថិតក្នុងរដូវប្រាំង {derived} ទេ (រដូវប្រាំងចាប់ផ្តើមនៅថ្ងៃទី 1 {@month}); ប្រើរដូវប្រាំងតាមការសរសេរ"),
    e("january", "January", "tháng 1", "ខែមករា"),
    e("february", "February", "tháng 2", "ខែកុម្ភៈ"),
    e("march", "March", "tháng 3", "ខែមីនា"),
    e("april", "April", "tháng 4", "ខែមេសា"),
    e("may", "May", "tháng 5", "ខែឧសភា"),
    e("june", "June", "tháng 6", "ខែមិថុនា"),
    e("july", "July", "tháng 7", "ខែកក្កដា"),
    e("august", "August", "tháng 8", "ខែសីហា"),
    e("september", "September", "tháng 9", "ខែកញ្ញា"),
    e("october", "October", "tháng 10", "ខែតុលា"),
    e("november", "November", "tháng 11", "ខែវិច្ឆិកា"),
    e("december", "December", "tháng 12", "ខែធ្នូ"),

    // Seasons and phases (src/season.rs).
    e("expected_season", "a dry season such as 2024-2025, 2024/25, mùa khô 2024-2025 or giai đoạn XXIV", "một mùa khô như 2024-2025, 2024/25, mùa khô 2024-2025 hoặc giai đoạn XXIV", "រដូវប្រាំងដូចជា 2024-2025, 2024/25, mùa khô 2024-2025 ឬ giai đoạn XXIV"),
    e("expected_phase", "a phase of a season: đợt 1 or đợt 2 (also 1, 2, I, II)", "một đợt của mùa khô: đợt 1 hoặc đợt 2 (cũng có thể ghi 1, 2, I, II)", "ដំណាក់កាលនៃរដូវប្រាំង៖ đợt 1 ឬ đợt 2 (ឬ 1, 2, I, II)"),
    e("season_empty", "the season is empty", "mùa khô để trống", "រដូវប្រាំងទទេ"),
    e("giai_doan", "{value} does not exist: giai đoạn are numbered from I (2001-2002) to C (2100-2101), not {n}", "{value} không tồn tại: các giai đoạn được đánh số từ I (2001-2002) đến C (2100-2101), không có {n}", "{value} មិនមានទេ៖ giai đoạn មានលេខពី I (2001-2002) ដល់ C (2100-2101) មិនមែន {n} ទេ"),
    e("not_season", "\"{value}\" is not a dry season", "“{value}” không phải là một mùa khô", "“{value}” មិនមែនជារដូវប្រាំងទេ"),
    e("single_year", "{value} is a single year: a dry season spans two, write {a}-{b} or {c}-{d}", "{value} chỉ là một năm: mùa khô kéo dài qua hai năm, hãy ghi {a}-{b} hoặc {c}-{d}", "{value} ជាឆ្នាំតែមួយ៖ រដូវប្រាំងលាតសន្ធឹងពីរឆ្នាំ សូមសរសេរ {a}-{b} ឬ {c}-{d}"),
    e("season_years", "{value} is not a dry season: the second year must be the year after the first ({a}-{b})", "{value} không phải là một mùa khô: năm thứ hai phải là năm liền sau năm thứ nhất ({a}-{b})", "{value} មិនមែនជារដូវប្រាំងទេ៖ ឆ្នាំទីពីរត្រូវតែជាឆ្នាំបន្ទាប់ពីឆ្នាំទីមួយ ({a}-{b})"),
    e("season_range", "{value} is out of range: seasons from {a}-{b} to {c}-{d} are accepted", "{value} nằm ngoài phạm vi: chỉ nhận các mùa khô từ {a}-{b} đến {c}-{d}", "{value} ហួសដែនកំណត់៖ ទទួលយករដូវប្រាំងពី {a}-{b} ដល់ {c}-{d}"),
    e("phase_empty", "the phase is empty", "đợt để trống", "ដំណាក់កាលទទេ"),
    e("phase_number", "phase {n} does not exist: a season has two phases, đợt 1 and đợt 2", "không có đợt {n}: mỗi mùa khô có hai đợt, đợt 1 và đợt 2", "គ្មានដំណាក់កាល {n} ទេ៖ រដូវប្រាំងមួយមានពីរដំណាក់កាល គឺ đợt 1 និង đợt 2"),
    e("phase_none", "{value} does not exist: a season has two phases, đợt 1 and đợt 2", "{value} không tồn tại: mỗi mùa khô có hai đợt, đợt 1 và đợt 2", "{value} មិនមានទេ៖ រដូវប្រាំងមួយមានពីរដំណាក់កាល គឺ đợt 1 និង đợt 2"),
    e("not_phase", "\"{value}\" is not a phase of a season", "“{value}” không phải là một đợt của mùa khô", "“{value}” មិនមែនជាដំណាក់កាលនៃរដូវប្រាំងទេ"),

    // Teams and military regions (src/read/validate/team.rs).
    e("row_number", "row number {n}", "số thứ tự {n}", "លេខរៀង {n}"),
    e("row_number_twice", "row number {n} after {last}: numbered twice, or out of order?", "số thứ tự {n} sau {last}: đánh số trùng, hay sai thứ tự?", "លេខរៀង {n} បន្ទាប់ពី {last}៖ ដាក់លេខពីរដង ឬខុសលំដាប់?"),
    e("row_number_gap_one", "row number {n} after {last}: {missing} row missing?", "số thứ tự {n} sau {last}: thiếu {missing} dòng?", "លេខរៀង {n} បន្ទាប់ពី {last}៖ ខ្វះ {missing} ជួរ?"),
    e("row_number_gap", "row number {n} after {last}: {missing} rows missing?", "số thứ tự {n} sau {last}: thiếu {missing} dòng?", "លេខរៀង {n} បន្ទាប់ពី {last}៖ ខ្វះ {missing} ជួរ?"),
    e("since_previous_subtotal", "those since the previous subtotal", "các dòng kể từ dòng cộng trước", "ជួរទាំងនោះចាប់តាំងពីសរុបរងមុន"),
    e("every_record", "every record of the table", "mọi bản ghi của bảng", "កំណត់ត្រាទាំងអស់នៃតារាង"),
    e("sets_of_remains", "sets of remains", "bộ hài cốt", "សំណុំអដ្ឋិធាតុ"),
    e("sets_identified", "sets identified by name", "bộ hài cốt đã xác định được danh tính", "សំណុំអដ្ឋិធាតុដែលស្គាល់អត្តសញ្ញាណ"),
    e("subtotal_more_one", "the subtotal says {given} {@sets}, the {rows} record it covers ({@what}) {sum}: {by} more in the subtotal", "dòng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng cộng nhiều hơn {by}", "សរុបរងបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបរងច្រើនជាង {by}"),
    e("subtotal_mores", "the subtotal says {given} {@sets}, the {rows} records it covers ({@what}) {sum}: {by} more in the subtotal", "dòng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng cộng nhiều hơn {by}", "សរុបរងបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបរងច្រើនជាង {by}"),
    e("subtotal_fewer_one", "the subtotal says {given} {@sets}, the {rows} record it covers ({@what}) {sum}: {by} fewer in the subtotal", "dòng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng cộng ít hơn {by}", "សរុបរងបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបរងតិចជាង {by}"),
    e("subtotal_fewers", "the subtotal says {given} {@sets}, the {rows} records it covers ({@what}) {sum}: {by} fewer in the subtotal", "dòng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng cộng ít hơn {by}", "សរុបរងបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបរងតិចជាង {by}"),
    e("total_more_one", "the total says {given} {@sets}, the {rows} record it covers ({@what}) {sum}: {by} more in the total", "dòng tổng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng tổng cộng nhiều hơn {by}", "សរុបបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបច្រើនជាង {by}"),
    e("total_mores", "the total says {given} {@sets}, the {rows} records it covers ({@what}) {sum}: {by} more in the total", "dòng tổng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng tổng cộng nhiều hơn {by}", "សរុបបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបច្រើនជាង {by}"),
    e("total_fewer_one", "the total says {given} {@sets}, the {rows} record it covers ({@what}) {sum}: {by} fewer in the total", "dòng tổng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng tổng cộng ít hơn {by}", "សរុបបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបតិចជាង {by}"),
    e("total_fewers", "the total says {given} {@sets}, the {rows} records it covers ({@what}) {sum}: {by} fewer in the total", "dòng tổng cộng ghi {given} {@sets}, còn {rows} bản ghi mà nó cộng ({@what}) là {sum}: dòng tổng cộng ít hơn {by}", "សរុបបញ្ជាក់ {given} {@sets} ប៉ុន្តែកំណត់ត្រា {rows} ដែលវាគ្រប ({@what}) មាន {sum}៖ សរុបតិចជាង {by}"),
    e("team_misprint_choices", "\"{value}\" is not one of the 11 teams: did you mean {names} or {last}?; counted under unknown team", "“{value}” không phải là một trong 11 đội: có phải là {names} hay {last}?; tính vào mục không rõ đội", "“{value}” មិនមែនជាក្រុមមួយក្នុងចំណោម 11 ក្រុមទេ៖ តើជា {names} ឬ {last}?; រាប់បញ្ចូលក្នុង “មិនស្គាល់ក្រុម”"),
    e("team_misprint", "\"{value}\" is not one of the 11 teams: did you mean {list}?; counted under unknown team", "“{value}” không phải là một trong 11 đội: có phải là {list}?; tính vào mục không rõ đội", "“{value}” មិនមែនជាក្រុមមួយក្នុងចំណោម 11 ក្រុមទេ៖ តើជា {list}?; រាប់បញ្ចូលក្នុង “មិនស្គាល់ក្រុម”"),
    e("team_unknown_counted", "\"{value}\" is not one of the 11 teams; counted under unknown team", "“{value}” không phải là một trong 11 đội; tính vào mục không rõ đội", "“{value}” មិនមែនជាក្រុមមួយក្នុងចំណោម 11 ក្រុមទេ; រាប់បញ្ចូលក្នុង “មិនស្គាល់ក្រុម”"),
    e("eleven_teams", "one of K51, K52, K53, K70, K71, K72, K73, K90, K91, K92, K93", "một trong các đội K51, K52, K53, K70, K71, K72, K73, K90, K91, K92, K93", "ក្រុមមួយក្នុងចំណោម K51, K52, K53, K70, K71, K72, K73, K90, K91, K92, K93"),
    e("team_outside_area", "{team} works in {area} (as reported 2022–2025); {province} ({code}) is outside its area: check the team and the province (the record counts as written)", "đội {team} làm nhiệm vụ tại {area} (theo báo cáo 2022–2025); {province} ({code}) nằm ngoài địa bàn của đội: hãy kiểm tra lại đội và tỉnh (bản ghi vẫn được tính như đã ghi)", "ក្រុម {team} ធ្វើការនៅ {area} (តាមរបាយការណ៍ 2022–2025); {province} ({code}) នៅក្រៅតំបន់របស់ក្រុមនេះ៖ សូមពិនិត្យក្រុម និងខេត្ត (កំណត់ត្រានៅតែរាប់តាមការសរសេរ)"),
    e("province_by_sound", "\"{value}\" is read as {name} ({code}) by its sound, but this spelling is not in the gazetteer: check it", "“{value}” được đọc là {name} ({code}) theo cách phát âm, nhưng cách viết này không có trong danh mục địa danh: hãy kiểm tra lại", "“{value}” ត្រូវបានអានជា {name} ({code}) តាមសំឡេងរបស់វា ប៉ុន្តែការសរសេរនេះមិនមាននៅក្នុងបញ្ជីឈ្មោះទីកន្លែងទេ៖ សូមពិនិត្យ"),
    e("not_team", "\"{value}\" is not one of the 11 teams; kept as written", "“{value}” không phải là một trong 11 đội; giữ nguyên như đã ghi", "“{value}” មិនមែនជាក្រុមមួយក្នុងចំណោម 11 ក្រុមទេ; រក្សាទុកតាមការសរសេរ"),
    e("expected_team", "a team such as K92, Đội K92 or k-92 (K51–K53, K70–K73, K90–K93)", "tên đội như K92, Đội K92 hoặc k-92 (K51–K53, K70–K73, K90–K93)", "ក្រុមដូចជា K92, Đội K92 ឬ k-92 (K51–K53, K70–K73, K90–K93)"),
    e("region_team", "{@region} does not match team {team}, which belongs to {@other}; the region as written is used", "{@region} không khớp với đội {team}, đội này thuộc {@other}; dùng quân khu như đã ghi", "{@region} មិនត្រូវនឹងក្រុម {team} ដែលស្ថិតក្រោម{@other}ទេ; ប្រើយោធភូមិភាគតាមការសរសេរ"),
    e("region_5", "Military Region 5", "Quân khu 5", "យោធភូមិភាគទី 5"),
    e("region_7", "Military Region 7", "Quân khu 7", "យោធភូមិភាគទី 7"),
    e("region_9", "Military Region 9", "Quân khu 9", "យោធភូមិភាគទី 9"),
    e("not_region", "\"{value}\" is not a military region", "“{value}” không phải là một quân khu", "“{value}” មិនមែនជាយោធភូមិភាគទេ"),
    e("expected_region", "5, 7 or 9 (QK5, Quân khu 7, MR 9)", "5, 7 hoặc 9 (QK5, Quân khu 7, MR 9)", "5, 7 ឬ 9 (QK5, Quân khu 7, MR 9)"),

    // Provinces (src/province.rs, src/read/validate/place.rs).
    e("province_then_unknown", "{@message}; counted under unknown province", "{@message}; tính vào mục không rõ tỉnh", "{@message}; រាប់បញ្ចូលក្នុង “មិនស្គាល់ខេត្ត”"),
    e("province_choices", "\"{value}\" is not a Cambodian province: did you mean {names} or {last}?", "không nhận ra tỉnh “{value}”: có phải là {names} hay {last}?", "“{value}” មិនមែនជាខេត្តរបស់កម្ពុជាទេ៖ តើជា {names} ឬ {last}?"),
    e("province_choice", "\"{value}\" is not a Cambodian province: did you mean {name}?", "không nhận ra tỉnh “{value}”: có phải là {name}?", "“{value}” មិនមែនជាខេត្តរបស់កម្ពុជាទេ៖ តើជា {name}?"),
    e("province_no_choice", "\"{value}\" is not a Cambodian province (expected a province name such as Kampong Chhnang, in English, Vietnamese or Khmer, or a code from KH-1 to KH-25)", "không nhận ra tỉnh “{value}” (cần tên tỉnh như Kampong Chhnang, bằng tiếng Anh, tiếng Việt hoặc tiếng Khmer, hoặc mã từ KH-1 đến KH-25)", "“{value}” មិនមែនជាខេត្តរបស់កម្ពុជាទេ (ត្រូវការឈ្មោះខេត្តដូចជា កំពង់ឆ្នាំង ជាភាសាអង់គ្លេស វៀតណាម ឬខ្មែរ ឬកូដពី KH-1 ដល់ KH-25)"),
    e("not_province_counted", "\"{value}\" is not a Cambodian province; counted under unknown province", "không nhận ra tỉnh “{value}”; tính vào mục không rõ tỉnh", "“{value}” មិនមែនជាខេត្តរបស់កម្ពុជាទេ; រាប់បញ្ចូលក្នុង “មិនស្គាល់ខេត្ត”"),
    e("not_province", "\"{value}\" is not a Cambodian province", "không nhận ra tỉnh “{value}”", "“{value}” មិនមែនជាខេត្តរបស់កម្ពុជាទេ"),
    e("expected_province", "a province name in English, Vietnamese or Khmer, or a code KH-1 … KH-25", "tên tỉnh bằng tiếng Anh, tiếng Việt hoặc tiếng Khmer, hoặc mã KH-1 … KH-25", "ឈ្មោះខេត្តជាភាសាអង់គ្លេស វៀតណាម ឬខ្មែរ ឬកូដ KH-1 … KH-25"),
    e("province_code", "\"{value}\" is not a province code (expected KH-1 … KH-25)", "“{value}” không phải là mã tỉnh (cần mã KH-1 … KH-25)", "“{value}” មិនមែនជាកូដខេត្តទេ (ត្រូវការ KH-1 … KH-25)"),
    e("alias", "\"{value}\" is read as {province} ({code}), but this spelling is {@status} in the gazetteer: check it", "“{value}” được đọc là {province} ({code}), nhưng cách viết này {@status} trong danh mục địa danh: hãy kiểm tra lại", "“{value}” ត្រូវបានអានជា {province} ({code}) ប៉ុន្តែអក្ខរាវិរុទ្ធនេះ{@status}ក្នុងបញ្ជីឈ្មោះភូមិសាស្ត្រ៖ សូមពិនិត្យ"),
    e("weak", "weak", "ít được xác nhận", "មានភស្តុតាងខ្សោយ"),
    e("unverified", "unverified", "chưa được xác minh", "មិនទាន់បានផ្ទៀងផ្ទាត់"),
    e("attested", "attested", "đã được xác nhận", "បានបញ្ជាក់"),
    e("too_many_unknown", "more than {n} names are not Cambodian provinces: the rest get no suggestion (a search for each would slow the reading)", "hơn {n} tên không phải là tỉnh của Campuchia: các tên còn lại không được gợi ý (tìm cho từng tên sẽ làm chậm việc đọc)", "ឈ្មោះច្រើនជាង {n} មិនមែនជាខេត្តរបស់កម្ពុជាទេ៖ ឈ្មោះដែលនៅសល់មិនមានការណែនាំទេ (ការស្វែងរកសម្រាប់ឈ្មោះនីមួយៗនឹងធ្វើឱ្យការអានយឺត)"),

    // Coordinates (src/read/validate/coordinates.rs).
    e("expected_lat", "a latitude in decimal degrees, such as 11.5564", "vĩ độ theo độ thập phân, như 11.5564", "រយៈទទឹងជាដឺក្រេទសភាគ ដូចជា 11.5564"),
    e("expected_lon", "a longitude in decimal degrees, such as 104.9282", "kinh độ theo độ thập phân, như 104.9282", "រយៈបណ្តោយជាដឺក្រេទសភាគ ដូចជា 104.9282"),
    e("swapped", "latitude {lat} and longitude {lon} look swapped (Cambodia lies at latitude 10 to 15, longitude 102 to 108); used as latitude {lon}, longitude {lat}", "vĩ độ {lat} và kinh độ {lon} có vẻ bị đảo ngược (Campuchia nằm trong khoảng vĩ độ 10 đến 15, kinh độ 102 đến 108); dùng vĩ độ {lon}, kinh độ {lat}", "រយៈទទឹង {lat} និងរយៈបណ្តោយ {lon} ហាក់ដូចជាត្រូវបានដាក់ច្រាស (កម្ពុជាស្ថិតនៅរយៈទទឹង 10 ដល់ 15 រយៈបណ្តោយ 102 ដល់ 108); ប្រើជារយៈទទឹង {lon} រយៈបណ្តោយ {lat}"),
    e("coordinate_range", "{value} is out of range for a {@what} (−{limit} to {limit}); the point is not used", "{value} nằm ngoài phạm vi của {@what} (−{limit} đến {limit}); điểm này không được dùng", "{value} ហួសដែនកំណត់នៃ{@what} (−{limit} ដល់ {limit}); ចំណុចនេះមិនត្រូវបានប្រើទេ"),
    e("province_point", "{province} ({code}) does not match the coordinates {point}, which are in {other} ({other_code}); the province of the coordinates is used", "{province} ({code}) không khớp với tọa độ {point}, tọa độ này thuộc {other} ({other_code}); dùng tỉnh theo tọa độ", "{province} ({code}) មិនត្រូវនឹងកូអរដោនេ {point} ដែលស្ថិតនៅ {other} ({other_code}) ទេ; ប្រើខេត្តតាមកូអរដោនេ"),
    e("outside", "the point {point} is outside Cambodia; {@kept}", "điểm {point} nằm ngoài lãnh thổ Campuchia; {@kept}", "ចំណុច {point} ស្ថិតនៅក្រៅប្រទេសកម្ពុជា; {@kept}"),
    e("named_province", "the named province, {province}, is used", "dùng tỉnh đã ghi, {province}", "ប្រើខេត្តដែលបានសរសេរ គឺ {province}"),
    e("unknown_province", "counted under unknown province", "tính vào mục không rõ tỉnh", "រាប់បញ្ចូលក្នុង “មិនស្គាល់ខេត្ត”"),
    e("not_coordinate", "\"{value}\" is not a {@what}; the point is not used", "“{value}” không phải là {@what}; điểm này không được dùng", "“{value}” មិនមែនជា{@what}ទេ; ចំណុចនេះមិនត្រូវបានប្រើទេ"),
    e("half_point", "a point needs both coordinates: the {@missing} is missing; the point is not used", "một điểm cần đủ cả hai tọa độ: thiếu {@missing}; điểm này không được dùng", "ចំណុចមួយត្រូវការកូអរដោនេទាំងពីរ៖ ខ្វះ{@missing}; ចំណុចនេះមិនត្រូវបានប្រើទេ"),
    e("latitude", "latitude", "vĩ độ", "រយៈទទឹង"),
    e("longitude", "longitude", "kinh độ", "រយៈបណ្តោយ"),

    // JSON (src/read/json.rs).
    e("json_here", "invalid JSON: {@what} at line {line} column {column}", "JSON không hợp lệ: {@what} tại dòng {line}, cột {column}", "JSON មិនត្រឹមត្រូវ៖ {@what} នៅជួរ {line} ជួរឈរ {column}"),
    e("json_expected", "invalid JSON: expected {@what}, found {@found}", "JSON không hợp lệ: cần {@what}, nhưng gặp {@found}", "JSON មិនត្រឹមត្រូវ៖ ត្រូវការ{@what} ប៉ុន្តែឃើញ{@found}"),
    e("json_second", "invalid JSON: a second value after {@after}, at {@here}: a file holds one JSON value (put every record in one array)", "JSON không hợp lệ: có giá trị thứ hai sau {@after}, tại {@here}: mỗi tệp chỉ chứa một giá trị JSON (hãy đặt mọi bản ghi vào một mảng)", "JSON មិនត្រឹមត្រូវ៖ មានតម្លៃទីពីរបន្ទាប់ពី{@after} នៅ{@here}៖ ឯកសារមួយមានតម្លៃ JSON តែមួយ (សូមដាក់កំណត់ត្រាទាំងអស់ក្នុងអារេតែមួយ)"),
    e("json_after", "invalid JSON: text after {@after}, at {@here}: found {@found}; a file holds one JSON value", "JSON không hợp lệ: có văn bản sau {@after}, tại {@here}: gặp {@found}; mỗi tệp chỉ chứa một giá trị JSON", "JSON មិនត្រឹមត្រូវ៖ មានអត្ថបទបន្ទាប់ពី{@after} នៅ{@here}៖ ឃើញ{@found}; ឯកសារមួយមានតម្លៃ JSON តែមួយ"),
    e("json_twice", "{@what}, \"{first}\" at {@here} and \"{second}\" at {@there}: only one could be read ({@fix})", "{@what}, “{first}” tại {@here} và “{second}” tại {@there}: chỉ đọc được một ({@fix})", "{@what}, “{first}” នៅ{@here} និង “{second}” នៅ{@there}៖ អាចអានបានតែមួយប៉ុណ្ណោះ ({@fix})"),
    e("json_no_records_hint", "the JSON object has no \"records\" array and is not a GeoJSON FeatureCollection: expected an array of records, {{\"records\": […]}}, or {{\"type\": \"FeatureCollection\", \"features\": […]}} (\"{key}\" holds an array of objects: name it \"records\")", "đối tượng JSON không có mảng \"records\" và không phải là GeoJSON FeatureCollection: cần một mảng bản ghi, {{\"records\": […]}}, hoặc {{\"type\": \"FeatureCollection\", \"features\": […]}} (“{key}” chứa một mảng đối tượng: hãy đổi tên thành \"records\")", "វត្ថុ JSON គ្មានអារេ \"records\" ហើយមិនមែនជា GeoJSON FeatureCollection ទេ៖ ត្រូវការអារេកំណត់ត្រា {{\"records\": […]}} ឬ {{\"type\": \"FeatureCollection\", \"features\": […]}} (“{key}” មានអារេវត្ថុ៖ សូមដាក់ឈ្មោះវាថា \"records\")"),
    e("json_no_records", "the JSON object has no \"records\" array and is not a GeoJSON FeatureCollection: expected an array of records, {{\"records\": […]}}, or {{\"type\": \"FeatureCollection\", \"features\": […]}}", "đối tượng JSON không có mảng \"records\" và không phải là GeoJSON FeatureCollection: cần một mảng bản ghi, {{\"records\": […]}}, hoặc {{\"type\": \"FeatureCollection\", \"features\": […]}}", "វត្ថុ JSON គ្មានអារេ \"records\" ហើយមិនមែនជា GeoJSON FeatureCollection ទេ៖ ត្រូវការអារេកំណត់ត្រា {{\"records\": […]}} ឬ {{\"type\": \"FeatureCollection\", \"features\": […]}}"),
    e("json_other_array", "the array of objects under \"{key}\" is not read: records are read from one array, under \"records\" (or \"data\", \"rows\", \"items\"; \"features\" in GeoJSON); put every record in it", "mảng đối tượng dưới khóa “{key}” không được đọc: bản ghi chỉ được đọc từ một mảng, dưới khóa \"records\" (hoặc \"data\", \"rows\", \"items\"; \"features\" trong GeoJSON); hãy đặt mọi bản ghi vào mảng đó", "អារេវត្ថុក្រោម “{key}” មិនត្រូវបានអានទេ៖ កំណត់ត្រាត្រូវបានអានពីអារេតែមួយ ក្រោម \"records\" (ឬ \"data\", \"rows\", \"items\"; \"features\" ក្នុង GeoJSON); សូមដាក់កំណត់ត្រាទាំងអស់ក្នុងអារេនោះ"),
    e("json_not_feature", "row not counted: {@what} is not a GeoJSON Feature object", "dòng không được tính: {@what} không phải là đối tượng GeoJSON Feature", "ជួរនេះមិនត្រូវបានរាប់ទេ៖ {@what} មិនមែនជាវត្ថុ GeoJSON Feature ទេ"),
    e("json_not_object", "row not counted: {@what} is not an object with the record's fields", "dòng không được tính: {@what} không phải là một đối tượng chứa các trường của bản ghi", "ជួរនេះមិនត្រូវបានរាប់ទេ៖ {@what} មិនមែនជាវត្ថុដែលមានវាលរបស់កំណត់ត្រាទេ"),
    e("json_not_feature_type", "row not counted: not a GeoJSON Feature (\"type\": \"Feature\")", "dòng không được tính: không phải là GeoJSON Feature (\"type\": \"Feature\")", "ជួរនេះមិនត្រូវបានរាប់ទេ៖ មិនមែនជា GeoJSON Feature (\"type\": \"Feature\") ទេ"),
    e("json_same_field", "\"{key}\" names a field this object already gives under another name; ignored", "“{key}” là tên một trường mà đối tượng này đã có dưới tên khác; bỏ qua", "“{key}” ជាឈ្មោះវាលដែលវត្ថុនេះបានផ្តល់រួចហើយក្រោមឈ្មោះផ្សេង; មិនយកមកប្រើ"),
    e("json_value_kind", "the value of \"{key}\" is {@kind} and is not read: expected text or a number", "giá trị của “{key}” là {@kind} nên không được đọc: cần văn bản hoặc một số", "តម្លៃនៃ “{key}” ជា{@kind} ហើយមិនត្រូវបានអានទេ៖ ត្រូវការអត្ថបទ ឬលេខ"),
    e("json_point", "a Point without two numbers as coordinates ([longitude, latitude]); the point is not used", "Point không có đủ hai số làm tọa độ ([kinh độ, vĩ độ]); điểm này không được dùng", "Point ដែលគ្មានលេខពីរជាកូអរដោនេ ([រយៈបណ្តោយ, រយៈទទឹង]); ចំណុចនេះមិនត្រូវបានប្រើទេ"),
    e("json_no_geometry", "a missing geometry is not read: only Point features give coordinates", "thiếu geometry nên không đọc được: chỉ các đối tượng Point mới cho tọa độ", "គ្មាន geometry ដូច្នេះមិនអាចអានបានទេ៖ មានតែ Point ទេដែលផ្តល់កូអរដោនេ"),
    e("json_geometry", "a {geometry} geometry is not read: only Point features give coordinates", "geometry kiểu {geometry} không được đọc: chỉ các đối tượng Point mới cho tọa độ", "geometry ប្រភេទ {geometry} មិនត្រូវបានអានទេ៖ មានតែ Point ទេដែលផ្តល់កូអរដោនេ"),
    e("json_geometry_kind", "the geometry is {@what} and is not read", "geometry là {@what} nên không được đọc", "geometry ជា{@what} ហើយមិនត្រូវបានអានទេ"),
    e("json_place", "line {line} column {column}", "dòng {line}, cột {column}", "ជួរ {line} ជួរឈរ {column}"),
    e("json_end", "the end of the file", "cuối tệp", "ចុងឯកសារ"),
    e("json_byte", "byte 0x{byte}", "byte 0x{byte}", "បៃ 0x{byte}"),
    e("json_one_array", "put every record in one array", "hãy đặt mọi bản ghi vào một mảng", "សូមដាក់កំណត់ត្រាទាំងអស់ក្នុងអារេតែមួយ"),
    e("json_keep_one", "keep one", "hãy giữ lại một", "សូមរក្សាទុកតែមួយ"),
    e("json_key_twice", "a key given twice in the top-level object", "một khóa xuất hiện hai lần trong đối tượng cấp cao nhất", "គន្លឹះមួយដែលមានពីរដងក្នុងវត្ថុកម្រិតខ្ពស់បំផុត"),
    e("json_two_arrays", "two arrays of records", "hai mảng bản ghi", "អារេកំណត់ត្រាពីរ"),
    e("json_string_end", "the end of a string (\")", "dấu kết thúc chuỗi (\")", "ចុងខ្សែអក្សរ (\")"),
    e("json_a_value", "a value", "một giá trị", "តម្លៃមួយ"),
    e("json_key", "a key in double quotes", "một khóa trong dấu ngoặc kép", "គន្លឹះមួយក្នុងសញ្ញាសម្រង់ទ្វេ"),
    e("json_comma_brace", "',' or '}}'", "',' hoặc '}}'", "',' ឬ '}}'"),
    e("json_top", "'[' or '{{' (an array of records, or an object)", "'[' hoặc '{{' (một mảng bản ghi, hoặc một đối tượng)", "'[' ឬ '{{' (អារេកំណត់ត្រា ឬវត្ថុមួយ)"),
    e("json_open_array", "'[' (the array of records)", "'[' (mảng bản ghi)", "'[' (អារេកំណត់ត្រា)"),
    e("json_after_record", "',' or ']' after a record", "',' hoặc ']' sau một bản ghi", "',' ឬ ']' បន្ទាប់ពីកំណត់ត្រា"),
    e("json_char", "'{char}'", "'{char}'", "'{char}'"),
    e("json_top_object", "the top-level object", "đối tượng cấp cao nhất", "វត្ថុកម្រិតខ្ពស់បំផុត"),
    e("json_records", "the array of records", "mảng bản ghi", "អារេកំណត់ត្រា"),
    e("json_null", "null", "null (giá trị rỗng)", "null (តម្លៃទទេ)"),
    e("json_boolean", "a boolean", "một giá trị đúng/sai", "តម្លៃពិត/មិនពិត"),
    e("json_number", "a number", "một số", "លេខ"),
    e("json_string", "a string", "một chuỗi văn bản", "ខ្សែអក្សរ"),
    e("json_array", "an array", "một mảng", "អារេ"),
    e("json_object", "an object", "một đối tượng", "វត្ថុ"),
    // serde_json's words for what is wrong in the text of a record.
    e("eof_list", "EOF while parsing a list", "tệp kết thúc khi đang đọc một mảng", "ឯកសារបញ្ចប់ពេលកំពុងអានអារេ"),
    e("eof_object", "EOF while parsing an object", "tệp kết thúc khi đang đọc một đối tượng", "ឯកសារបញ្ចប់ពេលកំពុងអានវត្ថុ"),
    e("eof_string", "EOF while parsing a string", "tệp kết thúc khi đang đọc một chuỗi", "ឯកសារបញ្ចប់ពេលកំពុងអានខ្សែអក្សរ"),
    e("eof_value", "EOF while parsing a value", "tệp kết thúc khi đang đọc một giá trị", "ឯកសារបញ្ចប់ពេលកំពុងអានតម្លៃ"),
    e("expected_colon", "expected `:`", "cần dấu `:`", "ត្រូវការ `:`"),
    e("expected_list_end", "expected `,` or `]`", "cần dấu `,` hoặc `]`", "ត្រូវការ `,` ឬ `]`"),
    e("expected_object_end", "expected `,` or `}}`", "cần dấu `,` hoặc `}}`", "ត្រូវការ `,` ឬ `}}`"),
    e("expected_ident", "expected ident", "cần một từ khóa (true, false hoặc null)", "ត្រូវការពាក្យគន្លឹះ (true, false ឬ null)"),
    e("expected_value", "expected value", "cần một giá trị", "ត្រូវការតម្លៃ"),
    e("expected_quote", "expected `\"`", "cần dấu `\"`", "ត្រូវការ `\"`"),
    e("invalid_escape", "invalid escape", "chuỗi thoát (\\) không hợp lệ", "សញ្ញា escape (\\) មិនត្រឹមត្រូវ"),
    e("invalid_number", "invalid number", "số không hợp lệ", "លេខមិនត្រឹមត្រូវ"),
    e("number_range", "number out of range", "số vượt phạm vi", "លេខហួសដែនកំណត់"),
    e("invalid_code_point", "invalid unicode code point", "mã Unicode không hợp lệ", "កូដ Unicode មិនត្រឹមត្រូវ"),
    e("control_character", "control character (\\u0000-\\u001F) found while parsing a string", "gặp ký tự điều khiển (\\u0000-\\u001F) khi đang đọc một chuỗi", "ឃើញតួអក្សរបញ្ជា (\\u0000-\\u001F) ពេលកំពុងអានខ្សែអក្សរ"),
    e("key_string", "key must be a string", "khóa phải là một chuỗi", "គន្លឹះត្រូវតែជាខ្សែអក្សរ"),
    e("lone_surrogate", "lone leading surrogate in hex escape", "nửa đầu cặp thay thế (surrogate) đứng một mình trong mã thoát hex", "surrogate ដើមនៅតែឯងក្នុង escape hex"),
    e("trailing_comma", "trailing comma", "thừa dấu phẩy ở cuối", "សញ្ញាក្បៀសលើសនៅចុង"),
    e("trailing_characters", "trailing characters", "thừa ký tự ở cuối", "តួអក្សរលើសនៅចុង"),
    e("hex_end", "unexpected end of hex escape", "mã thoát hex kết thúc bất ngờ", "escape hex បញ្ចប់មិនរំពឹងទុក"),
    e("recursion", "recursion limit exceeded", "vượt quá giới hạn lồng nhau", "ហួសកម្រិតនៃការដាក់បញ្ចូលគ្នា"),

    // Tables of published figures (src/read/figures.rs).
    e("figures_header", "no header of a table of figures: a row naming the value, the period and the unit or source (value, period, unit; số lượng, thời kỳ, đơn vị)", "không có dòng tiêu đề của bảng số liệu: cần một dòng ghi tên các cột giá trị, thời kỳ và đơn vị hoặc nguồn (số lượng, thời kỳ, đơn vị; value, period, unit)", "គ្មានជួរក្បាលនៃតារាងតួលេខទេ៖ ត្រូវការជួរមួយដែលដាក់ឈ្មោះតម្លៃ រយៈពេល និងឯកតា ឬប្រភព (value, period, unit; số lượng, thời kỳ, đơn vị)"),
    e("confidence", "the confidence is not high, medium or low", "độ tin cậy không phải là cao, trung bình hay thấp (high, medium, low)", "ភាពជឿជាក់មិនមែនជា ខ្ពស់ មធ្យម ឬទាប (high, medium, low) ទេ"),
    e("value_empty", "the value is empty", "giá trị để trống", "តម្លៃទទេ"),
    e("not_sets", "\"{value}\" is not a whole number of sets", "“{value}” không phải là số nguyên bộ hài cốt", "“{value}” មិនមែនជាចំនួនគត់នៃអដ្ឋិធាតុទេ"),

    // Periods, places and teams of published figures (src/figure/).
    e("expected_period", "a period such as 2024-2025, 2024/25, giai đoạn XXIV, 2023-2024 đợt 1, 2001-2025, 2001-2002 to 2014-2015, 2019 (calendar year), 2002 – July 2022, as of 2024-05 or tính đến tháng 5/2024, with qualifiers in brackets such as (plan), (interim) or (19 Nov 2025–27 Jan 2026)", "một thời kỳ như 2024-2025, 2024/25, giai đoạn XXIV, 2023-2024 đợt 1, 2001-2025, 2001-2002 to 2014-2015, 2019 (calendar year), 2002 – July 2022, as of 2024-05 hoặc tính đến tháng 5/2024, có thể kèm ghi chú trong ngoặc như (plan), (interim) hoặc (19 Nov 2025–27 Jan 2026)", "រយៈពេលដូចជា 2024-2025, 2024/25, giai đoạn XXIV, 2023-2024 đợt 1, 2001-2025, 2001-2002 to 2014-2015, 2019 (calendar year), 2002 – July 2022, as of 2024-05 ឬ tính đến tháng 5/2024 ដោយអាចមានការកំណត់ក្នុងវង់ក្រចកដូចជា (plan), (interim) ឬ (19 Nov 2025–27 Jan 2026)"),
    e("not_qualifier", "\"({value})\" is not a qualifier of a period: expected one such as (plan), (interim), (first ~month), (giai đoạn 24), (11th phase), (24 years), (calendar year), (statement), (from 1 Nov 2015), (to late Mar 2014) or (19 Nov 2025–27 Jan 2026)", "“({value})” không phải là ghi chú hợp lệ của thời kỳ: cần một ghi chú như (plan), (interim), (first ~month), (giai đoạn 24), (11th phase), (24 years), (calendar year), (statement), (from 1 Nov 2015), (to late Mar 2014) hoặc (19 Nov 2025–27 Jan 2026)", "“({value})” មិនមែនជាការកំណត់នៃរយៈពេលទេ៖ ត្រូវការមួយដូចជា (plan), (interim), (first ~month), (giai đoạn 24), (11th phase), (24 years), (calendar year), (statement), (from 1 Nov 2015), (to late Mar 2014) ឬ (19 Nov 2025–27 Jan 2026)"),
    e("no_giai_doan", "\"({value})\" names a giai đoạn that does not exist: they run from 1 (2001-2002) to 100", "“({value})” ghi một giai đoạn không tồn tại: các giai đoạn được đánh số từ 1 (2001-2002) đến 100", "“({value})” ដាក់ឈ្មោះ giai đoạn ដែលមិនមាន៖ វាមានលេខពី 1 (2001-2002) ដល់ 100"),
    e("period_empty", "the period is empty", "thời kỳ để trống", "រយៈពេលទទេ"),
    e("period_long", "{value} is too long for a period: at most {max} characters", "{value} quá dài đối với một thời kỳ: tối đa {max} ký tự", "{value} វែងពេកសម្រាប់រយៈពេល៖ យ៉ាងច្រើនបំផុត {max} តួអក្សរ"),
    e("bracket_open", "{value} has a bracket not closed", "{value} có dấu ngoặc mở mà không đóng", "{value} មានវង់ក្រចកដែលមិនបានបិទ"),
    e("bracket_close", "{value} has a bracket not opened", "{value} có dấu ngoặc đóng mà không mở", "{value} មានវង់ក្រចកដែលមិនបានបើក"),
    e("period_character", "{value} has a character no period has: '{char}'", "{value} có ký tự không dùng trong thời kỳ: '{char}'", "{value} មានតួអក្សរដែលរយៈពេលមិនមាន៖ '{char}'"),
    e("period_nothing", "{value} gives no season, year or month", "{value} không ghi mùa khô, năm hay tháng nào", "{value} មិនបញ្ជាក់រដូវប្រាំង ឆ្នាំ ឬខែទេ"),
    e("not_period", "\"{value}\" is not a period", "“{value}” không phải là một thời kỳ", "“{value}” មិនមែនជារយៈពេលទេ"),
    e("as_of_end", "\"{value}\" does not end with a month or year: write as of 2024-05 or as of May 2024", "“{value}” không kết thúc bằng tháng hoặc năm: hãy ghi as of 2024-05 hoặc tính đến tháng 5/2024", "“{value}” មិនបញ្ចប់ដោយខែ ឬឆ្នាំទេ៖ សូមសរសេរ as of 2024-05 ឬ as of May 2024"),
    e("period_no_year", "{value} gives no year", "{value} không ghi năm", "{value} មិនបញ្ជាក់ឆ្នាំទេ"),
    e("period_range", "{value} is out of range: years from {min} to {max} are read", "{value} nằm ngoài phạm vi: chỉ đọc các năm từ {min} đến {max}", "{value} ហួសដែនកំណត់៖ អានតែឆ្នាំពី {min} ដល់ {max}"),
    e("period_backwards_years", "{value} ends before it starts: the second year must come after the first", "{value} kết thúc trước khi bắt đầu: năm thứ hai phải sau năm thứ nhất", "{value} បញ្ចប់មុនពេលចាប់ផ្តើម៖ ឆ្នាំទីពីរត្រូវតែនៅក្រោយឆ្នាំទីមួយ"),
    e("period_backwards", "{value} ends before it starts", "{value} kết thúc trước khi bắt đầu", "{value} បញ្ចប់មុនពេលចាប់ផ្តើម"),
    e("period_single_year", "{value} is a single year: write {year} (calendar year), as of {year}, or the season {before}-{year} or {year}-{after}", "{value} chỉ là một năm: hãy ghi {year} (calendar year), as of {year}, hoặc mùa khô {before}-{year} hay {year}-{after}", "{value} ជាឆ្នាំតែមួយ៖ សូមសរសេរ {year} (calendar year), as of {year} ឬរដូវប្រាំង {before}-{year} ឬ {year}-{after}"),
    e("period_single_month", "{value} is a single month: write as of {month} for everything up to it, or a range such as July 2024 – July 2025", "{value} chỉ là một tháng: hãy ghi as of {month} cho toàn bộ thời gian đến tháng đó, hoặc một khoảng như July 2024 – July 2025", "{value} ជាខែតែមួយ៖ សូមសរសេរ as of {month} សម្រាប់ពេលទាំងអស់រហូតដល់ខែនោះ ឬចន្លោះមួយដូចជា July 2024 – July 2025"),
    e("calendar_year", "{value}: \"calendar year\" only follows a single year (2019 (calendar year))", "{value}: \"calendar year\" chỉ ghi sau một năm (2019 (calendar year))", "{value}៖ \"calendar year\" ប្រើតែបន្ទាប់ពីឆ្នាំតែមួយប៉ុណ្ណោះ (2019 (calendar year))"),
    e("brackets_season_other", "{value}: the brackets name the season {named}, the text {season}", "{value}: phần trong ngoặc ghi mùa khô {named}, phần chữ ghi {season}", "{value}៖ វង់ក្រចកដាក់ឈ្មោះរដូវប្រាំង {named} អត្ថបទដាក់ {season}"),
    e("brackets_season", "{value}: the brackets name the season {named}, but the period is not one season", "{value}: phần trong ngoặc ghi mùa khô {named}, nhưng thời kỳ không phải là một mùa khô", "{value}៖ វង់ក្រចកដាក់ឈ្មោះរដូវប្រាំង {named} ប៉ុន្តែរយៈពេលមិនមែនជារដូវប្រាំងតែមួយទេ"),
    e("brackets_phase", "{value}: the brackets name {phase}, but the period is not one season", "{value}: phần trong ngoặc ghi {phase}, nhưng thời kỳ không phải là một mùa khô", "{value}៖ វង់ក្រចកដាក់ឈ្មោះ {phase} ប៉ុន្តែរយៈពេលមិនមែនជារដូវប្រាំងតែមួយទេ"),
    e("brackets_dates", "{value}: the dates in brackets are outside the period", "{value}: các ngày trong ngoặc nằm ngoài thời kỳ", "{value}៖ កាលបរិច្ឆេទក្នុងវង់ក្រចកស្ថិតនៅក្រៅរយៈពេល"),
    e("no_place", "\"{value}\" names no place", "“{value}” không ghi địa điểm nào", "“{value}” មិនដាក់ឈ្មោះទីកន្លែងណាទេ"),
    e("nested", "\"{value}\" has too many nested parentheses", "“{value}” có quá nhiều lớp ngoặc lồng nhau", "“{value}” មានវង់ក្រចកដាក់ក្នុងគ្នាច្រើនពេក"),
    e("not_team_figure", "\"{value}\" is not a team (expected K51 … K53, K70 … K73 or K90 … K93, a region's teams such as \"MR7 teams\", or \"all teams\")", "“{value}” không phải là một đội (cần K51 … K53, K70 … K73 hoặc K90 … K93, các đội của một quân khu như \"MR7 teams\", hoặc \"all teams\")", "“{value}” មិនមែនជាក្រុមទេ (ត្រូវការ K51 … K53, K70 … K73 ឬ K90 … K93 ក្រុមនៃយោធភូមិភាគដូចជា \"MR7 teams\" ឬ \"all teams\")"),
    e("not_team_code", "\"{value}\" is not a team (expected K51 … K53, K70 … K73 or K90 … K93)", "“{value}” không phải là một đội (cần K51 … K53, K70 … K73 hoặc K90 … K93)", "“{value}” មិនមែនជាក្រុមទេ (ត្រូវការ K51 … K53, K70 … K73 ឬ K90 … K93)"),
    e("not_region_number", "expected military region 5, 7 or 9", "cần quân khu 5, 7 hoặc 9", "ត្រូវការយោធភូមិភាគ 5, 7 ឬ 9"),

    // Workbooks (src/read/xlsx.rs, xlsx/src).
    e("xlsx_damaged_reference", "not a readable Excel workbook (a cell reference is damaged): open it in Excel and save it again as .xlsx, or as CSV UTF-8", "tệp Excel không đọc được (một tham chiếu ô bị hỏng): hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx hoặc CSV UTF-8", "សៀវភៅបញ្ជី Excel មិនអាចអានបានទេ (សេចក្តីយោងក្រឡាមួយខូច)៖ សូមបើកវាក្នុង Excel ហើយរក្សាទុកម្តងទៀតជា .xlsx ឬជា CSV UTF-8"),
    e("xlsx_unreadable", "not a readable Excel workbook ({error}): open it in Excel and save it again as .xlsx, or as CSV UTF-8", "tệp Excel không đọc được ({error}): hãy mở tệp trong Excel và lưu lại dưới dạng .xlsx hoặc CSV UTF-8", "សៀវភៅបញ្ជី Excel មិនអាចអានបានទេ ({error})៖ សូមបើកវាក្នុង Excel ហើយរក្សាទុកម្តងទៀតជា .xlsx ឬជា CSV UTF-8"),
    e("xlsx_advice", "open it in Excel and save it again, or save the sheet as CSV UTF-8", "hãy mở tệp trong Excel và lưu lại, hoặc lưu trang tính dưới dạng CSV UTF-8", "សូមបើកវាក្នុង Excel ហើយរក្សាទុកម្តងទៀត ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_parts", "the workbook holds more than {max} parts (office programs' workbooks hold a few thousand at most): it is refused before memory runs out; open it in Excel and save it again, or save the sheet as CSV UTF-8", "tệp Excel chứa hơn {max} thành phần (tệp của các chương trình văn phòng chỉ chứa nhiều nhất vài nghìn): tệp bị từ chối trước khi hết bộ nhớ; hãy mở tệp trong Excel và lưu lại, hoặc lưu trang tính dưới dạng CSV UTF-8", "សៀវភៅបញ្ជីមានផ្នែកច្រើនជាង {max} (សៀវភៅបញ្ជីនៃកម្មវិធីការិយាល័យមានច្រើនបំផុតតែពីរបីពាន់)៖ វាត្រូវបានបដិសេធមុនពេលអស់អង្គចងចាំ; សូមបើកវាក្នុង Excel ហើយរក្សាទុកម្តងទៀត ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_text", "the workbook's text ({name}) unpacks to {size}, more than the {limit} read (about 50 bytes of distinct text for each of the {rows} rows read): it is refused before memory runs out; {@advice}", "phần văn bản của tệp Excel ({name}) khi giải nén là {size}, vượt mức {limit} được đọc (khoảng 50 byte văn bản riêng cho mỗi dòng trong {rows} dòng được đọc): tệp bị từ chối trước khi hết bộ nhớ; {@advice}", "អត្ថបទនៃសៀវភៅបញ្ជី ({name}) ពន្លាទៅជា {size} លើសពី {limit} ដែលអាន (ប្រហែល 50 បៃនៃអត្ថបទផ្សេងៗសម្រាប់ជួរនីមួយៗក្នុងចំណោម {rows} ជួរដែលអាន)៖ វាត្រូវបានបដិសេធមុនពេលអស់អង្គចងចាំ; {@advice}"),
    e("xlsx_part", "the workbook's part {name} unpacks to {size}, more than the {limit} read for one part (about what the {cells} cells read take): {@advice}", "thành phần {name} của tệp Excel khi giải nén là {size}, vượt mức {limit} được đọc cho một thành phần (khoảng dung lượng của {cells} ô được đọc): {@advice}", "ផ្នែក {name} នៃសៀវភៅបញ្ជីពន្លាទៅជា {size} លើសពី {limit} ដែលអានសម្រាប់ផ្នែកមួយ (ប្រហែលទំហំនៃក្រឡា {cells} ដែលអាន)៖ {@advice}"),
    e("xlsx_total_largest", "the workbook unpacks to {size} ({name}: {largest}), more than the {limit} read: split it, or save the sheet as CSV UTF-8", "tệp Excel khi giải nén là {size} ({name}: {largest}), vượt mức {limit} được đọc: hãy chia nhỏ tệp, hoặc lưu trang tính dưới dạng CSV UTF-8", "សៀវភៅបញ្ជីពន្លាទៅជា {size} ({name}៖ {largest}) លើសពី {limit} ដែលអាន៖ សូមបំបែកវា ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_total", "the workbook unpacks to {size}, more than the {limit} read: split it, or save the sheet as CSV UTF-8", "tệp Excel khi giải nén là {size}, vượt mức {limit} được đọc: hãy chia nhỏ tệp, hoặc lưu trang tính dưới dạng CSV UTF-8", "សៀវភៅបញ្ជីពន្លាទៅជា {size} លើសពី {limit} ដែលអាន៖ សូមបំបែកវា ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_bomb_largest", "the workbook unpacks to {size} from {packed}, {ratio} times its size ({name}: {largest}); office programs' workbooks unpack to less than {max} times theirs, so it is refused as a zip bomb: {@advice}", "tệp Excel giải nén từ {packed} thành {size}, gấp {ratio} lần dung lượng ({name}: {largest}); tệp của các chương trình văn phòng khi giải nén không quá {max} lần dung lượng, nên tệp bị từ chối như một quả bom zip: {@advice}", "សៀវភៅបញ្ជីពន្លាពី {packed} ទៅជា {size} គឺ {ratio} ដងនៃទំហំរបស់វា ({name}៖ {largest}); សៀវភៅបញ្ជីនៃកម្មវិធីការិយាល័យពន្លាតិចជាង {max} ដង ដូច្នេះវាត្រូវបានបដិសេធជាគ្រាប់បែក zip៖ {@advice}"),
    e("xlsx_bomb", "the workbook unpacks to {size} from {packed}, {ratio} times its size; office programs' workbooks unpack to less than {max} times theirs, so it is refused as a zip bomb: {@advice}", "tệp Excel giải nén từ {packed} thành {size}, gấp {ratio} lần dung lượng; tệp của các chương trình văn phòng khi giải nén không quá {max} lần dung lượng, nên tệp bị từ chối như một quả bom zip: {@advice}", "សៀវភៅបញ្ជីពន្លាពី {packed} ទៅជា {size} គឺ {ratio} ដងនៃទំហំរបស់វា; សៀវភៅបញ្ជីនៃកម្មវិធីការិយាល័យពន្លាតិចជាង {max} ដង ដូច្នេះវាត្រូវបានបដិសេធជាគ្រាប់បែក zip៖ {@advice}"),
    e("xlsx_no_sheet_named", "the workbook has no sheet named \"{sheet}\"; its sheets are: {sheets}", "tệp Excel không có trang tính nào tên “{sheet}”; các trang tính của tệp là: {sheets}", "សៀវភៅបញ្ជីគ្មានសន្លឹកឈ្មោះ “{sheet}” ទេ; សន្លឹករបស់វាគឺ៖ {sheets}"),
    e("xlsx_no_sheet", "the workbook has no sheet", "tệp Excel không có trang tính nào", "សៀវភៅបញ្ជីគ្មានសន្លឹកទេ"),
    e("xlsx_sheet_unreadable", "sheet \"{sheet}\" cannot be read: {error}", "không đọc được trang tính “{sheet}”: {error}", "មិនអាចអានសន្លឹក “{sheet}” បានទេ៖ {error}"),
    e("xlsx_cell_outside", "sheet \"{sheet}\" has a cell outside any Excel sheet (row {row}, column {column}): the workbook is damaged; open it in Excel and save it again, or save the sheet as CSV UTF-8", "trang tính “{sheet}” có một ô nằm ngoài phạm vi trang tính Excel (dòng {row}, cột {column}): tệp Excel bị hỏng; hãy mở tệp trong Excel và lưu lại, hoặc lưu trang tính dưới dạng CSV UTF-8", "សន្លឹក “{sheet}” មានក្រឡាមួយនៅក្រៅសន្លឹក Excel (ជួរ {row} ជួរឈរ {column})៖ សៀវភៅបញ្ជីខូច; សូមបើកវាក្នុង Excel ហើយរក្សាទុកម្តងទៀត ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_wide", "sheet \"{sheet}\" has a value in column {column} (row {row}), past the {max} columns read: delete the cells to the right of the table, or save the sheet as CSV UTF-8", "trang tính “{sheet}” có giá trị ở cột {column} (dòng {row}), vượt quá {max} cột được đọc: hãy xóa các ô bên phải bảng, hoặc lưu trang tính dưới dạng CSV UTF-8", "សន្លឹក “{sheet}” មានតម្លៃនៅជួរឈរ {column} (ជួរ {row}) លើសពី {max} ជួរឈរដែលអាន៖ សូមលុបក្រឡានៅខាងស្តាំតារាង ឬរក្សាទុកសន្លឹកជា CSV UTF-8"),
    e("xlsx_rows", "sheet \"{sheet}\" has more than {max} rows: it is refused before memory runs out (split the file, or raise the row limit)", "trang tính “{sheet}” có hơn {max} dòng: tệp bị từ chối trước khi hết bộ nhớ (hãy chia nhỏ tệp hoặc nâng giới hạn số dòng)", "សន្លឹក “{sheet}” មានច្រើនជាង {max} ជួរ៖ វាត្រូវបានបដិសេធមុនពេលអស់អង្គចងចាំ (សូមបំបែកឯកសារ ឬបង្កើនកម្រិតជួរ)"),
    e("xlsx_cells", "sheet \"{sheet}\" has more than {max} cells with a value: split the file", "trang tính “{sheet}” có hơn {max} ô có giá trị: hãy chia nhỏ tệp", "សន្លឹក “{sheet}” មានក្រឡាដែលមានតម្លៃច្រើនជាង {max}៖ សូមបំបែកឯកសារ"),

    // Packed datasets (src/pack.rs).
    e("pack_damaged", "a packed dataset, but damaged or cut short: copy it again or repack it", "tệp dữ liệu đã đóng gói, nhưng bị hỏng hoặc bị cắt cụt: hãy sao chép lại hoặc đóng gói lại", "សំណុំទិន្នន័យដែលបានវេចខ្ចប់ ប៉ុន្តែខូច ឬត្រូវបានកាត់៖ សូមចម្លងម្តងទៀត ឬវេចខ្ចប់ម្តងទៀត"),
    e("pack_version", "a packed dataset of an older or newer format: repack it (repatria pack)", "tệp dữ liệu đóng gói theo định dạng cũ hơn hoặc mới hơn: hãy đóng gói lại (repatria pack)", "សំណុំទិន្នន័យដែលបានវេចខ្ចប់ក្នុងទម្រង់ចាស់ជាង ឬថ្មីជាង៖ សូមវេចខ្ចប់ម្តងទៀត (repatria pack)"),
    e("not_packed", "not a packed dataset", "không phải tệp dữ liệu đã đóng gói", "មិនមែនជាសំណុំទិន្នន័យដែលបានវេចខ្ចប់ទេ"),
    e("pack_inconsistent", "a packed dataset, but {why}: repack it", "tệp dữ liệu đã đóng gói, nhưng {why}: hãy đóng gói lại", "សំណុំទិន្នន័យដែលបានវេចខ្ចប់ ប៉ុន្តែ {why}៖ សូមវេចខ្ចប់ម្តងទៀត"),

    // Last, as it matches any value before a message of the catalogue.
    e("value_then", "{value}: {@message}", "{value}: {@message}", "{value}៖ {@message}"),
];
