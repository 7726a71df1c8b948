// Data sources: a URL, a text, bytes, a Blob, records, sheet rows or data read once, read into
// the module's `Data`; concurrent reads of one URL are shared.
import { init, loadReader, plain, toError, warmUp, wasm, wasmCall } from './module.js';

// RPK and the format's version digit (src/pack.rs): files of another version are recognised,
// and the module says what to do with them.
const PACKED = [0x52, 0x50, 0x4b];
function isPacked(bytes) {
  return bytes.length >= 4 && PACKED.every((b, i) => bytes[i] === b) && bytes[3] >= 0x30 && bytes[3] <= 0x39;
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

/** What a source is: `{kind: 'url'|'text'|'bytes'|'blob'|'records'|'rows'|'data', …}`. */
export function classify(source, name) {
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
    if (Array.isArray(source.rows)) return { kind: 'rows', rows: source.rows, name: n };
  }
  throw new TypeError('repatria: data must be a URL, a text, bytes (Uint8Array or ArrayBuffer), a Blob, an array of records, '
    + 'a RepatriaData, or {url | text | bytes | records | rows, name?}');
}

async function fetchBytes(url, name, { signal, fetchOptions } = {}) {
  const absolute = new URL(url, typeof document !== 'undefined' ? document.baseURI : globalThis.location?.href);
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

/**
 * Reads a classified source into `{wasm, report}` (a new Wasm `Data`, owned by the caller).
 * `read` are the reader's options (`{figure, sheet, season_start_month, …}`).
 */
export async function readClassified(c, { signal, fetchOptions, read } = {}) {
  // The data is fetched while the module instantiates, not after.
  const fetched = c.kind === 'url' ? fetchBytes(c.url, c.name, { signal, fetchOptions }) : null;
  fetched?.catch(() => {});
  await init(undefined, { packedOnly: isPackedClassified(c) });
  if (fetched) warmUp();
  const { Data, reads } = wasm();
  let name = c.name;
  if (c.kind === 'rows') {
    name = name || 'data.xlsx';
    if (reads) return withReport(wasmCall(() => Data.fromRows(name, c.rows, read)));
    const packed = await readerCall((r) => r.readRowsPacked(name, c.rows, read));
    return withReport(wasmCall(() => Data.fromBytes(name, packed)));
  }
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
  // Without a reader of its own, the module is given the file read (and validated) by the
  // reader module, as packed data.
  if (!reads && !isPacked(bytes)) bytes = await readerCall((r) => r.readPacked(name, bytes, read));
  return withReport(wasmCall(() => Data.fromBytes(name, bytes, read)));
}

async function readerCall(fn) {
  const r = await loadReader();
  try {
    return fn(r);
  } catch (e) {
    throw toError(e);
  }
}

function withReport(data) {
  try {
    return { wasm: data, report: plain(wasmCall(() => data.report())) };
  } catch (e) {
    data.free();
    throw e;
  }
}

const TOKEN = Symbol('repatria');

/** A dataset read once and shown by any number of charts (not copied). */
export class RepatriaData {
  #wasm;
  #report;
  /** @internal use loadData() */
  constructor(token, data, report) {
    if (token !== TOKEN) throw new TypeError('repatria: use loadData() to make a RepatriaData');
    this.#wasm = data;
    this.#report = report;
  }
  /** Number of records. */
  get records() { return this.#live().records; }
  /** The report of reading: counts, totals and every problem found. */
  report() { this.#live(); return structuredClone(this.#report); }
  /** The line that cites the data's sources in `lang`, or null when it names none. */
  sourceLine(lang) { return wasmCall(() => this.#live().sourceLine(lang)) ?? null; }
  /**
   * The records packed with the report of reading them (`repatria pack`'s format, `.rpk`):
   * what an embed loads without reading again, and how a worker hands data it read to a page
   * (`loadData(bytes)` there). Needs a module that reads.
   */
  toPacked() {
    const data = this.#live();
    if (typeof data.toPacked !== 'function') throw new Error('repatria: this module draws packed data only and cannot pack data');
    return wasmCall(() => data.toPacked());
  }
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

/**
 * Reads data once, for sharing between charts: `source` is a URL, a text (a string with a line
 * break, or starting with `[` or `{`), bytes (a packed dataset among them), a Blob, an array of
 * records, sheet rows or `{url|text|bytes|records|rows, name}`. `name` is the file name used
 * in messages; its extension picks the format. `read` are the reader's options.
 */
export async function loadData(source, { name, signal, fetchOptions, read } = {}) {
  const c = classify(source, name);
  if (c.kind === 'data') return c.data;
  const { wasm: data, report } = await readClassified(c, { signal, fetchOptions, read });
  return new RepatriaData(TOKEN, data, report);
}

// Concurrent loads of the same URL by several charts share one fetch and one parse.
const inflight = new Map();

/**
 * The shared read of URL source `c`: `{promise, release}`; the `Data` is freed when the last
 * user releases it (each user keeps its own reference by then).
 */
export function sharedRead(c) {
  const key = `${new URL(c.url, document.baseURI).href}\n${c.name || ''}`;
  let entry = inflight.get(key);
  if (!entry) {
    entry = { waiting: 0, promise: readClassified(c) };
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

/**
 * Starts reading `source` now if it is a URL, for a chart that will be given it once the module
 * is loaded: the read is shared with the chart's (see `sharedRead`). Returns the handle to
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
  const handle = sharedRead(c);
  handle.promise.catch(() => {});
  return handle;
}
