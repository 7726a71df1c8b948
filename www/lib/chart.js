// The chart: a RepatriaChart draws the module's Chart on a canvas at its CSS size and device
// pixel ratio, and exports it; what it does on a resize, and with the pointer and the keyboard,
// is in resize.js, pointer.js and keyboard.js.
import { classify, isPackedSource, readClassified, RepatriaData, sharedRead, _prefetch } from './data.js';
import { Keyboard } from './keyboard.js';
import { generation, init, needReady, plain, release, toError, wasm, wasmCall } from './module.js';
import { Pointer } from './pointer.js';
import { ResizeWatch } from './resize.js';
import { setStyle, Tooltip } from './tooltip.js';

/** Default heights of a chart that sizes itself: a share of its width, within bounds per kind. */
const HEIGHTS = {
  provinces: [0.75, 520, 700], teams: [0.6, 380, 600], matrix: [0.6, 400, 620],
  map: [0.82, 360, 680], bubbles: [0.82, 360, 680], sites: [0.82, 360, 680],
};
/** The published record's views, which write their notes under the plot: taller. */
const RECORD_HEIGHTS = {
  seasons: [0.8, 460, 680], teams: [0.8, 480, 720], cumulative: [0.7, 420, 620], map: [1, 620, 860],
  matrix: [0.7, 540, 660],
};
function autoHeight(kind, width, record) {
  const [ratio, min, max] = (record && RECORD_HEIGHTS[kind]) || HEIGHTS[kind] || [0.6, 340, 560];
  return Math.round(Math.min(max, Math.max(min, width * ratio)));
}

const WRAPPER_KEYS = new Set(['data', 'dataName', 'tooltips', 'keyboard', 'resize', 'resizeDelay', 'autoHeight']);

/**
 * A chart on a canvas. Make one with `createChart(target, options)`; `target` is a `<canvas>`
 * (drawn at its CSS size) or any other element (a canvas is added that fills its width).
 */
export class RepatriaChart extends EventTarget {
  #chart;
  #made;
  #saved;
  #again = null;
  #canvas;
  #host;
  #ownCanvas;
  #report = null;
  #sources = {};
  #rendered = null;
  #fixedHeight = null;
  #autoHeight;
  #listeners = [];
  #resize = null;
  #drawnSize = '';
  #calls = 0;
  #tooltip = null;
  #pointer = null;
  #keyboard = null;
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
    this.#saved = chartOptions;
    this.#make();
    if (this.#ownCanvas) this.#fit();
    this.#wire(options);
  }

  /** The canvas drawn on. */
  get canvas() { return this.#canvas; }
  /** Whether dispose() was called. */
  get disposed() { return this.#disposed; }

  /**
   * Shows new data (see `loadData` for the forms it takes) and redraws; resolves to the report of
   * reading. If the data cannot be read, it rejects with an `Error` and the previous data stays.
   * When called again before it settles, only the last call's data is shown. `options` are
   * chart options to change with the data (drawn once, with it).
   */
  async setData(source, { name, signal, fetchOptions, read, options } = {}) {
    this.#live_();
    const call = ++this.#calls;
    const c = classify(source, name);
    const show = (data, again) => {
      if (options) this.#applyOptions(options);
      this.#chart.setData(data);
      this.#again = again;
      this.#sources = {};
      for (const lang of ['en', 'vi', 'km']) this.#sources[lang] = data.sourceLine(lang);
    };
    let report;
    if (c.kind === 'data') {
      const [data, again] = RepatriaData.wasmOf(c.data);
      report = c.data.report();
      show(data, again);
    } else if (c.kind === 'url' && !signal && !fetchOptions && !read) {
      const handle = sharedRead(c);
      try {
        const d = await handle.promise;
        this.#live_();
        if (call !== this.#calls) return structuredClone(d.report);
        show(d.wasm, d.again);
        report = structuredClone(d.report);
      } finally {
        handle.release();
      }
    } else {
      const d = await readClassified(c, { signal, fetchOptions, read });
      try {
        this.#live_();
        if (call !== this.#calls) return d.report;
        show(d.wasm, d.again);
        report = d.report;
      } finally {
        release(d.wasm, d.made); // the chart holds its own reference
      }
    }
    this.#report = report;
    if (this.#ownCanvas) this.#fit();
    this.draw();
    return structuredClone(report);
  }

  /**
   * Changes the options named in `patch`, keeping the others and the data, and redraws.
   * An unknown option or a bad value throws an `Error` and changes nothing.
   */
  setOptions(patch) {
    this.#live_();
    this.#applyOptions(patch);
    return this.draw();
  }

  /** Changes the options named in `patch` without drawing (or nothing, and throws). */
  #applyOptions(patch) {
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
    this.#saved = plain(wasmCall(() => this.#chart.options()));
    this.#fixedHeight = fixed;
    if (this.#ownCanvas) this.#fit();
  }

  /** The current options. */
  options() {
    this.#live_();
    return plain(wasmCall(() => this.#chart.options()));
  }

  /** Draws now (at the canvas's CSS size × devicePixelRatio); returns title, description and table. */
  draw() {
    this.#live_();
    const rendered = plain(wasmCall(() => this.#chart.draw(devicePixelRatio)));
    this.#rendered = rendered;
    this.#drawnSize = this.#sizeKey();
    this.#keyboard?.redrawn();
    this.#pointer?.redrawn();
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
  /** The source line drawn under the chart (without "Source:"): its `source` option, else its data's sources; or null. */
  sourceLine() {
    const o = this.options();
    return o.source ?? this.#sources[o.lang] ?? null;
  }
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
    this.#calls++;
    for (const [target, type, fn, opts] of this.#listeners) target.removeEventListener(type, fn, opts);
    this.#listeners = [];
    this.#resize.stop();
    this.#pointer?.dispose();
    this.#tooltip?.dispose();
    if (this.#ownCanvas) this.#canvas.remove();
    else this.#keyboard?.dispose();
    this.#pointer = this.#keyboard = this.#tooltip = null;
    try { release(this.#chart, this.#made); } catch { /* already gone */ }
    this.#chart = null;
    this.#rendered = null;
    this.#report = null;
  }

  // -- internals ------------------------------------------------------------------------------

  #live_() {
    if (this.#disposed) throw new Error('repatria: this chart has been disposed');
    needReady();
    if (this.#made !== generation()) this.#make();
  }

  /** Makes the module's chart, with the options and data it had when the module restarted. */
  #make() {
    this.#chart = wasmCall(() => new (wasm().Chart)(this.#canvas, this.#saved));
    this.#made = generation();
    if (this.#again) {
      const data = wasmCall(this.#again);
      this.#chart.setData(data);
      data.free();
    }
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
    const h = this.#fixedHeight ?? this.#autoHeight(kind, width, Boolean(this.#report?.record));
    const css = `${Math.max(1, Math.round(h))}px`;
    if (this.#canvas.style.height !== css) this.#canvas.style.height = css;
  }

  #wire({ resize = true, resizeDelay, tooltips = true, keyboard = true }) {
    const watched = resize === false ? null : this.#ownCanvas ? this.#host : this.#canvas;
    this.#resize = new ResizeWatch(watched, typeof resizeDelay === 'number' ? resizeDelay : 100, () => this.#redraw());
    const on = (target, type, fn, opts) => {
      target.addEventListener(type, fn, opts);
      this.#listeners.push([target, type, fn, opts]);
    };
    const showsTips = tooltips !== false;
    const walks = keyboard !== false;
    if (showsTips || walks) this.#tooltip = new Tooltip(this.#canvas, () => this.options());
    const parts = { chart: this, tooltip: this.#tooltip, on, drawn: () => this.#rendered !== null };
    this.#pointer = new Pointer({ ...parts, tooltip: showsTips ? this.#tooltip : null });
    if (walks) this.#keyboard = new Keyboard(parts);
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
