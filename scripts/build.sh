#!/usr/bin/env bash
# Builds the static site into dist/: release wasm (size-tuned profile),
# wasm-bindgen JS glue, wasm-opt -Oz, then the page and its assets and one
# content bundle per language (`berth bundle`).
# Prints a size table (raw / gzip / brotli).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
echo "[build] cargo build (release, wasm32)"
cargo build -p berth-web --release --target wasm32-unknown-unknown
rm -rf dist
mkdir -p dist/pkg
echo "[build] wasm-bindgen"
wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
  target/wasm32-unknown-unknown/release/berth_web.wasm
echo "[build] wasm-opt -Oz"
# Features rustc enables by default for wasm32 (bulk memory, sign-ext, …).
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  dist/pkg/berth_web_bg.wasm -o dist/pkg/berth_web_bg.wasm
cp index.html dist/
cp -r static dist/
echo "[build] content bundles (one per language, from content/*.json)"
mkdir -p dist/content
cargo build -q --bin berth
for lang in en ko; do
  target/debug/berth bundle --lang "$lang" > "dist/content/$lang.json"
done
node scripts/size-report.mjs dist
