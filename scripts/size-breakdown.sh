#!/usr/bin/env bash
# Builds the widget like scripts/build.sh but keeps function names, then
# prints where the wasm bytes go (scripts/size-breakdown.mjs). Separate
# target dir, so it never touches dist/.
# Usage: scripts/size-breakdown.sh [TOP] [FEATURES]   (FEATURES: web/Cargo.toml's, e.g. chooser; default: all)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
out=target/size-breakdown
# v0 mangling keeps generic arguments in the names (CompStateInner<berth_web::results::Results>).
CARGO_PROFILE_RELEASE_STRIP=false RUSTFLAGS="-Csymbol-mangling-version=v0" cargo build -q -p berth-web --release \
  --target wasm32-unknown-unknown --target-dir "$out/cargo" --no-default-features --features "${2:-chooser,quiz,custom}"
wasm-bindgen --target web --keep-debug --no-typescript --out-dir "$out" \
  "$out/cargo/wasm32-unknown-unknown/release/berth_web.wasm"
# -g keeps the name section through the same -Oz --converge passes the release build uses.
node_modules/.bin/wasm-opt -Oz --converge -g \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  "$out/berth_web_bg.wasm" -o "$out/named.wasm"
node scripts/size-breakdown.mjs "$out/named.wasm" "${1:-25}"
