#!/usr/bin/env bash
# Runs the fuzz targets in tests/fuzz.rs with many inputs (default 1,000,000
# per target) over the seed corpus in tests/fuzz-corpus/. CI runs the same
# targets with 20,000 inputs each as part of the normal test suite.
#   ./scripts/fuzz.sh [INPUTS_PER_TARGET]
set -euo pipefail
cd "$(dirname "$0")/.."
BERTH_FUZZ_ITERS="${1:-1000000}" cargo test --release --test fuzz -- --nocapture --test-threads=2
