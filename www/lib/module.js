// The Wasm module: loaded and instantiated once per page (or worker), however many charts.
// Four builds draw the same charts (see the README's table): `pkg/` draws packed data only
// (`repatria pack`) and is what an embed of packed data loads; `pkg/full/` also reads CSV,
// TSV, JSON and sheet rows; `pkg/reader/` reads only, and is loaded when a page that started
// with `pkg/` is given other data; `pkg/fast/` is `pkg/full/` built for speed, which a page
// chooses by handing its bindings to `init`.

let ready = null;
let crashed = null;
/** The module's bindings once loaded: `{Chart, Data, reads, reset}`. */
let bindings = null;
let reader = null;
let restarts = 0;

/**
 * Loads and instantiates the Wasm module, once per page; later calls return the same promise.
 * By default the module that reads every format; with `{packedOnly: true}` the smaller one that
 * draws packed datasets (other data then loads a reader first); with `{bindings}` the build
 * whose wasm-bindgen bindings are given (a module namespace or a promise of one, such as
 * `import('…/pkg/fast/repatria.js')`). `input` (optional) is where that module's `.wasm` file
 * is: a URL, a `Response`, bytes or a compiled `WebAssembly.Module`; by default the
 * `_bg.wasm` file next to its bindings.
 */
export function init(input, { packedOnly = false, bindings: chosen } = {}) {
  if (!ready) {
    const module = chosen ?? (packedOnly ? import('../pkg/repatria.js') : import('../pkg/full/repatria.js'));
    ready = Promise.resolve(module)
      .then(async (m) => {
        await m.default(input === undefined ? undefined : { module_or_path: input });
        bindings = { Chart: m.Chart, Data: m.Data, reads: typeof m.Data.fromText === 'function', reset: m.__wbg_reset_state };
      });
    ready.catch(() => { ready = null; });
  }
  return ready;
}

/** Whether the module is loaded (charts can then be made with `new RepatriaChart`). */
export function isReady() {
  return bindings !== null;
}

/** The loaded module's bindings, `{Chart, Data, reads}`; throws when it is not loaded. */
export function wasm() {
  needReady();
  return bindings;
}

/** The reader module (for a module that draws packed data only), loaded once when needed. */
export function loadReader() {
  if (!reader) {
    reader = import('../pkg/reader/repatria_reader.js').then(async (m) => { await m.default(); return m; });
    reader.catch(() => { reader = null; });
  }
  return reader;
}

let workbooks = null;
/**
 * The xlsx module (`pkg/xlsx/`, a Wasm build of its own that reads workbooks), loaded the first
 * time a workbook is read, never before.
 */
export function loadXlsx() {
  if (!workbooks) {
    workbooks = import('../pkg/xlsx/repatria_xlsx.js').then(async (m) => { await m.default(); return m; });
    workbooks.catch(() => { workbooks = null; });
  }
  return workbooks;
}

/** Throws unless the module is loaded and has not stopped on an internal error. */
export function needReady() {
  if (crashed) throw new Error(`repatria: the module stopped (${crashed.message}); reload the page`);
  if (!bindings) throw new Error('repatria: await init() first, or use createChart()');
}

/**
 * How many times the module has been restarted. A handle (`Chart`, `Data`) made on an earlier
 * instance is stale: it is made again before use, and never freed (its memory went with it).
 */
export function generation() {
  return restarts;
}

/** Frees handle `h` made in generation `made`, unless its instance is gone. */
export function release(h, made) {
  if (made === restarts) h.free();
}

/**
 * Any thrown value as an `Error`, keeping the Rust message. A trap (`WebAssembly.RuntimeError`:
 * out of memory, say) leaves the instance's memory and stack as they were when it stopped, so a
 * new instance of the same module replaces it (`reset`: the reader's, for a trap in the reader
 * module); the error says so, and the charts and data made before are made again when next used.
 */
export function toError(e, reset = bindings?.reset) {
  if (e instanceof Error) {
    if (!globalThis.WebAssembly || !(e instanceof WebAssembly.RuntimeError)) return e;
    const main = reset === bindings?.reset;
    try {
      reset();
      if (main) restarts++;
    } catch {
      if (main) crashed = e;
    }
    return new Error(`repatria: the module stopped (${e.message}) and was restarted`, { cause: e });
  }
  return new Error(String(e));
}

/** Calls into Wasm, turning whatever it throws into an `Error`. */
export function wasmCall(fn) {
  needReady();
  try {
    return fn();
  } catch (e) {
    throw toError(e);
  }
}

/** A copy made of plain objects and arrays (serde may give `Map`s). */
export function plain(v) {
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

let warmed = false;
/**
 * Once per page, while data downloads: draws an empty chart on a canvas that is never shown,
 * so that the first real chart finds the canvas, its fonts and the drawing code ready (in a
 * fresh browser, the first draw then takes about half as long).
 */
export function warmUp() {
  if (warmed || typeof document === 'undefined') return;
  warmed = true;
  try {
    const chart = new bindings.Chart(document.createElement('canvas'), { chart: 'seasons', width: 320, height: 200 });
    chart.draw();
    chart.free();
  } catch (e) {
    toError(e); // only a head start: the real chart reports its own errors (after a restart)
  }
}
