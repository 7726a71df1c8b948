// Hostile files in one page, in headless Chromium: each is refused with a message naming the
// file, or read with its bad rows reported, and the same module instance then still reads a valid
// file, while the charts drawn before keep drawing. A trap (an allocation larger than Wasm memory
// can grow to) restarts the module: the error says so, and the charts and data made before are
// made again when next used. Files over the size limit are refused before they are copied into
// the module: bytes, a Blob by its size, a response by its Content-Length.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ROOT } from './browser.mjs';

let b;
const BLANK = '<!doctype html><link rel="icon" href="data:,"><main id="m"></main>';
before(async () => {
  b = await start();
  await b.context.route('**/blank.html', (r) => r.fulfill({ contentType: 'text/html', body: BLANK }));
});
after(async () => { await b.close(); });

const HEADER = 'season,team,province,remains\n';
const VALID = await readFile(join(ROOT, 'tests', 'data', 'en.csv'), 'utf8');

/** The hostile inputs, as `[name, text | bytes, expectation]`. */
async function hostileFiles() {
  const packed = await readFile(join(ROOT, 'www', 'data', 'sample-finds.rpk'));
  const flipped = Buffer.from(packed);
  flipped[Math.floor(flipped.length / 2)] ^= 0x10;
  const unknown = Array.from({ length: 6000 }, (_, i) => `2024-2025,K92,Nowhere ${i},1`).join('\n');
  return [
    ['signs.csv', `${HEADER}2024-2025,K92,Kampot,3\n2024-2025,K92,Kampot,${'-'.repeat(40000)}5\n`, { rows: 2, rejected: 1, problems: 1 }],
    ['second-array.json', '[{"season":"2024-2025","remains":1}] [{"season":"2024-2025","remains":2}]', { error: /^second-array\.json:1: invalid JSON: a second value after the array of records, at line 1 column 38/ }],
    ['repeated-key.json', '{"records":[{"season":"2024-2025","remains":1}],"records":[]}', { error: /^repeated-key\.json:1: a key given twice in the top-level object, "records" at line 1 column 2/ }],
    ['flipped.rpk', [...flipped], { error: /^flipped\.rpk: a packed dataset, but damaged or cut short/ }],
    // Unknown places are read, each with a warning; past 2,000 names no suggestion is searched for,
    // and one more line says so.
    ['unknown-places.csv', `${HEADER}${unknown}\n`, { rows: 6000, rejected: 0, problems: 6001 }],
  ];
}

test('hostile files are refused or reported, and the same instance reads a valid file after each', async () => {
  const page = await b.open('blank.html');
  await page.route('**/big.csv', (r) => r.fulfill({ contentType: 'text/csv', body: `${HEADER}${'2024-2025,K92,Kampot,1\n'.repeat(50000)}` }));
  const results = await page.evaluate(async ({ files, valid }) => {
    const api = await import('./lib/repatria.js');
    await api.init();
    const kept = await api.loadData(valid, { name: 'kept.csv' });
    const host = document.getElementById('m');
    host.style.width = '640px';
    const onKept = await api.createChart(host.appendChild(document.createElement('div')), { chart: 'seasons', data: kept });
    const onUrl = await api.createChart(host.appendChild(document.createElement('div')), { chart: 'provinces', data: 'data/sample-finds.csv' });
    const tables = () => [onKept.draw().table.rows, onUrl.draw().table.rows];
    const before = JSON.stringify(tables());
    const after = async () => {
      const again = await api.loadData(valid, { name: 'again.csv' });
      const out = { validRecords: again.records, keptRecords: kept.records, tablesSame: JSON.stringify(tables()) === before };
      again.free();
      return out;
    };
    const attempt = async (source, name, read) => {
      try {
        const d = await api.loadData(source, { name, read });
        const r = d.report();
        d.free();
        return { rows: r.rows, accepted: r.accepted, rejected: r.rejected, problems: r.problems.length };
      } catch (e) {
        return { error: String(e.message) };
      }
    };
    const out = [];
    for (const [name, content] of files) {
      const source = typeof content === 'string' ? content : new Uint8Array(content);
      out.push({ name, got: await attempt(typeof source === 'string' ? { text: source } : source, name), ...(await after()) });
    }
    // Over the limit: bytes, a Blob and a response, refused before they reach the module.
    out.push({ name: 'bytes', got: await attempt(new Uint8Array(300e6), 'zeros.csv'), ...(await after()) });
    out.push({ name: 'blob', got: await attempt(new Blob([new Uint8Array(300e6)]), 'zeros.csv'), ...(await after()) });
    out.push({ name: 'response', got: await attempt('big.csv', undefined, { max_bytes: 100000 }), ...(await after()) });
    // A trap: the module is asked for more memory than it can have.
    out.push({ name: 'trap', got: await attempt(new Uint8Array(4_290_000_000), 'huge.csv', { max_bytes: 4_294_967_295 }), ...(await after()) });
    out.push({ name: 'after the trap', got: await attempt(valid, 'valid.csv'), ...(await after()) });
    return out;
  }, { files: await hostileFiles(), valid: VALID });

  if (process.env.SHOW) console.log(JSON.stringify(results, null, 1));
  const expected = Object.fromEntries((await hostileFiles()).map(([name, , e]) => [name, e]));
  for (const r of results) {
    const label = `${r.name}: ${JSON.stringify(r.got)}`;
    assert.equal(r.validRecords, 5, `${label}: a valid file reads after it`);
    assert.equal(r.keptRecords, 5, `${label}: data read before is still there`);
    assert.ok(r.tablesSame, `${label}: the charts drawn before draw the same numbers`);
    const e = expected[r.name];
    if (e?.error) assert.match(r.got.error ?? '', e.error, label);
    if (e?.rows) assert.deepEqual([r.got.rows, r.got.rejected, r.got.problems], [e.rows, e.rejected, e.problems], label);
  }
  const by = Object.fromEntries(results.map((r) => [r.name, r.got]));
  assert.match(by.bytes.error, /^zeros\.csv: the file is 300 MB, more than the 268 MB limit/);
  assert.match(by.blob.error, /^zeros\.csv: the file is 300 MB, more than the 268 MB limit/);
  assert.match(by.response.error, /^big\.csv: the file is 1 MB, more than the 0 MB limit/);
  assert.equal(by.trap.error, 'repatria: the module stopped (unreachable) and was restarted');
  assert.equal(by['after the trap'].accepted, 5);
  assert.deepEqual(page.consoleErrors, []);
});

test('the xlsx module refuses hostile workbooks and then reads a valid one, in the same instance', async () => {
  // A sheet declaring the whole grid as its dimension, with two values: read (the dimension sizes
  // nothing); the others refused.
  const bad = ['dimension-a1-xfd1048576.xlsx', 'cell-at-xfd1048576.xlsx', 'cell-past-column-1024.xlsx', 'long-reference.xlsx', 'not-really.xlsx'];
  const files = [];
  for (const name of bad) files.push([name, [...await readFile(join(ROOT, 'tests', 'data', 'bad', name))]]);
  const valid = [...await readFile(join(ROOT, 'tests', 'data', 'finds.xlsx'))];
  const page = await b.open('blank.html');
  const results = await page.evaluate(async ({ files, valid }) => {
    const xlsx = await import('./pkg/xlsx/repatria_xlsx.js');
    await xlsx.default();
    const out = [];
    for (const [name, bytes] of files) {
      let error = null;
      let rows = null;
      try { rows = xlsx.xlsx_to_rows(new Uint8Array(bytes)).length; } catch (e) { error = String(e.message ?? e); }
      out.push({ name, error, rows, validRows: xlsx.xlsx_to_rows(new Uint8Array(valid)).length });
    }
    return out;
  }, { files, valid });
  const validRows = results[0].validRows;
  assert.ok(validRows > 1, `finds.xlsx gives rows (${validRows})`);
  for (const r of results) {
    if (r.name.startsWith('dimension')) assert.equal(r.rows, 2, `${r.name}: its two rows`);
    else assert.ok(r.error && !/unreachable|out of bounds/.test(r.error), `${r.name} is refused with a message, not a trap: ${r.error}`);
    assert.equal(r.validRows, validRows, `${r.name}: the same instance then reads finds.xlsx`);
  }
  assert.deepEqual(page.consoleErrors, []);
});
