# repatria — the two commands the README promises, and their parts.
#   make demo   build the Wasm module and serve www/ on http://127.0.0.1:$(PORT)/
#   make test   run every test: native, Wasm and page tests in headless Chromium, the built
#               modules' size budgets, the npm package
SHELL := /bin/bash
PORT ?= 8080
export PATH := $(HOME)/.cargo/bin:$(PATH)
CARGO ?= cargo
WASM := target/wasm32-unknown-unknown/wasm/repatria.wasm
WASM_FAST := target/wasm32-unknown-unknown/wasm-fast/repatria.wasm
# The WebAssembly features rustc's wasm32-unknown-unknown target uses, for binaryen (npm binaryen).
# Passes after binaryen's -O1 on the embed's module, each smaller gzipped (none assumes anything about memory).
WASM_OPT_PASSES := --dae-optimizing --rse --code-folding --precompute-propagate --generate-global-effects
# Every module's bindings can make a new instance of it (`__wbg_reset_state`): the JS API does
# after a trap, so that one hostile file never leaves a page's module dead (www/lib/module.js).
BINDGEN_FLAGS := --remove-name-section --remove-producers-section --experimental-reset-state-function
WASM_OPT_FEATURES := --enable-bulk-memory --enable-mutable-globals --enable-nontrapping-float-to-int --enable-sign-ext --enable-reference-types --enable-multivalue

.PHONY: setup build wasm demo test test-native test-wasm test-page test-size bench clean fuzz

setup:
	@bash scripts/setup.sh

# The Wasm module and its JS bindings, four times from the same code (Cargo features, see
# src/web/mod.rs); the JS API (www/lib/) picks www/pkg/ or www/pkg/full/ from the data, or a page
# chooses one with init(input, {bindings}):
#   www/pkg/         charts and maps of packed data (`repatria pack`), built for size: what an
#                    embed of packed data loads;
#   www/pkg/full/    the same with the reader (CSV, TSV, JSON, sheet rows), built for size: what
#                    an embed of other data, the gallery and a plain `init()` load;
#   www/pkg/reader/  the reader alone (→ packed data), built for size: loaded when a page that
#                    started with www/pkg/ is given data that is not packed;
#   www/pkg/fast/    charts and reader built for speed: the analyst page and its reading worker.
wasm: setup
	$(CARGO) build --profile wasm --lib --target wasm32-unknown-unknown
	wasm-bindgen --target web $(BINDGEN_FLAGS) --out-dir www/pkg/full --out-name repatria $(WASM)
	$(CARGO) build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features --features reader
	wasm-bindgen --target web $(BINDGEN_FLAGS) --out-dir www/pkg/reader --out-name repatria_reader $(WASM)
	$(CARGO) build --profile wasm-fast --lib --target wasm32-unknown-unknown
	wasm-bindgen --target web $(BINDGEN_FLAGS) --out-dir www/pkg/fast --out-name repatria $(WASM_FAST)
	@# Built last, so that $(WASM) (names kept) is the embed's module, which make bench breaks down.
	$(CARGO) build --profile wasm --lib --target wasm32-unknown-unknown --no-default-features --features chart
	wasm-bindgen --target web $(BINDGEN_FLAGS) --out-dir www/pkg --out-name repatria $(WASM)
	@# binaryen's -O1 on the embed's module: 2 KB less gzipped (its -Os and -Oz make it larger
	@# gzipped); then dead arguments, constants propagated, redundant local sets and duplicate code
	@# tails removed, with the functions' effects known: 0.9 KB less.
	node_modules/.bin/wasm-opt -O1 --converge $(WASM_OPT_PASSES) $(WASM_OPT_FEATURES) www/pkg/repatria_bg.wasm -o www/pkg/repatria_bg.wasm
	node scripts/minify.mjs
	@for f in www/pkg/repatria_bg.wasm www/pkg/full/repatria_bg.wasm www/pkg/reader/repatria_reader_bg.wasm www/pkg/fast/repatria_bg.wasm; do \
	  printf '%s: %s bytes, %s gzipped\n' $$f "$$(stat -c %s $$f)" "$$(gzip -9c $$f | wc -c)"; done

build: wasm
	$(CARGO) build --release --bin repatria

demo: wasm xlsx
	node scripts/serve.mjs www $(PORT)

test: setup test-native test-wasm test-page test-size test-package

test-native:
	$(CARGO) test --all-targets
	$(CARGO) test -p repatria-xlsx

test-wasm:
	CHROMEDRIVER=$$(command -v chromedriver) WASM_BINDGEN_TEST_TIMEOUT=120 $(CARGO) test --target wasm32-unknown-unknown --test web

test-page: wasm xlsx
	node --test --test-concurrency=1 tests/page/

# The size budgets of the modules test-page built (an embed of packed data: 150 KB gzipped); it
# builds nothing, and fails when a module is missing or over its budget.
test-size:
	node --test tests/size/

# The npm package `repatria` in pkg/ and its tarball pkg/repatria-<version>.tgz; prints its sizes.
.PHONY: package test-package
package: wasm xlsx
	SKIP_WASM=1 bash scripts/package.sh

# The package as a developer gets it: the tarball installed into a scratch project, built with
# Vite and webpack, used with no bundler, type-checked (about 30 s; offline once npm ci has run).
test-package: package
	node --test --test-concurrency=1 tests/package/

# Benchmarks of reading and drawing, natively and in headless Chromium, against the budgets
# BENCHMARKS.md holds them to, and the size of every Wasm module; writes BENCHMARKS.md
# (several minutes).
bench: wasm xlsx
	bash scripts/bench.sh

# The fuzz targets in fuzz/ (cargo-fuzz, nightly), each for FUZZ_SECONDS (60) from its seeds;
# fails when one crashes, naming the input it saved. Not part of `make test`.
fuzz:
	@bash scripts/fuzz.sh

clean:
	$(CARGO) clean
	rm -rf www/pkg node_modules

# The xlsx reader: a Wasm module of its own in www/pkg/xlsx/ (calamine), which a page loads only
# when someone opens an .xlsx file; prints its size (about a minute more to build).
.PHONY: xlsx
xlsx: setup
	$(CARGO) build --profile wasm --target wasm32-unknown-unknown -p repatria-xlsx
	wasm-bindgen --target web $(BINDGEN_FLAGS) --out-dir www/pkg/xlsx --out-name repatria_xlsx target/wasm32-unknown-unknown/wasm/repatria_xlsx.wasm
	@printf 'www/pkg/xlsx/repatria_xlsx_bg.wasm: %s bytes, %s gzipped\n' \
	  "$$(stat -c %s www/pkg/xlsx/repatria_xlsx_bg.wasm)" "$$(gzip -9c www/pkg/xlsx/repatria_xlsx_bg.wasm | wc -c)"
