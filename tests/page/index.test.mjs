// The demo page in headless Chromium: the chart is drawn, sharp, and nothing errs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, OUT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

/** Counts non-background pixels and distinct colours of the canvas. */
async function canvasStats(page) {
  return page.evaluate(() => {
    const c = document.getElementById('chart');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0; const colours = new Set();
    for (let i = 0; i < d.length; i += 4) {
      if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) ink++;
      if (i % 64 === 0) colours.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    }
    return { ink, colours: colours.size, width: c.width, height: c.height, cssWidth: c.clientWidth,
      label: c.getAttribute('aria-label') };
  });
}

test('index.html draws the seasons chart with no console errors', async () => {
  const page = await b.open('index.html', { width: 1280, height: 900 });
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
  const s = await canvasStats(page);
  assert.ok(s.ink > 5000, `canvas has ink (${s.ink} pixels)`);
  assert.ok(s.colours > 3, 'more than a background colour');
  assert.equal(s.width, s.cssWidth, 'backing store matches CSS width at DPR 1');
  assert.match(s.label, /Sets of remains found, by dry season/);
  assert.match(await page.textContent('#sample-note'), /Sample data/);
  await page.screenshot({ path: join(OUT, 'index-1280.png') });
  assert.deepEqual(b.errors, []);
  await page.close();
});

test('the canvas is sharp at devicePixelRatio 2 on a phone-sized screen', async () => {
  const hi = await start({ deviceScaleFactor: 2 });
  try {
    const page = await hi.open('index.html', { width: 360, height: 740 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 30000 });
    const s = await canvasStats(page);
    assert.equal(await page.evaluate(() => devicePixelRatio), 2);
    assert.equal(s.width, s.cssWidth * 2, 'backing store is twice the CSS width');
    assert.ok(s.ink > 5000);
    await page.screenshot({ path: join(OUT, 'index-360@2x.png') });
    assert.deepEqual(hi.errors, []);
  } finally {
    await hi.close();
  }
});
