#!/usr/bin/env bash
# Makes the release archive berth-<version>.tar.gz (version from Cargo.toml):
#   berth-<version>/dist/          the built site (module build + berth-offline.js, examples in dist/static/examples/)
#   berth-<version>/examples/      the MkDocs Material example
#   berth-<version>/mkdocs-berth/  the MkDocs plugin (pip install ./mkdocs-berth)
#   berth-<version>/INSTALL.md, README.md, LICENSE, LICENSE-MIT, LICENSE-APACHE
#   berth-<version>/SHA256SUMS     sums of every other file (sha256sum -c SHA256SUMS)
# Builds dist/ first when it is missing. Same inputs, same archive: files sorted, owner 0,
# times set to the last commit's.
#   BERTH_DIST=dir          the built site to pack (default dist)
#   BERTH_PACKAGE_OUT=dir   where the archive goes (default target/package)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${BERTH_DIST:-dist}"
out="${BERTH_PACKAGE_OUT:-target/package}"
version=$(awk -F'"' '/^\[package\]/ { p = 1 } p && /^version = / { print $2; exit }' Cargo.toml)
[ -n "$version" ] || { echo "[package] no version in Cargo.toml" >&2; exit 1; }
if [ ! -f "$dist/static/berth-widget.js" ] || [ ! -f "$dist/berth-offline.js" ]; then
  echo "[package] $dist/ is not built: running ./scripts/build.sh"
  BERTH_DIST="$dist" ./scripts/build.sh
fi
name="berth-$version"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
top="$stage/$name"
mkdir -p "$top"
cp -rL "$dist" "$top/dist"
cp -r examples "$top/examples"
mkdir -p "$top/mkdocs-berth"
cp -r mkdocs-berth/pyproject.toml mkdocs-berth/README.md mkdocs-berth/mkdocs_berth "$top/mkdocs-berth/"
find "$top" -name __pycache__ -prune -exec rm -rf {} +
cp INSTALL.md README.md LICENSE LICENSE-MIT LICENSE-APACHE "$top/"
(cd "$top" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs -d '\n' sha256sum > SHA256SUMS)
mtime=$(git log -1 --format=%ct 2>/dev/null || echo 0)
mkdir -p "$out"
archive="$(cd "$out" && pwd)/$name.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$mtime" -C "$stage" -cf - "$name" | gzip -n -9 > "$archive"
echo "[package] $archive ($(du -h "$archive" | cut -f1), $(wc -l < "$top/SHA256SUMS") files with SHA-256 sums)"
