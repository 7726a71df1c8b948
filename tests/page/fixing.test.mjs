// Fixing a file in the analyst's page, as a clerk would in Vietnamese: the problems are listed
// in Vietnamese; a suggestion accepted reads the file again with it for every row with that
// value (the unknown-province bar shrinks); a column not recognised is ignored; the
// corrections travel in the packed download, and the embed that shows it lists them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { start, ROOT } from './browser.mjs';

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let b;
before(async () => { b = await start(); });
after(async () => { await b.close(); });

const ready = (page) => page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
const FILE = join(ROOT, 'tests/page/data/vi-clerk.csv');

/** The sets the page counts in no province (the provinces view's "unknown province" bar). */
const unknownSets = (page) => page.evaluate(() => window.repatria.state.report.by_province.unknown ?? 0);

test('a suggestion accepted in Vietnamese reads the file again, and the embed lists the correction', async () => {
  const page = await b.open('index.html?src=sample&lang=vi', { width: 1280, height: 1000 });
  await ready(page);
  await page.setInputFiles('#file', FILE);
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('vi-clerk.csv'));
  // The problems in Vietnamese.
  const messages = await page.$$eval('#problems tbody tr td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(messages.length >= 3, JSON.stringify(messages));
  for (const m of messages) {
    assert.doesNotMatch(m, /\b(is not|did you mean|unknown column|expected)\b/, `English left in: ${m}`);
    assert.match(m, /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i, `not Vietnamese: ${m}`);
  }
  // One suggestion for the three rows spelled "Kampong Chnnang".
  const fixes = await page.$$eval('#suggestions li', (lis) => lis.map((li) => li.textContent));
  assert.equal(fixes.length, 1, JSON.stringify(fixes));
  assert.match(fixes[0], /Kampong Chnnang.*Kampong Chhnang.*3 dòng/);
  const before = await page.evaluate(() => window.repatria.views.find((v) => v.id === 'provinces').rendered.table);
  const unknownBefore = await unknownSets(page);
  assert.equal(unknownBefore, 9, 'the misspelled rows are counted as unknown province');
  await page.click('#suggestions button');
  await page.waitForFunction(() => /Đã đọc lại/.test(document.getElementById('status').textContent));
  assert.equal(await unknownSets(page), 0, 'the unknown-province bar is gone');
  const report = await page.evaluate(() => window.repatria.state.report);
  assert.deepEqual(report.corrections, [{ column: 'Tỉnh', from: 'Kampong Chnnang', to: 'Kampong Chhnang', rows: 3 }]);
  assert.equal(report.by_province['KH-4'], 10);
  await page.waitForFunction((n) => window.repatria.views.find((v) => v.id === 'provinces').rendered.table.rows.length < n,
    before.rows.length);
  assert.match(await page.textContent('#corrections'), /Kampong Chnnang.*Kampong Chhnang.*3 dòng/);
  assert.match(await page.textContent('#status'), /3 dòng/);
  // The column not recognised, ignored: its warning goes, and the choice is listed.
  await page.selectOption('#unknown-columns select', '\u0000ignore');
  await page.waitForFunction(() => (window.repatria.state.report.columns || []).some((c) => c.name === 'Người lập' && c.chosen));
  assert.equal(await page.$$eval('#unknown-columns li', (l) => l.length), 0);
  assert.match(await page.textContent('#corrections'), /Người lập/);
  // Accessible as it is.
  await page.evaluate(AXE);
  const violations = await page.evaluate(async () => (await window.axe.run('#quality', {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'],
  })).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, []);
  // Undone: read again without it.
  await page.click('#corrections li:first-child button');
  await page.waitForFunction(() => !(window.repatria.state.report.corrections || []).length);
  assert.equal(await unknownSets(page), 9);
  await page.click('#suggestions button');
  await page.waitForFunction(() => (window.repatria.state.report.corrections || []).length === 1);

  // The packed download carries the corrections, and the embed lists them.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-packed')]);
  const bytes = await readFile(await download.path());
  await page.close();
  const embed = await b.context.newPage();
  await embed.route('**/data/vi-clerk-corrected.rpk', (route) => route.fulfill({ body: bytes, contentType: 'application/octet-stream' }));
  await embed.goto(`${b.base}embed.html?src=data/vi-clerk-corrected.rpk&chart=provinces&lang=vi`);
  await embed.waitForSelector('details.corrections', { timeout: 60000 });
  const listed = await embed.textContent('details.corrections');
  assert.match(listed, /Đã chỉnh sửa trước khi công bố \(2\)/);
  assert.match(listed, /Tỉnh: “Kampong Chnnang” → Kampong Chhnang \(3 dòng\)/);
  assert.match(listed, /Người lập/);
  const drawn = await embed.evaluate(() => document.querySelector('repatria-chart').report().by_province);
  assert.equal(drawn.unknown ?? 0, 0, 'the embed draws the corrected data');
  await embed.close();
});

// A committee's report as an office makes it (tests/data/office/, written by rust_xlsxwriter):
// a merged title, a two-row header, a row numbering the columns, subtotals and a total with
// formulas. The page finds the table below the title, counts 17 sets (not 51), lists the totals
// it did not count, labels the data a sample as its title says, and reads it again with the
// header row or the date order the clerk picks.
test('a committee workbook in Vietnamese: the table found below its title, its totals listed and not counted', async () => {
  const page = await b.open('index.html?src=sample&lang=vi', { width: 1280, height: 1000 });
  await ready(page);
  await page.setInputFiles('#file', join(ROOT, 'tests/data/office/bao_cao_k52_k92.xlsx'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('bao_cao_k52_k92.xlsx'));
  const report = await page.evaluate(() => window.repatria.state.report);
  assert.equal(report.remains, 17, 'the subtotals and the total are not counted');
  assert.equal(report.total_rows, 3);
  assert.equal(report.sample, true, 'its title says the numbers are made up');
  assert.equal(await page.isVisible('#sample-note'), true);
  assert.match(await page.textContent('#layout-note'), /^Tiêu đề bảng ở dòng 4; phía trên không đọc: dòng 1 “BÁO CÁO KẾT QUẢ/);
  const totals = await page.$$eval('#totals li', (lis) => lis.map((li) => li.textContent));
  assert.deepEqual(totals.length, 3, JSON.stringify(totals));
  assert.match(totals[0], /Cộng đội K52.*9.*9 \(3 dòng\) ✓/);
  assert.match(totals[2], /Tổng cộng.*17.*17 \(5 dòng\) ✓/);
  // Its CSV, as Excel saves it, has its dates as text: read again month first, 12/12/2024
  // still reads, 20/02/2025 cannot.
  await page.setInputFiles('#file', join(ROOT, 'tests/data/office/bao_cao_k52_k92.csv'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('bao_cao_k52_k92.csv'));
  assert.equal(await page.evaluate(() => window.repatria.state.report.remains), 17);
  await page.selectOption('#date-order', 'month-first');
  await page.waitForFunction(() => window.repatria.state.report.date_order === 'month-first');
  const problems = await page.$$eval('#problems tbody tr td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
  assert.ok(problems.some((m) => /20\/02\/2025/.test(m)), JSON.stringify(problems));
  await page.selectOption('#date-order', 'day-first');
  await page.waitForFunction(() => window.repatria.state.report.date_order === undefined);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});
