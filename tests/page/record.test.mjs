// The published record in embeds, in headless Chromium: embed.html of data/published_figures.csv
// draws each of the record's views at 360 and 1280 px, in three languages and both themes
// (screenshots in tests/out/record-*.png, to look at); each view's table carries the reports'
// addresses; the origin reports' figures are one embed away (781 sets in 2024–2025, Kampong
// Chhnang's 368 over 2002–2023); axe-core (WCAG 2.1 A/AA) finds no violation there, nor on the
// analyst page with the record or with finds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { start, OUT } from './browser.mjs';

let b;
before(async () => { b = await start(); await mkdir(OUT, { recursive: true }); });
after(async () => { await b.close(); });

const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Opens the embed of the record's `chart` view and waits until it is drawn. */
async function embed(chart, { width = 1280, lang = 'en', theme = 'light' } = {}) {
  const page = await b.open(`embed.html?src=data/published_figures.csv&chart=${chart}&lang=${lang}&theme=${theme}&id=record-${chart}`, { width, height: 900 });
  await page.waitForFunction(() => {
    const el = document.querySelector('repatria-chart');
    return el && (el.state === 'ready' || el.state === 'error');
  }, null, { timeout: 30000 });
  const state = await page.evaluate(() => {
    const el = document.querySelector('repatria-chart');
    return { state: el.state, error: el.error?.message ?? null };
  });
  assert.equal(state.state, 'ready', `${chart}: ${state.error}`);
  return page;
}

const table = (page) => page.evaluate(() => document.querySelector('repatria-chart').table());

for (const chart of ['seasons', 'teams', 'map', 'cumulative', 'matrix']) {
  test(`the record's ${chart} view, at 360 and 1280 px, in three languages and both themes`, async () => {
    for (const [width, lang, theme] of [[1280, 'en', 'light'], [360, 'en', 'light'], [1280, 'vi', 'dark'], [360, 'km', 'light'], [1280, 'km', 'dark']]) {
      const page = await embed(chart, { width, lang, theme });
      const t = await table(page);
      assert.ok(t.rows.length > 0, `${chart} ${lang}: rows`);
      assert.ok(t.rows.some((r) => r.some((c) => typeof c === 'string' && /^https?:\/\//.test(c))), `${chart} ${lang}: the reports' addresses in the table`);
      const text = JSON.stringify(t);
      assert.doesNotMatch(text, /Unknown province|No team given/);
      await page.screenshot({ path: join(OUT, `record-${chart}-${lang}-${theme}-${width}.png`), fullPage: true });
      assert.deepEqual(page.consoleErrors, [], `${chart} ${lang} ${width}`);
      await page.close();
    }
  });
}

test("the origin reports' figures are one embed away", async () => {
  const seasons = await embed('seasons');
  assert.ok((await table(seasons)).rows.some((r) => r.includes(781)), '781 sets in 2024–2025');
  await seasons.close();
  const map = await embed('map');
  assert.ok((await table(map)).rows.some((r) => r.includes(368) && r.some((c) => typeof c === 'string' && c.includes('2002'))), "Kampong Chhnang's 368 over 2002–2023");
  await map.close();
});

test('an embed of the record has no accessibility violations', async () => {
  const page = await embed('teams');
  // Evaluated through DevTools: the embed's Content-Security-Policy allows no inline script.
  await page.evaluate(AXE);
  // WCAG 2.1 A and AA (an iframe's page needs no level-one heading of its own).
  const violations = await page.evaluate(async () => (await window.axe.run(document, {
    runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'],
  })).violations.map((v) => `${v.id}: ${v.help}`));
  assert.deepEqual(violations, []);
  await page.close();
});

test('the analyst page, on the record and on finds, has no accessibility violations', async () => {
  for (const path of ['index.html', 'index.html?src=sample']) {
    const page = await b.open(path, { width: 1280, height: 1000 });
    await page.waitForFunction(() => document.documentElement.dataset.ready === 'true', null, { timeout: 30000 });
    await page.waitForFunction(() => [...document.querySelectorAll('.view:not([hidden])')].every((v) => v.dataset.drawn === 'true'), null, { timeout: 30000 });
    await page.evaluate(AXE);
    const violations = await page.evaluate(async () => (await window.axe.run(document, {
      runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'], resultTypes: ['violations'],
    })).violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`));
    assert.deepEqual(violations, [], path);
    assert.deepEqual(page.consoleErrors, [], path);
    await page.close();
  }
});
