// Browser benchmarks of reading, drawing and module sizes: drives www/bench.html in headless
// Chromium and collects its figures; and writes BENCHMARKS.md from them and the native ones,
// beside the budgets they are held against.
//
//   node tests/bench/run.mjs browser OUT.json
//       needs the modules of `make wasm` (www/pkg/: packed data only, built for size;
//       www/pkg/full/: the same with the reader; www/pkg/fast/: charts + reader at opt-level 3;
//       www/pkg/reader/: the reader alone) and www/bench-data/finds-{10000,100000,1000000}.csv
//       (written by the native benchmark) and finds-10000.rpk (see scripts/bench.sh)
//   node tests/bench/run.mjs sizes      (only the shipped sizes, as JSON)
//   node tests/bench/run.mjs report --native N.json --browser B.json [--profile P.txt] [--out BENCHMARKS.md]
//
// Environment: CHROMIUM (default /usr/bin/chromium), BENCH_COLD_RUNS (fresh browsers per kind of
// first chart, for the module and first-chart figures, default 5: 2 × that many for each of
// pkg/full, pkg and pkg/fast); for experiments: BENCH_JS_FLAGS (V8 flags, e.g.
// --no-wasm-lazy-compilation), BENCH_ONLY=cold (only the fresh-browser runs), BENCH_ONLY=warm
// (reading, the warm first chart, the dashboard redraw and the sites map, printed, not
// written; BENCH_MODULE=pkg/full or pkg/fast, the default; pkg: the packed first chart only),
// BENCH_COLD_DELAY_MS (a pause between instantiating the module and asking for the first chart).
import { mkdtemp, rm, readFile, writeFile, stat, readdir } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync, brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const WWW = join(ROOT, 'www');
const SIZES = [10000, 100000, 1000000];
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-precise-memory-info'];

const log = (...a) => console.log('bench:', ...a);

// ---- Running the page ------------------------------------------------------------------------

async function launch(base) {
  const profile = await mkdtemp(join(tmpdir(), 'repatria-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: process.env.BENCH_JS_FLAGS ? [...ARGS, `--js-flags=${process.env.BENCH_JS_FLAGS}`] : ARGS,
    headless: true,
    deviceScaleFactor: 1,
    viewport: { width: 1280, height: 900 },
  });
  const errors = [];
  const page = context.pages()[0] || await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.setDefaultTimeout(600_000);
  await page.goto(base + 'bench.html');
  await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
  const version = context.browser()?.version() ?? null;
  return {
    page, errors, version,
    async close() { await context.close(); await rm(profile, { recursive: true, force: true }); },
  };
}

const median = (xs) => {
  const v = [...xs].sort((a, b) => a - b);
  const n = v.length;
  return n % 2 ? v[(n - 1) / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
};

async function fileSize(path) {
  const bytes = await readFile(path);
  return {
    path: path.slice(ROOT.length + 1),
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

// ---- What the Wasm module is made of -----------------------------------------------------------

function leb(buf, at) {
  let v = 0;
  let shift = 0;
  for (;;) {
    const b = buf[at++];
    v += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return [v, at];
  }
}

/** Sections of a Wasm binary: [{id, name, start, end}] (payload offsets). */
function sections(buf) {
  const out = [];
  let at = 8;
  while (at < buf.length) {
    const id = buf[at++];
    let size;
    [size, at] = leb(buf, at);
    const end = at + size;
    let name = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'data count', 'tag'][id] || `id ${id}`;
    let start = at;
    if (id === 0) {
      let n;
      [n, start] = leb(buf, at);
      name = `custom "${buf.subarray(start, start + n).toString('utf8')}"`;
      start += n;
    }
    out.push({ id, name, start: at, payload: start, end });
    at = end;
  }
  return out;
}

/**
 * This crate's module `top` (with the module `sub` under it): the top-level module, except the
 * maps (`chart::map`), counted apart as they were before they moved under the charts.
 */
const moduleOf = (top, sub) => (top === 'chart' && sub === 'map' ? 'repatria::chart::map' : `repatria::${top}`);

/**
 * The crate a function name belongs to, from a legacy (`_ZN8repatria4read…`, `_ZN102_$LT$alloc..vec…`),
 * v0 (`_RNv…Cs…_4core…`) or demangled (`<alloc::vec::Vec<T> as …>::f`) Rust name; this crate's
 * functions by module (`moduleOf`).
 */
function crateOf(name) {
  let m = name.match(/^_ZN(\d+)/);
  if (m) {
    const first = name.substr(3 + m[1].length, Number(m[1])).replace(/^_?(\$LT\$|\$RF\$|\$BP\$|\$u20\$)+/, '');
    const id = first.match(/^(?:dyn\$u20\$|mut\$u20\$)?([A-Za-z_][A-Za-z0-9_]*)/);
    if (!id) return 'other';
    if (/^[A-Z]$/.test(id[1])) return '(generic impls)';
    if (id[1] !== 'repatria') return id[1];
    // This crate, by module: the next path component.
    const impl = first.match(/^(?:dyn\$u20\$|mut\$u20\$)?repatria\.\.([a-z_][a-z0-9_]*)(?:\.\.([a-z_][a-z0-9_]*))?/);
    if (impl) return moduleOf(impl[1], impl[2]);
    const component = (at) => {
      const len = name.slice(at).match(/^(\d+)/);
      return len ? name.substr(at + len[1].length, Number(len[1])) : '';
    };
    const at = 3 + m[1].length + Number(m[1]);
    const mod = component(at);
    if (!/^[a-z_][a-z0-9_]*$/.test(mod)) return 'repatria';
    return moduleOf(mod, component(at + String(mod.length).length + mod.length));
  }
  if (name.startsWith('_R')) {
    m = name.match(/C(?:s[0-9A-Za-z]*_)?(\d+)/);
    if (m) return name.substr(m.index + m[0].length, Number(m[1])).replace(/^_/, '');
    return 'other';
  }
  m = name.replace(/^[<&*\s]+(dyn\s+|mut\s+|const\s+)?/, '').match(/^([A-Za-z_][A-Za-z0-9_]*)/);
  return m ? m[1] : 'other';
}

/**
 * Bytes of the shipped module by section (raw and gzipped alone), and of the code by crate,
 * from the module before wasm-bindgen, which still has its function names.
 */
async function wasmBreakdown(shippedPath, namedPath) {
  const buf = await readFile(shippedPath);
  const bySection = sections(buf).map((s) => ({
    section: s.name, raw: s.end - s.start, gzip: gzipSync(buf.subarray(s.start, s.end), { level: 9 }).length,
  }));
  let byCrate = null;
  if (existsSync(namedPath)) {
    const nb = await readFile(namedPath);
    const secs = sections(nb);
    let imported = 0;
    const imp = secs.find((s) => s.id === 2);
    if (imp) {
      let [count, at] = leb(nb, imp.start);
      for (let i = 0; i < count; i++) {
        let n;
        [n, at] = leb(nb, at); at += n;
        [n, at] = leb(nb, at); at += n;
        const kind = nb[at++];
        if (kind === 0) { imported++; [, at] = leb(nb, at); }
        else if (kind === 1) { at++; const f = nb[at++]; [, at] = leb(nb, at); if (f & 1) [, at] = leb(nb, at); }
        else if (kind === 2) { const f = nb[at++]; [, at] = leb(nb, at); if (f & 1) [, at] = leb(nb, at); }
        else if (kind === 3) { at += 2; }
        else if (kind === 4) { at++; [, at] = leb(nb, at); }
      }
    }
    const names = new Map();
    const ns = secs.find((s) => s.name === 'custom "name"');
    if (ns) {
      let at = ns.payload;
      while (at < ns.end) {
        const sub = nb[at++];
        let size;
        [size, at] = leb(nb, at);
        const end = at + size;
        if (sub === 1) {
          let [count, p] = leb(nb, at);
          for (let i = 0; i < count; i++) {
            let idx; let n;
            [idx, p] = leb(nb, p);
            [n, p] = leb(nb, p);
            names.set(idx, nb.subarray(p, p + n).toString('utf8'));
            p += n;
          }
        }
        at = end;
      }
    }
    const code = secs.find((s) => s.id === 10);
    if (code && names.size) {
      const crates = new Map();
      let [count, at] = leb(nb, code.start);
      let total = 0;
      for (let i = 0; i < count; i++) {
        const [size, body] = leb(nb, at);
        const crate = crateOf(names.get(imported + i) || '');
        crates.set(crate, (crates.get(crate) || 0) + size);
        total += size;
        at = body + size;
      }
      const data = secs.find((s) => s.id === 11);
      byCrate = {
        codeBytes: total, dataBytes: data ? data.end - data.start : 0,
        crates: [...crates.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([crate, bytes]) => ({ crate, bytes })),
      };
    }
  }
  return { bySection, byCrate };
}

/** What the JS API and the element weigh as the embed page loads them: the one minified script
 * (the element with the API joined in), if built; otherwise the two files as written. */
function libFiles() {
  if (existsSync(join(WWW, 'lib', 'repatria-embed.min.js'))) return { files: ['lib/repatria-embed.min.js'], minified: true };
  return { files: ['lib/repatria.js', 'lib/repatria-chart.js'], minified: false };
}

const sum = (files) => files.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

/** Sizes of `paths` (under www/) that exist, their total, and those missing. */
async function group(paths, extra = {}) {
  const files = [];
  const missing = [];
  for (const f of paths) {
    if (existsSync(join(WWW, f))) files.push(await fileSize(join(WWW, f)));
    else missing.push(f);
  }
  return { ...extra, files, missing, total: sum(files) };
}

async function shipped() {
  const pkg = join(WWW, 'pkg');
  const lib = libFiles();
  // An embed of packed data (.rpk): the chart-only module; of a CSV: the module with the reader.
  const embedPacked = await group(['pkg/repatria_bg.wasm', 'pkg/repatria.js', ...lib.files], { lib: lib.files, libMinified: lib.minified });
  const embedCsv = await group(['pkg/full/repatria_bg.wasm', 'pkg/full/repatria.js', ...lib.files], { lib: lib.files, libMinified: lib.minified });
  const reader = await group(['pkg/reader/repatria_reader_bg.wasm', 'pkg/reader/repatria_reader.js'], {
    loads: 'only when a page that loaded pkg/ (for packed data) is given unpacked data (CSV, TSV, JSON)',
  });
  let xlsx = null;
  const xdir = join(pkg, 'xlsx');
  if (existsSync(xdir)) {
    const files = [];
    for (const f of (await readdir(xdir)).sort()) {
      if (/\.(wasm|js)$/.test(f) && !f.endsWith('.d.ts')) files.push(await fileSize(join(xdir, f)));
    }
    xlsx = { files, total: sum(files) };
  }
  const analyst = [];
  for (const f of ['pkg/fast/repatria_bg.wasm', 'pkg/fast/repatria.js', 'app.js']) {
    if (existsSync(join(WWW, f))) analyst.push(await fileSize(join(WWW, f)));
  }
  // pkg/ (chart-only) is the build `make wasm` makes last, so the named module is the same one.
  const wasm = existsSync(join(pkg, 'repatria_bg.wasm'))
    ? { of: 'pkg/repatria_bg.wasm', ...(await wasmBreakdown(join(pkg, 'repatria_bg.wasm'), join(ROOT, 'target', 'wasm32-unknown-unknown', 'wasm', 'repatria.wasm'))) }
    : null;
  return { embedPacked, embedCsv, reader, analyst: { files: analyst, total: sum(analyst) }, xlsx, wasm };
}

async function browser(outPath) {
  for (const f of ['pkg/repatria.js', 'pkg/repatria_bg.wasm', 'pkg/full/repatria.js', 'pkg/full/repatria_bg.wasm',
    'pkg/fast/repatria.js', 'pkg/fast/repatria_bg.wasm', ...SIZES.map((n) => `bench-data/finds-${n}.csv`)]) {
    if (!existsSync(join(WWW, f))) throw new Error(`www/${f} is missing: run \`make bench\` (make wasm, then the native benchmark writes the CSV files)`);
  }
  const server = await serve(WWW, 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const errors = [];
  const out = { date: new Date().toISOString(), viewport: [1280, 900], deviceScaleFactor: 1, jsFlags: process.env.BENCH_JS_FLAGS || null };
  try {
    // Module fetch + instantiate and the first chart, each in a fresh browser (nothing cached).
    if (process.env.BENCH_ONLY === 'warm') return await warmOnly(base, errors);
    // The modules, each in its own fresh browsers, with the first charts they are for, in turn:
    // 'pkg/full' (built for size, with the reader: an embed of a CSV) as out.cold, from the CSV
    // and from the same records packed (`repatria pack`); 'pkg' (built for size, packed data
    // only: an embed of a .rpk) as out.coldPacked, packed, directly and through the JS API as an
    // embed asks for it; 'pkg/fast' (built for speed: the analyst page) as out.coldFast, CSV and packed.
    const hasPacked = existsSync(join(WWW, 'bench-data', 'finds-10000.rpk'));
    const perKind = Number(process.env.BENCH_COLD_RUNS || 5);
    const kinds = [['cold', 'pkg/full', ['csv', 'packed']], ['coldPacked', 'pkg', ['packed', 'api']], ['coldFast', 'pkg/fast', ['csv', 'packed']]];
    for (const [key, which, turns] of kinds) {
      if (which === 'pkg' && !hasPacked) {
        log('www/bench-data/finds-10000.rpk is missing: no first chart with pkg/ (packed data only)');
        out[key] = null;
        continue;
      }
      const cold = [];
      const coldRuns = turns.length * perKind;
      for (let i = 0; i < coldRuns; i++) {
        const b = await launch(base);
        try {
          out.chromium = b.version;
          const m = await b.page.evaluate((w) => bench.module(w), which);
          if (process.env.BENCH_COLD_DELAY_MS) await b.page.waitForTimeout(Number(process.env.BENCH_COLD_DELAY_MS));
          // Without the packed file, a module that reads runs its packed turns from the CSV.
          const turn = turns[i % turns.length];
          const api = turn === 'api';
          const packed = turn === 'packed' && hasPacked;
          const url = `bench-data/finds-10000.${packed || api ? 'rpk' : 'csv'}`;
          const first = api
            ? await b.page.evaluate((u) => bench.firstChartApi(u, 'seasons'), url)
            : await b.page.evaluate((u) => bench.firstChart(u, 'seasons'), url);
          if (api && !first.reusedModule) log(`warning: the JS API (${first.lib}) did not reuse the module of bench.module('${which}'): it fetched ${first.fetched.join(', ')}`);
          cold.push({ module: m, first, packed, api });
          log(`cold run ${i + 1}/${coldRuns} (${which}): module ${m.totalMs} ms, first chart${api ? ` (packed, JS API ${first.lib}; fetched ${first.fetched.join(', ') || 'nothing else'})` : packed ? ' (packed)' : ''} ${first.totalMs} ms`);
        } finally {
          errors.push(...b.errors);
          await b.close();
        }
      }
      const pick = (f, runs) => median(runs.map(f));
      const csvRuns = cold.filter((c) => !c.packed && !c.api);
      const packedRuns = cold.filter((c) => c.packed);
      const apiRuns = cold.filter((c) => c.api);
      out[key] = {
        which,
        runs: cold,
        firstApi: apiRuns.length ? {
          totalMs: pick((c) => c.first.totalMs, apiRuns), drawnMs: pick((c) => c.first.drawnMs, apiRuns),
          toFrameMs: pick((c) => c.first.toFrameMs, apiRuns), libImportMs: pick((c) => c.first.libImportMs, apiRuns),
          lib: apiRuns[0].first.lib, reusedModule: apiRuns.every((c) => c.first.reusedModule), runs: apiRuns.length,
        } : null,
        firstPacked: packedRuns.length ? {
          totalMs: pick((c) => c.first.totalMs, packedRuns), fetchMs: pick((c) => c.first.fetchMs, packedRuns),
          readMs: pick((c) => c.first.readMs, packedRuns), drawMs: pick((c) => c.first.drawMs, packedRuns),
          toFrameMs: pick((c) => c.first.toFrameMs, packedRuns), runs: packedRuns.length,
        } : null,
        module: {
          importMs: pick((c) => c.module.importMs, cold), initMs: pick((c) => c.module.initMs, cold),
          totalMs: pick((c) => c.module.totalMs, cold), wasmFetchMs: pick((c) => c.module.wasmFetchMs ?? NaN, cold),
          wasmTransferBytes: cold[0].module.wasmTransferBytes,
        },
        first: csvRuns.length ? {
          totalMs: pick((c) => c.first.totalMs, csvRuns), fetchMs: pick((c) => c.first.fetchMs, csvRuns), readMs: pick((c) => c.first.readMs, csvRuns),
          drawMs: pick((c) => c.first.drawMs, csvRuns), toFrameMs: pick((c) => c.first.toFrameMs, csvRuns), runs: csvRuns.length,
        } : null,
      };
    }

    if (process.env.BENCH_ONLY === 'cold') {
      out.partial = true;
      await writeFile(outPath, JSON.stringify(out, null, 2));
      for (const c of [out.cold, out.coldPacked, out.coldFast].filter(Boolean)) {
        log(`BENCH_ONLY=cold, ${c.which}: module ${c.module.totalMs} ms; first chart: CSV ${c.first ? c.first.totalMs : '—'} ms, packed ${c.firstPacked ? c.firstPacked.totalMs : '—'} ms, packed through the JS API ${c.firstApi ? c.firstApi.totalMs : '—'} ms`);
      }
      log(`wrote ${outPath}`);
      return;
    }

    // The modules built for size, warm: pkg/full (an embed of a CSV) reading and the first
    // chart, from the CSV and packed; pkg (an embed of packed data) the packed first chart.
    {
      const b = await launch(base);
      try {
        const { page } = b;
        await page.evaluate(() => bench.module('pkg/full'));
        const warm = [];
        for (let i = 0; i < 7; i++) warm.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.csv', 'seasons')));
        const packed = [];
        if (existsSync(join(WWW, 'bench-data', 'finds-10000.rpk'))) {
          for (let i = 0; i < 7; i++) packed.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.rpk', 'seasons')));
        }
        const read = [];
        for (const n of SIZES) read.push(await page.evaluate(([u, runs]) => bench.read(u, runs), [`bench-data/finds-${n}.csv`, n >= 1000000 ? 3 : 5]));
        out.small = {
          which: 'pkg/full',
          firstWarm: { totalMs: median(warm.map((w) => w.totalMs)), readMs: median(warm.map((w) => w.readMs)), drawMs: median(warm.map((w) => w.drawMs)) },
          firstPackedWarm: packed.length === 0 ? null : { totalMs: median(packed.map((w) => w.totalMs)), fetchMs: median(packed.map((w) => w.fetchMs)), readMs: median(packed.map((w) => w.readMs)), drawMs: median(packed.map((w) => w.drawMs)) },
          read,
        };
        log(`pkg/full (built for size): first chart (warm) ${out.small.firstWarm.totalMs} ms${out.small.firstPackedWarm ? `, packed ${out.small.firstPackedWarm.totalMs} ms` : ''}; read ${read.map((r) => `${r.records}: ${r.mbPerS} MB/s`).join(', ')}`);
      } finally {
        errors.push(...b.errors);
        await b.close();
      }
    }
    if (existsSync(join(WWW, 'bench-data', 'finds-10000.rpk'))) {
      const b = await launch(base);
      try {
        const { page } = b;
        await page.evaluate(() => bench.module('pkg'));
        // As warm as pkg/full's packed figure above, which follows 7 charts from the CSV: 7
        // untimed charts first (this module reads no CSV), so that its code has tiered up.
        for (let i = 0; i < 7; i++) await page.evaluate(() => bench.firstChart('bench-data/finds-10000.rpk', 'seasons'));
        const packed = [];
        for (let i = 0; i < 7; i++) packed.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.rpk', 'seasons')));
        out.packedWarm = {
          which: 'pkg', runs: packed.length, warmup: 7, totalMs: median(packed.map((w) => w.totalMs)), fetchMs: median(packed.map((w) => w.fetchMs)),
          readMs: median(packed.map((w) => w.readMs)), drawMs: median(packed.map((w) => w.drawMs)),
        };
        log(`pkg (packed data only): first chart from the packed file (warm) ${out.packedWarm.totalMs} ms`);
      } finally {
        errors.push(...b.errors);
        await b.close();
      }
    }

    // Everything else in one browser, with the module the analyst page loads.
    const b = await launch(base);
    try {
      const { page } = b;
      out.module = await page.evaluate(() => bench.module('pkg/fast'));
      const warm = [];
      for (let i = 0; i < 7; i++) warm.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.csv', 'seasons')));
      out.firstWarm = { runs: warm, totalMs: median(warm.map((w) => w.totalMs)), drawMs: median(warm.map((w) => w.drawMs)), readMs: median(warm.map((w) => w.readMs)) };
      const warmMap = [];
      for (let i = 0; i < 5; i++) warmMap.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.csv', 'map')));
      out.firstMapWarm = { totalMs: median(warmMap.map((w) => w.totalMs)), drawMs: median(warmMap.map((w) => w.drawMs)) };
      log(`first chart (warm) ${out.firstWarm.totalMs} ms; map ${out.firstMapWarm.totalMs} ms`);
      out.read = [];
      for (const n of SIZES) {
        const r = await page.evaluate(([u, runs]) => bench.read(u, runs), [`bench-data/finds-${n}.csv`, n >= 1000000 ? 3 : 5]);
        out.read.push(r);
        log(`read ${n}: ${r.readMs} ms, ${r.mbPerS} MB/s (runs ${r.readMsAll.join(', ')})`);
      }
      out.worker = await page.evaluate(() => bench.readInWorker('bench-data/finds-1000000.csv', 3));
      log(out.worker ? `read 1000000 in a worker (as the dashboard does): ${out.worker.readMs} ms` : 'no binary form in this module: no worker read');
      out.dashboard = await page.evaluate(() => bench.dashboard('bench-data/finds-1000000.csv', 9));
      log(`dashboard redraw, 1000000 records: ${out.dashboard.totalMs} ms for six views`, out.dashboard.viewMs);
      out.dashboardCalls = await page.evaluate(() => bench.dashboardCalls('bench-data/finds-1000000.csv'));
      out.sites = await page.evaluate(() => bench.sites('bench-data/finds-100000.csv', 7));
      log(`sites map, 100000 finds: ${out.sites.drawMs} ms, ${out.sites.counts.total} canvas calls`);
      out.memory = await page.evaluate(() => bench.memory());
    } finally {
      errors.push(...b.errors);
      await b.close();
    }
    out.shipped = await shipped();
    if (existsSync(join(WWW, 'bench-data', 'finds-10000.rpk'))) out.packedBytes = (await stat(join(WWW, 'bench-data', 'finds-10000.rpk'))).size;
    out.consoleErrors = errors;
  } finally {
    server.close();
  }
  await writeFile(outPath, JSON.stringify(out, null, 2));
  log(`wrote ${outPath}`);
  if (errors.length) {
    console.error('bench: console errors on bench.html:\n' + errors.join('\n'));
    process.exitCode = 1;
  }
}

/** BENCH_ONLY=warm: the figures a drawing change moves, printed (for iterating on a change). */
async function warmOnly(base, errors) {
  const b = await launch(base);
  try {
    const { page } = b;
    const which = process.env.BENCH_MODULE || 'pkg/fast';
    await page.evaluate((w) => bench.module(w), which);
    log(`module ${which}`);
    if (which === 'pkg') {
      // Draws packed data only: the packed first chart is all it can do here.
      const packed = [];
      for (let i = 0; i < 7; i++) packed.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.rpk', 'seasons')));
      log(`first chart from the packed file (warm) ${median(packed.map((w) => w.totalMs))} ms, load ${median(packed.map((w) => w.readMs))} ms, draw ${median(packed.map((w) => w.drawMs))} ms (pkg reads no CSV)`);
      return;
    }
    for (const n of [10000, 1000000]) {
      const r = await page.evaluate(([u, runs]) => bench.read(u, runs), [`bench-data/finds-${n}.csv`, 3]);
      log(`read ${n}: ${r.readMs} ms, ${r.mbPerS} MB/s (runs ${r.readMsAll.join(', ')})`);
    }
    const warm = [];
    for (let i = 0; i < 7; i++) warm.push(await page.evaluate(() => bench.firstChart('bench-data/finds-10000.csv', 'seasons')));
    log(`first chart (warm) ${median(warm.map((w) => w.totalMs))} ms, read ${median(warm.map((w) => w.readMs))} ms, draw ${median(warm.map((w) => w.drawMs))} ms`);
    const d = await page.evaluate(() => bench.dashboard('bench-data/finds-1000000.csv', 9));
    log(`dashboard redraw, 1000000 records: drawn and rasterised ${d.rasterTotalMs} ms for six views`, JSON.stringify(d.viewRasterMs));
    log(`  calls alone ${d.totalMs} ms`, JSON.stringify(d.viewMs), 'to SVG in Wasm', JSON.stringify(d.svgMs));
    const calls = await page.evaluate(() => bench.dashboardCalls('bench-data/finds-1000000.csv'));
    log('canvas calls per view', JSON.stringify(Object.fromEntries(Object.entries(calls).map(([k, v]) => [k, v.total ?? v]))));
    const sites = await page.evaluate(() => bench.sites('bench-data/finds-100000.csv', 7));
    log(`sites map, 100000 finds: ${sites.drawMs} ms, ${sites.counts.total} canvas calls`);
  } finally {
    errors.push(...b.errors);
    await b.close();
  }
  if (errors.length) console.error(errors.join('\n'));
}

// ---- Writing BENCHMARKS.md ---------------------------------------------------------------------

const BEGIN = '<!-- make bench: generated figures, begin (everything up to the end marker is rewritten) -->';
const END = '<!-- make bench: generated figures, end -->';

const fmtMs = (ms) => (ms == null || Number.isNaN(ms) ? '—' : ms >= 100 ? `${ms.toFixed(0)} ms` : ms >= 1 ? `${ms.toFixed(1)} ms` : `${(ms * 1000).toFixed(0)} µs`);
const fmtS = (s) => fmtMs(s * 1e3);
const kb = (b) => `${(b / 1000).toFixed(1)} KB`;
const int = (n) => n.toLocaleString('en-US');
const verdict = (ok) => (ok ? '**met**' : '**not met**');
const nRuns = (n) => `${n} run${n === 1 ? '' : 's'}`;

function machine(browserJson) {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8');
  const model = (cpu.match(/^model name\s*:\s*(.*)$/m) || [])[1] || cpus()[0]?.model || 'unknown';
  const mhz = (cpu.match(/^cpu MHz\s*:\s*(.*)$/m) || [])[1];
  const mem = readFileSync('/proc/meminfo', 'utf8').match(/^MemTotal:\s*(\d+) kB/m);
  let os = 'Linux';
  try { os = (readFileSync('/etc/os-release', 'utf8').match(/^PRETTY_NAME="?([^"\n]*)/m) || [])[1] || os; } catch {}
  return {
    cpu: model + (mhz ? ` (${Number(mhz).toFixed(0)} MHz)` : ''),
    cores: cpus().length,
    memory: mem ? `${(Number(mem[1]) / 1048576).toFixed(1)} GiB` : `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    os,
    chromium: browserJson.chromium,
    node: process.version,
  };
}

function generated(native, br, profileText, env) {
  const m = machine(br);
  const n1m = native.sizes.find((s) => s.records === 1000000) || native.sizes[native.sizes.length - 1];
  const n100k = native.sizes.find((s) => s.records === 100000);
  const r1m = br.read.find((r) => r.records === 1000000) || br.read[br.read.length - 1];
  const views = Object.keys(br.dashboard.viewMs);
  const maxView = Math.max(...Object.values(br.dashboard.viewRasterMs));
  const sh = br.shipped;
  // The four builds of `make wasm` (pkg/ packed data only, pkg/full/, pkg/reader/, pkg/fast/);
  // an older browser.json has one embed (`shipped.embed`: pkg/ with the reader) and no coldPacked.
  const four = Boolean(sh.embedPacked);
  const embed = (sh.embedPacked || sh.embed).total;
  const fileList = (g) => g.files.map((f) => '`' + f.path + '` ' + kb(f.gzip)).join(', ') + (g.missing && g.missing.length ? `; missing: ${g.missing.map((f) => '`' + f + '`').join(', ')}` : '');
  const libNote = (g) => (g.libMinified === false ? ' (the unminified JS API and element: no `.min.js` built)' : '');
  const smallWhich = (br.small && br.small.which) || 'pkg';
  const built = (which) => ({ pkg: four ? 'built for size, packed data only' : 'built for size', 'pkg/full': 'built for size, with the reader', 'pkg/fast': 'built for speed' }[which] || which);
  const L = [];
  L.push(BEGIN, '');
  L.push(`Measured on ${br.date.slice(0, 10)} (${br.date}) by \`make bench\`.`, '');
  L.push('| Machine | |', '|---|---|');
  L.push(`| CPU | ${m.cpu} |`, `| Cores | ${m.cores} |`, `| Memory | ${m.memory} |`, `| OS | ${m.os} |`);
  if (br.jsFlags) L.push(`| V8 flags | \`${br.jsFlags}\` (an experiment, not the default) |`);
  L.push(`| Chromium | ${m.chromium} (headless, \`--disable-gpu\`: canvas drawn in software; device pixel ratio 1; viewport 1280 × 900) |`);
  L.push(`| Node | ${m.node} |`);
  L.push(`| Native build | ${env.native_build || 'cargo bench --bench native'} |`);
  if (env.load) L.push(`| Load average (other work on the machine) | ${env.load} |`);
  L.push('');
  L.push('Canvas times: a 2D canvas records drawing calls and paints them later, so "calls alone" (the Wasm call returning) understates drawing; "drawn and rasterised" reads one pixel back right after drawing (`getImageData`), which forces the painting, and is the figure held against the budgets. "Waiting for the next frame" adds up to one frame interval of idle time.', '');
  L.push('Every figure is a median over repeated runs (counts below). Data: `repatria::generate::generate(N, ' + native.seed + ')`, synthetic finds, the same files natively and in the browser.', '');

  L.push('## Budgets', '');
  L.push('| Budget | Measured | |', '|---|---|---|');
  if (four) {
    const csv = sh.embedCsv;
    const rd = sh.reader;
    L.push(`| Embedded chart (wasm + JS) ≤ 150 KB gzipped: an embed of packed data (\`repatria pack\`) | ${kb(embed.gzip)} gzipped (${kb(embed.raw)} raw; ${fileList(sh.embedPacked)})${libNote(sh.embedPacked)} | ${verdict(embed.gzip <= 150000)} |`);
    L.push(`| The same budget: an embed of a CSV; the reader module, reported apart | CSV: ${kb(csv.total.gzip)} gzipped (${kb(csv.total.raw)} raw; ${fileList({ files: csv.files.filter((f) => !f.path.includes('/lib/')), missing: csv.missing })} + the same JS API and element). Reader (\`pkg/reader/\`, loaded only when a page that started with \`pkg/\` is given unpacked data): ${rd.files.length ? `${kb(rd.total.gzip)} gzipped (${kb(rd.total.raw)} raw)` : 'not built'} | CSV ${verdict(csv.total.gzip <= 150000)} |`);
  } else {
    L.push(`| Embedded chart (wasm + JS) ≤ 150 KB gzipped | ${kb(embed.gzip)} gzipped (${kb(embed.raw)} raw; ${fileList(sh.embed)}) | ${verdict(embed.gzip <= 150000)} |`);
  }
  L.push(`| xlsx module, reported apart | ${br.shipped.xlsx ? `${kb(br.shipped.xlsx.total.gzip)} gzipped (${kb(br.shipped.xlsx.total.raw)} raw)` : 'not built: `www/pkg/xlsx/` does not exist'} | — |`);
  L.push(`| Read + validate 1,000,000 records natively ≥ 300 MB/s | ${n1m.read_mb_s.toFixed(0)} MB/s (${(n1m.csv_bytes / 1e6).toFixed(1)} MB in ${fmtS(n1m.read_s)}${n1m.read_threads ? ` on ${n1m.read_threads} thread${n1m.read_threads === 1 ? '' : 's'}` : ''}) | ${verdict(n1m.read_mb_s >= 300)} |`);
  const s1m = br.small ? br.small.read.find((r) => r.records === 1000000) : null;
  L.push(`| Read + validate 1,000,000 records in headless Chromium ≥ 100 MB/s | ${r1m.mbPerS.toFixed(0)} MB/s with the analyst page's module (\`www/pkg/fast/\`, built for speed; ${fmtMs(r1m.readMs)}, \`Data.fromBytes\`: copy into Wasm, read, validate, aggregates)${s1m ? `; ${s1m.mbPerS.toFixed(0)} MB/s with the ${four ? 'CSV embed' : 'embed'}'s module (\`www/${smallWhich}/\`, built for size)` : ''} | ${verdict(r1m.mbPerS >= 100)} |`);
  L.push(`| Memory ≤ 40 bytes per record after loading | ${n1m.bytes_per_record.toFixed(1)} bytes/record (\`Dataset::heap_bytes()\`, 1,000,000 records) | ${verdict(n1m.bytes_per_record <= 40)} |`);
  L.push(`| Every dashboard view redrawn after a filter within 16 ms, 1,000,000 records | all six views drawn and rasterised: ${fmtMs(br.dashboard.rasterTotalMs)} (calls alone ${fmtMs(br.dashboard.totalMs)}); slowest view: ${fmtMs(maxView)} (${views.find((v) => br.dashboard.viewRasterMs[v] === maxView)}) | ${verdict(br.dashboard.rasterTotalMs <= 16)} |`);
  {
    // Packed: with pkg/ (packed data only) in the four-build layout; older JSON: the size build.
    const po = br.coldPacked || br.cold;
    const fp = po.firstPacked;
    const fa = po.firstApi;
    const pw = br.packedWarm || (br.small && br.small.firstPackedWarm);
    const packedMs = [fp, fa].filter(Boolean).map((x) => x.totalMs);
    const csvCold = [br.cold, br.coldFast].filter((c) => c && c.first);
    const csvMs = csvCold.map((c) => c.first.totalMs);
    const packed = `from the same records packed (\`repatria pack\`), with \`${po.which}/\` in a fresh browser: ${fp ? fmtMs(fp.totalMs) : '—'}${fa ? `, ${fmtMs(fa.totalMs)} through the JS API (\`createChart\` of \`${fa.lib || 'lib/repatria.js'}\`)` : ''}${pw ? `; warm ${fmtMs(pw.totalMs)}${br.packedWarm ? '' : ` (\`${smallWhich}/\`)`}` : ''}`;
    const csv = `from the CSV, in a fresh browser: ${csvCold.map((c) => `${fmtMs(c.first.totalMs)} with \`${c.which}/\` (${built(c.which)})`).join(', ') || '—'}; warm: ${br.small ? `${fmtMs(br.small.firstWarm.totalMs)} (\`${smallWhich}/\`) and ` : ''}${fmtMs(br.firstWarm.totalMs)} (\`pkg/fast/\`)`;
    const cap = (t) => t[0].toUpperCase() + t.slice(1);
    const measured = four ? `${cap(packed)}. ${cap(csv)}` : `${cap(csv)}. ${cap(packed)}`;
    const verdicts = [
      packedMs.length ? `packed ${verdict(Math.min(...packedMs) <= 50)}` : null,
      csvMs.length ? `from the CSV ${verdict(Math.min(...csvMs) <= 50)}` : null,
    ].filter(Boolean);
    if (!four) verdicts.reverse();
    L.push(`| First chart, 10,000 records, ≤ 50 ms once the module is fetched | ${measured} | ${verdicts.join('; ')} |`);
  }
  L.push(`| \`sites\` map of 100,000 points ≤ 50 ms | ${fmtMs(br.sites.rasterMs)} drawn and rasterised on canvas (calls alone ${fmtMs(br.sites.drawMs)}; native SVG ${n100k ? fmtS(n100k.svg_s.sites) : '—'}) | ${verdict(br.sites.rasterMs <= 50)} |`);
  L.push('');

  L.push('## Native', '');
  L.push(`\`cargo bench --bench native\` (${native.runs} timed runs after a warm-up for reading and aggregating — at most 5, at least 3, for 1,000,000 records; fast queries and renders: median of 11 batches of ≥ 5 ms). Charts ${native.chart_size.join(' × ')}, maps ${native.map_size.join(' × ')} CSS px. Filtered: teams ${native.filter.teams.join(', ')}, each view ignoring its own dimension as the dashboard does.`, '');
  const cols = native.sizes.map((s) => int(s.records));
  const row = (label, f) => L.push(`| ${label} | ${native.sizes.map(f).join(' | ')} |`);
  L.push(`| Records | ${cols.join(' | ')} |`, `|---|${cols.map(() => '---:').join('|')}|`);
  row('CSV size', (s) => `${(s.csv_bytes / 1e6).toFixed(2)} MB`);
  row('Read + validate', (s) => fmtS(s.read_s));
  row('Read + validate, MB/s', (s) => `**${s.read_mb_s.toFixed(0)}**`);
  if (native.sizes.some((s) => s.read_threads)) row('… threads reading', (s) => (s.read_threads ? String(s.read_threads) : '—'));
  row('… UTF-8 check of the bytes alone', (s) => fmtS(s.utf8_s));
  row('… one byte scan for `,` and newlines', (s) => fmtS(s.scan_s));
  row('… columnar push of ready-made records', (s) => fmtS(s.push_s));
  row('Memory, bytes/record (after `shrink_to_fit`)', (s) => `**${s.bytes_per_record.toFixed(1)}**`);
  row('Memory, bytes/record (as read)', (s) => (s.heap_bytes_loaded / s.records).toFixed(1));
  row('Aggregates (both cubes)', (s) => fmtS(s.aggregates_s));
  for (const v of Object.keys(n1m.queries_s)) row(`Filtered query: ${v}${v === 'sites' ? ' (per-record pass)' : ''}`, (s) => fmtS(s.queries_s[v]));
  for (const k of Object.keys(n1m.svg_s)) row(`SVG: ${k}`, (s) => fmtS(s.svg_s[k]));
  row('SVG: map, natural breaks', (s) => fmtS(s.choropleth_natural_breaks_s));
  for (const v of Object.keys(n1m.svg_filtered_s)) row(`SVG, filtered: ${v}`, (s) => fmtS(s.svg_filtered_s[v]));
  row('SVG size: sites', (s) => kb(s.svg_bytes.sites));
  L.push('');

  L.push('## Browser', '');
  const served = `Headless Chromium ${m.chromium}, \`www/bench.html\` served by \`scripts/serve.mjs\` (no caching) from 127.0.0.1.`;
  if (four) {
    L.push(`${served} \`make wasm\` builds the module four times from the same crate (Cargo features): \`www/pkg/\`, charts of packed data only, built for size (an embed of a \`.rpk\`); \`www/pkg/full/\`, the same plus the reader (CSV, TSV, JSON), built for size (an embed of a CSV, the gallery, plain \`init()\`); \`www/pkg/reader/\`, the reader alone, which the JS API loads only when a page that started with \`pkg/\` is given unpacked data; \`www/pkg/fast/\`, charts and reader at opt-level 3 (the analyst page and its reading worker). The JS API picks \`pkg/\` or \`pkg/full/\` from the data it is given, unless the page chooses a build with \`init(input, {bindings})\`, as the analyst page and its reading worker choose \`pkg/fast/\`. Rows that do not name a module are for \`pkg/fast/\`, the one the dashboard runs.`, '');
  } else {
    L.push(`${served} \`make wasm\` builds the module twice from the same code: \`www/pkg/\` for size (embedded charts, the gallery, the npm package) and \`www/pkg/fast/\` for speed (the analyst page and its reading worker). Rows that do not name a module are for \`pkg/fast/\`, the one the dashboard runs.`, '');
  }
  L.push('| Measure | Median | Parts |', '|---|---:|---|');
  for (const c of [br.cold, br.coldPacked, br.coldFast].filter(Boolean)) {
    const cm = c.module;
    L.push(`| Module fetch + instantiate, \`${c.which}/\` (${built(c.which)}; fresh browser, ${nRuns(c.runs.length)}) | ${fmtMs(cm.totalMs)} | import of \`${c.which}/repatria.js\` ${fmtMs(cm.importMs)}; \`init()\` ${fmtMs(cm.initMs)}, of which the .wasm fetch ${fmtMs(cm.wasmFetchMs)} |`);
    const cf = c.first;
    if (cf) L.push(`| First chart, 10,000 records, \`${c.which}/\` (fresh browser${cf.runs ? `, ${nRuns(cf.runs)}` : ''}) | ${fmtMs(cf.totalMs)} | fetch ${fmtMs(cf.fetchMs)}, read ${fmtMs(cf.readMs)}, draw ${fmtMs(cf.drawMs)}, to the next frame ${fmtMs(cf.toFrameMs)} |`);
    const cp = c.firstPacked;
    const ca = c.firstApi;
    if (ca) L.push(`| First chart, 10,000 records packed, through the JS API (\`createChart\` of \`www/${ca.lib || 'lib/repatria.js'}\`), \`${c.which}/\` (fresh browser, ${nRuns(ca.runs)}) | ${fmtMs(ca.totalMs)} | chart drawn after ${fmtMs(ca.drawnMs)}, then the next frame ${fmtMs(ca.toFrameMs)}${ca.libImportMs != null ? `; the API imported beforehand (${fmtMs(ca.libImportMs)}, not counted)` : ''}${ca.reusedModule === false ? '; the API fetched a module of its own' : ca.reusedModule ? ', which reuses the module instantiated' : ''} |`);
    if (cp) L.push(`| First chart, 10,000 records packed (\`repatria pack\`, ${kb(br.packedBytes || 0)}), \`${c.which}/\` (fresh browser, ${nRuns(cp.runs)}) | ${fmtMs(cp.totalMs)} | fetch ${fmtMs(cp.fetchMs)}, load ${fmtMs(cp.readMs)}, draw ${fmtMs(cp.drawMs)}, to the next frame ${fmtMs(cp.toFrameMs)} |`);
  }
  if (br.small) L.push(`| First chart, 10,000 records, \`${smallWhich}/\` (warm, 7 runs) | ${fmtMs(br.small.firstWarm.totalMs)} | read ${fmtMs(br.small.firstWarm.readMs)}, draw ${fmtMs(br.small.firstWarm.drawMs)} |`);
  for (const [p, which] of [[br.small && br.small.firstPackedWarm, smallWhich], [br.packedWarm, 'pkg']]) {
    if (p) L.push(`| First chart, 10,000 records packed, \`${which}/\` (warm, ${nRuns(p.runs || 7)}${p.warmup ? ` after ${p.warmup} untimed` : ''}) | ${fmtMs(p.totalMs)} | fetch ${fmtMs(p.fetchMs)}, load ${fmtMs(p.readMs)}, draw ${fmtMs(p.drawMs)} |`);
  }
  L.push(`| First chart, 10,000 records, \`pkg/fast/\` (warm, 7 runs) | ${fmtMs(br.firstWarm.totalMs)} | read ${fmtMs(br.firstWarm.readMs)}, draw ${fmtMs(br.firstWarm.drawMs)} |`);
  L.push(`| First map (choropleth), 10,000 records (warm, 5 runs) | ${fmtMs(br.firstMapWarm.totalMs)} | draw ${fmtMs(br.firstMapWarm.drawMs)} |`);
  for (const r of br.small ? br.small.read : []) {
    L.push(`| Read ${int(r.records)} records (${(r.bytes / 1e6).toFixed(2)} MB), \`${smallWhich}/\` (built for size), ${r.runs} runs | ${fmtMs(r.readMs)} = **${r.mbPerS.toFixed(0)} MB/s** | runs ${r.readMsAll.map(fmtMs).join(', ')} |`);
  }
  for (const r of br.read) {
    L.push(`| Read ${int(r.records)} records (${(r.bytes / 1e6).toFixed(2)} MB), \`pkg/fast/\` (built for speed), ${r.runs} runs | ${fmtMs(r.readMs)} = **${r.mbPerS.toFixed(0)} MB/s** | runs ${r.readMsAll.map(fmtMs).join(', ')}${r.binaryBytes != null ? `; rebuilding from the binary form (decode + aggregates, no parsing) ${fmtMs(r.fromBinaryMs)}; binary form ${(r.binaryBytes / r.records).toFixed(1)} bytes/record` : ''} |`);
  }
  if (br.worker) L.push(`| Read 1,000,000 records as the dashboard does (worker, then \`fromBinary\`), ${br.worker.readMsAll.length} runs | ${fmtMs(br.worker.readMs)} = ${br.worker.mbPerS.toFixed(0)} MB/s | runs ${br.worker.readMsAll.map(fmtMs).join(', ')} |`);
  const mem = r1m.memoryAfter;
  L.push(`| Memory after reading 1,000,000 records | Wasm linear memory ${(mem.wasmBytes / 2 ** 20).toFixed(0)} MiB | linear memory never shrinks: it holds the peak of reading (the file's bytes are copied in), not the dataset alone; JS heap used ${mem.jsHeapUsedBytes != null ? (mem.jsHeapUsedBytes / 2 ** 20).toFixed(1) + ' MiB' : '—'} (\`performance.memory\`) |`);
  for (const v of views) {
    const px = br.dashboard.canvasPixels[v];
    const svg = br.dashboard.svgMs ? `; the same view to SVG in Wasm (no canvas) ${fmtMs(br.dashboard.svgMs[v])}` : '';
    L.push(`| Redraw after a team filter, 1,000,000 records: ${v} | ${fmtMs(br.dashboard.viewRasterMs[v])} | calls alone ${fmtMs(br.dashboard.viewMs[v])} (worst ${fmtMs(br.dashboard.viewMsMax[v])}); canvas ${px[0]} × ${px[1]}; ${int(br.dashboardCalls[v].total)} canvas calls${svg} |`);
  }
  L.push(`| Redraw after a team filter, all six views (${br.dashboard.iterations} filters each way) | **${fmtMs(br.dashboard.rasterTotalMs)}** | calls alone ${fmtMs(br.dashboard.totalMs)}; calls, then waiting for the next frame ${fmtMs(br.dashboard.toFrameMs)} |`);
  L.push(`| \`sites\` map, 100,000 finds (${br.sites.runs} runs) | **${fmtMs(br.sites.rasterMs)}** | calls alone ${fmtMs(br.sites.drawMs)}; calls, then waiting for the next frame ${fmtMs(br.sites.toFrameMs)}; canvas ${br.sites.canvas.join(' × ')}; ${int(br.sites.counts.total)} canvas calls (${Object.entries(br.sites.counts.top).map(([k, v]) => `${k} ${int(v)}`).join(', ')}) |`);
  L.push('');
  L.push('Shipped size:', '');
  L.push('| File | Raw | gzip -9 | brotli 11 |', '|---|---:|---:|---:|');
  const fileRow = (f, note = '') => L.push(`| \`www/${f.path.replace(/^www\//, '')}\`${note} | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  const totalRow = (label, t, bold = false) => L.push(`| ${label} | ${kb(t.raw)} | ${bold ? `**${kb(t.gzip)}**` : kb(t.gzip)} | ${kb(t.brotli)} |`);
  if (four) {
    const lib = sh.embedPacked.libMinified === false ? 'the JS API and element, unminified: no `.min.js` built' : 'the JS API and element, minified';
    for (const f of sh.embedPacked.files) fileRow(f);
    totalRow(`**What an embed of packed data loads** (\`pkg/\`, ${lib})`, embed, true);
    for (const f of sh.embedCsv.files.filter((x) => !x.path.includes('/lib/'))) fileRow(f);
    totalRow(`**What an embed of a CSV loads** (\`pkg/full/\`, the same JS API and element)`, sh.embedCsv.total, true);
    if (sh.reader.files.length) {
      for (const f of sh.reader.files) fileRow(f, ' (reader module)');
      totalRow('The reader module (loaded only when a page that started with `pkg/` is given unpacked data)', sh.reader.total);
    } else {
      L.push('| reader module (`www/pkg/reader/`) | not built | | |');
    }
  } else {
    for (const f of sh.embed.files) fileRow(f);
    totalRow('**What an embedded chart loads**', embed, true);
  }
  if (br.shipped.analyst) {
    for (const f of br.shipped.analyst.files) L.push(`| \`www/${f.path.replace(/^www\//, '')}\` (analyst page) | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
    const a = br.shipped.analyst.total;
    L.push(`| What the analyst page loads (its module built for speed, its bindings, \`app.js\`) | ${kb(a.raw)} | ${kb(a.gzip)} | ${kb(a.brotli)} |`);
  }
  if (br.shipped.xlsx) {
    for (const f of br.shipped.xlsx.files) L.push(`| \`www/${f.path.replace(/^www\//, '')}\` (xlsx module) | ${kb(f.raw)} | ${kb(f.gzip)} | ${kb(f.brotli)} |`);
  } else {
    L.push('| xlsx module (`www/pkg/xlsx/`) | not built | | |');
  }
  L.push('');
  const wb = br.shipped.wasm;
  if (wb) {
    L.push(`\`www/${wb.of || 'pkg/repatria_bg.wasm'}\`${four ? ' (charts of packed data, built for size)' : ''} by section (each section gzipped alone):`, '');
    L.push('| Section | Raw | gzip -9 |', '|---|---:|---:|');
    for (const x of wb.bySection) L.push(`| ${x.section} | ${kb(x.raw)} | ${kb(x.gzip)} |`);
    L.push('');
    if (wb.byCrate) {
      L.push(`Code by crate, from the module before \`wasm-bindgen\` (\`target/wasm32-unknown-unknown/wasm/repatria.wasm\`, which keeps function names${four ? '; the same `pkg/` build' : ''}): ${kb(wb.byCrate.codeBytes)} of code, ${kb(wb.byCrate.dataBytes)} of data segments (province geometry, gazetteer, strings, tables).`, '');
      L.push('| Crate (this crate by module) | Code (raw) | Share of code |', '|---|---:|---:|');
      for (const c of wb.byCrate.crates) L.push(`| ${c.crate} | ${kb(c.bytes)} | ${(100 * c.bytes / wb.byCrate.codeBytes).toFixed(1)} % |`);
      L.push('');
    }
  }
  L.push('Canvas calls per view for one redraw after a team filter (1,000,000 records), most frequent first:', '');
  L.push('| View | Calls | Most frequent |', '|---|---:|---|');
  for (const v of views) {
    const c = br.dashboardCalls[v];
    L.push(`| ${v} | ${int(c.total)} | ${Object.entries(c.top).map(([k, n]) => `${k} ${int(n)}`).join(', ')} |`);
  }
  L.push('');
  if (profileText.trim()) {
    L.push('## Profiles (native)', '');
    L.push('`perf record` of the native benchmark doing one thing repeatedly (`REPATRIA_BENCH_PROFILE`, see `scripts/bench.sh`); self time by function, entries of 1.5 % and more. Functions inlined into others count as their caller; the runs that load the data first include one reading.', '');
    for (const part of profileText.split(/^### /m).filter((p) => p.trim())) {
      const [title, ...lines] = part.split('\n');
      L.push(`### ${title.trim()}`, '', '```', ...lines.filter((l) => l.trim()), '```', '');
    }
  }
  L.push(END);
  return L.join('\n');
}

async function report(args) {
  const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : null; };
  const native = JSON.parse(await readFile(opt('--native'), 'utf8'));
  const br = JSON.parse(await readFile(opt('--browser'), 'utf8'));
  if (br.partial || !br.read || !br.dashboard) throw new Error(`${opt('--browser')}: partial browser figures (BENCH_ONLY=cold?): run \`node tests/bench/run.mjs browser\` in full`);
  const profilePath = opt('--profile');
  const profileText = profilePath && existsSync(profilePath) ? await readFile(profilePath, 'utf8') : '';
  const envPath = opt('--env');
  const env = envPath && existsSync(envPath) ? JSON.parse(await readFile(envPath, 'utf8')) : {};
  const out = opt('--out') || join(ROOT, 'BENCHMARKS.md');
  const block = generated(native, br, profileText, env);
  let text;
  if (existsSync(out)) {
    const old = await readFile(out, 'utf8');
    const a = old.indexOf(BEGIN);
    const b = old.indexOf(END);
    text = a >= 0 && b > a ? old.slice(0, a) + block + old.slice(b + END.length) : `${old.trimEnd()}\n\n${block}\n`;
  } else {
    text = `# Benchmarks\n\nFigures from \`make bench\` against the budgets of reading speed, drawing time and size. The part between the markers is rewritten on every run; the analysis after it is written by hand.\n\n${block}\n\n## Where budgets are not met\n\n(Analysis goes here.)\n`;
  }
  await writeFile(out, text);
  log(`wrote ${out}`);
}

const [cmd, ...rest] = process.argv.slice(2);
if (cmd === 'browser') await browser(rest[0] || join(ROOT, 'target', 'bench', 'browser.json'));
else if (cmd === 'report') await report(rest);
else if (cmd === 'sizes') console.log(JSON.stringify(await shipped(), null, 2));
else {
  console.error('usage: node tests/bench/run.mjs browser OUT.json | report --native N.json --browser B.json [--profile P.txt] [--env E.json] [--out BENCHMARKS.md]');
  process.exitCode = 2;
}
