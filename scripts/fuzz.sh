#!/usr/bin/env bash
# Runs every fuzz target in fuzz/ (cargo-fuzz, libFuzzer) for a bounded time, one after the
# other, from its seeds (fuzz/seeds/<target>/) and the working corpus (fuzz/corpus/<target>/,
# git-ignored); prints each target's runs and whether it crashed, and exits non-zero when any
# did, naming the input it saved (fuzz/artifacts/<target>/).
#   FUZZ_SECONDS=60     seconds per target
#   FUZZ_TARGETS="…"    the targets to run (default: all)
# Installs what it needs first on a fresh Debian machine (a C++ compiler for libFuzzer,
# Rust's nightly toolchain, cargo-fuzz), and skips what is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH=${FUZZ_SECONDS:-60}
log() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

need_apt=()
command -v c++ >/dev/null 2>&1 || need_apt+=(g++)
source scripts/install.sh
apt_install "${need_apt[@]}"
ensure_rust
if ! rustup toolchain list | grep '^nightly' >/dev/null; then
  log "rustup toolchain install nightly"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  log "cargo install cargo-fuzz (a minute or two)"
  cargo install -q --locked cargo-fuzz
fi

# Longest input each target is given (bytes): files of a few dozen rows, a workbook of a few
# parts, a packed file of a small dataset.
declare -A MAX_LEN=(
  [read_csv]=8192 [read_tsv]=8192 [read_json]=8192 [read_xlsx]=16384 [unpack]=16384
  [sheet_rows]=4096 [chart_options]=4096 [parallel]=8192 [read_figures]=8192
)
targets=${FUZZ_TARGETS:-$(cargo +nightly fuzz list)}

# Built once (release, with debug assertions and overflow checks, AddressSanitizer).
log "building the fuzz targets"
cargo +nightly fuzz build

mkdir -p fuzz/logs
summary=() failed=()
for t in $targets; do
  mkdir -p "fuzz/corpus/$t" "fuzz/artifacts/$t"
  log "$t: ${SECONDS_EACH}s"
  # A unit over 20 s is a timeout; over 2 GB of memory (or one allocation over it), an OOM.
  status=0 start=$SECONDS
  cargo +nightly fuzz run "$t" "fuzz/corpus/$t" "fuzz/seeds/$t" -- \
    -max_total_time="$SECONDS_EACH" -rss_limit_mb=2048 -max_len="${MAX_LEN[$t]:-4096}" \
    -timeout=20 -print_final_stats=1 >"fuzz/logs/$t.log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "fuzz/logs/$t.log" | tail -1)
  [ -n "$runs" ] || runs=$(sed -n 's/^#\([0-9]*\).*\(DONE\|pulse\|NEW\|REDUCE\|INITED\).*/\1/p' "fuzz/logs/$t.log" | tail -1)
  took=$(sed -n 's/^Done [0-9]* runs in \([0-9]*\) second.*/\1/p' "fuzz/logs/$t.log" | tail -1)
  [ -n "$took" ] || took=$((SECONDS - start))
  artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "fuzz/logs/$t.log" | tail -1)
  if [ "$status" = 0 ] && [ -z "$artifact" ]; then
    result=ok
  else
    kind=$(grep -o -m1 'ERROR: libFuzzer: [a-z-]*\|panicked at [^ ]*' "fuzz/logs/$t.log" | head -1 || true)
    result="CRASH (${kind:-exit $status}): ${artifact:-see fuzz/logs/$t.log}"
    failed+=("$t")
  fi
  summary+=("$(printf '%-14s %12s runs  %5ss  %s' "$t" "${runs:-?}" "${took:-?}" "$result")")
  log "${summary[-1]}"
done

echo
printf '%-14s %17s  %6s  %s\n' target runs time result
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo
  log "crashed: ${failed[*]} (logs in fuzz/logs/; reproduce with cargo +nightly fuzz run TARGET ARTIFACT)"
  exit 1
fi
