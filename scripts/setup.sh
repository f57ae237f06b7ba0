#!/usr/bin/env bash
# Installs whatever is missing to build Berth (and, with --tests, to test it).
# Idempotent: a second run only checks. Everything comes from the package
# registries (crates.io, npm, Debian); nothing downloads a binary of its own.
#   ./scripts/setup.sh           build tools: wasm target, the pinned nightly Rust (rust-src), wasm-bindgen-cli, npm tools
#   ./scripts/setup.sh --tests   also Chromium, ChromeDriver, Firefox ESR, geckodriver, a Korean font,
#                                jsonschema, mkdocs-material and the mkdocs-berth plugin (from this
#                                repository) and mdBook (crates.io, pinned)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
say() { printf '[setup] %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the Rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

# The CLI must match the wasm-bindgen crate in Cargo.lock exactly.
want=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
have=$(wasm-bindgen --version 2>/dev/null | awk '{print $2}' || true)
if [ "$have" != "$want" ]; then
  say "installing wasm-bindgen-cli $want from crates.io (about 2 minutes on 2 cores)"
  # Not --locked: its lockfile names a crate version the registry does not serve.
  cargo install wasm-bindgen-cli --version "$want"
fi

# The widget's wasm is built with a pinned nightly Rust (scripts/nightly-toolchain),
# which rebuilds std for wasm from rust-src with panic=immediate-abort (issue #14).
# No wasm32 std component is needed for it: -Zbuild-std compiles std itself.
# BERTH_TOOLCHAIN=stable skips it (the stable build; test.sh still checks that one).
if [ "${BERTH_TOOLCHAIN:-nightly}" = nightly ] || [ "${1:-}" = "--tests" ]; then
  nightly=$(cat scripts/nightly-toolchain)
  if ! rustup toolchain list | grep -q "^$nightly"; then
    say "installing the Rust toolchain $nightly (minimal profile, with rust-src)"
    rustup toolchain install "$nightly" --profile minimal --component rust-src
  fi
  if ! rustup component list --toolchain "$nightly" --installed | grep -q '^rust-src'; then
    say "adding rust-src to $nightly"
    rustup component add rust-src --toolchain "$nightly"
  fi
fi

if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -x node_modules/.bin/esbuild ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/puppeteer-core ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  say "installing npm tools (binaryen's wasm-opt, esbuild, playwright-core, puppeteer-core, axe-core) from package-lock.json"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--tests" ]; then
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -d /usr/share/fonts/truetype/nanum ]; then
    say "installing Chromium, ChromeDriver and a Korean font (Nanum) from Debian (about a minute)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-nanum >/dev/null
  fi
  if [ ! -x /usr/bin/firefox-esr ]; then
    say "installing Firefox ESR from Debian (about a minute)"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr >/dev/null
  fi
  # geckodriver builds from crates.io (about 5 minutes on 2 cores); the version is pinned.
  gecko_want=0.37.1
  if [ "$(geckodriver --version 2>/dev/null | awk 'NR==1 {print $2}')" != "$gecko_want" ]; then
    say "installing geckodriver $gecko_want from crates.io (about 5 minutes on 2 cores)"
    cargo install geckodriver --version "$gecko_want" --locked
  fi
  if ! python3 -c 'import jsonschema, material' 2>/dev/null; then
    say "installing Python test tools from PyPI: jsonschema, mkdocs-material (integration example)"
    python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore jsonschema mkdocs-material
  fi
  # The MkDocs plugin from this checkout; reinstalled when its files change.
  plugin_stamp=$(cat mkdocs-berth/pyproject.toml mkdocs-berth/mkdocs_berth/*.py mkdocs-berth/mkdocs_berth/spec.json | sha256sum | cut -c1-16)
  if [ "$(python3 -c 'import mkdocs_berth, pathlib; print(pathlib.Path(mkdocs_berth.__file__).with_name("STAMP").read_text())' 2>/dev/null)" != "$plugin_stamp" ]; then
    say "installing the mkdocs-berth plugin from ./mkdocs-berth"
    python3 -m pip install -q --disable-pip-version-check --root-user-action=ignore --force-reinstall --no-deps ./mkdocs-berth
    rm -rf mkdocs-berth/build mkdocs-berth/*.egg-info
    python3 -c 'import mkdocs_berth, pathlib, sys; pathlib.Path(mkdocs_berth.__file__).with_name("STAMP").write_text(sys.argv[1])' "$plugin_stamp"
  fi
  # mdBook for the mdbook-berth test: pinned, without the serve/watch features (about 5 minutes on 2 cores).
  mdbook_version=0.5.4
  if [ "$(mdbook --version 2>/dev/null)" != "mdbook v$mdbook_version" ]; then
    say "installing mdbook $mdbook_version from crates.io (no serve/watch; about 5 minutes on 2 cores)"
    cargo install mdbook --version "$mdbook_version" --locked --no-default-features --features search
  fi
fi
say "ready"
