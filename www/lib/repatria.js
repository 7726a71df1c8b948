// repatria — the JavaScript API for web developers, over the Wasm module.
//
//   import { createChart } from 'repatria';
//   const chart = await createChart(document.querySelector('#chart'), {
//     chart: 'seasons', lang: 'vi', data: 'data/finds.csv',
//   });
//   chart.setOptions({ chart: 'map' });          // redraws, keeps the data
//   await chart.setData([{ season: '2024-2025', province: 'KH-7', remains: 3 }]);
//   const png = await chart.toPNG();              // a Blob, at 2×
//   chart.dispose();                              // listeners, observers and Wasm memory
//
// Strings from data are only ever written as text (textContent), never as HTML.
/** Package version (kept in step with package.json by scripts/package.sh). */
export const VERSION = '0.1.0';

/** Every chart and map kind. */
export const CHART_KINDS = Object.freeze(['seasons', 'cumulative', 'provinces', 'teams', 'matrix', 'identified', 'map', 'bubbles', 'sites']);
/** The languages. */
export const LANGS = Object.freeze(['en', 'vi', 'km']);
const MAP_KINDS = new Set(['map', 'bubbles', 'sites']);

// ---------------------------------------------------------------------------------------------
// The module: initialised once per page, however many charts. Two builds draw the same charts:
// `pkg/full/` also reads CSV, TSV and JSON; `pkg/` draws packed data only (`repatria pack`) and
// is about a third smaller, which is what an embed of packed data loads. A page that started
// with `pkg/` and is then given other data loads the reader (`pkg/reader/`) for it.

let ready = null;
let crashed = null;
/** The module's bindings once loaded: `{Chart, Data, reads}`. */
let wasm = null;
let reader = null;

/**
 * Loads and instantiates the Wasm module, once per page; later calls return the same promise.
 * By default the module that reads every format; with `{packedOnly: true}` the smaller one that
 * draws packed datasets (other data then loads a reader first). `input` (optional) is where
 * that module's `.wasm` file is: a URL, a `Response`, bytes or a compiled `WebAssembly.Module`;
 * by default `repatria_bg.wasm` next to its bindings.
 */
export function init(input, { packedOnly = false } = {}) {
  if (!ready) {
    const bindings = packedOnly ? import('../pkg/repatria.js') : import('../pkg/full/repatria.js');
    ready = bindings
      .then(async (m) => {
        await m.default(input === undefined ? undefined : { module_or_path: input });
        wasm = { Chart: m.Chart, Data: m.Data, reads: typeof m.Data.fromText === 'function' };
      });
    ready.catch(() => { ready = null; });
  }
  return ready;
}

/** Whether the module is loaded (charts can then be made with `new RepatriaChart`). */
export function isReady() {
  return wasm !== null;
}

/** The reader module (for a module that draws packed data only), loaded once when needed. */
function loadReader() {
  if (!reader) {
    reader = import('../pkg/reader/repatria_reader.js').then(async (m) => { await m.default(); return m; });
    reader.catch(() => { reader = null; });
  }
  return reader;
}

const PACKED = [0x52, 0x50, 0x4b, 0x31]; // RPK1 (src/pack.rs)
function isPacked(bytes) {
  return bytes.length >= 4 && PACKED.every((b, i) => bytes[i] === b);
}

/**
 * Whether a source (as `loadData` takes it) is known to be a packed dataset before it is
 * fetched: bytes that start like one, or a URL whose path ends in `.rpk`.
 */
export function isPackedSource(source) {
  try {
    return isPackedClassified(classify(source));
  } catch {
    return false;
  }
}

/** `isPackedSource` of a source `classify` has already looked at. */
function isPackedClassified(c) {
  if (c.kind === 'bytes') return isPacked(c.bytes);
  const rpk = (s) => typeof s === 'string' && /\.rpk$/i.test(s);
  if (c.kind === 'url') return rpk(c.name) || rpk(c.url.replace(/[?#].*$/s, ''));
  return c.kind === 'blob' && rpk(c.name);
}

function needReady() {
  if (crashed) throw new Error(`repatria: the Wasm module stopped after an internal error (${crashed.message}); reload the page`);
  if (!wasm) throw new Error('repatria: the module is not loaded yet: await init() first, or use createChart()');
}

/** Any thrown value as an `Error`, keeping the Rust message. */
function toError(e) {
  if (e instanceof Error) {
    if (typeof WebAssembly !== 'undefined' && e instanceof WebAssembly.RuntimeError) crashed = e;
    return e;
  }
  return new Error(typeof e === 'string' ? e : String(e));
}

/** Calls into Wasm, turning whatever it throws into an `Error`. */
function wasmCall(fn) {
  needReady();
  try {
    return fn();
  } catch (e) {
    throw toError(e);
  }
}

/** A copy made of plain objects and arrays (serde may give `Map`s). */
function plain(v) {
  if (v instanceof Map) {
    const o = {};
    for (const [k, x] of v) o[String(k)] = plain(x);
    return o;
  }
  if (Array.isArray(v)) return v.map(plain);
  if (typeof v === 'bigint') return Number(v);
  if (v && typeof v === 'object') {
    const o = {};
    for (const k of Object.keys(v)) o[k] = plain(v[k]);
    return o;
  }
  return v;
}

// ---------------------------------------------------------------------------------------------
// Data: text, bytes, a URL, a Blob or an array of records.

const TYPES_TO_EXT = [
  [/json/, 'json'], [/tab-separated/, 'tsv'], [/csv/, 'csv'],
  [/spreadsheetml|ms-excel/, 'xlsx'], [/text\/plain/, 'csv'],
];

function extOf(name) {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** A file name for bytes with no name: the format they look like. */
function sniffName(bytes) {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'data.xlsx';
  for (let i = 0; i < Math.min(bytes.length, 64); i++) {
    const c = bytes[i];
    if (c === 0xef || c === 0xbb || c === 0xbf || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x5b || c === 0x7b ? 'data.json' : 'data.csv';
  }
  return 'data.csv';
}

/** Dates in records become `YYYY-MM-DD`. */
function recordsJson(records) {
  const pad = (n) => String(n).padStart(2, '0');
  return JSON.stringify(records, function (key, value) {
    const raw = this[key];
    if (raw instanceof Date) return `${raw.getFullYear()}-${pad(raw.getMonth() + 1)}-${pad(raw.getDate())}`;
    return value;
  });
}

function isText(s) {
  return /[\r\n]/.test(s) || /^\s*[[{]/.test(s);
}

/** What a source is: `{kind: 'url'|'text'|'bytes'|'blob'|'records'|'data', …}`. */
function classify(source, name) {
  if (source instanceof RepatriaData) return { kind: 'data', data: source };
  if (typeof source === 'string') return isText(source) ? { kind: 'text', text: source, name } : { kind: 'url', url: source, name };
  if (typeof URL !== 'undefined' && source instanceof URL) return { kind: 'url', url: source.href, name };
  if (typeof Blob !== 'undefined' && source instanceof Blob) return { kind: 'blob', blob: source, name: name || source.name };
  if (source instanceof ArrayBuffer) return { kind: 'bytes', bytes: new Uint8Array(source), name };
  if (ArrayBuffer.isView(source)) return { kind: 'bytes', bytes: new Uint8Array(source.buffer, source.byteOffset, source.byteLength), name };
  if (Array.isArray(source)) return { kind: 'records', records: source, name };
  if (source && typeof source === 'object') {
    const n = source.name || name;
    if (typeof source.url === 'string' || (typeof URL !== 'undefined' && source.url instanceof URL)) return { kind: 'url', url: String(source.url), name: n };
    if (typeof source.text === 'string') return { kind: 'text', text: source.text, name: n };
    if (source.bytes !== undefined) return classify(source.bytes, n);
    if (Array.isArray(source.records)) return { kind: 'records', records: source.records, name: n };
  }
  throw new TypeError('repatria: data must be a URL, a text, bytes (Uint8Array or ArrayBuffer), a Blob, an array of records, '
    + 'a RepatriaData, or {url | text | bytes | records, name?}');
}

async function fetchBytes(url, name, { signal, fetchOptions } = {}) {
  const absolute = new URL(url, typeof document !== 'undefined' ? document.baseURI : undefined);
  let response;
  try {
    response = await fetch(absolute, { ...fetchOptions, signal });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new Error(`${url}: could not be fetched (${e && e.message ? e.message : e})`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  let fileName = name;
  if (!fileName) {
    const last = absolute.pathname.split('/').filter(Boolean).pop() || '';
    try { fileName = decodeURIComponent(last); } catch { fileName = last; }
    if (!extOf(fileName)) {
      const type = (response.headers.get('Content-Type') || '').toLowerCase();
      const hit = TYPES_TO_EXT.find(([re]) => re.test(type));
      if (hit) fileName = `${fileName || 'data'}.${hit[1]}`;
    }
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { name: fileName || sniffName(bytes), bytes };
}

/** Reads a classified source into `{wasm, report}` (a new Wasm `Data`, owned by the caller). */
async function readClassified(c, opts) {
  // The data is fetched while the module instantiates, not after.
  const fetched = c.kind === 'url' ? fetchBytes(c.url, c.name, opts) : null;
  fetched?.catch(() => {});
  await init(undefined, { packedOnly: isPackedClassified(c) });
  if (fetched) warmUp();
  let name = c.name;
  let bytes;
  if (fetched) ({ name, bytes } = await fetched);
  else if (c.kind === 'blob') bytes = new Uint8Array(await c.blob.arrayBuffer());
  else if (c.kind === 'bytes') bytes = c.bytes;
  else if (c.kind === 'records') {
    name = name || 'records.json';
    bytes = new TextEncoder().encode(recordsJson(c.records));
  } else if (c.kind === 'text') {
    name = name || (/^\s*[[{]/.test(c.text) ? 'data.json' : 'data.csv');
    bytes = new TextEncoder().encode(c.text);
  }
  name = name || sniffName(bytes);
  if (!wasm.reads && !isPacked(bytes)) {
    // Read (and validated) by the reader module, then loaded as packed data.
    const r = await loadReader();
    try {
      bytes = r.readPacked(name, bytes);
    } catch (e) {
      throw toError(e);
    }
  }
  const data = wasmCall(() => wasm.Data.fromBytes(name, bytes));
  return withReport(data);
}

let warmed = false;
/**
 * Once per page, while data downloads: draws an empty chart on a canvas that is never shown,
 * so that the first real chart finds the canvas, its fonts and the drawing code ready (in a
 * fresh browser, the first draw then takes about half as long).
 */
function warmUp() {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  try {
    const canvas = document.createElement('canvas');
    canvas.width = 64;
    canvas.height = 40;
    const chart = new wasm.Chart(canvas, { chart: 'seasons', width: 320, height: 200 });
    chart.draw();
    chart.free();
  } catch {
    // Only a head start: the real chart reports its own errors.
  }
}

/**
 * Starts reading `source` now if it is a URL, for a chart that will be given it once the module
 * is loaded: the read is shared with the chart's (see `acquire`). Returns the handle to
 * release, or null. Used by `createChart` and `<repatria-chart>`.
 * @internal
 */
export function _prefetch(source, name) {
  let c;
  try {
    c = classify(source, name);
  } catch {
    return null;
  }
  if (c.kind !== 'url' || typeof document === 'undefined') return null;
  const handle = acquire(`${new URL(c.url, document.baseURI).href}\n${c.name || ''}`, () => readClassified(c, {}));
  handle.promise.catch(() => {});
  return handle;
}

function withReport(data) {
  try {
    return { wasm: data, report: plain(wasmCall(() => data.report())) };
  } catch (e) {
    data.free();
    throw e;
  }
}

/** A dataset read once and shown by any number of charts (not copied). */
export class RepatriaData {
  #wasm;
  #report;
  /** @internal use loadData() */
  constructor(token, wasm, report) {
    if (token !== TOKEN) throw new TypeError('repatria: use loadData() to make a RepatriaData');
    this.#wasm = wasm;
    this.#report = report;
  }
  /** Number of records. */
  get records() { return this.#live().records; }
  /** The report of reading: counts, totals and every problem found. */
  report() { this.#live(); return structuredClone(this.#report); }
  /** Whether free() was called. */
  get freed() { return this.#wasm === null; }
  /** Releases the Wasm memory held by this handle (charts showing the data keep it). */
  free() {
    if (this.#wasm) {
      this.#wasm.free();
      this.#wasm = null;
    }
  }
  /** @internal */
  static wasmOf(d) { return d.#live(); }
  #live() {
    if (!this.#wasm) throw new Error('repatria: this data has been freed');
    return this.#wasm;
  }
}
const TOKEN = Symbol('repatria');

/**
 * Reads data once, for sharing between charts: `source` is a URL, a text (a string with a line
 * break, or starting with `[` or `{`), bytes, a Blob, an array of records or `{url|text|bytes|records, name}`.
 * `name` is the file name used in messages; its extension picks the format.
 */
export async function loadData(source, { name, signal, fetchOptions } = {}) {
  const c = classify(source, name);
  if (c.kind === 'data') return c.data;
  const { wasm, report } = await readClassified(c, { signal, fetchOptions });
  return new RepatriaData(TOKEN, wasm, report);
}

// Concurrent loads of the same URL by several charts share one fetch and one parse.
const inflight = new Map();
function acquire(key, load) {
  let entry = inflight.get(key);
  if (!entry) {
    entry = { waiting: 0, promise: load() };
    inflight.set(key, entry);
  }
  entry.waiting++;
  return {
    promise: entry.promise,
    release() {
      if (--entry.waiting === 0) {
        if (inflight.get(key) === entry) inflight.delete(key);
        entry.promise.then((d) => d.wasm.free(), () => {});
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Tooltips: a small box of text that follows the pointer, or the keyboard's mark.

const THEMES = {
  light: { bg: '#ffffff', fg: '#1a1a1a', muted: '#4d4d4d', border: '#b8b8b8', focus: '#0b62d6' },
  dark: { bg: '#1f2328', fg: '#f0f0f0', muted: '#c4c9cf', border: '#5a6068', focus: '#6cb4ff' },
};

function setStyle(el, style) {
  for (const [k, v] of Object.entries(style)) el.style.setProperty(k, v);
}

const HIDDEN = {
  position: 'absolute', width: '1px', height: '1px', overflow: 'hidden', clip: 'rect(0 0 0 0)',
  'clip-path': 'inset(50%)', 'white-space': 'nowrap', margin: '-1px', padding: '0', border: '0',
};

let uid = 0;

/** Default heights of a chart that sizes itself: a share of its width, within bounds per kind. */
const HEIGHTS = {
  provinces: [0.75, 520, 700], teams: [0.6, 380, 600], matrix: [0.6, 400, 620],
  map: [0.82, 360, 680], bubbles: [0.82, 360, 680], sites: [0.82, 360, 680],
};
function autoHeight(kind, width) {
  const [ratio, min, max] = HEIGHTS[kind] || [0.6, 340, 560];
  return Math.round(Math.min(max, Math.max(min, width * ratio)));
}

const WRAPPER_KEYS = new Set(['data', 'dataName', 'tooltips', 'keyboard', 'resize', 'resizeDelay', 'autoHeight']);

// ---------------------------------------------------------------------------------------------
// The chart.

/**
 * A chart on a canvas. Make one with `createChart(target, options)`; `target` is a `<canvas>`
 * (drawn at its CSS size) or any other element (a canvas is added that fills its width).
 */
export class RepatriaChart extends EventTarget {
  #chart;
  #canvas;
  #host;
  #ownCanvas;
  #report = null;
  #rendered = null;
  #fixedHeight = null;
  #autoHeight;
  #tooltips;
  #keyboard;
  #delay;
  #listeners = [];
  #observer = null;
  #timer = 0;
  #frame = 0;
  #dprQuery = null;
  #drawnSize = '';
  #generation = 0;
  #tip = null;
  #ring = null;
  #live = null;
  #kbMarks = null;
  #kbIndex = -1;
  #hoverFrame = 0;
  #disposed = false;

  /**
   * Binds a chart to `target` (a canvas, an element, or a CSS selector). The module must be
   * loaded (`await init()`); `createChart()` does that and loads `options.data` too.
   */
  constructor(target, options = {}) {
    super();
    needReady();
    const el = typeof target === 'string' ? document.querySelector(target) : target;
    if (!el || typeof el !== 'object' || !('nodeType' in el)) throw new TypeError(`repatria: no element to draw in (${String(target)})`);
    const chartOptions = {};
    for (const [k, v] of Object.entries(options || {})) if (!WRAPPER_KEYS.has(k)) chartOptions[k] = v;
    if (typeof chartOptions.height === 'number') this.#fixedHeight = chartOptions.height;
    else delete chartOptions.height;
    this.#tooltips = options.tooltips !== false;
    this.#keyboard = options.keyboard !== false;
    this.#delay = typeof options.resizeDelay === 'number' ? options.resizeDelay : 100;
    this.#autoHeight = typeof options.autoHeight === 'function' ? options.autoHeight : autoHeight;
    if (el instanceof HTMLCanvasElement) {
      this.#canvas = el;
      this.#host = el.parentNode;
      this.#ownCanvas = false;
    } else {
      this.#canvas = document.createElement('canvas');
      setStyle(this.#canvas, { display: 'block', width: '100%' });
      el.append(this.#canvas);
      this.#host = el;
      this.#ownCanvas = true;
    }
    // Until data is given the chart draws an empty dataset (the module's own, so that a
    // chart's first draw does not have to run the reader).
    this.#chart = wasmCall(() => new wasm.Chart(this.#canvas, chartOptions));
    if (this.#ownCanvas) this.#fit();
    this.#wire(options.resize !== false);
  }

  /** The canvas drawn on. */
  get canvas() { return this.#canvas; }
  /** Whether dispose() was called. */
  get disposed() { return this.#disposed; }

  /**
   * Shows new data (see `loadData` for the forms it takes) and redraws; resolves to the report of
   * reading. If the data cannot be read, it rejects with an `Error` and the previous data stays.
   * When called again before it settles, only the last call's data is shown.
   */
  async setData(source, { name, signal, fetchOptions } = {}) {
    this.#live_();
    const generation = ++this.#generation;
    const c = classify(source, name);
    let report;
    if (c.kind === 'data') {
      const wasm = RepatriaData.wasmOf(c.data);
      report = c.data.report();
      this.#chart.setData(wasm);
    } else if (c.kind === 'url' && !signal && !fetchOptions) {
      const key = `${new URL(c.url, document.baseURI).href}\n${c.name || ''}`;
      const handle = acquire(key, () => readClassified(c, {}));
      try {
        const d = await handle.promise;
        this.#live_();
        if (generation !== this.#generation) return structuredClone(d.report);
        this.#chart.setData(d.wasm);
        report = structuredClone(d.report);
      } finally {
        handle.release();
      }
    } else {
      const d = await readClassified(c, { signal, fetchOptions });
      try {
        this.#live_();
        if (generation !== this.#generation) return d.report;
        this.#chart.setData(d.wasm);
        report = d.report;
      } finally {
        d.wasm.free(); // the chart holds its own reference
      }
    }
    this.#report = report;
    this.#kbMarks = null;
    this.draw();
    return structuredClone(report);
  }

  /**
   * Changes the options named in `patch`, keeping the others and the data, and redraws.
   * An unknown option or a bad value throws an `Error` and changes nothing.
   */
  setOptions(patch) {
    this.#live_();
    let fixed = this.#fixedHeight;
    if (patch && typeof patch === 'object' && 'height' in patch) {
      if (patch.height === null || patch.height === undefined) {
        // null: the height follows the width again (for a canvas this chart added)
        patch = { ...patch };
        delete patch.height;
        fixed = null;
      } else if (typeof patch.height === 'number') {
        fixed = patch.height;
      }
    }
    wasmCall(() => this.#chart.setOptions(patch));
    this.#fixedHeight = fixed;
    this.#kbMarks = null;
    if (this.#ownCanvas) this.#fit();
    return this.draw();
  }

  /** The current options. */
  options() {
    this.#live_();
    return plain(wasmCall(() => this.#chart.options()));
  }

  /** Draws now (at the canvas's CSS size × devicePixelRatio); returns title, description and table. */
  draw() {
    this.#live_();
    this.#hide();
    const rendered = plain(wasmCall(() => this.#chart.draw()));
    this.#rendered = rendered;
    this.#drawnSize = this.#sizeKey();
    this.#kbMarks = null;
    this.dispatchEvent(new CustomEvent('draw', { detail: structuredClone(rendered) }));
    return structuredClone(rendered);
  }

  /** The report of reading the data shown (null before any data). */
  report() { this.#live_(); return this.#report ? structuredClone(this.#report) : null; }
  /** The title as drawn (the canvas's accessible name). */
  title() { this.#live_(); return this.#rendered ? this.#rendered.title : ''; }
  /** A plain-language description of the chart, for alt text. */
  description() { this.#live_(); return this.#rendered ? this.#rendered.description : ''; }
  /** The numbers behind the last drawing: `{columns, rows}`. */
  table() {
    this.#live_();
    return this.#rendered ? structuredClone(this.#rendered.table) : { columns: [], rows: [] };
  }
  /** The table as CSV (cells a spreadsheet would run as formulas are neutralised). */
  tableCsv() { this.#live_(); return wasmCall(() => this.#chart.tableCsv()); }
  /** Every mark a reader can point at, in drawing order (empty on maps). */
  marks() { this.#live_(); return plain(wasmCall(() => this.#chart.marks())); }
  /** What is under CSS pixel (x, y) of the canvas, or null. */
  hit(x, y) {
    this.#live_();
    const m = wasmCall(() => this.#chart.hit(x, y));
    return m ? plain(m) : null;
  }

  /** The chart as an SVG document, at the canvas's size or `width` × `height` CSS pixels. */
  toSVG(width, height) {
    this.#live_();
    return wasmCall(() => this.#chart.svg(width ?? undefined, height ?? undefined));
  }

  /**
   * The chart as a PNG `Blob`, at `scale` (default 2) device pixels per CSS pixel, at the
   * canvas's size or `width` × `height` CSS pixels.
   */
  toPNG({ scale = 2, width, height } = {}) {
    this.#live_();
    const w = width || this.#canvas.clientWidth || this.options().width;
    const h = height || this.#canvas.clientHeight || this.options().height;
    const out = document.createElement('canvas');
    wasmCall(() => this.#chart.drawOn(out, w, h, scale));
    return new Promise((resolve, reject) => {
      out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('repatria: the PNG could not be made'))), 'image/png');
    });
  }

  /**
   * Releases everything: listeners, the resize observer, timers, the tooltip, the canvas it
   * added, and the Wasm memory. Idempotent; any other method throws afterwards.
   */
  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#generation++;
    for (const [target, type, fn, opts] of this.#listeners) target.removeEventListener(type, fn, opts);
    this.#listeners = [];
    if (this.#observer) this.#observer.disconnect();
    this.#observer = null;
    if (this.#dprQuery) this.#dprQuery.query.removeEventListener('change', this.#dprQuery.fn);
    this.#dprQuery = null;
    clearTimeout(this.#timer);
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#hoverFrame);
    for (const el of [this.#tip, this.#ring, this.#live]) if (el) el.remove();
    this.#tip = this.#ring = this.#live = null;
    if (this.#ownCanvas) this.#canvas.remove();
    else if (this.#keyboard && this.#canvas.dataset.repatriaTabindex === 'added') {
      this.#canvas.removeAttribute('tabindex');
      delete this.#canvas.dataset.repatriaTabindex;
    }
    try { this.#chart.free(); } catch { /* already gone */ }
    this.#chart = null;
    this.#rendered = null;
    this.#report = null;
  }

  // -- internals ------------------------------------------------------------------------------

  #live_() {
    if (this.#disposed) throw new Error('repatria: this chart has been disposed');
    needReady();
  }

  #on(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.#listeners.push([target, type, fn, opts]);
  }

  #sizeKey() {
    return `${this.#canvas.clientWidth}x${this.#canvas.clientHeight}@${devicePixelRatio}`;
  }

  /** Sizes a canvas this chart added: full width, fixed or automatic height. */
  #fit() {
    const width = this.#canvas.clientWidth || this.#host.clientWidth || 0;
    if (!width) return;
    let kind = 'seasons';
    try { kind = this.#chart.options().chart; } catch { /* keep the default */ }
    const h = this.#fixedHeight ?? this.#autoHeight(kind, width);
    const css = `${Math.max(1, Math.round(h))}px`;
    if (this.#canvas.style.height !== css) this.#canvas.style.height = css;
  }

  #wire(resize) {
    if (resize && typeof ResizeObserver !== 'undefined') {
      this.#observer = new ResizeObserver(() => this.#scheduleRedraw());
      this.#observer.observe(this.#ownCanvas ? this.#host : this.#canvas);
    }
    this.#watchDpr();
    if (this.#tooltips) {
      const c = this.#canvas;
      this.#on(c, 'pointermove', (e) => this.#pointer(e));
      this.#on(c, 'pointerdown', (e) => { if (e.pointerType !== 'mouse') this.#pointer(e, true); });
      this.#on(c, 'pointerleave', (e) => { if (e.pointerType === 'mouse') this.#hide(); });
      this.#on(document, 'pointerdown', (e) => { if (e.target !== c && !e.composedPath().includes(c)) this.#hide(); }, true);
    }
    if (this.#keyboard) {
      const c = this.#canvas;
      if (!c.hasAttribute('tabindex')) {
        c.tabIndex = 0;
        c.dataset.repatriaTabindex = 'added';
      }
      this.#on(c, 'keydown', (e) => this.#key(e));
      this.#on(c, 'blur', () => { this.#hide(); });
    }
  }

  #watchDpr() {
    if (typeof matchMedia !== 'function') return;
    if (this.#dprQuery) this.#dprQuery.query.removeEventListener('change', this.#dprQuery.fn);
    const query = matchMedia(`(resolution: ${devicePixelRatio}dppx)`);
    const fn = () => { this.#watchDpr(); this.#scheduleRedraw(0); };
    query.addEventListener('change', fn);
    this.#dprQuery = { query, fn };
  }

  #scheduleRedraw(delay = this.#delay) {
    if (this.#disposed) return;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      cancelAnimationFrame(this.#frame);
      this.#frame = requestAnimationFrame(() => this.#redraw());
    }, delay);
  }

  #redraw() {
    if (this.#disposed) return;
    if (this.#ownCanvas) this.#fit();
    if (!this.#canvas.clientWidth || !this.#canvas.clientHeight) return;
    if (this.#sizeKey() === this.#drawnSize) return;
    try {
      this.draw();
    } catch (e) {
      this.dispatchEvent(new CustomEvent('error', { detail: toError(e) }));
    }
  }

  #pointer(e, tap = false) {
    if (!this.#rendered) return;
    const r = this.#canvas.getBoundingClientRect();
    const x = e.clientX - r.left;
    const y = e.clientY - r.top;
    cancelAnimationFrame(this.#hoverFrame);
    const show = () => {
      if (this.#disposed) return;
      let m = null;
      try { m = this.hit(x, y); } catch { m = null; }
      if (m) {
        this.#show(m, { x: e.clientX, y: e.clientY });
        if (tap) this.#announce(m);
      } else {
        this.#hide();
      }
      this.dispatchEvent(new CustomEvent('hover', { detail: m }));
    };
    if (tap) show(); else this.#hoverFrame = requestAnimationFrame(show);
  }

  #theme() {
    try { return THEMES[this.#chart.options().theme] || THEMES.light; } catch { return THEMES.light; }
  }

  #tipEl() {
    if (!this.#tip) {
      const tip = document.createElement('div');
      tip.id = `repatria-tip-${++uid}`;
      tip.setAttribute('role', 'tooltip');
      tip.className = 'repatria-tooltip';
      tip.setAttribute('part', 'tooltip');
      setStyle(tip, {
        position: 'fixed', 'z-index': '2147483000', 'pointer-events': 'none', 'max-width': '280px',
        padding: '6px 9px', 'border-radius': '4px', 'border-width': '1px', 'border-style': 'solid',
        'box-shadow': '0 2px 8px rgba(0,0,0,.25)', font: '13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans Khmer", Arial, sans-serif',
        'text-align': 'start', left: '0', top: '0', visibility: 'hidden',
      });
      this.#canvas.after(tip);
      this.#tip = tip;
    }
    return this.#tip;
  }

  /** Shows mark `m`'s tooltip near viewport point `at`. */
  #show(m, at) {
    const tip = this.#tipEl();
    const t = this.#theme();
    setStyle(tip, { background: t.bg, color: t.fg, 'border-color': t.border });
    const title = document.createElement('strong');
    title.textContent = m.title;
    const parts = [title];
    for (const line of m.lines || []) {
      const div = document.createElement('div');
      div.textContent = line;
      div.style.color = t.muted;
      parts.push(div);
    }
    tip.replaceChildren(...parts);
    tip.lang = this.#chart.options().lang;
    tip.style.visibility = 'visible';
    const w = tip.offsetWidth;
    const h = tip.offsetHeight;
    let x = at.x + 12;
    let y = at.y - h - 10;
    if (x + w > innerWidth - 4) x = Math.max(4, at.x - w - 12);
    if (y < 4) y = Math.min(innerHeight - h - 4, at.y + 16);
    tip.style.left = `${Math.round(x)}px`;
    tip.style.top = `${Math.round(y)}px`;
    this.#canvas.setAttribute('aria-describedby', tip.id);
  }

  #hide() {
    if (this.#tip) this.#tip.style.visibility = 'hidden';
    if (this.#ring) this.#ring.style.visibility = 'hidden';
    if (this.#canvas && this.#canvas.getAttribute('aria-describedby') === this.#tip?.id) this.#canvas.removeAttribute('aria-describedby');
  }

  /** Says a mark to screen readers. */
  #announce(m) {
    if (!this.#live) {
      this.#live = document.createElement('div');
      this.#live.setAttribute('aria-live', 'polite');
      this.#live.className = 'repatria-live';
      setStyle(this.#live, HIDDEN);
      this.#canvas.after(this.#live);
    }
    this.#live.textContent = [m.title, ...(m.lines || [])].join('. ');
  }

  /** The marks the keyboard walks through: the chart's marks, or on maps one per place hit. */
  #keyMarks() {
    if (this.#kbMarks) return this.#kbMarks;
    let marks = this.marks();
    if (!marks.length && MAP_KINDS.has(this.options().chart)) marks = this.#sampleMap();
    this.#kbMarks = marks;
    return marks;
  }

  /** Maps declare no marks: find each place by probing a grid of points. */
  #sampleMap() {
    const w = this.#canvas.clientWidth;
    const h = this.#canvas.clientHeight;
    const step = Math.max(10, Math.ceil(Math.sqrt((w * h) / 700)));
    const found = new Map();
    for (let y = step / 2; y < h; y += step) {
      for (let x = step / 2; x < w; x += step) {
        const m = this.hit(x, y);
        if (!m) continue;
        const key = JSON.stringify(m.target);
        const f = found.get(key);
        if (f) { f.sx += x; f.sy += y; f.n++; } else found.set(key, { m, sx: x, sy: y, n: 1 });
      }
    }
    return [...found.values()]
      .map(({ m, sx, sy, n }) => {
        const cx = sx / n;
        const cy = sy / n;
        return { ...m, x0: cx - 5, y0: cy - 5, x1: cx + 5, y1: cy + 5 };
      })
      .sort((a, b) => Math.round(a.y0 / 40) - Math.round(b.y0 / 40) || a.x0 - b.x0);
  }

  #key(e) {
    const keys = ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'Home', 'End', 'Escape'];
    if (!keys.includes(e.key) || !this.#rendered) return;
    if (e.key === 'Escape') { this.#hide(); return; }
    let marks;
    try { marks = this.#keyMarks(); } catch { return; }
    if (!marks.length) return;
    e.preventDefault();
    const n = marks.length;
    let i = this.#kbIndex;
    if (this.#kbIndex >= n) i = -1;
    if (e.key === 'Home') i = 0;
    else if (e.key === 'End') i = n - 1;
    else if (e.key === 'ArrowRight' || e.key === 'ArrowDown') i = i < 0 ? 0 : (i + 1) % n;
    else i = i < 0 ? n - 1 : (i - 1 + n) % n;
    this.#kbIndex = i;
    const m = marks[i];
    const r = this.#canvas.getBoundingClientRect();
    this.#ringAt(m, r);
    this.#show(m, { x: r.left + (m.x0 + m.x1) / 2, y: r.top + Math.min(m.y0, m.y1) });
    this.#announce(m);
    this.dispatchEvent(new CustomEvent('hover', { detail: m }));
  }

  #ringAt(m, r) {
    if (!this.#ring) {
      this.#ring = document.createElement('div');
      this.#ring.className = 'repatria-focus';
      this.#ring.setAttribute('aria-hidden', 'true');
      setStyle(this.#ring, { position: 'fixed', 'pointer-events': 'none', 'z-index': '2147482999', 'border-radius': '2px', 'box-sizing': 'border-box' });
      this.#canvas.after(this.#ring);
    }
    const t = this.#theme();
    setStyle(this.#ring, {
      left: `${Math.round(r.left + m.x0 - 3)}px`, top: `${Math.round(r.top + m.y0 - 3)}px`,
      width: `${Math.round(m.x1 - m.x0 + 6)}px`, height: `${Math.round(m.y1 - m.y0 + 6)}px`,
      border: `2px solid ${t.focus}`, visibility: 'visible',
    });
  }
}

/**
 * Makes a chart in `target` (a canvas, an element or a CSS selector), loading the module if
 * needed and `options.data` if given, and draws it.
 */
export async function createChart(target, options = {}) {
  const given = options.data !== undefined && options.data !== null;
  // The data downloads while the module loads; the chart's setData shares that read.
  const early = given ? _prefetch(options.data, options.dataName) : null;
  try {
    await init(undefined, { packedOnly: isPackedSource(options.data) });
    const chart = new RepatriaChart(target, options);
    try {
      if (given) {
        await chart.setData(options.data, { name: options.dataName });
      } else {
        chart.draw();
      }
    } catch (e) {
      chart.dispose();
      throw toError(e);
    }
    return chart;
  } finally {
    early?.release();
  }
}
