#!/usr/bin/env python3
"""Generate (and verify) the *good* importer corpus in tests/data/good/.

Every file written here is a correct input whose content is known exactly:
the truth files (*_truth.csv) hold the original WGS84 coordinates, and
manifest.csv / manifest.json list, per fixture, the extra CLI arguments and
the expected number of imported features.

Usage:
    python3 gen_good.py            # regenerate everything, then verify
    python3 gen_good.py --verify   # only verify the files already on disk

Needs: python3 (stdlib only), GDAL command-line tools (ogr2ogr, ogrinfo),
PROJ (cs2cs) with the proj-data grids (BETA2007.gsb for DHDN).
Made with GDAL 3.6.2 / PROJ 9.1.1.

Source of the coordinates (hard-coded below, so the script does not need the
region bundle, except for the okres polygons):
  * towns: GeoNames cities500 (CC BY 4.0, (c) GeoNames, geonames.org),
    geonameid given per row;
  * obce points: ČSÚ municipality points as in
    shared/data/places/cz_obce_karlovarsky_points.geojson (kód obce given);
  * okres polygons: shared/data/boundaries/cz_okresy_karlovarsky.geojson
    (licence unclear, see that bundle's README §2.4 -- test use only),
    simplified with ogr2ogr -simplify 0.001.
"""
import csv
import io
import json
import math
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
# Region bundle (read-only) for the okres polygons.  Override with RRW_REGION_DATA.
REGION_CANDIDATES = [
    os.environ.get("RRW_REGION_DATA", ""),
    os.path.join(HERE, "..", "..", "..", "..", "shared", "data"),
    "/work/shared/data",
]
FIXED_ZIP_TIME = (2024, 1, 1, 0, 0, 0)
ENV = dict(os.environ)
ENV["OGR_CURRENT_DATE"] = "2024-01-01T00:00:00.000Z"  # GPKG last_change, reproducible
ENV.pop("SHAPE_ENCODING", None)

# ---------------------------------------------------------------------------
# Truth data (WGS84 lon/lat)
# ---------------------------------------------------------------------------
# 10 towns of Karlovarský kraj, GeoNames cities500: name, name_de, geonameid, lon, lat
SJTSK_TOWNS = [
    ("Cheb", "Eger", 3077835, 12.37392, 50.07963),
    ("Karlovy Vary", "Karlsbad", 3073803, 12.87117, 50.23271),
    ("Sokolov", "Falkenau", 3065617, 12.6401, 50.1813),
    ("Aš", "Asch", 3079751, 12.19499, 50.22387),
    ("Mariánské Lázně", "Marienbad", 3071024, 12.70118, 49.96459),
    ("Františkovy Lázně", "Franzensbad", 3076136, 12.35174, 50.12033),
    ("Ostrov", "Schlackenwerth", 3068766, 12.93907, 50.30592),
    ("Chodov", "Chodau", 3077706, 12.74551, 50.24018),
    ("Kraslice", "Graslitz", 3072903, 12.51747, 50.32372),
    ("Nejdek", "Neudek in Böhmen", 3069934, 12.72936, 50.32242),
]

# 5 Bavarian towns (Fichtelgebirge), GeoNames cities500: name, geonameid, lon, lat
CRS_TOWNS = [
    ("Selb", 2833296, 12.13054, 50.17058),
    ("Marktredwitz", 2873289, 12.08593, 50.00443),
    ("Wunsiedel", 2805762, 12.00342, 50.03923),
    ("Waldsassen", 2814815, 12.30434, 50.00167),
    ("Hof", 2902768, 11.91261, 50.31297),
]

# Obce (municipalities) of Karlovarský kraj, ČSÚ points: NAZEV, KOD, lon, lat.
# Chosen to cover the Czech diacritics: á č ď é ě í ó ř š ú ů ý ž Ž Š Ú
OBCE = [
    ("Žlutice", "555762", 13.163084, 50.092028),
    ("Bečov nad Teplou", "554995", 12.838429, 50.083561),
    ("Hroznětín", "555185", 12.871918, 50.309508),
    ("Karlovy Vary", "554961", 12.872062, 50.231952),
    ("Cheb", "554481", 12.369964, 50.079633),
    ("Mariánské Lázně", "554642", 12.701298, 49.964699),
    ("Božičany", "555045", 12.769752, 50.258843),
    ("Kynšperk nad Ohří", "560499", 12.530388, 50.119038),
    ("Boží Dar", "506486", 12.924571, 50.409844),
    ("Potůčky", "555479", 12.736597, 50.428273),
    ("Velká Hleďsebe", "539279", 12.666767, 49.966767),
    ("Libavské Údolí", "560502", 12.552602, 50.128978),
    ("Šemnice", "555614", 12.976213, 50.237016),
    ("Aš", "554499", 12.195113, 50.223983),
]

# CSV fixtures: 6 places on both sides of the border (GeoNames cities500)
CSV_PLACES = [
    ("Cheb", 12.37392, 50.07963),
    ("Aš", 12.19499, 50.22387),
    ("Karlovy Vary", 12.87117, 50.23271),
    ("Mariánské Lázně", 12.70118, 49.96459),
    ("Selb", 12.13054, 50.17058),
    ("Marktredwitz", 12.08593, 50.00443),
]
# A rectangle around the old town of Cheb (not a real boundary; WKT polygon test)
CHEB_RECT = [(12.36, 50.07), (12.39, 50.07), (12.39, 50.09), (12.36, 50.09), (12.36, 50.07)]

# KML placemarks: name, description, lon, lat
KML_PLACES = [
    ("Cheb", "Eger – Czech town on the Ohře (Eger)", 12.37392, 50.07963),
    ("Mariánské Lázně", "Marienbad – Kurort / lázně", 12.70118, 49.96459),
    ("Karlovy Vary", "Karlsbad", 12.87117, 50.23271),
    ("Selb", "Porzellanstadt im Fichtelgebirge", 12.13054, 50.17058),
    ("Marktredwitz", "Große Kreisstadt, Landkreis Wunsiedel", 12.08593, 50.00443),
    ("Waldsassen", "Stiftland, Oberpfalz – Grenze bei Cheb", 12.30434, 50.00167),
]


# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------
def run(cmd, check=True, binary=False):
    p = subprocess.run(cmd, env=ENV, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and p.returncode != 0:
        sys.stderr.write("command failed: %s\n%s\n" % (" ".join(cmd), p.stderr.decode("utf-8", "replace")))
        raise SystemExit(1)
    if binary:
        return p.returncode, p.stdout, p.stderr
    return p.returncode, p.stdout.decode("utf-8", "surrogateescape"), p.stderr.decode("utf-8", "replace")


def path(name):
    return os.path.join(HERE, name)


def rm(name):
    p = path(name)
    if os.path.isdir(p):
        shutil.rmtree(p)
    elif os.path.exists(p):
        os.remove(p)


def write_bytes(name, data):
    with open(path(name), "wb") as f:
        f.write(data)


def write_geojson(dst, features, name=None, crs=None):
    fc = {"type": "FeatureCollection"}
    if name:
        fc["name"] = name
    if crs:
        fc["crs"] = crs
    fc["features"] = features
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        json.dump(fc, f, ensure_ascii=False, indent=None, separators=(",", ":"))
        f.write("\n")


def point_feature(props, lon, lat):
    return {"type": "Feature", "properties": props,
            "geometry": {"type": "Point", "coordinates": [lon, lat]}}


def make_zip(zip_name, members):
    """members: list of (arcname, filesystem path). Fixed timestamps for reproducibility."""
    zp = path(zip_name)
    if os.path.exists(zp):
        os.remove(zp)
    with zipfile.ZipFile(zp, "w", compression=zipfile.ZIP_DEFLATED) as z:
        for arc, src in members:
            zi = zipfile.ZipInfo(arc, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            with open(src, "rb") as f:
                z.writestr(zi, f.read())


def fix_dbf(dbf_path, ldid=None):
    """Set the DBF 'last update' date to 2024-01-01 (reproducible) and optionally the LDID byte."""
    with open(dbf_path, "r+b") as f:
        f.seek(1)
        f.write(bytes([124, 1, 1]))  # YY since 1900, MM, DD
        if ldid is not None:
            f.seek(29)
            f.write(bytes([ldid]))


def shapefile(tmpdir, src, layer, t_srs=None, encoding="UTF-8", extra=None):
    """ogr2ogr src -> tmpdir/layer.shp; returns dict ext->path."""
    out = os.path.join(tmpdir, layer + ".shp")
    cmd = ["ogr2ogr", "-f", "ESRI Shapefile", "-lco", "ENCODING=" + encoding, "-nln", layer]
    if t_srs:
        cmd += ["-t_srs", t_srs]
    cmd += (extra or []) + [out, src]
    run(cmd)
    files = {}
    for ext in ("shp", "shx", "dbf", "prj", "cpg"):
        p = os.path.join(tmpdir, layer + "." + ext)
        if os.path.exists(p):
            files[ext] = p
    fix_dbf(files["dbf"])
    return files


def gpkg(dst, src, layer, t_srs=None, update=False, extra=None):
    cmd = ["ogr2ogr", "-f", "GPKG", "-nln", layer]
    if update:
        cmd += ["-update"]
    if t_srs:
        cmd += ["-t_srs", t_srs]
    cmd += (extra or []) + [dst, src]
    run(cmd)


def cs2cs(points_lonlat, dst_epsg):
    """Transform WGS84 lon/lat -> dst (x/y) with cs2cs (same PROJ pipeline selection as ogr2ogr)."""
    inp = "".join("%.10f %.10f\n" % (lat, lon) for lon, lat in points_lonlat)  # EPSG:4326 is lat,lon
    p = subprocess.run(["cs2cs", "-d", "4", "EPSG:4326", dst_epsg], input=inp.encode(),
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, check=True)
    res = []
    for line in p.stdout.decode().splitlines():
        a, b = line.split()[:2]
        res.append((float(a), float(b)))
    return res


def dist_m(lon1, lat1, lon2, lat2):
    r = 6371008.8
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def write_csv(name, header, rows, delimiter=",", bom=False, encoding="utf-8"):
    buf = io.StringIO(newline="")
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow(r)
    data = buf.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    write_bytes(name, data)


# ---------------------------------------------------------------------------
# generation
# ---------------------------------------------------------------------------
def generate():
    tmp = tempfile.mkdtemp(prefix="rrw_good_")
    try:
        _generate(tmp)
    finally:
        shutil.rmtree(tmp)


def _generate(tmp):
    # --- truth files --------------------------------------------------------
    write_csv("sjtsk_truth.csv", ["name", "lon", "lat"], [(n, lon, lat) for n, _, _, lon, lat in SJTSK_TOWNS])
    write_csv("crs_truth.csv", ["name", "lon", "lat"], [(n, lon, lat) for n, _, lon, lat in CRS_TOWNS])
    write_csv("csv_truth.csv", ["name", "lon", "lat"], [(n, lon, lat) for n, lon, lat in CSV_PLACES])
    write_csv("obce_truth.csv", ["NAZEV", "KOD", "lon", "lat"], [(n, k, lon, lat) for n, k, lon, lat in OBCE])
    write_csv("kml_truth.csv", ["name", "lon", "lat"], [(n, lon, lat) for n, _, lon, lat in KML_PLACES])

    # --- 1. S-JTSK (EPSG:5514) points --------------------------------------
    src_towns = os.path.join(tmp, "towns_wgs84.geojson")
    write_geojson(src_towns, [point_feature({"name": n, "name_de": de, "geonameid": gid}, lon, lat)
                              for n, de, gid, lon, lat in SJTSK_TOWNS], name="towns")
    rm("sjtsk_points.gpkg")
    gpkg(path("sjtsk_points.gpkg"), src_towns, "sjtsk_points", t_srs="EPSG:5514")
    d = os.path.join(tmp, "sjtsk")
    os.makedirs(d)
    f = shapefile(d, src_towns, "sjtsk_points", t_srs="EPSG:5514")
    make_zip("sjtsk_points_shp.zip", [(os.path.basename(p), p) for p in f.values()])

    # --- 2. encodings -------------------------------------------------------
    src_obce = os.path.join(tmp, "obce_wgs84.geojson")
    write_geojson(src_obce, [point_feature({"NAZEV": n, "KOD": k}, lon, lat) for n, k, lon, lat in OBCE],
                  name="obce")
    # (a) CP1250 with .cpg "1250" (numeric code page, as ArcGIS writes it)
    d = os.path.join(tmp, "cp1250")
    os.makedirs(d)
    f = shapefile(d, src_obce, "obce_cp1250", encoding="CP1250")
    with open(f["cpg"], "w") as fh:
        fh.write("1250")
    make_zip("obce_cp1250.zip", [(os.path.basename(p), p) for p in f.values()])
    # (b) the same bytes without .cpg, LDID 0  -> needs --encoding CP1250
    make_zip("obce_cp1250_nocpg.zip", [(os.path.basename(p), p) for e, p in f.items() if e != "cpg"])
    # (c) the same bytes without .cpg but LDID 0xC8 (=200, Windows EE / CP1250) in the DBF header
    d2 = os.path.join(tmp, "cp1250_ldid")
    os.makedirs(d2)
    g = {}
    for e, p in f.items():
        if e == "cpg":
            continue
        q = os.path.join(d2, "obce_cp1250_ldid." + e)
        shutil.copy(p, q)
        g[e] = q
    fix_dbf(g["dbf"], ldid=0xC8)
    make_zip("obce_cp1250_ldid.zip", [(os.path.basename(p), p) for p in g.values()])
    # (d) ISO-8859-2 with .cpg "ISO-8859-2" (as GDAL/QGIS write it)
    d = os.path.join(tmp, "latin2")
    os.makedirs(d)
    f = shapefile(d, src_obce, "obce_iso8859_2", encoding="ISO-8859-2")
    with open(f["cpg"], "w") as fh:
        fh.write("ISO-8859-2")
    make_zip("obce_iso8859_2.zip", [(os.path.basename(p), p) for p in f.values()])
    # (e) ISO-8859-2 with .cpg "88592" (ESRI's spelling)
    d = os.path.join(tmp, "latin2b")
    os.makedirs(d)
    f = shapefile(d, src_obce, "obce_88592", encoding="ISO-8859-2")
    with open(f["cpg"], "w") as fh:
        fh.write("88592")
    make_zip("obce_iso8859_2_cpg88592.zip", [(os.path.basename(p), p) for p in f.values()])

    # --- 3. one file per source CRS ----------------------------------------
    src_crs = os.path.join(tmp, "crs_wgs84.geojson")
    feats = [point_feature({"name": n, "geonameid": gid}, lon, lat) for n, gid, lon, lat in CRS_TOWNS]
    write_geojson(src_crs, feats, name="crs_towns")
    write_geojson(path("crs_4326.geojson"), feats, name="crs_4326")
    d = os.path.join(tmp, "utm32")
    os.makedirs(d)
    f = shapefile(d, src_crs, "crs_25832", t_srs="EPSG:25832")
    make_zip("crs_25832_shp.zip", [(os.path.basename(p), p) for p in f.values()])
    rm("crs_25833.gpkg")
    gpkg(path("crs_25833.gpkg"), src_crs, "crs_25833", t_srs="EPSG:25833")
    d = os.path.join(tmp, "gk4")
    os.makedirs(d)
    f = shapefile(d, src_crs, "crs_31468", t_srs="EPSG:31468")
    make_zip("crs_31468_shp.zip", [(os.path.basename(p), p) for p in f.values()])
    rm("crs_3035.gpkg")
    gpkg(path("crs_3035.gpkg"), src_crs, "crs_3035", t_srs="EPSG:3035")

    # --- 4. CSV variants ----------------------------------------------------
    write_csv("csv_latlon.csv", ["lat", "lon", "name"], [(lat, lon, n) for n, lon, lat in CSV_PLACES])
    write_csv("csv_lonlat.csv", ["lon", "lat", "name"], [(lon, lat, n) for n, lon, lat in CSV_PLACES])
    xy = cs2cs([(lon, lat) for _, lon, lat in CSV_PLACES], "EPSG:25833")
    write_csv("csv_xy_25833.csv", ["x", "y", "name"],
              [("%.3f" % x, "%.3f" % y, n) for (x, y), (n, _, _) in zip(xy, CSV_PLACES)])
    write_csv("csv_breite_laenge_semicolon.csv", ["Breite", "Länge", "Name"],
              [(lat, lon, n) for n, lon, lat in CSV_PLACES], delimiter=";")
    write_csv("csv_bom.csv", ["latitude", "longitude", "name"],
              [(lat, lon, n) for n, lon, lat in CSV_PLACES], bom=True)
    wkt_rows = [(i + 1, "POINT (%r %r)" % (lon, lat), n) for i, (n, lon, lat) in enumerate(CSV_PLACES)]
    wkt_rows.append((len(CSV_PLACES) + 1,
                     "POLYGON ((" + ",".join("%r %r" % p for p in CHEB_RECT) + "))",
                     "Cheb – Altstadt (rectangle)"))
    write_csv("csv_wkt.csv", ["id", "WKT", "name"], wkt_rows)
    write_csv("csv_decimal_comma_semicolon.csv", ["Breite", "Länge", "Name"],
              [(repr(lat).replace(".", ","), repr(lon).replace(".", ","), n) for n, lon, lat in CSV_PLACES],
              delimiter=";")

    # --- 5. KML + polygons --------------------------------------------------
    pm = []
    for n, desc, lon, lat in KML_PLACES:
        pm.append("    <Placemark>\n      <name>%s</name>\n      <description>%s</description>\n"
                  "      <Point><coordinates>%r,%r,0</coordinates></Point>\n    </Placemark>\n"
                  % (xml_escape(n), xml_escape(desc), lon, lat))
    kml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<kml xmlns="http://www.opengis.net/kml/2.2">\n  <Document>\n    <name>places</name>\n'
           + "".join(pm) + "  </Document>\n</kml>\n")
    write_bytes("places.kml", kml.encode("utf-8"))

    okresy_src = find_region_file("boundaries/cz_okresy_karlovarsky.geojson")
    if okresy_src is None:
        sys.stderr.write("WARNING: region bundle not found; keeping existing okresy_karlovarsky.geojson\n")
    else:
        rm("okresy_karlovarsky.geojson")
        run(["ogr2ogr", "-f", "GeoJSON", "-simplify", "0.001", "-nln", "okresy_karlovarsky",
             "-select", "lau1,okres_kod,name,name_de",
             "-lco", "RFC7946=YES", "-lco", "COORDINATE_PRECISION=6", "-lco", "WRITE_NAME=NO",
             path("okresy_karlovarsky.geojson"), okresy_src])

    # --- 6. multi-layer GeoPackage -----------------------------------------
    rm("multi.gpkg")
    gpkg(path("multi.gpkg"), src_towns, "towns")  # EPSG:4326
    if os.path.exists(path("okresy_karlovarsky.geojson")):
        gpkg(path("multi.gpkg"), path("okresy_karlovarsky.geojson"), "districts", t_srs="EPSG:5514",
             update=True, extra=["-nlt", "MULTIPOLYGON"])

    # --- 7. zip layouts GDAL's /vsizip/ does not open by itself -------------
    d = os.path.join(tmp, "sub")
    os.makedirs(d)
    f = shapefile(d, src_crs, "orte")
    make_zip("shp_in_subfolder.zip", [("export/orte/" + os.path.basename(p), p) for p in f.values()])
    make_zip("shp_uppercase_ext.zip",
             [("ORTE." + e.upper(), p) for e, p in f.items()])

    write_manifest()


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def find_region_file(rel):
    for base in REGION_CANDIDATES:
        if base and os.path.exists(os.path.join(base, rel)):
            return os.path.join(base, rel)
    return None


# ---------------------------------------------------------------------------
# manifest
# ---------------------------------------------------------------------------
N_T = len(SJTSK_TOWNS)
N_C = len(CRS_TOWNS)
N_O = len(OBCE)
N_P = len(CSV_PLACES)

MANIFEST = [
    # file, args, features, check
    ("sjtsk_points.gpkg", "", N_T,
     "EPSG:5514 (S-JTSK Krovak East North) GeoPackage; back-transformed to WGS84 each point within 1 m of sjtsk_truth.csv (matched by name); names UTF-8 with diacritics"),
    ("sjtsk_points_shp.zip", "", N_T,
     "EPSG:5514 shapefile in zip, .prj is ESRI WKT S-JTSK_Krovak_East_North, .cpg UTF-8; within 1 m of sjtsk_truth.csv"),
    ("obce_cp1250.zip", "", N_O,
     "DBF bytes CP1250 (ž=0x9E, ě=0xEC, Ž=0x8E), .cpg '1250'; NAZEV must equal obce_truth.csv exactly (UTF-8 in the store)"),
    ("obce_cp1250_nocpg.zip", "--encoding CP1250", N_O,
     "same bytes as obce_cp1250.zip, no .cpg, DBF LDID=0; with --encoding CP1250 NAZEV equals obce_truth.csv"),
    ("obce_cp1250_ldid.zip", "", N_O,
     "no .cpg but DBF LDID=0xC8 (code page 1250); GDAL decodes from LDID; NAZEV equals obce_truth.csv"),
    ("obce_iso8859_2.zip", "", N_O,
     "DBF bytes ISO-8859-2 (ž=0xBE, ě=0xEC, Ž=0xAE), .cpg 'ISO-8859-2'; NAZEV equals obce_truth.csv"),
    ("obce_iso8859_2_cpg88592.zip", "", N_O,
     "DBF bytes ISO-8859-2, .cpg '88592' (ESRI spelling); NAZEV equals obce_truth.csv"),
    ("crs_4326.geojson", "", N_C, "EPSG:4326 (RFC 7946 GeoJSON, no crs member); within 1 m of crs_truth.csv"),
    ("crs_25832_shp.zip", "", N_C,
     "EPSG:25832 (ETRS89 / UTM 32N) shapefile zip; points lie east of 12°E, i.e. outside the zone's nominal area of use, as real Bavarian data does; within 1 m of crs_truth.csv"),
    ("crs_25833.gpkg", "", N_C, "EPSG:25833 (ETRS89 / UTM 33N) GeoPackage; within 1 m of crs_truth.csv"),
    ("crs_31468_shp.zip", "", N_C,
     "EPSG:31468 (DHDN / 3-degree Gauss-Kruger zone 4) shapefile zip; made with PROJ's BETA2007.gsb grid (proj-data); within 1 m of crs_truth.csv only if the importer's PROJ has that grid too"),
    ("crs_3035.gpkg", "", N_C, "already EPSG:3035 (no reprojection needed); within 1 m of crs_truth.csv"),
    ("csv_latlon.csv", "", N_P, "columns lat,lon,name; assumed EPSG:4326; within 1 m of csv_truth.csv"),
    ("csv_lonlat.csv", "", N_P, "columns lon,lat,name; assumed EPSG:4326; within 1 m of csv_truth.csv"),
    ("csv_xy_25833.csv", "--source-crs EPSG:25833", N_P,
     "columns x,y,name in EPSG:25833 (mm rounding); needs --source-crs; within 1 m of csv_truth.csv"),
    ("csv_breite_laenge_semicolon.csv", "", N_P,
     "semicolon separated, header Breite;Länge;Name (UTF-8), decimal point; within 1 m of csv_truth.csv"),
    ("csv_bom.csv", "", N_P,
     "UTF-8 with BOM, columns latitude,longitude,name, Czech names; first field name must be 'latitude' (BOM stripped); within 1 m of csv_truth.csv"),
    ("csv_wkt.csv", "--source-crs EPSG:4326", N_P + 1,
     "column WKT with 6 POINTs + 1 POLYGON, lon/lat order; a WKT column carries no CRS, so --source-crs is given (see bad/csv_wkt_no_crs.csv)"),
    ("csv_decimal_comma_semicolon.csv", "", N_P,
     "German Excel style: Breite;Länge;Name with decimal COMMA (50,07963); within 1 m of csv_truth.csv"),
    ("places.kml", "", len(KML_PLACES), "KML (always WGS84), Czech and German names incl. 'Große', '–'; within 1 m of kml_truth.csv"),
    ("okresy_karlovarsky.geojson", "", 3,
     "3 okres polygons (Cheb, Karlovy Vary, Sokolov), simplified 0.001°, all valid; areas ≈ 1046 / 1515 / 754 km² (±1 %)"),
    ("multi.gpkg", "--source-layer towns", N_T, "layer towns: 10 points, EPSG:4326; within 1 m of sjtsk_truth.csv"),
    ("multi.gpkg", "--source-layer districts", 3,
     "layer districts: 3 MultiPolygons stored in EPSG:5514 (a different CRS than the towns layer)"),
    ("shp_in_subfolder.zip", "", N_C,
     "shapefile inside export/orte/ in the zip: /vsizip/x.zip alone does NOT open it, the importer must find the .shp member; within 1 m of crs_truth.csv"),
    ("shp_uppercase_ext.zip", "", N_C,
     "ORTE.SHP/.SHX/.DBF/.PRJ/.CPG upper-case names (old ArcView style); within 1 m of crs_truth.csv"),
]


def write_manifest():
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(["file", "args", "features", "check"])
    js = []
    for fn, args, n, chk in MANIFEST:
        w.writerow([fn, args, n, chk])
        js.append({"file": fn, "args": args.split() if args else [], "features": n, "check": chk})
    write_bytes("manifest.csv", buf.getvalue().encode("utf-8"))
    write_bytes("manifest.json", (json.dumps(js, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))


# ---------------------------------------------------------------------------
# verification
# ---------------------------------------------------------------------------
def ds_name(fn):
    p = path(fn)
    if fn.endswith(".zip"):
        return "/vsizip/" + p
    return p


def read_features(dsn, layer=None, t_srs=None, oo=None):
    """Read a layer as GeoJSON via ogr2ogr (optionally reprojected)."""
    cmd = ["ogr2ogr", "-f", "GeoJSON", "/vsistdout/", dsn]
    if layer:
        cmd.append(layer)
    if t_srs:
        cmd[1:1] = ["-t_srs", t_srs]
    for o in oo or []:
        cmd[1:1] = ["-oo", o]
    cmd[1:1] = ["-lco", "RFC7946=NO", "-lco", "COORDINATE_PRECISION=12"]
    rc, out, err = run(cmd, binary=True)
    return json.loads(out.decode("utf-8", "surrogateescape"))["features"]


def layer_info(dsn, layer=None):
    cmd = ["ogrinfo", "-so", dsn] + ([layer] if layer else ["-al"])
    rc, out, err = run(cmd)
    cnt = None
    for line in out.splitlines():
        if line.startswith("Feature Count:"):
            cnt = int(line.split(":")[1])
    epsg = None
    # last top-level ID["EPSG",N] of the layer SRS
    import re
    ids = re.findall(r'^    ID\["EPSG",(\d+)\]\]', out, re.M)
    if ids:
        epsg = int(ids[-1])
    return cnt, epsg, out, err


def roundtrip_via_3035(dsn, layer, tmp):
    """dsn -> EPSG:3035 (what the importer stores) -> EPSG:4326; returns {name: (lon, lat)}."""
    mid = os.path.join(tmp, "mid3035.gpkg")
    if os.path.exists(mid):
        os.remove(mid)
    cmd = ["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:3035", "-nln", "mid", mid, dsn]
    if layer:
        cmd.append(layer)
    run(cmd)
    feats = read_features(mid, "mid", t_srs="EPSG:4326")
    return feats


def check_truth(feats, truth, key="name", tol=1.0, label=""):
    got = {}
    for f in feats:
        got[f["properties"][key]] = f["geometry"]["coordinates"]
    worst = 0.0
    for name, lon, lat in truth:
        if name not in got:
            raise AssertionError("%s: %s missing (have %s)" % (label, name, sorted(got)))
        glon, glat = got[name][:2]
        d = dist_m(lon, lat, glon, glat)
        worst = max(worst, d)
        if d > tol:
            raise AssertionError("%s: %s is %.3f m off" % (label, name, d))
    return worst


def verify():
    problems = []
    tmp = tempfile.mkdtemp(prefix="rrw_goodv_")
    report = []

    def ok(msg):
        report.append("ok   " + msg)

    def bad(msg):
        problems.append(msg)
        report.append("FAIL " + msg)

    try:
        sj = [(n, lon, lat) for n, _, _, lon, lat in SJTSK_TOWNS]
        cr = [(n, lon, lat) for n, _, lon, lat in CRS_TOWNS]
        cv = [(n, lon, lat) for n, lon, lat in CSV_PLACES]
        expect_epsg = {"sjtsk_points.gpkg": 5514, "sjtsk_points_shp.zip": 5514, "crs_4326.geojson": 4326,
                       "crs_25832_shp.zip": 25832, "crs_25833.gpkg": 25833, "crs_31468_shp.zip": 31468,
                       "crs_3035.gpkg": 3035, "places.kml": 4326, "okresy_karlovarsky.geojson": 4326}
        truth_of = {"sjtsk_points.gpkg": sj, "sjtsk_points_shp.zip": sj, "crs_4326.geojson": cr,
                    "crs_25832_shp.zip": cr, "crs_25833.gpkg": cr, "crs_31468_shp.zip": cr, "crs_3035.gpkg": cr}
        for fn, truth in truth_of.items():
            try:
                cnt, epsg, out, err = layer_info(ds_name(fn))
                assert cnt == len(truth), "%s: %s features" % (fn, cnt)
                assert epsg == expect_epsg[fn], "%s: EPSG %s" % (fn, epsg)
                w1 = check_truth(read_features(ds_name(fn), t_srs="EPSG:4326"), truth, label=fn)
                w2 = check_truth(roundtrip_via_3035(ds_name(fn), None, tmp), truth, label=fn + " via 3035")
                ok("%s: %d features, EPSG:%d, max dev direct %.3f m, via EPSG:3035 %.3f m" % (fn, cnt, epsg, w1, w2))
            except AssertionError as e:
                bad(str(e))

        # encodings
        truth_names = [n for n, _, _, _ in OBCE]
        enc_cases = [
            ("obce_cp1250.zip", [], "CP1250", "1250"),
            ("obce_cp1250_nocpg.zip", ["ENCODING=CP1250"], "CP1250", None),
            ("obce_cp1250_ldid.zip", [], "CP1250", None),
            ("obce_iso8859_2.zip", [], "ISO-8859-2", "ISO-8859-2"),
            ("obce_iso8859_2_cpg88592.zip", [], "ISO-8859-2", "88592"),
        ]
        for fn, oo, codec, cpg in enc_cases:
            try:
                with zipfile.ZipFile(path(fn)) as z:
                    names = z.namelist()
                    dbf = [n for n in names if n.lower().endswith(".dbf")][0]
                    raw = z.read(dbf)
                    cpgs = [n for n in names if n.lower().endswith(".cpg")]
                    got_cpg = z.read(cpgs[0]).decode("ascii") if cpgs else None
                assert got_cpg == cpg, "%s: cpg %r" % (fn, got_cpg)
                codec_py = {"CP1250": "cp1250", "ISO-8859-2": "iso8859_2"}[codec]
                for n in truth_names:
                    assert n.encode(codec_py) in raw, "%s: %r not found as %s bytes in DBF" % (fn, n, codec)
                zh = "ž".encode(codec_py)
                ok_bytes = {"cp1250": b"\x9e", "iso8859_2": b"\xbe"}[codec_py]
                assert zh == ok_bytes and ok_bytes in raw and b"\xec" in raw, fn + ": ž/ě bytes"
                feats = read_features(ds_name(fn), oo=oo)
                got = sorted(f["properties"]["NAZEV"] for f in feats)
                assert got == sorted(truth_names), "%s: decoded names %r" % (fn, got)
                if fn == "obce_cp1250_nocpg.zip":
                    # without a hint GDAL passes the raw bytes through: not valid UTF-8
                    feats2 = read_features(ds_name(fn))
                    raw_names = [f["properties"]["NAZEV"] for f in feats2]
                    assert any("\udc8e" in s or "\ufffd" in s or s != t for s, t in zip(raw_names, truth_names)), \
                        "nocpg unexpectedly decoded"
                ok("%s: %d names decode correctly (%s, cpg=%r, ldid=0x%02x)" %
                   (fn, len(got), codec, cpg, raw[29]))
            except AssertionError as e:
                bad(str(e))

        # CSV
        csv_cases = [
            ("csv_latlon.csv", ["X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat"], None, "name"),
            ("csv_lonlat.csv", ["X_POSSIBLE_NAMES=lon", "Y_POSSIBLE_NAMES=lat"], None, "name"),
            ("csv_xy_25833.csv", ["X_POSSIBLE_NAMES=x", "Y_POSSIBLE_NAMES=y"], "EPSG:25833", "name"),
            ("csv_breite_laenge_semicolon.csv", ["X_POSSIBLE_NAMES=Länge", "Y_POSSIBLE_NAMES=Breite"], None, "Name"),
            ("csv_bom.csv", ["X_POSSIBLE_NAMES=longitude", "Y_POSSIBLE_NAMES=latitude"], None, "name"),
            ("csv_decimal_comma_semicolon.csv", ["X_POSSIBLE_NAMES=Länge", "Y_POSSIBLE_NAMES=Breite"], None, "Name"),
            ("csv_wkt.csv", [], None, "name"),
        ]
        for fn, oo, s_srs, key in csv_cases:
            try:
                cmd = ["ogr2ogr", "-f", "GeoJSON", "-lco", "COORDINATE_PRECISION=12", "/vsistdout/", path(fn)]
                for o in oo:
                    cmd[1:1] = ["-oo", o]
                if s_srs:
                    cmd[1:1] = ["-s_srs", s_srs, "-t_srs", "EPSG:4326"]
                rc, out, err = run(cmd, binary=True)
                feats = json.loads(out.decode("utf-8"))["features"]
                if fn == "csv_wkt.csv":
                    assert len(feats) == N_P + 1, fn
                    assert feats[-1]["geometry"]["type"] == "Polygon", fn
                    feats = feats[:-1]
                assert len(feats) == N_P, fn
                for f in feats:
                    f["properties"]["name"] = f["properties"][key]
                w = check_truth(feats, cv, label=fn)
                if fn == "csv_bom.csv":
                    rc, out2, _ = run(["ogrinfo", "-so", path(fn), "csv_bom"])
                    assert "\nlatitude: " in out2, "BOM not stripped from first header"
                ok("%s: %d features, max dev %.3f m" % (fn, len(feats), w))
            except AssertionError as e:
                bad(str(e))

        # KML
        try:
            feats = read_features(path("places.kml"))
            kt = [(n, lon, lat) for n, _, lon, lat in KML_PLACES]
            for f in feats:
                f["properties"]["name"] = f["properties"].get("Name", f["properties"].get("name"))
            w = check_truth(feats, kt, label="places.kml")
            assert len(feats) == len(KML_PLACES)
            cnt, epsg, out, _ = layer_info(path("places.kml"))
            ok("places.kml: %d placemarks, max dev %.3f m, driver %s" %
               (len(feats), w, "LIBKML" if "LIBKML" in out else "KML"))
        except AssertionError as e:
            bad("places.kml: " + str(e))

        # polygons
        try:
            g = os.path.join(tmp, "okr.gpkg")
            run(["ogr2ogr", "-f", "GPKG", "-t_srs", "EPSG:3035", "-nln", "o", g, path("okresy_karlovarsky.geojson")])
            rc, out, _ = run(["ogrinfo", "-q", g, "-sql",
                              "SELECT name, ST_IsValid(geom) AS v, ST_Area(geom)/1e6 AS km2, ST_NPoints(geom) AS n FROM o"])
            import re
            vals = re.findall(r"name \(String\) = (.*)\n\s*v \(Integer\) = (\d)\n\s*km2 \(Real\) = ([\d.]+)\n\s*n \(Integer\) = (\d+)", out)
            expect = {"Cheb": 1045.95, "Karlovy Vary": 1514.71, "Sokolov": 753.79}
            assert len(vals) == 3, out
            for name, v, km2, n in vals:
                assert v == "1", name + " invalid"
                assert abs(float(km2) - expect[name]) / expect[name] < 0.01, "%s area %s" % (name, km2)
            ok("okresy_karlovarsky.geojson: 3 valid polygons, " +
               ", ".join("%s %.1f km² (%s vertices)" % (a, float(c), d) for a, _, c, d in vals) +
               ", %d bytes" % os.path.getsize(path("okresy_karlovarsky.geojson")))
        except AssertionError as e:
            bad("okresy: " + str(e))

        # multi.gpkg
        try:
            cnt, epsg, _, _ = layer_info(path("multi.gpkg"), "towns")
            assert (cnt, epsg) == (N_T, 4326), (cnt, epsg)
            check_truth(read_features(path("multi.gpkg"), "towns", t_srs="EPSG:4326"), sj, label="multi/towns")
            cnt2, epsg2, out, _ = layer_info(path("multi.gpkg"), "districts")
            assert (cnt2, epsg2) == (3, 5514), (cnt2, epsg2)
            rc, out, _ = run(["ogrinfo", "-q", path("multi.gpkg")])
            assert "1: towns (Point)" in out and "2: districts (Multi Polygon)" in out, out
            ok("multi.gpkg: towns %d pts EPSG:4326, districts %d multipolygons EPSG:5514" % (cnt, cnt2))
        except AssertionError as e:
            bad("multi.gpkg: " + str(e))

        # zip layouts
        for fn in ("shp_in_subfolder.zip", "shp_uppercase_ext.zip"):
            try:
                with zipfile.ZipFile(path(fn)) as z:
                    shp = [n for n in z.namelist() if n.lower().endswith(".shp")][0]
                dsn = "/vsizip/" + path(fn) + "/" + shp
                w = check_truth(read_features(dsn, t_srs="EPSG:4326"), cr, label=fn)
                rc, out, err = run(["ogrinfo", "-so", "/vsizip/" + path(fn)], check=False)
                plain = "opens" if rc == 0 else "does NOT open"
                ok("%s: member %s, max dev %.3f m; plain /vsizip/<zip> %s" % (fn, shp, w, plain))
            except AssertionError as e:
                bad(str(e))

        # manifest sanity
        with open(path("manifest.csv"), encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for r in rows:
            if not os.path.exists(path(r["file"])):
                bad("manifest lists missing file " + r["file"])
        ok("manifest.csv: %d rows, all files exist" % len(rows))
    finally:
        shutil.rmtree(tmp)
    print("\n".join(report))
    total = sum(os.path.getsize(os.path.join(HERE, f)) for f in os.listdir(HERE))
    print("good/ total size: %d bytes" % total)
    if problems:
        print("%d PROBLEM(S)" % len(problems))
        sys.exit(1)


if __name__ == "__main__":
    if "--verify" not in sys.argv[1:]:
        generate()
    verify()
