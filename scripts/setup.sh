#!/usr/bin/env bash
# Installs everything repatria needs on a fresh Debian machine (root, package registries only).
# Idempotent: each step is skipped when what it installs is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

WASM_BINDGEN_VERSION=0.2.130
log() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

need_apt=()
command -v chromium >/dev/null 2>&1 || need_apt+=(chromium)
command -v chromedriver >/dev/null 2>&1 || need_apt+=(chromium-driver)
# (grep without -q: with pipefail, an early exit of grep -q would fail the pipeline.)
{ dpkg -s fonts-noto-core >/dev/null 2>&1 || fc-list 2>/dev/null | grep -i 'Noto Sans Khmer' >/dev/null; } || need_apt+=(fonts-noto-core)
command -v gzip >/dev/null 2>&1 || need_apt+=(gzip)
command -v python3 >/dev/null 2>&1 || need_apt+=(python3)
command -v node >/dev/null 2>&1 || need_apt+=(nodejs npm)
source scripts/install.sh
apt_install "${need_apt[@]}"
ensure_rust

if ! rustup target list --installed | grep -x wasm32-unknown-unknown >/dev/null; then
  log "rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$WASM_BINDGEN_VERSION" ]; then
  log "cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes)"
  cargo install -q wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm install (not npm ci): npm 11 leaves other platforms' optional packages out of the lock
# file and then refuses `npm ci`; `npm install` installs exactly what the lock file pins.
if [ -f package.json ] && { [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; }; then
  log "npm install (from package-lock.json)"
  npm install --no-audit --no-fund --loglevel=error
fi
log "ready"
