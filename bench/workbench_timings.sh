#!/usr/bin/env bash
# Times the desktop workbench as a user feels it, under Xvfb: start to first map on screen,
# re-render after a zoom, and panning frame rate from the cached image (rrw --probe-timings).
# Targets (issue 3): first map < 2 s; re-render after zoom < 50 ms; panning >= 60 fps.
set -euo pipefail
cd "$(dirname "$0")"
app="${RRW_APP:-../build/release/ui/rrw}"
cli="${RRW_CLI:-../build/release/src/cli/rrw-cli}"
work="${1:-/tmp/rrw-workbench-bench}"
mkdir -p "$work" results
"$cli" init "$work/region.gpkg" --force >/dev/null
runs=()
for i in 1 2 3; do
  runs+=("$(xvfb-run -a -s '-screen 0 1600x1000x24' "$app" --lang de --probe-timings "$work/region.gpkg" 2>/dev/null)")
done
printf '%s\n' "${runs[@]}" | python3 -c '
import json, sys, statistics
text = sys.stdin.read()
runs, dec, i = [], json.JSONDecoder(), 0
while i < len(text):
    while i < len(text) and text[i].isspace(): i += 1
    if i >= len(text): break
    obj, i = dec.raw_decode(text, i); runs.append(obj)
first = statistics.median(r["first_map_ms"] for r in runs)
zoom = statistics.median(r["zoom_render_median_ms"] for r in runs)
fps = statistics.median(r["pan_fps"] for r in runs)
ok = lambda b: "PASS" if b else "FAIL"
w, h = runs[0]["canvas"]
print("canvas %dx%d" % (w, h))
print("first map on screen   %8.0f ms   target < 2000 ms  %s" % (first, ok(first < 2000)))
print("re-render after zoom  %8.1f ms   target < 50 ms    %s" % (zoom, ok(zoom < 50)))
print("panning from cache    %8.0f fps  target >= 60 fps  %s" % (fps, ok(fps >= 60)))
json.dump({"runs": runs, "first_map_ms_median": first, "zoom_render_ms_median": zoom, "pan_fps_median": fps},
          open("results/workbench_latest.json", "w"), indent=2)
'
