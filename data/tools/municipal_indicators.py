"""Border geometry and the municipal (Gemeinde / obec) values of rrw's indicator set.

Imported by prepare_indicators.py. Needs ogr2ogr (gdal-bin) with the SQLite/SpatiaLite dialect.
What is made at the municipal level and why (docs/INDICATORS.md, "Municipal level"):
  * border_zone_share_20km and border_distance_km for every Gemeinde and obec: real, derived from
    the polygons in data/region and the ČÚZK border line, the same method on both sides;
  * pop_change_4y, pop_density and average_age for the obce only (CZ only: the bundle has no
    population of the German Gemeinden);
  * for the indicators of a municipal model that have no municipal source, the value of the parent
    Kreis / okres (a kraj value stays a kraj value), flagged in the note; a SYNTHETIC district
    value stays synthetic=1 (no new demo values are drawn per municipality, so the differences
    between the municipalities of one district are real).
Units without inhabitants get no values: the 26 gemeindefreie Gebiete (unincorporated forests) and
the military district Hradiště (an obec in the ČSÚ code list, 0 inhabitants since 2016). A
municipal risk score means nothing for them.
"""
import csv
import json
import os
import shutil
import subprocess
import sys
import tempfile

BORDER_ZONE_M = 20000
# status of the municipal polygons: BKG VG5000 01.01.2021; DataRozhlas obce last changed 12/2021
GEOMETRY_YEAR = 2021
UNINCORPORATED = "Gemeindefreies Gebiet"
SRC_CZ_OBCE = "ČSÚ population of obce 1 Jan (source bundle §2.8)"
SRC_GEOMETRY = ("derived from data/region border_de_cz (ČÚZK) and gemeinden_de (BKG VG5000 2021) / "
                "obce_cz (DataRozhlas, ČSÚ codes), EPSG:3035")
AREA_NOTE = ("area = obec polygon area in EPSG:3035 (DataRozhlas polygons, strongly generalised; "
             "not an official ČSÚ area)")


def r1(x):
    return round(x + 0.0, 1)


def border_geometry(region_dir, layers):
    """Area (m²), area within BORDER_ZONE_M of the DE–CZ state border (m²), distance from the
    polygon centroid to the border (m) and whether the centroid lies inside the polygon, for every
    polygon of the GeoJSON `layers` in `region_dir` (each with a `code` property), computed in
    EPSG:3035 (ETRS89-LAEA, equal area) with ogr2ogr and SpatiaLite SQL.
    {code: (area, zone, distance, centroid_inside)}"""
    if not shutil.which("ogr2ogr"):
        sys.exit("prepare_indicators.py: ogr2ogr (gdal-bin) is needed for the border indicators")
    tmp = tempfile.mkdtemp(prefix="rrw-indicators-")
    try:
        gpkg = os.path.join(tmp, "zone.gpkg")

        def load(name, layer, update):
            cmd = ["ogr2ogr", "-f", "GPKG"] + (["-update", "-append"] if update else []) + [
                gpkg, os.path.join(region_dir, name + ".geojson"), "-t_srs", "EPSG:3035",
                "-nln", layer, "-sql", "SELECT code FROM " + name]
            if layer == "units":
                cmd += ["-nlt", "MULTIPOLYGON"]
            subprocess.run(cmd, check=True, capture_output=True)

        for i, name in enumerate(layers):
            load(name, "units", i > 0)
        load("border_de_cz", "border", True)
        sql = ("SELECT u.code AS code, ST_Area(u.geom) AS area, "
               "COALESCE(ST_Area(ST_Intersection(u.geom, ST_Buffer(b.geom, %d))), 0) AS zone, "
               "ST_Distance(ST_Centroid(u.geom), b.geom) AS distance, "
               "ST_Within(ST_Centroid(u.geom), u.geom) AS inside "
               "FROM units u, border b ORDER BY u.code" % BORDER_ZONE_M)
        out = subprocess.run(["ogr2ogr", "-f", "CSV", "/vsistdout/", gpkg, "-dialect", "SQLite",
                              "-sql", sql], check=True, capture_output=True, text=True).stdout
    finally:
        shutil.rmtree(tmp)
    return {r["code"]: (float(r["area"]), float(r["zone"]), float(r["distance"]), r["inside"] == "1")
            for r in csv.DictReader(out.splitlines())}


def municipalities(region_dir, stats_dir):
    """{code: parent district} of the Gemeinden and obce that get values, and the codes of the
    units without inhabitants that do not: the gemeindefreie Gebiete and any obec with no
    population on 1.1.2023 (the military district Hradiště)."""
    parents, uninhabited = {}, set()
    with open(os.path.join(region_dir, "stats", "regions.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["analysis_level"] == "municipality":
                parents[r["code"]] = r["parent_code"]
    with open(os.path.join(region_dir, "gemeinden_de.geojson"), encoding="utf-8") as f:
        for feature in json.load(f)["features"]:
            if feature["properties"]["type"] == UNINCORPORATED:
                uninhabited.add(feature["properties"]["code"])
    with open(os.path.join(stats_dir, "cz_obce_karlovarsky_population_2010_2023.csv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["reference_date"] == "2023-01-01" and int(r["total"]) == 0:
                uninhabited.add(r["kod_obce"])
    for code in uninhabited:
        del parents[code]
    return parents, uninhabited


def add_geometry(add, region_dir, munis):
    """border_zone_share_20km and border_distance_km per Gemeinde and obec; returns the polygon
    areas in km² (for the obce densities)."""
    geometry = border_geometry(region_dir, ["gemeinden_de", "obce_cz"])
    missing = set(munis) - set(geometry)
    if missing:
        sys.exit("prepare_indicators.py: no polygon for the municipalities %r" % sorted(missing))
    areas = {}
    for code in sorted(munis):
        area, zone, distance, inside = geometry[code]
        share = r1(zone / area * 100)
        if not 0 <= share <= 100:
            sys.exit("prepare_indicators.py: border-zone share %r of %s" % (share, code))
        areas[code] = area / 1e6
        add(code, "border_zone_share_20km", GEOMETRY_YEAR, share, SRC_GEOMETRY,
            "area within %d km of the DE–CZ border / municipality area; Gemeinden BKG VG5000 "
            "(1:5,000,000), obce strongly generalised" % (BORDER_ZONE_M // 1000))
        add(code, "border_distance_km", GEOMETRY_YEAR, r1(distance / 1000), SRC_GEOMETRY,
            "distance from the centroid of the municipality polygon to the ČÚZK border line"
            + ("" if inside else "; the centroid lies outside the (irregular) polygon"))
    return areas


def add_cz_obce(add, stats_dir, areas):
    """CZ only: population change 1.1.2019 → 1.1.2023 and density 1.1.2023 per obec, average age
    1.1.2023 per obec and (population-weighted) per okres and kraj."""
    pop, age, okres = {}, {}, {}
    with open(os.path.join(stats_dir, "cz_obce_karlovarsky_population_2010_2023.csv"),
              encoding="utf-8") as f:
        for r in csv.DictReader(f):
            year = r["reference_date"][:4]
            pop[(r["kod_obce"], year)] = int(r["total"])
            if year == "2023":
                age[r["kod_obce"]] = float(r["avg_age_total"])
                okres[r["kod_obce"]] = r["lau1"]
    change_note = ("1.1.2019→1.1.2023; break: 2022+ figures are based on the 2021 census and 2023 "
                   "includes persons with temporary protection (Ukraine); small obce change by a few people")
    for code in sorted(c for c in age if pop[(c, "2023")] > 0):
        p0, p1 = pop[(code, "2019")], pop[(code, "2023")]
        add(code, "pop_change_4y", 2023, r1((p1 - p0) / p0 * 100), SRC_CZ_OBCE, change_note)
        add(code, "pop_density", 2023, r1(p1 / areas[code]), SRC_CZ_OBCE + ", 1.1.2023", AREA_NOTE)
        add(code, "average_age", 2023, age[code], SRC_CZ_OBCE + ", 1.1.2023", "")
    groups = {"CZ041": sorted(c for c in age if pop[(c, "2023")] > 0)}
    for code, lau1 in okres.items():
        if pop[(code, "2023")] == 0:
            continue
        groups.setdefault(lau1, []).append(code)
    for region, codes in sorted(groups.items()):
        total = sum(pop[(c, "2023")] for c in codes)
        add(region, "average_age", 2023, r1(sum(age[c] * pop[(c, "2023")] for c in codes) / total),
            SRC_CZ_OBCE + ", 1.1.2023",
            "population-weighted mean of the averages of its %d inhabited obce (given to 0.1 years)" % len(codes))


def district_note(code, note):
    """The note of a district value used for one of its municipalities."""
    prefix = "kraj value used for okres; "
    if note.startswith(prefix):
        return "kraj value used for obec; " + note[len(prefix):]
    used = "Kreis value used for Gemeinde" if code.startswith("DE") else "okres value used for obec"
    return used + ("; " + note if note else "")


def add_district_values(rows, indicators, munis):
    """Repeats the values of the parent district for `indicators` (which must have no municipal
    value at all) with a note saying so and the district's synthetic flag; returns the new rows."""
    present = {r[1] for r in rows if r[0] in munis}
    clash = sorted(set(indicators) & present)
    if clash:
        sys.exit("prepare_indicators.py: municipal values exist for %r; not mixing in district values" % clash)
    by_key = {(r[0], r[1]): r for r in rows}
    added = []
    for ind in indicators:
        for code in sorted(munis):
            r = by_key.get((munis[code], ind))
            if r is not None:
                added.append([code, ind, r[2], r[3], r[4], r[5], district_note(munis[code], r[6])])
    return added
