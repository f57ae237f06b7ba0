#!/usr/bin/env bash
# Runs every test Berth has. Installs what the tests need first (idempotent).
#   ./scripts/test.sh          everything
# Steps: formatting and lints; native tests (engine, content, CLI, properties,
# scenarios); JSON Schema check of the bundled and example catalogs; the
# browser widget's tests (wasm-bindgen-test in headless Chromium and Firefox) and the
# end-to-end tests against the built site (playwright-core + Chromium, with
# axe-core in every state; the core flows again in Firefox over WebDriver);
# the bundle-size ceiling (size-budget.json); the ways docs authors install
# Berth (mdBook, MkDocs, release archive, authoring page, the offline build
# from file:// in Chromium and Firefox); the stable-Rust build (the site ships the
# pinned nightly's), built and end-to-end tested too.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "Setting up the tools the tests need"
./scripts/setup.sh --tests

step "Formatting and lints"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p berth-web --target wasm32-unknown-unknown -- -D warnings
for features in chooser quiz chooser,quiz; do   # each wasm module the site ships (issue #14)
  cargo clippy -p berth-web --target wasm32-unknown-unknown --no-default-features --features "$features" -- -D warnings
done
cargo clippy -p berth-author --target wasm32-unknown-unknown -- -D warnings

step "Native tests: engine, content, CLI, scenarios, properties"
cargo test --all-targets
cargo test --doc
cargo test -p berth --no-default-features --lib   # the core as the widget builds it (no JSON paths)
cargo test -p berth-web --lib   # the widget's pure parts (state reducer, i18n table), natively

step "Fuzzing every decoder of untrusted input (20,000 inputs per target; scripts/fuzz.sh runs 1,000,000)"
cargo test --release --test fuzz -- --nocapture

step "Fence rules shared by mdbook-berth and mkdocs-berth (Python side; the Rust side ran with cargo test)"
PYTHONPATH=mkdocs-berth python3 -m unittest mkdocs-berth/tests/test_fences.py

step "JSON Schema: bundled catalog and quiz, example catalog"
python3 scripts/check_schema.py content/aws-containers.json content/aws-containers-quiz.json tests/data/custom-catalog.json

step "Browser component tests (wasm-bindgen-test, headless Chromium)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p berth-web --target wasm32-unknown-unknown

step "Browser component tests again in Firefox ESR (wasm-bindgen-test through geckodriver)"
GECKODRIVER="$(command -v geckodriver || echo "$HOME/.cargo/bin/geckodriver")" WASM_BINDGEN_TEST_TIMEOUT=120 \
  cargo test -p berth-web --target wasm32-unknown-unknown

step "Build the site and run end-to-end tests (playwright-core, headless Chromium)"
./scripts/build.sh
node tests/e2e/run.mjs

step "Core end-to-end flows in Firefox ESR (W3C WebDriver through geckodriver)"
node tests/e2e/firefox.mjs

step "Size per page type (issues #6, #14): first-widget bytes against size-budget.json"
node scripts/size-report.mjs dist --check

step "Installing in docs (issue #15): mdBook, MkDocs, release archive, authoring page, offline build from file://"
cargo build -q -p mdbook-berth --bin mdbook-berth
node tests/e2e/install.mjs
node tests/e2e/firefox-offline.mjs

step "The stable-Rust build (std as shipped, panics through the Rust hook): build it and run the end-to-end tests on it"
BERTH_TOOLCHAIN=stable BERTH_DIST=dist-stable ./scripts/build.sh
E2E_DIST=dist-stable E2E_A11Y=off node tests/e2e/run.mjs   # the accessibility tour ran on the default build
