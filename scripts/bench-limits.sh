#!/usr/bin/env bash
# Worst-case times for untrusted input at the documented limits (issue #16):
# the CLI time of `berth check` / `berth recommend --catalog` on each
# generated file, and the longest main-thread stall in headless Chromium
# while a <berth-widget> loads it. A benchmark, not a test: the figures go
# into SECURITY.md and BENCHMARKS.md. Needs dist/ (./scripts/build.sh).
#   ./scripts/bench-limits.sh            (DIST=dist-stable to measure another build)
set -euo pipefail
cd "$(dirname "$0")/.."
dist="${DIST:-dist}"
out=target/hostile-inputs
cargo run -q --example hostile_inputs -- "$out"
cargo build -q --release --bin berth
berth=target/release/berth
ms() { local t0 t1; t0=$(date +%s%N); "$@" > /dev/null 2>&1 || true; t1=$(date +%s%N); echo $(( (t1 - t0) / 1000000 )); }
echo
echo "CLI (release build; wall time, includes reading the file):"
for f in max-rules max-options max-bytes max-problems max-items over-bytes; do
  printf '%6s ms  berth check %s.json\n' "$(ms $berth check "$out/$f.json")" "$f"
done
printf '%6s ms  berth recommend --catalog max-rules.json (8 answers)\n' \
  "$(ms $berth recommend --catalog "$out/max-rules.json" q0=30m q1=30m q2=30m q3=30m q4=30m q5=30m q6=30m q7=30m)"
printf '%6s ms  berth record --catalog max-rules.json (8 answers)\n' \
  "$(ms $berth record --catalog "$out/max-rules.json" q0=30m q1=30m q2=30m q3=30m q4=30m q5=30m q6=30m q7=30m)"
printf '%6s ms  berth check max-quiz.json\n' "$(ms $berth check "$out/max-quiz.json")"
echo
echo "Browser ($dist, headless Chromium; longest task while the widget loads, worst of 3):"
node benches/limits/stall.mjs "$dist" "$out"
