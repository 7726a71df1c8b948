// <repatria-chart>: one tag for news and ministry pages.
//
//   <script type="module" src="…/repatria/lib/repatria-chart.js"></script>
//   <repatria-chart src="data/finds.csv" chart="seasons" lang="vi"
//                   title="…" source="…"></repatria-chart>
//
// Every chart option is an attribute (kebab-case: khmer-digits); filters are lists:
// seasons="2023-2024 2024-2025", teams="K91,K92", provinces="KH-4 KH-7". The element fills its
// container's width, picks a height from it (or takes height="420"), redraws on resize, shows
// tooltips, and when the data cannot be loaded shows a readable message and whatever the page
// put inside the element (for example a table of the same numbers). The Wasm module is loaded
// once per page, however many charts it holds.
import { init, isPackedSource, RepatriaChart, tableElement, _prefetch } from './repatria.js';

/** Attributes that are chart options, and how each is read. */
const OPTION_ATTRIBUTES = {
  chart: 'text', lang: 'text', theme: 'text', title: 'text', subtitle: 'text', source: 'text',
  width: 'number', height: 'number', group: 'text', time: 'text', classes: 'number',
  classification: 'enum', sample: 'boolean', 'khmer-digits': 'boolean',
  seasons: 'list', teams: 'list', provinces: 'list',
};
const OTHER_ATTRIBUTES = ['src', 'name', 'tooltips', 'table'];

const TEXT = {
  en: { loading: 'Loading the chart…', failed: 'The chart could not be shown.', numbers: 'Show the numbers', none: 'No data: the src attribute is empty.' },
  vi: { loading: 'Đang tải biểu đồ…', failed: 'Không thể hiển thị biểu đồ.', numbers: 'Xem số liệu', none: 'Không có dữ liệu: thuộc tính src trống.' },
  km: { loading: 'កំពុងផ្ទុកគំនូសតាង…', failed: 'មិនអាចបង្ហាញគំនូសតាងបានទេ។', numbers: 'បង្ហាញតួលេខ', none: 'គ្មានទិន្នន័យ៖ គុណលក្ខណៈ src ទទេ។' },
};

const CSS = `
:host { display: block; position: relative; color: inherit; font: inherit; }
:host([hidden]) { display: none; }
.frame { position: relative; }
.plot { position: relative; min-height: 1px; }
.plot.waiting { visibility: hidden; }
.plot.failed { display: none; }
canvas { display: block; width: 100%; outline-offset: 2px; }
.status { position: absolute; top: 0; left: 0; margin: 0; padding: .5em 0; opacity: .75; }
.status[hidden], .error[hidden] { display: none; }
.error { margin: .5em 0; padding: .5em .75em; border-left: 4px solid #d55e00; }
.error strong { display: block; }
.error span { display: block; overflow-wrap: anywhere; }
slot { display: none; }
.frame.failed slot { display: block; }
.table.hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; margin: -1px; }
details { margin: .5em 0; }
summary { cursor: pointer; }
table { border-collapse: collapse; font-size: .875em; margin: .5em 0; max-width: 100%; }
caption { text-align: start; font-weight: 600; padding: .25em 0; }
th, td { padding: .2em .6em; border-bottom: 1px solid rgba(128,128,128,.35); text-align: start; vertical-align: top; }
td.n { text-align: end; font-variant-numeric: tabular-nums; }
.wrap { overflow-x: auto; }
`;

let sheet = null;
function styles() {
  if (!sheet && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}

function langOf(value) {
  return value === 'vi' || value === 'km' ? value : 'en';
}

function isTrue(value) {
  return value !== null && !/^(false|no|off|0)$/i.test(value.trim());
}

let defaults = null;

/** `<repatria-chart>`. */
export class RepatriaChartElement extends HTMLElement {
  static get observedAttributes() {
    return [...Object.keys(OPTION_ATTRIBUTES), ...OTHER_ATTRIBUTES];
  }

  #root;
  #frame;
  #plot;
  #status;
  #error;
  #tableBox;
  #chart = null;
  #state = 'idle';
  #lastError = null;
  #loadedKey = null;
  #data = undefined;
  #token = 0;
  #queued = false;
  #complete = Promise.resolve(false);
  #internals = null;

  constructor() {
    super();
    this.#root = this.attachShadow({ mode: 'open' });
    const sheet = styles();
    if (sheet) this.#root.adoptedStyleSheets = [sheet];
    try { this.#internals = this.attachInternals(); } catch { this.#internals = null; }
    this.#frame = document.createElement('div');
    this.#frame.className = 'frame';
    this.#frame.title = ''; // the host's title attribute names the chart; no browser tooltip for it
    this.#plot = document.createElement('div');
    this.#plot.className = 'plot waiting';
    this.#plot.setAttribute('part', 'plot');
    this.#status = document.createElement('p');
    this.#status.className = 'status';
    this.#status.setAttribute('role', 'status');
    this.#status.setAttribute('part', 'status');
    this.#error = document.createElement('div');
    this.#error.className = 'error';
    this.#error.setAttribute('role', 'alert');
    this.#error.setAttribute('part', 'error');
    this.#error.hidden = true;
    this.#tableBox = document.createElement('div');
    this.#tableBox.className = 'table hidden';
    this.#tableBox.setAttribute('part', 'table');
    const slot = document.createElement('slot');
    this.#frame.append(this.#plot, this.#status, this.#error, slot, this.#tableBox);
    this.#root.append(this.#frame);
  }

  connectedCallback() {
    this.#schedule();
  }

  disconnectedCallback() {
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.#token++;
      if (this.#chart) this.#chart.dispose();
      this.#chart = null;
      this.#loadedKey = null;
      this.#setState('idle');
    });
  }

  attributeChangedCallback(name, before, after) {
    if (before !== after) this.#schedule();
  }

  /** The chart (a RepatriaChart) once the module is loaded, else null. */
  get chart() { return this.#chart; }
  /** `idle`, `loading`, `ready` or `error`. */
  get state() { return this.#state; }
  /** The error shown, when `state` is `error`. */
  get error() { return this.#lastError; }
  /** Resolves when the latest update is drawn (true) or has failed (false); never rejects. */
  get updateComplete() { return this.#complete; }

  /** Data given from script (records, text, bytes, a Blob, a URL): shown instead of `src`. */
  set data(source) {
    this.#data = source;
    this.#loadedKey = null;
    this.#schedule();
  }
  get data() { return this.#data; }

  /** Shows data given from script; resolves to the report of reading. */
  async setData(source) {
    this.data = source;
    await this.#complete;
    if (this.#state === 'error') throw this.#lastError;
    return this.#chart ? this.#chart.report() : null;
  }

  /** The report of reading the data (null before). */
  report() { return this.#chart ? this.#chart.report() : null; }
  /** The chart's description (alt text). */
  description() { return this.#chart ? this.#chart.description() : ''; }
  /** The numbers behind the chart. */
  table() { return this.#chart ? this.#chart.table() : { columns: [], rows: [] }; }
  /** The chart as SVG text. */
  toSVG(width, height) { return this.#need().toSVG(width, height); }
  /** The chart as a PNG Blob (2× by default). */
  toPNG(options) { return this.#need().toPNG(options); }

  #need() {
    if (!this.#chart || this.#state !== 'ready') throw new Error('repatria-chart: the chart is not drawn yet (await element.updateComplete)');
    return this.#chart;
  }

  #text() {
    return TEXT[langOf(this.getAttribute('lang'))];
  }

  #schedule() {
    if (this.#queued) return;
    this.#queued = true;
    let done;
    this.#complete = new Promise((resolve) => { done = resolve; });
    queueMicrotask(() => {
      this.#queued = false;
      if (!this.isConnected) { done(false); return; }
      this.#update().then(done, () => done(false));
    });
  }

  /** The options the attributes ask for; absent attributes give the defaults. */
  #options() {
    const o = { ...defaults, filter: { seasons: [], teams: [], provinces: [] } };
    for (const [attr, kind] of Object.entries(OPTION_ATTRIBUTES)) {
      const raw = this.getAttribute(attr);
      const key = attr.replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      if (kind === 'list') {
        if (raw !== null) o.filter[key] = raw.split(/[\s,;]+/).filter(Boolean);
        continue;
      }
      if (raw === null) {
        if (attr === 'height') o.height = null;
        continue;
      }
      if (kind === 'boolean') o[key] = isTrue(raw);
      else if (kind === 'number') {
        const n = Number(raw.trim());
        if (raw.trim() === '' || !Number.isFinite(n)) throw new Error(`${attr}="${raw}": expected a number`);
        o[key] = n;
      } else if (kind === 'enum') o[key] = raw.trim().replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      else o[key] = attr === 'title' || attr === 'subtitle' || attr === 'source' ? raw : raw.trim().toLowerCase();
    }
    if (!this.hasAttribute('sample') && this.#chart && this.#loadedKey !== null && this.#chart.report()?.sample) o.sample = true;
    return o;
  }

  async #update() {
    const token = ++this.#token;
    const t = this.#text();
    // A new src starts downloading while the module loads; setData below shares that read.
    const src = this.#data === undefined ? this.getAttribute('src') : null;
    const named = this.getAttribute('name') || undefined;
    const early = src && `${src}\n${named || ''}` !== this.#loadedKey ? _prefetch(src, named) : null;
    try {
      // Packed data (src="….rpk") needs only the smaller module, which draws and does not read.
      const given = this.#data !== undefined ? this.#data : this.getAttribute('src');
      await init(undefined, { packedOnly: isPackedSource(given ?? '') });
      if (token !== this.#token || !this.isConnected) return false;
      if (!this.#chart) {
        this.#chart = new RepatriaChart(this.#plot, {
          tooltips: !/^(off|false|no|0)$/i.test(this.getAttribute('tooltips') || ''),
        });
        if (!defaults) {
          defaults = this.#chart.options();
          delete defaults.height;
        }
        this.#chart.addEventListener('draw', (e) => this.#showTable(e.detail));
        this.#chart.addEventListener('error', (e) => this.#fail(e.detail));
      }
      const chart = this.#chart;
      const options = this.#options();
      const key = this.#data !== undefined ? this.#loadedKey ?? Symbol('data') : `${this.getAttribute('src') || ''}\n${this.getAttribute('name') || ''}`;
      const reload = key !== this.#loadedKey;
      if (reload) {
        this.#setState('loading');
        this.#status.textContent = t.loading;
        this.#status.hidden = false;
        this.#plot.className = 'plot waiting';
      }
      chart.setOptions(options);
      if (reload) {
        const source = this.#data !== undefined ? this.#data : this.getAttribute('src');
        if (source === null || source === '') throw new Error(t.none);
        const report = await chart.setData(source, { name: this.getAttribute('name') || undefined });
        if (token !== this.#token) return false;
        this.#loadedKey = key;
        // A file that says it is made up is labelled so, unless the page decided (sample="false").
        if (report && report.sample && !this.hasAttribute('sample')) chart.setOptions({ sample: true });
      }
      this.#status.hidden = true;
      this.#error.hidden = true;
      this.#plot.className = 'plot';
      this.#frame.classList.remove('failed');
      this.#tableMode();
      this.#setState('ready');
      this.dispatchEvent(new CustomEvent('repatria-draw', { bubbles: true, composed: true, detail: { title: chart.title(), description: chart.description() } }));
      return true;
    } catch (e) {
      if (token !== this.#token) return false;
      this.#fail(e);
      return false;
    } finally {
      early?.release();
    }
  }

  #fail(e) {
    const error = e instanceof Error ? e : new Error(String(e));
    const t = this.#text();
    this.#lastError = error;
    this.#loadedKey = null;
    this.#status.hidden = true;
    this.#plot.className = 'plot failed';
    this.#frame.classList.add('failed');
    const head = document.createElement('strong');
    head.textContent = t.failed;
    const detail = document.createElement('span');
    detail.textContent = error.message;
    this.#error.replaceChildren(head, detail);
    this.#error.hidden = false;
    this.#tableBox.replaceChildren();
    this.#setState('error');
    this.dispatchEvent(new CustomEvent('repatria-error', { bubbles: true, composed: true, detail: { message: error.message } }));
  }

  #setState(state) {
    this.#state = state;
    if (state !== 'error') this.#lastError = null;
    const states = this.#internals && this.#internals.states;
    if (states) {
      for (const s of ['idle', 'loading', 'ready', 'error']) {
        try { if (s === state) states.add(s); else states.delete(s); } catch { /* older browsers */ }
      }
    }
  }

  /** `table` absent: for screen readers only; present: behind a "show the numbers" toggle; `open`: shown. */
  #tableMode() {
    const mode = this.getAttribute('table');
    this.#tableBox.className = mode === null ? 'table hidden' : 'table';
    const details = this.#tableBox.querySelector('details');
    if (details && mode !== null) details.open = mode.trim().toLowerCase() === 'open';
  }

  /** Writes the chart's table as a real HTML table (text only). */
  #showTable(rendered) {
    if (!rendered || !rendered.table) return;
    const lang = langOf(this.getAttribute('lang'));
    const table = tableElement(rendered, lang);
    // The table scrolls sideways on a phone: a named region a keyboard can reach and scroll.
    const wrap = document.createElement('div');
    wrap.className = 'wrap';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'region');
    wrap.setAttribute('aria-label', rendered.title);
    wrap.append(table);
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    summary.textContent = TEXT[lang].numbers;
    details.append(summary, wrap);
    details.lang = lang;
    this.#tableBox.replaceChildren(details);
    this.#tableMode();
    if (this.getAttribute('table') === null) details.open = true; // read by screen readers, not seen
  }
}

/** Defines the element under `name` (default `repatria-chart`), once. */
export function defineRepatriaChart(name = 'repatria-chart') {
  if (!customElements.get(name)) customElements.define(name, class extends RepatriaChartElement {});
  return customElements.get(name);
}

if (typeof customElements !== 'undefined' && !customElements.get('repatria-chart')) {
  customElements.define('repatria-chart', RepatriaChartElement);
}
