// Shared set-up for page tests: a static server for www/ and headless Chromium through
// playwright-core, with console errors collected.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'tests', 'out');

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Starts the server and the browser (at `deviceScaleFactor`); returns helpers and a close function. */
export async function start({ deviceScaleFactor = 1, hasTouch = false } = {}) {
  const server = await serve(join(ROOT, 'www'), 0);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const profile = await mkdtemp(join(tmpdir(), 'repatria-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ARGS,
    headless: true,
    deviceScaleFactor,
    hasTouch,
  });
  const errors = [];
  async function open(path, { width = 1280, height = 900 } = {}) {
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    // Console errors of this page alone (page.consoleErrors) and of the whole run (errors).
    page.consoleErrors = [];
    const record = (text) => { errors.push(text); page.consoleErrors.push(text); };
    page.on('console', (m) => { if (m.type() === 'error') record(m.text()); });
    page.on('pageerror', (e) => record(String(e)));
    await page.goto(base + path);
    return page;
  }
  async function close() {
    await context.close();
    server.close();
    await rm(profile, { recursive: true, force: true });
  }
  return { base, context, open, errors, close };
}
