// The analyst's page: load a dataset (published figures, the synthetic sample, or your own
// file), see what could not be read, and explore linked views by pointer or keyboard.
// Strings from data are only ever set as text (textContent), never as HTML.
import init, { Chart, Data } from './pkg/fast/repatria.js';

const SOURCES = {
  published: { url: 'data/published.csv', sample: false },
  sample: { url: 'data/sample-finds.csv', sample: true },
};

// Each view ignores the filter on its own dimension, so it still shows what can be picked.
const VIEWS = [
  { id: 'map', chart: 'map', ignores: ['provinces'] },
  { id: 'seasons', chart: 'seasons', ignores: ['seasons'], brush: true },
  { id: 'provinces', chart: 'provinces', ignores: ['provinces'] },
  { id: 'teams', chart: 'teams', ignores: ['teams'] },
  { id: 'identified', chart: 'identified', ignores: ['seasons'] },
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
  },
};

const $ = (id) => document.getElementById(id);
const state = {
  lang: 'en', theme: 'system', source: 'published', sample: false, name: '', text: null, bytes: null, figure: null,
  filter: { seasons: [], teams: [], provinces: [] },
  report: null, data: null,
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
  return state.figure ? { figure: state.figure } : undefined;
}

/** An .xlsx workbook: the second module (loaded only now) turns its first sheet into rows. */
let xlsxModule = null;
async function readXlsx(name, bytes) {
  if (!xlsxModule) {
    xlsxModule = await import('./pkg/xlsx/repatria_xlsx.js');
    await xlsxModule.default();
  }
  return Data.fromRows(name, xlsxModule.xlsx_to_rows(bytes), readOptions());
}

function readInWorker(name, bytes) {
  if (!worker) worker = new Worker('reader-worker.js', { type: 'module' });
  const id = ++requestId;
  return new Promise((resolve, reject) => {
    const onMessage = (e) => {
      if (e.data.id !== id) return;
      worker.removeEventListener('message', onMessage);
      if (e.data.ok) resolve(Data.fromBinary(e.data.binary, e.data.report));
      else reject(new Error(e.data.error));
    };
    worker.addEventListener('message', onMessage);
    worker.postMessage({ id, name, bytes, options: readOptions() }, [bytes.buffer]);
  });
}

async function load(name, bytes, { source, sample }) {
  $('error').textContent = '';
  $('progress').hidden = false;
  $('progress-text').textContent = `${ui('reading')} ${name} (${(bytes.byteLength / 1e6).toFixed(1)} MB)…`;
  const text = bytes.byteLength < 64e6 ? new TextDecoder().decode(bytes) : null;
  try {
    // Small files are read at once; large ones in a worker, so the page stays responsive.
    const data = /\.xlsx$/i.test(name)
      ? await readXlsx(name, bytes)
      : bytes.byteLength < 2e6 ? Data.fromBytes(name, bytes, readOptions()) : await readInWorker(name, bytes.slice());
    if (state.data) state.data.free();
    Object.assign(state, { data, name, source, sample, text, bytes, report: data.report() });
    showFigures();
    for (const v of views) v.chart.setData(data);
    showDataset();
    showReport();
    redraw();
    writeUrl();
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
  await load(file.name, bytes, { source: 'file', sample: false });
}

/** A file of published figures holds several kinds (national totals, per team): one is shown
 * at a time, so that totals are never added to their own parts. */
function showFigures() {
  const kinds = state.report.figures || [];
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

function showDataset() {
  const r = state.report;
  $('dataset').textContent = `${ui('loaded')}: ${state.name} — ${r.rows} ${ui('rows')}, ${r.accepted} ${ui('accepted')}`;
  $('sample-note').hidden = !state.sample;
  $('download-packed').hidden = $('packed-hint').hidden = false;
}

// ---- Data quality ------------------------------------------------------------------------

function showReport() {
  const problems = state.report.problems || [];
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  $('quality-summary').textContent = problems.length
    ? `${errors} ${ui('errors')}, ${warnings} ${ui('warnings')}`
    : ui('noProblems');
  $('quality').open = problems.length > 0;
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

function csvField(s) {
  s = String(s ?? '');
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

function problemsCsv() {
  const lines = state.text ? state.text.split(/\r\n|\n|\r/) : [];
  const out = [['line', 'column', 'value', 'severity', 'problem', 'row'].join(',')];
  for (const p of state.report.problems || []) {
    out.push([p.line, p.column, p.value, p.severity, p.message, lines[p.line - 1] ?? ''].map(csvField).join(','));
  }
  return out.join('\r\n') + '\r\n';
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
        filtersChanged();
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
  const chart = new Chart(canvas, { chart: spec.chart });
  const view = { ...spec, figure, canvas, chart, rendered: null, focus: -1 };
  views.push(view);

  const point = (e) => {
    const r = canvas.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  let brushFrom = null;
  canvas.addEventListener('pointermove', (e) => {
    const [x, y] = point(e);
    if (brushFrom !== null && spec.brush) {
      const brush = figure.querySelector('.brush');
      brush.hidden = false;
      brush.style.left = `${Math.min(brushFrom, x)}px`;
      brush.style.width = `${Math.abs(x - brushFrom)}px`;
    }
    const hit = chart.hit(x, y);
    if (hit) showTooltip(hit, e.clientX, e.clientY);
    else hideTooltip();
    canvas.style.cursor = hit && targetFilters(hit.target).length ? 'pointer' : 'default';
  });
  // A touch pointer leaves right after it lifts: keep the tooltip of a tap until the next tap.
  canvas.addEventListener('pointerleave', (e) => { if (e.pointerType === 'mouse') hideTooltip(); });
  canvas.addEventListener('pointerdown', (e) => {
    if (spec.brush && e.pointerType === 'mouse') brushFrom = point(e)[0];
  });
  canvas.addEventListener('pointerup', (e) => {
    const [x, y] = point(e);
    const from = brushFrom;
    brushFrom = null;
    figure.querySelector('.brush').hidden = true;
    if (from !== null && Math.abs(x - from) > 8) {
      const [lo, hi] = [Math.min(from, x), Math.max(from, x)];
      const seasons = chart.marks()
        .filter((m) => m.target.kind === 'season' && m.x1 > lo && m.x0 < hi)
        .map((m) => m.target.season);
      if (seasons.length) {
        state.filter.seasons = seasons;
        filtersChanged();
      }
      return;
    }
    const hit = chart.hit(x, y);
    if (hit) {
      if (e.pointerType !== 'mouse') showTooltip(hit, e.clientX, e.clientY);
      applyTarget(hit.target, e.shiftKey);
    }
  });
  canvas.addEventListener('keydown', (e) => keyboard(view, e));
  canvas.addEventListener('blur', hideTooltip);
  figure.querySelector('.as-table').addEventListener('change', (e) => {
    figure.querySelector('.view-table').hidden = !e.target.checked;
    figure.querySelector('.view-body').hidden = e.target.checked;
  });
  figure.querySelector('.export-png').addEventListener('click', () => exportPng(view));
  figure.querySelector('.export-svg').addEventListener('click', () => {
    download(`repatria-${spec.id}.svg`, new Blob([chart.svg()], { type: 'image/svg+xml' }));
  });
  figure.querySelector('.export-csv').addEventListener('click', () => {
    download(`repatria-${spec.id}.csv`, new Blob([chart.tableCsv()], { type: 'text/csv' }));
  });
}

/** Keyboard: arrows move between the chart's marks (or the map's provinces), Enter filters. */
function keyboard(view, e) {
  const marks = keyboardTargets(view);
  if (!marks.length) return;
  const step = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 }[e.key];
  if (step) {
    e.preventDefault();
    view.focus = (view.focus + step + marks.length) % marks.length;
    const m = marks[view.focus];
    const r = view.canvas.getBoundingClientRect();
    showTooltip(m, r.left + (m.x0 + m.x1) / 2, r.top + (m.y0 + m.y1) / 2);
  } else if ((e.key === 'Enter' || e.key === ' ') && view.focus >= 0) {
    e.preventDefault();
    applyTarget(marks[view.focus].target, e.shiftKey);
  } else if (e.key === 'Escape') {
    hideTooltip();
  }
}

function keyboardTargets(view) {
  const marks = view.chart.marks();
  if (marks.length || !view.rendered) return marks;
  // Maps have no drawn marks: walk the provinces of the map's table instead.
  const rect = view.canvas.getBoundingClientRect();
  return view.rendered.table.rows
    .filter((row) => typeof row[1] === 'string' && /^KH-\d+$/.test(row[1]))
    .map((row) => ({
      target: { kind: 'province', province: row[1] },
      title: String(row[0]),
      lines: [String(row[2] ?? '')],
      x0: rect.width / 2, x1: rect.width / 2, y0: 24, y1: 24,
    }));
}

function exportPng(view) {
  const r = view.canvas.getBoundingClientRect();
  const c = document.createElement('canvas');
  view.chart.drawOn(c, r.width, r.height, 2);
  c.toBlob((blob) => download(`repatria-${view.id}.png`, blob), 'image/png');
}

function showTooltip(hit, clientX, clientY) {
  const tip = $('tooltip');
  tip.replaceChildren();
  const title = document.createElement('strong');
  title.textContent = hit.title;
  tip.append(title);
  for (const line of hit.lines) {
    const div = document.createElement('div');
    div.textContent = line;
    tip.append(div);
  }
  tip.hidden = false;
  const w = tip.offsetWidth;
  const h = tip.offsetHeight;
  const x = Math.min(Math.max(8, clientX + 14), innerWidth - w - 8);
  const y = clientY + 14 + h > innerHeight ? clientY - h - 10 : clientY + 14;
  tip.style.left = `${x + scrollX}px`;
  tip.style.top = `${Math.max(8, y) + scrollY}px`;
}

function hideTooltip() {
  $('tooltip').hidden = true;
}

function fillTable(view) {
  const table = view.figure.querySelector('.view-table table');
  const { columns, rows } = view.rendered.table;
  const head = document.createElement('tr');
  for (const c of columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = c;
    head.append(th);
  }
  table.tHead.replaceChildren(head);
  const body = table.tBodies[0];
  body.replaceChildren();
  for (const row of rows) {
    const tr = document.createElement('tr');
    row.forEach((cell, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.scope = 'row';
      td.textContent = cell === null || cell === undefined ? '–' : String(cell);
      tr.append(td);
    });
    body.append(tr);
  }
  const caption = document.createElement('caption');
  caption.textContent = view.rendered.title;
  table.querySelector('caption')?.remove();
  table.prepend(caption);
}

function redraw() {
  const theme = effectiveTheme();
  document.documentElement.dataset.theme = theme;
  for (const view of views) {
    view.chart.setOptions({
      lang: state.lang,
      theme,
      sample: state.sample,
      filter: filterFor(view),
      source: state.sample ? ui('sampleSource') : (state.data?.sourceLine(state.lang) ?? state.name),
      subtitle: (state.report?.figures || []).some((k) => k.read && k.kind === 'team_season') ? ui('team_seasonNote') : null,
    });
    try {
      view.rendered = view.chart.draw();
      view.figure.querySelector('figcaption').textContent = view.rendered.description;
      view.canvas.setAttribute('aria-describedby', '');
      fillTable(view);
      view.figure.dataset.drawn = 'true';
    } catch (e) {
      $('error').textContent = e.message;
    }
  }
}

// ---- Start -------------------------------------------------------------------------------

async function main() {
  readUrl();
  translatePage();
  await init();
  for (const spec of VIEWS) makeView(spec);
  showFilters();
  $('lang').addEventListener('change', (e) => { state.lang = e.target.value; translatePage(); showFilters(); if (state.report) { showDataset(); showReport(); showFigures(); } redraw(); writeUrl(); });
  $('theme').addEventListener('change', (e) => { state.theme = e.target.value; redraw(); writeUrl(); });
  matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => { if (state.theme === 'system') redraw(); });
  $('use-published').addEventListener('click', () => loadSource('published'));
  $('use-sample').addEventListener('click', () => loadSource('sample'));
  $('file').addEventListener('change', (e) => { const f = e.target.files[0]; if (f) loadFile(f); e.target.value = ''; });
  $('severity').addEventListener('change', showReport);
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
  $('download-problems').addEventListener('click', () => download('problems.csv', new Blob([problemsCsv()], { type: 'text/csv' })));
  $('clear-filters').addEventListener('click', () => { state.filter = { seasons: [], teams: [], provinces: [] }; filtersChanged(); });
  document.addEventListener('pointerdown', (e) => { if (e.pointerType !== 'mouse' && !(e.target instanceof HTMLCanvasElement)) hideTooltip(); });
  document.addEventListener('dragover', (e) => { e.preventDefault(); document.body.classList.add('dragging'); });
  document.addEventListener('dragleave', (e) => { if (!e.relatedTarget) document.body.classList.remove('dragging'); });
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    document.body.classList.remove('dragging');
    const f = e.dataTransfer.files[0];
    if (f) loadFile(f);
  });
  let pending = 0;
  new ResizeObserver(() => { cancelAnimationFrame(pending); pending = requestAnimationFrame(redraw); }).observe($('views'));
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
