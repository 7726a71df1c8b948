// Shared set-up for the npm package tests: the packed tarball (packed again when older than its
// sources), a scratch project it is installed into, commands, and headless Chromium.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, stat, writeFile, mkdir, copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const OUT = join(ROOT, 'tests', 'out');
export const BIN = {
  vite: join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'),
  webpack: join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
  tsc: join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'),
};

const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Runs a command; resolves to {code, stdout, stderr} (never rejects on a non-zero exit). */
export function run(cmd, args, { cwd = ROOT, env = {}, timeout = 240000 } = {}) {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, env: { ...process.env, ...env }, timeout, maxBuffer: 64 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout: String(stdout), stderr: String(stderr) });
    });
  });
}

async function newest(dir) {
  let t = 0;
  for (const name of await readdir(dir).catch(() => [])) {
    const s = await stat(join(dir, name));
    t = Math.max(t, s.isDirectory() ? await newest(join(dir, name)) : s.mtimeMs);
  }
  return t;
}

/** The packed tarball, packing it first (without rebuilding the Wasm) when missing or stale. */
export async function tarball() {
  const find = async () => (await readdir(join(ROOT, 'pkg')).catch(() => [])).find((f) => /^repatria-.*\.tgz$/.test(f));
  let name = await find();
  const sources = Math.max(await newest(join(ROOT, 'www', 'lib')), await newest(join(ROOT, 'pkg-src')), await newest(join(ROOT, 'www', 'pkg')));
  if (!name || (await stat(join(ROOT, 'pkg', name))).mtimeMs < sources) {
    const r = await run('bash', ['scripts/package.sh'], { env: { SKIP_WASM: existsSync(join(ROOT, 'www', 'pkg', 'repatria_bg.wasm')) ? '1' : '' } });
    if (r.code !== 0) throw new Error(`scripts/package.sh failed:\n${r.stdout}\n${r.stderr}`);
    name = await find();
  }
  return join(ROOT, 'pkg', name);
}

/** A fresh scratch project with the tarball installed; returns its folder. */
export async function scratchProject() {
  const dir = await mkdtemp(join(tmpdir(), 'repatria-package-'));
  await writeFile(join(dir, 'package.json'), JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }, null, 2));
  const tgz = await tarball();
  const r = await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tgz], { cwd: dir });
  if (r.code !== 0) throw new Error(`npm install of ${tgz} failed:\n${r.stdout}\n${r.stderr}`);
  return { dir, tgz };
}

/** Writes files given as {relativePath: text}. */
export async function writeFiles(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, rel)), { recursive: true });
    await writeFile(join(root, rel), text);
  }
}

export async function copySample(to) {
  await mkdir(dirname(to), { recursive: true });
  await copyFile(join(ROOT, 'www', 'data', 'sample-seasons.csv'), to);
}

/** Headless Chromium; `open(root, path)` serves `root` (strict CSP) and opens `path` in it. */
export async function browser() {
  const profile = await mkdtemp(join(tmpdir(), 'repatria-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS, headless: true,
  });
  const servers = [];
  async function open(root, path, { width = 1024, height = 800 } = {}) {
    const server = await serve(root, 0);
    servers.push(server);
    const page = await context.newPage();
    const errors = [];
    const requests = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    await page.setViewportSize({ width, height });
    await page.goto(`http://127.0.0.1:${server.address().port}/${path}`);
    return { page, errors, requests };
  }
  async function close() {
    await context.close();
    for (const s of servers) s.close();
    await rm(profile, { recursive: true, force: true });
  }
  return { open, close };
}

/** Non-background pixels of a canvas (in the page, or in an element's shadow root). */
export function inkOf(page, selector) {
  return page.evaluate((selector) => {
    const [host, inner] = selector.split(' >>> ');
    let c = document.querySelector(host);
    if (inner) c = c.shadowRoot.querySelector(inner);
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let ink = 0;
    for (let i = 0; i < d.length; i += 16) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) ink++;
    return { ink, width: c.width, cssWidth: c.clientWidth };
  }, selector);
}
