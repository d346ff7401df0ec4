#!/usr/bin/env python3
"""Generate the SYNTHETIC demo firm network of the bundled region (deterministic, seeded).

Python 3, standard library only. Reads the project's region (data/region: municipalities,
populations, border crossings) and the shared statistics (/work/shared/data/stats, override with
--src), and writes
  data/supply/firms.csv, links.csv, crossings.csv   (every row synthetic=1)
  data/supply/scenarios/*.json                      (six bundled scenarios)
The firms are invented: placed in real municipalities, with sector weights from the real
employment structure. Assumptions and sources: data/supply/README.md, tables in supply_tables.py.
"""
import argparse
import csv
import json
import math
import os
import random
import sys

sys.dont_write_bytecode = True  # keep data/tools free of __pycache__
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import supply_tables as T  # noqa: E402
from supply_scenarios import write_scenarios  # noqa: E402

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DE_CORE = ["DE24D", "DE249", "DE244", "DE246", "DE242", "DE24B", "DE23A", "DE237"]
CZ_CORE = ["CZ0411", "CZ0412", "CZ0413"]
EXTERNAL = ("east_asia", "rest_de", "rest_cz", "rest_eu")
STRUKTUR = "de_kreise_strukturdaten_ew2024.csv"
INDICATORS = "region_indicators_from_public_pages.csv"
C_POP = "Bevölkerung am 31.12.2022 - Insgesamt (in 1000)"
C_SVB = "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - insgesamt (je 1000 Einw.)"
SVB_GROUPS = {
    "agri": "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Land- und Forstwirtschaft, Fischerei (%)",
    "prod": "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Produzierendes Gewerbe (%)",
    "trade": "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Handel, Gastgewerbe, Verkehr (%)",
    "public": "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Öffentliche und private Dienstleister (%)",
    "other": "Sozialversicherungspflichtig Beschäftigte am 30.06.2023 - Übrige Dienstleister und \"ohne Angabe\" (%)",
}
SECTOR_LABEL = {
    "A01": "Farm", "A02": "Forestry", "B05": "Lignite mine", "B08": "Quarry (kaolin, clay, sand)",
    "C10": "Food plant", "C11": "Beverages", "C13": "Textile mill", "C16": "Sawmill",
    "C17": "Paper and packaging", "C20": "Chemical plant", "C22": "Plastics", "C23": "Glass/ceramics",
    "C24": "Foundry", "C25": "Metalworks", "C26": "Electronics", "C27": "Electrical equipment",
    "C28": "Machinery", "C29": "Automotive supplier", "C31": "Furniture", "C32": "Manufacturing (other)",
    "C33": "Machine repair", "D35": "Power and heat", "E38": "Waste and recycling",
    "F43": "Construction", "G46": "Wholesale", "G47": "Retail", "H49": "Haulage",
    "I55": "Hotel/spa", "I56": "Restaurant", "J62": "IT services", "K64": "Bank", "L68": "Real estate",
    "M71": "Engineering office", "N78": "Staffing agency", "N81": "Facility services",
    "O84": "Public administration", "P85": "School", "Q86": "Health care", "Q87": "Care home",
    "Q88": "Social services", "R93": "Sports and leisure", "S96": "Personal services",
}


def die(msg):
    sys.exit("prepare_supply: " + msg)


def read_csv(path):
    if not os.path.exists(path):
        die(f"{path}: file not found")
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def km(a, b):
    lat = math.radians((a[1] + b[1]) / 2)
    return math.hypot((a[0] - b[0]) * 111.32 * math.cos(lat), (a[1] - b[1]) * 110.57)


def rings_of(geom):
    if geom["type"] == "Polygon":
        return [geom["coordinates"]]
    if geom["type"] == "MultiPolygon":
        return geom["coordinates"]
    die(f"unexpected geometry {geom['type']}")


def inside(pt, polys):
    hit = False
    for poly in polys:
        for ring in poly:
            j = len(ring) - 1
            for i in range(len(ring)):
                (xi, yi), (xj, yj) = ring[i][:2], ring[j][:2]
                if (yi > pt[1]) != (yj > pt[1]) and pt[0] < (xj - xi) * (pt[1] - yi) / (yj - yi) + xi:
                    hit = not hit
                j = i
    return hit


def point_in(rng, muni):
    """A random point inside the municipality polygon (lon/lat, 5 decimals)."""
    xs = [c[0] for p in muni["polys"] for c in p[0]]
    ys = [c[1] for p in muni["polys"] for c in p[0]]
    for _ in range(500):
        pt = (rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys)))
        if inside(pt, muni["polys"]):
            return (round(pt[0], 5), round(pt[1], 5))
    die(f"municipality {muni['code']}: no point found inside its polygon")


def load_municipalities(region_dir):
    places = json.load(open(os.path.join(region_dir, "places.geojson"), encoding="utf-8"))
    de_pop = {}
    for f in places["features"]:
        p = f["properties"]
        if p.get("country") == "DE" and p.get("population"):
            de_pop[p["municipality_code"]] = de_pop.get(p["municipality_code"], 0) + p["population"]
    munis = {}
    for name, region_key in (("gemeinden_de", "kreis_code"), ("obce_cz", "okres_code")):
        data = json.load(open(os.path.join(region_dir, name + ".geojson"), encoding="utf-8"))
        for f in data["features"]:
            p = f["properties"]
            region = p[region_key]
            if region not in DE_CORE + CZ_CORE or p.get("type") == "Gemeindefreies Gebiet":
                continue
            # DE: GeoNames population of the places in the Gemeinde (VG5000 has none);
            # 1,000 for a Gemeinde without a GeoNames place of >= 500 inhabitants.
            pop = p.get("population") if p["country"] == "CZ" else de_pop.get(p["code"], 1000)
            if pop is None:
                die(f"{name}.geojson: municipality {p['code']} has no population")
            if pop == 0:
                continue  # e.g. the military training area Hradiště
            munis[p["code"]] = {"code": p["code"], "name": p["name"], "region": region,
                                "country": p["country"], "pop": pop,
                                "polys": rings_of(f["geometry"])}
    return munis


def region_employment(src):
    """Employees and section weights per core district, from the real statistics."""
    emp, weights = {}, {}
    for row in read_csv(os.path.join(src, STRUKTUR)):
        code = row["nuts_code"]
        if code not in DE_CORE:
            continue
        emp[code] = float(row[C_POP]) * float(row[C_SVB])
        g = {k: float(row[c]) if row[c].strip() else None for k, c in SVB_GROUPS.items()}
        if g["agri"] is None or g["prod"] is None:  # Hof (Stadt): suppressed, use the rest
            g["agri"] = 0.0
            g["prod"] = 100.0 - g["trade"] - g["public"] - g["other"]
        w = {}
        for group, share in g.items():
            for sec, part in T.DE_GROUP_SPLIT[group].items():
                w[sec] = w.get(sec, 0.0) + share * part
        weights[code] = expand_manufacturing(code, w)
    ind = read_csv(os.path.join(src, INDICATORS))
    cz = {r["indicator"][len("employed_nace_"):]: float(r["value"]) * 1000 for r in ind
          if r["region_code"] == "CZ041" and r["indicator"].startswith("employed_nace_")}
    total = next(float(r["value"]) * 1000 for r in ind
                 if r["region_code"] == "CZ041" and r["indicator"] == "employed_total")
    if len(cz) < 19:
        die(f"{INDICATORS}: expected employed_nace_A..S for CZ041, found {sorted(cz)}")
    return emp, weights, cz, total


def expand_manufacturing(region, w):
    c = w.pop("C", 0.0)
    tilt = T.C_TILT.get(region, {})
    base = {d: s * tilt.get(d, 1.0) for d, s in T.C_BASE.items()}
    norm = sum(base.values())
    for d, s in base.items():
        w[d] = w.get(d, 0.0) + c * s / norm
    return w


def cz_weights(region, cz):
    tilt = T.CZ_SECTION_TILT.get(region, {})
    w = {}
    for sec, n in cz.items():
        for div, part in T.CZ_SECTION_DIVISIONS[sec].items():
            w[div] = w.get(div, 0.0) + n * part * tilt.get(sec, 1.0)
    return expand_manufacturing(region, w)


def size_params(div):
    return T.SIZE[div[0]]


def mean_size(div):
    med, sig, lo, hi = size_params(div)
    return min(hi, max(lo, med * math.exp(sig * sig / 2)))


def draw_size(rng, div):
    med, sig, lo, hi = size_params(div)
    return int(min(hi, max(lo, round(rng.lognormvariate(math.log(med), sig)))))


def daily_output(div, employees, country, cz_factor):
    per = T.OUTPUT_DIVISION.get(div, T.OUTPUT_PER_EMPLOYEE[div[0]])
    if country == "CZ":
        per *= cz_factor
    return round(employees * per / T.WORKING_DAYS, 2)


def cz_productivity_factor(src):
    """CZ output per person relative to DE, from the two regional output figures we have."""
    ind = read_csv(os.path.join(src, INDICATORS))
    val = {(r["region_code"], r["indicator"], r["year"]): float(r["value"]) for r in ind}
    cz_gdp_eur = val[("CZ041", "gdp_total", "2019")] * 1e6 / 25.670  # ECB 2019 average CZK/EUR
    cz_per = cz_gdp_eur / (next(float(r["value"]) for r in ind if r["indicator"] == "employed_total") * 1000)
    st = {r["nuts_code"]: r for r in read_csv(os.path.join(src, STRUKTUR))}["DE24D"]
    svb = float(st[C_POP]) * float(st[C_SVB])
    de_per = val[("DE24D", "gross_value_added_total", "2018")] * 1e9 / (svb * 1.3)
    return round(cz_per / de_per, 2)


def place_firms(rng, munis, n_firms, src):
    emp, de_w, cz, cz_total = region_employment(src)
    cz_pop = {r: sum(m["pop"] for m in munis.values() if m["region"] == r) for r in CZ_CORE}
    for r in CZ_CORE:
        emp[r] = cz_total * cz_pop[r] / sum(cz_pop.values())
    weights = dict(de_w)
    for r in CZ_CORE:
        weights[r] = cz_weights(r, cz)
    cz_factor = cz_productivity_factor(src)
    firms = []
    total_emp = sum(emp.values())
    for region in DE_CORE + CZ_CORE:
        count = round(n_firms * emp[region] / total_emp)
        w = weights[region]
        divs = sorted(w)
        probs = [w[d] / mean_size(d) for d in divs]
        rmunis = sorted((m for m in munis.values() if m["region"] == region), key=lambda m: m["code"])
        for _ in range(count):
            div = rng.choices(divs, probs)[0]
            muni = rng.choices(rmunis, [m["pop"] for m in rmunis])[0]
            firms.append(make_firm(rng, muni, div, draw_size(rng, div), None, cz_factor))
    for code, nace, employees, name, _src in T.ANCHORS:
        if code not in munis:
            die(f"supply_tables.ANCHORS: municipality {code} is not in the core region")
        firms.append(make_firm(rng, munis[code], nace, employees, name, cz_factor))
    for i, f in enumerate(firms):
        f["id"] = f"{f['region'].lower()}_{i + 1:04d}"
        if not f["name"]:
            f["name"] = f"{SECTOR_LABEL[f['div']]} {f['muni_name']} {i + 1} (synthetic)"
    return firms, emp, cz_factor


def make_firm(rng, muni, nace, employees, name, cz_factor):
    div = nace[:3]
    return {"id": "", "name": f"{name} (synthetic)" if name else "", "municipality": muni["code"],
            "muni_name": muni["name"], "region": muni["region"], "country": muni["country"],
            "nace": nace, "div": div, "employees": employees,
            "daily_output": daily_output(div, employees, muni["country"], cz_factor),
            "xy": point_in(rng, muni), "commuter_share": 0.0}


def assign_commuters(rng, firms, emp, crossings_xy):
    """Czech commuter shares of the DE firms, calibrated per Kreis (see README)."""
    targets = {}
    for region in DE_CORE:
        if region in T.COMMUTERS:
            targets[region] = T.COMMUTERS[region][0] / emp[region]
        else:
            targets[region] = T.COMMUTER_SHARE_ASSUMED[region]
    for f in firms:
        if f["country"] == "CZ":
            f["commuter_share"] = T.CZ_COMMUTER_SHARE if rng.random() < 0.1 else 0.0
            continue
        d = min(km(f["xy"], xy) for xy in crossings_xy)
        border = 1.5 if d < 15 else 1.0 if d < 30 else 0.7
        f["cw"] = T.COMMUTER_SECTOR.get(f["div"][0], T.COMMUTER_OTHER) * border * \
            rng.lognormvariate(0.0, 0.5)
    for region in DE_CORE:
        rf = [f for f in firms if f["region"] == region]
        total = sum(f["employees"] for f in rf)
        lo, hi = 0.0, 10.0
        for _ in range(60):  # bisection on the scale so the employee-weighted mean hits the target
            s = (lo + hi) / 2
            mean = sum(f["employees"] * min(0.6, s * f["cw"]) for f in rf) / total
            lo, hi = (s, hi) if mean < targets[region] else (lo, s)
        for f in rf:
            f["commuter_share"] = round(min(0.6, lo * f["cw"]), 4)
    return targets


def read_crossings(region_dir):
    data = json.load(open(os.path.join(region_dir, "border_crossings.geojson"), encoding="utf-8"))
    by_id = {f["properties"]["code"]: f for f in data["features"]}
    out = []
    for cid, freight, commuters in T.CROSSINGS:
        if cid not in by_id:
            die(f"border_crossings.geojson has no crossing {cid}")
        f = by_id[cid]
        out.append({"id": cid, "name": f["properties"]["name"], "freight": freight,
                    "commuters": commuters, "xy": tuple(f["geometry"]["coordinates"][:2]),
                    "rail": cid.startswith("rail:")})
    return out


def pick_crossing(rng, a, b, crossings, kind):
    freight = [c for c in crossings if c["freight"]]
    road = [c for c in freight if not c["rail"]]
    pool = [c for c in freight if c["rail"]] if kind in T.RAIL_INPUTS and rng.random() < 0.4 else road
    return min(pool, key=lambda c: km(a, c["xy"]) + km(c["xy"], b))["id"]


def build_links(rng, firms, crossings):
    by_prefix = {}
    for f in firms:
        by_prefix.setdefault(f["div"], []).append(f)
    links = []
    for c in firms:
        kinds = T.INPUTS.get(c["div"]) or T.INPUTS.get(c["div"][0]) or T.INPUTS["*"]
        for label, share, prefixes, mix in kinds:
            n = 2 if rng.random() < 0.4 else 1
            used = set()
            parts = [share] if n == 1 else [round(share * 0.6, 4), round(share * 0.4, 4)]
            for part in parts:
                link = make_link(rng, c, label, part, prefixes, mix, by_prefix, crossings, used)
                if link:
                    links.append(link)
    return links


def make_link(rng, c, label, share, prefixes, mix, by_prefix, crossings, used):
    src = rng.choices(sorted(mix), [mix[k] for k in sorted(mix)])[0]
    supplier, crossing = None, ""
    if src in ("loc", "xb"):
        want = c["country"] if src == "loc" else ("CZ" if c["country"] == "DE" else "DE")
        pool = [f for p in prefixes for f in by_prefix.get(p, [])
                if f["country"] == want and f["id"] != c["id"] and f["id"] not in used]
        if pool:
            pool.sort(key=lambda f: f["id"])
            w = [math.sqrt(f["daily_output"]) / (1.0 + km(f["xy"], c["xy"]) / 20.0) for f in pool]
            s = rng.choices(pool, w)[0]
            supplier = s["id"]
            if src == "xb":
                crossing = pick_crossing(rng, s["xy"], c["xy"], crossings, label)
        else:
            src = "nat" if src == "loc" else "xb_ext"
    if supplier is None:
        if src == "nat":
            supplier = "rest_de" if c["country"] == "DE" else "rest_cz"
        elif src == "xb_ext":
            supplier = "rest_cz" if c["country"] == "DE" else "rest_de"
        elif src == "eu":
            supplier = "rest_eu"
        else:
            supplier = "east_asia"
        # Goods from Germany and the rest of the EU reach Czech firms across the regional
        # border; rest_cz reaches German firms the same way. East Asia arrives via the seaports.
        crosses = supplier == "rest_cz" and c["country"] == "DE" or \
            supplier == "rest_de" and c["country"] == "CZ" or \
            supplier == "rest_eu" and c["country"] == "CZ" and rng.random() < 0.7
        if crosses:
            crossing = pick_crossing(rng, c["xy"], c["xy"], crossings, label)
    if supplier in used:
        return None
    used.add(supplier)
    stock, subst, switch = T.INPUT_TRAITS.get(label, T.DEFAULT_TRAITS)
    key = "ea" if supplier == "east_asia" else "xb" if crossing else src if src in T.LEAD else "nat"
    lo, hi = T.LEAD[key]
    stock = stock + T.EXTRA_STOCK.get(key, 0)
    return {"supplier": supplier, "customer": c["id"], "input_share": share,
            "lead_time": rng.randint(lo, hi),
            "inventory_days": max(1, round(stock * rng.uniform(0.7, 1.3))),
            "substitutable_share": round(min(1.0, max(0.0, subst + rng.uniform(-0.1, 0.1))), 2),
            "switch_days": max(0, round(switch * rng.uniform(0.7, 1.3))), "crossing": crossing,
            "input": label}


def write_csv(path, header, rows):
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header + ["synthetic"])
        for r in rows:
            w.writerow(r + [1])


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default="/work/shared/data/stats", help="shared statistics folder")
    ap.add_argument("--out", default=os.path.join(REPO, "data", "supply"))
    ap.add_argument("--seed", type=int, default=20200313, help="random seed (default: 13 Mar 2020)")
    ap.add_argument("--firms", type=int, default=1800, help="firms besides the anchors")
    args = ap.parse_args()
    rng = random.Random(args.seed)
    region_dir = os.path.join(REPO, "data", "region")
    munis = load_municipalities(region_dir)
    crossings = read_crossings(region_dir)
    firms, emp, cz_factor = place_firms(rng, munis, args.firms, args.src)
    targets = assign_commuters(rng, firms, emp, [c["xy"] for c in crossings])
    links = build_links(rng, firms, crossings)
    os.makedirs(os.path.join(args.out, "scenarios"), exist_ok=True)
    write_csv(os.path.join(args.out, "firms.csv"),
              ["id", "name", "municipality", "region", "country", "nace", "employees",
               "commuter_share", "daily_output", "energy_intensity", "x", "y"],
              [[f["id"], f["name"], f["municipality"], f["region"], f["country"], f["nace"],
                f["employees"], f["commuter_share"], f["daily_output"], "", f["xy"][0], f["xy"][1]]
               for f in firms])
    write_csv(os.path.join(args.out, "links.csv"),
              ["supplier", "customer", "input_share", "lead_time", "inventory_days",
               "substitutable_share", "switch_days", "crossing", "input"],
              [[k["supplier"], k["customer"], k["input_share"], k["lead_time"], k["inventory_days"],
                k["substitutable_share"], k["switch_days"], k["crossing"], k["input"]] for k in links])
    write_csv(os.path.join(args.out, "crossings.csv"), ["id", "name", "freight", "commuters"],
              [[c["id"], c["name"], "yes" if c["freight"] else "no", c["commuters"]] for c in crossings])
    costs = write_scenarios(os.path.join(args.out, "scenarios"), firms, links)
    summary(firms, links, emp, targets, cz_factor, costs)


def summary(firms, links, emp, targets, cz_factor, costs):
    for country in ("DE", "CZ"):
        cf = [f for f in firms if f["country"] == country]
        real = sum(v for r, v in emp.items() if r.startswith(country))
        e = sum(f["employees"] for f in cf)
        com = sum(f["employees"] * f["commuter_share"] for f in cf)
        print(f"{country}: {len(cf)} firms, {e} employees ({100 * e / real:.1f} % of {real:.0f}), "
              f"commuters {com:.0f}")
    for r, t in targets.items():
        print(f"  {r}: commuter share target {t:.4f}")
    kinds = {}
    for k in links:
        key = k["supplier"] if k["supplier"] in EXTERNAL else "cross-border" if k["crossing"] else "regional"
        kinds[key] = kinds.get(key, 0) + 1
    print(f"links {len(links)}: {kinds}; CZ/DE output factor {cz_factor}; measure costs {costs}")


if __name__ == "__main__":
    main()
