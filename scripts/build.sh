#!/usr/bin/env bash
# Builds the static site into dist/: release wasm (size-tuned profile),
# wasm-bindgen JS glue, wasm-opt -Oz, then the page and its assets and the
# built-in content in binary parts per language (`berth bundle --binary`).
# Prints a size table (raw / gzip / brotli).
#
#   ./scripts/build.sh                          stable Rust (the default; what serve.sh and CI ship)
#   BERTH_TOOLCHAIN=nightly ./scripts/build.sh  the smallest build: nightly Rust rebuilds std with
#       panic=immediate-abort (no panic messages or unwinding code; a panic becomes a wasm trap and
#       static/runtime.js draws the panic panel). About 13 KB brotli smaller.
#   BERTH_DIST=dir ./scripts/build.sh           build into another folder (default dist)
# Also writes DIST/berth-offline.js, the offline build (scripts/build-offline.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
toolchain="${BERTH_TOOLCHAIN:-stable}"
out="${BERTH_DIST:-dist}"
# The widget's wasm must not carry JSON paths (serde_path_to_error, ~10 KB brotli): only the
# authoring page's validator (berth-author, built on its own below) turns them on.
if cargo tree -q -p berth-web -e features -i berth --target wasm32-unknown-unknown | grep -q 'feature "json-paths"'; then
  echo "[build] berth-web would build berth with json-paths: keep that feature out of the widget" >&2
  exit 1
fi
case "$toolchain" in
  stable)
    echo "[build] cargo build (release, wasm32, stable)"
    cargo build -p berth-web --release --target wasm32-unknown-unknown
    wasm=target/wasm32-unknown-unknown/release/berth_web.wasm
    ;;
  nightly)
    echo "[build] cargo +nightly build (release, wasm32, std rebuilt with panic=immediate-abort)"
    RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort" \
      cargo +nightly build -p berth-web --release --target wasm32-unknown-unknown \
      -Zbuild-std=std,panic_abort --target-dir target/nightly
    wasm=target/nightly/wasm32-unknown-unknown/release/berth_web.wasm
    ;;
  *) echo "BERTH_TOOLCHAIN must be stable or nightly, not '$toolchain'" >&2; exit 2 ;;
esac
rm -rf "$out"
mkdir -p "$out/pkg"
echo "[build] wasm-bindgen"
wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" "$wasm"
# The offline build's glue (a classic script). Its wasm is byte-for-byte the
# module build's, so the optimized one below serves both (checked here).
glue=$(mktemp -d)
wasm-bindgen --target no-modules --no-typescript --out-dir "$glue" "$wasm"
cmp -s "$glue/berth_web_bg.wasm" "$out/pkg/berth_web_bg.wasm" || { echo "[build] no-modules wasm differs from the module build's" >&2; exit 1; }
mv "$glue/berth_web.js" "$out/offline-glue.js"
rm -rf "$glue"
echo "[build] wasm-opt -Oz"
# Features rustc enables by default for wasm32 (bulk memory, sign-ext, …).
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  "$out/pkg/berth_web_bg.wasm" -o "$out/pkg/berth_web_bg.wasm"
cp index.html author.html "$out/"
cp -r static "$out/"
echo "[build] authoring page: its validator as a separate wasm (berth check with JSON paths), templates"
# Built on its own: together with berth-web, Cargo would unify berth's features into the widget.
cargo build -p berth-author --release --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir "$out/author/pkg" target/wasm32-unknown-unknown/release/berth_author.wasm
node_modules/.bin/wasm-opt -Oz --strip-debug --strip-producers \
  --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals \
  --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
  "$out/author/pkg/berth_author_bg.wasm" -o "$out/author/pkg/berth_author_bg.wasm"
cp content/aws-containers.json content/aws-containers-quiz.json "$out/static/author/"
echo "[build] content bundles (binary, a catalog and a quiz part per language, from content/*.json; validated by berth bundle)"
mkdir -p "$out/content"
cargo build -q --bin berth
for lang in en ko; do
  for part in catalog quiz; do
    target/debug/berth bundle --lang "$lang" --binary "$part" > "$out/content/$lang.$part.bin"
  done
done
echo "[build] offline build: one classic script with the wasm and both content bundles (file:// too)"
node scripts/build-offline.mjs "$out"
echo "[build] $out/ built with the $toolchain toolchain"
node scripts/size-report.mjs "$out"
