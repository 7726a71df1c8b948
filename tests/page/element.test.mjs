// <repatria-chart> in headless Chromium: two charts on one page drawn from one Wasm module, one
// resized and redrawn, tooltips, data strings as text, and a bad URL showing its fallback.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, OUT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

const NOT_FOUND = /^Failed to load resource: the server responded with a status of 404/;

/** Waits until every <repatria-chart> on the page is ready or failed. */
async function settled(page, timeout = 30000) {
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('repatria-chart')];
    return all.length > 0 && all.every((e) => e.state === 'ready' || e.state === 'error');
  }, null, { timeout });
}

/** Canvas facts of one element: backing store, CSS size, ink. */
function canvasOf(page, id) {
  return page.evaluate((id) => {
    const el = document.getElementById(id);
    const c = el.shadowRoot.querySelector('canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) ink++;
    return { width: c.width, height: c.height, cssWidth: c.clientWidth, cssHeight: c.clientHeight, ink,
      label: c.getAttribute('aria-label'), state: el.state };
  }, id);
}

test('two elements share one module, fill their container, redraw on resize, show tooltips', async () => {
  const wasmRequests = [];
  const onRequest = (r) => { if (r.url().endsWith('.wasm') && r.frame().parentFrame() === null) wasmRequests.push(r.url()); };
  b.context.on('request', onRequest);
  const page = await b.open('embed-demo.html', { width: 1280, height: 900 });
  await settled(page);
  b.context.off('request', onRequest);

  const province = await canvasOf(page, 'by-province');
  const map = await canvasOf(page, 'map');
  for (const [name, s] of [['by-province', province], ['map', map]]) {
    assert.equal(s.state, 'ready', `${name} is ready`);
    assert.ok(s.ink > 2000, `${name} has ink (${s.ink})`);
    assert.equal(s.width, s.cssWidth, `${name}: backing store = CSS width at DPR 1`);
    assert.ok(s.cssWidth > 600, `${name} fills the article column (${s.cssWidth}px)`);
  }
  assert.match(province.label, /province/i);
  assert.match(map.label, /\S/);
  assert.equal(wasmRequests.length, 1, `the Wasm module is fetched once for two charts: ${wasmRequests}`);
  // The table is a real HTML table, with the chart's numbers as text.
  const table = await page.evaluate(() => {
    const t = document.getElementById('by-province').shadowRoot.querySelector('table');
    return { rows: t.tBodies[0].rows.length, first: t.tBodies[0].rows[0].cells[0].textContent, caption: t.caption.textContent };
  });
  assert.ok(table.rows >= 20, `the province table has a row per province (${table.rows})`);
  assert.match(table.caption, /province/i);

  // Resize one chart's container: it redraws at the new width (debounced); the other stays.
  await page.evaluate(() => { document.getElementById('by-province').style.width = '420px'; });
  await page.waitForFunction(() => document.getElementById('by-province').shadowRoot.querySelector('canvas').width === 420, null, { timeout: 5000 });
  const resized = await canvasOf(page, 'by-province');
  assert.equal(resized.cssWidth, 420);
  assert.ok(resized.ink > 2000, 'redrawn after the resize');
  assert.equal((await canvasOf(page, 'map')).width, map.width, 'the other chart keeps its size');

  // A tooltip on hover: over the first bar, its title and count as text.
  const mark = await page.evaluate(() => {
    const el = document.getElementById('by-province');
    const m = el.chart.marks()[0];
    const r = el.chart.canvas.getBoundingClientRect();
    return { x: r.left + (m.x0 + m.x1) / 2, y: r.top + (m.y0 + m.y1) / 2, title: m.title };
  });
  await page.mouse.move(mark.x, mark.y);
  await page.waitForFunction(() => {
    const tip = document.getElementById('by-province').shadowRoot.querySelector('[role=tooltip]');
    return tip && tip.style.visibility === 'visible';
  }, null, { timeout: 5000 });
  const tip = await page.evaluate(() => document.getElementById('by-province').shadowRoot.querySelector('[role=tooltip]').textContent);
  assert.ok(tip.startsWith(mark.title), `tooltip "${tip}" starts with "${mark.title}"`);
  await page.mouse.move(2, 2);
  await page.waitForFunction(() => document.getElementById('by-province').shadowRoot.querySelector('[role=tooltip]').style.visibility === 'hidden');

  // Keyboard: focus the canvas, arrow to the first mark; its tooltip shows.
  await page.evaluate(() => document.getElementById('by-province').chart.canvas.focus());
  await page.keyboard.press('ArrowRight');
  const keyed = await page.evaluate(() => document.getElementById('by-province').shadowRoot.querySelector('[role=tooltip]').textContent);
  assert.ok(keyed.startsWith(mark.title), `keyboard tooltip "${keyed}"`);
  // Maps declare no marks: the keyboard still walks through the provinces.
  await page.evaluate(() => document.getElementById('map').chart.canvas.focus());
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const place = await page.evaluate(() => {
    const tip = document.getElementById('map').shadowRoot.querySelector('[role=tooltip]');
    return tip && tip.style.visibility === 'visible' ? tip.textContent : '';
  });
  assert.match(place, /[\u1780-\u17ff].*[\d\u17e0-\u17e9]/, `a Khmer province name and its count: "${place}"`);
  await page.screenshot({ path: join(OUT, 'element-resized-1280.png'), fullPage: true });
  assert.deepEqual(b.errors, []);
  await page.close();
});

test('a bad URL shows a readable message and the fallback the page gave; strings from data stay text', async () => {
  b.errors.length = 0;
  const notFound = [];
  const page = await b.open('embed-demo.html', { width: 1280, height: 900 });
  page.on('response', (r) => { if (r.status() === 404) notFound.push(new URL(r.url()).pathname); });
  await settled(page);
  await page.evaluate(() => {
    const el = document.createElement('repatria-chart');
    el.id = 'broken';
    el.setAttribute('src', 'data/missing.csv');
    el.setAttribute('chart', 'seasons');
    el.setAttribute('lang', 'vi');
    const table = document.createElement('table');
    table.id = 'fallback-table';
    const row = table.insertRow();
    row.insertCell().textContent = '2024-2025';
    row.insertCell().textContent = '42';
    el.append(table);
    document.querySelector('main').append(el);
  });
  await page.waitForFunction(() => document.getElementById('broken').state === 'error', null, { timeout: 15000 });
  const shown = await page.evaluate(() => {
    const el = document.getElementById('broken');
    const alert = el.shadowRoot.querySelector('[role=alert]');
    const plot = el.shadowRoot.querySelector('.plot');
    const table = document.getElementById('fallback-table');
    return {
      alert: alert.textContent, alertVisible: alert.getBoundingClientRect().height > 0,
      plotShown: getComputedStyle(plot).display !== 'none',
      tableHeight: table.getBoundingClientRect().height, error: el.error && el.error.message,
    };
  });
  assert.match(shown.alert, /Không thể hiển thị biểu đồ/, 'the message is in the chart\'s language');
  assert.match(shown.alert, /data\/missing\.csv: HTTP 404/, 'and says why');
  assert.ok(shown.alertVisible);
  assert.equal(shown.plotShown, false, 'no empty chart is shown');
  assert.ok(shown.tableHeight > 0, 'the page\'s fallback table is shown');
  assert.match(shown.error, /HTTP 404/);
  await page.locator('#broken').screenshot({ path: join(OUT, 'element-fallback.png') });
  // The other charts on the page are untouched, and the module still works: fix the URL.
  assert.equal(await page.evaluate(() => document.getElementById('map').state), 'ready');
  await page.evaluate(() => document.getElementById('broken').setAttribute('src', 'data/sample-seasons.csv'));
  await page.waitForFunction(() => document.getElementById('broken').state === 'ready', null, { timeout: 15000 });
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById('fallback-table')).display === 'none'
    || document.getElementById('fallback-table').getBoundingClientRect().height === 0), true, 'the fallback hides once drawn');
  assert.equal(await page.evaluate(() => document.getElementById('broken').chart.options().sample), true,
    'a file whose comment says it is made up is labelled as sample data');

  // Data from script with markup in a team name: it reaches the table as text, never as HTML.
  const evil = '<img src=x onerror="window.pwned=1">';
  await page.evaluate(async (evil) => {
    const el = document.createElement('repatria-chart');
    el.id = 'records';
    el.setAttribute('chart', 'teams');
    el.setAttribute('table', 'open');
    document.querySelector('main').append(el);
    await el.setData([
      { season: '2024-2025', team: evil, province: 'KH-4', remains: 3 },
      { season: '2024-2025', team: 'K92', province: 'KH-7', remains: 5 },
    ]);
  }, evil);
  const cells = await page.evaluate(() => {
    const root = document.getElementById('records').shadowRoot;
    return { text: [...root.querySelectorAll('td, th')].map((c) => c.textContent), imgs: root.querySelectorAll('img').length,
      pwned: window.pwned === 1, report: document.getElementById('records').report() };
  });
  assert.ok(cells.text.includes(evil), `the team name is a cell's text: ${JSON.stringify(cells.text)}`);
  assert.equal(cells.imgs, 0);
  assert.equal(cells.pwned, false);
  assert.equal(cells.report.accepted, 2);
  await page.screenshot({ path: join(OUT, 'element-fallback-1280.png'), fullPage: true });

  assert.deepEqual(notFound, ['/data/missing.csv'], 'the only 404 is the bad URL');
  assert.deepEqual(b.errors.filter((e) => !NOT_FOUND.test(e)), [], 'no console errors but the 404 itself');
  assert.ok(b.errors.length <= 1);
  await page.close();
});

test('removing an element disposes its chart; invalid attributes give a message, not an exception', async () => {
  b.errors.length = 0;
  const page = await b.open('embed-demo.html', { width: 800, height: 900 });
  await settled(page);
  const result = await page.evaluate(async () => {
    const el = document.getElementById('map');
    const chart = el.chart;
    el.remove();
    await new Promise((r) => setTimeout(r, 50));
    let after = '';
    try { chart.draw(); } catch (e) { after = e.message; }
    const other = document.getElementById('by-province');
    other.setAttribute('chart', 'pie');
    await other.updateComplete;
    const bad = { state: other.state, message: other.shadowRoot.querySelector('[role=alert]').textContent };
    other.setAttribute('chart', 'teams');
    await other.updateComplete;
    return { disposed: chart.disposed, after, bad, fixed: other.state, canvases: el.shadowRoot.querySelectorAll('canvas').length };
  });
  assert.equal(result.disposed, true);
  assert.match(result.after, /disposed/);
  assert.equal(result.canvases, 0, 'the canvas it added is gone');
  assert.equal(result.bad.state, 'error');
  assert.match(result.bad.message, /invalid chart options.*pie/s);
  assert.equal(result.fixed, 'ready', 'a good value draws again');
  assert.deepEqual(b.errors, []);
  await page.close();
});

test('a packed dataset (repatria pack) is shown as its CSV is, without reading it again', async () => {
  const page = await b.open('embed-demo.html', { width: 1280, height: 900 });
  await settled(page);
  const r = await page.evaluate(async () => {
    const { Data } = await import('./pkg/full/repatria.js');
    const csv = await (await fetch('data/sample-finds.csv')).text();
    const read = Data.fromText('sample-finds.csv', csv);
    // What `repatria pack` writes (src/pack.rs): RPK2, the report, the records, a checksum.
    const packed = read.toPacked();
    // Given as bytes (the page's CSP allows no blob: fetches); a URL goes the same way.
    const el = document.createElement('repatria-chart');
    el.id = 'packed';
    el.setAttribute('chart', 'seasons');
    document.body.prepend(el);
    el.data = packed;
    await new Promise((ok) => { const t = setInterval(() => { if (el.state === 'ready' || el.state === 'error') { clearInterval(t); ok(); } }, 20); });
    const rep = el.state === 'ready' ? el.report() : null; return { state: el.state, info: String(el.error?.message || JSON.stringify(rep)?.slice(0, 300)), accepted: rep?.accepted, expected: JSON.parse(read.reportJson()).accepted };
  });
  assert.equal(r.state, 'ready', r.info);
  assert.equal(r.accepted, r.expected, r.info);
  const s = await canvasOf(page, 'packed');
  assert.ok(s.ink > 2000, `the packed chart has ink (${s.ink})`);
  assert.deepEqual(page.consoleErrors, []);
});
