// Data sources: a URL, a text, bytes, a Blob, records, sheet rows or data read once, read into
// the module's `Data`; concurrent reads of one URL are shared.
import { problemRowsOf } from './csv.js';
import { generation, init, loadReader, loadXlsx, plain, release, toError, warmUp, wasm, wasmCall } from './module.js';

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
  [/json/, 'json'], [/tab-separated/, 'tsv'], [/csv|text\/plain/, 'csv'], [/spreadsheetml|ms-excel/, 'xlsx'],
];

function extOf(name) {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

/** A file name for bytes with no name: the format they look like. */
function sniffName(bytes) {
  const head = String.fromCharCode(...bytes.subarray(0, 64));
  return head.startsWith('PK') ? 'data.xlsx' : /^[\xef\xbb\xbf\s]*[[{]/.test(head) ? 'data.json' : 'data.csv';
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
  return /[\r\n]|^\s*[[{]/.test(s);
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
  throw new TypeError('repatria: data is a URL, text, bytes, a Blob, records, a RepatriaData or {url|text|bytes|records|rows, name?}');
}

/**
 * Refuses a file of `size` bytes over the reader's limit (`read.max_bytes`, as the module's
 * reader): before a Blob or a response is read, and before bytes are copied into the module.
 */
function checkSize(name, size, read) {
  const limit = read?.max_bytes ?? 2 ** 28;
  if (size > limit) throw new Error(`${name}: the file is ${size / 1e6 | 0} MB, more than the ${limit / 1e6 | 0} MB limit: split it, or raise the limit (read.max_bytes)`);
}

async function fetchBytes(url, name, { signal, fetchOptions, read } = {}) {
  const absolute = new URL(url, globalThis.document?.baseURI ?? globalThis.location?.href);
  let response;
  try {
    response = await fetch(absolute, { ...fetchOptions, signal });
  } catch (e) {
    if (e && e.name === 'AbortError') throw e;
    throw new Error(`${url}: could not be fetched (${e?.message ?? e})`);
  }
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status} ${response.statusText}`.trim());
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
  // Refused by the length the server gives, else as the body arrives, at the limit.
  fileName ||= url;
  checkSize(fileName, +response.headers.get('Content-Length'), read);
  const chunks = [];
  let size = 0;
  const reader = response.body.getReader();
  try {
    for (let part; !(part = await reader.read()).done;) {
      checkSize(fileName, size += part.value.length, read);
      chunks.push(part.value);
    }
  } catch (e) {
    reader.cancel();
    throw e;
  }
  const bytes = new Uint8Array(size);
  size = 0;
  for (const c of chunks) bytes.set(c, (size += c.length) - c.length);
  return { name: fileName === url ? sniffName(bytes) : fileName, bytes };
}

/**
 * The rows of a workbook's sheet (`read.sheet`, else its first), by the xlsx module, and the
 * names of its sheets (for a choice of sheet).
 */
async function workbookRows(bytes, read) {
  const m = await loadXlsx();
  try {
    return { sheets: m.xlsx_sheets(bytes), rows: m.xlsx_to_rows(bytes, read?.sheet ?? undefined) };
  } catch (e) {
    throw toError(e, m.__wbg_reset_state);
  }
}

/**
 * Reads a classified source into `{wasm, report, again, made, rows}`: a new Wasm `Data` (owned by
 * the caller), the report of reading, what makes the same `Data` again from what was read (after a
 * restart of the module), the module's generation it was made in, and what `keep` (if given)
 * makes of the source read (its bytes, or a sheet's rows), its name and the report.
 * `read` are the reader's options (`{figure, sheet, season_start_month, …}`).
 */
export async function readClassified(c, { signal, fetchOptions, read, keep } = {}) {
  // The data is fetched while the module instantiates, not after.
  const fetched = c.kind === 'url' ? fetchBytes(c.url, c.name, { signal, fetchOptions, read }) : null;
  fetched?.catch(() => {});
  await init(undefined, { packedOnly: isPackedClassified(c) });
  if (fetched) warmUp();
  const { Data, reads } = wasm();
  let name = c.name;
  const kept = (d, source) => {
    if (keep && d.report.problems?.length) d.rows = keep(source, name, d.report);
    return d;
  };
  const fromRows = async (rows) => {
    if (reads) return kept(made(() => Data.fromRows(name, rows, read)), rows);
    const packed = await readerCall((r) => r.readRowsPacked(name, rows, read));
    return kept(made(() => Data.fromBytes(name, packed)), rows);
  };
  if (c.kind === 'rows') {
    name = name || 'data.xlsx';
    return fromRows(c.rows);
  }
  let bytes;
  if (fetched) ({ name, bytes } = await fetched);
  else if (c.kind === 'blob') {
    checkSize(name || 'data', c.blob.size, read);
    bytes = new Uint8Array(await c.blob.arrayBuffer());
  }
  else if (c.kind === 'bytes') bytes = c.bytes;
  else if (c.kind === 'records') {
    name = name || 'records.json';
    bytes = new TextEncoder().encode(recordsJson(c.records));
  } else if (c.kind === 'text') {
    name = name || (/^\s*[[{]/.test(c.text) ? 'data.json' : 'data.csv');
    bytes = new TextEncoder().encode(c.text);
  }
  name = name || sniffName(bytes);
  checkSize(name, bytes.length, read);
  // A workbook: its sheet's rows, by the xlsx module.
  if (/\.xlsx$/i.test(name) && !isPacked(bytes)) {
    const { sheets, rows } = await workbookRows(bytes, read);
    const d = await fromRows(rows);
    d.report.sheets = sheets;
    return d;
  }
  const file = bytes;
  // Without a reader of its own, the module is given the file read (and validated) by the
  // reader module, as packed data.
  if (!reads && !isPacked(bytes)) bytes = await readerCall((r) => r.readPacked(name, bytes, read));
  return kept(made(() => Data.fromBytes(name, bytes, read)), isPacked(file) ? null : file);
}

async function readerCall(fn) {
  const r = await loadReader();
  try {
    return fn(r);
  } catch (e) {
    throw toError(e, r.__wbg_reset_state);
  }
}

function made(make) {
  const data = wasmCall(make);
  const generationMade = generation();
  try {
    return { wasm: data, report: plain(wasmCall(() => data.report())), again: make, made: generationMade };
  } catch (e) {
    release(data, generationMade);
    throw e;
  }
}

const TOKEN = Symbol('repatria');

/** A dataset read once and shown by any number of charts (not copied). */
export class RepatriaData {
  #wasm;
  #report;
  #again;
  #made;
  #rows;
  /** @internal use loadData() */
  constructor(token, read) {
    if (token !== TOKEN) throw new TypeError('repatria: use loadData() to make a RepatriaData');
    this.#rows = read.rows ?? null;
    this.#wasm = read.wasm;
    this.#report = read.report;
    this.#again = read.again;
    this.#made = read.made;
  }
  /** Number of records. */
  get records() { return this.#live().records; }
  /** The report of reading: counts, totals and every problem found. */
  report() { this.#live(); return structuredClone(this.#report); }
  /**
   * The rows of the file that have problems, as the file has them: `{columns, rows: [{line,
   * cells}], cut}` (its header, then each row's own cells, a multi-line record whole; at most
   * 10,000 rows, `cut` when more were left out); null when there are none, or for JSON and
   * packed data read elsewhere (see `loadData`'s `problemRows`).
   */
  problemRows() { this.#live(); return structuredClone(this.#rows); }
  /** The line that cites the data's sources in `lang`, or null when it names none. */
  sourceLine(lang) { return wasmCall(() => this.#live().sourceLine(lang)) ?? null; }
  /**
   * The records packed with the report of reading them (`repatria pack`'s format, `.rpk`):
   * what an embed loads without reading again, and how a worker hands data it read to a page
   * (`loadData(bytes)` there). Needs a module that reads.
   */
  toPacked() {
    const data = this.#live();
    if (typeof data.toPacked !== 'function') throw new Error('repatria: this module draws packed data only: it cannot pack');
    return wasmCall(() => data.toPacked());
  }
  /** Whether free() was called. */
  get freed() { return this.#wasm === null; }
  /** Releases the Wasm memory held by this handle (charts showing the data keep it). */
  free() {
    if (this.#wasm) {
      release(this.#wasm, this.#made);
      this.#wasm = null;
    }
  }
  /** @internal The module's `Data`, and what makes it again (a chart's own, after a restart). */
  static wasmOf(d) { return [d.#live(), d.#again]; }
  #live() {
    if (!this.#wasm) throw new Error('repatria: this data has been freed');
    if (this.#made !== generation()) {
      this.#wasm = wasmCall(this.#again);
      this.#made = generation();
    }
    return this.#wasm;
  }
}

/**
 * Reads data once, for sharing between charts: `source` is a URL, a text (a string with a line
 * break, or starting with `[` or `{`), bytes (a packed dataset among them, or an .xlsx workbook,
 * read by the xlsx module, loaded then), a Blob, an array of records, sheet rows or
 * `{url|text|bytes|records|rows, name}`. `name` is the file name used in messages; its
 * extension picks the format. `read` are the reader's options. `problemRows` are the rows with
 * problems of packed data as `problemRows()` gave them where it was read (in a worker, say).
 */
export async function loadData(source, { name, signal, fetchOptions, read, problemRows } = {}) {
  const c = classify(source, name);
  if (c.kind === 'data') return c.data;
  const d = await readClassified(c, { signal, fetchOptions, read, keep: problemRowsOf });
  d.rows ??= problemRows;
  return new RepatriaData(TOKEN, d);
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
        entry.promise.then((d) => release(d.wasm, d.made), () => {});
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
