#!/usr/bin/env bash
# Sets everything up and runs the main job: opens the desktop workbench on the bundled region
# project (out/region.gpkg, created on the first run). On a machine without a display it runs
# the headless main job instead and says so: it creates the project, prints its summary and
# renders the default map to out/region_map.png.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh release rrw-cli rrw
cli=build/release/src/cli/rrw-cli
app=build/release/ui/rrw
mkdir -p out
[ -f out/region.gpkg ] || "$cli" init out/region.gpkg
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" out/region.gpkg "$@"
fi
echo "rrw: no display found; running the headless main job instead of the desktop workbench."
"$cli" info out/region.gpkg
"$cli" render out/region.gpkg --lang de+cs --size 1920x1200 -o out/region_map.png
