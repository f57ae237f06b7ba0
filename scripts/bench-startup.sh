#!/usr/bin/env bash
# Startup benchmark (issue #6): builds the site, fetches the reference page's
# script (quizdown 0.4.1 from the npm registry, via `npm pack`, integrity
# checked by npm), then measures both pages in headless Chromium.
# Usage: scripts/bench-startup.sh [RUNS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh --tests >/dev/null
[ -f dist/static/berth-widget.js ] || ./scripts/build.sh >/dev/null
mkdir -p target/bench
if [ ! -f target/bench/package/public/build/quizdown.js ]; then
  (cd target/bench && npm pack quizdown@0.4.1 --silent >/dev/null && tar xzf quizdown-0.4.1.tgz package/public/build/quizdown.js)
fi
node benches/startup/run.mjs "${1:-20}"
