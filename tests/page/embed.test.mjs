// The iframe embed page: its parent receives {"repatria-height": {id: px}} with postMessage and
// the iframe fits its content, at phone and desktop widths; only the iframe that sent a height
// is sized; a bad URL still reports the height of its message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, OUT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

// Installed before the page's own scripts (through DevTools, so the page's CSP does not apply):
// records every message the parent window receives.
function recordMessages() {
  window.__messages = [];
  window.addEventListener('message', (e) => {
    const frames = [...document.querySelectorAll('iframe')];
    window.__messages.push({ data: e.data, frame: frames.findIndex((f) => f.contentWindow === e.source) });
  });
}

/** The embed iframe's height as the parent set it, and its document's height. */
async function heights(page, selector = '#repatria-finds-by-season') {
  const frame = await (await page.$(selector)).contentFrame();
  const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  const outer = await page.evaluate((s) => document.querySelector(s).getBoundingClientRect().height, selector);
  const styled = await page.evaluate((s) => document.querySelector(s).style.height, selector);
  return { inner, outer, styled };
}

async function fitted(page, selector = '#repatria-finds-by-season') {
  await page.waitForFunction((s) => {
    const f = document.querySelector(s);
    const doc = f && f.contentDocument;
    const el = doc && doc.querySelector('repatria-chart');
    if (!el || (el.state !== 'ready' && el.state !== 'error')) return false;
    return f.style.height === `${Math.ceil(doc.documentElement.getBoundingClientRect().height)}px`;
  }, selector, { timeout: 30000, polling: 100 });
}

for (const width of [1280, 360]) {
  test(`embed.html in an iframe reports its height to the parent at ${width} px`, async () => {
    b.errors.length = 0;
    const page = await b.context.newPage();
    page.on('console', (m) => { if (m.type() === 'error') b.errors.push(m.text()); });
    page.on('pageerror', (e) => b.errors.push(String(e)));
    await page.addInitScript(recordMessages);
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${b.base}embed-demo.html`);
    await fitted(page);
    await page.waitForFunction(() => [...document.querySelectorAll('repatria-chart')].every((e) => e.state === 'ready'), null, { timeout: 30000 });

    const h = await heights(page);
    assert.equal(h.styled, `${h.inner}px`, 'the parent set the iframe to its content height');
    // The demo's iframe shows packed data, and links readers to the CSV behind it.
    const demo = await (await page.$('#repatria-finds-by-season')).contentFrame();
    assert.match(await demo.evaluate(() => document.querySelector('a')?.href ?? ''), /\/data\/sample-finds\.csv$/);
    assert.ok(Math.abs(h.outer - h.inner) <= 1, `the iframe is as tall as its content (${h.outer} vs ${h.inner})`);
    assert.notEqual(h.inner, 420, 'not the height written in the HTML');
    assert.ok(h.inner > 250 && h.inner < 900, `a plausible chart height (${h.inner})`);
    const messages = await page.evaluate(() => window.__messages);
    const last = messages.filter((m) => m.data && m.data['repatria-height']).pop();
    assert.ok(last, 'a repatria-height message arrived');
    assert.equal(last.frame, 0, 'from the iframe');
    assert.deepEqual(Object.keys(last.data['repatria-height']), ['finds-by-season'], 'keyed by the id parameter');
    assert.equal(last.data['repatria-height']['finds-by-season'], h.inner);

    // The chart inside is drawn, in Vietnamese, at the iframe's width.
    const frame = await (await page.$('#repatria-finds-by-season')).contentFrame();
    const inside = await frame.evaluate(() => {
      const el = document.querySelector('repatria-chart');
      const c = el.chart.canvas;
      return { lang: document.documentElement.lang, label: c.getAttribute('aria-label'), width: c.clientWidth, doc: document.documentElement.clientWidth };
    });
    assert.equal(inside.lang, 'vi');
    assert.match(inside.label, /mùa khô/);
    assert.equal(inside.width, inside.doc);

    await page.screenshot({ path: join(OUT, `embed-demo-${width}.png`), fullPage: true });
    assert.deepEqual(b.errors, []);
    await page.close();
  });
}

test('the height follows a resize; other windows cannot size the iframe; a bad URL still reports', async () => {
  b.errors.length = 0;
  const page = await b.context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') b.errors.push(m.text()); });
  await page.addInitScript(recordMessages);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${b.base}embed-demo.html`);
  await fitted(page);
  const wide = await heights(page);

  // A narrower window: the chart redraws shorter and the iframe follows.
  await page.setViewportSize({ width: 480, height: 900 });
  await page.waitForFunction((before) => {
    const f = document.querySelector('#repatria-finds-by-season');
    return f.style.height !== `${before}px`;
  }, wide.inner, { timeout: 10000 });
  await fitted(page);
  const narrow = await heights(page);
  assert.ok(narrow.inner < wide.inner, `shorter when narrower (${narrow.inner} < ${wide.inner})`);

  // A message from another window (here the page itself) is ignored.
  await page.evaluate(() => window.postMessage({ 'repatria-height': { 'finds-by-season': 5 } }, '*'));
  await page.waitForTimeout(200);
  assert.equal((await heights(page)).styled, `${narrow.inner}px`);

  // An embed of a missing file: its message is shown, and its height is reported.
  await page.evaluate(() => {
    const f = document.createElement('iframe');
    f.id = 'broken-embed';
    f.title = 'broken';
    f.src = 'embed.html?src=data/missing.csv&chart=map&lang=km&id=broken';
    f.width = '100%';
    f.height = '600';
    document.querySelector('main').append(f);
  });
  await fitted(page, '#broken-embed');
  const broken = await heights(page, '#broken-embed');
  assert.ok(broken.inner > 20 && broken.inner < 300, `the message's height, not 600 (${broken.inner})`);
  const text = await (await (await page.$('#broken-embed')).contentFrame()).evaluate(() => document.querySelector('repatria-chart').shadowRoot.querySelector('[role=alert]').textContent);
  assert.match(text, /មិនអាចបង្ហាញគំនូសតាងបានទេ/);
  assert.match(text, /missing\.csv: HTTP 404/);
  assert.deepEqual(b.errors.filter((e) => !/^Failed to load resource: the server responded with a status of 404/.test(e)), []);
  await page.close();
});

// An embed of packed data loads the module that draws packed data (www/pkg/) and one minified
// script (lib/repatria-embed.min.js: the element with the API joined in), nothing else (what
// tests/size/ holds to 150 KB gzipped); given a CSV later, the same page loads the reader for
// it, shows its problems with their lines, and names the file when it cannot read.
test('an embed of packed data loads the small module only, and the reader only when a CSV comes', async () => {
  b.errors.length = 0;
  const page = await b.context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') b.errors.push(m.text()); });
  page.on('pageerror', (e) => b.errors.push(String(e)));
  const loaded = [];
  page.on('requestfinished', (r) => loaded.push(new URL(r.url()).pathname));
  await page.setViewportSize({ width: 640, height: 900 });
  await page.goto(`${b.base}embed.html?src=data/sample-finds.rpk&chart=map&lang=km&sample&id=packed`);
  await page.waitForFunction(() => ['ready', 'error'].includes(document.querySelector('repatria-chart')?.state), null, { timeout: 30000 });
  const first = await page.evaluate(() => {
    const el = document.querySelector('repatria-chart');
    const c = el.shadowRoot.querySelector('canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) ink++;
    return { state: el.state, error: String(el.error?.message || ''), accepted: el.report()?.accepted, ink, label: c.getAttribute('aria-label') };
  });
  assert.equal(first.state, 'ready', first.error);
  assert.equal(first.accepted, 1500, 'every record of the packed sample');
  assert.ok(first.ink > 2000, `the map is drawn (${first.ink})`);
  assert.match(first.label, /កម្ពុជា/, 'in Khmer');
  const scripts = loaded.filter((p) => /\.(js|wasm)$/.test(p)).sort();
  assert.deepEqual(scripts, ['/embed.js', '/lib/repatria-embed.min.js', '/pkg/repatria.js', '/pkg/repatria_bg.wasm'],
    'the small module and the one minified script (element and API), no reader');

  // A CSV with a bad row: the reader module loads, reads it, and its problems keep their lines.
  const csv = 'season,team,province,remains\n2023-2024,K92,Kampot,4\n2023-2024,K92,Kampot,many\n2024-2025,K71,Siem Reap,2\n';
  const second = await page.evaluate(async (text) => {
    const el = document.querySelector('repatria-chart');
    el.data = { text, name: 'late.csv' };
    await new Promise((ok) => { const t = setInterval(() => { if (el.state === 'ready' || el.state === 'error') { clearInterval(t); ok(); } }, 20); });
    const r = el.report();
    return { state: el.state, error: String(el.error?.message || ''), accepted: r?.accepted, problems: r?.problems };
  }, csv);
  assert.equal(second.state, 'ready', second.error);
  assert.equal(second.accepted, 2);
  assert.equal(second.problems.length, 1);
  assert.equal(second.problems[0].line, 3);
  assert.equal(second.problems[0].column, 'remains');
  assert.ok(loaded.includes('/pkg/reader/repatria_reader_bg.wasm'), 'the reader was loaded for the CSV');
  assert.ok(!loaded.some((p) => p.startsWith('/pkg/full/')), 'not the whole module as well');

  // A file the reader cannot read at all: the element says so, naming the file.
  const third = await page.evaluate(async () => {
    const el = document.querySelector('repatria-chart');
    el.data = { text: 'foo,bar\n1,2\n', name: 'odd.csv' };
    await new Promise((ok) => { const t = setInterval(() => { if (el.state === 'ready' || el.state === 'error') { clearInterval(t); ok(); } }, 20); });
    return { state: el.state, error: String(el.error?.message || '') };
  });
  assert.equal(third.state, 'error');
  assert.match(third.error, /^odd\.csv:1: /);
  assert.deepEqual(b.errors, []);
  await page.close();
});
