#!/usr/bin/env python3
"""Prepare the cross-border district indicator set of rrw (stdlib only, deterministic).

Reads the read-only source bundle in /work/shared/data (override with --src) and the
project's region codes in data/region/stats/regions.csv, and writes
  data/indicators/catalog.csv
  data/indicators/values.csv
  data/indicators/values_index.csv   (region,indicator,value; the 11 core districts only)
  data/indicators/models/all_hazards.json
  data/indicators/models/supply_chain.json
See docs/INDICATORS.md for definitions, sources and caveats.
"""
import argparse
import csv
import json
import os
import sys

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

CATALOG = [
    dict(id="pop_change_4y",
         name_de="Bevölkerungsveränderung über 4 Jahre",
         name_cs="Změna počtu obyvatel za 4 roky",
         name_en="Population change over 4 years",
         description_de="Veränderung der Einwohnerzahl 31.12.2018 → 31.12.2022 (DE) bzw. 1.1.2019 → 1.1.2023 (CZ) in %.",
         description_cs="Změna počtu obyvatel 31.12.2018 → 31.12.2022 (DE), resp. 1.1.2019 → 1.1.2023 (CZ), v %.",
         description_en="Change of resident population 31 Dec 2018 → 31 Dec 2022 (DE) or 1 Jan 2019 → 1 Jan 2023 (CZ), in %.",
         unit="%", direction="higher_is_better", dimension="vulnerability",
         source="DE: Destatis GV-ISys 2018 + Bundeswahlleiterin Strukturdaten EW2024; CZ: ČSÚ obce population", year="2018-2022"),
    dict(id="pop_density",
         name_de="Bevölkerungsdichte", name_cs="Hustota zalidnění", name_en="Population density",
         description_de="Einwohner je km² Fläche (DE 31.12.2022; CZ 1.1.2023 / Polygonfläche).",
         description_cs="Obyvatel na km² (DE 31.12.2022; CZ 1.1.2023 / plocha polygonu).",
         description_en="Inhabitants per km² (DE 31 Dec 2022; CZ 1 Jan 2023 / polygon area).",
         unit="inh/km²", direction="higher_is_worse", dimension="hazard_exposure",
         source="DE: Bundeswahlleiterin Strukturdaten EW2024; CZ: ČSÚ obce population + okres polygon area", year="2022"),
    dict(id="share_60plus",
         name_de="Anteil 60 Jahre und älter", name_cs="Podíl obyvatel 60+", name_en="Share of population aged 60+",
         description_de="Anteil der Bevölkerung ab 60 Jahren in % (DE Kreis 31.12.2022; CZ nur Kraj-Wert 1.7.2017).",
         description_cs="Podíl obyvatel ve věku 60+ v % (DE okres 31.12.2022; CZ jen hodnota kraje 1.7.2017).",
         description_en="Share of population aged 60 and over, % (DE Kreis 31 Dec 2022; CZ kraj value only, 1 Jul 2017).",
         unit="%", direction="higher_is_worse", dimension="vulnerability",
         source="DE: Bundeswahlleiterin Strukturdaten EW2024; CZ: ÚZIS/ČSÚ age structure Karlovarský kraj 2017", year="2022"),
    dict(id="share_75plus",
         name_de="Anteil 75 Jahre und älter", name_cs="Podíl obyvatel 75+", name_en="Share of population aged 75+",
         description_de="Anteil der Bevölkerung ab 75 Jahren in % (DE Kreis 31.12.2022; CZ nur Kraj-Wert 1.7.2017).",
         description_cs="Podíl obyvatel ve věku 75+ v % (DE okres 31.12.2022; CZ jen hodnota kraje 1.7.2017).",
         description_en="Share of population aged 75 and over, % (DE Kreis 31 Dec 2022; CZ kraj value only, 1 Jul 2017).",
         unit="%", direction="higher_is_worse", dimension="vulnerability",
         source="DE: Bundeswahlleiterin Strukturdaten EW2024; CZ: ÚZIS/ČSÚ age structure Karlovarský kraj 2017", year="2022"),
    dict(id="unemployment_rate",
         name_de="Arbeitslosenquote", name_cs="Míra (podíl) nezaměstnanosti", name_en="Registered unemployment rate",
         description_de="DE: Arbeitslosenquote der BA bezogen auf alle zivilen Erwerbspersonen, Oktober 2023; CZ: Anteil arbeitsloser Personen (MPSV, Arbeitsuchende 15–64 / Bevölkerung 15–64), März 2024.",
         description_cs="DE: míra nezaměstnanosti BA vztažená ke všem civilním ekonomicky aktivním, říjen 2023; CZ: podíl nezaměstnaných osob (MPSV, uchazeči 15–64 / obyvatelstvo 15–64), březen 2024.",
         description_en="DE: BA unemployment rate on all civilian labour force, Oct 2023; CZ: share of unemployed persons (MPSV, job seekers 15–64 / population 15–64), Mar 2024.",
         unit="%", direction="higher_is_worse", dimension="vulnerability",
         source="DE: Bundesagentur für Arbeit via Bundeswahlleiterin Strukturdaten EW2024; CZ: MPSV/ÚP ČR via ČSÚ Karlovy Vary (Deník)", year="2023"),
    dict(id="producing_sector_share",
         name_de="Beschäftigtenanteil Produzierendes Gewerbe", name_cs="Podíl zaměstnaných v průmyslu a stavebnictví", name_en="Employment share of the producing sector",
         description_de="Anteil Produzierendes Gewerbe (WZ/CZ-NACE B–F) an den Beschäftigten in % (DE SV-Beschäftigte am Arbeitsort 30.06.2023; CZ Erwerbstätige des Kraj nach CZ-NACE, Jahr unbekannt).",
         description_cs="Podíl sekcí B–F (těžba, zpracovatelský průmysl, energetika, voda, stavebnictví) na zaměstnaných v % (DE 30.06.2023; CZ zaměstnaní v kraji dle CZ-NACE, rok neuveden).",
         description_en="Share of sections B–F (mining, manufacturing, energy, water, construction) in employment, % (DE employees subject to social insurance at place of work 30 Jun 2023; CZ employed persons of the kraj by CZ-NACE, year not stated).",
         unit="%", direction="higher_is_worse", dimension="vulnerability",
         source="DE: BA via Bundeswahlleiterin Strukturdaten EW2024; CZ: ÚZIS table 1.7.3 (ČSÚ)", year="2023"),
    dict(id="gdp_per_capita_eur",
         name_de="BIP je Einwohner", name_cs="HDP na obyvatele", name_en="GDP per inhabitant",
         description_de="Bruttoinlandsprodukt in jeweiligen Preisen je Einwohner, EUR, 2021. Nur DE (CZ nur in CZK ohne Wechselkurs in den Quellen).",
         description_cs="HDP v běžných cenách na obyvatele v EUR, 2021. Jen DE (CZ jen v CZK, kurz ve zdrojích není).",
         description_en="GDP at current prices per inhabitant, EUR, 2021. DE only (CZ only in CZK; no exchange rate in the sources).",
         unit="EUR/inh", direction="higher_is_better", dimension="coping_capacity",
         source="Bundeswahlleiterin Strukturdaten EW2024 (Arbeitskreis VGR der Länder)", year="2021"),
]


def fnum(s):
    s = (s or "").strip()
    return float(s) if s else None


def r1(x):
    return round(x + 0.0, 1)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default="/work/shared/data")
    ap.add_argument("--out", default=os.path.join(REPO, "data", "indicators"))
    a = ap.parse_args()
    stats = os.path.join(a.src, "stats")

    with open(os.path.join(REPO, "data", "region", "stats", "regions.csv"), encoding="utf-8") as f:
        known = {r["code"] for r in csv.DictReader(f)}

    rows = []  # region_code, indicator_id, year, value, source, synthetic, note

    def add(reg, ind, year, value, source, note=""):
        if reg not in known or value is None:
            return
        rows.append([reg, ind, str(year), value, source, 0, note])

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

    model_inds = ["pop_density", "pop_change_4y", "share_75plus", "unemployment_rate", "producing_sector_share"]
    with open(os.path.join(a.out, "values_index.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["region", "indicator", "value"])
        for r in rows:
            if r[0] in CORE and r[1] in model_inds:
                w.writerow([r[0], r[1], r[3]])

    direction = {c["id"]: c["direction"] for c in CATALOG}

    def model(wts, group_w):
        inds = [{"id": i, "direction": direction[i],
                 "normalisation": "rank" if i == "pop_density" else "minmax", "weight": wts[i]}
                for i in model_inds]
        groups = [{"id": "hazard_exposure", "members": ["pop_density"], "aggregation": "arithmetic",
                   "weight": group_w["hazard_exposure"]},
                  {"id": "vulnerability", "members": [i for i in model_inds if i != "pop_density"],
                   "aggregation": "arithmetic", "weight": group_w["vulnerability"]}]
        return {"indicators": inds, "groups": groups,
                "top": {"members": ["hazard_exposure", "vulnerability"], "aggregation": "geometric"},
                "scale": [0, 10], "missing": "exclude"}

    models = {
        "all_hazards": model({"pop_density": 1, "pop_change_4y": 1, "share_75plus": 1,
                              "unemployment_rate": 1, "producing_sector_share": 0.5},
                             {"hazard_exposure": 1, "vulnerability": 1}),
        "supply_chain": model({"pop_density": 1, "pop_change_4y": 0.5, "share_75plus": 0.5,
                               "unemployment_rate": 1, "producing_sector_share": 3},
                              {"hazard_exposure": 1, "vulnerability": 2}),
    }
    for name, m in models.items():
        with open(os.path.join(a.out, "models", name + ".json"), "w", encoding="utf-8") as f:
            json.dump(m, f, indent=2, ensure_ascii=False)
            f.write("\n")
    print("wrote %d values for %d indicators" % (len(rows), len(CATALOG)), file=sys.stderr)


if __name__ == "__main__":
    main()
