// The gallery in headless Chromium: every chart kind in every language and theme is drawn
// on canvas with no error; screenshots at 360 px and 1280 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { start, OUT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

for (const width of [1280, 360]) {
  test(`gallery draws every chart at ${width} px`, async () => {
    const page = await b.open('gallery.html', { width, height: 900 });
    await page.waitForSelector('html[data-ready="true"]', { timeout: 60000 });
    const result = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('.grid canvas')];
      return {
        count: canvases.length,
        drawn: canvases.filter((c) => c.dataset.drawn === 'true').length,
        blank: canvases.filter((c) => {
          const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          for (let i = 4; i < d.length; i += 4 * 97) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return false;
          return true;
        }).length,
        status: document.getElementById('status').textContent,
      };
    });
    assert.equal(result.count, 9 * 3 * 2, 'every kind × language × theme');
    assert.equal(result.drawn, result.count, result.status);
    assert.equal(result.blank, 0, 'no blank canvas');
    await page.screenshot({ path: join(OUT, `gallery-${width}.png`), fullPage: false });
    assert.deepEqual(b.errors, []);
    await page.close();
  });
}
