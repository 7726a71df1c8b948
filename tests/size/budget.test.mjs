// Size budgets of the built browser modules: what an embed of packed data loads stays within
// 150 KB gzipped, and each other module within a little more than it weighs now, so that a
// change that makes one larger fails `make test` and says which file grew.
//
// Reads what `make wasm` and `make xlsx` built in www/; builds nothing. Sizes are counted as
// BENCHMARKS.md counts them (tests/bench/run.mjs): each file gzipped alone at level 9 (as a
// server sends it), summed; KB = 1000 bytes. A module made larger on purpose gets a new budget
// here, with the reason in BENCHMARKS.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const WWW = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'www');

// The embed's budget is the one BENCHMARKS.md holds it to; the others are each module's size when
// they were set (in the comment) plus about 2 %.
const BUDGETS = [
  // What the iframe embed page (embed.html) loads for packed data: the chart module, its
  // bindings and one script, the element with the API joined in (its own embed.js, 1.4 KB, is
  // not counted, as BENCHMARKS.md never counted it).
  {
    what: 'what an embed of packed data loads (the chart module, its bindings, the element with the API, minified)',
    files: ['pkg/repatria_bg.wasm', 'pkg/repatria.js', 'lib/repatria-embed.min.js'],
    budget: 150_000,
    built: 'make wasm',
  },
  // <repatria-chart> on a page of its own, which loads the API and the element as two files.
  {
    what: 'the element on a page of its own, for packed data (the chart module, its bindings, the API and the element)',
    files: ['pkg/repatria_bg.wasm', 'pkg/repatria.js', 'lib/repatria.min.js', 'lib/repatria-chart.min.js'],
    budget: 153_000, // 150.8 KB
    built: 'make wasm',
  },
  {
    what: 'the module with the reader (an embed of a CSV, the gallery)',
    files: ['pkg/full/repatria_bg.wasm', 'pkg/full/repatria.js'],
    budget: 408_000, // 400.3 KB with the clerk's sheets read in three languages (BENCHMARKS.md)
    built: 'make wasm',
  },
  {
    what: 'the reader module (loaded when a page that started with pkg/ is given unpacked data)',
    files: ['pkg/reader/repatria_reader_bg.wasm', 'pkg/reader/repatria_reader.js'],
    budget: 224_000, // 219.6 KB with the clerk's sheets read in three languages (BENCHMARKS.md)
    built: 'make wasm',
  },
  {
    what: "the analyst page's module (built for speed)",
    files: ['pkg/fast/repatria_bg.wasm', 'pkg/fast/repatria.js'],
    budget: 546_000, // 534.9 KB with the clerk's sheets read in three languages (BENCHMARKS.md)
    built: 'make wasm',
  },
  {
    what: 'the xlsx module (loaded when someone opens an .xlsx file)',
    files: ['pkg/xlsx/repatria_xlsx_bg.wasm', 'pkg/xlsx/repatria_xlsx.js'],
    budget: 348_000, // 340.6 KB, with the checks of hostile workbooks (BENCHMARKS.md)
    built: 'make xlsx',
  },
];

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} KB`;

for (const { what, files, budget, built } of BUDGETS) {
  test(`${what}: at most ${kb(budget)} gzipped`, (t) => {
    const missing = files.filter((f) => !existsSync(join(WWW, f)));
    if (missing.length) {
      assert.fail(`${missing.map((f) => `www/${f}`).join(', ')}: not built; run \`${built}\` first (this test reads the built files, it builds nothing)`);
    }
    const sizes = files.map((f) => ({ file: `www/${f}`, gzip: gzipSync(readFileSync(join(WWW, f)), { level: 9 }).length }));
    const total = sizes.reduce((sum, s) => sum + s.gzip, 0);
    const parts = sizes.map((s) => `${s.file} ${kb(s.gzip)}`).join(' + ');
    t.diagnostic(`${parts} = ${kb(total)} gzipped (budget ${kb(budget)})`);
    assert.ok(total <= budget,
      `${what} is ${kb(total)} gzipped (${total} bytes), over its budget of ${kb(budget)} by ${kb(total - budget)}: ${parts}`);
  });
}
