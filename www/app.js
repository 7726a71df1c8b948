// The analyst's page: load a dataset (published figures, the synthetic sample, or your own
// file), see what could not be read, and explore linked views by pointer or keyboard.
// Charts, tooltips, keyboard, export and table views are the JS API's (lib/, in the one
// minified file `make wasm` writes, as the embed loads it), over the build for speed (pkg/fast/).
// Strings from data are only ever set as text (textContent), never as HTML.
import { chartCsv, init, loadData, problemsCsv, RepatriaChart, tableElement } from './lib/repatria.min.js';

const SOURCES = {
  published: { url: 'data/published_figures.csv', sample: false },
  sample: { url: 'data/sample-finds.csv', sample: true },
};

// Each view ignores the filter on its own dimension, so it still shows what can be picked.
// A table of published figures (the record) is drawn in its own views, each figure at its own
// level: the map, the seasons, the teams, the running totals, and in the matrix's place which
// seasons and teams the record covers; views of finds only (`finds`) are hidden for it, and
// views of the record only (`record`) for finds.
const VIEWS = [
  { id: 'map', chart: 'map', ignores: ['provinces'] },
  { id: 'seasons', chart: 'seasons', ignores: ['seasons'], brush: true },
  { id: 'provinces', chart: 'provinces', ignores: ['provinces'], finds: true },
  { id: 'teams', chart: 'teams', ignores: ['teams'] },
  { id: 'cumulative', chart: 'cumulative', ignores: [], record: true },
  { id: 'identified', chart: 'identified', ignores: ['seasons'], finds: true },
  { id: 'matrix', chart: 'matrix', ignores: ['teams', 'seasons'] },
];

const UI = {
  en: {
    skip: 'Skip to the charts', title: 'Finds of remains in Cambodia', language: 'Language', theme: 'Theme',
    themeSystem: 'System', themeLight: 'Light', themeDark: 'Dark', data: 'Data',
    published: 'Published figures (real)', sample: 'Synthetic sample (made up)', open: 'Open a file…',
    drop: 'or drop a CSV, TSV, XLSX or JSON file anywhere on the page',
    sampleNote: 'These numbers are synthetic: made up for demonstration, not real figures.',
    quality: 'Data quality', show: 'Show', all: 'all problems', errors: 'errors', warnings: 'warnings',
    downloadProblems: 'Download rows with problems (CSV)', downloadPacked: 'Download for embedding (.rpk)',
    packedHint: 'the records as read and checked: an embedded chart shows them without reading them again, and loads a smaller module', line: 'Line', column: 'Column', value: 'Value',
    severity: 'Severity', problem: 'Problem', filters: 'Filters', filtersLabel: 'Filters:', clearAll: 'Clear all',
    filterHint: 'Click a bar, cell or province to filter; shift-click to add; drag across seasons to pick a range.',
    asTable: 'Show as table', none: 'none', reading: 'Reading', loaded: 'Loaded', rows: 'rows read',
    accepted: 'accepted', remove: 'Remove filter', error: 'error', warning: 'warning', noProblems: 'no problems',
    season: 'Season', team: 'Team', province: 'Province', unreadable: 'could not be read; the previous data stays.',
    dropHere: 'Drop the file to read it', sampleSource: 'synthetic sample data (repatria)',
    figure: 'Published figures to show', season_total: 'national totals per dry season', team_season: 'figures per team and season',
    team_seasonNote: 'Sums of the figures published per team: not complete national totals',
    figures: 'figures', facts: 'other published facts',
    fixes: 'Fix and read again',
    fixesHint: 'Each choice applies to every row with that value, and the file is read again. The choices are listed with the data, in the packed download too.',
    sheet: 'Sheet', correctionsMade: 'Corrections made', accept: 'Accept', use: 'Use', undo: 'Undo',
    rowsOf: 'rows', unknownColumn: 'Column not recognised', keepUnknown: 'leave it unread', ignoreColumn: 'ignore it (no warning)',
    readAs: 'read as', ignored: 'ignored', readAgain: 'Read again', changed: 'changed',
    headerRow: 'Header row', dateOrder: 'Dates', dayFirst: 'day first (06/11/2025 is 6 November)', monthFirst: 'month first (06/11/2025 is 11 June)',
    totalsFound: 'Total rows, not counted', lineN: 'line', found: 'found', headerOn: 'Header on line', notRead: 'not read above it',
    adds: 'the rows it covers add up to', encoding: 'read as',
  },
  vi: {
    skip: 'Chuyển đến biểu đồ', title: 'Hài cốt liệt sĩ quy tập tại Campuchia', language: 'Ngôn ngữ', theme: 'Giao diện',
    themeSystem: 'Theo hệ thống', themeLight: 'Sáng', themeDark: 'Tối', data: 'Dữ liệu',
    published: 'Số liệu đã công bố (thật)', sample: 'Dữ liệu mẫu (giả lập)', open: 'Mở tệp…',
    drop: 'hoặc kéo thả tệp CSV, TSV, XLSX hay JSON vào trang',
    sampleNote: 'Đây là số liệu giả lập để minh họa, không phải số liệu thật.',
    quality: 'Chất lượng dữ liệu', show: 'Hiện', all: 'mọi vấn đề', errors: 'lỗi', warnings: 'cảnh báo',
    downloadProblems: 'Tải các dòng có vấn đề (CSV)', downloadPacked: 'Tải bản dữ liệu để nhúng (.rpk)',
    packedHint: 'các bản ghi đã đọc và kiểm tra: biểu đồ nhúng hiển thị ngay không cần đọc lại, và tải mô-đun nhỏ hơn', line: 'Dòng', column: 'Cột', value: 'Giá trị',
    severity: 'Mức độ', problem: 'Vấn đề', filters: 'Bộ lọc', filtersLabel: 'Bộ lọc:', clearAll: 'Xóa tất cả',
    filterHint: 'Bấm vào cột, ô hoặc tỉnh để lọc; giữ Shift để thêm; kéo qua các mùa khô để chọn một khoảng.',
    asTable: 'Xem dạng bảng', none: 'không có', reading: 'Đang đọc', loaded: 'Đã tải', rows: 'dòng đã đọc',
    accepted: 'được chấp nhận', remove: 'Bỏ bộ lọc', error: 'lỗi', warning: 'cảnh báo', noProblems: 'không có vấn đề',
    season: 'Mùa khô', team: 'Đội', province: 'Tỉnh', unreadable: 'không đọc được; dữ liệu trước vẫn được giữ.',
    dropHere: 'Thả tệp để đọc', sampleSource: 'dữ liệu mẫu giả lập (repatria)',
    figure: 'Số liệu công bố cần xem', season_total: 'tổng toàn quốc theo mùa khô', team_season: 'số liệu theo đội và mùa khô',
    team_seasonNote: 'Cộng các số liệu đã công bố của từng đội: không phải tổng toàn quốc đầy đủ',
    figures: 'số liệu', facts: 'thông tin khác đã công bố',
    fixes: 'Sửa và đọc lại',
    fixesHint: 'Mỗi lựa chọn áp dụng cho mọi dòng có giá trị đó, rồi tệp được đọc lại. Các lựa chọn được liệt kê cùng dữ liệu, cả trong bản tải để nhúng.',
    sheet: 'Trang tính', correctionsMade: 'Các chỉnh sửa đã làm', accept: 'Chấp nhận', use: 'Dùng', undo: 'Hoàn tác',
    rowsOf: 'dòng', unknownColumn: 'Cột không nhận ra', keepUnknown: 'để nguyên, không đọc', ignoreColumn: 'bỏ qua (không cảnh báo)',
    readAs: 'đọc là', ignored: 'bỏ qua', readAgain: 'Đã đọc lại', changed: 'đã sửa',
    headerRow: 'Dòng tiêu đề', dateOrder: 'Ngày tháng', dayFirst: 'ngày trước (06/11/2025 là 6 tháng 11)', monthFirst: 'tháng trước (06/11/2025 là 11 tháng 6)',
    totalsFound: 'Các dòng tổng, không tính vào số liệu', lineN: 'dòng', found: 'tìm thấy', headerOn: 'Tiêu đề bảng ở dòng', notRead: 'phía trên không đọc',
    adds: 'các dòng được cộng có tổng là', encoding: 'đọc theo bảng mã',
  },
  km: {
    skip: 'រំលងទៅគំនូសតាង', title: 'ការរកឃើញអដ្ឋិធាតុនៅកម្ពុជា', language: 'ភាសា', theme: 'រចនាប័ទ្ម',
    themeSystem: 'តាមប្រព័ន្ធ', themeLight: 'ភ្លឺ', themeDark: 'ងងឹត', data: 'ទិន្នន័យ',
    published: 'តួលេខដែលបានផ្សាយ (ពិត)', sample: 'ទិន្នន័យគំរូ (សិប្បនិម្មិត)', open: 'បើកឯកសារ…',
    drop: 'ឬទម្លាក់ឯកសារ CSV, TSV, XLSX ឬ JSON លើទំព័រ',
    sampleNote: 'តួលេខទាំងនេះជាទិន្នន័យសិប្បនិម្មិតសម្រាប់បង្ហាញ មិនមែនជាតួលេខពិតទេ។',
    quality: 'គុណភាពទិន្នន័យ', show: 'បង្ហាញ', all: 'បញ្ហាទាំងអស់', errors: 'កំហុស', warnings: 'ការព្រមាន',
    downloadProblems: 'ទាញយកជួរដែលមានបញ្ហា (CSV)', downloadPacked: 'ទាញយកសម្រាប់បង្កប់ (.rpk)',
    packedHint: 'កំណត់ត្រាដែលបានអាន និងពិនិត្យរួច៖ គំនូសតាងដែលបានបង្កប់បង្ហាញវាដោយមិនចាំបាច់អានម្តងទៀត', line: 'ជួរ', column: 'ជួរឈរ', value: 'តម្លៃ',
    severity: 'កម្រិត', problem: 'បញ្ហា', filters: 'តម្រង', filtersLabel: 'តម្រង៖', clearAll: 'សម្អាតទាំងអស់',
    filterHint: 'ចុចលើរបារ ក្រឡា ឬខេត្តដើម្បីតម្រង; Shift ដើម្បីបន្ថែម; អូសកាត់រដូវដើម្បីជ្រើសចន្លោះ។',
    asTable: 'បង្ហាញជាតារាង', none: 'គ្មាន', reading: 'កំពុងអាន', loaded: 'បានផ្ទុក', rows: 'ជួរបានអាន',
    accepted: 'ទទួលយក', remove: 'ដកតម្រង', error: 'កំហុស', warning: 'ការព្រមាន', noProblems: 'គ្មានបញ្ហា',
    season: 'រដូវ', team: 'ក្រុម', province: 'ខេត្ត', unreadable: 'មិនអាចអានបាន; ទិន្នន័យមុននៅដដែល។',
    dropHere: 'ទម្លាក់ឯកសារដើម្បីអាន', sampleSource: 'ទិន្នន័យគំរូសិប្បនិម្មិត (repatria)',
    figure: 'តួលេខដែលបានផ្សាយដែលត្រូវបង្ហាញ', season_total: 'សរុបជាតិតាមរដូវប្រាំង', team_season: 'តួលេខតាមក្រុម និងរដូវ',
    team_seasonNote: 'ផលបូកតួលេខដែលបានផ្សាយតាមក្រុម៖ មិនមែនសរុបជាតិពេញលេញទេ',
    figures: 'តួលេខ', facts: 'ព័ត៌មានផ្សេងទៀតដែលបានផ្សាយ',
    fixes: 'កែ ហើយអានម្តងទៀត',
    fixesHint: 'ជម្រើសនីមួយៗអនុវត្តចំពោះគ្រប់ជួរដែលមានតម្លៃនោះ ហើយឯកសារត្រូវបានអានម្តងទៀត។ ជម្រើសទាំងនេះត្រូវបានរាយជាមួយទិន្នន័យ ទាំងក្នុងឯកសារសម្រាប់បង្កប់ផងដែរ។',
    sheet: 'សន្លឹក', correctionsMade: 'ការកែតម្រូវដែលបានធ្វើ', accept: 'ទទួលយក', use: 'ប្រើ', undo: 'មិនធ្វើវិញ',
    rowsOf: 'ជួរ', unknownColumn: 'ជួរឈរមិនស្គាល់', keepUnknown: 'ទុកដដែល មិនអាន', ignoreColumn: 'មិនអើពើ (គ្មានការព្រមាន)',
    readAs: 'អានជា', ignored: 'មិនអើពើ', readAgain: 'បានអានម្តងទៀត', changed: 'បានកែ',
    headerRow: 'ជួរក្បាលតារាង', dateOrder: 'កាលបរិច្ឆេទ', dayFirst: 'ថ្ងៃមុន (06/11/2025 គឺថ្ងៃទី 6 ខែវិច្ឆិកា)', monthFirst: 'ខែមុន (06/11/2025 គឺថ្ងៃទី 11 ខែមិថុនា)',
    totalsFound: 'ជួរសរុប មិនរាប់បញ្ចូល', lineN: 'ជួរ', found: 'បានរកឃើញ', headerOn: 'ក្បាលតារាងនៅជួរ', notRead: 'មិនបានអាននៅខាងលើ',
    adds: 'ជួរដែលវាគ្របមានផលបូក', encoding: 'អានតាមការអ៊ិនកូដ',
  },
};

/** The fields a column can be read as (`Field` in src/read/header.rs), named in each language. */
const FIELDS = {
  date: ['date', 'ngày', 'កាលបរិច្ឆេទ'], season: ['dry season', 'mùa khô', 'រដូវប្រាំង'], phase: ['phase', 'đợt', 'ដំណាក់កាល'],
  team: ['team', 'đội', 'ក្រុម'], military_region: ['military region', 'quân khu', 'តំបន់យោធា'], province: ['province', 'tỉnh', 'ខេត្ត'],
  district: ['district', 'huyện', 'ស្រុក'], commune: ['commune', 'xã', 'ឃុំ'], village: ['village', 'làng', 'ភូមិ'],
  lat: ['latitude', 'vĩ độ', 'រយៈទទឹង'], lon: ['longitude', 'kinh độ', 'រយៈបណ្តោយ'],
  remains: ['sets of remains', 'số hài cốt', 'ចំនួនអដ្ឋិធាតុ'], identified: ['identified by name', 'xác định được danh tính', 'ស្គាល់អត្តសញ្ញាណ'],
  informant: ['informant', 'người cung cấp thông tin', 'អ្នកផ្តល់ព័ត៌មាន'], cemetery: ['cemetery', 'nghĩa trang', 'ទីបញ្ចុះសព'], note: ['note', 'ghi chú', 'កំណត់សម្គាល់'],
};
const LANG_INDEX = { en: 0, vi: 1, km: 2 };
function fieldName(field) { return (FIELDS[field] || [field])[LANG_INDEX[state.lang] ?? 0] ?? field; }

const $ = (id) => document.getElementById(id);
const state = {
  lang: 'en', theme: 'system', source: 'published', sample: false, name: '', bytes: null, figure: null,
  filter: { seasons: [], teams: [], provinces: [] },
  report: null, data: null,
  // What the analyst chose in the quality panel, applied each time the file is read again:
  // values read as others (`corrections`), columns ignored or read as a field, the sheet.
  choices: { corrections: [], ignore: [], columns: [], sheet: null, header_line: null, date_order: null },
};
const views = [];
let worker = null;
let requestId = 0;

function ui(key) { return (UI[state.lang] || UI.en)[key] || UI.en[key] || key; }

function effectiveTheme() {
  if (state.theme !== 'system') return state.theme;
  return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

function translatePage() {
  document.documentElement.lang = state.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = ui(el.dataset.i18n);
  document.title = `repatria — ${ui('title')}`;
  $('lang').value = state.lang;
  $('theme').value = state.theme;
}

// ---- URL state ---------------------------------------------------------------------------

function readUrl() {
  const p = new URLSearchParams(location.search);
  if (UI[p.get('lang')]) state.lang = p.get('lang');
  if (['system', 'light', 'dark'].includes(p.get('theme'))) state.theme = p.get('theme');
  const src = p.get('src');
  if (src) state.source = src;
  if (p.get('figure')) state.figure = p.get('figure');
  for (const key of ['seasons', 'teams', 'provinces']) {
    const v = p.get(key);
    state.filter[key] = v ? v.split(',').filter(Boolean) : [];
  }
}

function writeUrl() {
  const p = new URLSearchParams();
  if (state.source && state.source !== 'file') p.set('src', state.source);
  if (state.lang !== 'en') p.set('lang', state.lang);
  if (state.theme !== 'system') p.set('theme', state.theme);
  if (state.figure) p.set('figure', state.figure);
  for (const key of ['seasons', 'teams', 'provinces']) {
    if (state.filter[key].length) p.set(key, state.filter[key].join(','));
  }
  const query = p.toString();
  history.replaceState(null, '', query ? `?${query}` : location.pathname);
}

// ---- Loading -----------------------------------------------------------------------------

function readOptions() {
  const { corrections, ignore, columns, sheet, header_line, date_order } = state.choices;
  // The report's problems come in the page's language.
  return {
    lang: state.lang,
    ...(state.figure && { figure: state.figure }),
    ...(corrections.length && { corrections }),
    ...(ignore.length && { ignore }),
    ...(columns.length && { columns }),
    ...(sheet && { sheet }),
    ...(header_line && { header_line }),
    ...(date_order && { date_order }),
  };
}

function noChoices() {
  state.choices = { corrections: [], ignore: [], columns: [], sheet: null, header_line: null, date_order: null };
}

/** Reads a file in the worker, which hands the records back packed, with its rows with problems. */
function readInWorker(name, bytes) {
  if (!worker) worker = new Worker('reader-worker.js', { type: 'module' });
  const id = ++requestId;
  return new Promise((resolve, reject) => {
    const onMessage = (e) => {
      if (e.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (e.data.ok) resolve(loadData(e.data.packed, { name, problemRows: e.data.rows }));
      else reject(new Error(e.data.error));
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ id, name, bytes, read: readOptions() }, [bytes.buffer]);
  });
}

async function load(name, bytes, { source, sample }) {
  $('error').textContent = '';
  $('progress').hidden = false;
  $('progress-text').textContent = `${ui('reading')} ${name} (${(bytes.byteLength / 1e6).toFixed(1)} MB)…`;
  try {
    // Small files are read at once; large ones in a worker, so the page stays responsive. A
    // workbook is read by the xlsx module, which the JS API loads only then.
    const data = bytes.byteLength < 2e6 ? await loadData(bytes, { name, read: readOptions() }) : await readInWorker(name, bytes.slice());
    if (state.data) state.data.free();
    Object.assign(state, { data, name, source, sample, bytes, report: data.report() });
    showFigures();
    showDataset();
    showReport();
    redraw();
    writeUrl();
    $('status').textContent = $('dataset').textContent;
  } catch (e) {
    $('error').textContent = `${name} ${ui('unreadable')} ${e.message}`;
  } finally {
    $('progress').hidden = true;
  }
}

async function loadUrl(url, options) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  await load(url.split('/').pop(), new Uint8Array(await response.arrayBuffer()), options);
}

async function loadSource(source) {
  if (source !== state.source) state.figure = null;
  noChoices();
  const known = SOURCES[source];
  const url = known ? known.url : source;
  try {
    await loadUrl(url, { source, sample: known ? known.sample : /sample|synthetic/i.test(url) });
  } catch (e) {
    $('error').textContent = `${url} ${ui('unreadable')} ${e.message}`;
  }
}

async function loadFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  state.figure = null;
  noChoices();
  await load(file.name, bytes, { source: 'file', sample: false });
}

/** A file of published figures holds several kinds (national totals, per team): one is shown
 * at a time, so that totals are never added to their own parts. */
function showFigures() {
  const kinds = state.report.record ? [] : state.report.figures || [];
  const choice = $('figure-choice');
  choice.hidden = kinds.length < 2;
  const select = $('figure');
  select.replaceChildren();
  for (const k of kinds) {
    const option = document.createElement('option');
    option.value = k.kind;
    option.textContent = `${UI[state.lang][k.kind] || k.kind} (${k.rows})`;
    option.selected = k.read;
    select.append(option);
  }
}

// Made up: the project's sample, or a file whose comment or title says so.
const isSample = () => state.sample || Boolean(state.report?.sample);

function showDataset() {
  const r = state.report;
  $('dataset').textContent = r.record
    ? `${ui('loaded')}: ${state.name} — ${r.rows} ${ui('rows')}: ${r.record.figures} ${ui('figures')}, ${r.record.facts} ${ui('facts')}`
    : `${ui('loaded')}: ${state.name} — ${r.rows} ${ui('rows')}, ${r.accepted} ${ui('accepted')}${r.encoding ? ` (${ui('encoding')} ${r.encoding})` : ''}`;
  $('sample-note').hidden = !isSample();
  // The record is embedded as the table itself (its views read it); finds, packed.
  $('download-packed').hidden = $('packed-hint').hidden = Boolean(r.record);
  for (const view of views) view.figure.hidden = r.record ? Boolean(view.finds) : Boolean(view.record);
  document.body.classList.toggle('record', Boolean(r.record));
}

// ---- Data quality ------------------------------------------------------------------------

function showReport() {
  const problems = state.report.problems || [];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  $('quality-summary').textContent = problems.length
    ? `${errors} ${ui('errors')}, ${warnings} ${ui('warnings')}`
    : ui('noProblems');
  // Open when there is something to check: problems, corrections made, or rows of the sheet
  // that were not read as records (titles above the table, totals).
  const r = state.report;
  $('quality').open = problems.length > 0 || (r.corrections || []).length > 0 || r.total_rows > 0 || (r.layout?.skipped || []).length > 0;
  showFixes();
  const severity = $('severity').value;
  const body = $('problems').tBodies[0];
  body.replaceChildren();
  for (const p of problems) {
    if (severity !== 'all' && p.severity !== severity) continue;
    const tr = document.createElement('tr');
    tr.className = p.severity;
    for (const cell of [p.line, p.column, p.value, ui(p.severity), p.message]) {
      const td = document.createElement('td');
      td.textContent = String(cell ?? '');
      tr.append(td);
    }
    body.append(tr);
  }
}

// ---- Fixing: the analyst's choices, and the file read again with them -----------------------

function element(tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  if (className) el.className = className;
  return el;
}

function button(text, onClick, label) {
  const b = element('button', text);
  b.type = 'button';
  if (label) b.setAttribute('aria-label', label);
  b.addEventListener('click', onClick);
  return b;
}

/** Reads the file again with the choices made, and says in the status line what changed. */
async function readAgain() {
  await load(state.name, state.bytes, { source: state.source, sample: state.sample });
  const changed = (state.report.corrections || []).reduce((n, c) => n + c.rows, 0);
  $('status').textContent = `${ui('readAgain')}: ${state.name} — ${changed} ${ui('rowsOf')} ${ui('changed')}`;
}

function accept(column, from, to) {
  const list = state.choices.corrections.filter((c) => !(c.column === column && c.from === from));
  state.choices.corrections = [...list, { column, from, to }];
  return readAgain();
}

/**
 * The quality panel's fixes: each suggestion once per column and value, with the rows it
 * would change and a button to accept it (or a choice among candidates); each column not
 * recognised, to ignore or read as a field; the sheet of a workbook; and the corrections made.
 */
function showFixes() {
  const r = state.report;
  // Packed data was read elsewhere: its corrections are listed, but it cannot be read again.
  const canReadAgain = Boolean(state.bytes) && !/\.rpk$/i.test(state.name);
  const groups = new Map();
  for (const p of r.problems || []) {
    const candidates = p.candidates || [];
    // A value cut for the report (40 characters and an ellipsis) cannot be matched again.
    if ((!p.suggestion && !candidates.length) || !p.column || p.value.endsWith('…')) continue;
    const key = `${p.column}\u0000${p.value}`;
    const g = groups.get(key) || { column: p.column, value: p.value, suggestion: p.suggestion, candidates, rows: 0 };
    g.rows++;
    groups.set(key, g);
  }
  const suggestions = $('suggestions');
  suggestions.replaceChildren();
  for (const g of groups.values()) {
    const li = element('li');
    const what = g.suggestion ? `${g.column}: “${g.value}” → ${g.suggestion}` : `${g.column}: “${g.value}”`;
    li.append(element('span', what), element('span', `${g.rows} ${ui('rowsOf')}`, 'count'));
    if (g.suggestion) {
      li.append(button(ui('accept'), () => accept(g.column, g.value, g.suggestion), `${ui('accept')}: “${g.value}” → ${g.suggestion} (${g.column})`));
    } else {
      const select = element('select');
      select.setAttribute('aria-label', `${g.column}: “${g.value}”`);
      for (const c of g.candidates) select.append(new Option(c, c));
      li.append(select, button(ui('use'), () => accept(g.column, g.value, select.value), `${ui('use')}: “${g.value}” (${g.column})`));
    }
    suggestions.append(li);
  }
  const unknown = $('unknown-columns');
  unknown.replaceChildren();
  const chosen = new Set([...state.choices.ignore, ...state.choices.columns.map(([c]) => c)]);
  for (const col of r.columns || []) {
    if (col.field || chosen.has(col.name) || !col.name.trim()) continue;
    const li = element('li');
    const label = element('label');
    label.append(element('span', `${ui('unknownColumn')}: “${col.name}” `));
    const select = element('select');
    select.append(new Option(ui('keepUnknown'), ''), new Option(ui('ignoreColumn'), '\u0000ignore'));
    for (const f of Object.keys(FIELDS)) select.append(new Option(`${ui('readAs')} ${fieldName(f)}`, f));
    select.addEventListener('change', () => {
      if (!select.value) return;
      if (select.value === '\u0000ignore') state.choices.ignore = [...state.choices.ignore, col.name];
      else state.choices.columns = [...state.choices.columns, [col.name, select.value]];
      readAgain();
    });
    label.append(select);
    li.append(label);
    unknown.append(li);
  }
  const sheets = (r.sheets || []).length > 1 ? r.sheets : [];
  $('sheet-choice').hidden = !sheets.length;
  const sheet = $('sheet');
  sheet.replaceChildren(...sheets.map((n) => new Option(n, n, false, n === (state.choices.sheet ?? sheets[0]))));
  // The header row, found below any titles or chosen, among the rows the search looked at.
  const layout = r.layout;
  const headerLines = layout ? [...(layout.skipped || []).map((k) => k.line), layout.header].sort((a, b) => a - b) : [];
  $('header-choice').hidden = !headerLines.length || !canReadAgain;
  $('header-line').replaceChildren(...headerLines.map((l) => new Option(
    `${ui('lineN')} ${l}${l === layout.header && !state.choices.header_line ? ` (${ui('found')})` : ''}`, String(l), false, l === layout.header)));
  const note = $('layout-note');
  note.hidden = !layout;
  if (layout) {
    const above = (layout.skipped || []).map((k) => `${ui('lineN')} ${k.line} “${k.text}”`).join('; ');
    note.textContent = `${ui('headerOn')} ${layout.header}${above ? `; ${ui('notRead')}: ${above}` : ''}.`;
  }
  // The order of dates, when the file has dates.
  const dated = (r.columns || []).some((c) => c.field === 'date');
  $('date-choice').hidden = !dated || !canReadAgain;
  $('date-order').value = r.date_order === 'month-first' ? 'month-first' : 'day-first';
  // Total rows: each with what it says and what the rows it covers add up to.
  const totals = $('totals');
  totals.replaceChildren();
  for (const t of r.totals || []) {
    const agrees = t.remains === null || t.remains === t.sum;
    const li = element('li', `${ui('lineN')} ${t.line} “${t.label || '…'}”: ${t.remains ?? '—'}; ${ui('adds')} ${t.sum} (${t.rows} ${ui('rowsOf')}) ${agrees ? '✓' : '≠'}`);
    if (!agrees) li.className = 'warning';
    totals.append(li);
  }
  $('totals-found').hidden = !totals.children.length;
  // The corrections made, from the report (what the packed download carries), each undone by
  // reading again without it; columns ignored or read as a field likewise.
  const made = $('corrections');
  made.replaceChildren();
  for (const c of r.corrections || []) {
    const li = element('li', `${c.column}: “${c.from}” → ${c.to} `);
    li.append(element('span', `${c.rows} ${ui('rowsOf')}`, 'count'));
    if (canReadAgain && state.choices.corrections.some((k) => k.column === c.column && k.from === c.from)) {
      li.append(button(ui('undo'), () => {
        state.choices.corrections = state.choices.corrections.filter((k) => !(k.column === c.column && k.from === c.from));
        readAgain();
      }, `${ui('undo')}: “${c.from}” → ${c.to}`));
    }
    made.append(li);
  }
  for (const col of (r.columns || []).filter((c) => c.chosen)) {
    const li = element('li', col.field ? `“${col.name}”: ${ui('readAs')} ${fieldName(col.field)} ` : `“${col.name}”: ${ui('ignored')} `);
    const undo = () => {
      state.choices.ignore = state.choices.ignore.filter((n) => n !== col.name);
      state.choices.columns = state.choices.columns.filter(([n]) => n !== col.name);
      readAgain();
    };
    if (canReadAgain && chosen.has(col.name)) li.append(button(ui('undo'), undo, `${ui('undo')}: “${col.name}”`));
    made.append(li);
  }
  $('corrections-made').hidden = !made.children.length;
  $('fixes').hidden = !(suggestions.children.length || unknown.children.length || sheets.length || made.children.length
    || layout || dated || totals.children.length);
  if (!canReadAgain) for (const b of $('fixes').querySelectorAll('#suggestions button, #unknown-columns select')) b.disabled = true;
}

/** The line that says where the data shown comes from: its sources, else the file's name. */
function sourceLine() {
  return state.sample ? ui('sampleSource') : (state.data?.sourceLine(state.lang) ?? state.name);
}

/** A CSV download (the JS API's text: a byte order mark first, the source line last). */
function csvBlob(text) {
  return new Blob([text], { type: 'text/csv;charset=utf-8' });
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

// ---- Filters -----------------------------------------------------------------------------

function filterFor(view) {
  const f = {};
  for (const key of ['seasons', 'teams', 'provinces']) f[key] = view.ignores.includes(key) ? [] : state.filter[key];
  return f;
}

function targetFilters(target) {
  switch (target.kind) {
    case 'season': return [['seasons', target.season]];
    case 'team': return target.team ? [['teams', target.team]] : [];
    case 'province': return target.province ? [['provinces', target.province]] : [];
    case 'cell': return [['seasons', target.season], ...(target.team ? [['teams', target.team]] : [])];
    default: return [];
  }
}

function applyTarget(target, add) {
  const pairs = targetFilters(target);
  if (!pairs.length) return;
  for (const [key, value] of pairs) {
    const list = state.filter[key];
    const has = list.includes(value);
    if (add) state.filter[key] = has ? list.filter((v) => v !== value) : [...list, value];
    else state.filter[key] = has && list.length === 1 ? [] : [value];
  }
  filtersChanged();
}

function filtersChanged() {
  showFilters();
  const n = state.filter.seasons.length + state.filter.teams.length + state.filter.provinces.length;
  $('status').textContent = `${ui('filters')}: ${n ? [...state.filter.seasons, ...state.filter.teams, ...state.filter.provinces].join(', ') : ui('none')}`;
  redraw();
  writeUrl();
}

function showFilters() {
  const list = $('filter-list');
  list.replaceChildren();
  let any = false;
  for (const key of ['seasons', 'teams', 'provinces']) {
    for (const value of state.filter[key]) {
      any = true;
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'chip';
      const label = key === 'seasons' ? ui('season') : key === 'teams' ? ui('team') : ui('province');
      button.textContent = `${label}: ${value} ✕`;
      button.setAttribute('aria-label', `${ui('remove')} ${label} ${value}`);
      button.addEventListener('click', () => {
        state.filter[key] = state.filter[key].filter((v) => v !== value);
        // Focus stays in the list: on the chip that took this one's place, else on "Clear all"
        // or, with no filter left, on the views.
        const index = [...list.querySelectorAll('.chip')].indexOf(button);
        filtersChanged();
        const chips = list.querySelectorAll('.chip');
        (chips[Math.min(index, chips.length - 1)] || $('views')).focus();
      });
      li.append(button);
      list.append(li);
    }
  }
  if (!any) {
    const li = document.createElement('li');
    li.className = 'none';
    li.textContent = ui('none');
    list.append(li);
  }
  $('clear-filters').disabled = !any;
}

// ---- Views -------------------------------------------------------------------------------

function makeView(spec) {
  const figure = $('view-template').content.firstElementChild.cloneNode(true);
  figure.id = `view-${spec.id}`;
  figure.classList.add(`view-${spec.id}`);
  $('views').append(figure);
  const canvas = figure.querySelector('canvas');
  // Redrawn as soon as a resize settles (the page's grid changes at once, not while dragging).
  const chart = new RepatriaChart(canvas, { chart: spec.chart, resizeDelay: 0 });
  const view = { ...spec, figure, canvas, chart, data: null, rendered: null };
  views.push(view);
  chart.addEventListener('draw', (e) => {
    view.rendered = e.detail;
    figure.querySelector('figcaption').textContent = view.rendered.description;
    const table = tableElement(view.rendered, state.lang);
    figure.querySelector('.view-table').replaceChildren(table);
    figure.dataset.drawn = 'true';
  });
  chart.addEventListener('hover', (e) => {
    canvas.style.cursor = e.detail && targetFilters(e.detail.target).length ? 'pointer' : 'default';
  });
  // A click, a tap or Enter on a mark filters on it (shift adds).
  chart.addEventListener('select', (e) => applyTarget(e.detail.mark.target, e.detail.shiftKey));
  if (spec.brush) wireBrush(view);

  figure.querySelector('.as-table').addEventListener('change', (e) => {
    figure.querySelector('.view-table').hidden = !e.target.checked;
    figure.querySelector('.view-body').hidden = e.target.checked;
  });
  figure.querySelector('.export-png').addEventListener('click', async () => {
    download(`repatria-${spec.id}.png`, await chart.toPNG());
  });
  figure.querySelector('.export-svg').addEventListener('click', () => {
    download(`repatria-${spec.id}.svg`, new Blob([chart.toSVG()], { type: 'image/svg+xml' }));
  });
  figure.querySelector('.export-csv').addEventListener('click', () => {
    download(`repatria-${spec.id}.csv`, csvBlob(chartCsv(chart)));
  });
}

/**
 * Dragging across the seasons chart with a mouse picks the seasons it spans; the click that
 * ends the drag is kept from the chart (it selects nothing).
 */
function wireBrush(view) {
  const { canvas, chart, figure } = view;
  const brush = figure.querySelector('.brush');
  const x = (e) => e.clientX - canvas.getBoundingClientRect().left;
  let from = null;
  let dragged = false;
  canvas.parentElement.addEventListener('click', (e) => {
    if (dragged && e.target === canvas) e.stopPropagation();
  }, true);
  canvas.addEventListener('pointerdown', (e) => {
    dragged = false;
    if (e.pointerType === 'mouse') from = x(e);
  });
  canvas.addEventListener('pointermove', (e) => {
    if (from === null) return;
    brush.hidden = false;
    brush.style.left = `${Math.min(from, x(e))}px`;
    brush.style.width = `${Math.abs(x(e) - from)}px`;
  });
  canvas.addEventListener('pointerup', (e) => {
    const to = x(e);
    const begun = from;
    from = null;
    brush.hidden = true;
    if (begun === null || Math.abs(to - begun) <= 8) return;
    dragged = true;
    const [lo, hi] = [Math.min(begun, to), Math.max(begun, to)];
    const seasons = chart.marks()
      .filter((m) => m.target.kind === 'season' && m.x1 > lo && m.x0 < hi)
      .map((m) => m.target.season);
    if (seasons.length) {
      state.filter.seasons = seasons;
      filtersChanged();
    }
  });
}

function redraw() {
  const theme = effectiveTheme();
  document.documentElement.dataset.theme = theme;
  for (const view of views) {
    if (view.figure.hidden) continue;
    const options = {
      lang: state.lang,
      theme,
      sample: isSample(),
      filter: filterFor(view),
      source: sourceLine(),
      subtitle: (state.report?.figures || []).some((k) => k.read && k.kind === 'team_season') ? ui('team_seasonNote') : null,
    };
    const shown = (e) => { $('error').textContent = e.message; };
    try {
      if (state.data && view.data !== state.data) {
        // New data is drawn with its options at once (data read once is shown without waiting).
        view.data = state.data;
        view.chart.setData(state.data, { options }).catch(shown);
      } else {
        view.chart.setOptions(options);
      }
    } catch (e) {
      shown(e);
    }
  }
}

// ---- Start -------------------------------------------------------------------------------

async function main() {
  readUrl();
  translatePage();
  await init(undefined, { bindings: import('./pkg/fast/repatria.js') });
  for (const spec of VIEWS) makeView(spec);
  // The views' own strings ("Show as table") in the page's language from the first paint.
  translatePage();
  for (const view of views) view.figure.hidden = Boolean(view.record);
  showFilters();
  $('lang').addEventListener('change', (e) => {
    state.lang = e.target.value; translatePage(); showFilters(); if (state.report) { showDataset(); showReport(); showFigures(); } redraw(); writeUrl();
    // The report's problems were worded when the file was read: read it again in the new language.
    if (state.bytes && state.report?.problems?.length) load(state.name, state.bytes, { source: state.source, sample: state.sample });
  });
  $('theme').addEventListener('change', (e) => { state.theme = e.target.value; redraw(); writeUrl(); });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { if (state.theme === 'system') redraw(); });
  $('use-published').addEventListener('click', () => loadSource('published'));
  $('use-sample').addEventListener('click', () => loadSource('sample'));
  $('file').addEventListener('change', (e) => { const f = e.target.files[0]; if (f) loadFile(f); e.target.value = ''; });
  $('severity').addEventListener('change', showReport);
  $('sheet').addEventListener('change', (e) => { state.choices.sheet = e.target.value; state.choices.header_line = null; readAgain(); });
  $('header-line').addEventListener('change', (e) => { state.choices.header_line = Number(e.target.value); readAgain(); });
  $('date-order').addEventListener('change', (e) => { state.choices.date_order = e.target.value; readAgain(); });
  $('figure').addEventListener('change', (e) => {
    state.figure = e.target.value;
    state.filter = { seasons: [], teams: [], provinces: [] };
    showFilters();
    load(state.name, state.bytes, { source: state.source, sample: state.sample });
  });
  $('download-packed').addEventListener('click', () => {
    const base = state.name.replace(/\.[A-Za-z0-9]+$/, '') || 'data';
    download(`${base}.rpk`, new Blob([state.data.toPacked()], { type: 'application/octet-stream' }));
  });
  $('download-problems').addEventListener('click', () => {
    const csv = problemsCsv(state.data, { lang: state.lang, sample: isSample(), source: sourceLine() });
    download('problems.csv', csvBlob(csv));
  });
  $('clear-filters').addEventListener('click', () => { state.filter = { seasons: [], teams: [], provinces: [] }; filtersChanged(); });
  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const f = e.dataTransfer.files[0];
    if (f) loadFile(f);
  });
  await loadSource(state.source);
  document.documentElement.dataset.ready = 'true';
}

main().catch((e) => { $('error').textContent = String(e.message || e); });

// For tests and the console: the page's state and a way to load text as a file.
window.repatria = {
  state,
  views,
  loadText: (name, text) => load(name, new TextEncoder().encode(text), { source: 'file', sample: false }),
};
