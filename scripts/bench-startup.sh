#!/usr/bin/env bash
# Startup benchmark (issues #6 and #14): builds the site, fetches the reference
# page's script (quizdown 0.4.1 from the npm registry, via `npm pack`, integrity
# checked by npm), then measures the pages in headless Chromium
# (benches/startup/run.mjs describes what is measured).
# Usage:
#   scripts/bench-startup.sh [RUNS]                   desktop, Berth vs quizdown (default 20 runs; about 2 minutes)
#   scripts/bench-startup.sh --phone [RUNS]           mid-range phone (CPU 4×, Slow 4G): chooser only, quiz only,
#                                                     mixed, quizdown (default 10 runs; about 4 minutes)
#   scripts/bench-startup.sh --start-sooner [RUNS]    phone profile: the chooser page with each resource hint,
#                                                     a loader experiment and the reserve stylesheet (about 10 minutes)
# Not part of scripts/test.sh: a benchmark, not a test.
set -euo pipefail
cd "$(dirname "$0")/.."
flags=()
case "${1:-}" in
  --phone) flags=(--phone); shift ;;
  --start-sooner) flags=(--phone --start-sooner); shift ;;
  --*) echo "usage: $0 [--phone|--start-sooner] [RUNS]" >&2; exit 2 ;;
esac
./scripts/setup.sh --tests >/dev/null
[ -f dist/static/berth-widget.js ] || ./scripts/build.sh >/dev/null
mkdir -p target/bench
if [ ! -f target/bench/package/public/build/quizdown.js ]; then
  (cd target/bench && npm pack quizdown@0.4.1 --silent >/dev/null && tar xzf quizdown-0.4.1.tgz package/public/build/quizdown.js)
fi
# Bounded: run.mjs has its own time limits; this one catches a hung browser launch.
timeout 45m node benches/startup/run.mjs ${flags[@]+"${flags[@]}"} ${1:+"$1"}
