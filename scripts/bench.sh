#!/usr/bin/env bash
# make bench: the native benchmarks, a perf profile of reading, and the browser benchmark page
# in headless Chromium; then writes the figures into BENCHMARKS.md, beside the budgets they are
# held against (reading speed, drawing time, the size of an embed).
# Expects the modules built (make wasm: www/pkg/ for packed data, www/pkg/full/ with the reader,
# www/pkg/reader/, www/pkg/fast/; and the minified www/lib/*.min.js the embed loads). Takes
# several minutes. Figures and data go to target/bench/ and www/bench-data/ (git-ignored).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
CARGO=${CARGO:-cargo}
OUT=target/bench
DATA=www/bench-data
mkdir -p "$OUT" "$DATA"
log() { printf '\033[1mbench:\033[0m %s\n' "$*"; }

load=$(cut -d' ' -f1-3 /proc/loadavg)
opt=$(sed -n '/^\[profile.release\]/,/^\[/p' Cargo.toml | sed -n 's/^opt-level *= *//p' | tr -d '"' | head -1)
lto=$(sed -n '/^\[profile.release\]/,/^\[/p' Cargo.toml | sed -n 's/^lto *= *//p' | head -1)
log "load average: $load"

# BENCH_OPT_LEVEL=3 builds the benchmark at another opt-level than the release profile's (to
# see what the size-optimised build costs); the figures then say so.
# The release profile unwinds (only the wasm profile aborts), as the benchmark harness needs.
config=()
if [ -n "${BENCH_OPT_LEVEL:-}" ]; then config+=(--config "profile.bench.opt-level=${BENCH_OPT_LEVEL}"); opt="${BENCH_OPT_LEVEL} (BENCH_OPT_LEVEL; release has ${opt:-3})"; fi
log "building the native benchmark (bench profile: the release settings, opt-level ${opt:-3})"
exe=$($CARGO bench "${config[@]}" --bench native --no-run --message-format=json \
  | grep -o '"executable":"[^"]*/deps/native-[^"]*"' | tail -1 | cut -d'"' -f4)
[ -x "$exe" ] || { echo "bench: no benchmark executable found" >&2; exit 1; }

log "native benchmarks (also writes $DATA/finds-N.csv for the browser)"
REPATRIA_BENCH_JSON="$OUT/native.json" REPATRIA_BENCH_DATA="$DATA" "$exe" --bench | tee "$OUT/native.txt"

# The 10,000-record file packed (`repatria pack`), for the first chart from a packed dataset.
log "packing $DATA/finds-10000.csv"
$CARGO build --release --bin repatria
target/release/repatria pack "$DATA/finds-10000.csv" --out "$DATA/finds-10000.rpk"

# Profiles (self time by function) of reading 1,000,000 records, the sites map of 100,000
# finds and the choropleth of 1,000,000 records, natively.
rm -f "$OUT/perf.txt"
profile() { # title, file, chart kind (empty: reading), runs
  log "profiling: $1 (perf)"
  REPATRIA_BENCH_PROFILE="$2" REPATRIA_BENCH_PROFILE_CHART="$3" REPATRIA_BENCH_RUNS="$4" \
    perf record -q -F 999 -o "$OUT/perf.data" -- "$exe" --bench
  { printf '### %s\n' "$1"
    perf report -i "$OUT/perf.data" --stdio --no-children --sort symbol --percent-limit 1.5 -q 2>/dev/null \
      | sed -e 's/[[:space:]-]*$//' -e '/^$/d' | head -25
    echo; } >> "$OUT/perf.txt" || true
  rm -f "$OUT/perf.data" "$OUT/perf.data.old"
}
if command -v perf >/dev/null 2>&1 && perf record -q -o "$OUT/perf-check.data" -- true >/dev/null 2>&1; then
  profile "reading 1,000,000 records" "$DATA/finds-1000000.csv" "" 5
  profile "sites map of 100,000 finds to SVG" "$DATA/finds-100000.csv" sites 40
  profile "choropleth (map) to SVG, 100,000 records" "$DATA/finds-100000.csv" map 150
else
  log "perf is not available: no profile"
fi
rm -f "$OUT/perf-check.data"

log "browser benchmarks (headless Chromium)"
node tests/bench/run.mjs browser "$OUT/browser.json"

load="$load at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (1, 5, 15 min; $(nproc) cores)"
printf '{"load":"%s","native_build":"cargo bench --bench native: the bench profile, which inherits [profile.release] (opt-level = %s, lto = %s, codegen-units = 1)"}\n' \
  "$load" "${opt:-3}" "${lto:-false}" > "$OUT/env.json"
node tests/bench/run.mjs report --native "$OUT/native.json" --browser "$OUT/browser.json" \
  --profile "$OUT/perf.txt" --env "$OUT/env.json" --out BENCHMARKS.md
