#!/usr/bin/env bash
# Builds the static site into dist/: one release wasm per page type (size-tuned
# profile), wasm-bindgen JS glue, wasm-opt -Oz --converge, then the page and its assets and
# the built-in content in binary parts per language (`berth bundle --binary`).
# Prints a size table (raw / gzip / brotli).
#
# The modules (issue #14): scripts/modules.json lists them with their features of
# web/Cargo.toml (static/berth-widget.js picks one per page):
#   pkg/berth_chooser   chooser and comparison     (features chooser)
#   pkg/berth_quiz      quiz                       (features quiz)
#   pkg/berth_both      every mode                 (features chooser, quiz; also boot.js)
#   pkg/berth_web       every mode + custom JSON   (default features; also the offline build)
#
#   ./scripts/build.sh                          the default: the pinned nightly Rust in
#       scripts/nightly-toolchain rebuilds std with panic=immediate-abort (no panic messages,
#       locations or unwinding code; a panic becomes a wasm trap and static/runtime.js draws
#       the panic panel). ./scripts/setup.sh installs that toolchain.
#   BERTH_TOOLCHAIN=stable ./scripts/build.sh   stable Rust, std as shipped (about 13 KB brotli
#       larger per module; test.sh checks it still builds and works)
#   BERTH_DIST=dir ./scripts/build.sh           build into another folder (default dist)
# Also writes DIST/berth-offline.js, the offline build (scripts/build-offline.mjs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PATH"
toolchain="${BERTH_TOOLCHAIN:-nightly}"
out="${BERTH_DIST:-dist}"
nightly=$(cat scripts/nightly-toolchain)
# The widget's wasm must not carry JSON paths (serde_path_to_error, ~10 KB brotli): only the
# authoring page's validator (berth-author, built on its own below) turns them on.
if cargo tree -q -p berth-web -e features -i berth --target wasm32-unknown-unknown | grep -q 'feature "json-paths"'; then
  echo "[build] berth-web would build berth with json-paths: keep that feature out of the widget" >&2
  exit 1
fi
# build_module FEATURES: cargo build of berth-web with those features; prints the wasm's path.
case "$toolchain" in
  stable)
    build_module() {
      cargo build -q -p berth-web --release --target wasm32-unknown-unknown --no-default-features --features "$1" >&2
      echo target/wasm32-unknown-unknown/release/berth_web.wasm
    }
    ;;
  nightly)
    build_module() {
      # No panic locations, and Debug formatting compiled to nothing (Berth never shows
      # `{:?}` output to a reader; only tests and panics use it): −3.6 KB brotli (issue #14).
      RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none" \
        cargo "+$nightly" build -q -p berth-web --release --target wasm32-unknown-unknown \
        -Zbuild-std=std,panic_abort --target-dir target/nightly --no-default-features --features "$1" >&2
      echo target/nightly/wasm32-unknown-unknown/release/berth_web.wasm
    }
    ;;
  *) echo "BERTH_TOOLCHAIN must be nightly or stable, not '$toolchain'" >&2; exit 2 ;;
esac
wasm_opt() {
  # Features rustc enables by default for wasm32 (bulk memory, sign-ext, …). --converge repeats
  # -Oz until it stops shrinking the module (about 1 KB brotli per module; BENCHMARKS.md, #20).
  node_modules/.bin/wasm-opt -Oz --converge --strip-debug --strip-producers \
    --enable-bulk-memory --enable-bulk-memory-opt --enable-sign-ext --enable-mutable-globals \
    --enable-nontrapping-float-to-int --enable-reference-types --enable-multivalue \
    "$1" -o "$1"
}
rm -rf "$out"
mkdir -p "$out/pkg"
scratch=$(mktemp -d)
node scripts/modules.mjs > "$scratch/modules"
while read -r name features <&3; do   # (fd 3: the builds below keep their own stdin)
  echo "[build] $name: cargo build (release, wasm32, $toolchain, features $features), wasm-bindgen, wasm-opt -Oz --converge"
  cp "$(build_module "$features")" "$scratch/$name.wasm"
  wasm-bindgen --target web --no-typescript --out-dir "$out/pkg" "$scratch/$name.wasm"
  wasm_opt "$out/pkg/${name}_bg.wasm"
done 3< "$scratch/modules"
# The offline build's glue (a classic script) for berth_web. Its wasm is
# byte-for-byte the module build's, so the optimized one serves both (checked here).
wasm-bindgen --target no-modules --no-typescript --out-dir "$scratch/glue" "$scratch/berth_web.wasm"
wasm-bindgen --target web --no-typescript --out-dir "$scratch/web" "$scratch/berth_web.wasm"
cmp -s "$scratch/glue/berth_web_bg.wasm" "$scratch/web/berth_web_bg.wasm" || { echo "[build] no-modules wasm differs from the module build's" >&2; exit 1; }
mv "$scratch/glue/berth_web.js" "$out/offline-glue.js"
rm -rf "$scratch"
cp index.html author.html "$out/"
cp -r static "$out/"
echo "[build] authoring page: its validator as a separate wasm (berth check with JSON paths), templates"
# Built on its own: together with berth-web, Cargo would unify berth's features into the widget.
cargo build -p berth-author --release --target wasm32-unknown-unknown
wasm-bindgen --target web --no-typescript --out-dir "$out/author/pkg" target/wasm32-unknown-unknown/release/berth_author.wasm
wasm_opt "$out/author/pkg/berth_author_bg.wasm"
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
echo "[build] minify the shipped JS and CSS (esbuild; the sources in static/ stay readable)"
# berth-widget.js takes runtime.js in: one request less before the module downloads start.
node_modules/.bin/esbuild static/berth-widget.js --bundle --format=esm --minify \
  --outfile="$out/static/berth-widget.js" --allow-overwrite --log-level=warning
for f in "$out"/static/runtime.js "$out"/static/boot.js "$out"/pkg/*.js \
  "$out"/static/berth.css "$out"/static/berth-reserve.css "$out"/berth-offline.js; do
  node_modules/.bin/esbuild "$f" --minify --outfile="$f" --allow-overwrite --log-level=warning
done
echo "[build] $out/ built with the $toolchain toolchain"
node scripts/size-report.mjs "$out"
