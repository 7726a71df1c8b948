// The rows with problems the JS API cuts out of a file (RepatriaData.problemRows) are the rows
// the reader read: for files as offices keep them (BOM, UTF-16, semicolons, tabs, comments,
// `sep=`, CR line ends, quoted line breaks, text after a closing quote, an unclosed quote),
// every problem's line has a row whose cell under the problem's column holds its value.
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

const utf8 = (s) => [...Buffer.from(s)];
const FILES = [
  ['comments.csv', utf8('# Source: "the office\'s sheet\n#\nseason,team,province,remains\n2023-2024,K92,Atlantis,2\n\n2023-2024,K99,Kampot,x\n')],
  ['sep.csv', utf8('sep=;\r\nseason;team;province;remains\r\n2023-2024;K92;"Kampot;\r\nnorth";2\r\n2023-2024;K92;Atlantis;3\r\n')],
  ['cr.csv', utf8('season,team,province,remains,place\r2023-2024,K92,Atlantis,2,"two\rlines"\r2023-2024,K92,Kampot,lots,x\r')],
  ['after-quote.csv', utf8('season,team,province,remains\n2023-2024,K92,"Atl"antis,2\n2023-2024,K92,Kampot,"4"x\n')],
  ['quotes-inside.csv', utf8('season,team,province,remains,place\n2023-2024,K92,Atlantis,2,the "old" well\n2023-2024,K92,Kampot,-3,"a ""b"", c"\n')],
  ['tabs-quoted.tsv', utf8('season\tteam\tprovince\tremains\n2023-2024\tK92\t"Kam\tpot"\t2\n2023-2024\tK92\tKampot\tnone\n')],
  ['skipped.csv', utf8('season,team,province,note\r\n2023-2024,K92,Kampot,"fine,\r\n""quoted""\rrecord"\r\n2023-2024,K92,Takeo,ok\n2023-2024,K92,Atlantis,"x"\n')],
  ['unclosed.csv', utf8('season,team,province,remains\n2023-2024,K92,Atlantis,2\n2023-2024,K92,Kampot,"3\n')],
  ['vi-header.csv', utf8('\uFEFFMùa khô,Đội,Tỉnh,Số hài cốt\n2023-2024,K92,Ât-lan-tít,2\n2023-2024,K92,Kampot,hai\n')],
];
const DATA = ['bom.csv', 'semicolon.csv', 'tabs.tsv', 'utf16be.csv', 'utf16le.txt', 'vi.csv', 'km.csv', 'en.csv', 'dates.csv', 'coords.csv', 'seasons.csv'];

test('every problem\'s row is cut out whole, its value in its column', async () => {
  const files = [...FILES];
  for (const name of DATA) files.push([name, [...await readFile(join(ROOT, 'tests', 'data', name))]]);
  const page = await b.open('blank.html');
  const results = await page.evaluate(async (files) => {
    const api = await import('./lib/repatria.min.js');
    await api.init(undefined, { bindings: import('./pkg/fast/repatria.js') });
    const out = [];
    for (const [name, bytes] of files) {
      try {
        const data = await api.loadData(new Uint8Array(bytes), { name });
        out.push({ name, problems: data.report().problems, rows: data.problemRows() });
        data.free();
      } catch (e) {
        out.push({ name, error: String(e.message || e) });
      }
    }
    return out;
  }, files);
  let checked = 0;
  const withProblems = new Set();
  for (const r of results) {
    assert.equal(r.error, undefined, `${r.name}: ${r.error}`);
    const lined = r.problems.filter((p) => p.line > 0);
    if (!lined.length) { assert.equal(r.rows, null, `${r.name}: no rows without problems`); continue; }
    withProblems.add(r.name);
    const key = (s) => String(s).trim().toLowerCase();
    for (const p of lined) {
      const row = r.rows.rows.find((x) => x.line === p.line);
      assert.ok(row, `${r.name}: line ${p.line} (${p.message}) has its row: ${JSON.stringify(r.rows)}`);
      const at = r.rows.columns.findIndex((c) => key(c) === key(p.column));
      if (at < 0 || !p.value) continue;
      // (A report shows a line break or a tab in a value as a space, and a pair of
      // coordinates as `lon, lat`.)
      const cell = row.cells[at].replace(/[\r\n\t]/g, ' ').trim();
      const value = p.value.trim();
      assert.ok(cell === value || value.split(', ').includes(cell), `${r.name}: line ${p.line}, column ${p.column}: ${cell} for ${value}`);
      checked++;
    }
  }
  for (const name of FILES.map(([n]) => n)) assert.ok(withProblems.has(name), `${name} has problems to cut out`);
  assert.ok(checked >= 16, `values checked against their cells: ${checked}`);
  const by = Object.fromEntries(results.map((r) => [r.name, r]));
  const cells = (name, line) => by[name].rows.rows.find((x) => x.line === line)?.cells;
  assert.deepEqual(cells('sep.csv', 3), ['2023-2024', 'K92', 'Kampot;\r\nnorth', '2'], 'a quoted line break, with the file\'s own line end');
  assert.deepEqual(cells('sep.csv', 5), ['2023-2024', 'K92', 'Atlantis', '3'], 'the record after it on its own line');
  assert.deepEqual(cells('cr.csv', 2), ['2023-2024', 'K92', 'Atlantis', '2', 'two\rlines'], 'CR alone ends a line');
  assert.deepEqual(cells('cr.csv', 4), ['2023-2024', 'K92', 'Kampot', 'lots', 'x']);
  assert.deepEqual(cells('after-quote.csv', 3), ['2023-2024', 'K92', 'Kampot', '4x'], 'text after a closing quote is part of the field');
  assert.deepEqual(cells('quotes-inside.csv', 3), ['2023-2024', 'K92', 'Kampot', '-3', 'a "b", c']);
  assert.deepEqual(cells('skipped.csv', 6), ['2023-2024', 'K92', 'Atlantis', 'x'], 'after a record of three lines with no problem');
  assert.deepEqual(cells('tabs-quoted.tsv', 3), ['2023-2024', 'K92', 'Kampot', 'none']);
  assert.deepEqual(cells('unclosed.csv', 3), ['2023-2024', 'K92', 'Kampot', '3\n'], 'an unclosed quote runs to the end');
  assert.deepEqual(by['comments.csv'].rows.columns, ['season', 'team', 'province', 'remains'], 'comments are not the header');
  assert.deepEqual(cells('comments.csv', 6), ['2023-2024', 'K99', 'Kampot', 'x'], 'a blank line counts as a line');
  assert.deepEqual(by['vi-header.csv'].rows.columns, ['Mùa khô', 'Đội', 'Tỉnh', 'Số hài cốt'], 'the header as written, without the BOM');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('at most 10,000 rows with problems are kept, and the download says so', async () => {
  const page = await b.open('blank.html');
  const r = await page.evaluate(async () => {
    const api = await import('./lib/repatria.min.js');
    await api.init(undefined, { bindings: import('./pkg/fast/repatria.js') });
    const text = `season,team,province,remains\n${'2023-2024,K92,Atlantis,1\n'.repeat(10005)}`;
    // (The reader lists 10,000 problems unless told otherwise.)
    const data = await api.loadData({ text, name: 'many.csv' }, { read: { max_problems: 20000 } });
    const rows = data.problemRows();
    const csv = api.problemsCsv(data, { source: 'many.csv' });
    data.free();
    return { kept: rows.rows.length, cut: rows.cut, last: rows.rows.at(-1).line, tail: csv.split('\r\n').slice(-5) };
  });
  assert.deepEqual([r.kept, r.cut, r.last], [10000, true, 10001]);
  assert.deepEqual(r.tail, ['', '"The cells of the first 10000 rows with problems only: the others are in the file, on their lines."', '', 'Source: many.csv', '']);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});
