import { chromium } from '/work/main/node_modules/playwright-core/index.mjs';
import { serve } from '/work/main/scripts/serve.mjs';
import { mkdtemp } from 'node:fs/promises';
const server = await serve('/work/main/www', 0);
const base = `http://127.0.0.1:${server.address().port}/`;
const ctx = await chromium.launchPersistentContext(await mkdtemp('/tmp/pp-'), { executablePath: '/usr/bin/chromium', headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'], viewport: { width: 1280, height: 900 } });
const page = ctx.pages()[0];
await page.goto(base + 'bench.html');
await page.waitForFunction(() => document.documentElement.dataset.ready === 'true');
await page.evaluate((w) => bench.module(w), process.argv[2] || 'pkg/fast');
const n = process.argv[3] || '1000000';
await page.evaluate((n) => bench.read(`bench-data/finds-${n}.csv`, 1), n);
const cdp = await ctx.newCDPSession(page);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
await cdp.send('Profiler.start');
const r = await page.evaluate((n) => bench.read(`bench-data/finds-${n}.csv`, 2), n);
const { profile } = await cdp.send('Profiler.stop');
const self = new Map(); const idx = new Map(profile.nodes.map(n => [n.id, n])); const count = new Map();
for (const s of profile.samples) count.set(s, (count.get(s) || 0) + 1);
let total = 0;
for (const [id, c] of count) { const nd = idx.get(id); const k = nd.callFrame.functionName.slice(0, 110); self.set(k, (self.get(k) || 0) + c); total += c; }
console.log('read', r.readMsAll, r.mbPerS);
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, c]) => `${(100 * c / total).toFixed(1)}% ${k}`).join('\n'));
await ctx.close(); server.close();
