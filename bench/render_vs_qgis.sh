#!/usr/bin/env bash
# Render benchmark: `rrw-cli render` vs. QGIS 3.22 (PyQGIS) drawing the same GeoPackage
# layer (100,000-polygon tessellation) with the same graduated style at 1920x1080.
# See bench/README-render.md.
#
# Environment:
#   RRW_CLI        rrw-cli to benchmark (default: ../build/release/src/cli/rrw-cli next to
#                  this script, else ../build/dev/src/cli/rrw-cli)
#   RRW_RENDER_BENCH_DIR  scratch directory (default /tmp/rrw-render-bench); also accepted
#                  as the first positional argument
#   REPS           timed process pairs (rrw, QGIS), alternating (default 5)
#   QGIS_INNER_REPS warm renders per job type inside each QGIS process (default 3)
#   QGIS_MODE      sequential | parallel | both (default both; the target uses sequential)
#   QGIS_OPTIMIZE  off (default) | on : QGIS's UseRenderingOptimization (simplification)
#   POLYGONS       polygons in the tessellation (default 100000)
#   SIZE           output size WxH (default 1920x1080)
#   STYLE          style JSON (default bench/tess_style.json)
#   RRW_LANG_ARG   --lang value passed to rrw-cli render (default de)
#   QGIS_PYTHON    python with the qgis module (default /usr/bin/python3)
#   RRW_SNAPSHOT   1 (default): run a copy of rrw-cli taken at start (a rebuild during the
#                  run cannot swap the binary); 0: run in place
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_DIR=${1:-${RRW_RENDER_BENCH_DIR:-/tmp/rrw-render-bench}}
REPS=${REPS:-5}
QGIS_INNER_REPS=${QGIS_INNER_REPS:-3}
QGIS_MODE=${QGIS_MODE:-both}
QGIS_OPTIMIZE=${QGIS_OPTIMIZE:-off}
POLYGONS=${POLYGONS:-100000}
SIZE=${SIZE:-1920x1080}
STYLE=${STYLE:-$SCRIPT_DIR/tess_style.json}
RRW_LANG_ARG=${RRW_LANG_ARG:-de}
QGIS_PYTHON=${QGIS_PYTHON:-/usr/bin/python3}
RRW_SNAPSHOT=${RRW_SNAPSHOT:-1}
RESULTS_DIR="$SCRIPT_DIR/results"
LAYER=tess

[[ $SIZE =~ ^([0-9]+)x([0-9]+)$ ]] || { echo "SIZE must be WxH, got $SIZE" >&2; exit 2; }
WIDTH=${BASH_REMATCH[1]}; HEIGHT=${BASH_REMATCH[2]}
(( REPS >= 1 )) || { echo "REPS must be >= 1" >&2; exit 2; }
STYLE=$(cd "$(dirname "$STYLE")" && pwd)/$(basename "$STYLE")
[[ -s $STYLE ]] || { echo "style $STYLE not found" >&2; exit 2; }

export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-/tmp/runtime-$(id -u)}
mkdir -p "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"

# ---------------------------------------------------------------- tools
if ! QGIS_VERSION=$("$QGIS_PYTHON" -c 'from qgis.core import Qgis; print(Qgis.QGIS_VERSION)' 2>/dev/null); then
  echo "PyQGIS not importable with $QGIS_PYTHON; apt-get install qgis python3-qgis (or set QGIS_PYTHON)" >&2
  exit 2
fi
if [[ -z "${RRW_CLI:-}" ]]; then
  for c in "$SCRIPT_DIR/../build/release/src/cli/rrw-cli" "$SCRIPT_DIR/../build/dev/src/cli/rrw-cli"; do
    if [[ -x "$c" ]]; then RRW_CLI=$c; break; fi
  done
fi
mkdir -p "$BENCH_DIR" "$RESULTS_DIR"
DATA_DIR="$BENCH_DIR/data"; WORK="$BENCH_DIR/work"; LOGS="$BENCH_DIR/logs"
rm -rf "$WORK" "$LOGS"
mkdir -p "$DATA_DIR" "$WORK" "$LOGS"

NOTES="$WORK/notes.txt"; ERRORS="$WORK/errors.txt"; TIMES="$WORK/times.tsv"
: >"$NOTES"; : >"$ERRORS"; : >"$TIMES"
note() { echo "NOTE: $*"; echo "$*" >>"$NOTES"; }

RRW=""; RRW_CLI_ORIG=""; RRW_SHA=""; RRW_VERSION=""
if [[ -n "${RRW_CLI:-}" && -x "$RRW_CLI" ]]; then
  RRW_CLI_ORIG=$(cd "$(dirname "$RRW_CLI")" && pwd)/$(basename "$RRW_CLI")
  if [[ $RRW_SNAPSHOT == 1 ]]; then cp "$RRW_CLI_ORIG" "$WORK/rrw-cli"; RRW="$WORK/rrw-cli"; else RRW="$RRW_CLI_ORIG"; fi
  RRW_SHA=$(sha256sum "$RRW" | cut -d' ' -f1)
  RRW_VERSION=$("$RRW" --version 2>&1 | head -1 || true)
else
  note "rrw-cli not found (${RRW_CLI:-no candidate}); the layer is written with ogr2ogr and only QGIS is timed"
fi

echo "QGIS    : $QGIS_VERSION ($QGIS_PYTHON, QT_QPA_PLATFORM=$QT_QPA_PLATFORM)"
echo "rrw-cli : ${RRW_CLI_ORIG:-none}${RRW_VERSION:+ ($RRW_VERSION, sha256 ${RRW_SHA:0:12})}"
echo "scratch : $BENCH_DIR   size: ${WIDTH}x${HEIGHT}   reps: $REPS (QGIS warm renders per process: $QGIS_INNER_REPS, mode $QGIS_MODE)   cores: $(nproc)"

# ---------------------------------------------------------------- helpers
ns_now() { date +%s%N; }
if [[ -x /usr/bin/time ]]; then GNU_TIME=/usr/bin/time; else GNU_TIME=; fi
# run_cmd LOGBASE CMD... : stdout -> LOGBASE.out, stderr -> LOGBASE.err; sets ELAPSED (s),
# CPU (user+sys s, -1 if unknown), LOAD1 (1-min load before), RC
run_cmd() {
  local base=$1; shift
  local t0 t1 tf="$base.cpu"
  LOAD1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -1)
  t0=$(ns_now)
  set +e
  if [[ -n $GNU_TIME ]]; then
    "$GNU_TIME" -f '%U %S' -o "$tf" "$@" >"$base.out" 2>"$base.err"
  else
    "$@" >"$base.out" 2>"$base.err"
  fi
  RC=$?
  set -e
  t1=$(ns_now)
  local d=$(( t1 - t0 ))
  ELAPSED=$(printf '%d.%09d' $(( d / 1000000000 )) $(( d % 1000000000 )))
  CPU=$(awk 'NF==2 && $1 ~ /^[0-9.]+$/ {printf "%.2f", $1 + $2; f=1} END {if (!f) print "-1"}' "$tf" 2>/dev/null || echo -1)
  rm -f "$tf"
}
fail() { # WHAT LOGBASE CMD...
  local what=$1 base=$2; shift 2
  { echo "[$what] exit code $RC: $*"; cat "$base.err" "$base.out" 2>/dev/null | sed 's/^/    /' | head -40; } | tee -a "$ERRORS" >&2
}
layer_count() {
  ogrinfo -q -ro -sql "SELECT COUNT(*) AS n FROM \"$2\"" "$1" 2>/dev/null \
    | sed -n 's/^ *n (Integer[0-9]*) = \([0-9]*\).*/\1/p' | head -1 | grep . || echo -1
}
secs() { printf '%.3f' "$1"; }

# ---------------------------------------------------------------- data
GEOJSON="$DATA_DIR/tess_${POLYGONS}.geojson"
GEN_S=""
if [[ ! -s $GEOJSON ]]; then
  echo "generating $GEOJSON ..."
  run_cmd "$LOGS/generate" python3 "$SCRIPT_DIR/make_tessellation.py" "$GEOJSON" --polygons "$POLYGONS" --force
  (( RC == 0 )) || { fail generate "$LOGS/generate" make_tessellation.py; exit 1; }
  GEN_S=$ELAPSED; cat "$LOGS/generate.out"
else
  echo "data    : $GEOJSON (kept from an earlier run)"
fi

# ---------------------------------------------------------------- project
PROJECT="$WORK/P.gpkg"
INIT_S=""; IMPORT_S=""; LAYER_SOURCE=""
if [[ -n $RRW ]]; then
  run_cmd "$LOGS/init" "$RRW" init "$PROJECT" --force
  (( RC == 0 )) || { fail init "$LOGS/init" "$RRW" init "$PROJECT" --force; exit 1; }
  INIT_S=$ELAPSED
  run_cmd "$LOGS/import" "$RRW" import "$PROJECT" "$GEOJSON" --name "$LAYER"
  (( RC == 0 )) || { fail import "$LOGS/import" "$RRW" import "$PROJECT" "$GEOJSON" --name "$LAYER"; exit 1; }
  IMPORT_S=$ELAPSED
  LAYER_SOURCE="rrw-cli import"
  echo "project : rrw-cli init $(secs "$INIT_S") s, rrw-cli import $(secs "$IMPORT_S") s -> $PROJECT"
else
  run_cmd "$LOGS/import" ogr2ogr -f GPKG -t_srs EPSG:3035 -nln "$LAYER" "$PROJECT" "$GEOJSON"
  (( RC == 0 )) || { fail ogr2ogr "$LOGS/import" ogr2ogr; exit 1; }
  IMPORT_S=$ELAPSED
  LAYER_SOURCE="ogr2ogr (no rrw-cli)"
  echo "project : ogr2ogr $(secs "$IMPORT_S") s -> $PROJECT"
fi
FEATURES=$(layer_count "$PROJECT" "$LAYER")
GEOM_TYPES=$(ogrinfo -q -ro -sql "SELECT ST_GeometryType(geom) AS t, COUNT(*) AS n FROM \"$LAYER\" GROUP BY t" "$PROJECT" 2>/dev/null \
  | awk '/ t \(String\) = /{t=$NF} / n \(Integer[0-9]*\) = /{printf "%s%s:%s", s, t, $NF; s=","}' || true)
echo "layer   : $PROJECT|layername=$LAYER  features=$FEATURES  geometry=$GEOM_TYPES"
if [[ $FEATURES != "$POLYGONS" ]]; then note "layer has $FEATURES features, expected $POLYGONS"; fi
sync

# ---------------------------------------------------------------- commands
QGIS_PNG="$WORK/qgis.png"; RRW_PNG="$WORK/rrw.png"
qgis_cmd() { # INNER_REPS
  CMD=("$QGIS_PYTHON" "$SCRIPT_DIR/qgis_render.py" "$PROJECT" "$LAYER" "$STYLE" "$WIDTH" "$HEIGHT"
       "$QGIS_PNG" "$1" --dpi 96 --mode "$QGIS_MODE" --optimize "$QGIS_OPTIMIZE")
}
RRW_HAS_RENDER=0; RRW_JSON_FLAG=(--json); RRW_EXTRA=()
if [[ -n $RRW ]] && "$RRW" render --help >"$LOGS/rrw-render-help.txt" 2>&1; then
  RRW_HAS_RENDER=1
  # labels off on both sides (QGIS: DrawLabeling off); DPI 96 explicitly if rrw takes it
  grep -q -- '--no-labels' "$LOGS/rrw-render-help.txt" && RRW_EXTRA+=(--no-labels)
  grep -q -- '--dpi' "$LOGS/rrw-render-help.txt" && RRW_EXTRA+=(--dpi 96)
fi
rrw_cmd() {
  CMD=("$RRW" render "$PROJECT" --layer "$LAYER" --style "$STYLE" --lang "$RRW_LANG_ARG"
       --size "${WIDTH}x${HEIGHT}" "${RRW_EXTRA[@]}" -o "$RRW_PNG" "${RRW_JSON_FLAG[@]}")
}
rrw_cmd; RRW_CMD_TEXT="${CMD[*]}"
if [[ -n $RRW && $RRW_HAS_RENDER == 0 ]]; then
  note "'rrw-cli render --help' fails: rrw-cli has no render command yet, only QGIS is timed"
fi

# ---------------------------------------------------------------- warm-up (untimed)
echo "warm-up:"
qgis_cmd 1; run_cmd "$LOGS/qgis-warmup" "${CMD[@]}"
(( RC == 0 )) || { fail qgis-warmup "$LOGS/qgis-warmup" "${CMD[@]}"; exit 1; }
echo "  qgis: $(secs "$ELAPSED") s process"
if (( RRW_HAS_RENDER )); then
  rrw_cmd; run_cmd "$LOGS/rrw-warmup" "${CMD[@]}"
  if (( RC != 0 )); then   # maybe no --json: try once without it
    RRW_JSON_FLAG=(); rrw_cmd; run_cmd "$LOGS/rrw-warmup-nojson" "${CMD[@]}"
    if (( RC == 0 )); then note "rrw-cli render failed with --json and worked without it: using process wall time"
    else fail rrw-warmup "$LOGS/rrw-warmup-nojson" "${CMD[@]}"; RRW_HAS_RENDER=0; note "rrw-cli render failed: only QGIS is timed"; fi
  fi
  (( RRW_HAS_RENDER )) && echo "  rrw : $(secs "$ELAPSED") s process, exit $RC"
fi

# ---------------------------------------------------------------- timed runs
# times.tsv: tool rep wall_s rc cpu_s load1 logbase
one_run() { # TOOL REP
  local tool=$1 rep=$2 base="$LOGS/$1-$2"
  if [[ $tool == qgis ]]; then qgis_cmd "$QGIS_INNER_REPS"; else rrw_cmd; fi
  run_cmd "$base" "${CMD[@]}"
  (( RC == 0 )) || fail "$tool/$rep" "$base" "${CMD[@]}"
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$rep" "$ELAPSED" "$RC" "$CPU" "$LOAD1" "$base" >>"$TIMES"
  echo "  rep $rep $tool: process $(secs "$ELAPSED") s (cpu ${CPU} s, load ${LOAD1})$( (( RC == 0 )) || echo "  (FAILED, exit $RC)")"
}
echo "timed runs:"
for (( r = 1; r <= REPS; r++ )); do
  if (( RRW_HAS_RENDER )); then
    if (( r % 2 )); then order="rrw qgis"; else order="qgis rrw"; fi
  else
    order="qgis"
  fi
  for tool in $order; do one_run "$tool" "$r"; done
done

RRW_SHA_END=""; ORIG_SHA_END=""
if [[ -n $RRW ]]; then
  RRW_SHA_END=$(sha256sum "$RRW" | cut -d' ' -f1)
  ORIG_SHA_END=$(sha256sum "$RRW_CLI_ORIG" 2>/dev/null | cut -d' ' -f1 || echo missing)
fi

# ---------------------------------------------------------------- image comparison
CMP_JSON="$WORK/compare.json"; echo null >"$CMP_JSON"
if [[ -s $QGIS_PNG && -s $RRW_PNG ]]; then
  "$QGIS_PYTHON" - "$QGIS_PNG" "$RRW_PNG" "$STYLE" "$LAYER" >"$CMP_JSON" 2>"$LOGS/compare.err" <<'PY' || echo null >"$CMP_JSON"
import json, sys
from PyQt5.QtGui import QImage
a, b = QImage(sys.argv[1]), QImage(sys.argv[2])
out = {"qgis_size": [a.width(), a.height()], "rrw_size": [b.width(), b.height()]}
# Share of each class fill colour among the pixels that show one (robust to a different
# placement or scale of the map, e.g. rrw's margins for legend and scale bar).
cols = []
for e in json.load(open(sys.argv[3], encoding="utf-8")).get("layers", []):
    if e.get("layer") == sys.argv[4]:
        cols = [tuple(int(c[i:i + 2], 16) for i in (1, 3, 5)) for c in e.get("colors", [])]
def shares(img):
    img = img.convertToFormat(QImage.Format_RGB32)
    bits = img.constBits(); bits.setsize(img.byteCount()); d = bytes(bits)
    cnt = [0] * len(cols)
    for y in range(0, img.height(), 2):
        row = y * img.bytesPerLine()
        for x in range(0, img.width(), 2):
            i = row + 4 * x
            px = (d[i + 2], d[i + 1], d[i])   # RGB32 is BGRA in memory (little endian)
            for k, c in enumerate(cols):
                if max(abs(px[0] - c[0]), abs(px[1] - c[1]), abs(px[2] - c[2])) <= 6:
                    cnt[k] += 1; break
    tot = sum(cnt) or 1
    return [round(c / tot, 4) for c in cnt], sum(cnt)
if cols and not a.isNull() and not b.isNull():
    (sa, na), (sb, nb) = shares(a), shares(b)
    out["class_colour_share_qgis"] = sa; out["class_colour_share_rrw"] = sb
    out["class_colour_pixels_qgis"] = na; out["class_colour_pixels_rrw"] = nb
    out["class_colour_share_max_abs_diff"] = round(max(abs(x - y) for x, y in zip(sa, sb)), 4)
if a.size() == b.size() and not a.isNull():
    a = a.convertToFormat(QImage.Format_RGB32); b = b.convertToFormat(QImage.Format_RGB32)
    w, h = a.width(), a.height()
    pa, pb = a.constBits(), b.constBits()
    pa.setsize(a.byteCount()); pb.setsize(b.byteCount())
    da, db = bytes(pa), bytes(pb)
    diff = big = 0
    step = 4  # sample every 4th pixel in both directions
    n = 0
    for y in range(0, h, step):
        row = y * a.bytesPerLine()
        for x in range(0, w, step):
            i = row + 4 * x
            d = max(abs(da[i] - db[i]), abs(da[i + 1] - db[i + 1]), abs(da[i + 2] - db[i + 2]))
            diff += d; big += d > 48; n += 1
    out.update({"sampled_pixels": n, "mean_max_channel_diff": round(diff / n, 2),
                "share_pixels_diff_gt_48": round(big / n, 4)})
print(json.dumps(out))
PY
fi

# ---------------------------------------------------------------- summary
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
GIT_COMMIT=$(git -C "$SCRIPT_DIR/.." rev-parse HEAD 2>/dev/null || echo unknown)
if git -C "$SCRIPT_DIR/.." status --porcelain --untracked-files=no 2>/dev/null | grep -q .; then GIT_DIRTY=true; else GIT_DIRTY=false; fi
export TIMES NOTES ERRORS RESULTS_DIR STAMP REPS QGIS_INNER_REPS QGIS_MODE QGIS_OPTIMIZE POLYGONS
export WIDTH HEIGHT STYLE GEOJSON PROJECT LAYER FEATURES GEOM_TYPES GEN_S INIT_S IMPORT_S LAYER_SOURCE
export QGIS_VERSION QGIS_PYTHON RRW_CLI_ORIG RRW_VERSION RRW_SHA RRW_SHA_END ORIG_SHA_END RRW_SNAPSHOT
export RRW_HAS_RENDER RRW_LANG_ARG RRW_CMD_TEXT GIT_COMMIT GIT_DIRTY CMP_JSON QGIS_PNG RRW_PNG BENCH_DIR
export RRW_JSON_USED=$([[ ${#RRW_JSON_FLAG[@]} -gt 0 ]] && echo 1 || echo 0)

python3 - <<'PY'
import json, os, platform, socket, statistics, sys
from datetime import datetime, timezone

E = os.environ
med = lambda xs: statistics.median(xs) if xs else None


def find_key(obj, key):
    if isinstance(obj, dict):
        if key in obj and isinstance(obj[key], (int, float)):
            return obj[key]
        for v in obj.values():
            r = find_key(v, key)
            if r is not None:
                return r
    elif isinstance(obj, list):
        for v in obj:
            r = find_key(v, key)
            if r is not None:
                return r
    return None


def last_json(path):
    try:
        txt = open(path, encoding="utf-8", errors="replace").read().strip()
    except OSError:
        return None
    for cand in (txt, txt.splitlines()[-1] if txt else ""):
        try:
            return json.loads(cand)
        except ValueError:
            pass
    return None


runs = {"qgis": [], "rrw": []}
for line in open(E["TIMES"], encoding="utf-8"):
    tool, rep, sec, rc, cpu, load1, base = line.rstrip("\n").split("\t")
    r = {"rep": int(rep), "process_s": round(float(sec), 4), "exit_code": int(rc),
         "cpu_user_sys_s": None if float(cpu) < 0 else float(cpu),
         "load1_before": None if float(load1) < 0 else float(load1)}
    j = last_json(base + ".out") if int(rc) == 0 else None
    if tool == "qgis" and j:
        r.update({k: j.get(k) for k in ("cold_s", "load_s", "classify_s", "first_render_s",
                                        "app_init_s", "warm_median_s", "warm_min_s")})
        r["warm_runs_s"] = [x["s"] for x in j.get("runs", [])]
        if "parallel" in j:
            r["parallel_warm_median_s"] = j["parallel"]["warm_median_s"]
            r["parallel_warm_runs_s"] = [x["s"] for x in j["parallel"]["runs"]]
        # one-shot process estimate: the process minus the extra warm renders it did
        extra = sum(r["warm_runs_s"]) + sum(r.get("parallel_warm_runs_s", []))
        r["one_shot_process_s"] = round(float(sec) - extra, 4)
        runs.setdefault("_qgis_meta", j)
    if tool == "rrw":
        rm = find_key(j, "render_ms") if j is not None else None
        r["render_ms"] = rm
        r["render_s"] = round(rm / 1000.0, 4) if rm is not None else round(float(sec), 4)
        r["render_time_source"] = "render_ms" if rm is not None else "process wall"
        lm = find_key(j, "load_ms") if j is not None else None
        r["load_ms"] = lm
        # like-for-like with QGIS's cold figure: open + read + classify + draw
        r["load_render_s"] = round((lm + rm) / 1000.0, 4) if lm is not None and rm is not None else None
        if j is not None:
            r["json"] = j
    runs[tool].append(r)
qmeta = runs.pop("_qgis_meta", None) or {}
ok = lambda tool: [r for r in runs[tool] if r["exit_code"] == 0]

q_warm = med([x for r in ok("qgis") for x in r.get("warm_runs_s", [])])
q_warm_min = min([x for r in ok("qgis") for x in r.get("warm_runs_s", [])], default=None)
q_par = med([x for r in ok("qgis") for x in r.get("parallel_warm_runs_s", [])])
q_cold = med([r["cold_s"] for r in ok("qgis") if r.get("cold_s") is not None])
q_oneshot = med([r["one_shot_process_s"] for r in ok("qgis") if "one_shot_process_s" in r])
has_rrw = E["RRW_HAS_RENDER"] == "1"
r_render = med([r["render_s"] for r in ok("rrw")]) if has_rrw else None
r_render_min = min([r["render_s"] for r in ok("rrw")], default=None) if has_rrw else None
r_proc = med([r["process_s"] for r in ok("rrw")]) if has_rrw else None
r_lr = med([r["load_render_s"] for r in ok("rrw") if r.get("load_render_s") is not None]) if has_rrw else None
sources = sorted({r["render_time_source"] for r in ok("rrw")}) if has_rrw else []
ratio = lambda a, b: round(a / b, 3) if a is not None and b else None

failed = any(r["exit_code"] for t in ("qgis", "rrw") for r in runs[t])
target_ratio = ratio(r_render, q_warm)
strict_ratio = ratio(r_lr, q_cold)
cases = [
    {"case": "render %sx%s, warm (rrw %s vs QGIS sequential job)" % (E["WIDTH"], E["HEIGHT"], "/".join(sources) or "-"),
     "rrw_s": r_render, "rrw_min_s": r_render_min, "qgis_s": q_warm, "qgis_min_s": q_warm_min,
     "ratio": target_ratio, "target": "ratio <= 0.5", "max_ratio": 0.5,
     "pass": (None if target_ratio is None else (target_ratio <= 0.5 and not failed)),
     "note": "rrw render_ms is drawing only (features already in memory); the QGIS job also reads "
             "the features from the GeoPackage"},
    {"case": "strict: rrw load_ms+render_ms vs QGIS open+classify+read+draw",
     "rrw_s": r_lr, "qgis_s": q_cold, "ratio": strict_ratio, "target": "ratio <= 0.5", "max_ratio": 0.5,
     "pass": (None if strict_ratio is None else (strict_ratio <= 0.5 and not failed)),
     "note": "like-for-like: both open the project/layer, read all features, classify and draw once"},
    {"case": "  same, vs QGIS parallel job (info)", "rrw_s": r_render, "qgis_s": q_par,
     "ratio": ratio(r_render, q_par), "target": "info", "pass": None},
    {"case": "one-shot process wall (info)", "rrw_s": r_proc, "qgis_s": q_oneshot,
     "ratio": ratio(r_proc, q_oneshot), "target": "info", "pass": None},
]

f = lambda x, nd=3: "-" if x is None else "%.*f" % (nd, x)
hdr = ["case", "rrw s", "qgis s", "ratio", "target", "result"]
rows = [[c["case"], f(c["rrw_s"]), f(c["qgis_s"]), f(c["ratio"], 2), c["target"],
         {True: "PASS", False: "FAIL", None: "n/a" if c["target"] != "info" else ""}[c["pass"]]]
        for c in cases]
w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(hdr)]
line = lambda r: "  ".join(s.ljust(w[i]) if i in (0, 4, 5) else s.rjust(w[i]) for i, s in enumerate(r))
print()
print(line(hdr)); print("  ".join("-" * x for x in w))
for r in rows: print(line(r))
print()
print("QGIS %s: medians over %s processes x %s warm renders (QgsMapRendererSequentialJob, DPI 96, "
      "antialiasing on, labels off, simplification %s); cold = layer open + quantile classification + "
      "first render (QGIS app start-up %.2f s not included)." % (
          E["QGIS_VERSION"], len(ok("qgis")), E["QGIS_INNER_REPS"], E["QGIS_OPTIMIZE"],
          med([r["app_init_s"] for r in ok("qgis") if r.get("app_init_s") is not None]) or 0))
if qmeta:
    print("QGIS quantile breaks: %s" % ", ".join("%.4g" % b for b in qmeta.get("breaks", [])))
if not has_rrw:
    print("rrw: not timed (%s)" % ("rrw-cli has no render command yet" if E["RRW_CLI_ORIG"] else "no rrw-cli"))
elif sources != ["render_ms"]:
    print("rrw: render time is the process wall time (no render_ms in rrw-cli render --json output)")
else:
    print("rrw: render_ms = drawing only (features already loaded); load_ms = project open + read + classify. "
          "The first row is biased towards rrw (QGIS's job also reads the features); the strict row is like-for-like.")
loads = [r["load1_before"] for t in ("qgis", "rrw") for r in runs[t] if r["load1_before"] is not None]
if loads:
    print("1-min load average before timed runs: %.2f .. %.2f (%d cores)" % (min(loads), max(loads), os.cpu_count() or 1))
    if max(loads) > 1.5:
        print("WARNING: something else was using the CPU during the run (load > 1.5); figures are noisy.")
cmp_ = json.load(open(E["CMP_JSON"]))
if cmp_:
    print("image comparison rrw vs QGIS: %s" % json.dumps(cmp_))
if E["RRW_SHA"] and (E["RRW_SHA"] != E["RRW_SHA_END"] or E["RRW_SHA"] != E["ORIG_SHA_END"]):
    print("NOTE: %s changed during the run (rebuilt?)" % E["RRW_CLI_ORIG"])
notes = [l for l in open(E["NOTES"], encoding="utf-8").read().splitlines() if l]
errors = open(E["ERRORS"], encoding="utf-8").read().strip()
for n in notes:
    print("NOTE: " + n)
if errors:
    print("\nERRORS:\n" + errors)

num = lambda s: round(float(s), 3) if s else None
result = {
    "benchmark": "render_vs_qgis",
    "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    "host": {"hostname": socket.gethostname(), "cpus": os.cpu_count(), "platform": platform.platform()},
    "git": {"commit": E["GIT_COMMIT"], "tracked_changes": E["GIT_DIRTY"] == "true"},
    "qgis": {"version": E["QGIS_VERSION"], "python": E["QGIS_PYTHON"],
             "qt": qmeta.get("qt_version"), "mode": E["QGIS_MODE"],
             "rendering_optimization": E["QGIS_OPTIMIZE"] == "on",
             "classification": qmeta.get("classification"), "breaks": qmeta.get("breaks"),
             "class_colors": qmeta.get("class_colors"), "visible_extent": qmeta.get("visible_extent"),
             "inner_reps": int(E["QGIS_INNER_REPS"])},
    "rrw_cli": {"path": E["RRW_CLI_ORIG"] or None, "version": E["RRW_VERSION"] or None,
                "sha256": E["RRW_SHA"] or None, "snapshot": E["RRW_SNAPSHOT"] == "1",
                "has_render": has_rrw, "command": E["RRW_CMD_TEXT"] if has_rrw else None, "json_flag": E["RRW_JSON_USED"] == "1",
                "render_time_source": sources, "lang": E["RRW_LANG_ARG"],
                "changed_during_run": bool(E["RRW_SHA"]) and E["RRW_SHA"] != E["ORIG_SHA_END"]},
    "data": {"geojson": E["GEOJSON"], "geojson_bytes": os.path.getsize(E["GEOJSON"]),
             "polygons": int(E["POLYGONS"]), "generate_s": num(E["GEN_S"]),
             "project": E["PROJECT"], "layer": E["LAYER"], "layer_written_by": E["LAYER_SOURCE"],
             "init_s": num(E["INIT_S"]), "import_s": num(E["IMPORT_S"]),
             "features": int(E["FEATURES"]), "geometry_types": E["GEOM_TYPES"]},
    "render": {"width": int(E["WIDTH"]), "height": int(E["HEIGHT"]), "dpi": 96,
               "style": E["STYLE"], "antialiasing": True, "labels": False},
    "reps": int(E["REPS"]),
    "method": "alternating processes (rrw, qgis, qgis, rrw, ...) after one untimed warm-up each; "
              "QGIS figure = render job only (start..waitForFinished) inside qgis_render.py; rrw figure = "
              "render_ms from 'rrw-cli render --json' if present, else process wall time",
    "cases": cases,
    "runs": runs,
    "image_comparison": cmp_,
    "images": {"qgis": E["QGIS_PNG"], "rrw": E["RRW_PNG"] if has_rrw else None},
    "notes": notes,
    "errors": errors or None,
}
os.makedirs(E["RESULTS_DIR"], exist_ok=True)
for name in ("render_latest.json", "render_vs_qgis-%s.json" % E["STAMP"]):
    with open(os.path.join(E["RESULTS_DIR"], name), "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("\nwrote %s/render_latest.json and render_vs_qgis-%s.json" % (E["RESULTS_DIR"], E["STAMP"]))
print("images: %s%s" % (E["QGIS_PNG"], ", " + E["RRW_PNG"] if has_rrw else ""))
sys.exit(1 if errors else 0)
PY
