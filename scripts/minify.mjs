// Minifies what pages load (an embedded chart's size counts its JS too), with terser:
// - the wasm-bindgen bindings of every module build, in place (they are generated: the
//   TypeScript declarations beside them keep the API readable);
// - the JS API (lib/repatria.js and the files it imports, joined into one module) and the
//   element as lib/repatria.min.js and lib/repatria-chart.min.js, which the embed page loads
//   (the element's import of the API is pointed at the minified API, so that a page never runs
//   both), and the two joined as lib/repatria-embed.min.js, the iframe embed page's one script.
//   The npm package ships lib/*.js as written: bundlers minify.
// Run by `make wasm`.
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minify } from 'terser';

const WWW = join(dirname(fileURLToPath(import.meta.url)), '..', 'www');
const VERSION = (await readFile(join(WWW, 'lib', 'repatria.js'), 'utf8')).match(/export const VERSION = '([^']+)'/)[1];
const BANNER = `/*! repatria ${VERSION} | MIT | province boundaries ODbL (see NOTICE.md) */`;

async function min(from, to, { edit = (s) => s, banner, code, toplevel = false } = {}) {
  code = edit(code ?? await readFile(from, 'utf8'));
  const out = await minify(code, {
    module: true,
    toplevel,
    compress: { passes: 2 },
    mangle: true,
    format: { comments: false, preamble: banner },
  });
  await writeFile(to, `${out.code}\n`);
  return [from, code.length, out.code.length];
}

const IMPORT = /^import \{([^}]*)\} from '\.\/([\w-]+\.js)';\n/gm;
const REEXPORT = /^export \{([^}]*)\} from '\.\/([\w-]+\.js)';\n/gm;
const DECLARATION = /^(?:export )?(?:async )?(?:function\*?|class|const|let|var) ([\w$]+)/gm;

/**
 * The module `entry` with the files of its folder that it imports joined in, each after what it
 * imports. The files keep to a form this can check: they import one another only as
 * `import { a, b } from './file.js';`, the entry re-exports as `export { a } from './file.js';`,
 * the others export only declarations, and no two files declare the same top-level name.
 */
async function bundle(entry) {
  const dir = dirname(entry);
  const parts = [];
  const visit = async (file, path) => {
    if (parts.some((p) => p.file === file)) return;
    if (path.includes(file)) throw new Error(`lib: import cycle ${[...path, file].join(' → ')}`);
    const code = await readFile(join(dir, file), 'utf8');
    for (const m of [...code.matchAll(IMPORT), ...code.matchAll(REEXPORT)]) await visit(m[2], [...path, file]);
    parts.push({ file, code });
  };
  const root = entry.slice(dir.length + 1);
  await visit(root, []);
  const declared = new Map();
  const joined = parts.map(({ file, code }) => {
    for (const m of code.matchAll(IMPORT)) if (/\bas\b/.test(m[1])) throw new Error(`lib/${file}: renamed import (${m[1].trim()})`);
    let out = code.replace(IMPORT, '');
    if (file === root) out = out.replace(REEXPORT, (_, names) => `export {${names}};\n`);
    else out = out.replace(/^export ((?:async )?(?:function|class|const|let) )/gm, '$1');
    if (/^import\b/m.test(out)) throw new Error(`lib/${file}: an import this cannot join`);
    if (file !== root && /^export\b/m.test(out)) throw new Error(`lib/${file}: an export this cannot join`);
    for (const [, name] of out.matchAll(DECLARATION)) {
      if (declared.has(name)) throw new Error(`lib: ${name} is declared in ${declared.get(name)} and ${file}`);
      declared.set(name, file);
    }
    return `// ${file}\n${out}`;
  });
  return joined.join('\n');
}

// The bindings' warnings about forms of `init` the JS API never uses (it always passes
// `{module_or_path}`), and about a server's MIME type for .wasm, which the fallback after them
// handles; their `debugString`, which describes a JS value in detail for Rust's `{:?}`,
// written only into messages of a panic (which a browser module never shows: it aborts), made
// `String(value)`; the classes' `Symbol.dispose` (for `using`, which the JS API, their one
// user, does not use: it frees them itself); and the guard before every call that makes a new
// instance when Rust has asked for one (`schedule_reinit`, which the crate never calls: the JS
// API makes a new instance after a trap). Text a page would carry for nothing.
const BINDGEN_WARNINGS = [
  /console\.warn\('using deprecated parameters for `initSync\(\)`; pass a single object instead'\)/,
  /console\.warn\('using deprecated parameters for the initialization function; pass a single object instead'\)/,
  /console\.warn\("`WebAssembly\.instantiateStreaming` failed because your server does not serve Wasm with `application\/wasm` MIME type\. Falling back to `WebAssembly\.instantiate` which is slower\. Original error:\\n", e\)/,
];
const DEBUG_STRING = /^function debugString\(val\) \{\n[\s\S]*?\n\}\n/m;
const DISPOSE = /^if \(Symbol\.dispose\) (\w+)\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm;
const CALL_GUARD = /^ *__wbg_call_guard\(\);\n/gm;
function quietBindings(code, file) {
  if (DEBUG_STRING.test(code)) code = code.replace(DEBUG_STRING, 'function debugString(val) {\n    return String(val);\n}\n');
  code = code.replace(DISPOSE, '').replace(CALL_GUARD, '');
  if (code.includes('schedule_reinit')) throw new Error(`${file}: the module schedules a new instance itself: keep wasm-bindgen's call guard (CALL_GUARD)`);
  for (const warning of BINDGEN_WARNINGS) {
    const out = code.replace(warning, 'void 0');
    // Minified already (make wasm runs this once per build): nothing left to take out.
    if (out === code && !code.includes('__wbindgen_start();\n')) return code;
    if (out === code) throw new Error(`${file}: a wasm-bindgen warning was not found (${warning.source.slice(0, 40)}…): see BINDGEN_WARNINGS`);
    code = out;
  }
  return code;
}

const done = [];
for (const f of ['pkg/repatria.js', 'pkg/full/repatria.js', 'pkg/reader/repatria_reader.js', 'pkg/fast/repatria.js']) {
  const path = join(WWW, f);
  if (existsSync(path)) done.push(await min(path, path, { edit: (s) => quietBindings(s, f) }));
}
const api = join(WWW, 'lib', 'repatria.js');
done.push(await min(api, join(WWW, 'lib', 'repatria.min.js'), { banner: BANNER, code: await bundle(api) }));
// The element's style sheet (a template literal terser keeps as written), without the spaces
// and line breaks around its punctuation.
const CSS_LITERAL = /^const CSS = `([^`]*)`;$/m;
function compactCss(code) {
  if (!CSS_LITERAL.test(code)) throw new Error('lib/repatria-chart.js: its `const CSS = `…`;` was not found');
  return code.replace(CSS_LITERAL, (_, css) => `const CSS = \`${css.trim().replace(/\s*([{};,])\s*/g, '$1').replace(/;}/g, '}').replace(/:\s+/g, ':')}\`;`);
}
done.push(await min(join(WWW, 'lib', 'repatria-chart.js'), join(WWW, 'lib', 'repatria-chart.min.js'), {
  banner: BANNER,
  edit: (s) => {
    const pointed = s.replace(/from '\.\/repatria\.js';/, "from './repatria.min.js';");
    if (pointed === s) throw new Error('lib/repatria-chart.js: its import of ./repatria.js was not found');
    return compactCss(pointed);
  },
}));
// The iframe embed page's one script: the element with the parts of the API it uses joined in
// (what it does not use is left out), so that the page loads one file instead of two.
const element = join(WWW, 'lib', 'repatria-chart.js');
const elementCode = compactCss(await readFile(element, 'utf8'));
const apiImport = /^import \{[^}]*\} from '\.\/repatria\.js';\n/m;
if (!apiImport.test(elementCode)) throw new Error('lib/repatria-chart.js: its import of ./repatria.js was not found');
const apiUnexported = (await bundle(api)).replace(/^export \{[^}]*\};\n/gm, '').replace(/^export (const|function|class) /gm, '$1 ');
const standalone = `${apiUnexported}\n// repatria-chart.js\n${elementCode.replace(apiImport, '')}`;
for (const [, name] of elementCode.replace(apiImport, '').matchAll(DECLARATION)) {
  if (new RegExp(`^(?:export )?(?:async )?(?:function\\*?|class|const|let|var) ${name.replace(/\$/g, '\\$')}\\b`, 'm').test(apiUnexported)) {
    throw new Error(`lib: ${name} is declared in lib/repatria-chart.js and in the API`);
  }
}
done.push(await min(element, join(WWW, 'lib', 'repatria-embed.min.js'), { banner: BANNER, code: standalone, toplevel: true }));
for (const [f, a, b] of done) console.log(`minified ${f.slice(WWW.length + 1)}: ${a} → ${b} bytes`);
