// Minifies what pages load (issue 8: an embedded chart's size counts its JS too), with terser:
// - the wasm-bindgen bindings of every module build, in place (they are generated: the
//   TypeScript declarations beside them keep the API readable);
// - the JS API and the element as lib/repatria.min.js and lib/repatria-chart.min.js, which the
//   embed page loads (the element's import of the API is pointed at the minified API, so that a
//   page never runs both). The npm package ships lib/*.js as written: bundlers minify.
// Run by `make wasm`.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const WWW = join(dirname(fileURLToPath(import.meta.url)), '..', 'www');
const VERSION = (await readFile(join(WWW, 'lib', 'repatria.js'), 'utf8')).match(/export const VERSION = '([^']+)'/)[1];
const BANNER = `/*! repatria ${VERSION} | MIT | province boundaries ODbL (see NOTICE.md) */`;

async function min(from, to, { edit = (s) => s, banner } = {}) {
  const code = edit(await readFile(from, 'utf8'));
  const out = await minify(code, {
    module: true,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, preamble: banner },
  });
  await writeFile(to, `${out.code}\n`);
  return [from, code.length, out.code.length];
}

const done = [];
for (const f of ['pkg/repatria.js', 'pkg/full/repatria.js', 'pkg/reader/repatria_reader.js', 'pkg/fast/repatria.js']) {
  const path = join(WWW, f);
  if (existsSync(path)) done.push(await min(path, path));
}
done.push(await min(join(WWW, 'lib', 'repatria.js'), join(WWW, 'lib', 'repatria.min.js'), { banner: BANNER }));
done.push(await min(join(WWW, 'lib', 'repatria-chart.js'), join(WWW, 'lib', 'repatria-chart.min.js'), {
  banner: BANNER,
  edit: (s) => {
    const pointed = s.replace(/from '\.\/repatria\.js';/, "from './repatria.min.js';");
    if (pointed === s) throw new Error('lib/repatria-chart.js: its import of ./repatria.js was not found');
    return pointed;
  },
}));
for (const [f, a, b] of done) console.log(`minified ${f.slice(WWW.length + 1)}: ${a} → ${b} bytes`);
