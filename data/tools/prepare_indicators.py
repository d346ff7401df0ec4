#!/usr/bin/env python3
"""Prepare the cross-border district indicator set of rrw (deterministic).

Needs Python 3 (standard library only) and, for the geometric indicators, ogr2ogr from gdal-bin.
Reads the read-only source bundle in /work/shared/data (override with --src), the project's
region codes in data/region/stats/regions.csv and the district and municipal polygons and the
state border in data/region, and writes
  data/indicators/catalog.csv         (indicator_catalog.py)
  data/indicators/values.csv          (real values synthetic=0; SYNTHETIC demo values synthetic=1;
                                       districts and, via municipal_indicators.py, Gemeinden/obce)
  data/indicators/values_index.csv    (region,indicator,value,synthetic; 11 core districts, model indicators)
  data/indicators/models/<hazard>.json (indicator_models.py)
See docs/INDICATORS.md for definitions, sources and caveats.
"""
import argparse
import csv
import json
import os
import random
import sys

sys.dont_write_bytecode = True  # keep data/tools free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from indicator_catalog import CATALOG, SYNTHETIC_SOURCE  # noqa: E402
from indicator_models import MODELS, MUNICIPAL_MODELS, model_json  # noqa: E402
from municipal_indicators import (BORDER_ZONE_M, add_cz_obce, add_district_values,  # noqa: E402
                                  add_geometry, border_geometry, municipalities)

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

CORE = ["DE24D", "DE249", "DE244", "DE246", "DE242", "DE24B", "DE23A", "DE237",
        "CZ0411", "CZ0412", "CZ0413"]

# Geodesic areas of the okresy from the source bundle README §2.4 (computed by the bundle
# author from the okres polygons; sum 3314.45 km2 = published area of the kraj).
CZ_AREA_KM2 = {"CZ0411": 1045.95, "CZ0412": 1514.71, "CZ0413": 753.79}
CZ_AREA_NOTE = "area = geodesic polygon area from source bundle README §2.4 (not an official ČSÚ area)"

SRC_DE = "Die Bundeswahlleiterin, Strukturdaten EW2024 (Destatis/BA)"
SRC_DE18 = "Destatis GV-ISys 04-kreise, 31.12.2018"
SRC_CZPOP = "ČSÚ population of obce 1 Jan, summed per okres (source bundle §2.8)"
URL_UZIS_AGE = "ÚZIS regional report (ČSÚ data) https://reporting.uzis.cz/ … vekova-struktura-obyvatelstva&region=kvk&year=2017"
URL_UZIS_NACE = "ÚZIS table 1.7.3 Obyvatelstvo podle zaměstnání (ČSÚ) https://reporting.uzis.cz/ … obyvatelstvo-podle-zamestnani"

C_AREA = "Fläche am 30.06.2023 (km²)"
C_POP = "Bevölkerung am 31.12.2022 - Insgesamt (in 1000)"
C_DENS = "Bevölkerungsdichte am 31.12.2022 (Einw. je km²)"
C_A6074 = "Alter von ... bis ... Jahren am 31.12.2022 - 60-74 (%)"
C_A75 = "Alter von ... bis ... Jahren am 31.12.2022 - 75 und mehr (%)"
C_GDP = "Bruttoinlandsprodukt 2021 (EUR je Einw.)"
C_PROD = "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Produzierendes Gewerbe (%)"
C_ALQ = "Arbeitslosenquote Oktober 2023 - insgesamt"
C_GI = "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Handel, Gastgewerbe, Verkehr (%)"
C_AGRI = "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Land- und Forstwirtschaft, Fischerei (%)"
C_SVB = "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - insgesamt (je 1000 Einw.)"
C_INCOME = "Verfügbares Einkommen der privaten Haushalte 2021 (EUR je Einw.)"
C_SGB2 = "Empfänger/-innen von Leistungen nach SGB II  August 2023 -  insgesamt (je 1000 Einw.)"
C_CARS = "PKW-Bestand am 01.01.2023 - PKW insgesamt (je 1000 Einw.)"
C_FIRMS = "Unternehmensregister 2021 - Unternehmen insgesamt (je 1000 Einw.)"
C_SETTLE = "Bodenfläche nach Art der tatsächlichen Nutzung am 31.12.2021 - Siedlung und Verkehr (%)"
C_VEG = "Bodenfläche nach Art der tatsächlichen Nutzung am 31.12.2021 - Vegetation und Gewässer (%)"
C_CARE3 = "Kindertagesbetreuung am 01.03.2023 - Betreute Kinder unter 3 Jahre (Betreuungsquote)"
C_NOHSA = "Schulabgänger/-innen allgemeinbildender Schulen 2022 - ohne Hauptschulabschluss (%)"

# District-level regions (Kreise and okresy, incl. the context Kreise Weiden and Vogtlandkreis):
# the geometric and the SYNTHETIC indicators are made for all of them, so that the index compares
# like with like. The kreisfreie Städte get the urban ranges of the synthetic draws.
DISTRICTS = CORE + ["DE233", "DED44"]
URBAN = {"DE242", "DE244", "DE233"}

# SYNTHETIC demo values: uniform draws from a plausible range (rural, urban), rounded to
# `digits`. The generator of each value is seeded with SEED, the indicator and the region, so a
# value does not change when indicators or regions are added.
SEED = "rrw-synthetic-1"
SYNTHETIC_RANGES = {
    "flood_zone_settlement_share": ((2, 8), (4, 12), 1),
    "heavy_rain_days": ((3, 9), (3, 6), 1),
    "forest_area_share": ((30, 55), (5, 20), 1),
    "summer_water_balance_mm": ((-180, 40), (-200, -40), 0),
    "spruce_share": ((45, 75), (25, 50), 0),
    "water_network_share": ((20, 90), (40, 95), 0),
    "energy_intensive_employment_share": ((3, 12), (1, 5), 1),
    "fossil_heating_share": ((60, 85), (55, 80), 0),
    "renewable_power_share": ((20, 90), (5, 25), 0),
    "municipal_tax_capacity_index": ((70, 110), (85, 120), 0),
    "automotive_supplier_share": ((2, 12), (1, 6), 1),
    "gp_per_100k": ((50, 70), (60, 85), 0),
    "flood_plan_share": ((15, 75), (30, 90), 0),
    "workforce_55plus_share": ((24, 32), (20, 28), 1),
    "shortage_vacancy_share": ((30, 65), (25, 55), 0),
    "apprentices_per_1000_employees": ((35, 60), (30, 50), 0),
}
SYNTHETIC_NOTE = "synthetic demo value (no open data in the bundle)"

def fnum(s):
    s = (s or "").strip()
    return float(s) if s else None


def r1(x):
    return round(x + 0.0, 1)


def border_zone_shares(region_dir):
    """Share of each district's area within BORDER_ZONE_M of the DE–CZ state border, in %, computed
    in EPSG:3035 (ogr2ogr + SpatiaLite SQL). {code: share}; 0 for districts beyond the zone."""
    geometry = border_geometry(region_dir, ["kreise_de", "okresy_cz"])
    shares = {code: r1(g[1] / g[0] * 100) for code, g in geometry.items()}
    if set(shares) != set(DISTRICTS) or not all(0 <= v <= 100 for v in shares.values()):
        sys.exit("prepare_indicators.py: unexpected border-zone result %r" % shares)
    return shares


def synthetic_value(indicator, region):
    rural, urban, digits = SYNTHETIC_RANGES[indicator]
    lo, hi = urban if region in URBAN else rural
    v = round(random.Random("%s:%s:%s" % (SEED, indicator, region)).uniform(lo, hi), digits)
    return int(v) if digits == 0 else v


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(REPO, "data", "indicators"))
    a = ap.parse_args()
    stats = os.path.join(a.src, "stats")

    with open(os.path.join(REPO, "data", "region", "stats", "regions.csv"), encoding="utf-8") as f:
        known = {r["code"] for r in csv.DictReader(f)}

    rows = []  # region_code, indicator_id, year, value, source, synthetic, note

    def add(reg, ind, year, value, source, note="", synthetic=0):
        if reg not in known or value is None:
            return
        rows.append([reg, ind, str(year), value, source, synthetic, note])

    # ---- German side: Strukturdaten EW2024 -------------------------------------------------
    with open(os.path.join(stats, "de_kreise_strukturdaten_ew2024.csv"), encoding="utf-8") as f:
        sd = {r["nuts_code"]: r for r in csv.DictReader(f)}
    with open(os.path.join(stats, "de_kreise_population_2018-12-31.csv"), encoding="utf-8") as f:
        de18 = {r["nuts3"]: r for r in csv.DictReader(f)}

    for code in sorted(sd):
        r = sd[code]
        p22 = fnum(r[C_POP])
        if code in de18 and p22 is not None:
            p18 = float(de18[code]["population"])
            add(code, "pop_change_4y", 2022, r1((p22 * 1000 - p18) / p18 * 100),
                SRC_DE + " 31.12.2022; " + SRC_DE18,
                "31.12.2018→31.12.2022; 2022 value published rounded to 100 inhabitants (±0.1 pp); both on Zensus-2011 basis; 2022 incl. Ukrainian refugees")
        add(code, "pop_density", 2022, fnum(r[C_DENS]), SRC_DE + ", 31.12.2022", "")
        a1, a2 = fnum(r[C_A6074]), fnum(r[C_A75])
        if a1 is not None and a2 is not None:
            add(code, "share_60plus", 2022, r1(a1 + a2), SRC_DE + ", 31.12.2022", "sum of published bands 60–74 and 75+")
        add(code, "share_75plus", 2022, a2, SRC_DE + ", 31.12.2022", "")
        add(code, "unemployment_rate", 2023, fnum(r[C_ALQ]), SRC_DE + ", Oct 2023",
            "BA Arbeitslosenquote on all civilian labour force; not identical to CZ podíl nezaměstnaných osob")
        add(code, "producing_sector_share", 2023, fnum(r[C_PROD]), SRC_DE + ", 30.06.2023",
            "SV-Beschäftigte at place of work, WZ 2008 B–F")
        add(code, "gdp_per_capita_eur", 2021, fnum(r[C_GDP]), SRC_DE + ", 2021", "current prices")
        add(code, "trade_hospitality_transport_share", 2023, fnum(r[C_GI]), SRC_DE + ", 30.06.2023",
            "SV-Beschäftigte at place of work, WZ 2008 G–I")
        add(code, "agri_forestry_employment_share", 2023, fnum(r[C_AGRI]), SRC_DE + ", 30.06.2023",
            "SV-Beschäftigte at place of work, WZ 2008 A")
        add(code, "share_60_74", 2022, a1, SRC_DE + ", 31.12.2022", "")
        add(code, "disposable_income_eur", 2021, fnum(r[C_INCOME]), SRC_DE + ", 2021", "")
        add(code, "sgb2_rate", 2023, fnum(r[C_SGB2]), SRC_DE + ", Aug 2023", "")
        add(code, "car_density", 2023, fnum(r[C_CARS]), SRC_DE + ", 1.1.2023", "")
        add(code, "enterprises_per_1000", 2021, fnum(r[C_FIRMS]), SRC_DE + ", 2021", "")
        add(code, "settlement_transport_area_share", 2021, fnum(r[C_SETTLE]), SRC_DE + ", 31.12.2021", "")
        add(code, "vegetation_water_area_share", 2021, fnum(r[C_VEG]), SRC_DE + ", 31.12.2021", "")
        add(code, "childcare_rate_under3", 2023, fnum(r[C_CARE3]), SRC_DE + ", 1.3.2023", "")
        add(code, "school_leavers_no_qualification", 2022, fnum(r[C_NOHSA]), SRC_DE + ", 2022", "")

    # ---- Czech side: population ----------------------------------------------------------
    cz = {}
    with open(os.path.join(stats, "cz_okresy_population_2010_2023.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            cz[(r["lau1"], r["reference_date"][:4])] = int(r["total"])
    for yr in ("2019", "2023"):
        cz[("CZ041", yr)] = sum(cz[(o, yr)] for o in CZ_AREA_KM2)
    cz_note = ("1.1.2019→1.1.2023; break: 2022+ figures are based on the 2021 census (downward revision, "
               "e.g. kraj −3.4 % between 1.1.2021 and 1.1.2022) and 2023 includes persons with temporary protection (Ukraine)")
    for reg in ("CZ0411", "CZ0412", "CZ0413", "CZ041"):
        p0, p1 = cz[(reg, "2019")], cz[(reg, "2023")]
        add(reg, "pop_change_4y", 2023, r1((p1 - p0) / p0 * 100), SRC_CZPOP, cz_note)
    for reg, area in CZ_AREA_KM2.items():
        add(reg, "pop_density", 2023, r1(cz[(reg, "2023")] / area), SRC_CZPOP + ", 1.1.2023", CZ_AREA_NOTE)
    add("CZ041", "pop_density", 2023, r1(cz[("CZ041", "2023")] / sum(CZ_AREA_KM2.values())),
        SRC_CZPOP + ", 1.1.2023", CZ_AREA_NOTE + " (sum of the 3 okresy)")

    # ---- Czech side: hand-collected public pages -----------------------------------------
    pub = {}
    with open(os.path.join(stats, "region_indicators_from_public_pages.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            pub[(r["region_code"], r["indicator"], r["year"])] = r

    # age: kraj only (1.7.2017); okresy get the kraj value
    s6074 = float(pub[("CZ041", "share_60_74", "2017-07-01")]["value"])
    s75 = float(pub[("CZ041", "share_75plus", "2017-07-01")]["value"])
    for reg in ("CZ041", "CZ0411", "CZ0412", "CZ0413"):
        kn = "" if reg == "CZ041" else "kraj value used for okres; "
        add(reg, "share_60plus", 2017, r1(s6074 + s75), URL_UZIS_AGE,
            kn + "1.7.2017 (5 years older than DE 2022 data); sum of shares 60–74 and 75+ computed from ÚZIS 5-year groups")
        add(reg, "share_75plus", 2017, s75, URL_UZIS_AGE,
            kn + "1.7.2017 (5 years older than DE 2022 data); computed from ÚZIS 5-year groups")

    # unemployment: March 2024 (closest to DE Oct 2023 with okres values); CZ0412 not published in source
    for reg in ("CZ041", "CZ0411", "CZ0413"):
        r = pub[(reg, "unemployment_share_registered", "2024-03")]
        add(reg, "unemployment_rate", 2024, float(r["value"]),
            "MPSV/ÚP ČR via ČSÚ Karlovy Vary, " + r["source_url"],
            "end of March 2024; podíl nezaměstnaných osob (job seekers 15–64 / population 15–64), not identical to BA Arbeitslosenquote")

    # producing sector: kraj employment by CZ-NACE, sections B–F / total
    tot = float(pub[("CZ041", "employed_total", "")]["value"])
    bf = sum(float(pub[("CZ041", "employed_nace_" + s, "")]["value"]) for s in "BCDEF")
    share = r1(bf / tot * 100)
    for reg in ("CZ041", "CZ0411", "CZ0412", "CZ0413"):
        kn = "" if reg == "CZ041" else "kraj value used for okres; "
        add(reg, "producing_sector_share", "", share, URL_UZIS_NACE,
            kn + "reference year not stated by source; employed persons by residence (ČSÚ LFS-based, incl. self-employed) vs DE employees at place of work; (B+C+D+E+F)/total")

    # kraj employment by CZ-NACE: sections G–I and A / total, kraj value used for the okresy
    for ind, sections in (("trade_hospitality_transport_share", "GHI"), ("agri_forestry_employment_share", "A")):
        part = sum(float(pub[("CZ041", "employed_nace_" + s, "")]["value"]) for s in sections)
        for reg in ("CZ041", "CZ0411", "CZ0412", "CZ0413"):
            kn = "" if reg == "CZ041" else "kraj value used for okres; "
            add(reg, ind, "", r1(part / tot * 100), URL_UZIS_NACE,
                kn + "reference year not stated by source; employed persons by residence (incl. self-employed) "
                "vs DE employees at place of work; (" + "+".join(sections) + ")/total")
    for reg in ("CZ041", "CZ0411", "CZ0412", "CZ0413"):
        kn = "" if reg == "CZ041" else "kraj value used for okres; "
        add(reg, "share_60_74", 2017, s6074, URL_UZIS_AGE,
            kn + "1.7.2017 (5 years older than DE 2022 data); computed from ÚZIS 5-year groups")

    # ---- Czech commuters and hospital beds per German Kreis (public pages) ---------------
    def employees(code):  # SV employees at place of work 30.06.2023 = per 1,000 inh × population
        return fnum(sd[code][C_SVB]) * fnum(sd[code][C_POP])

    for code, indicator, year in (("DE244", "employees_czech_citizens", "2019-06"),
                                  ("DE249", "employees_czech_citizens", "2019-06"),
                                  ("DE24D", "czech_cross_border_commuters", "2021-02")):
        r = pub[(code, indicator, year)]
        add(code, "cz_commuters_per_1000_employees", year[:4],
            r1(float(r["value"]) / employees(code) * 1000),
            r["source_url"] + "; denominator: " + SRC_DE + ", SV employees 30.06.2023",
            "%s Czech %s (%s) / %.0f SV employees at place of work (30.06.2023, per-1,000 rate × population); "
            "dates and definitions differ" % (r["value"], "employees (daily commuters)" if indicator.startswith(
                "employees") else "cross-border commuters", year, employees(code)))
    for code, indicator in (("DE24D", "hospital_beds_klinikum_fichtelgebirge"),
                            ("DE244", "hospital_beds_sana_klinikum_hof")):
        r = pub[(code, indicator, "")]
        add(code, "hospital_beds_per_1000", "", r1(float(r["value"]) / (fnum(sd[code][C_POP]) * 1000) * 1000),
            r["source_url"] + "; population: " + SRC_DE + ", 31.12.2022",
            "%s %s; year of the bed count not stated; only this hospital counted" % (r["value"], r["unit"]))

    # ---- derived geometry: area within 20 km of the state border -------------------------
    for code, share in sorted(border_zone_shares(os.path.join(REPO, "data", "region")).items()):
        add(code, "border_zone_share_20km", 2020, share,
            "derived from data/region border_de_cz (ČÚZK) and kreise_de (BKG VG250 2020) / okresy_cz, EPSG:3035",
            "area within %d km of the DE–CZ border / district area; Kreise simplified 200 m upstream"
            % (BORDER_ZONE_M // 1000))

    # ---- Gemeinden and obce: border geometry (both sides), population (obce only) ---------
    region_dir = os.path.join(REPO, "data", "region")
    munis, _ = municipalities(region_dir, stats)
    add_cz_obce(add, stats, add_geometry(add, region_dir, munis))

    # ---- SYNTHETIC demo values -----------------------------------------------------------
    synthetic_ids = [c["id"] for c in CATALOG if c["source"].startswith(SYNTHETIC_SOURCE)]
    assert sorted(synthetic_ids) == sorted(SYNTHETIC_RANGES), synthetic_ids
    for ind in synthetic_ids:
        for reg in DISTRICTS:
            add(reg, ind, "", synthetic_value(ind, reg), SYNTHETIC_SOURCE + " (" + SEED + ")",
                SYNTHETIC_NOTE, synthetic=1)

    # ---- the municipal models' inputs without a municipal source: the value of the parent
    # Kreis / okres, noted (a SYNTHETIC district value stays synthetic=1) ---------------------
    municipal_inds = sorted({m[0] for name in MUNICIPAL_MODELS
                             for members in MODELS[name]["groups"].values() for m in members})
    with_municipal = {r[1] for r in rows if r[0] in munis}
    rows += add_district_values(rows, [i for i in municipal_inds if i not in with_municipal], munis)

    # ---- checks ---------------------------------------------------------------------------
    ids = {c["id"] for c in CATALOG}
    for r in rows:
        assert r[0] in known, r
        assert r[1] in ids, r
        float(r[3])
    rows.sort(key=lambda r: (r[1], r[0]))
    seen = set()
    for r in rows:
        assert (r[0], r[1]) not in seen, r
        seen.add((r[0], r[1]))

    os.makedirs(os.path.join(a.out, "models"), exist_ok=True)
    cols = ["id", "name_de", "name_cs", "name_en", "description_de", "description_cs", "description_en",
            "unit", "direction", "dimension", "source", "year"]
    with open(os.path.join(a.out, "catalog.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(cols)
        for c in CATALOG:
            w.writerow([c[k] for k in cols])
    with open(os.path.join(a.out, "values.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region_code", "indicator_id", "year", "value", "source", "synthetic", "note"])
        for r in rows:
            w.writerow(r[:3] + [repr(float(r[3])) if not float(r[3]).is_integer() else str(int(r[3]))] + r[4:])

    direction = {c["id"]: c["direction"] for c in CATALOG}
    models = {name: model_json(m, direction) for name, m in MODELS.items()}
    model_inds = {i["id"] for m in models.values() for i in m["indicators"]}
    # every group of every model must have a value for every district (else that district
    # would be scored without the dimension)
    have = {(r[0], r[1]) for r in rows}
    for name, m in models.items():
        for g in m["groups"]:
            for reg in DISTRICTS:
                assert any((reg, i) in have for i in g["members"]), (name, g["id"], reg)
            for reg in (munis if name in MUNICIPAL_MODELS else ()):
                assert any((reg, i) in have for i in g["members"]), (name, g["id"], reg)
    with open(os.path.join(a.out, "values_index.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "indicator", "value", "synthetic"])
        for r in rows:
            if r[0] in CORE and r[1] in model_inds:
                w.writerow([r[0], r[1], r[3], r[5]])

    for old in os.listdir(os.path.join(a.out, "models")):
        if old.endswith(".json") and old[:-5] not in models:
            os.remove(os.path.join(a.out, "models", old))
    for name, m in models.items():
        with open(os.path.join(a.out, "models", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(m, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d values (%d synthetic; %d for %d municipalities) for %d indicators and %d models"
          % (len(rows), sum(r[5] for r in rows), sum(1 for r in rows if r[0] in munis), len(munis),
             len(CATALOG), len(models)), file=sys.stderr)


if __name__ == "__main__":
    main()
