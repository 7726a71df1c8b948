#!/usr/bin/env bash
# Builds the npm package `repatria` into pkg/ and packs it (pkg/repatria-<version>.tgz):
# the Wasm modules and their wasm-bindgen bindings (www/pkg/), the JS API, the custom element and
# their TypeScript declarations (www/lib/), and the README, LICENSE and data notices (pkg-src/).
# Prints the package's size: wasm and JS, raw and gzipped.
#   SKIP_WASM=1 scripts/package.sh   reuses www/pkg/ as it is
set -euo pipefail
cd "$(dirname "$0")/.."
OUT=pkg

if [ "${SKIP_WASM:-}" != 1 ]; then
  make --no-print-directory wasm xlsx
fi
# The module for packed data (pkg/), the same with the reader (pkg/full/) and the reader alone
# (pkg/reader/): the JS API picks one (see Makefile, wasm); and the xlsx module (pkg/xlsx/),
# which the JS API loads only when a workbook is read (see Makefile, xlsx).
MODULES=(repatria.js repatria.d.ts repatria_bg.wasm repatria_bg.wasm.d.ts
  full/repatria.js full/repatria.d.ts full/repatria_bg.wasm full/repatria_bg.wasm.d.ts
  reader/repatria_reader.js reader/repatria_reader.d.ts reader/repatria_reader_bg.wasm reader/repatria_reader_bg.wasm.d.ts
  xlsx/repatria_xlsx.js xlsx/repatria_xlsx.d.ts xlsx/repatria_xlsx_bg.wasm xlsx/repatria_xlsx_bg.wasm.d.ts)
for f in "${MODULES[@]}"; do
  case "$f" in xlsx/*) built='make xlsx' ;; *) built='make wasm' ;; esac
  [ -s "www/pkg/$f" ] || { echo "package: www/pkg/$f is missing (run $built)" >&2; exit 1; }
done

version=$(node -p "require('./pkg-src/package.json').version")
lib_version=$(sed -n "s/^export const VERSION = '\(.*\)';$/\1/p" www/lib/repatria.js)
if [ "$version" != "$lib_version" ]; then
  echo "package: pkg-src/package.json has version $version but www/lib/repatria.js says $lib_version" >&2
  exit 1
fi

rm -rf "$OUT"
mkdir -p "$OUT/lib" "$OUT/pkg/full" "$OUT/pkg/reader" "$OUT/pkg/xlsx"
for f in "${MODULES[@]}"; do cp "www/pkg/$f" "$OUT/pkg/$f"; done
# The JS API (repatria.js and the files it imports), the element and the iframe helper.
LIB=(repatria.js module.js data.js chart.js resize.js tooltip.js pointer.js keyboard.js table.js csv.js repatria.d.ts
  repatria-chart.js repatria-chart.d.ts embed-parent.js embed-parent.d.ts)
for f in "${LIB[@]}"; do
  cp "www/lib/$f" "$OUT/lib/"
done
# Every file the API imports is shipped.
for f in $(sed -n "s/^\(import\|export\) {[^}]*} from '\.\/\([a-z-]*\.js\)';$/\2/p" www/lib/*.js | sort -u); do
  [ -s "$OUT/lib/$f" ] || { echo "package: www/lib/$f is imported but not in the package (LIB in scripts/package.sh)" >&2; exit 1; }
done
# Every module the API loads on demand (\`import('../pkg/…')\`) is shipped.
for f in $(grep -oh "import('\.\./pkg/[a-z_/]*\.js')" www/lib/*.js | sed "s/^import('\.\.\/pkg\/\(.*\)')$/\1/" | sort -u); do
  [ -s "$OUT/pkg/$f" ] || { echo "package: www/lib imports ../pkg/$f, which is not in the package (MODULES in scripts/package.sh)" >&2; exit 1; }
done
cp pkg-src/package.json pkg-src/README.md pkg-src/LICENSE pkg-src/NOTICE.md "$OUT/"
# Every file of the package is in package.json's "files" (npm pack leaves out the others).
for f in "${MODULES[@]/#/pkg/}" "${LIB[@]/#/lib/}"; do
  node -e "process.exit(require('./pkg-src/package.json').files.includes(process.argv[1]) ? 0 : 1)" "$f" \
    || { echo "package: $f is not in pkg-src/package.json's files" >&2; exit 1; }
done

tarball=$(cd "$OUT" && npm pack --silent --pack-destination . 2>/dev/null | tail -n 1)
[ -s "$OUT/$tarball" ] || { echo "package: npm pack made no tarball" >&2; exit 1; }

size() { stat -c %s "$1"; }
gz() { gzip -9c "$1" | wc -c; }
js_raw=0; js_gz=0
for f in "$OUT"/lib/*.js "$OUT"/pkg/*.js "$OUT"/pkg/*/*.js; do
  js_raw=$((js_raw + $(size "$f"))); js_gz=$((js_gz + $(gz "$f")))
done
printf '\npackage repatria %s: %s\n' "$version" "$OUT/$tarball"
printf '  %-34s %10s %10s\n' 'file' 'bytes' 'gzip -9'
for f in "$OUT"/pkg/repatria_bg.wasm "$OUT"/pkg/full/repatria_bg.wasm "$OUT"/pkg/reader/repatria_reader_bg.wasm "$OUT"/pkg/xlsx/repatria_xlsx_bg.wasm "$OUT"/pkg/repatria.js; do
  printf '  %-34s %10s %10s\n' "${f#"$OUT"/}" "$(size "$f")" "$(gz "$f")"
done
api_raw=0; api_gz=0
for f in "${LIB[@]}"; do
  case "$f" in repatria-chart.js|embed-parent.js|*.d.ts) continue ;; esac
  api_raw=$((api_raw + $(size "$OUT/lib/$f"))); api_gz=$((api_gz + $(gz "$OUT/lib/$f")))
done
printf '  %-34s %10s %10s\n' 'lib/ API (repatria.js + files)' "$api_raw" "$api_gz"
for f in "$OUT"/lib/repatria-chart.js "$OUT"/lib/embed-parent.js; do
  printf '  %-34s %10s %10s\n' "${f#"$OUT"/}" "$(size "$f")" "$(gz "$f")"
done
printf '  %-34s %10s %10s\n' 'JS (all .js)' "$js_raw" "$js_gz"
printf '  %-34s %10s\n' 'tarball' "$(size "$OUT/$tarball")"
