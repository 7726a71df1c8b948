// The npm package as a web developer gets it: `npm pack`'s tarball installed into a fresh scratch
// project, then built with Vite and with webpack 5 (no plugins, no loaders), served under a strict
// CSP and drawn in headless Chromium; used from a plain HTML page with no bundler (where the whole
// JS API is exercised); and type-checked with `tsc --noEmit`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm, mkdir, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BIN, OUT, ROOT, run, scratchProject, writeFiles, copySample, browser, inkOf } from './helpers.mjs';

let scratch;
let chromium;
const timings = {};

before(async () => {
  const t0 = Date.now();
  scratch = await scratchProject();
  timings.install = Date.now() - t0;
  chromium = await browser();
  await mkdir(OUT, { recursive: true });
});

after(async () => {
  if (chromium) await chromium.close();
  if (scratch) await rm(scratch.dir, { recursive: true, force: true });
  console.log(`# package test timings (ms): ${JSON.stringify(timings)}`);
});

// The same little app for both bundlers: a chart made with the API, and the custom element.
const APP_JS = `import { createChart, VERSION, CHART_KINDS } from 'repatria';
import 'repatria/element';

createChart('#chart', { chart: 'seasons', lang: 'vi', sample: true, data: 'sample-seasons.csv' })
  .then(async (chart) => {
    const el = document.querySelector('repatria-chart');
    await el.updateComplete;
    window.result = { version: VERSION, kinds: CHART_KINDS.length, title: chart.title(), rows: chart.table().rows.length,
      element: el.state, elementError: el.error && el.error.message, elementTitle: el.chart && el.chart.title() };
  })
  .catch((e) => { window.result = { error: String((e && e.message) || e) }; })
  .finally(() => { document.documentElement.dataset.ready = 'true'; });
`;
const appHtml = (script) => `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>scratch</title><link rel="icon" href="data:,"></head>
<body>
<div id="chart"></div>
<repatria-chart src="sample-seasons.csv" chart="provinces" lang="km" sample></repatria-chart>
${script}
</body></html>
`;

async function checkApp(root, label) {
  const { page, errors, requests } = await chromium.open(root, 'index.html', { width: 1024, height: 900 });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
  const result = await page.evaluate(() => window.result);
  assert.equal(result.error, undefined, `${label}: ${result.error}`);
  assert.equal(result.version, '0.1.0');
  assert.equal(result.kinds, 9);
  assert.match(result.title, /mùa khô/, `${label}: the chart is drawn in Vietnamese`);
  assert.ok(result.rows > 3, `${label}: the table has rows`);
  assert.equal(result.element, 'ready', `${label}: the element is drawn (${result.elementError})`);
  assert.match(result.elementTitle, /ខេត្ត/, `${label}: the element is drawn in Khmer`);
  const api = await inkOf(page, '#chart canvas');
  const el = await inkOf(page, 'repatria-chart >>> canvas');
  assert.ok(api.ink > 2000 && el.ink > 2000, `${label}: both canvases have ink (${api.ink}, ${el.ink})`);
  assert.equal(api.width, api.cssWidth, `${label}: the API's canvas fills the div`);
  const wasm = requests.filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 1, `${label}: the .wasm file is fetched once: ${wasm}`);
  assert.deepEqual(requests.filter((p) => /xlsx/.test(p)), [], `${label}: the xlsx module is not loaded for a CSV`);
  await page.screenshot({ path: join(OUT, `package-${label}.png`) });
  assert.deepEqual(errors, [], `${label}: no console errors`);
  await page.close();
}

test('Vite 7 builds an app using the package, with no plugin; it draws under a strict CSP', async () => {
  const app = join(scratch.dir, 'vite-app');
  await writeFiles(app, {
    'index.html': appHtml('<script type="module" src="/main.js"></script>'),
    'main.js': APP_JS,
  });
  await copySample(join(app, 'public', 'sample-seasons.csv'));
  const t0 = Date.now();
  // Vite runs from this repository's devDependencies; `repatria` resolves from the scratch project.
  const r = await run(process.execPath, [BIN.vite, 'build', '--logLevel', 'warn'], { cwd: app });
  timings.vite = Date.now() - t0;
  assert.equal(r.code, 0, `vite build failed:\n${r.stdout}\n${r.stderr}`);
  const assets = await readdir(join(app, 'dist', 'assets'));
  assert.ok(assets.some((f) => f.endsWith('.wasm')), `the .wasm file is emitted as an asset: ${assets}`);
  assert.ok(assets.some((f) => /^repatria_xlsx_bg.*\.wasm$/.test(f)), `the xlsx module is emitted, for the API to load when a workbook is read: ${assets}`);
  await checkApp(join(app, 'dist'), 'vite');
});

test('webpack 5 builds the same app with no loader; it draws under a strict CSP', async () => {
  const app = join(scratch.dir, 'webpack-app');
  await writeFiles(app, {
    'src/main.js': APP_JS,
    'webpack.config.mjs': `import { fileURLToPath } from 'node:url';
export default {
  mode: 'production',
  entry: './src/main.js',
  output: { path: fileURLToPath(new URL('./dist', import.meta.url)), filename: 'main.js', clean: true },
  performance: { hints: false },
};
`,
  });
  const t0 = Date.now();
  const r = await run(process.execPath, [BIN.webpack, '--config', 'webpack.config.mjs'], { cwd: app });
  timings.webpack = Date.now() - t0;
  assert.equal(r.code, 0, `webpack failed:\n${r.stdout}\n${r.stderr}`);
  const out = await readdir(join(app, 'dist'));
  assert.ok(out.some((f) => f.endsWith('.wasm')), `the .wasm file is emitted as an asset/resource: ${out}`);
  await writeFiles(join(app, 'dist'), { 'index.html': appHtml('<script src="main.js" defer></script>') });
  await copySample(join(app, 'dist', 'sample-seasons.csv'));
  await checkApp(join(app, 'dist'), 'webpack');
});

test('a plain HTML page with no bundler: the whole JS API', async () => {
  const root = scratch.dir;
  await copySample(join(root, 'sample-seasons.csv'));
  await copyFile(join(ROOT, 'tests', 'data', 'finds.xlsx'), join(root, 'finds.xlsx'));
  await writeFiles(root, {
    'index.html': `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>no bundler</title><link rel="icon" href="data:,"></head>
<body>
<canvas id="a" width="600" height="360"></canvas>
<div id="b"></div>
<repatria-chart id="el" src="sample-seasons.csv" chart="cumulative"></repatria-chart>
<script type="module" src="node_modules/repatria/lib/repatria-chart.js"></script>
<script type="module" src="api.js"></script>
</body></html>
`,
    'api.js': API_JS,
  });
  const { page, errors, requests } = await chromium.open(root, 'index.html', { width: 1024, height: 900 });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
  const r = await page.evaluate(() => window.result);
  assert.equal(r.fatal, undefined, r.fatal);

  // Data as text, records, bytes, a URL and a Blob.
  assert.equal(r.text.accepted, 14);
  assert.equal(r.text.remains, 201);
  assert.equal(r.records.accepted, 2);
  assert.equal(r.records.remains, 7);
  assert.equal(r.recordsTable, 2, 'records with a Date: two seasons in the table');
  assert.equal(r.bytes.accepted, 14);
  assert.equal(r.url.accepted, 14);
  assert.equal(r.blob.accepted, 1);
  // The report, description and table.
  assert.equal(r.report.accepted, 14);
  assert.match(r.description, /\d/);
  assert.deepEqual(r.columns.length > 1, true);
  assert.match(r.csv, /^[^\r\n]+\r\n/);
  assert.ok(r.csvFile.startsWith(`\uFEFF${r.csv}`), 'the CSV to download: a byte order mark, then the table');
  assert.equal(r.chartSource, null, 'sample-seasons.csv cites no source');
  assert.ok(r.csvFile.endsWith(`${r.csv}\r\nDỮ LIỆU MẪU — không phải số liệu thật\r\n`), 'a file that says it is synthetic stays labelled, in the chart\'s language');
  assert.equal(r.sourced.line, 'vov.vn');
  assert.match(r.sourced.csv, /\r\nDỮ LIỆU MẪU — không phải số liệu thật\r\nNguồn: vov\.vn\r\n$/, 'the source option, last');
  // Options change without re-creating; a bad option is an Error with Rust's message and changes nothing.
  assert.equal(r.afterPatch.chart, 'provinces');
  assert.equal(r.afterPatch.lang, 'vi', 'other options are kept');
  assert.equal(r.badOption.isError, true);
  assert.match(r.badOption.message, /invalid chart options/);
  assert.match(r.badOption.message, /pie/);
  assert.equal(r.badOption.chartAfter, 'provinces');
  assert.equal(r.unknownOption.isError, true);
  assert.match(r.unknownOption.message, /unknown field `colour`/);
  // Bad data rejects with the reader's message; the previous data stays; the module still works.
  assert.equal(r.badData.isError, true);
  assert.match(r.badData.message, /no known column/);
  assert.equal(r.badData.reportAfter, 14, 'the previous data stays');
  assert.equal(r.badUrl.isError, true);
  assert.match(r.badUrl.message, /nowhere\.csv: HTTP 404/);
  assert.ok(r.afterErrors.ink > 1000, 'draws after the errors');
  // PNG at 2× and SVG.
  assert.equal(r.png.type, 'image/png');
  assert.equal(r.png.width, 2 * r.png.cssWidth);
  assert.equal(r.png.height, 2 * r.png.cssHeight);
  assert.match(r.svg, /<svg[\s>]/);
  assert.match(r.svg, /<title>/);
  // A canvas made inside a div, and shared data (freed handle; charts keep theirs).
  assert.equal(r.owned.cssWidth, r.owned.hostWidth, 'the added canvas fills its element');
  assert.ok(r.owned.cssHeight >= 300);
  assert.equal(r.shared.records, 14);
  assert.ok(r.shared.inkAfterFree > 1000, 'a chart still draws the shared data after free()');
  assert.match(r.shared.freedError, /freed/);
  assert.equal(r.shared.handleFreed, 1, 'free() releases the Wasm data handle');
  // Packed data, read options, setData with options, the table view.
  assert.equal(r.packed.magic, 'RPK2');
  assert.deepEqual(r.packed.records, [14, 14]);
  assert.equal(r.packed.same, true, 'the report travels with the packed records');
  assert.equal(r.readOption.isError, true);
  assert.match(r.readOption.message, /nonsense/, 'read options are given to the reader');
  assert.deepEqual(r.withOptions, { draws: 1, chart: 'teams' }, 'new data with new options is drawn once');
  assert.equal(r.tableView.caption, r.tableView.title);
  assert.equal(r.tableView.rows, r.tableView.tableRows);
  // Tooltip on hover, and dispose.
  assert.equal(r.hover.title, r.hover.tooltipTitle, 'the tooltip shows the mark under the pointer');
  assert.deepEqual(r.selected.selected, [[r.selected.marks[0], true], [r.selected.marks[1], false]], 'select: a click, then Enter on the second mark');
  assert.equal(r.disposed.tooltips, 0, 'dispose removes the tooltip');
  assert.equal(r.disposed.hoverEventsAfter, 0, 'no listener is left on the canvas');
  assert.equal(r.disposed.canvasGone, true, 'the canvas it added is removed');
  assert.match(r.disposed.callError, /disposed/);
  assert.equal(r.disposed.freed, 2, 'each chart frees its Wasm object, once');
  // A workbook through loadData, as any other file: the package's xlsx module reads it, loaded
  // only then; its rows with problems hold the sheet row's cells.
  assert.equal(r.xlsx.before, 0, 'the xlsx module is not loaded before a workbook is read');
  assert.equal(r.xlsx.after, 2, 'then its bindings and its .wasm are');
  assert.deepEqual([r.xlsx.format, r.xlsx.rows, r.xlsx.accepted, r.xlsx.remains], ['xlsx', 5, 5, 1217]);
  assert.equal(r.xlsx.problemRows.columns[0], 'Ngày', 'the sheet\'s header');
  assert.deepEqual(r.xlsx.problemRows.rows.map((row) => [row.line, row.cells[2]]), [[8, 'Atlantis']], 'sheet row 8, its cells');
  assert.match(r.xlsx.csv, /^\uFEFFline,column,value,severity,problem,Ngày,/);
  assert.match(r.xlsx.csv, /\r\n8,Tỉnh,Atlantis,error,.*,,K92,Atlantis,1,,,\r\n/);
  assert.match(r.xlsx.csv, /\r\nNguồn: finds\.xlsx\r\n$/, 'the source line, last');
  assert.equal(r.xlsx.sheet.remains, 39, 'read.sheet picks a sheet by name');
  // The element on the same page, from the package, sharing the module.
  assert.equal(r.element, 'ready');
  assert.equal(requests.filter((p) => p.endsWith('.wasm') && !p.includes('xlsx')).length, 1, 'one .wasm fetch for every chart on the page');
  assert.deepEqual(requests.filter((p) => p.includes('/pkg/xlsx/')),
    ['/node_modules/repatria/pkg/xlsx/repatria_xlsx.js', '/node_modules/repatria/pkg/xlsx/repatria_xlsx_bg.wasm'], 'the xlsx module, once for two workbooks');
  await page.screenshot({ path: join(OUT, 'package-plain.png'), fullPage: true });
  assert.deepEqual(errors.filter((e) => !/status of 404/.test(e)), [], 'no console errors but the deliberate 404');
  assert.ok(errors.length <= 1);
  await page.close();
});

test('tsc --noEmit accepts code using the public API, and rejects a wrong option', async () => {
  const dir = join(scratch.dir, 'ts');
  const tsconfig = (files, resolution) => JSON.stringify({
    compilerOptions: {
      target: 'ES2022', module: resolution === 'bundler' ? 'ESNext' : 'NodeNext', moduleResolution: resolution,
      lib: ['ES2022', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: false,
      noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: false, types: [],
    },
    files,
  });
  await writeFiles(dir, {
    'package.json': JSON.stringify({ name: 'ts-scratch', private: true, type: 'module' }),
    'good.ts': GOOD_TS,
    'bad.ts': BAD_TS,
    'tsconfig.bundler.json': tsconfig(['good.ts'], 'bundler'),
    'tsconfig.nodenext.json': tsconfig(['good.ts'], 'nodenext'),
    'tsconfig.bad.json': tsconfig(['bad.ts'], 'bundler'),
  });
  await mkdir(join(dir, 'node_modules'), { recursive: true });
  await run('ln', ['-s', join(scratch.dir, 'node_modules', 'repatria'), join(dir, 'node_modules', 'repatria')]);
  const t0 = Date.now();
  for (const config of ['tsconfig.bundler.json', 'tsconfig.nodenext.json']) {
    const r = await run(process.execPath, [BIN.tsc, '-p', config], { cwd: dir });
    assert.equal(r.code, 0, `tsc -p ${config}:\n${r.stdout}${r.stderr}`);
  }
  const bad = await run(process.execPath, [BIN.tsc, '-p', 'tsconfig.bad.json'], { cwd: dir });
  timings.tsc = Date.now() - t0;
  assert.notEqual(bad.code, 0, 'wrong options do not type-check');
  for (const wrong of ['"pie"', '"fr"', '"K99"', '"KH-26"', 'colour', "'string'"]) {
    assert.ok(bad.stdout.includes(wrong), `tsc reports ${wrong}:\n${bad.stdout}`);
  }
  assert.equal((bad.stdout.match(/error TS/g) || []).length, 6, bad.stdout);
  // The published declarations are the whole API: no `any` in them.
  for (const f of ['repatria.d.ts', 'repatria-chart.d.ts']) {
    const text = await readFile(join(scratch.dir, 'node_modules', 'repatria', 'lib', f), 'utf8');
    assert.doesNotMatch(text, /(:\s*any\b|<any\b|\bany\[\]|\bany\s*[|,>)])/, `${f} has no any`);
  }
});

const GOOD_TS = `import { createChart, loadData, init, RepatriaChart, CHART_KINDS, tableElement, problemsCsv, csvFile, chartCsv, type ChartOptions, type Report, type Mark, type Rendered, type WasmBindings } from 'repatria';
import { RepatriaChartElement, defineRepatriaChart } from 'repatria/element';

/** Another build's bindings, as a page would import them. */
declare const fast: Promise<WasmBindings>;

async function main(): Promise<void> {
  await init();
  const options: ChartOptions = {
    chart: 'map', lang: 'km', theme: 'dark', title: 'Title', subtitle: null, source: 'Source',
    width: 800, height: 500, filter: { seasons: ['2024-2025'], teams: ['K92'], provinces: ['KH-4'] },
    group: 'region', time: 'year', classes: 5, classification: 'naturalBreaks', sample: true, khmerDigits: true,
  };
  const chart: RepatriaChart = await createChart('#chart', { ...options, data: 'finds.csv', tooltips: true });
  const report: Report = await chart.setData([{ season: '2024-2025', province: 'KH-7', remains: 3, date: new Date() }]);
  const accepted: number = report.accepted;
  const bySeason: number | undefined = report.by_season['2024-2025'];
  const rendered: Rendered = chart.setOptions({ chart: 'provinces', height: null });
  const firstCell = rendered.table.rows[0]?.[0];
  const marks: Mark[] = chart.marks();
  const first = marks[0];
  if (first && first.target.kind === 'province') console.log(first.target.province.toUpperCase());
  const kind: string = chart.options().chart;
  const png: Blob = await chart.toPNG({ scale: 2 });
  const svg: string = chart.toSVG(640, 400);
  chart.addEventListener('hover', (e) => console.log(e.detail?.title));
  chart.addEventListener('draw', (e) => console.log(e.detail.description));
  chart.addEventListener('select', (e) => console.log(e.detail.mark.target.kind, e.detail.shiftKey));
  const table: HTMLTableElement = tableElement(rendered, 'vi');
  const shared = await loadData(new Uint8Array([1, 2]), { name: 'finds.xlsx', read: { figure: 'team_season', season_start_month: 9 } });
  await chart.setData(shared, { options: { chart: 'teams' } });
  const packed: Uint8Array = shared.toPacked();
  const line: string | null = shared.sourceLine('vi');
  const problems = shared.problemRows();
  const firstProblem: number | undefined = problems?.rows[0]?.line;
  const download: string = problemsCsv(shared, { lang: 'km', sample: true }) + csvFile('a,b\\r\\n', { source: null }) + chartCsv(chart);
  const cited: string | null = chart.sourceLine();
  await loadData(packed, { name: 'finds.rpk', problemRows: problems });
  console.log(firstProblem, download.length, cited);
  await loadData({ rows: [{ row: 1, cells: ['season', null, 3, true, { date: 45000 }] }], name: 'sheet.xlsx' });
  await init(undefined, { bindings: fast });
  console.log(table, packed, line);
  shared.free();
  chart.dispose();
  const el = document.createElement('repatria-chart');
  const same: RepatriaChartElement = el;
  el.data = [{ season: '2023-2024', remains: 1 }];
  const ok: boolean = await el.updateComplete;
  el.addEventListener('repatria-error', (e) => console.log(e.detail.message));
  defineRepatriaChart('my-chart');
  console.log(accepted, bySeason, firstCell, kind, png.size, svg.length, CHART_KINDS.length, same.state, ok);
}
void main();
`;

const BAD_TS = `import { createChart, type ChartOptions } from 'repatria';
const a: ChartOptions = { chart: 'pie' };
const b: ChartOptions = { lang: 'fr' };
const c: ChartOptions = { filter: { teams: ['K99'] } };
const d: ChartOptions = { filter: { provinces: ['KH-26'] } };
const e: ChartOptions = { colour: 'red' };
void createChart('#x', { classes: 'five' });
console.log(a, b, c, d, e);
`;

// The page script of the no-bundler test: exercises the API and leaves its findings in window.result.
const API_JS = `import { init, createChart, loadData, chartCsv, problemsCsv, RepatriaChart, isReady, tableElement } from './node_modules/repatria/lib/repatria.js';
import { Chart as WasmChart, Data as WasmData } from './node_modules/repatria/pkg/full/repatria.js';

// Counts the Wasm objects freed (the same module instance the API uses).
const freed = { charts: 0, data: 0 };
for (const [cls, key] of [[WasmChart, 'charts'], [WasmData, 'data']]) {
  const free = cls.prototype.free;
  cls.prototype.free = function () { freed[key]++; return free.call(this); };
}

const CSV = await (await fetch('sample-seasons.csv')).text();
const ink = (canvas) => {
  const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 16) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) n++;
  return n;
};
const caught = (fn) => { try { fn(); return { isError: false }; } catch (e) { return { isError: e instanceof Error, message: e.message }; } };
const rejected = async (p) => { try { await p; return { isError: false }; } catch (e) { return { isError: e instanceof Error, message: e.message }; } };

const r = {};
try {
  await init();
  r.ready = isReady();
  const chart = await createChart(document.getElementById('a'), { chart: 'seasons', lang: 'vi', data: { text: CSV, name: 'sample.csv' } });
  r.text = chart.report();
  r.records = await chart.setData([
    { season: '2024-2025', team: 'K92', province: 'KH-7', remains: 3 },
    { date: new Date(2023, 11, 20), team: 'K91', province: 'KH-4', remains: 4 },
  ]);
  r.recordsTable = chart.table().rows.length;
  r.bytes = await chart.setData(new TextEncoder().encode(CSV));
  r.blob = await chart.setData(new Blob(['season,remains\\n2024-2025,2\\n'], { type: 'text/csv' }));
  r.url = await chart.setData('sample-seasons.csv');
  r.report = chart.report();
  r.description = chart.description();
  r.columns = chart.table().columns;
  r.csv = chart.tableCsv();
  r.csvFile = chartCsv(chart);
  r.chartSource = chart.sourceLine();
  chart.setOptions({ source: 'vov.vn' });
  r.sourced = { line: chart.sourceLine(), csv: chartCsv(chart) };
  chart.setOptions({ source: null });
  chart.setOptions({ chart: 'provinces' });
  r.afterPatch = chart.options();
  r.badOption = { ...caught(() => chart.setOptions({ chart: 'pie' })), chartAfter: chart.options().chart };
  r.unknownOption = caught(() => chart.setOptions({ colour: 'red' }));
  r.badData = { ...(await rejected(chart.setData({ text: 'foo,bar\\n1,2\\n', name: 'bad.csv' }))), reportAfter: chart.report().accepted };
  r.badUrl = await rejected(chart.setData('nowhere.csv'));
  chart.draw();
  r.afterErrors = { ink: ink(chart.canvas) };
  const png = await chart.toPNG();
  const bitmap = await createImageBitmap(png);
  r.png = { type: png.type, width: bitmap.width, height: bitmap.height, cssWidth: chart.canvas.clientWidth, cssHeight: chart.canvas.clientHeight };
  r.svg = chart.toSVG();

  // A chart in a div, on shared data.
  const shared = await loadData('sample-seasons.csv');
  const host = document.getElementById('b');
  const owned = new RepatriaChart(host, { chart: 'identified' });
  await owned.setData(shared);
  r.owned = { cssWidth: owned.canvas.clientWidth, hostWidth: host.clientWidth, cssHeight: owned.canvas.clientHeight };
  chart.setOptions({ chart: 'seasons' });
  await chart.setData(shared);
  r.shared = { records: shared.records };
  const dataFreedBefore = freed.data;
  shared.free();
  r.shared.handleFreed = freed.data - dataFreedBefore;
  chart.draw();
  owned.draw();
  r.shared.inkAfterFree = ink(owned.canvas);
  r.shared.freedError = caught(() => shared.report()).message;

  // Data read once, packed (as a worker hands it over) and loaded again; read options reach the reader.
  const read = await loadData({ text: CSV, name: 'sample.csv' });
  const packed = read.toPacked();
  const again = await loadData(packed);
  r.packed = { magic: String.fromCharCode(...packed.subarray(0, 4)), records: [read.records, again.records],
    same: JSON.stringify(read.report()) === JSON.stringify(again.report()) };
  read.free();
  again.free();
  r.readOption = await rejected(loadData({ text: CSV, name: 'sample.csv' }, { read: { nonsense: 1 } }));
  // New data with new options: one drawing.
  let draws = 0;
  const countDraws = () => { draws++; };
  chart.addEventListener('draw', countDraws);
  await chart.setData({ text: CSV, name: 'sample.csv' }, { options: { chart: 'teams' } });
  chart.removeEventListener('draw', countDraws);
  r.withOptions = { draws, chart: chart.options().chart };
  chart.setOptions({ chart: 'seasons' });
  // The table view.
  const table = tableElement(chart.draw(), 'en');
  r.tableView = { caption: table.caption.textContent, title: chart.title(), rows: table.tBodies[0].rows.length, tableRows: chart.table().rows.length };

  // Hover the first bar: the tooltip names it.
  const m = chart.marks()[0];
  const box = chart.canvas.getBoundingClientRect();
  const at = { clientX: box.left + (m.x0 + m.x1) / 2, clientY: box.top + (m.y0 + m.y1) / 2, pointerType: 'mouse', bubbles: true };
  chart.canvas.dispatchEvent(new PointerEvent('pointermove', at));
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  const tip = document.querySelector('[role=tooltip]');
  r.hover = { title: m.title, tooltipTitle: tip && tip.style.visibility === 'visible' ? tip.firstChild.textContent : null };

  // A click on a mark, and Enter on the keyboard's mark, send select.
  const selected = [];
  chart.addEventListener('select', (e) => selected.push([e.detail.mark.title, e.detail.shiftKey]));
  chart.canvas.dispatchEvent(new MouseEvent('click', { ...at, shiftKey: true }));
  chart.canvas.focus();
  for (const key of ['ArrowRight', 'ArrowRight', 'Enter']) chart.canvas.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  r.selected = { marks: [m.title, chart.marks()[1].title], selected };

  // Dispose: listeners, tooltip, canvas and Wasm memory.
  let hovers = 0;
  owned.addEventListener('hover', () => { hovers++; });
  const ownedCanvas = owned.canvas;
  const chartsFreedBefore = freed.charts;
  chart.dispose();
  owned.dispose();
  chart.dispose(); // twice is harmless
  ownedCanvas.dispatchEvent(new PointerEvent('pointermove', at));
  chart.canvas.dispatchEvent(new PointerEvent('pointermove', at));
  await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
  r.disposed = {
    tooltips: document.querySelectorAll('[role=tooltip]').length, hoverEventsAfter: hovers,
    canvasGone: !ownedCanvas.isConnected, callError: caught(() => chart.draw()).message, freed: freed.charts - chartsFreedBefore,
  };
  // A workbook, read by the xlsx module, loaded now.
  const xlsxFetched = () => performance.getEntriesByType('resource').filter((e) => /repatria_xlsx/.test(e.name)).length;
  const before = xlsxFetched();
  const workbook = await loadData(await (await fetch('finds.xlsx')).blob(), { name: 'finds.xlsx' });
  const wr = workbook.report();
  const summary = await loadData({ bytes: await (await fetch('finds.xlsx')).arrayBuffer(), name: 'finds.xlsx' }, { read: { sheet: 'Tổng hợp' } });
  r.xlsx = { before, after: xlsxFetched(), format: wr.format, rows: wr.rows, accepted: wr.accepted, remains: wr.remains,
    problemRows: workbook.problemRows(), csv: problemsCsv(workbook, { lang: 'vi', source: 'finds.xlsx' }), sheet: summary.report() };
  workbook.free();
  summary.free();
  const el = document.getElementById('el');
  await el.updateComplete;
  r.element = el.state;
} catch (e) {
  r.fatal = String(e && e.stack || e);
}
window.result = r;
document.documentElement.dataset.ready = 'true';
`;
