// The analyst page's CSV downloads as a committee clerk opens them in a spreadsheet: the rows
// with problems hold each row's own cells (a workbook's sheet row, a multi-line CSV record
// whole), and every CSV starts with a UTF-8 byte order mark and ends with its source line; a
// workbook is read through the JS API (the page's, the embed's), which loads the xlsx module then.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { start, ROOT } from './browser.mjs';

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

const ready = (page) => page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
const BOM = [0xef, 0xbb, 0xbf];

/** Clicks `selector` and returns the downloaded file's bytes. */
async function download(page, selector) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFile(await d.path());
}

/** The records of CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; } else if (c === '\r' && text[i + 1] === '\n') { /* CRLF */ } else if (c === '\n') {
      row.push(cell); rows.push(row); row = []; cell = '';
    } else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** A downloaded CSV: its bytes start with the BOM; returns its records (after the BOM). */
function csvOf(bytes, label) {
  assert.deepEqual([...bytes.subarray(0, 3)], BOM, `${label} starts with a UTF-8 byte order mark`);
  return parseCsv(bytes.subarray(3).toString('utf8'));
}

test('after a workbook, the rows with problems hold the sheet row\'s cells, not the bytes of the zip', async () => {
  const page = await b.open('index.html?src=sample');
  await ready(page);
  await page.setInputFiles('#file', join(ROOT, 'tests/data/finds.xlsx'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('finds.xlsx'));
  const bytes = await download(page, '#download-problems');
  assert.ok(!bytes.includes('PK\u0003\u0004'), 'no bytes of the zip');
  const rows = csvOf(bytes, 'the rows with problems');
  const [header, ...rest] = rows;
  assert.deepEqual(header.slice(0, 5), ['line', 'column', 'value', 'severity', 'problem']);
  assert.equal(header[5], 'Ngày', 'the sheet\'s own header follows');
  assert.ok(header.includes('Tỉnh'), `the sheet's columns: ${header}`);
  const atlantis = rest.find((r) => r[0] === '8');
  assert.ok(atlantis, `sheet row 8 is listed: ${JSON.stringify(rest)}`);
  assert.equal(atlantis[1], 'Tỉnh');
  assert.equal(atlantis[2], 'Atlantis');
  assert.equal(atlantis[header.indexOf('Tỉnh')], 'Atlantis', 'the row\'s province cell, under its column');
  assert.equal(atlantis[header.indexOf('Đội')], 'K92');
  assert.equal(atlantis.length, header.length, 'one cell per column of the sheet');
  assert.deepEqual(rows.at(-1), ['Source: finds.xlsx'], 'the source line is the last line');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('a multi-line record comes whole, with the lines after it in their place', async () => {
  const page = await b.open('index.html?src=sample');
  await ready(page);
  const text = [
    'season,team,province,remains,place',
    '2023-2024,K92,Kampot,5,"Phum Ta Ek,',
    'by the old well',
    'north of the pagoda"',
    '2023-2024,K92,Kampong Chnnang,3,"Srae Ambel ""the field"",',
    'second line"',
    '2024-2025,K71,Siem Reap,lots,one line',
    '',
  ].join('\r\n');
  await page.evaluate((t) => window.repatria.loadText('multi-line.csv', t), text);
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('multi-line.csv'));
  const problems = await page.evaluate(() => window.repatria.state.report.problems.map((p) => [p.line, p.column]));
  assert.ok(problems.some(([line]) => line === 5), `the second record starts on line 5: ${JSON.stringify(problems)}`);
  const rows = csvOf(await download(page, '#download-problems'), 'the rows with problems');
  const [header, ...rest] = rows;
  assert.deepEqual(header.slice(5), ['season', 'team', 'province', 'remains', 'place'], 'the file\'s header');
  const second = rest.find((r) => r[0] === '5');
  assert.deepEqual(second?.slice(5), ['2023-2024', 'K92', 'Kampong Chnnang', '3', 'Srae Ambel "the field",\r\nsecond line'],
    'the record spanning lines 5 and 6, whole');
  const third = rest.find((r) => r[0] === '7');
  assert.deepEqual(third?.slice(5), ['2024-2025', 'K71', 'Siem Reap', 'lots', 'one line'], 'line 7 is its own record');
  assert.deepEqual(rows.at(-1), ['Source: multi-line.csv']);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('a chart\'s CSV starts with the BOM and ends with its source line; sample data stays labelled', async () => {
  const page = await b.open('index.html?src=sample&lang=vi');
  await ready(page);
  const rows = csvOf(await download(page, '#view-teams .export-csv'), 'the table of a chart');
  assert.ok(rows[0].length > 1, 'the header is the first line (no comment line before it)');
  assert.deepEqual(rows.at(-2), ['DỮ LIỆU MẪU — không phải số liệu thật'], 'sample data is labelled');
  assert.deepEqual(rows.at(-1), ['Nguồn: dữ liệu mẫu giả lập (repatria)'], 'the chart\'s source line, in the page\'s language');
  assert.ok(rows.some((r) => r.includes('K92')), 'the table is there');
  // The record's views cite its sources.
  await page.click('#use-published');
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('published_figures.csv'));
  const record = csvOf(await download(page, '#view-seasons .export-csv'), 'the table of the record');
  const last = record.at(-1)[0];
  assert.match(last, /^Nguồn: /, `the source line: ${last}`);
  assert.equal(last, `Nguồn: ${await page.evaluate(() => window.repatria.state.data.sourceLine('vi'))}`);
  assert.ok(!record.flat().includes('DỮ LIỆU MẪU — không phải số liệu thật'), 'the record is not labelled as sample');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('a large file, read in the worker, keeps its rows with problems whole', async () => {
  const page = await b.open('index.html?src=sample');
  await ready(page);
  const good = '2023-2024,K92,Kampot,5,"a note,\nover two lines"\n';
  const body = good.repeat(Math.ceil(2.2e6 / good.length));
  const lines = 1 + body.split('\n').length - 1;
  const text = `season,team,province,remains,place\n${body}2024-2025,K71,Atlantis,2,"the last,\nrecord"\n`;
  await page.setInputFiles('#file', { name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(text) });
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('large.csv'), null, { timeout: 60000 });
  const rows = csvOf(await download(page, '#download-problems'), 'the rows with problems');
  const atlantis = rows.find((r) => r[2] === 'Atlantis');
  assert.equal(atlantis?.[0], String(lines + 1), 'the record\'s first line');
  assert.deepEqual(atlantis.slice(5), ['2024-2025', 'K71', 'Atlantis', '2', 'the last,\nrecord'], 'the record whole, from the worker');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('an embed of a workbook: the element reads it with the xlsx module, loaded then', async () => {
  await b.context.route('**/data/finds.xlsx', async (r) => r.fulfill({
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body: await readFile(join(ROOT, 'tests/data/finds.xlsx')),
  }));
  const page = await b.open('embed.html?src=data/finds.xlsx&chart=seasons&lang=vi&id=workbook');
  const loaded = [];
  page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('repatria-chart')?.state), null, { timeout: 30000 });
  const r = await page.evaluate(() => {
    const el = document.querySelector('repatria-chart');
    return { state: el.state, error: String(el.error?.message || ''), report: el.report() };
  });
  assert.equal(r.state, 'ready', r.error);
  assert.deepEqual([r.report.format, r.report.rows, r.report.accepted, r.report.remains], ['xlsx', 5, 5, 1217]);
  assert.deepEqual(r.report.problems.map((p) => [p.line, p.value]), [[8, 'Atlantis']], 'problems keep their sheet rows');
  assert.ok(loaded.includes('/pkg/xlsx/repatria_xlsx_bg.wasm'), `the xlsx module was loaded: ${loaded}`);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});
