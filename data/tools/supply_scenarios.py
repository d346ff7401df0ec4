"""The six bundled supply scenarios (written by prepare_supply.py).

The scenario parser rejects unknown keys, so the German and Czech titles are in
data/supply/scenarios/catalog.json, not in the scenario files.
"""
import json
import os

# Spring 2020 (facts file, section 3): the Czech side closed the border from 14 Mar 2020; only
# Pomezí nad Ohří (24 h) and Vojtanov (later Boží Dar) stayed open; lorries queued back to Cheb
# but moved (freight 0.5, ASSUMPTION; the model's refill lets suppliers send up to 25 % extra while
# stocks are low, so 0.5 acts like about 0.63); of 1,400 commuters of Landkreis Wunsiedel only 475 were let
# in as system-relevant in Feb 2021 (475 / 1,400 = 0.34, rounded to 0.3).
CLOSURE = {"type": "border_closure", "name": "Border closure (like spring 2020)", "start": 5,
           "duration": 21, "freight_throughput": 0.5, "commuter_throughput": 0.3,
           "crossings": "all"}
# East Asia: 8 weeks at 30 % of normal supply (ASSUMPTION, in the range of the Wuhan closure of
# Feb-Mar 2020 and the chip shortage of 2021 named in the facts file).
FAR_EAST = {"type": "far_east_interruption", "name": "East-Asia supply interruption", "start": 5,
            "duration": 56, "supply_fraction": 0.3}

GREENCARD_FIXED = 100_000  # EUR, joint registry and card issue (ASSUMPTION)
GREENCARD_PER_COMMUTER = 25  # EUR per registered commuter and year (ASSUMPTION)
STOCK_SECTORS = ["C"]
STOCK_EXTRA_DAYS = 10
INPUT_VALUE_SHARE = 0.65  # intermediate inputs per EUR of manufacturing output (ASSUMPTION)
HOLDING_COST_RATE = 0.25  # capital, storage, obsolescence per year (ASSUMPTION)

TITLES = {
    "border_closure_3w": {
        "en": "Border closure, 3 weeks (like spring 2020)",
        "de": "Grenzschließung, 3 Wochen (wie im Frühjahr 2020)",
        "cs": "Uzavření hranic na 3 týdny (jako na jaře 2020)"},
    "east_asia_8w": {
        "en": "East-Asia supply interruption, 8 weeks",
        "de": "Lieferunterbrechung aus Ostasien, 8 Wochen",
        "cs": "Přerušení dodávek z východní Asie na 8 týdnů"},
    "both_combined": {
        "en": "Border closure and East-Asia interruption together",
        "de": "Grenzschließung und Lieferunterbrechung aus Ostasien zusammen",
        "cs": "Uzavření hranic a přerušení dodávek z východní Asie současně"},
}
MEASURE_TITLES = {
    "en": "{} – with GreenCard and stockpiling",
    "de": "{} – mit GreenCard und Lagerhaltung",
    "cs": "{} – s GreenCard a předzásobením",
}
MEASURE_NAMES = {
    "greencard": {"en": "GreenCard for cross-border commuters",
                  "de": "GreenCard für Grenzpendler",
                  "cs": "GreenCard pro přeshraniční pendlery"},
    "stockpiling": {"en": "Stockpiling: +10 days of inputs in manufacturing",
                    "de": "Lagerhaltung: Vorräte an Vorleistungen in der Industrie um 10 Tage erhöht",
                    "cs": "Předzásobení: zásoby vstupů ve zpracovatelském průmyslu o 10 dní vyšší"},
}


def measure_costs(firms, links):
    commuters = sum(f["employees"] * f["commuter_share"] for f in firms)
    greencard = GREENCARD_FIXED + GREENCARD_PER_COMMUTER * commuters
    output = {f["id"]: f["daily_output"] for f in firms if f["nace"].startswith(tuple(STOCK_SECTORS))}
    stock_value = sum(STOCK_EXTRA_DAYS * k["input_share"] * INPUT_VALUE_SHARE * output[k["customer"]]
                      for k in links if k["customer"] in output)
    return int(round(greencard, -3)), int(round(stock_value * HOLDING_COST_RATE, -3))


def write_scenarios(folder, firms, links):
    greencard, stockpiling = measure_costs(firms, links)
    measures = [
        {"type": "greencard", "name": MEASURE_NAMES["greencard"]["en"], "cost": greencard},
        {"type": "stockpiling", "name": MEASURE_NAMES["stockpiling"]["en"], "sectors": STOCK_SECTORS,
         "extra_days": STOCK_EXTRA_DAYS, "cost": stockpiling},
    ]
    base = {"border_closure_3w": (60, [CLOSURE]), "east_asia_8w": (150, [FAR_EAST]),
            "both_combined": (150, [CLOSURE, FAR_EAST])}
    catalog = []
    for key, (days, hazards) in base.items():
        for with_measures in (False, True):
            name = key + ("_measures" if with_measures else "")
            titles = {lang: (MEASURE_TITLES[lang].format(t) if with_measures else t)
                      for lang, t in TITLES[key].items()}
            # The name is the id the CLI and the store use (rrw-cli scenario run P NAME); the
            # titles in de, cs and en are in catalog.json.
            doc = {"name": name, "version": 1,
                   "description": "Bundled demo scenario on the SYNTHETIC firm network of "
                                  "data/supply (see data/supply/README.md).",
                   "days": days, "hazards": hazards,
                   "measures": measures if with_measures else []}
            with open(os.path.join(folder, name + ".json"), "w", encoding="utf-8") as fh:
                json.dump(doc, fh, ensure_ascii=False, indent=2)
                fh.write("\n")
            catalog.append({"file": name + ".json", "title": titles,
                            "measures": [m["type"] for m in doc["measures"]]})
    with open(os.path.join(folder, "catalog.json"), "w", encoding="utf-8") as fh:
        json.dump({"description": "Titles of the bundled supply scenarios (de, cs, en). "
                                  "The scenario files themselves allow only one name.",
                   "synthetic_network": True, "scenarios": catalog, "measures": MEASURE_NAMES},
                  fh, ensure_ascii=False, indent=2)
        fh.write("\n")
    return {"greencard": greencard, "stockpiling": stockpiling}
