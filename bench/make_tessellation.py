#!/usr/bin/env python3
"""Generate the render-benchmark input: a gap-free tessellation of the study region.

Usage: make_tessellation.py OUT.geojson [--polygons N] [--seed S] [--jitter J] [--force]
                            [--gpkg OUT.gpkg]

Writes an RFC 7946 FeatureCollection (EPSG:4326, no "crs" member, counter-clockwise
exterior rings, 7 decimals) of exactly N (default 100,000) Polygon features that cover the
bbox lon 11.7-13.3, lat 49.8-50.5 without gaps or overlaps:

* A grid of nx x ny vertices-cells whose shape is close to square on the ground
  (1 degree of longitude at 50 N is ~0.64 degrees of latitude).  Every interior grid
  vertex is moved by up to +-J (default 0.22) of a cell in x and y; vertices on the bbox
  edge move only along that edge, the four corners stay put.  Neighbouring cells share the
  very same (moved) vertices, so the cells still tile the bbox exactly.  With J < 0.25
  every cell stays strictly convex (checked while writing), hence valid.
* If N has no factorisation nx*ny with a sensible aspect, the grid has fewer than N cells
  and the missing count of cells is split along a diagonal into two triangles (still a
  tiling); for the default N = 100,000 the grid is 400 x 250 quadrilaterals, no triangles.

Properties: id (int, 1..N, row-major from the south-west), value (float: a smooth field -
a sum of a few sine waves and two Gaussian bumps over the region - plus a little noise, so a
choropleth shows broad regional patterns), name (string with German/Czech diacritics).

The same arguments give byte-identical output (written to OUT.part, then renamed).
--gpkg additionally converts the result with
  ogr2ogr -f GPKG -t_srs EPSG:3035 -nln tess OUT.gpkg OUT.geojson
for a QGIS-only run without rrw (the benchmark itself renders the layer that
`rrw-cli import` wrote into an rrw project; see render_vs_qgis.sh).
Python standard library only.
"""

import argparse
import math
import os
import random
import subprocess
import sys
import time

LON_MIN, LON_MAX = 11.7, 13.3
LAT_MIN, LAT_MAX = 49.8, 50.5
# ground width / height of one degree at the region's mean latitude
ASPECT = (LON_MAX - LON_MIN) * math.cos(math.radians((LAT_MIN + LAT_MAX) / 2)) / (LAT_MAX - LAT_MIN)

NAME_STEMS = [
    "Cheb", "Aš", "Sokolov", "Karlovy Vary", "Mariánské Lázně", "Františkovy Lázně",
    "Plzeň", "Tachov", "Žatec", "Chomutov", "Kadaň", "Ostrov", "Jáchymov", "Kraslice",
    "Horní Slavkov", "Bečov", "Hof", "Plauen", "Selb", "Marktredwitz", "Weiden",
    "Tirschenreuth", "Wunsiedel", "Waldsassen", "Bärnau", "Mähring", "Oberwiesenthal",
    "Annaberg-Buchholz", "Zwönitz", "Straßberg", "Mühltroff",
]
NAME_KINDS = ["Flur", "Trať", "Feld", "Díl", "Los", "Revier", "Úsek"]


def choose_grid(n):
    """nx, ny with nx*ny <= n; exact factorisation preferred if its aspect is within 25 %
    of the ground aspect, else the near-square grid just below n (rest made of triangles)."""
    best = None
    for ny in range(1, int(math.isqrt(n)) + 2):
        if n % ny:
            continue
        for a, b in ((n // ny, ny), (ny, n // ny)):
            err = abs(math.log((a / b) / ASPECT))
            if best is None or err < best[0]:
                best = (err, a, b)
    if best and best[0] <= math.log(1.25):
        return best[1], best[2]
    ny = max(1, round(math.sqrt(n / ASPECT)))
    nx = max(1, n // ny)
    while nx * ny > n:
        nx -= 1
    return nx, ny


def field_value(u, v, rng):
    """Smooth field on the unit square (u east, v north) plus noise; roughly 0..100."""
    s = (math.sin(2.1 * math.pi * u + 0.7) * math.cos(1.3 * math.pi * v - 0.4)
         + 0.6 * math.sin(4.7 * math.pi * (u + 0.35 * v) + 1.9)
         + 0.35 * math.sin(9.0 * math.pi * v + 3.0 * u))
    s += 1.8 * math.exp(-((u - 0.28) ** 2 + (v - 0.62) ** 2) / 0.012)   # a "city"
    s += 1.2 * math.exp(-((u - 0.74) ** 2 + (v - 0.30) ** 2) / 0.025)
    s += rng.gauss(0.0, 0.18)
    return round(40.0 + 22.0 * s, 4)


def cross(o, a, b):
    return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])


def check_convex_ccw(ring, fid):
    # ring is open (no closing vertex); every turn must be strictly to the left.
    k = len(ring)
    for i in range(k):
        if cross(ring[i], ring[(i + 1) % k], ring[(i + 2) % k]) <= 0:
            raise SystemExit("feature %d is not strictly convex/CCW - jitter too large?" % fid)


def generate(path, n, seed, jitter):
    nx, ny = choose_grid(n)
    extra = n - nx * ny          # cells to split into two triangles
    if extra > nx * ny:
        raise SystemExit("cannot make %d cells from a %dx%d grid" % (n, nx, ny))
    rng = random.Random(seed)
    dx = (LON_MAX - LON_MIN) / nx
    dy = (LAT_MAX - LAT_MIN) / ny

    # vertex grid (nx+1) x (ny+1), shared by neighbouring cells
    vx = [[0.0] * (nx + 1) for _ in range(ny + 1)]
    vy = [[0.0] * (nx + 1) for _ in range(ny + 1)]
    for j in range(ny + 1):
        for i in range(nx + 1):
            jx = rng.uniform(-jitter, jitter) if 0 < i < nx else 0.0
            jy = rng.uniform(-jitter, jitter) if 0 < j < ny else 0.0
            x = LON_MIN + (i + jx) * dx if 0 < i < nx else (LON_MIN if i == 0 else LON_MAX)
            y = LAT_MIN + (j + jy) * dy if 0 < j < ny else (LAT_MIN if j == 0 else LAT_MAX)
            # round once here so both neighbours write exactly the same text
            vx[j][i] = round(x, 7)
            vy[j][i] = round(y, 7)

    split = set(rng.sample(range(nx * ny), extra)) if extra else set()
    vrng = random.Random(seed * 7919 + 17)
    nrng = random.Random(seed * 104729 + 3)

    def ring_text(ring):
        pts = ring + [ring[0]]
        return "[" + ",".join("[%.7f,%.7f]" % p for p in pts) + "]"

    fid = 0
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"type":"FeatureCollection","features":[\n')
        first = True
        for j in range(ny):
            for i in range(nx):
                a = (vx[j][i], vy[j][i])
                b = (vx[j][i + 1], vy[j][i + 1])
                c = (vx[j + 1][i + 1], vy[j + 1][i + 1])
                d = (vx[j + 1][i], vy[j + 1][i])
                cell = j * nx + i
                rings = [[a, b, c], [a, c, d]] if cell in split else [[a, b, c, d]]
                for ring in rings:
                    fid += 1
                    check_convex_ccw(ring, fid)
                    cx = sum(p[0] for p in ring) / len(ring)
                    cy = sum(p[1] for p in ring) / len(ring)
                    u = (cx - LON_MIN) / (LON_MAX - LON_MIN)
                    v = (cy - LAT_MIN) / (LAT_MAX - LAT_MIN)
                    val = field_value(u, v, vrng)
                    name = "%s %s %d" % (nrng.choice(NAME_STEMS), nrng.choice(NAME_KINDS), fid)
                    f.write(("" if first else ",\n") +
                            '{"type":"Feature","properties":{"id":%d,"value":%s,"name":"%s"},'
                            '"geometry":{"type":"Polygon","coordinates":[%s]}}'
                            % (fid, repr(val), name, ring_text(ring)))
                    first = False
        f.write("\n]}\n")
    os.replace(tmp, path)
    assert fid == n, (fid, n)
    return nx, ny, extra


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", help="output .geojson")
    ap.add_argument("--polygons", type=int, default=100_000)
    ap.add_argument("--seed", type=int, default=20261126)
    ap.add_argument("--jitter", type=float, default=0.22,
                    help="vertex jitter as a fraction of a cell (< 0.25 keeps cells convex)")
    ap.add_argument("--force", action="store_true", help="overwrite existing output")
    ap.add_argument("--gpkg", help="also write this GeoPackage (EPSG:3035, layer tess) with ogr2ogr")
    args = ap.parse_args()
    if args.polygons < 1:
        ap.error("--polygons must be >= 1")
    if not 0 <= args.jitter < 0.25:
        ap.error("--jitter must be in [0, 0.25)")

    if os.path.exists(args.out) and not args.force:
        print("%s exists (use --force)" % args.out, file=sys.stderr)
    else:
        t0 = time.monotonic()
        nx, ny, extra = generate(args.out, args.polygons, args.seed, args.jitter)
        print("wrote %s: %d polygons (%dx%d grid%s), %.1f MB, %.1f s" % (
            args.out, args.polygons, nx, ny,
            ", %d cells split into triangles" % extra if extra else "",
            os.path.getsize(args.out) / 1e6, time.monotonic() - t0))
    if args.gpkg:
        if os.path.exists(args.gpkg):
            os.remove(args.gpkg)
        t0 = time.monotonic()
        subprocess.run(["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:3035", "-nln", "tess",
                        args.gpkg, args.out], check=True)
        print("wrote %s (layer tess, EPSG:3035), %.1f s" % (args.gpkg, time.monotonic() - t0))


if __name__ == "__main__":
    main()
