#!/usr/bin/env bash
# Sets everything up and runs the whole test suite (GoogleTest units + integration tests
# against real files) through CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
bash scripts/setup.sh "$preset"
ctest --preset "$preset" -j "$(nproc)"
