#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset fuzz: clang, ASan + UBSan) and runs each for a fixed
# time over its corpus fuzz/corpus/<target>/ (filled by scripts/fuzz_corpus.sh). Exits 1 when a
# target crashes, leaks, times out or runs out of memory, printing the reproducer's path; replay
# it with build/fuzz/fuzz/rrw_fuzz_<target> FILE. docs/RELIABILITY.md, "Fuzzing".
#   scripts/fuzz.sh [seconds-per-target] [target…]      default: 60 s, every target
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
all=(geojson csv shapefile_zip style_json index_model_json scenario_json planning_json
     project_json slides_json iim_csv supply_csv supply_gpkg indicator_csv)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

binaries=()
for t in "${targets[@]}"; do binaries+=("rrw_fuzz_$t"); done
bash scripts/setup.sh fuzz "${binaries[@]}"
bash scripts/fuzz_corpus.sh "${targets[@]}"

findings=build/fuzz/findings
logs=build/fuzz/logs
mkdir -p "$findings" "$logs"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1}"
failed=()
for t in "${targets[@]}"; do
  dict=()
  case "$t" in
    geojson | *_json) dict=(-dict=fuzz/dict/json.dict) ;;
    csv | *_csv) dict=(-dict=fuzz/dict/csv.dict) ;;
  esac
  log="$logs/$t.log"
  echo "fuzz.sh: $t for ${seconds} s"
  if build/fuzz/fuzz/rrw_fuzz_"$t" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=25 \
      -print_final_stats=1 -artifact_prefix="$findings/$t-" "${dict[@]}" "fuzz/corpus/$t" \
      >"$log" 2>&1; then
    grep -E '^stat::number_of_executed_units|^stat::peak_rss_mb' "$log" | sed "s/^/  /" || true
  else
    failed+=("$t")
    echo "fuzz.sh: $t FAILED (log: $log)"
    grep -E 'ERROR: |SUMMARY: |runtime error|fuzz target|Test unit written to|uncaught exception' \
      "$log" | head -n 12 | sed "s/^/  /"
  fi
done
if ((${#failed[@]})); then
  echo "fuzz.sh: findings in: ${failed[*]} (reproducers: $findings/)"
  exit 1
fi
echo "fuzz.sh: no findings in ${#targets[@]} target(s)"
