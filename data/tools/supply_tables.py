"""Assumption tables of the SYNTHETIC demo firm network (prepare_supply.py).

Every number here is either taken from /work/shared/data (the source is named next to it) or an
assumption of ours, marked ASSUMPTION. data/supply/README.md explains each table.
"""

# --- Sector structure ---------------------------------------------------------------------------

# DE: the five employment groups of the Strukturdaten (SVB 30.06.2023) split into sections.
# ASSUMPTION: the within-group split (coarse German economy-wide proportions).
DE_GROUP_SPLIT = {
    "agri": {"A01": 0.8, "A02": 0.2},
    "prod": {"B08": 0.01, "C": 0.76, "D35": 0.02, "E38": 0.02, "F43": 0.19},
    "trade": {"G46": 0.35, "G47": 0.30, "H49": 0.20, "I55": 0.07, "I56": 0.08},
    "public": {"O84": 0.35, "P85": 0.25, "Q86": 0.25, "Q87": 0.15},
    "other": {"J62": 0.08, "K64": 0.08, "L68": 0.04, "M71": 0.15, "N78": 0.15, "N81": 0.10,
              "Q86": 0.20, "Q88": 0.10, "R93": 0.04, "S96": 0.06},
}

# CZ: employed persons by CZ-NACE section in Karlovarský kraj, thousands
# (region_indicators_from_public_pages.csv, employed_nace_*, ÚZIS table 1.7.3 / ČSÚ).
# ASSUMPTION: the division used for each section.
CZ_SECTION_DIVISIONS = {
    "A": {"A01": 0.8, "A02": 0.2}, "B": {"B05": 0.85, "B08": 0.15}, "C": {"C": 1.0},
    "D": {"D35": 1.0}, "E": {"E38": 1.0}, "F": {"F43": 1.0}, "G": {"G46": 0.45, "G47": 0.55},
    "H": {"H49": 1.0}, "I": {"I55": 0.6, "I56": 0.4}, "J": {"J62": 1.0}, "K": {"K64": 1.0},
    "L": {"L68": 1.0}, "M": {"M71": 1.0}, "N": {"N78": 0.5, "N81": 0.5}, "O": {"O84": 1.0},
    "P": {"P85": 1.0}, "Q": {"Q86": 0.6, "Q87": 0.25, "Q88": 0.15}, "R": {"R93": 1.0},
    "S": {"S96": 1.0},
}

# Manufacturing divisions, baseline employment shares (ASSUMPTION: coarse Central-European
# manufacturing mix, normalised) and regional tilts (multipliers) where the facts file
# (industry_and_disruption_facts.md) names the industry of a district.
C_BASE = {"C10": 0.09, "C11": 0.02, "C13": 0.03, "C16": 0.03, "C17": 0.02, "C20": 0.03,
          "C22": 0.10, "C23": 0.08, "C24": 0.02, "C25": 0.12, "C26": 0.04, "C27": 0.07,
          "C28": 0.14, "C29": 0.13, "C31": 0.02, "C32": 0.03, "C33": 0.03}
C_TILT = {
    "DE24D": {"C23": 3.0},            # porcelain Selb/Wunsiedel, insulators Lapp/Pfisterer
    "DE249": {"C22": 2.0, "C13": 2.0},  # Rehau (plastics); C13: ASSUMPTION (Hof textile belt)
    "DE244": {"C13": 2.0},              # ASSUMPTION (Hof textile belt)
    "DE23A": {"C28": 2.0, "C23": 2.0},  # Hamm AG road rollers; C23: ASSUMPTION (glass/ceramics)
    "DE237": {"C28": 2.0},              # BHS Corrugated, Weiherhammer
    "DE246": {"C23": 1.5},              # Rosenthal plant Speichersdorf
    "DE24B": {"C10": 2.0, "C11": 2.0},  # ASSUMPTION (food and brewing, Kulmbach)
    "CZ0411": {"C29": 1.5, "C22": 1.3, "C27": 1.3},  # ASSUMPTION (Cheb industrial zones)
    "CZ0412": {"C23": 3.0, "C11": 5.0},  # Moser glass, Thun porcelain; Becherovka, Mattoni
    "CZ0413": {"C20": 3.0, "C23": 1.5},  # ASSUMPTION (Vřesová chemistry/gasification)
}
# Section tilts inside the kraj (multipliers on the kraj shares per okres).
CZ_SECTION_TILT = {
    "CZ0413": {"B": 4.0, "D": 2.0},     # lignite: Sokolovská uhelná (facts file)
    "CZ0411": {"B": 0.2, "I": 1.3},     # ASSUMPTION: spa towns Mariánské/Františkovy Lázně
    "CZ0412": {"B": 0.2, "I": 1.6},     # spa/tourism Karlovy Vary (facts file: tourism)
}

# --- Firm size and output -----------------------------------------------------------------------

# Lognormal employees per establishment: (median, sigma, min, max). ASSUMPTION.
SIZE = {"A": (6, 0.9, 1, 120), "B": (60, 1.0, 10, 800), "C": (35, 1.2, 3, 1200),
        "D": (40, 1.0, 5, 500), "E": (25, 0.9, 3, 300), "F": (9, 0.9, 1, 250),
        "G": (8, 1.0, 1, 400), "H": (14, 1.0, 2, 500), "I": (8, 0.9, 1, 300),
        "J": (9, 1.0, 1, 300), "K": (12, 1.0, 2, 300), "L": (4, 0.8, 1, 60),
        "M": (6, 1.0, 1, 200), "N": (12, 1.1, 1, 500), "O": (40, 1.0, 5, 900),
        "P": (30, 0.8, 5, 500), "Q": (25, 1.2, 2, 1000), "R": (6, 1.0, 1, 200),
        "S": (4, 0.8, 1, 80)}

# Gross output per employee and year, EUR, German level (ASSUMPTION: rounded orders of
# magnitude of the German national accounts, production value / persons employed).
OUTPUT_PER_EMPLOYEE = {"A": 120e3, "B": 250e3, "C": 300e3, "D": 900e3, "E": 220e3, "F": 150e3,
                       "G": 130e3, "H": 150e3, "I": 60e3, "J": 200e3, "K": 300e3, "L": 400e3,
                       "M": 120e3, "N": 70e3, "O": 90e3, "P": 70e3, "Q": 80e3, "R": 80e3,
                       "S": 60e3}
OUTPUT_DIVISION = {"C10": 350e3, "C11": 400e3, "C13": 170e3, "C20": 600e3, "C23": 220e3,
                   "C24": 500e3, "C26": 330e3, "C29": 480e3, "C32": 180e3, "C33": 160e3}
WORKING_DAYS = 250  # ASSUMPTION

# --- Input structure ----------------------------------------------------------------------------

# Per customer (division or section): input kinds (label, input share, regional supplier
# prefixes, source mix). Source mix keys: loc = regional firm, same country; xb = regional
# firm across the border; nat = rest_de / rest_cz (own country); eu = rest_eu; ea = east_asia.
# ASSUMPTION: a coarse input-output logic (which sector supplies which), with the shares of
# imported inputs higher for electronics, electrical equipment, machinery and vehicles.
MIX_LOCAL = {"loc": 0.55, "xb": 0.15, "nat": 0.25, "eu": 0.05}
MIX_GOODS = {"loc": 0.30, "xb": 0.20, "nat": 0.30, "eu": 0.15, "ea": 0.05}
MIX_TECH = {"loc": 0.15, "xb": 0.15, "nat": 0.20, "eu": 0.20, "ea": 0.30}
MIX_CHIPS = {"nat": 0.05, "eu": 0.20, "ea": 0.75}
MIX_SERV = {"loc": 0.75, "xb": 0.05, "nat": 0.20}

ENERGY = ("energy", 0.05, ["D35"], {"loc": 0.6, "nat": 0.4})
LOGISTICS = ("transport", 0.04, ["H49"], {"loc": 0.6, "xb": 0.2, "nat": 0.2})
PACKAGING = ("packaging", 0.05, ["C17", "C22"], MIX_GOODS)
CHIPS = ("electronic_components", 0.08, ["C26"], MIX_CHIPS)

INPUTS = {
    "A": [("feed_fertiliser", 0.2, ["C10", "C20", "G46"], MIX_LOCAL), ENERGY],
    "B": [("mining_equipment", 0.15, ["C28", "C33"], MIX_GOODS), ENERGY, LOGISTICS],
    "C10": [("farm_produce", 0.35, ["A01"], MIX_LOCAL), PACKAGING, ENERGY, LOGISTICS],
    "C11": [("farm_produce", 0.2, ["A01"], MIX_LOCAL), ("glass_bottles", 0.12, ["C23"], MIX_GOODS),
            PACKAGING, ENERGY],
    "C13": [("fibres", 0.3, ["C20", "C13"], {"xb": 0.2, "nat": 0.2, "eu": 0.3, "ea": 0.3}),
            ("dyes", 0.08, ["C20"], MIX_GOODS), ENERGY],
    "C16": [("timber", 0.4, ["A02"], MIX_LOCAL), ENERGY, LOGISTICS],
    "C17": [("pulp_wood", 0.35, ["A02", "C16"], MIX_LOCAL), ("chemicals", 0.08, ["C20"], MIX_GOODS),
            ENERGY],
    "C20": [("coal_gas", 0.25, ["B05", "D35"], {"loc": 0.6, "xb": 0.1, "nat": 0.3}),
            ("basic_chemicals", 0.15, ["C20"], {"loc": 0.2, "nat": 0.3, "eu": 0.3, "ea": 0.2}),
            ENERGY],
    "C22": [("polymers", 0.35, ["C20"], {"loc": 0.1, "xb": 0.2, "nat": 0.3, "eu": 0.3, "ea": 0.1}),
            ("moulds_tools", 0.06, ["C25", "C28"], MIX_GOODS), ENERGY, LOGISTICS],
    "C23": [("kaolin_clay_sand", 0.2, ["B08"], {"loc": 0.4, "xb": 0.4, "nat": 0.2}),
            ("glazes_chemicals", 0.08, ["C20"], MIX_GOODS), PACKAGING,
            ("energy", 0.1, ["D35"], {"loc": 0.6, "nat": 0.4})],
    "C24": [("ores_scrap", 0.35, ["E38", "B08"], {"loc": 0.3, "xb": 0.2, "nat": 0.2, "eu": 0.3}),
            ("energy", 0.1, ["D35"], {"loc": 0.6, "nat": 0.4})],
    "C25": [("steel", 0.3, ["C24", "G46"], MIX_GOODS), ("coatings", 0.05, ["C20"], MIX_GOODS),
            ENERGY, LOGISTICS],
    "C26": [CHIPS[:1] + (0.3,) + CHIPS[2:], ("plastic_parts", 0.08, ["C22"], MIX_GOODS),
            ("pcb_metal", 0.08, ["C25", "C27"], MIX_TECH)],
    "C27": [("electronic_components", 0.15, ["C26"], MIX_CHIPS), ("metal_parts", 0.12, ["C25"], MIX_GOODS),
            ("plastic_parts", 0.08, ["C22"], MIX_GOODS), ("ceramic_insulators", 0.05, ["C23"], MIX_GOODS),
            ("copper", 0.1, ["C24"], MIX_GOODS)],
    "C28": [("metal_parts", 0.2, ["C25", "C24"], MIX_GOODS), ("drives_electrics", 0.12, ["C27"], MIX_TECH),
            CHIPS, ("hydraulics_components", 0.08, ["C28"], MIX_TECH), LOGISTICS],
    "C29": [("metal_parts", 0.15, ["C25"], MIX_GOODS), ("plastic_parts", 0.15, ["C22"], MIX_GOODS),
            ("electric_parts", 0.1, ["C27"], MIX_TECH), ("electronic_components", 0.12, ["C26"], MIX_CHIPS),
            ("textile_parts", 0.04, ["C13"], MIX_GOODS), LOGISTICS],
    "C31": [("wood_boards", 0.3, ["C16"], MIX_LOCAL), ("fittings", 0.08, ["C25"], MIX_GOODS)],
    "C32": [("materials", 0.2, ["C22", "C25", "C23"], MIX_GOODS),
            ("components", 0.1, ["C26"], {"nat": 0.2, "eu": 0.3, "ea": 0.5})],
    "C33": [("spare_parts", 0.2, ["C28", "C25"], MIX_TECH)],
    "D": [("fuel", 0.3, ["B05"], {"loc": 0.7, "nat": 0.3}), ("equipment", 0.05, ["C27", "C28"], MIX_TECH)],
    "E": [("vehicles_fuel", 0.1, ["G46", "C29"], MIX_LOCAL), ENERGY],
    "F": [("building_materials", 0.25, ["C23", "C16", "G46"], MIX_LOCAL),
          ("metal_products", 0.1, ["C25"], MIX_LOCAL)],
    "G": [("goods_for_resale", 0.3, ["C10", "C11", "C22", "C25", "C32"], MIX_LOCAL), LOGISTICS],
    "H": [("fuel_vehicles", 0.2, ["G46"], MIX_LOCAL), ("repair", 0.05, ["C33"], MIX_LOCAL)],
    "I": [("food_drinks", 0.3, ["C10", "C11", "G46"], MIX_LOCAL), ENERGY],
    "Q": [("medical_supplies", 0.1, ["G46", "C32"], {"loc": 0.3, "nat": 0.4, "eu": 0.2, "ea": 0.1}),
          ("services", 0.05, ["N81", "M71"], MIX_SERV)],
    "*": [("services", 0.05, ["N81", "M71", "J62"], MIX_SERV), ENERGY],
}

# Stock (inventory days), substitutable share, switch days per input kind (ASSUMPTION: typical
# order of magnitude; perishable and just-in-time inputs hold little, commodities are easier to
# replace than specific components).
INPUT_TRAITS = {
    "farm_produce": (3, 0.4, 3), "food_drinks": (3, 0.6, 3), "energy": (30, 0.0, 0),
    "fuel": (25, 0.3, 7), "coal_gas": (20, 0.1, 14), "transport": (2, 0.7, 2),
    "services": (5, 0.6, 5), "packaging": (7, 0.5, 7), "timber": (15, 0.5, 10),
    "pulp_wood": (15, 0.4, 10), "steel": (10, 0.4, 10), "metal_parts": (5, 0.3, 14),
    "plastic_parts": (4, 0.3, 14), "polymers": (10, 0.4, 10), "electronic_components": (20, 0.15, 28),
    "electric_parts": (6, 0.2, 21), "drives_electrics": (10, 0.2, 21), "kaolin_clay_sand": (20, 0.2, 21),
    "glazes_chemicals": (14, 0.3, 14), "goods_for_resale": (6, 0.6, 5), "medical_supplies": (10, 0.5, 7),
    "building_materials": (5, 0.6, 5), "hydraulics_components": (10, 0.2, 21),
}
DEFAULT_TRAITS = (10, 0.4, 10)

# Lead times in days by source (ASSUMPTION): regional road 1, cross-border 2, rest of the
# country 2, rest of the EU 4, East Asia by sea 35-45.
LEAD = {"loc": (1, 1), "xb": (1, 2), "nat": (2, 3), "eu": (3, 5), "ea": (35, 45)}
EXTRA_STOCK = {"ea": 10}  # East-Asian inputs are stocked for longer (ASSUMPTION)

# --- Crossings ----------------------------------------------------------------------------------

# Freight role and commuter weight per crossing of data/region/border_crossings.geojson.
# Freight: road crossings on main roads and the two rail lines with freight (ASSUMPTION, the
# Selb-Aš rail freight ended 1 June 1996 per the facts file). Commuter weights (ASSUMPTION):
# the main road crossings, with Pomezí nad Ohří largest (open 24 h for commuters in spring
# 2020, facts file), the regional trains Cheb-Marktredwitz and Cheb-Plauen small.
CROSSINGS = [
    ("road:schirnding-pomezi", True, 0.30), ("road:waldsassen-cheb", True, 0.15),
    ("road:selb-as", True, 0.15), ("road:hohenberg-liba", False, 0.05),
    ("road:schoenberg-vojtanov", True, 0.12), ("road:klingenthal-kraslice", True, 0.05),
    ("road:oberwiesenthal-bozi-dar", True, 0.04), ("road:johanngeorgenstadt-potucky", False, 0.04),
    ("rail:EU00038", True, 0.06), ("rail:DE0DXBF", True, 0.04),
]
RAIL_INPUTS = {"coal_gas", "kaolin_clay_sand", "ores_scrap", "polymers", "steel"}

# --- Commuters ----------------------------------------------------------------------------------

# Czech cross-border commuters per Kreis (region_indicators_from_public_pages.csv) and the
# ASSUMPTION for Kreise without a published number (by distance to the border).
COMMUTERS = {"DE24D": (1400, "radio-plassenburg.de, Feb 2021"),
             "DE244": (380, "frankenpost.de, mid-2019"),
             "DE249": (750, "frankenpost.de, mid-2019")}
COMMUTER_SHARE_ASSUMED = {"DE23A": 0.04, "DE237": 0.025, "DE246": 0.008, "DE242": 0.006,
                          "DE24B": 0.004}
COMMUTER_SECTOR = {"C": 1.6, "B": 1.0, "Q": 1.4, "H": 1.4, "I": 1.2, "G": 1.0, "F": 1.0,
                   "N": 1.2, "O": 0.1, "P": 0.2, "K": 0.3}
COMMUTER_OTHER = 0.5
CZ_COMMUTER_SHARE = 0.002  # few Germans work in CZ: about 1,800 (facts file, 2016)

# --- Anchor establishments (SYNTHETIC, modelled on the industries the facts file names) --------

# (municipality code, NACE, employees, name, employees source)
ANCHORS = [
    ("560286", "B05.20", 3000, "Lignite mine Sokolov basin", "facts: SUAS about 3,000 (Nov 2019)"),
    ("560707", "C20.14", 400, "Coal gasification and chemicals Vřesová", "ASSUMPTION"),
    ("555347", "C11.07", 500, "Mineral water bottling Kyselka", "ASSUMPTION"),
    ("554961", "C11.01", 250, "Liqueur distillery Karlovy Vary", "ASSUMPTION"),
    ("554961", "C23.13", 300, "Glassworks Karlovy Vary", "ASSUMPTION"),
    ("555398", "C23.41", 500, "Porcelain works Nová Role", "ASSUMPTION"),
    ("09479152", "C23.41", 600, "Porcelain manufacture Selb", "ASSUMPTION"),
    ("09479152", "C28.13", 700, "Pumps and machinery Selb", "ASSUMPTION"),
    ("09479169", "C23.43", 300, "Ceramic insulators Wunsiedel", "ASSUMPTION"),
    ("09475162", "C22.29", 1200, "Polymer profiles and automotive parts Rehau", "ASSUMPTION"),
    ("09377154", "C28.92", 1000, "Road rollers Tirschenreuth", "facts: Hamm almost 1,000 (2017)"),
    ("09374166", "C28.95", 700, "Corrugated-board machinery Weiherhammer", "facts: BHS 700 (2015)"),
    ("09472190", "C23.41", 300, "Porcelain plant Speichersdorf", "ASSUMPTION"),
    ("09464000", "Q86.10", 1000, "Hospital Hof", "facts: about 1,000 staff"),
    ("09479136", "Q86.10", 700, "Hospital Marktredwitz", "ASSUMPTION"),
]
