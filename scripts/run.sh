#!/usr/bin/env bash
# Sets everything up and runs the main job. The desktop workbench arrives with the desktop
# issue; until then this runs the headless main job: it creates the bundled region project
# (out/region.gpkg) and prints its summary.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release rrw-cli
cli=build/release/src/cli/rrw-cli
mkdir -p out
echo "rrw: the desktop workbench is not built yet; running the headless main job instead."
"$cli" init out/region.gpkg --force
"$cli" info out/region.gpkg
