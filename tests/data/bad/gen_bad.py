#!/usr/bin/env python3
"""Generate (and check) the *bad* importer corpus in tests/data/bad/.

Each file here is a real malformed or hostile input (actual bytes, not a
description).  manifest.csv lists, per row:

  file          the input file (relative to this folder)
  args          extra CLI arguments; split them with POSIX shell rules
                (python shlex.split) -- manifest.json has them pre-split
  expect        ok   = import succeeds (exit 0), possibly reporting problems
                fail = non-zero exit, one-line error naming the file, project unchanged
  repaired_min  minimum "repaired" count (expect=ok only)
  rejected_min  minimum "rejected" count (expect=ok only)
  features      expected number of imported features; empty = not asserted
  reason        what is wrong with the file, what GDAL 3.6 does with it, and why
                this expectation was chosen

Feature ids: GeoJSON features carry an integer top-level "id" (GDAL uses it as
the FID).  For CSV, "line N" is the physical line in the file (header = line 1)
and GDAL's FID for it is N-1.

Usage:
    python3 gen_bad.py            # regenerate everything, then check
    python3 gen_bad.py --verify   # only check the files already on disk

Needs python3 (stdlib), GDAL CLI (ogr2ogr, ogrinfo), PROJ (cs2cs), sqlite3.
Made with GDAL 3.6.2 / PROJ 9.1.1 / GEOS 3.11.1.
"""
import csv
import io
import json
import os
import random
import shlex
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
GOOD = os.path.join(HERE, "..", "good")
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
ENV = dict(os.environ)
ENV["OGR_CURRENT_DATE"] = "2024-01-01T00:00:00.000Z"
ENV.pop("SHAPE_ENCODING", None)

# Real places (GeoNames cities500, CC BY 4.0): name, lon, lat, population (GeoNames)
CZ = [
    ("Cheb", 12.37392, 50.07963, 33242),
    ("Aš", 12.19499, 50.22387, 13210),
    ("Karlovy Vary", 12.87117, 50.23271, 45500),
    ("Sokolov", 12.6401, 50.1813, 24901),
    ("Mariánské Lázně", 12.70118, 49.96459, 14277),
    ("Františkovy Lázně", 12.35174, 50.12033, 5355),
]
# Czech names needing Latin-2 / CP1250 (ČSÚ points)
CZ_DIACRITICS = [
    ("Žlutice", 13.163084, 50.092028),
    ("Bečov nad Teplou", 12.838429, 50.083561),
    ("Hroznětín", 12.871918, 50.309508),
    ("Božičany", 12.769752, 50.258843),
    ("Kynšperk nad Ohří", 12.530388, 50.119038),
    ("Boží Dar", 12.924571, 50.409844),
]
# Fichtelgebirge places with German umlauts / ß (GeoNames cities500)
DE_UMLAUT = [
    ("Münchberg", 11.78823, 50.18952),
    ("Weißenstadt", 11.88849, 50.10217),
    ("Schönwald", 12.08503, 50.1997),
    ("Röslau", 11.98333, 50.08333),
    ("Tröstau", 11.95, 50.01667),
    ("Höchstädt bei Thiersheim", 12.08711, 50.10157),
]
CHEB_RECT = [[12.36, 50.07], [12.39, 50.07], [12.39, 50.09], [12.36, 50.09], [12.36, 50.07]]
AS_RECT = [[12.18, 50.21], [12.21, 50.21], [12.21, 50.235], [12.18, 50.235], [12.18, 50.21]]
KV_RECT = [[12.85, 50.22], [12.89, 50.22], [12.89, 50.245], [12.85, 50.245], [12.85, 50.22]]

SQL_NAME = "x'); DROP TABLE gpkg_contents;--"
SQL_PROP = '"; DROP TABLE gpkg_contents; --'


# ---------------------------------------------------------------------------
def run(cmd, check=True, input_bytes=None):
    p = subprocess.run(cmd, env=ENV, input=input_bytes, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and p.returncode != 0:
        sys.stderr.write("command failed: %s\n%s\n" % (" ".join(cmd), p.stderr.decode("utf-8", "replace")))
        raise SystemExit(1)
    return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def P(name):
    return os.path.join(HERE, name)


def wb(name, data):
    with open(P(name), "wb") as f:
        f.write(data)


def fc(features, **extra):
    d = {"type": "FeatureCollection"}
    d.update(extra)
    d["features"] = features
    return d


def feat(fid, props, geom):
    return {"type": "Feature", "id": fid, "properties": props, "geometry": geom}


def pt(lon, lat):
    return {"type": "Point", "coordinates": [lon, lat]}


def poly(*rings):
    return {"type": "Polygon", "coordinates": [list(r) for r in rings]}


def jdump(obj):
    return (json.dumps(obj, ensure_ascii=False, separators=(",", ":")) + "\n").encode("utf-8")


def town_feats(rows, start=1):
    return [feat(start + i, {"name": n}, pt(lon, lat)) for i, (n, lon, lat, *_) in enumerate(rows)]


def make_zip(name, members):
    """members: list of (arcname, bytes).  arcname is written verbatim (no sanitising)."""
    if os.path.exists(P(name)):
        os.remove(P(name))
    with zipfile.ZipFile(P(name), "w", compression=zipfile.ZIP_DEFLATED) as z:
        for arc, data in members:
            zi = zipfile.ZipInfo("x", date_time=FIXED_ZIP_TIME)
            zi.filename = arc  # bypass ZipInfo's normalisation (keeps '../', leading '/')
            zi.orig_filename = arc
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)


def fix_dbf_date(p):
    with open(p, "r+b") as f:
        f.seek(1)
        f.write(bytes([124, 1, 1]))


def shp_bytes(tmp, src_geojson, layer, encoding="UTF-8", extra=None):
    d = os.path.join(tmp, layer)
    os.makedirs(d, exist_ok=True)
    run(["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=" + encoding, "-nln", layer]
        + (extra or []) + [os.path.join(d, layer + ".shp"), src_geojson])
    out = {}
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        p = os.path.join(d, layer + "." + ext)
        if os.path.exists(p):
            if ext == "dbf":
                fix_dbf_date(p)
            with open(p, "rb") as f:
                out[ext] = f.read()
    return out


def write_csv_text(name, text, encoding="utf-8"):
    wb(name, text.encode(encoding))


def cs2cs(lonlat, dst):
    inp = "".join("%.10f %.10f\n" % (lat, lon) for lon, lat in lonlat).encode()
    rc, out, err = run(["cs2cs", "-d", "3", "EPSG:4326", dst], input_bytes=inp)
    return [tuple(float(v) for v in line.split()[:2]) for line in out.splitlines()]


# ---------------------------------------------------------------------------
# The manifest is built while generating: add(file, args, expect, rep, rej, features, reason)
ROWS = []


def add(file, args, expect, repaired_min, rejected_min, features, reason):
    ROWS.append([file, args, expect, repaired_min, rejected_min, features, reason])


def generate():
    tmp = tempfile.mkdtemp(prefix="rrw_bad_")
    try:
        for f in os.listdir(HERE):
            if f not in ("gen_bad.py",):
                os.remove(P(f))
        _generate(tmp)
    finally:
        shutil.rmtree(tmp)
    write_manifest()


def _generate(tmp):
    three = town_feats(CZ[:3])
    good_fc = jdump(fc(three))

    # ===================================================================== GeoJSON
    full = jdump(fc(town_feats(CZ)))
    cut = full.index(b"12.87117") + 4  # inside the coordinates of the 3rd feature
    wb("geojson_truncated.geojson", full[:cut])
    add("geojson_truncated.geojson", "", "fail", "", "", "",
        "FeatureCollection cut off in the middle of feature id 3's coordinates (download interrupted). "
        "GDAL: 'Unterminated array ... Failed to read GeoJSON data', open fails. Must not import the first 2 features.")

    wb("geojson_not_geojson.geojson",
       jdump({"name": "Karlovy Vary", "population": 45500, "tags": ["spa", "town"], "coordinates": [12.87117, 50.23271]}))
    add("geojson_not_geojson.geojson", "", "fail", "", "", "",
        "Valid JSON but no 'type' member, no features: not GeoJSON. GDAL: no driver recognises it.")

    wb("geojson_empty_0_bytes.geojson", b"")
    add("geojson_empty_0_bytes.geojson", "", "fail", "", "", "", "0-byte file. GDAL: no driver opens it.")

    rnd = random.Random(20241126)
    wb("geojson_random_binary.geojson", bytes(rnd.getrandbits(8) for _ in range(8192)))
    add("geojson_random_binary.geojson", "", "fail", "", "", "",
        "8 KiB of (seeded) random bytes with a .geojson extension. GDAL: no driver opens it.")

    wb("geojson_utf16le_bom.geojson", good_fc.decode("utf-8").encode("utf-16"))
    add("geojson_utf16le_bom.geojson", "", "fail", "", "", "",
        "Correct GeoJSON but saved as UTF-16LE with BOM (Windows PowerShell '>' / Notepad 'Unicode'). "
        "GDAL 3.6 cannot open it; fail cleanly (a hint 'file is UTF-16, save as UTF-8' would be kind).")

    wb("geojson_utf8_bom.geojson", b"\xef\xbb\xbf" + good_fc)
    add("geojson_utf8_bom.geojson", "", "ok", 0, 0, 3,
        "UTF-8 GeoJSON with a BOM (RFC 8259 forbids it, Windows tools write it). GDAL skips the BOM and reads 3 points: import.")

    wb("geojson_mixed_geometry_types.geojson", jdump(fc([
        feat(1, {"name": "Cheb"}, pt(12.37392, 50.07963)),
        feat(2, {"name": "Cheb – Altstadt"}, poly(CHEB_RECT)),
        feat(3, {"name": "Cheb – Waldsassen"}, {"type": "LineString", "coordinates": [[12.37392, 50.07963], [12.30434, 50.00167]]}),
    ])))
    add("geojson_mixed_geometry_types.geojson", "", "ok", 0, 0, 3,
        "Point + Polygon + LineString in one layer (legal GeoJSON). GDAL layer type 'Unknown (any)'; store as GEOMETRY; all 3 import.")

    wb("geojson_polygon_multipolygon_mixed.geojson", jdump(fc([
        feat(1, {"name": "Cheb"}, poly(CHEB_RECT)),
        feat(2, {"name": "Aš + Karlovy Vary"}, {"type": "MultiPolygon", "coordinates": [[AS_RECT], [KV_RECT]]}),
        feat(3, {"name": "Karlovy Vary"}, poly(KV_RECT)),
    ])))
    add("geojson_polygon_multipolygon_mixed.geojson", "", "ok", 0, 0, 3,
        "Polygon and MultiPolygon mixed (the normal case for admin areas with exclaves). All 3 import (promote to MultiPolygon).")

    bowtie = [[12.36, 50.07], [12.39, 50.09], [12.39, 50.07], [12.36, 50.09], [12.36, 50.07]]
    wb("geojson_bowtie.geojson", jdump(fc([
        feat(1, {"name": "bow-tie (self-intersecting)"}, poly(bowtie)),
        feat(2, {"name": "Aš rectangle"}, poly(AS_RECT)),
    ])))
    add("geojson_bowtie.geojson", "", "ok", 1, 0, 2,
        "Feature id 1 is a self-intersecting bow-tie ring. GDAL reads it as is (ST_IsValid=0); GEOS MakeValid turns it into "
        "a MultiPolygon of 2 triangles -> repaired. Feature id 2 is valid.")

    wb("geojson_unclosed_ring.geojson", jdump(fc([
        feat(1, {"name": "unclosed square"}, poly(CHEB_RECT[:-1])),
        feat(2, {"name": "Aš rectangle"}, poly(AS_RECT)),
    ])))
    add("geojson_unclosed_ring.geojson", "", "ok", 1, 0, 2,
        "Feature id 1's ring has 4 positions, last != first. GDAL's GeoJSON reader accepts it with 'Warning 1: Non closed ring "
        "detected' and does NOT close it; GEOS MakeValid then throws 'Points of LinearRing do not form a closed linestring'. "
        "The importer must close the ring (OGRGeometry::closeRings) and count it repaired.")

    wb("geojson_ring_too_few_points.geojson", jdump(fc([
        feat(1, {"name": "valid"}, poly(CHEB_RECT)),
        feat(2, {"name": "2-point ring"}, poly([[12.18, 50.21], [12.21, 50.21]])),
        feat(3, {"name": "collapsed closed ring a-b-a"}, poly([[12.85, 50.22], [12.89, 50.22], [12.85, 50.22]])),
        feat(4, {"name": "1-point LineString"}, {"type": "LineString", "coordinates": [[12.6401, 50.1813]]}),
    ])))
    add("geojson_ring_too_few_points.geojson", "", "ok", 0, 3, 1,
        "Ids 2-4 cannot be repaired: a 2-point ring (GDAL warns 'Non closed ring'), a closed 3-position ring a-b-a, and a "
        "1-point LineString. MakeValid collapses the polygons to a LINESTRING (dimension loss), so they must be rejected "
        "(listed by id), not stored as lines. Id 1 imports.")

    wb("geojson_null_geometry.geojson", (
        b'{"type":"FeatureCollection","features":['
        b'{"type":"Feature","id":1,"properties":{"name":"Cheb"},"geometry":{"type":"Point","coordinates":[12.37392,50.07963]}},'
        b'{"type":"Feature","id":2,"properties":{"name":"no position yet"},"geometry":null},'
        b'{"type":"Feature","id":3,"properties":{"name":"geometry member missing"}},'
        b'{"type":"Feature","id":4,"properties":{"name":"Karlovy Vary"},"geometry":{"type":"Point","coordinates":[12.87117,50.23271]}}'
        b']}\n'))
    add("geojson_null_geometry.geojson", "", "ok", 0, 0, "",
        "Id 2 has geometry:null (legal, 'unlocated feature'), id 3 lacks the geometry member (illegal, GDAL treats it as null). "
        "Either import them attribute-only or reject them; both acceptable, so features is not asserted (2 or 4). Ids 1 and 4 must import.")

    wb("geojson_empty_featurecollection.geojson", b'{"type":"FeatureCollection","features":[]}\n')
    add("geojson_empty_featurecollection.geojson", "", "fail", "", "", "",
        "Valid GeoJSON with 0 features. GDAL opens it (layer with 0 features, geometry type unknown). An empty layer is an error.")

    wb("geojson_absurd_coordinates.geojson", jdump(fc([
        feat(1, {"name": "lon 1e10"}, pt(1e10, 50.0)),
        feat(2, {"name": "lat 95"}, pt(12.3, 95.0)),
        feat(3, {"name": "lon 540"}, pt(540.0, 50.0)),
        feat(4, {"name": "Cheb"}, pt(12.37392, 50.07963)),
        feat(5, {"name": "Aš"}, pt(12.19499, 50.22387)),
    ])))
    add("geojson_absurd_coordinates.geojson", "", "ok", 0, 3, 2,
        "Ids 1-3 are outside the valid EPSG:4326 range (lon 1e10, lat 95, lon 540). PROJ refuses the first two "
        "(transform error / inf) but silently wraps lon 540 to 180 and returns a point, so the importer must range-check "
        "geographic coordinates itself. Ids 4-5 import.")

    wb("geojson_nan_infinity.geojson", (
        b'{"type":"FeatureCollection","features":['
        b'{"type":"Feature","id":1,"properties":{"name":"NaN"},"geometry":{"type":"Point","coordinates":[NaN,50.0]}},'
        b'{"type":"Feature","id":2,"properties":{"name":"Infinity"},"geometry":{"type":"Point","coordinates":[Infinity,-Infinity]}},'
        b'{"type":"Feature","id":3,"properties":{"name":"1e999 overflows to inf"},"geometry":{"type":"Point","coordinates":[1e999,50.0]}},'
        b'{"type":"Feature","id":4,"properties":{"name":"Cheb"},"geometry":{"type":"Point","coordinates":[12.37392,50.07963]}},'
        b'{"type":"Feature","id":5,"properties":{"name":"A\\u0161"},"geometry":{"type":"Point","coordinates":[12.19499,50.22387]}}'
        b']}\n'))
    add("geojson_nan_infinity.geojson", "", "ok", 0, 3, 2,
        "NaN / Infinity tokens are not JSON, but GDAL's json-c parser accepts them, and 1e999 (valid JSON) overflows to inf. "
        "GDAL's ST_IsValid even says POINT(nan nan) is valid. Non-finite coordinates must be rejected explicitly (ids 1-3): "
        "writing inf to a GeoPackage makes GDAL's gpkg_contents extent UPDATE fail ('no such column: Inf'). Ids 4-5 import.")

    sql_doc = fc([
        feat(1, {SQL_PROP: SQL_PROP, "name\"quote'": "O'Brien \"Eger\" `x`", "name": SQL_NAME}, pt(12.37392, 50.07963)),
        feat(2, {SQL_PROP: "'; DELETE FROM gpkg_spatial_ref_sys; --", "name\"quote'": "a\\b%_*?", "name": "Aš"}, pt(12.19499, 50.22387)),
    ], name=SQL_NAME)
    wb("geojson_sql_injection_names.geojson", jdump(sql_doc))
    add("geojson_sql_injection_names.geojson", "", "ok", 0, 0, 2,
        "Layer name (GeoJSON 'name' member), property names and values contain quotes, backquotes and SQL "
        "(\"; DROP TABLE gpkg_contents; --). GDAL reads them literally. Import must store them literally; "
        "gpkg_contents and gpkg_spatial_ref_sys must still exist afterwards.")
    add("geojson_sql_injection_names.geojson", '--name "%s"' % SQL_NAME, "ok", 0, 0, 2,
        "Same file, layer name given on the command line as x'); DROP TABLE gpkg_contents;-- : the layer must be "
        "stored under exactly that name (bound parameters / quoted identifiers), project intact.")

    longname = "N" * 70000
    wb("geojson_property_name_70000.geojson", jdump(fc([feat(1, {longname: "x", "name": "Cheb"}, pt(12.37392, 50.07963))])))
    add("geojson_property_name_70000.geojson", "", "ok", 0, 0, 1,
        "A property name of 70,000 characters. GDAL reads it (and ogr2ogr stores it in a GPKG: SQLite has no short identifier "
        "limit). Import; the field may be stored literally or renamed/truncated with a warning; must not crash or hang.")

    wb("geojson_crs_unknown_epsg.geojson", jdump(fc(three, crs={"type": "name", "properties": {"name": "EPSG:999999"}})))
    add("geojson_crs_unknown_epsg.geojson", "", "fail", "", "", "",
        "Old-style crs member naming EPSG:999999 (does not exist). GDAL prints 'ERROR 1: PROJ: proj_create_from_database: "
        "crs not found' but STILL OPENS the layer, with no SRS. The importer must treat that as 'no usable CRS' and fail "
        "(it must not silently fall back to WGS84).")
    add("geojson_crs_unknown_epsg.geojson", "--source-crs EPSG:4326", "ok", 0, 0, 3,
        "Same file; the user states the CRS, which overrides the unusable crs member.")

    kro = cs2cs([(CZ[0][1], CZ[0][2]), (CZ[1][1], CZ[1][2])], "EPSG:5514")
    crs5514 = {"type": "name", "properties": {"name": "urn:ogc:def:crs:EPSG::5514"}}
    wb("geojson_crs_5514_wgs84_coords.geojson", jdump(fc(town_feats(CZ[:4]), crs=crs5514)))
    add("geojson_crs_5514_wgs84_coords.geojson", "", "fail", "", "", "",
        "crs member says EPSG:5514 (S-JTSK/Krovak, metres, x around -850000) but the coordinates are WGS84 degrees. "
        "GDAL honours the crs member; PROJ happily transforms (12.37 m, 50.08 m) to a point near 59.76N 24.83E in the Gulf "
        "of Finland. Every feature is outside EPSG:5514's area of use -> all rejected -> nothing to import -> fail "
        "(the message should suggest the data look like EPSG:4326).")
    wb("geojson_crs_5514_mixed.geojson", jdump(fc([
        feat(1, {"name": "Cheb"}, pt(round(kro[0][0], 3), round(kro[0][1], 3))),
        feat(2, {"name": "Aš"}, pt(round(kro[1][0], 3), round(kro[1][1], 3))),
        feat(3, {"name": "Karlovy Vary (degrees!)"}, pt(12.87117, 50.23271)),
        feat(4, {"name": "Sokolov (degrees!)"}, pt(12.6401, 50.1813)),
    ], crs=crs5514)))
    add("geojson_crs_5514_mixed.geojson", "", "ok", 0, 2, 2,
        "EPSG:5514 crs member; ids 1-2 are correct Krovak coordinates of Cheb and Aš, ids 3-4 were pasted in as lon/lat "
        "degrees. PROJ transforms 3-4 without error (to the Gulf of Finland), so the importer must check the source "
        "CRS's area of use (with a generous margin: real data in UTM 32N extend 2 degrees east of the zone) and reject 3-4.")

    depth = 100000
    wb("geojson_deep_nesting_properties.geojson",
       b'{"type":"FeatureCollection","features":[{"type":"Feature","id":1,"properties":{"a":'
       + b"[" * depth + b"]" * depth + b'},"geometry":{"type":"Point","coordinates":[12.37392,50.07963]}}]}\n')
    add("geojson_deep_nesting_properties.geojson", "", "fail", "", "", "",
        "A property value nested 100,000 arrays deep. GDAL/json-c stops at its depth limit ('Too many nested objects "
        "and/or arrays', ~1000 levels) and the open fails. Fail cleanly - no stack overflow if the importer parses JSON itself.")
    wb("geojson_deep_nesting_coordinates.geojson",
       b'{"type":"FeatureCollection","features":[{"type":"Feature","id":1,"properties":{},"geometry":{"type":"Polygon",'
       b'"coordinates":' + b"[" * depth + b"12.3,50.0" + b"]" * depth + b"}}]}\n")
    add("geojson_deep_nesting_coordinates.geojson", "", "fail", "", "", "",
        "Polygon coordinates nested 100,000 arrays deep. Same json-c depth limit; fail cleanly, no crash.")

    keys = ",".join('"k":%d' % i for i in range(100000))
    wb("geojson_duplicate_keys.geojson",
       ('{"type":"FeatureCollection","features":[{"type":"Feature","id":1,"properties":{"name":"Cheb",%s},'
        '"geometry":{"type":"Point","coordinates":[12.37392,50.07963]}}]}\n' % keys).encode())
    add("geojson_duplicate_keys.geojson", "", "ok", 0, 0, 1,
        "One feature whose properties repeat the key \"k\" 100,000 times (~1 MB). GDAL keeps one field k (last value, "
        "99999). Import 1 feature with one k field, quickly (no quadratic blow-up).")

    wb("geojson_huge_string.geojson",
       jdump(fc([feat(1, {"name": "Cheb", "note": "Ž" * 100 + "A" * 1000000}, pt(12.37392, 50.07963))])))
    add("geojson_huge_string.geojson", "", "ok", 0, 0, 1,
        "One attribute value of ~1 MB (1,000,100 characters). Import it unchanged (no truncation to 254 like a DBF).")

    wb("geojson_hole_outside_shell.geojson", jdump(fc([
        feat(1, {"name": "hole outside shell"}, poly(CHEB_RECT, [[12.40, 50.07], [12.42, 50.07], [12.42, 50.09], [12.40, 50.07]])),
    ])))
    add("geojson_hole_outside_shell.geojson", "", "ok", 1, 0, 1,
        "Polygon whose 'hole' lies outside its shell (invalid). MakeValid returns a MultiPolygon of both parts -> repaired.")

    # ===================================================================== KML
    wb("kml_not_well_formed.kml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n'
        '<Placemark><name>Cheb</name><Point><coordinates>12.37392,50.07963</coordinates></Point></Placemark>\n'
        '<Placemark><name>Aš</name><Point><coordinates>12.19499,50.22387</coordinates></Point>\n'
        '</Document>\n').encode())
    add("kml_not_well_formed.kml", "", "fail", "", "", "",
        "Second Placemark never closed and </kml> missing (mismatched tag). LIBKML and KML drivers both refuse it.")
    wb("kml_unescaped_ampersand.kml", (
        '<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>\n'
        '<Placemark><name>Cheb & Eger</name><Point><coordinates>12.37392,50.07963</coordinates></Point></Placemark>\n'
        '<Placemark><name>Aš</name><Point><coordinates>12.19499,50.22387</coordinates></Point></Placemark>\n'
        '</Document></kml>\n').encode())
    add("kml_unescaped_ampersand.kml", "", "fail", "", "", "",
        "A bare '&' in <name> (hand-edited KML): not well-formed XML ('invalid token'). GDAL refuses to open it.")

    # ===================================================================== GeoPackage
    src3 = os.path.join(tmp, "three.geojson")
    with open(src3, "wb") as f:
        f.write(jdump(fc(town_feats(CZ[:3]))))
    g = os.path.join(tmp, "g.gpkg")
    run(["ogr2ogr", "-f", "GPKG", "-nln", "towns", g, src3])
    data = open(g, "rb").read()
    wb("gpkg_truncated.gpkg", data[:len(data) // 2])
    add("gpkg_truncated.gpkg", "", "fail", "", "", "",
        "A GeoPackage cut to half its size (interrupted copy). SQLite: 'database disk image is malformed'; GDAL cannot open it.")

    pl = P("gpkg_plain_sqlite.gpkg")
    run(["sqlite3", pl, "CREATE TABLE towns(name TEXT, lat REAL, lon REAL);"
                        "INSERT INTO towns VALUES('Cheb',50.07963,12.37392),('Aš',50.22387,12.19499);"])
    add("gpkg_plain_sqlite.gpkg", "", "fail", "", "", "",
        "An SQLite database with a plain table and .gpkg extension (no gpkg_contents / gpkg_spatial_ref_sys, "
        "application_id 0). GDAL GPKG driver: 'bad application_id' warning then 'required GeoPackage tables ... missing'; "
        "open fails.")

    # corrupt page in the middle of the feature table: opens fine, fails while iterating
    many = os.path.join(tmp, "many.geojson")
    r = random.Random(7)
    with open(many, "wb") as f:
        f.write(jdump(fc([feat(i + 1, {"i": i + 1, "s": "Karlovarský kraj " * 6},
                               pt(round(12.1 + r.random(), 6), round(49.9 + r.random() * 0.5, 6))) for i in range(600)])))
    g2 = os.path.join(tmp, "many.gpkg")
    run(["ogr2ogr", "-f", "GPKG", "-nln", "points", g2, many])
    rc, out, _ = run(["sqlite3", g2, "SELECT pageno FROM dbstat WHERE name='points' AND pagetype='leaf' ORDER BY pageno;"])
    leaves = [int(x) for x in out.split()]
    page = leaves[len(leaves) // 2]
    rc, out, _ = run(["sqlite3", g2, "PRAGMA page_size;"])
    ps = int(out)
    d = bytearray(open(g2, "rb").read())
    d[(page - 1) * ps: page * ps] = b"\xab" * ps
    wb("gpkg_corrupt_page.gpkg", bytes(d))
    add("gpkg_corrupt_page.gpkg", "", "fail", "", "", "",
        "600-point GeoPackage with one B-tree leaf page of the feature table overwritten (0xAB). It OPENS and reports "
        "600 features; reading stops about half-way with 'ERROR 1: In GetNextRawFeature(): sqlite3_step(): database disk "
        "image is malformed' after which GetNextFeature() just returns NULL, like a normal end of layer. The importer must "
        "notice the error (CPLGetLastErrorType / count mismatch), fail, and leave the project unchanged (no partial layer).")

    two = os.path.join(tmp, "two.gpkg")
    run(["ogr2ogr", "-f", "GPKG", "-nln", "towns", two, src3])
    polys = os.path.join(tmp, "polys.geojson")
    with open(polys, "wb") as f:
        f.write(jdump(fc([feat(1, {"name": "Cheb"}, poly(CHEB_RECT)), feat(2, {"name": "Aš"}, poly(AS_RECT)),
                          feat(3, {"name": "Karlovy Vary"}, poly(KV_RECT))])))
    run(["ogr2ogr", "-f", "GPKG", "-update", "-nln", "districts", two, polys])
    shutil.copy(two, P("gpkg_two_layers.gpkg"))
    add("gpkg_two_layers.gpkg", "", "fail", "", "", "",
        "Two layers (towns: 3 points, districts: 3 polygons) and no --source-layer. Guessing (e.g. the first layer) "
        "surprises users; fail and list the layer names.")
    add("gpkg_two_layers.gpkg", "--source-layer districts", "ok", 0, 0, 3, "Same file, layer chosen: 3 polygons.")
    add("gpkg_two_layers.gpkg", "--source-layer nope", "fail", "", "", "",
        "Same file, --source-layer names a layer that does not exist: fail, naming the file and listing the layers.")

    # ===================================================================== Shapefiles / ZIP
    base = shp_bytes(tmp, src3, "orte")  # 3 points, EPSG:4326, UTF-8 .cpg

    def members(prefix, parts, exts=("shp", "shx", "dbf", "prj", "cpg")):
        return [(prefix + "." + e, parts[e]) for e in exts if e in parts]

    make_zip("shp_garbage_prj.zip", members("orte", dict(base, prj=b'GEOGCS["garbage", DATUM[oops\r\n')))
    add("shp_garbage_prj.zip", "", "fail", "", "", "",
        ".prj holds unparsable WKT. GDAL prints 'ERROR 1: missing , or ]' but still opens the layer WITHOUT an SRS. "
        "A .prj that cannot be read must not be ignored: fail naming the .prj.")
    add("shp_garbage_prj.zip", "--source-crs EPSG:4326", "ok", 0, 0, 3,
        "Same file; --source-crs overrides the unreadable .prj.")

    make_zip("shp_no_prj.zip", members("orte", base, ("shp", "shx", "dbf", "cpg")))
    add("shp_no_prj.zip", "", "fail", "", "", "",
        "No .prj: no CRS. GDAL opens it with no SRS. Coordinates look like degrees, but guessing is not allowed: fail, "
        "asking for --source-crs.")
    add("shp_no_prj.zip", "--source-crs EPSG:4326", "ok", 0, 0, 3, "Same file with --source-crs EPSG:4326: 3 points.")

    make_zip("shp_no_shx.zip", members("orte", base, ("shp", "dbf", "prj", "cpg")))
    add("shp_no_shx.zip", "", "fail", "", "", "",
        "No .shx. GDAL: 'ERROR 4: Unable to open orte.shx ... Set SHAPE_RESTORE_SHX config option to YES to restore or "
        "create it.' Careful: /vsizip/<zip> still OPENS (exit 0) as a dataset with 0 layers, so the importer must treat "
        "'0 layers' and errors raised during open as failure. Fail naming the missing .shx (restoring it silently would "
        "hide a broken upload).")

    krovak_prj = subprocess.run(["gdalsrsinfo", "-o", "wkt_esri", "EPSG:5514"], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, check=True).stdout.strip()
    assert krovak_prj.startswith(b'PROJCS["S-JTSK_Krovak_East_North"'), krovak_prj
    make_zip("shp_prj_wrong_crs.zip", members("orte", dict(base, prj=krovak_prj)))
    add("shp_prj_wrong_crs.zip", "", "fail", "", "", "",
        "Well-formed .prj for EPSG:5514 (S-JTSK Krovak, ESRI WKT, as a colleague's template would carry) but the .shp "
        "holds WGS84 degrees (3 points). GDAL reports SRS EPSG:5514 and PROJ transforms the points without error to the "
        "Gulf of Finland (~59.8N 24.8E). All 3 are outside the area of use of EPSG:5514 -> all rejected -> fail.")
    add("shp_prj_wrong_crs.zip", "--source-crs EPSG:4326", "ok", 0, 0, 3,
        "Same file: --source-crs overrides the wrong .prj (the user knows better): 3 points near Cheb/Aš/Karlovy Vary.")

    make_zip("shp_no_dbf.zip", members("orte", base, ("shp", "shx", "prj", "cpg")))
    add("shp_no_dbf.zip", "", "ok", 0, 0, 3,
        "No .dbf. GDAL opens the geometry (3 points, no attribute fields) without any warning. A desktop GIS shows the "
        "shapes, so import the 3 geometries; a warning 'no .dbf, attributes missing' is expected.")

    make_zip("zip_readme_only.zip", [("readme.txt", "Data will follow.\nDaten folgen.\nData budou následovat.\n".encode())])
    add("zip_readme_only.zip", "", "fail", "", "", "", "ZIP holding only readme.txt: no vector data. Fail ('no supported data in the ZIP').")

    make_zip("zip_path_traversal.zip", members("../../evil", base))
    add("zip_path_traversal.zip", "", "fail", "", "", "",
        "Members named ../../evil.shp/.shx/.dbf/.prj/.cpg (zip-slip). GDAL /vsizip/ does not open them. Must fail (or at most "
        "import without extracting) and NEVER create evil.* outside a private temp dir; the test should check that no "
        "evil.* appears in the working dir, its parents or the project dir.")

    make_zip("zip_absolute_paths.zip", members("/tmp/rrw_evil_abs/evil", base))
    add("zip_absolute_paths.zip", "", "fail", "", "", "",
        "Members with absolute names /tmp/rrw_evil_abs/evil.*. GDAL /vsizip/ does not open them. Fail; /tmp/rrw_evil_abs "
        "must not be created.")

    make_zip("zip_traversal_extra_member.zip",
             members("orte", base) + [("../../../rrw_evil.txt", b"this file must never be written\n")])
    add("zip_traversal_extra_member.zip", "", "ok", 0, 0, 3,
        "A proper orte.shp set plus an extra member ../../../rrw_evil.txt. GDAL reads the shapefile from the ZIP; import "
        "the 3 points and never write rrw_evil.txt anywhere.")

    good_zip = io.BytesIO()
    with zipfile.ZipFile(good_zip, "w", zipfile.ZIP_DEFLATED) as z:
        for arc, data_ in members("orte", base):
            zi = zipfile.ZipInfo(arc, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data_)
    gz = good_zip.getvalue()
    wb("zip_truncated.zip", gz[:len(gz) * 2 // 3])
    add("zip_truncated.zip", "", "fail", "", "", "",
        "A valid shapefile ZIP cut to 2/3 (central directory lost). unzip: 'End-of-central-directory signature not found'; "
        "GDAL /vsizip/ cannot open it.")

    wb("zip_not_a_zip.zip", b"<html><body><h1>404 Not Found</h1></body></html>\n")
    add("zip_not_a_zip.zip", "", "fail", "", "", "",
        "An HTML error page saved as .zip (failed download). Fail naming the file.")

    src_cz = os.path.join(tmp, "cz_dia.geojson")
    with open(src_cz, "wb") as f:
        f.write(jdump(fc([feat(i + 1, {"NAZEV": n}, pt(lon, lat)) for i, (n, lon, lat) in enumerate(CZ_DIACRITICS)])))
    cp = shp_bytes(tmp, src_cz, "obce", encoding="CP1250")
    make_zip("shp_cp1250_nocpg.zip", members("obce", cp, ("shp", "shx", "dbf", "prj")))
    add("shp_cp1250_nocpg.zip", "", "fail", "", "", "",
        "NAZEV holds CP1250 bytes (Žlutice = 8E 6C 75 ...), no .cpg, DBF LDID 0. GDAL then does NO recoding "
        "(SOURCE_ENCODING empty) and hands over the raw bytes, which are invalid UTF-8. Fail with a message asking for "
        "--encoding (e.g. CP1250); do not store mojibake.")
    add("shp_cp1250_nocpg.zip", "--encoding CP1250", "ok", 0, 0, 6,
        "Same file with --encoding CP1250 (GDAL open option ENCODING=CP1250): 6 features, names correct "
        "(Žlutice, Bečov nad Teplou, Hroznětín, Božičany, Kynšperk nad Ohří, Boží Dar).")

    # polygons: .shp/.shx with 3 records, .dbf with only 2
    okr = os.path.join(GOOD, "okresy_karlovarsky.geojson")
    if not os.path.exists(okr):
        okr = polys
    pg = shp_bytes(tmp, okr, "okresy", extra=["-simplify", "0.005", "-nlt", "POLYGON", "-select", "name"])
    dbf = bytearray(pg["dbf"])
    n = struct.unpack("<I", dbf[4:8])[0]
    hl = struct.unpack("<H", dbf[8:10])[0]
    rl = struct.unpack("<H", dbf[10:12])[0]
    dbf[4:8] = struct.pack("<I", n - 1)
    dbf = bytes(dbf[:hl + rl * (n - 1)]) + b"\x1a"
    make_zip("shp_dbf_fewer_records.zip", members("okresy", dict(pg, dbf=dbf)))
    add("shp_dbf_fewer_records.zip", "", "fail", "", "", "",
        "Polygon shapefile (3 okres polygons) whose .dbf header and body hold only 2 records. GDAL silently reports and "
        "reads 2 features (the 3rd shape is dropped, no warning). Geometry/attribute pairing can no longer be trusted: "
        "fail, stating .shp/.shx has 3 records and .dbf 2 (record count = (.shx file length - 100) / 8).")

    pts = shp_bytes(tmp, src3, "towns")
    pgs = shp_bytes(tmp, polys, "districts")
    make_zip("zip_two_shapefiles.zip", members("towns", pts) + members("districts", pgs))
    add("zip_two_shapefiles.zip", "", "fail", "", "", "",
        "ZIP with two shapefiles (towns, districts). GDAL /vsizip/ opens it as one dataset with 2 layers. As for "
        "gpkg_two_layers.gpkg: fail and list the layers.")
    add("zip_two_shapefiles.zip", "--source-layer towns", "ok", 0, 0, 3, "Same ZIP with --source-layer towns: 3 points.")

    # ===================================================================== CSV
    def csv_text(header, rows, sep=","):
        buf = io.StringIO(newline="")
        w = csv.writer(buf, delimiter=sep, lineterminator="\r\n")
        w.writerow(header)
        for row in rows:
            w.writerow(row)
        return buf.getvalue()

    t = csv_text(["lat", "lon", "name"], [(lat, lon, n) for n, lon, lat in CZ_DIACRITICS])
    write_csv_text("csv_latin2_no_encoding.csv", t, "iso8859_2")
    add("csv_latin2_no_encoding.csv", "", "fail", "", "", "",
        "lat,lon,name with Czech names in ISO-8859-2 bytes (Žlutice = AE 6C ...; CRLF line ends). GDAL's CSV driver does no "
        "recoding, so the values are invalid UTF-8. Fail naming the file and line 2 and asking for --encoding.")
    add("csv_latin2_no_encoding.csv", "--encoding ISO-8859-2", "ok", 0, 0, 6,
        "Same file with --encoding ISO-8859-2: 6 points with correct names. The CSV driver has no ENCODING open option, "
        "so the importer has to transcode itself (e.g. into /vsimem/).")

    t = csv_text(["Breite", "Länge", "Name"],
                 [(repr(lat).replace(".", ","), repr(lon).replace(".", ","), n) for n, lon, lat in DE_UMLAUT], sep=";")
    write_csv_text("csv_cp1252_umlaut_header.csv", t, "cp1252")
    add("csv_cp1252_umlaut_header.csv", "", "fail", "", "", "",
        "German Excel export: Windows-1252, no BOM, ';' separated, decimal comma; the header 'Länge' is 4C E4 6E 67 65 and "
        "names have ü/ö/ß. Header is invalid UTF-8, so 'Länge' cannot even be recognised: fail asking for --encoding.")
    add("csv_cp1252_umlaut_header.csv", "--encoding CP1252", "ok", 0, 0, 6,
        "Same file with --encoding CP1252: Breite/Länge detected, decimal comma accepted, 6 points "
        "(Münchberg, Weißenstadt, Schönwald, Röslau, Tröstau, Höchstädt bei Thiersheim).")

    t = csv_text(["lat", "lon", "name"], [(lon, lat, n) for n, lon, lat, _ in CZ])
    write_csv_text("csv_swapped_latlon.csv", t)
    add("csv_swapped_latlon.csv", "", "ok", 0, 0, 6,
        "Header says lat,lon but the values are lon,lat (lat=12.37, lon=50.08): every point lands in the Gulf of Aden, "
        "off Somalia. The values are legal WGS84, so import all 6 (a warning such as 'all points far outside the project "
        "area - lat/lon swapped?' is welcome). Do not auto-swap and do not reject.")

    write_csv_text("csv_header_only.csv", "lat,lon,name\r\n")
    add("csv_header_only.csv", "", "fail", "", "", "", "Header line only, 0 data rows. GDAL opens it (0 features). Empty layer: fail.")

    write_csv_text("csv_empty_0_bytes.csv", "")
    add("csv_empty_0_bytes.csv", "", "fail", "", "", "", "0-byte .csv. GDAL cannot open it. Fail.")

    ragged = ("name,lat,lon,population\r\n"
              "Cheb,50.07963,12.37392,33242\r\n"
              "Aš,50.22387,12.19499\r\n"
              "Hof, Saale,50.31297,11.91261,49239\r\n"
              "Selb,50.17058,12.13054,17132\r\n"
              "Waldsassen,50.00167\r\n"
              "Karlovy Vary,50.23271,12.87117,45500\r\n")
    write_csv_text("csv_ragged_rows.csv", ragged)
    add("csv_ragged_rows.csv", "", "ok", 0, 2, 4,
        "Ragged rows. Line 3 (Aš) lacks the last column: coordinates present, population null -> imported. Line 4 has an "
        "unquoted comma ('Hof, Saale') so values shift: lat=' Saale' -> no position -> rejected (GDAL silently drops the "
        "extra column and only warns 'Invalid value type'). Line 6 (Waldsassen) lacks lon -> rejected. 4 imported.")

    nonnum = ("lat,lon,name\r\n"
              "50.07963,12.37392,Cheb\r\n"
              "50.22387,12.19499,Aš\r\n"
              "abc,12.87117,Karlovy Vary\r\n"
              "50.1813,12.6401,Sokolov\r\n")
    write_csv_text("csv_non_numeric_coordinate.csv", nonnum)
    add("csv_non_numeric_coordinate.csv", "", "ok", 0, 1, 3,
        "Line 4 (Karlovy Vary) has lat 'abc'. GDAL warns 'Invalid value type found in record 3' and yields a feature "
        "without geometry. Reject that row, naming line 4 / 'Karlovy Vary'; the other 3 import.")

    t = csv_text(["Name", "Einwohner", "Landkreis"], [("Selb", 17132, "Wunsiedel i. Fichtelgebirge"),
                                                     ("Marktredwitz", 18204, "Wunsiedel i. Fichtelgebirge"),
                                                     ("Hof", 49239, "Hof (kreisfreie Stadt)")], sep=";")
    write_csv_text("csv_semicolon_no_coordinates.csv", t)
    add("csv_semicolon_no_coordinates.csv", "", "fail", "", "", "",
        "';' separated table with Name;Einwohner;Landkreis, no coordinate columns and no WKT. Not spatial: fail, saying "
        "which column names are recognised.")

    xy = cs2cs([(lon, lat) for n, lon, lat, _ in CZ], "EPSG:25833")
    t = csv_text(["x", "y", "name"], [("%.3f" % a, "%.3f" % b, n) for (a, b), (n, *_r) in zip(xy, CZ)])
    write_csv_text("csv_xy_no_crs.csv", t)
    add("csv_xy_no_crs.csv", "", "fail", "", "", "",
        "x,y columns (really EPSG:25833 metres) without --source-crs. Only lat/lon-like columns may be assumed WGS84; "
        "fail asking for --source-crs.")
    add("csv_xy_no_crs.csv", "--source-crs EPSG:25833", "ok", 0, 0, 6, "Same file with --source-crs EPSG:25833: 6 points.")

    t = csv_text(["id", "WKT", "name"], [(i + 1, "POINT (%r %r)" % (lon, lat), n) for i, (n, lon, lat, _) in enumerate(CZ)])
    write_csv_text("csv_wkt_no_crs.csv", t)
    add("csv_wkt_no_crs.csv", "", "fail", "", "", "",
        "WKT column, no --source-crs. GDAL reads the geometries (column named WKT) with NO SRS. A WKT column is not a "
        "lat/lon column, so no WGS84 assumption: fail asking for --source-crs.")

    t = csv_text(["lat", "lon", "name"], [("%.3f" % b, "%.3f" % a, n) for (a, b), (n, *_r) in zip(xy, CZ)])
    write_csv_text("csv_latlon_projected_values.csv", t)
    add("csv_latlon_projected_values.csv", "", "fail", "", "", "",
        "Header lat,lon but the values are UTM 33N metres (lat=5550787.6). Assumed EPSG:4326, every row is out of range "
        "-> all rejected -> nothing to import: fail (hint: projected coordinates? use x/y and --source-crs).")

    iw = ("id,WKT,name\r\n"
          '1,"POINT (12.37392 50.07963)",Cheb\r\n'
          '2,"POLYGON ((12.18 50.21, 12.21 50.21, 12.21",Aš (cut off)\r\n'
          '3,"POINT (12.87117 50.23271)",Karlovy Vary\r\n')
    write_csv_text("csv_invalid_wkt.csv", iw)
    add("csv_invalid_wkt.csv", "--source-crs EPSG:4326", "ok", 0, 1, 2,
        "Line 3 has a truncated WKT POLYGON. GDAL gives that row a NULL geometry WITHOUT any warning, so the importer must "
        "compare: non-empty WKT text but no geometry -> reject line 3. Lines 2 and 4 import.")


def write_manifest():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "args", "expect", "repaired_min", "rejected_min", "features", "reason"])
    js = []
    for r in ROWS:
        w.writerow(r)
        js.append({"file": r[0], "args": shlex.split(r[1]), "expect": r[2],
                   "repaired_min": r[3] if r[3] != "" else None,
                   "rejected_min": r[4] if r[4] != "" else None,
                   "features": r[5] if r[5] != "" else None, "reason": r[6]})
    wb("manifest.csv", buf.getvalue().encode("utf-8"))
    wb("manifest.json", (json.dumps(js, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# verification: confirm GDAL 3.6 behaves as the 'reason' texts say
# ---------------------------------------------------------------------------
def dsn(fn):
    return ("/vsizip/" + P(fn)) if fn.endswith(".zip") else P(fn)


def ogrinfo(fn, extra=None, member=None):
    d = dsn(fn) + (("/" + member) if member else "")
    cmd = ["ogrinfo", "-ro", "-al", "-q"] + (extra or []) + [d]
    p = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=120)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def verify():
    with open(P("manifest.csv"), encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    files = sorted(set(r["file"] for r in rows))
    problems = []
    lines = []
    for r in rows:
        if not os.path.exists(P(r["file"])):
            problems.append("missing " + r["file"])
        assert r["expect"] in ("ok", "fail"), r
        shlex.split(r["args"])
    on_disk = sorted(f for f in os.listdir(HERE) if f not in ("gen_bad.py", "manifest.csv", "manifest.json"))
    if on_disk != files:
        problems.append("files on disk vs manifest differ: %s" % (set(on_disk) ^ set(files)))
    sql_row = [r for r in rows if r["args"].startswith("--name")][0]
    if shlex.split(sql_row["args"]) != ["--name", SQL_NAME]:
        problems.append("shlex round-trip of --name args failed")

    # what plain GDAL does with each file (open? features? errors?)
    for fn in files:
        size = os.path.getsize(P(fn))
        rc, out, err = ogrinfo(fn)
        nfeat = out.count(b"OGRFeature(")
        errs = sorted(set(l.split(":")[0] for l in err.splitlines() if l.startswith(("ERROR", "Warning"))))
        lines.append("%-44s %8d B  gdal_open=%s feats=%d %s" % (fn, size, "yes" if rc == 0 else "NO ", nfeat, " ".join(errs)))

    # spot checks of the behaviour the reasons rely on
    def expect(cond, msg):
        if not cond:
            problems.append(msg)

    rc, out, err = ogrinfo("geojson_unclosed_ring.geojson")
    expect("Non closed ring" in err and b"POLYGON ((12.36 50.07,12.39 50.07,12.39 50.09,12.36 50.09))" in out,
           "unclosed ring not passed through unclosed")
    rc, out, err = ogrinfo("geojson_crs_unknown_epsg.geojson")
    expect(rc == 0 and "crs not found" in err, "unknown EPSG: GDAL behaviour changed")
    rc, out, err = ogrinfo("shp_garbage_prj.zip")
    expect(rc == 0 and "ERROR" in err, "garbage prj: GDAL behaviour changed")
    p = subprocess.run(["ogrinfo", "-ro", "-so", dsn("shp_prj_wrong_crs.zip"), "orte"], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    expect(b'ID["EPSG",5514]]' in p.stdout and not p.stderr, "wrong-crs prj not read as EPSG:5514")
    rc, out, err = ogrinfo("gpkg_corrupt_page.gpkg")
    n = out.count(b"OGRFeature(")
    expect(0 < n < 600 and "malformed" in err, "corrupt page: read %d features" % n)
    lines.append("gpkg_corrupt_page.gpkg: GDAL read %d of 600 features before the error" % n)
    rc, out, err = ogrinfo("shp_dbf_fewer_records.zip")
    expect(out.count(b"OGRFeature(") == 2 and "ERROR" not in err, "dbf fewer records: GDAL behaviour changed")
    with zipfile.ZipFile(P("shp_dbf_fewer_records.zip")) as z:
        shx_n = (len(z.read("okresy.shx")) - 100) // 8
    expect(shx_n == 3, "shx record count %d" % shx_n)
    rc, out, err = ogrinfo("shp_cp1250_nocpg.zip")
    expect(b"\x8elutice" in out, "cp1250 bytes not passed through raw")
    rc, out, err = ogrinfo("shp_cp1250_nocpg.zip", ["-oo", "ENCODING=CP1250"])
    expect("Žlutice".encode() in out, "ENCODING=CP1250 open option failed")
    for fn in ("csv_latin2_no_encoding.csv", "csv_cp1252_umlaut_header.csv"):
        raw = open(P(fn), "rb").read()
        try:
            raw.decode("utf-8")
            problems.append(fn + " is valid UTF-8")
        except UnicodeDecodeError:
            pass
    rc, out, err = ogrinfo("csv_invalid_wkt.csv")
    expect(out.count(b"POINT") >= 2 and b"POLYGON ((12.18 50.21, 12.21 50.21, 12.21\n" in out and not err.strip(),
           "invalid WKT handled differently")
    p = subprocess.run(["ogrinfo", "-ro", "-q", dsn("zip_two_shapefiles.zip")], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE)
    expect(p.returncode == 0 and b"towns" in p.stdout and b"districts" in p.stdout, "two shapefiles zip: 2 layers")
    p = subprocess.run(["ogrinfo", "-ro", "-q", dsn("shp_no_shx.zip")], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    expect(p.returncode == 0 and b"orte" not in p.stdout and b"SHAPE_RESTORE_SHX" in p.stderr,
           "no-shx zip: expected 'opens with 0 layers + ERROR'")
    for fn in ("geojson_deep_nesting_properties.geojson", "geojson_deep_nesting_coordinates.geojson"):
        rc, out, err = ogrinfo(fn)
        expect(rc != 0 and "Too many nested" in err, fn)
    for fn in ("zip_path_traversal.zip", "zip_absolute_paths.zip"):
        with zipfile.ZipFile(P(fn)) as z:
            nm = z.namelist()
        expect(all(x.startswith(("../", "/")) for x in nm), fn + " names sanitised: %r" % nm)
    big = [f for f in files if os.path.getsize(P(f)) >= 2 * 1024 * 1024]
    expect(not big, "files >= 2 MiB: %r" % big)

    print("\n".join(lines))
    total = sum(os.path.getsize(P(f)) for f in os.listdir(HERE))
    print("%d manifest rows, %d files, bad/ total %d bytes" % (len(rows), len(files), total))
    if problems:
        print("PROBLEMS:\n  " + "\n  ".join(problems))
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    if "--verify" not in sys.argv[1:]:
        generate()
    verify()
