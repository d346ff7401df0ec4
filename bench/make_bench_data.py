#!/usr/bin/env python3
"""Generate the import-benchmark inputs deterministically (stdlib only).

Usage: make_bench_data.py OUTDIR [--seed N] [--points N] [--polygons N] [--force]

Writes into OUTDIR:
  points_1m.csv          header id,name,lat,lon,value; points in Central Europe
                         (lat 49.5-50.7, lon 11.5-13.5), EPSG:4326 implied.
  polygons_100k.geojson  RFC 7946 FeatureCollection (no "crs" member) of small
                         star-shaped Polygons in the same area; every 100th feature
                         (id % 100 == 37, i.e. 1 %) is a self-intersecting bow-tie.
                         Properties: id, name, value.

The same seed and counts always give byte-identical files (files are written to a
temporary name and renamed, so an interrupted run never leaves a partial file).
"""

import argparse
import math
import os
import random
import sys

LAT_MIN, LAT_MAX = 49.5, 50.7
LON_MIN, LON_MAX = 11.5, 13.5

# Short names with Czech and German diacritics (Bohemia / Bavaria / Saxony border area).
NAME_STEMS = [
    "Cheb", "Aš", "Sokolov", "Karlovy Vary", "Mariánské Lázně", "Františkovy Lázně",
    "Plzeň", "Domažlice", "Tachov", "Klatovy", "Žatec", "Chomutov", "Kadaň",
    "Ostrov", "Jáchymov", "Luže", "Třemošná", "Kraslice", "Horní Slavkov", "Bečov",
    "Hof", "Plauen", "Selb", "Marktredwitz", "Weiden", "Tirschenreuth", "Wunsiedel",
    "Waldsassen", "Fürth im Wald", "Cham", "Schönsee", "Bärnau", "Mähring",
    "Oberwiesenthal", "Annaberg-Buchholz", "Aue-Bad Schlema", "Zwönitz", "Größenhain",
    "Straßberg", "Mühltroff",
]
NAME_SUFFIXES = ["", " Nord", " Süd", " Ost", " West", "-Dorf", " I", " II", " Mitte"]


def make_name(rng):
    return rng.choice(NAME_STEMS) + rng.choice(NAME_SUFFIXES)


def csv_field(s):
    if any(c in s for c in ',"\n\r'):
        return '"' + s.replace('"', '""') + '"'
    return s


def json_str(s):
    # Names contain no quotes/backslashes/control chars; keep UTF-8 literally.
    assert '"' not in s and "\\" not in s
    return '"' + s + '"'


def write_atomic(path, writer):
    tmp = path + ".part"
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        writer(f)
    os.replace(tmp, path)


def gen_points(f, n, seed):
    rng = random.Random(seed * 1000 + 1)
    f.write("id,name,lat,lon,value\n")
    buf = []
    for i in range(1, n + 1):
        lat = rng.uniform(LAT_MIN, LAT_MAX)
        lon = rng.uniform(LON_MIN, LON_MAX)
        value = rng.uniform(-1000.0, 100000.0)
        buf.append("%d,%s,%.6f,%.6f,%.3f\n" % (i, csv_field(make_name(rng)), lat, lon, value))
        if len(buf) >= 10000:
            f.write("".join(buf))
            buf.clear()
    f.write("".join(buf))


def star_ring(rng, clat, clon):
    """Valid, simple, counter-clockwise star-shaped ring (RFC 7946 exterior winding)."""
    nv = rng.randint(8, 20)
    rmax = rng.uniform(0.001, 0.01)
    kx = 1.0 / math.cos(math.radians(clat))  # roughly isotropic on the ground
    step = 2.0 * math.pi / nv
    start = rng.uniform(0.0, 2.0 * math.pi)
    pts = []
    for k in range(nv):
        # one vertex per angular slot, jittered inside the slot -> strictly increasing
        # angles -> simple star-shaped polygon around the centre
        a = start + step * (k + rng.uniform(0.1, 0.9))
        r = rmax * rng.uniform(0.4, 1.0)
        pts.append((clon + r * math.cos(a) * kx, clat + r * math.sin(a)))
    pts.append(pts[0])
    return pts


def bowtie_ring(rng, clat, clon):
    """Self-intersecting 'figure eight' ring (invalid; MakeValid gives two triangles)."""
    d = rng.uniform(0.001, 0.01)
    kx = 1.0 / math.cos(math.radians(clat))
    x0, x1 = clon - d * kx, clon + d * kx
    y0, y1 = clat - d, clat + d
    return [(x0, y0), (x1, y1), (x1, y0), (x0, y1), (x0, y0)]


def gen_polygons(f, n, seed):
    rng = random.Random(seed * 1000 + 2)
    margin = 0.02
    f.write('{"type":"FeatureCollection","features":[\n')
    buf = []
    for i in range(1, n + 1):
        clat = rng.uniform(LAT_MIN + margin, LAT_MAX - margin)
        clon = rng.uniform(LON_MIN + margin, LON_MAX - margin)
        if i % 100 == 37:
            ring = bowtie_ring(rng, clat, clon)
        else:
            ring = star_ring(rng, clat, clon)
        coords = ",".join("[%.7f,%.7f]" % p for p in ring)
        buf.append(
            '%s{"type":"Feature","properties":{"id":%d,"name":%s,"value":%.3f},'
            '"geometry":{"type":"Polygon","coordinates":[[%s]]}}'
            % ("" if i == 1 else ",\n", i, json_str(make_name(rng)),
               rng.uniform(0.0, 5000.0), coords))
        if len(buf) >= 5000:
            f.write("".join(buf))
            buf.clear()
    f.write("".join(buf))
    f.write("\n]}\n")


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir")
    ap.add_argument("--seed", type=int, default=20240601)
    ap.add_argument("--points", type=int, default=1_000_000)
    ap.add_argument("--polygons", type=int, default=100_000)
    ap.add_argument("--force", action="store_true", help="regenerate existing files")
    args = ap.parse_args(argv)

    os.makedirs(args.outdir, exist_ok=True)
    jobs = [
        ("points_1m.csv", lambda f: gen_points(f, args.points, args.seed)),
        ("polygons_100k.geojson", lambda f: gen_polygons(f, args.polygons, args.seed)),
    ]
    for name, writer in jobs:
        path = os.path.join(args.outdir, name)
        if os.path.exists(path) and not args.force:
            print("exists, kept: %s" % path)
            continue
        write_atomic(path, writer)
        print("wrote %s (%.1f MB)" % (path, os.path.getsize(path) / 1e6))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
