#!/usr/bin/env bash
# Fills the seed corpora fuzz/corpus/<target>/ from the repository's own files (tests/data, data,
# fuzz/seeds and the stored regressions tests/data/fuzz/<target>/). Not committed: made at run
# time and grown by libFuzzer, which adds what it finds to the same folder; existing entries stay.
#   scripts/fuzz_corpus.sh [target…]      (default: every target)
set -euo pipefail
cd "$(dirname "$0")/.."
max_bytes=65536  # larger files slow every mutation down; big tables contribute their first lines
all=(geojson csv shapefile_zip style_json index_model_json scenario_json planning_json
     project_json slides_json iim_csv supply_csv supply_gpkg indicator_csv)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")

# seed TARGET FILE…: copies files of at most max_bytes (named after their path).
seed() {
  local target=$1 file
  shift
  mkdir -p "fuzz/corpus/$target"
  for file in "$@"; do
    [ -f "$file" ] || continue
    (($(stat -c %s "$file") <= max_bytes)) || continue
    cp "$file" "fuzz/corpus/$target/seed_$(echo "$file" | tr '/' '_')"
  done
}

# head_seed TARGET LINES FILE…: the first LINES lines of big tables.
head_seed() {
  local target=$1 lines=$2 file
  shift 2
  mkdir -p "fuzz/corpus/$target"
  for file in "$@"; do
    [ -f "$file" ] && head -n "$lines" "$file" >"fuzz/corpus/$target/seed_head_$(echo "$file" | tr '/' '_')"
  done
}

# parts TARGET NAME LINES FILE…: one input holding several files, separated by lines "--8<--"
# (fuzz/scratch.h), each cut to its first LINES lines.
parts() {
  local target=$1 name=$2 lines=$3 first=1 file
  shift 3
  mkdir -p "fuzz/corpus/$target"
  {
    for file in "$@"; do
      ((first)) || printf -- '--8<--\n'
      first=0
      head -n "$lines" "$file" | sed -e '$a\'
    done
  } >"fuzz/corpus/$target/seed_$name"
}

for target in "${targets[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  seed "$target" fuzz/seeds/"$target"/* tests/data/fuzz/"$target"/*
  case "$target" in
    geojson)
      seed geojson tests/data/good/*.geojson tests/data/bad/geojson_* data/region/border_crossings.geojson
      head_seed geojson 12 data/region/places.geojson ;;
    csv)
      seed csv tests/data/good/csv_*.csv tests/data/bad/csv_*.csv ;;
    shapefile_zip)
      seed shapefile_zip tests/data/good/*.zip tests/data/bad/shp_*.zip tests/data/bad/zip_*.zip ;;
    style_json)
      seed style_json data/region/default_map.json ;;
    index_model_json)
      seed index_model_json data/indicators/models/*.json ;;
    scenario_json)
      seed scenario_json tests/data/supply/scenario_*.json
      for f in data/supply/scenarios/*.json; do
        [ "$(basename "$f")" = catalog.json ] || seed scenario_json "$f"
      done ;;
    planning_json)
      seed planning_json data/indicators/measures.json data/indicators/bbk_scenarios.json \
        data/governance/organisations.json ;;
    project_json)
      seed project_json data/region/manifest.json data/supply/scenarios/catalog.json ;;
    slides_json)
      seed slides_json data/region/slides.json ;;
    iim_csv) ;;  # fuzz/seeds/iim_csv only
    supply_csv)
      s=tests/data/supply
      parts supply_csv bundled.txt 25 data/supply/firms.csv data/supply/links.csv data/supply/crossings.csv
      parts supply_csv tests.txt 40 $s/firms.csv $s/links.csv $s/crossings.csv
      parts supply_csv semicolon.txt 40 $s/firms_semicolon.csv $s/links_semicolon.csv
      for bad in $s/firms_*.csv; do
        parts supply_csv "$(basename "$bad" .csv).txt" 40 "$bad" $s/links.csv $s/crossings.csv
      done
      for bad in $s/links_*.csv; do
        parts supply_csv "$(basename "$bad" .csv).txt" 40 $s/firms.csv "$bad" $s/crossings.csv
      done
      parts supply_csv crossings_bad_freight.txt 40 $s/firms.csv $s/links.csv $s/crossings_bad_freight.csv ;;
    supply_gpkg)
      # The network of tests/data/supply as a GeoPackage (firms as points, links and crossings
      # as attribute tables), small pages so that mutations reach every table.
      out=fuzz/corpus/supply_gpkg/seed_tests_network.gpkg
      if [ ! -f "$out" ] && command -v ogr2ogr >/dev/null; then
        tmp=$(mktemp -d)
        s=tests/data/supply
        ogr2ogr -q -f GPKG "$tmp/n.gpkg" $s/firms.csv -nln firms -a_srs EPSG:4326 \
          -oo X_POSSIBLE_NAMES=x -oo Y_POSSIBLE_NAMES=y -oo KEEP_GEOM_COLUMNS=NO
        ogr2ogr -q -update "$tmp/n.gpkg" $s/links.csv -nln links
        ogr2ogr -q -update "$tmp/n.gpkg" $s/crossings.csv -nln crossings
        sqlite3 "$tmp/n.gpkg" 'PRAGMA page_size=512; VACUUM;'
        cp "$tmp/n.gpkg" "$out"
        rm -rf "$tmp"
      fi
      seed supply_gpkg tests/data/bad/gpkg_truncated.gpkg ;;
    indicator_csv)
      head_seed indicator_csv 20 data/indicators/values.csv data/indicators/values_index.csv \
        data/indicators/catalog.csv ;;
    *)
      echo "fuzz_corpus.sh: unknown target '$target' (known: ${all[*]})" >&2
      exit 2 ;;
  esac
done
