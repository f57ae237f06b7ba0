#!/usr/bin/env bash
# Runs every test Berth has, or some parts of it. Installs what the tests need first (idempotent).
#   ./scripts/test.sh              everything, in the order below
#   ./scripts/test.sh PART...      only these parts, in the order given, e.g. `./scripts/test.sh lint unit`
# The parts (the order of a full run; a full run builds the site before `size`):
#   lint     formatting, clippy (native, and wasm for each module of scripts/modules.json), the module
#            table (scripts/check-modules.mjs), the structure budgets (scripts/long-functions.py,
#            scripts/import-cycles.py)
#   unit     native tests (engine, content, CLI, scenarios, properties), fuzzing, the Python fence
#            rules, the JSON Schema check of the bundled and example content
#   wasm     the browser widget's tests (wasm-bindgen-test) in headless Chromium and Firefox
#   size     the bundle-size ceilings (size-budget.json)
#   e2e      end-to-end tests against the built site (playwright-core + Chromium, axe-core in every state)
#   firefox  the core end-to-end flows again in Firefox over WebDriver
#   install  the ways docs authors install Berth (mdBook, MkDocs, release archive, authoring page,
#            the offline build from file:// in Chromium and Firefox)
#   stable   the stable-Rust build (the site ships the pinned nightly's): built and end-to-end tested
# Run alone, size, e2e, firefox and install build dist/ first when it is missing or older than
# its sources.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
PARTS=(lint unit wasm size e2e firefox install stable)

part_lint() {
  step "Formatting and lints"
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy -p berth-web --target wasm32-unknown-unknown -- -D warnings
  local modules name features
  modules=$(node scripts/modules.mjs)
  while read -r name features <&3; do   # each wasm module the site ships (issue #14)
    echo "clippy: $name (features $features)"
    cargo clippy -p berth-web --target wasm32-unknown-unknown --no-default-features --features "$features" -- -D warnings
  done 3<<< "$modules"
  cargo clippy -p berth-author --target wasm32-unknown-unknown -- -D warnings

  step "The module table, the function-length and layering budgets (issue #20)"
  node scripts/check-modules.mjs
  python3 scripts/long-functions.py
  python3 scripts/import-cycles.py
}

part_unit() {
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
}

part_wasm() {
  step "Browser component tests (wasm-bindgen-test, headless Chromium)"
  CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test -p berth-web --target wasm32-unknown-unknown

  step "Browser component tests again in Firefox ESR (wasm-bindgen-test through geckodriver)"
  GECKODRIVER="$(command -v geckodriver || echo "$HOME/.cargo/bin/geckodriver")" WASM_BINDGEN_TEST_TIMEOUT=120 \
    cargo test -p berth-web --target wasm32-unknown-unknown
}

build_site() {
  step "Build the site (scripts/build.sh, the pinned nightly)"
  ./scripts/build.sh
}

# What dist/ is built from: when one of these is newer than dist's loader (written near the
# end of build.sh), dist/ is stale.
SITE_SOURCES=(src web/src web/Cargo.toml author/src author/Cargo.toml static content index.html author.html Cargo.toml Cargo.lock
  scripts/build.sh scripts/build-offline.mjs scripts/modules.json scripts/modules.mjs scripts/nightly-toolchain)

# Builds dist/ unless it is there and newer than all its sources (a part run on its own).
ensure_site() {
  local built=dist/static/berth-widget.js
  if [ ! -f "$built" ]; then
    echo "dist/ is missing: building it"
  elif [ -n "$(find "${SITE_SOURCES[@]}" -newer "$built" -print -quit)" ]; then
    echo "dist/ is older than $(find "${SITE_SOURCES[@]}" -newer "$built" -print -quit): building it again"
  else
    echo "dist/ is up to date"
    return
  fi
  build_site
}

part_size() {
  step "Size per page type (issues #6, #14): first-widget bytes against size-budget.json"
  node scripts/size-report.mjs dist --check
}

part_e2e() {
  step "End-to-end tests (playwright-core, headless Chromium)"
  node tests/e2e/run.mjs
}

part_firefox() {
  step "Core end-to-end flows in Firefox ESR (W3C WebDriver through geckodriver)"
  node tests/e2e/firefox.mjs
}

part_install() {
  step "Installing in docs (issue #15): mdBook, MkDocs, release archive, authoring page, offline build from file://"
  cargo build -q -p mdbook-berth --bin mdbook-berth
  node tests/e2e/install.mjs
  node tests/e2e/firefox-offline.mjs
}

part_stable() {
  step "The stable-Rust build (std as shipped, panics through the Rust hook): build it and run the end-to-end tests on it"
  BERTH_TOOLCHAIN=stable BERTH_DIST=dist-stable ./scripts/build.sh
  E2E_DIST=dist-stable E2E_A11Y=off node tests/e2e/run.mjs   # the accessibility tour ran on the default build
}

for part in "$@"; do
  if [[ ! " ${PARTS[*]} " == *" $part "* ]]; then
    echo "test.sh: unknown part '$part'. The parts: ${PARTS[*]}" >&2
    echo "usage: ./scripts/test.sh [PART...]   (no part: all of them)" >&2
    exit 2
  fi
done

step "Setting up the tools the tests need"
./scripts/setup.sh --tests

if [ $# -eq 0 ]; then
  part_lint
  part_unit
  part_wasm
  build_site
  part_size
  part_e2e
  part_firefox
  part_install
  part_stable
else
  for part in "$@"; do
    case "$part" in
      size | e2e | firefox | install) ensure_site ;;
    esac
    "part_$part"
  done
fi
