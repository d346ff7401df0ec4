#!/usr/bin/env bash
# Import benchmark: rrw-cli import vs. ogr2ogr (GDAL) writing into a copy of the same
# initialised project, plus `rrw-cli init` on its own.  See bench/README.md.
#
# Environment:
#   RRW_CLI        rrw-cli to benchmark (default: ../build/release/src/cli/rrw-cli next
#                  to this script, else ../build/dev/src/cli/rrw-cli)
#   RRW_BENCH_DIR  scratch directory for data and projects (default /tmp/rrw-bench);
#                  also accepted as the first positional argument
#   REPS           timed repetitions per tool and case (default 3, minimum 3)
#   INIT_REPS      timed repetitions of `rrw-cli init` (default 5)
#   RRW_SNAPSHOT   1 (default): copy rrw-cli into the scratch dir first, so a concurrent
#                  rebuild cannot swap the binary in the middle of a run; 0: run in place
#   OGR2OGR        ogr2ogr to compare against (default: ogr2ogr on PATH)
set -euo pipefail

SCRIPT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
BENCH_DIR=${1:-${RRW_BENCH_DIR:-/tmp/rrw-bench}}
REPS=${REPS:-3}
INIT_REPS=${INIT_REPS:-5}
RRW_SNAPSHOT=${RRW_SNAPSHOT:-1}
OGR2OGR=${OGR2OGR:-ogr2ogr}
RESULTS_DIR="$SCRIPT_DIR/results"

if (( REPS < 3 )); then echo "REPS must be >= 3" >&2; exit 2; fi

# ---------------------------------------------------------------- locate rrw-cli
if [[ -z "${RRW_CLI:-}" ]]; then
  for c in "$SCRIPT_DIR/../build/release/src/cli/rrw-cli" "$SCRIPT_DIR/../build/dev/src/cli/rrw-cli"; do
    if [[ -x "$c" ]]; then RRW_CLI=$c; break; fi
  done
fi
if [[ -z "${RRW_CLI:-}" || ! -x "$RRW_CLI" ]]; then
  echo "rrw-cli not found; build it or set RRW_CLI" >&2; exit 2
fi
RRW_CLI_ORIG=$(cd "$(dirname "$RRW_CLI")" && pwd)/$(basename "$RRW_CLI")
command -v "$OGR2OGR" >/dev/null || { echo "ogr2ogr not found" >&2; exit 2; }
command -v ogrinfo >/dev/null || { echo "ogrinfo not found" >&2; exit 2; }

mkdir -p "$BENCH_DIR" "$RESULTS_DIR"
DATA_DIR="$BENCH_DIR/data"
WORK="$BENCH_DIR/work"
LOGS="$BENCH_DIR/logs"
rm -rf "$WORK" "$LOGS"
mkdir -p "$DATA_DIR" "$WORK" "$LOGS"

if [[ "$RRW_SNAPSHOT" == 1 ]]; then
  cp "$RRW_CLI_ORIG" "$WORK/rrw-cli"
  RRW="$WORK/rrw-cli"
else
  RRW="$RRW_CLI_ORIG"
fi
RRW_SHA=$(sha256sum "$RRW" | cut -d' ' -f1)

echo "rrw-cli : $RRW_CLI_ORIG ($("$RRW" --version 2>&1 | head -1), sha256 ${RRW_SHA:0:12}$([[ "$RRW_SNAPSHOT" == 1 ]] && echo ', run from a snapshot copy'))"
echo "ogr2ogr : $(command -v "$OGR2OGR") ($("$OGR2OGR" --version))"
echo "scratch : $BENCH_DIR   reps: $REPS (init: $INIT_REPS)   cores: $(nproc)"

# ---------------------------------------------------------------- data
PTS="$DATA_DIR/points_1m.csv"
POLYS="$DATA_DIR/polygons_100k.geojson"
if [[ ! -s "$PTS" || ! -s "$POLYS" ]]; then
  echo "generating benchmark data in $DATA_DIR ..."
  python3 "$SCRIPT_DIR/make_bench_data.py" "$DATA_DIR"
fi

# ---------------------------------------------------------------- helpers
TIMES="$WORK/times.tsv"      # case  tool  rep  wall_s  rc  cpu_s  load1
CHECKS="$WORK/checks.tsv"    # case  tool  key  value
ERRORS="$WORK/errors.txt"
: >"$TIMES"; : >"$CHECKS"; : >"$ERRORS"

ns_now() { date +%s%N; }

# run_cmd LOG CMD... : run, output to LOG; sets globals ELAPSED/ELAPSED_MS (wall seconds),
# CPU (user+sys seconds of the command and its children, via GNU time if present), LOAD1
# (1-minute load average just before the run) and RC.
if [[ -x /usr/bin/time ]]; then GNU_TIME=/usr/bin/time; else GNU_TIME=; fi
run_cmd() {
  local log=$1; shift
  local t0 t1 tf="$log.cpu"
  LOAD1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo -1)
  t0=$(ns_now)
  set +e
  if [[ -n $GNU_TIME ]]; then
    "$GNU_TIME" -f '%U %S' -o "$tf" "$@" >"$log" 2>&1
  else
    "$@" >"$log" 2>&1
  fi
  RC=$?
  set -e
  t1=$(ns_now)
  local d=$(( t1 - t0 ))
  ELAPSED=$(printf '%d.%09d' $(( d / 1000000000 )) $(( d % 1000000000 )))
  ELAPSED_MS=$(printf '%d.%03d' $(( d / 1000000000 )) $(( d % 1000000000 / 1000000 )))
  CPU=$(awk 'NF==2 && $1 ~ /^[0-9.]+$/ {printf "%.2f", $1 + $2; found=1} END {if (!found) print "-1"}' "$tf" 2>/dev/null || echo -1)
  rm -f "$tf"
}

# note_failure CASE TOOL LOG CMD...
note_failure() {
  local case=$1 tool=$2 log=$3; shift 3
  {
    echo "[$case/$tool] exit code $RC: $*"
    sed 's/^/    /' "$log" | head -40
  } | tee -a "$ERRORS" >&2
}

# fresh_project DEST : copy of the initialised template (not timed), then flush dirty
# pages so neither tool pays for the previous run's write-back.
fresh_project() {
  rm -f "$1" "$1-wal" "$1-shm" "$1-journal"
  cp "$TEMPLATE" "$1"
  sync
}

# count rows of LAYER in GPKG (-1 if that fails)
layer_count() {
  ogrinfo -q -ro -sql "SELECT COUNT(*) AS n FROM \"$2\"" "$1" 2>/dev/null \
    | sed -n 's/^ *n (Integer[0-9]*) = \([0-9]*\).*/\1/p' | head -1 | grep . || echo -1
}
geom_types() {
  ogrinfo -q -ro -sql "SELECT ST_GeometryType(geom) AS t, COUNT(*) AS n FROM \"$2\" GROUP BY t ORDER BY t" "$1" 2>/dev/null \
    | awk '/ t \(String\) = /{t=$NF} / n \(Integer[0-9]*\) = /{printf "%s%s:%s", sep, t, $NF; sep=","}' || true
}
field_types() {
  ogrinfo -so -ro "$1" "$2" 2>/dev/null | awk -F': ' '/^[A-Za-z_][A-Za-z0-9_]*: [A-Za-z]+ \(/{split($2,a," "); printf "%s%s=%s", sep, $1, a[1]; sep=","}' || true
}

# ---------------------------------------------------------------- template project
TEMPLATE="$WORK/template.gpkg"
run_cmd "$LOGS/template-init.log" "$RRW" init "$TEMPLATE" --force
if (( RC != 0 )); then note_failure setup rrw "$LOGS/template-init.log" "$RRW" init "$TEMPLATE" --force; exit 1; fi
echo "template project: $(du -k "$TEMPLATE" | cut -f1) KiB"

# ---------------------------------------------------------------- import cases
# Each case: one untimed warm-up per tool (reads the input into the page cache, checks the
# output), then REPS timed runs per tool, alternating, and the order flips every rep.
# build_cmd CASE TOOL OUT : sets the global array CMD
build_cmd() {
  case $1/$2 in
    points/rrw)    CMD=("$RRW" import "$3" "$PTS" --name pts) ;;
    polygons/rrw)  CMD=("$RRW" import "$3" "$POLYS" --name polys) ;;
    points/peer)   CMD=("$OGR2OGR" -f GPKG -update "$3" "$PTS" -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326 -nln pts) ;;
    polygons/peer) CMD=("$OGR2OGR" -f GPKG -update "$3" "$POLYS" -t_srs EPSG:3035 -makevalid -nln polys) ;;
  esac
}
peer_cmd_text() {
  case $1 in
    points)   echo "ogr2ogr -f GPKG -update COPY.gpkg points_1m.csv -oo X_POSSIBLE_NAMES=lon -oo Y_POSSIBLE_NAMES=lat -a_srs EPSG:4326 -nln pts" ;;
    polygons) echo "ogr2ogr -f GPKG -update COPY.gpkg polygons_100k.geojson -t_srs EPSG:3035 -makevalid -nln polys" ;;
  esac
}
layer_of() { [[ $1 == points ]] && echo pts || echo polys; }

one_run() { # CASE TOOL TAG(rep number or warmup)
  local case=$1 tool=$2 tag=$3
  local out="$WORK/$case-$tool.gpkg" log="$LOGS/$case-$tool-$tag.log"
  fresh_project "$out"
  build_cmd "$case" "$tool" "$out"
  run_cmd "$log" "${CMD[@]}"
  (( RC == 0 )) || note_failure "$case" "$tool" "$log" "${CMD[@]}"
  if [[ $tag == warmup ]]; then
    local lyr; lyr=$(layer_of "$case")
    {
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" warmup_exit_code "$RC"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" features "$(layer_count "$out" "$lyr")"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" geometry_types "$(geom_types "$out" "$lyr")"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" fields "$(field_types "$out" "$lyr")"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" output_kib "$(du -k "$out" | cut -f1)"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" output_lines "$(grep -c . "$log" || true)"
      printf '%s\t%s\t%s\t%s\n' "$case" "$tool" output_head "$(head -c 300 "$log" | tr '\t\n' '  ')"
    } >>"$CHECKS"
    echo "  warm-up $tool: ${ELAPSED_MS}s, exit $RC"
  else
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$case" "$tool" "$tag" "$ELAPSED" "$RC" "$CPU" "$LOAD1" >>"$TIMES"
    echo "  rep $tag $tool: ${ELAPSED_MS}s (cpu ${CPU}s, load ${LOAD1})$( (( RC == 0 )) || echo "  (FAILED, exit $RC)")"
  fi
}

for case in points polygons; do
  echo "case $case:"
  one_run "$case" rrw warmup
  one_run "$case" peer warmup
  for (( r = 1; r <= REPS; r++ )); do
    if (( r % 2 )); then order="rrw peer"; else order="peer rrw"; fi
    for tool in $order; do one_run "$case" "$tool" "$r"; done
  done
  rm -f "$WORK/$case-rrw.gpkg" "$WORK/$case-peer.gpkg"
done

# ---------------------------------------------------------------- init alone
echo "case init:"
INIT_OUT="$WORK/init.gpkg"
for (( r = 0; r <= INIT_REPS; r++ )); do
  rm -f "$INIT_OUT" "$INIT_OUT-wal" "$INIT_OUT-shm" "$INIT_OUT-journal"; sync
  tag=$r; (( r == 0 )) && tag=warmup
  log="$LOGS/init-rrw-$tag.log"
  run_cmd "$log" "$RRW" init "$INIT_OUT" --force
  (( RC == 0 )) || note_failure init rrw "$log" "$RRW" init "$INIT_OUT" --force
  if (( r == 0 )); then
    echo "  warm-up rrw: ${ELAPSED_MS}s, exit $RC"
  else
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' init rrw "$r" "$ELAPSED" "$RC" "$CPU" "$LOAD1" >>"$TIMES"
    echo "  rep $r rrw: ${ELAPSED_MS}s (cpu ${CPU}s, load ${LOAD1})$( (( RC == 0 )) || echo "  (FAILED, exit $RC)")"
  fi
done

RRW_SHA_END=$(sha256sum "$RRW" | cut -d' ' -f1)
ORIG_SHA_END=$(sha256sum "$RRW_CLI_ORIG" 2>/dev/null | cut -d' ' -f1 || echo missing)

# ---------------------------------------------------------------- summary
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
export TIMES CHECKS ERRORS RESULTS_DIR STAMP REPS INIT_REPS BENCH_DIR PTS POLYS
export RRW_CLI_ORIG RRW_SNAPSHOT RRW_SHA RRW_SHA_END ORIG_SHA_END
RRW_VERSION=$("$RRW" --version 2>&1 | head -1)
GDAL_VERSION=$("$OGR2OGR" --version)
GIT_COMMIT=$(git -C "$SCRIPT_DIR/.." rev-parse HEAD 2>/dev/null || echo unknown)
if git -C "$SCRIPT_DIR/.." status --porcelain --untracked-files=no 2>/dev/null | grep -q .; then GIT_DIRTY=true; else GIT_DIRTY=false; fi
PEER_POINTS_CMD=$(peer_cmd_text points)
PEER_POLYS_CMD=$(peer_cmd_text polygons)
export RRW_VERSION GDAL_VERSION GIT_COMMIT GIT_DIRTY PEER_POINTS_CMD PEER_POLYS_CMD

python3 - <<'PY'
import json, os, platform, socket, statistics, sys
from datetime import datetime, timezone

E = os.environ
runs = {}
for line in open(E["TIMES"], encoding="utf-8"):
    case, tool, rep, sec, rc, cpu, load1 = line.rstrip("\n").split("\t")
    runs.setdefault((case, tool), []).append({
        "rep": int(rep), "seconds": round(float(sec), 4), "exit_code": int(rc),
        "cpu_user_sys_s": None if float(cpu) < 0 else float(cpu),
        "load1_before": None if float(load1) < 0 else float(load1)})
checks = {}
for line in open(E["CHECKS"], encoding="utf-8"):
    case, tool, key, val = line.rstrip("\n").split("\t", 3)
    if key in ("features", "output_kib", "warmup_exit_code", "output_lines"):
        try: val = int(val)
        except ValueError: pass
    checks.setdefault(case, {}).setdefault(tool, {})[key] = val
errors = open(E["ERRORS"], encoding="utf-8").read().strip()

def stats(case, tool):
    rs = runs.get((case, tool), [])
    ok = [r["seconds"] for r in rs if r["exit_code"] == 0]
    out = {"runs": rs, "failed_runs": sum(1 for r in rs if r["exit_code"] != 0)}
    if ok:
        out["median_s"] = round(statistics.median(ok), 3)
        out["min_s"] = round(min(ok), 3)
    cpu = [r["cpu_user_sys_s"] for r in rs if r["exit_code"] == 0 and r["cpu_user_sys_s"] is not None]
    if cpu:
        out["cpu_median_s"] = round(statistics.median(cpu), 3)
    return out

cases = [
    {"case": "points_1m.csv -> GPKG", "key": "points",
     "rrw_command": "rrw-cli import COPY.gpkg points_1m.csv --name pts",
     "peer_command": E["PEER_POINTS_CMD"], "target": "ratio <= 1.0", "max_ratio": 1.0,
     "note": "rrw reprojects EPSG:4326 -> EPSG:3035; ogr2ogr only assigns EPSG:4326 (no reprojection)"},
    {"case": "polygons_100k.geojson -> GPKG", "key": "polygons",
     "rrw_command": "rrw-cli import COPY.gpkg polygons_100k.geojson --name polys",
     "peer_command": E["PEER_POLYS_CMD"], "target": "ratio <= 1.2", "max_ratio": 1.2,
     "note": "both reproject to EPSG:3035 and repair with GEOS MakeValid"},
    {"case": "rrw-cli init", "key": "init",
     "rrw_command": "rrw-cli init P.gpkg --force", "peer_command": None,
     "target": "median < 2 s", "max_seconds": 2.0, "note": "no peer"},
]
for c in cases:
    k = c["key"]
    c["rrw"] = stats(k, "rrw")
    if c["peer_command"]:
        c["peer"] = stats(k, "peer")
        c["checks"] = checks.get(k, {})
    rm, pm = c["rrw"].get("median_s"), c.get("peer", {}).get("median_s")
    if "max_ratio" in c:
        c["ratio_median"] = round(rm / pm, 3) if rm and pm else None
        c["ratio_min"] = (round(c["rrw"]["min_s"] / c["peer"]["min_s"], 3)
                          if rm and pm else None)
        c["pass"] = None if c["ratio_median"] is None else c["ratio_median"] <= c["max_ratio"]
    else:
        c["pass"] = None if rm is None else rm < c["max_seconds"]
    if c["rrw"]["failed_runs"] or c.get("peer", {}).get("failed_runs"):
        c["pass"] = False

def f(x, nd=3):
    return "-" if x is None else ("%.*f" % (nd, x))

hdr = ["case", "rrw median s", "rrw min s", "peer median s", "peer min s", "ratio rrw/peer", "target", "result"]
rows = []
for c in cases:
    p = c.get("peer", {})
    rows.append([c["case"], f(c["rrw"].get("median_s")), f(c["rrw"].get("min_s")),
                 f(p.get("median_s")), f(p.get("min_s")),
                 f(c.get("ratio_median"), 2) if "max_ratio" in c else "-", c["target"],
                 {True: "PASS", False: "FAIL", None: "n/a"}[c["pass"]]])
w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(hdr)]
line = lambda r: "  ".join(s.ljust(w[i]) if i in (0, 6, 7) else s.rjust(w[i]) for i, s in enumerate(r))
print()
print(line(hdr)); print("  ".join("-" * x for x in w))
for r in rows: print(line(r))
print()
print("Medians of %s timed runs per tool (init: %s), alternating order, after one untimed warm-up each;" % (E["REPS"], E["INIT_REPS"]))
print("each import writes a new layer into a fresh copy of the same initialised project (copy not timed).")
print("NOTE points: rrw reprojects 4326->3035 and infers column types; ogr2ogr only tags EPSG:4326, no reprojection.")
print("NOTE polygons: both reproject to EPSG:3035 and run GEOS MakeValid; rrw writes MultiPolygon, ogr2ogr a Polygon layer.")
cpu_bits = []
for c in cases:
    rc_, pc_ = c["rrw"].get("cpu_median_s"), c.get("peer", {}).get("cpu_median_s")
    if rc_ is not None:
        cpu_bits.append("%s rrw %.2f%s" % (c["key"], rc_,
                        "" if pc_ is None else " / peer %.2f (ratio %.2f)" % (pc_, rc_ / pc_ if pc_ else float("nan"))))
if cpu_bits:
    print("CPU user+sys medians, s: " + "; ".join(cpu_bits))
loads = [r["load1_before"] for rs in runs.values() for r in rs if r["load1_before"] is not None]
ncpu = os.cpu_count() or 1
if loads:
    print("1-min load average before timed runs: %.2f .. %.2f (%d cores)" % (min(loads), max(loads), ncpu))
    if max(loads) > 1.5:
        print("WARNING: other processes were using the CPU during the run (load > 1.5 with this benchmark "
              "contributing ~1); wall-clock figures are noisy - compare the CPU figures or rerun on an idle machine.")
for c in cases:
    for tool, ch in sorted(c.get("checks", {}).items()):
        print("check %-8s %-4s features=%s geometry=%s" % (c["key"], tool, ch.get("features"), ch.get("geometry_types")))
if E["RRW_SHA"] != E["RRW_SHA_END"] or E["RRW_SHA"] != E["ORIG_SHA_END"]:
    print("NOTE: %s changed during the run (rebuilt?); timings used %s" % (
        E["RRW_CLI_ORIG"], "a snapshot taken at start" if E["RRW_SNAPSHOT"] == "1" else "possibly mixed binaries"))
if errors:
    print("\nERRORS:\n" + errors)

for c in cases:
    c.pop("key", None)
result = {
    "benchmark": "import_vs_ogr2ogr",
    "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    "host": {"hostname": socket.gethostname(), "cpus": os.cpu_count(), "platform": platform.platform()},
    "rrw_cli": {"path": E["RRW_CLI_ORIG"], "version": E["RRW_VERSION"], "sha256": E["RRW_SHA"],
                "snapshot": E["RRW_SNAPSHOT"] == "1",
                "changed_during_run": E["RRW_SHA"] != E["ORIG_SHA_END"]},
    "git": {"commit": E["GIT_COMMIT"], "tracked_changes": E["GIT_DIRTY"] == "true"},
    "gdal": E["GDAL_VERSION"],
    "reps": int(E["REPS"]), "init_reps": int(E["INIT_REPS"]),
    "data": {"dir": os.path.dirname(E["PTS"]),
             "points_1m.csv_bytes": os.path.getsize(E["PTS"]),
             "polygons_100k.geojson_bytes": os.path.getsize(E["POLYS"])},
    "load1_before_timed_runs": {"min": min(loads), "max": max(loads)} if loads else None,
    "method": "wall clock (date +%s%N) around each command, user+sys CPU via GNU time; copy of the initialised project, "
              "sync before every run (not timed); one untimed warm-up per tool and case; "
              "alternating order (flipped every repetition)",
    "cases": cases,
    "errors": errors or None,
}
os.makedirs(E["RESULTS_DIR"], exist_ok=True)
for name in ("latest.json", "import_vs_ogr2ogr-%s.json" % E["STAMP"]):
    with open(os.path.join(E["RESULTS_DIR"], name), "w", encoding="utf-8") as fh:
        json.dump(result, fh, indent=2, ensure_ascii=False)
        fh.write("\n")
print("\nwrote %s/latest.json and import_vs_ogr2ogr-%s.json" % (E["RESULTS_DIR"], E["STAMP"]))
sys.exit(1 if errors else 0)
PY
