#!/usr/bin/env bash
# Sets rrw up on Debian bookworm: installs exactly the Debian packages it needs (only those
# missing; apt-get update only then), configures and builds with a CMake preset.
#   scripts/setup.sh [preset [target…]]   preset: dev (default), release, asan, fuzz; targets: all
set -euo pipefail
cd "$(dirname "$0")/.."
preset="${1:-dev}"
shift || true
targets=()
for t in "$@"; do targets+=(--target "$t"); done

packages=(
  cmake ninja-build g++ pkg-config             # build
  libgdal-dev gdal-bin                         # GDAL/OGR 3.6 (+ ogrinfo/ogr2ogr for tests and bench)
  libgeos-dev libproj-dev proj-data            # GEOS 3.11, PROJ 9.1 with its grids
  libsqlite3-dev sqlite3                       # the project store
  nlohmann-json3-dev                           # JSON
  libeigen3-dev                                # Eigen 3.4, linear algebra (input-output models)
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools  # Qt 6.4 Core + Linguist (lupdate/lrelease)
  libgtest-dev libgmock-dev libbenchmark-dev   # tests and benchmarks
  qt6-svg-dev fonts-dejavu-core                # map export to SVG; a font with Czech and German letters
  qt6-charts-dev libqt6opengl6-dev             # charts of the workbench (time series); Charts needs OpenGL
  zip clang-format poppler-utils               # test fixtures; the formatting check; pdfinfo/pdftoppm
  clang libclang-rt-14-dev                     # the fuzz preset: clang with libFuzzer and the sanitizers
  python3                                      # hostile-input tests: ZIPs built at test time, a local HTTP server
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)" "${targets[@]}"
