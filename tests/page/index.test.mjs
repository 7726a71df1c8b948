// The analyst's page (www/index.html) in headless Chromium: loading, tooltips, linked
// filters, data problems, languages, export, URL state, text-only data, the keyboard (on the
// map as in <repatria-chart>: the page draws through the JS API), HiDPI, phone size.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start, OUT, ROOT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

const ready = (page) => page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });

/** Finds a CSS-pixel point of a view's canvas whose hit target matches `want`. */
async function findPoint(page, viewId, want) {
  // Scroll the view into sight and let pending redraws run before reading positions.
  await page.evaluate((id) => window.repatria.views.find((v) => v.id === id).canvas.scrollIntoView({ block: 'center' }), viewId);
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  return page.evaluate(({ viewId, want }) => {
    const view = window.repatria.views.find((v) => v.id === viewId);
    const r = view.canvas.getBoundingClientRect();
    for (let y = 4; y < r.height; y += 6) {
      for (let x = 4; x < r.width; x += 6) {
        const hit = view.chart.hit(x, y);
        if (hit && hit.target.kind === want.kind && (!want.value || Object.values(hit.target).includes(want.value))) {
          return { x: r.left + x, y: r.top + y, hit };
        }
      }
    }
    return null;
  }, { viewId, want });
}

/** The address as the page has it now (page.url() can lag behind history.replaceState). */
const href = (page) => page.evaluate(() => location.href);

const table = (page, viewId) => page.evaluate((id) => window.repatria.views.find((v) => v.id === id).rendered.table, viewId);

test('opens on the published record and draws each of its views', async () => {
  const page = await b.open('index.html', { width: 1280, height: 1000 });
  await ready(page);
  assert.match(await page.textContent('#dataset'), /published_figures\.csv — 110 rows read: 97 figures, 13 other published facts/);
  const shown = await page.$$eval('.view', (els) => els.filter((e) => !e.hidden).map((e) => [e.id, e.dataset.drawn]));
  assert.deepEqual(shown.map((v) => v[0]), ['view-map', 'view-seasons', 'view-teams', 'view-cumulative', 'view-matrix']);
  assert.ok(shown.every((v) => v[1] === 'true'), `views drawn: ${shown}`);
  const labels = await page.$$eval('.view:not([hidden]) canvas', (els) => els.map((c) => c.getAttribute('aria-label')));
  assert.ok(labels.every((l) => l && l.length > 20), 'every canvas has an accessible name and description');
  assert.equal(await page.isHidden('#sample-note'), true, 'real data is not labelled as sample');
  assert.equal(await page.isHidden('#figure-choice'), true, 'no figure-kind select: each view draws figures at its own level');
  assert.equal(await page.isHidden('#download-packed'), true, 'the record is embedded as its table');
  await page.screenshot({ path: join(OUT, 'app-record-1280.png'), fullPage: true });
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('hover a province for its tooltip; click it to filter the seasons chart', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  const spot = await findPoint(page, 'map', { kind: 'province' });
  assert.ok(spot, 'a province under some point of the map');
  await page.mouse.move(spot.x, spot.y);
  await page.waitForSelector('#view-map .repatria-tooltip');
  const tip = await page.textContent('#view-map .repatria-tooltip');
  assert.ok(tip.includes(spot.hit.title), `tooltip names the province: ${tip}`);
  assert.match(tip, /\d+ sets of remains/);

  const before = await table(page, 'seasons');
  const provinceRow = (await table(page, 'provinces')).rows.find((r) => r[1] === spot.hit.target.province);
  await page.mouse.click(spot.x, spot.y);
  await page.waitForFunction((code) => location.search.includes(code), spot.hit.target.province);
  const after = await table(page, 'seasons');
  const total = (t) => t.rows.reduce((s, r) => s + (typeof r.at(-1) === 'number' ? r.at(-1) : 0), 0);
  assert.notDeepEqual(after, before, 'the seasons chart changed');
  assert.equal(total(after), provinceRow[2], "the seasons chart now sums to that province's figure");
  assert.match(await page.textContent('#filter-list'), new RegExp(spot.hit.target.province));
  // Removing the chip restores the view.
  await page.click('#filter-list button');
  assert.deepEqual(await table(page, 'seasons'), before);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('a file with errors lists each problem, and keeps every readable row', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  await page.setInputFiles('#file', join(ROOT, 'tests/page/data/with-errors.csv'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('with-errors.csv'));
  const rows = await page.$$eval('#problems tbody tr', (trs) => trs.map((tr) => [...tr.children].map((td) => td.textContent)));
  const find = (line, column) => rows.find((r) => r[0] === String(line) && r[1].toLowerCase() === column);
  assert.match(find(3, 'province')?.[4] ?? '', /Kampong Chhnang/, 'unknown province suggests the right one');
  assert.ok(find(4, 'remains'), 'bad count is reported on line 4');
  assert.match(find(5, 'team')?.[3] ?? '', /error/, 'a team that is none of the eleven cannot be used');
  assert.match(find(5, 'team')?.[4] ?? '', /K90, K91, K92 or K93\?; counted under unknown team/, 'its row is still counted');
  assert.ok(find(6, 'season'), 'bad season is reported on line 6');
  assert.equal(await page.getAttribute('#quality', 'open'), '', 'the panel opens when there are problems');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-problems')]);
  const csv = await readFile(await download.path(), 'utf8');
  assert.match(csv, /^\uFEFFline,column,value,severity,problem,season,team,province,remains\r\n/);
  assert.match(csv, /Kampong Chnnang/);
  // A file that cannot be read keeps the previous data.
  await page.evaluate(() => window.repatria.loadText('broken.csv', '\u0000\u0001\u0002'));
  assert.match(await page.textContent('#dataset'), /with-errors\.csv/);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

// The analyst's way to an embed of packed data: the file read here, downloaded as .rpk, is what
// the embed's smaller module shows, with the same records and report.
test('the data read can be downloaded packed for embedding, and the embed module shows it', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  await page.setInputFiles('#file', join(ROOT, 'tests/page/data/with-errors.csv'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('with-errors.csv'));
  assert.equal(await page.isVisible('#download-packed'), true);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-packed')]);
  assert.equal(download.suggestedFilename(), 'with-errors.rpk');
  const bytes = await readFile(await download.path());
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'RPK2');
  const r = await page.evaluate(async (packed) => {
    const m = await import('./pkg/repatria.js');
    await m.default();
    const d = m.Data.fromBytes('with-errors.rpk', new Uint8Array(packed));
    return { records: d.records, report: d.report(), canRead: typeof m.Data.fromText === 'function' };
  }, [...bytes]);
  assert.equal(r.canRead, false, 'the embed module does not read CSV');
  const shown = await page.evaluate(() => window.repatria.state.report);
  assert.equal(r.records, shown.accepted);
  assert.deepEqual(r.report.problems, shown.problems, 'the problems travel with the records');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('a large file is read in a worker and handed over whole', async () => {
  const rows = ['season,team,province,remains'];
  for (let i = 0; i < 150000; i++) rows.push(`${2010 + (i % 15)}-${2011 + (i % 15)},K9${i % 4},Kampot,${1 + (i % 3)}`);
  const file = join(tmpdir(), 'repatria-large.csv');
  await writeFile(file, rows.join('\n'));
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  await page.setInputFiles('#file', file);
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('repatria-large.csv'), null, { timeout: 60000 });
  assert.match(await page.textContent('#dataset'), /150000 rows read, 150000 accepted/);
  const total = (await table(page, 'seasons')).rows.reduce((s, r) => s + r.at(-1), 0);
  assert.equal(total, 150000 * 2, 'every row counted (1, 2, 3 in turn)');
  assert.equal(await page.textContent('#error'), '');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('an Excel workbook is read by the second module, loaded only then', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  const wasm = [];
  page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url().split('/').pop()); });
  await ready(page);
  assert.ok(!wasm.includes('repatria_xlsx_bg.wasm'), 'not loaded for a CSV');
  await page.setInputFiles('#file', join(ROOT, 'tests/data/finds.xlsx'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('finds.xlsx'));
  assert.ok(wasm.includes('repatria_xlsx_bg.wasm'), 'loaded for the workbook');
  assert.match(await page.textContent('#dataset'), /5 rows read, 5 accepted/);
  const seasons = await table(page, 'seasons');
  assert.deepEqual(seasons.rows.map((r) => [r[0], r.at(-1)]), [['2024-2025', 1216]]);
  assert.ok((await page.textContent('#problems')).length > 0, 'its one problem is listed');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('the record: no view speaks of unknown provinces or teams, and every number leads to its report', async () => {
  const page = await b.open('index.html', { width: 1280, height: 1000 });
  await ready(page);
  const ids = ['map', 'seasons', 'teams', 'cumulative', 'matrix'];
  for (const id of ids) {
    const t = await table(page, id);
    const text = JSON.stringify(t) + (await page.getAttribute(`#view-${id} canvas`, 'aria-label'));
    assert.doesNotMatch(text, /Unknown province|No team given/, `${id} speaks of figures at their own level`);
    assert.ok(t.rows.length > 0, `${id} has rows`);
    assert.ok(t.rows.some((r) => r.some((c) => typeof c === 'string' && /^https?:\/\//.test(c))), `${id}: its table rows carry the reports' addresses`);
  }
  // The 2024–2025 national total, 781 sets, is in the seasons table with its report.
  const seasons = await table(page, 'seasons');
  assert.ok(seasons.rows.some((r) => r.includes(781) && r.some((c) => typeof c === 'string' && /^https?:/.test(c))), JSON.stringify(seasons.rows.slice(0, 3)));
  // Every figure's mark in the seasons and teams views has its report in its tooltip (a
  // season's column, titled by the season alone, sums up the figures marked in it).
  for (const id of ['seasons', 'teams']) {
    const marks = await page.evaluate((id) => window.repatria.views.find((v) => v.id === id).chart.marks(), id);
    const figures = marks.filter((m) => !/^\d{4}–\d{4}$/.test(m.title));
    assert.ok(figures.length > 10, `${id}: figures' marks (${figures.length} of ${marks.length})`);
    assert.ok(figures.every((m) => m.lines.some((l) => /https?:\/\//.test(l))), `${id}: every figure's tooltip names its report`);
  }
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('switching to Vietnamese and Khmer translates labels without reloading data', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  await page.selectOption('#lang', 'vi');
  assert.match(await page.getAttribute('#view-seasons canvas', 'aria-label'), /mùa khô/);
  assert.equal(await page.textContent('#use-sample'), 'Dữ liệu mẫu (giả lập)');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  await page.selectOption('#lang', 'km');
  assert.match(await page.getAttribute('#view-seasons canvas', 'aria-label'), /រដូវប្រាំង/);
  assert.match(await page.getAttribute('#view-provinces canvas', 'aria-label'), /ខេត្ត/);
  await page.screenshot({ path: join(OUT, 'app-km-1280.png') });
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('exports a PNG at 2× and an SVG', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  const css = await page.$eval('#view-seasons canvas', (c) => [c.clientWidth, c.clientHeight]);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('#view-seasons .export-png')]);
  const bytes = await readFile(await png.path());
  assert.equal(bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(bytes.readUInt32BE(16), css[0] * 2, 'PNG is twice the CSS width');
  assert.equal(bytes.readUInt32BE(20), css[1] * 2);
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('#view-seasons .export-svg')]);
  const text = await readFile(await svg.path(), 'utf8');
  assert.match(text, /^<svg [^>]*role="img"/);
  assert.match(text, /<title>Sets of remains found, by dry season<\/title>/);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#view-teams .export-csv')]);
  assert.match(await readFile(await csv.path(), 'utf8'), /^\uFEFFTeam,Military region,sets of remains/);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('the URL keeps the view: a copied link reopens the same filters, language and theme', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  const spot = await findPoint(page, 'teams', { kind: 'team', value: 'K92' });
  await page.mouse.click(spot.x, spot.y);
  await page.selectOption('#lang', 'vi');
  await page.selectOption('#theme', 'dark');
  const url = await href(page);
  assert.match(url, /teams=K92/);
  const chips = await page.textContent('#filter-list');
  const seasons = await table(page, 'seasons');
  const again = await b.open(url.slice(b.base.length), { width: 1280, height: 1000 });
  await ready(again);
  assert.equal(await again.textContent('#filter-list'), chips);
  assert.deepEqual(await table(again, 'seasons'), seasons);
  assert.equal(await again.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await again.$eval('#lang', (s) => s.value), 'vi');
  assert.deepEqual(page.consoleErrors, []);
  assert.deepEqual(again.consoleErrors, []);
  await page.close();
  await again.close();
});

test('markup in data is drawn as text, and no script runs', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  await ready(page);
  await page.setInputFiles('#file', join(ROOT, 'tests/page/data/xss.csv'));
  await page.waitForFunction(() => document.getElementById('dataset').textContent.includes('xss.csv'));
  await page.check('#view-teams .as-table');
  const cells = await page.$$eval('#view-teams .view-table th, #view-teams .view-table td', (els) => els.map((e) => e.textContent));
  assert.ok(cells.includes('<img src=x onerror=alert(1)>'), `the team name is shown as text: ${cells}`);
  assert.equal(await page.$$eval('img', (imgs) => imgs.length), 0, 'no <img> element was created');
  const problems = await page.textContent('#problems');
  assert.ok(problems.includes('<b onmouseover=alert(2)>Kep</b>'), 'the bad province is listed as text');
  await page.mouse.move(10, 10);
  await page.waitForTimeout(300);
  assert.deepEqual(dialogs, [], 'no alert ran');
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('keyboard: arrows move through bars with a tooltip, Enter filters', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  await page.focus('#view-seasons canvas');
  await page.keyboard.press('ArrowRight');
  await page.waitForSelector('#view-seasons .repatria-tooltip');
  const tip = await page.textContent('#view-seasons .repatria-tooltip');
  assert.match(tip, /\d{4}–\d{4}/);
  await page.keyboard.press('Enter');
  assert.match(await href(page), /seasons=\d{4}-\d{4}/);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

/** What the keyboard shows on `canvas` after each key: the tooltip's title and the ring's place on the canvas. */
async function walk(page, keys, which) {
  const seen = [];
  for (const key of keys) {
    await page.keyboard.press(key);
    seen.push(await page.evaluate((which) => {
      const el = which === 'element' ? document.getElementById('keyboard-map') : null;
      const root = el ? el.shadowRoot : document.getElementById('view-map');
      const canvas = el ? el.chart.canvas : root.querySelector('canvas');
      const tip = root.querySelector('[role=tooltip]');
      const ring = root.querySelector('.repatria-focus');
      const r = canvas.getBoundingClientRect();
      const box = ring.getBoundingClientRect();
      const chart = el ? el.chart : window.repatria.views.find((v) => v.id === 'map').chart;
      const under = chart.hit(box.left + box.width / 2 - r.left, box.top + box.height / 2 - r.top);
      return {
        title: tip.style.visibility === 'visible' ? tip.querySelector('strong').textContent : null,
        ring: [Math.round(box.left - r.left), Math.round(box.top - r.top), Math.round(box.width), Math.round(box.height)],
        under: under ? under.title : null,
      };
    }, which));
  }
  return seen;
}

test("keyboard on the map: the page walks the provinces as the element does, Enter filters", async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  // The same map drawn by <repatria-chart> at the same size, from the same file and options.
  const size = await page.evaluate(async () => {
    const canvas = document.querySelector('#view-map canvas');
    const [width, height] = [canvas.clientWidth, canvas.clientHeight];
    await import('./lib/repatria-chart.min.js'); // with the page's API (its build)
    const host = document.createElement('div');
    host.style.width = `${width}px`;
    const el = document.createElement('repatria-chart');
    el.id = 'keyboard-map';
    for (const [k, v] of Object.entries({ src: 'data/sample-finds.csv', chart: 'map', height, theme: 'light', sample: '', source: 'synthetic sample data (repatria)' })) el.setAttribute(k, v);
    host.append(el);
    document.body.append(host);
    if (!(await el.updateComplete)) throw new Error(`the element did not draw: ${el.error}`);
    return { width, height, element: [el.chart.canvas.clientWidth, el.chart.canvas.clientHeight] };
  });
  assert.deepEqual(size.element, [size.width, size.height], 'both maps have one size');
  const keys = ['ArrowRight', 'ArrowRight', 'ArrowDown', 'End', 'ArrowLeft', 'Home', 'ArrowUp'];

  await page.evaluate(() => document.querySelector('#view-map canvas').scrollIntoView({ block: 'center' }));
  await page.focus('#view-map canvas');
  const onPage = await walk(page, keys, 'page');
  await page.evaluate(() => document.getElementById('keyboard-map').scrollIntoView({ block: 'center' }));
  await page.evaluate(() => document.getElementById('keyboard-map').chart.canvas.focus());
  const inElement = await walk(page, keys, 'element');

  assert.deepEqual(onPage.map((s) => s.title), inElement.map((s) => s.title), 'the same provinces, in the same order');
  onPage.forEach((s, i) => {
    // The ring is placed in whole viewport pixels: within a pixel of the same place on each canvas.
    assert.ok(s.ring.every((v, j) => Math.abs(v - inElement[i].ring[j]) <= 1), `${s.title} ringed at ${s.ring} and ${inElement[i].ring}`);
  });
  assert.equal(new Set(onPage.map((s) => s.title)).size, 5, `five provinces visited: ${onPage.map((s) => s.title)}`);
  for (const s of onPage) assert.equal(s.under, s.title, `the ring around ${s.title} is on it`);

  // Enter filters on the province the keyboard is on.
  await page.focus('#view-map canvas');
  await page.keyboard.press('ArrowRight');
  const code = await page.evaluate(() => window.repatria.views.find((v) => v.id === 'map').chart.marks().length);
  assert.equal(code, 0, 'maps declare no marks: the keyboard found the provinces drawn');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => /provinces=KH-\d+/.test(location.search));
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('dragging across the seasons chart picks a range of seasons', async () => {
  const page = await b.open('index.html?src=sample', { width: 1280, height: 1000 });
  await ready(page);
  // Scroll first and let pending redraws (resize observers) run, then read positions.
  await page.evaluate(() => window.repatria.views.find((x) => x.id === 'seasons').canvas.scrollIntoView({ block: 'center' }));
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
  const marks = await page.evaluate(() => {
    const v = window.repatria.views.find((x) => x.id === 'seasons');
    const r = v.canvas.getBoundingClientRect();
    return v.chart.marks().filter((m) => m.target.kind === 'season').map((m) => ({ x: r.left + (m.x0 + m.x1) / 2, y: r.top + (m.y0 + m.y1) / 2, season: m.target.season }));
  });
  assert.ok(marks.length >= 5);
  const [a, z] = [marks[1], marks[3]];
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + z.x) / 2, a.y, { steps: 4 });
  await page.mouse.move(z.x, z.y, { steps: 4 });
  await page.mouse.up();
  const picked = marks.slice(1, 4).map((m) => m.season);
  assert.match(await href(page), new RegExp(`seasons=${picked.join('%2C')}`));
  const chips = await page.textContent('#filter-list');
  for (const s of picked) assert.ok(chips.includes(s), `${s} in ${chips}`);
  // Other views now count only those seasons: the teams chart sums to the picked seasons' total.
  const seasons = await table(page, 'seasons');
  const pickedTotal = seasons.rows.filter((r) => picked.includes(r[0])).reduce((s, r) => s + r.at(-1), 0);
  const teams = await table(page, 'teams');
  assert.equal(teams.rows.reduce((s, r) => s + r.at(-1), 0), pickedTotal);
  assert.deepEqual(page.consoleErrors, []);
  await page.close();
});

test('phone-sized screen at devicePixelRatio 2: views stack and canvases are sharp', async () => {
  const hi = await start({ deviceScaleFactor: 2, hasTouch: true });
  try {
    const page = await hi.open('index.html?src=sample', { width: 360, height: 740 });
    await ready(page);
    const s = await page.$eval('#view-seasons canvas', (c) => ({ w: c.width, css: c.clientWidth }));
    assert.equal(s.w, s.css * 2, 'backing store is twice the CSS width');
    const boxes = await page.$$eval('.view:not([hidden])', (els) => els.map((e) => e.getBoundingClientRect().left));
    assert.ok(boxes.every((x) => Math.abs(x - boxes[0]) < 1), 'one column');
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 360), 'no horizontal scroll');
    // A tap on a team's bar shows its tooltip and filters on it.
    const spot = await findPoint(page, 'teams', { kind: 'team', value: 'K71' });
    await page.touchscreen.tap(spot.x, spot.y);
    await page.waitForSelector('#view-teams .repatria-tooltip');
    assert.match(await page.textContent('#view-teams .repatria-tooltip'), /K71/);
    assert.match(await href(page), /teams=K71/);
    await page.screenshot({ path: join(OUT, 'app-360@2x.png'), fullPage: true });
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await hi.close();
  }
});
