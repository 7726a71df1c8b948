// The browser benchmark page: the reading, drawing and memory figures `make bench` holds against
// the budgets in BENCHMARKS.md. Each measurement is a function on `window.bench`, which
// tests/bench/run.mjs calls in headless Chromium; the "Run every benchmark" button runs them all
// here and fills the table. The Wasm module is imported only when `bench.module()`
// runs, so that its fetch and instantiation can be timed.
//
// Modules (`make wasm`): 'pkg' (built for size, draws packed data only: what an embed of a
// `.rpk` loads), 'pkg/full' (built for size, also reads CSV/TSV/JSON: what an embed of a CSV
// loads) and 'pkg/fast' (charts + reader at opt-level 3: the analyst page, which chooses it with
// `init(input, {bindings})`).

const $ = (id) => document.getElementById(id);
const now = () => performance.now();
const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n === 0 ? NaN : n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Makes the browser rasterise what was drawn on `canvas` now: a 2D canvas records drawing
 * calls and paints them later, so reading one pixel back is what forces the painting.
 */
const raster = (canvas) => canvas.getContext('2d').getImageData(0, 0, 1, 1);

/** Resolves after the next frame has been produced (a task queued from requestAnimationFrame). */
const nextFrame = () => new Promise((ok) => requestAnimationFrame(() => {
  const c = new MessageChannel();
  c.port1.onmessage = () => ok();
  c.port2.postMessage(0);
}));

// The analyst dashboard's views (www/app.js): each ignores the filter on its own dimension.
const VIEWS = [
  { id: 'map', chart: 'map', ignores: ['provinces'] },
  { id: 'seasons', chart: 'seasons', ignores: ['seasons'] },
  { id: 'provinces', chart: 'provinces', ignores: ['provinces'] },
  { id: 'teams', chart: 'teams', ignores: ['teams'] },
  { id: 'identified', chart: 'identified', ignores: ['seasons'] },
  { id: 'matrix', chart: 'matrix', ignores: ['teams', 'seasons'] },
];
// Team filters applied in turn (a different one each time, as a user clicking teams).
const TEAM_FILTERS = [['K92'], ['K71'], ['K90', 'K91'], ['K52'], ['K72', 'K73'], ['K51'], ['K93'], ['K70', 'K53']];

const MODULES = ['pkg', 'pkg/full', 'pkg/fast'];

let mod = null;
let wasm = null;
let which_ = null;

async function fetchBytes(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

const nameOf = (url) => url.split('/').pop();

function memory() {
  const m = performance.memory;
  return {
    wasmBytes: wasm ? wasm.memory.buffer.byteLength : null,
    jsHeapUsedBytes: m ? m.usedJSHeapSize : null,
    jsHeapTotalBytes: m ? m.totalJSHeapSize : null,
  };
}

/**
 * Imports the JS bindings and instantiates the Wasm module; call once, first, on a fresh page.
 * `which`: 'pkg' (built for size, packed data only: an embed of packed data), 'pkg/full'
 * (built for size, with the reader: an embed of a CSV, the gallery) or 'pkg/fast' (built for
 * speed: the analyst page).
 */
async function module(which = 'pkg/full') {
  if (!MODULES.includes(which)) throw new Error(`no module ${which} (one of ${MODULES.join(', ')})`);
  if (mod && which_ !== which) throw new Error(`module ${which_} is already loaded on this page`);
  const t0 = now();
  mod = await import(`./${which}/repatria.js`);
  which_ = which;
  const t1 = now();
  wasm = await mod.default();
  const t2 = now();
  // This module's files exactly (absolute URLs, as resource entries are named).
  const entry = (file) => {
    const url = new URL(`./${which}/${file}`, location.href).href;
    return performance.getEntriesByType('resource').find((e) => e.name === url);
  };
  const w = entry('repatria_bg.wasm');
  const j = entry('repatria.js');
  return {
    which, reads: reads(),
    importMs: round(t1 - t0), initMs: round(t2 - t1), totalMs: round(t2 - t0),
    wasmFetchMs: w ? round(w.responseEnd - w.startTime) : null,
    jsFetchMs: j ? round(j.responseEnd - j.startTime) : null,
    wasmTransferBytes: w ? w.encodedBodySize : null,
    memory: memory(),
  };
}

function need() {
  if (!mod) throw new Error('call bench.module() first');
  return mod;
}

/** Whether the loaded module reads CSV/TSV/JSON ('pkg' draws packed data only). */
function reads() {
  return typeof need().Data.fromText === 'function';
}

/** The module, for reading `url`: only packed files (`.rpk`) with a module that does not read. */
function needFor(url) {
  const m = need();
  if (!reads() && !/\.rpk$/i.test(url)) {
    throw new Error(`${url}: module ${which_} draws packed data only (.rpk); load 'pkg/full' or 'pkg/fast' to read it`);
  }
  return m;
}

function sizeCanvas(canvas, width, height) {
  canvas.style.display = 'block';
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
}

/**
 * The first chart: from asking for it (fetching the file) to the chart on screen, on a
 * 640 × 400 canvas, with the module already instantiated.
 */
async function firstChart(url, chart = 'seasons') {
  const { Chart, Data } = needFor(url);
  const canvas = $('first');
  sizeCanvas(canvas, 640, 400);
  const t0 = now();
  const bytes = await fetchBytes(url);
  const t1 = now();
  const data = Data.fromBytes(nameOf(url), bytes);
  const t2 = now();
  const c = new Chart(canvas, { chart });
  c.setData(data);
  c.draw(devicePixelRatio);
  const t3 = now();
  await nextFrame();
  const t4 = now();
  const records = data.records;
  c.free();
  data.free();
  return { chart, records, fetchMs: round(t1 - t0), readMs: round(t2 - t1), drawMs: round(t3 - t2), toFrameMs: round(t4 - t3), totalMs: round(t4 - t0) };
}

/**
 * The first chart as an embed makes it: `createChart` of the JS API on a 640 × 400 element,
 * from asking for it (the data's URL) to the chart on screen, with the module already
 * instantiated. The API is the minified copy the embed page loads (www/lib/repatria.min.js;
 * www/lib/repatria.js when there is none), imported before the timing starts (`libImportMs`).
 * The API picks its module itself (`pkg/` for packed data, `pkg/full/` otherwise); after
 * `bench.module()` of that same module it imports the same URL, so reuses the instance:
 * `fetched` lists what was fetched during the call besides the data, which shows whether it did.
 */
async function firstChartApi(url, chart = 'seasons') {
  need();
  const seen = new Set(performance.getEntriesByType('resource').map((e) => e.name));
  const tl = now();
  let libPath = './lib/repatria.min.js';
  let lib;
  try {
    lib = await import(libPath);
  } catch {
    libPath = './lib/repatria.js';
    lib = await import(libPath);
  }
  const libMs = now() - tl;
  const host = document.createElement('div');
  Object.assign(host.style, { width: '640px', height: '400px' });
  document.body.append(host);
  const t0 = now();
  const c = await lib.createChart(host, { chart, data: url, height: 400, resize: false });
  const t1 = now();
  await nextFrame();
  const t2 = now();
  const records = c.report().accepted;
  c.dispose();
  host.remove();
  const dataUrl = new URL(url, location.href).href;
  const fetched = performance.getEntriesByType('resource')
    .filter((e) => !seen.has(e.name) && e.name !== dataUrl)
    .map((e) => new URL(e.name).pathname);
  return {
    chart, records, api: true, lib: libPath.slice(2), fetched,
    reusedModule: !fetched.some((p) => /\.wasm$/.test(p) || /\/pkg\/.*\.js$/.test(p)),
    libImportMs: round(libMs), drawnMs: round(t1 - t0), toFrameMs: round(t2 - t1), totalMs: round(t2 - t0),
  };
}

/** Reads `url` `runs` times (after fetching it once): Data.fromBytes copies the bytes into Wasm, reads, validates and builds the aggregates. */
async function read(url, runs = 5) {
  const { Data } = needFor(url);
  const t0 = now();
  const bytes = await fetchBytes(url);
  const fetchMs = now() - t0;
  const before = memory();
  const times = [];
  let data = null;
  let records = 0;
  for (let i = 0; i < runs; i++) {
    if (data) data.free();
    data = null;
    const t = now();
    data = Data.fromBytes(nameOf(url), bytes);
    times.push(now() - t);
    records = data.records;
  }
  const after = memory();
  // The records in binary form, and rebuilding data from it (decoding + aggregates, no
  // parsing), when the module has that API.
  const rebuild = [];
  let binaryBytes = null;
  if (hasBinary()) {
    const binary = data.toBinary();
    const report = data.reportJson();
    binaryBytes = binary.byteLength;
    for (let i = 0; i < Math.max(3, Math.min(runs, 5)); i++) {
      const t = now();
      const d = Data.fromBinary(binary, report);
      rebuild.push(now() - t);
      d.free();
    }
  }
  data.free();
  const ms = median(times);
  return {
    file: nameOf(url), bytes: bytes.byteLength, records, runs,
    fetchMs: round(fetchMs), readMs: round(ms), readMsAll: times.map((x) => round(x)),
    mbPerS: round(bytes.byteLength / 1e6 / (ms / 1e3), 1),
    fromBinaryMs: rebuild.length ? round(median(rebuild)) : null, binaryBytes,
    memoryBefore: before, memoryAfter: after,
  };
}

/** Whether the module hands records over in binary form (`toBinary`, `fromBinary`). */
function hasBinary() {
  const { Data } = need();
  return typeof Data.fromBinary === 'function' && typeof Data.prototype.toBinary === 'function' && typeof Data.prototype.reportJson === 'function';
}

/**
 * Reads `url` as the dashboard does for large files: in a worker (www/reader-worker.js),
 * handed back packed; `null` when the module has no binary form.
 */
async function readInWorker(url, runs = 3) {
  const { Data } = need(); // the worker reads (with pkg/fast/); this module only rebuilds
  if (!hasBinary()) return null;
  const bytes = await fetchBytes(url);
  const worker = new Worker('reader-worker.js', { type: 'module' });
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const copy = bytes.slice();
      const t = now();
      const data = await new Promise((resolve, reject) => {
        worker.onmessage = (e) => (e.data.ok ? resolve(Data.fromBytes(nameOf(url), e.data.packed)) : reject(new Error(e.data.error)));
        worker.onerror = (e) => reject(new Error(e.message));
        worker.postMessage({ id: i, name: nameOf(url), bytes: copy }, [copy.buffer]);
      });
      times.push(now() - t);
      data.free();
    }
  } finally {
    worker.terminate();
  }
  const ms = median(times);
  return { file: nameOf(url), bytes: bytes.byteLength, readMs: round(ms), readMsAll: times.map((x) => round(x)), mbPerS: round(bytes.byteLength / 1e6 / (ms / 1e3), 1) };
}

let dash = null;

function makeViews() {
  const { Chart } = need();
  if (dash) return dash;
  const section = $('views');
  dash = VIEWS.map((spec) => {
    const figure = document.createElement('figure');
    figure.className = `view view-${spec.id}`;
    const body = document.createElement('div');
    body.className = 'view-body';
    const canvas = document.createElement('canvas');
    body.append(canvas);
    figure.append(body);
    section.append(figure);
    return { ...spec, canvas, chart: new Chart(canvas, { chart: spec.chart }) };
  });
  return dash;
}

function filterFor(view, filter) {
  const f = {};
  for (const key of ['seasons', 'teams', 'provinces']) f[key] = view.ignores.includes(key) ? [] : (filter[key] || []);
  return f;
}

/** What app.js's redraw() does for one view. */
function redrawView(view, filter) {
  view.chart.setOptions({ lang: 'en', theme: 'light', sample: true, filter: filterFor(view, filter), source: 'synthetic sample data (repatria)' });
  return view.chart.draw(devicePixelRatio);
}

/**
 * The dashboard at 1,000,000 records: after a team filter changes, each view's setOptions +
 * draw, `iterations` times with a different team each time.
 */
async function dashboard(url, iterations = 9) {
  const { Data } = needFor(url);
  const views = makeViews();
  const data = Data.fromBytes(nameOf(url), await fetchBytes(url));
  const records = data.records;
  for (const v of views) v.chart.setData(data);
  const empty = { seasons: [], teams: [], provinces: [] };
  for (const v of views) redrawView(v, empty);
  await nextFrame();
  const per = Object.fromEntries(views.map((v) => [v.id, []]));
  const perRaster = Object.fromEntries(views.map((v) => [v.id, []]));
  const totals = [];
  const rasterTotals = [];
  const toFrame = [];
  for (let i = 0; i < 2 * iterations; i++) {
    const filter = { ...empty, teams: TEAM_FILTERS[i % TEAM_FILTERS.length] };
    // Even rounds: the calls alone (the canvas paints at the next frame); odd rounds: each
    // view's drawing also rasterised at once.
    const flush = i % 2 === 1;
    const t0 = now();
    for (const v of views) {
      const t = now();
      redrawView(v, filter);
      if (flush) raster(v.canvas);
      (flush ? perRaster : per)[v.id].push(now() - t);
    }
    const t1 = now();
    await nextFrame();
    (flush ? rasterTotals : totals).push(t1 - t0);
    if (!flush) toFrame.push(now() - t0);
  }
  const sizes = Object.fromEntries(views.map((v) => [v.id, [v.canvas.width, v.canvas.height]]));
  // The same drawings to SVG in Wasm (the computing without the canvas calls), at the canvas size.
  const svgMs = {};
  for (const v of views) {
    redrawView(v, { ...empty, teams: ['K92'] });
    const xs = [];
    for (let i = 0; i < 5; i++) {
      const t = now();
      v.chart.svg(v.canvas.clientWidth, v.canvas.clientHeight);
      xs.push(now() - t);
    }
    svgMs[v.id] = round(median(xs));
  }
  for (const v of views) redrawView(v, empty);
  data.free();
  return {
    records, iterations, dpr: devicePixelRatio,
    viewMs: Object.fromEntries(Object.entries(per).map(([k, xs]) => [k, round(median(xs))])),
    viewMsMax: Object.fromEntries(Object.entries(per).map(([k, xs]) => [k, round(Math.max(...xs))])),
    viewRasterMs: Object.fromEntries(Object.entries(perRaster).map(([k, xs]) => [k, round(median(xs))])),
    totalMs: round(median(totals)), rasterTotalMs: round(median(rasterTotals)), toFrameMs: round(median(toFrame)), canvasPixels: sizes, svgMs,
  };
}

/** The `sites` map of every find in `url`, on a canvas the size of the dashboard's map view. */
async function sites(url, runs = 7) {
  const { Chart, Data } = needFor(url);
  const figure = $('sites-view');
  const canvas = figure.querySelector('canvas');
  const data = Data.fromBytes(nameOf(url), await fetchBytes(url));
  const chart = new Chart(canvas, { chart: 'sites' });
  chart.setData(data);
  chart.draw(devicePixelRatio);
  await nextFrame();
  const times = [];
  const rasterTimes = [];
  const toFrame = [];
  for (let i = 0; i < runs; i++) {
    let t = now();
    chart.draw(devicePixelRatio);
    times.push(now() - t);
    await nextFrame();
    t = now();
    chart.draw(devicePixelRatio);
    raster(canvas);
    rasterTimes.push(now() - t);
    await nextFrame();
    t = now();
    chart.draw(devicePixelRatio);
    await nextFrame();
    toFrame.push(now() - t);
  }
  const out = {
    records: data.records, runs, drawMs: round(median(times)), drawMsAll: times.map((x) => round(x)),
    rasterMs: round(median(rasterTimes)), rasterMsAll: rasterTimes.map((x) => round(x)),
    toFrameMs: round(median(toFrame)), canvas: [canvas.width, canvas.height], counts: countCalls(() => chart.draw(devicePixelRatio)),
  };
  chart.free();
  data.free();
  return out;
}

/**
 * Calls made on the 2D context (methods and property sets) while `f` runs: what drawing costs
 * in crossings from Wasm to the canvas.
 */
function countCalls(f) {
  const proto = CanvasRenderingContext2D.prototype;
  const counts = {};
  const saved = [];
  for (const key of Object.getOwnPropertyNames(proto)) {
    const d = Object.getOwnPropertyDescriptor(proto, key);
    if (!d || key === 'constructor') continue;
    if (typeof d.value === 'function') {
      const orig = d.value;
      saved.push([key, d]);
      Object.defineProperty(proto, key, { ...d, value: function (...args) { counts[key] = (counts[key] || 0) + 1; return orig.apply(this, args); } });
    } else if (d.set) {
      const set = d.set;
      saved.push([key, d]);
      Object.defineProperty(proto, key, { ...d, set: function (v) { counts[`${key}=`] = (counts[`${key}=`] || 0) + 1; set.call(this, v); } });
    }
  }
  try {
    f();
  } finally {
    for (const [key, d] of saved) Object.defineProperty(proto, key, d);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const top = Object.entries(counts).sort((a, b) => b[1] - a[1]).slice(0, 8);
  return { total, top: Object.fromEntries(top) };
}

/** Canvas calls of one redraw of each dashboard view after a team filter, at `url`'s size. */
async function dashboardCalls(url) {
  const { Data } = needFor(url);
  const views = makeViews();
  const data = Data.fromBytes(nameOf(url), await fetchBytes(url));
  for (const v of views) v.chart.setData(data);
  const filter = { seasons: [], teams: ['K92'], provinces: [] };
  const out = Object.fromEntries(views.map((v) => [v.id, countCalls(() => redrawView(v, filter))]));
  data.free();
  return out;
}

window.bench = { module, firstChart, firstChartApi, read, readInWorker, dashboard, dashboardCalls, sites, memory };

// ---- The button: every measurement, here ----------------------------------------------------

function show(label, value) {
  const tr = document.createElement('tr');
  const th = document.createElement('th');
  th.scope = 'row';
  th.textContent = label;
  const td = document.createElement('td');
  td.textContent = typeof value === 'string' ? value : JSON.stringify(value);
  tr.append(th, td);
  $('results').tBodies[0].append(tr);
}

async function runAll() {
  $('run').disabled = true;
  const status = (s) => { $('status').textContent = s; };
  try {
    status('loading the module…');
    if (!mod) show('module (pkg/full)', await module('pkg/full'));
    status('first chart…');
    show('first chart, 10,000 records', await firstChart('bench-data/finds-10000.csv'));
    for (const n of [10000, 100000, 1000000]) {
      status(`reading ${n} records…`);
      show(`read ${n}`, await read(`bench-data/finds-${n}.csv`, n >= 1000000 ? 3 : 5));
    }
    status('dashboard redraws…');
    show('dashboard redraw after a team filter, 1,000,000 records', await dashboard('bench-data/finds-1000000.csv'));
    status('sites map…');
    show('sites map, 100,000 finds', await sites('bench-data/finds-100000.csv'));
    status('done');
  } catch (e) {
    status(`failed: ${e.message}`);
  } finally {
    $('run').disabled = false;
  }
}

$('run').addEventListener('click', runAll);
document.documentElement.dataset.ready = 'true';
