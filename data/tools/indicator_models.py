"""The index models of rrw: one per hazard plus an all-hazard index (INFORM structure), and a
border-closure model for the municipal level.

Imported by prepare_indicators.py, which writes data/indicators/models/<id>.json. Each model has
the three INFORM dimensions as groups: hazard_exposure, vulnerability and coping_capacity (lack
of coping capacity: indicators where more is better enter inverted). Indicators are averaged
arithmetically within a group, the groups geometrically at the top (INFORM, Marin-Ferrer et al.
2017). Weights and their reasons: docs/INDICATORS.md.

A member is (indicator id, weight) or (indicator id, weight, normalisation options). Unless given,
the normalisation is min-max. Indicators marked (S) are SYNTHETIC demo indicators.
"""

RANK = {"normalisation": "rank"}
# Only 2 of 13 districts have a value: goalposts place them on a fixed scale instead of
# stretching two numbers to 0 and 10.
BEDS = {"normalisation": "goalpost", "goalposts": [0, 10]}
# Only 3 of 13 districts have a value: 0 = no Czech commuters, 50 per 1,000 (5 % of the
# employees) just above the highest value in the data (Wunsiedel 45.9).
COMMUTERS = {"normalisation": "goalpost", "goalposts": [0, 50]}

MODELS = {
    "all_hazards": dict(
        title_de="Gesamtrisiko (alle Gefahren)",
        title_cs="Celkové riziko (všechna nebezpečí)",
        title_en="All-hazard risk",
        description_de="INFORM-artiger Gesamtindex über alle sieben Gefahren: Gefährdung und Exposition, "
                       "Verwundbarkeit und fehlende Bewältigungskapazität, oben geometrisch gemittelt. "
                       "Synthetische Demo-Indikatoren sind halb gewichtet.",
        description_cs="Souhrnný index podle metodiky INFORM pro všech sedm nebezpečí: ohrožení a expozice, "
                       "zranitelnost a nedostatečná schopnost zvládání, nahoře geometrický průměr. "
                       "Syntetické ukázkové ukazatele mají poloviční váhu.",
        description_en="INFORM-style index over all seven hazards: hazard and exposure, vulnerability and "
                       "lack of coping capacity, geometric mean at the top. Synthetic demo indicators "
                       "have half weight.",
        groups={
            "hazard_exposure": [("pop_density", 1, RANK), ("border_zone_share_20km", 1),
                                ("flood_zone_settlement_share", 0.5), ("forest_area_share", 0.5),
                                ("energy_intensive_employment_share", 0.5),
                                ("shortage_vacancy_share", 0.5)],
            "vulnerability": [("pop_change_4y", 1), ("share_75plus", 1), ("unemployment_rate", 1),
                              ("producing_sector_share", 0.5),
                              ("trade_hospitality_transport_share", 0.5)],
            "coping_capacity": [("gdp_per_capita_eur", 1), ("disposable_income_eur", 1),
                                ("hospital_beds_per_1000", 0.5, BEDS), ("gp_per_100k", 0.5),
                                ("municipal_tax_capacity_index", 0.5)],
        }),
    "border_closure": dict(
        title_de="Grenzschließung",
        title_cs="Uzavření hranic",
        title_en="Border closure",
        description_de="Folgen einer Schließung der deutsch-tschechischen Grenze wie 2020 und 2021: "
                       "Grenznähe, Abhängigkeit von tschechischen Pendlern, Industrie und Handel, "
                       "wirtschaftliche Reserven.",
        description_cs="Dopady uzavření česko-německé hranice jako v letech 2020 a 2021: blízkost hranice, "
                       "závislost na českých pendlerech, průmysl a obchod, hospodářské rezervy.",
        description_en="Impact of a closure of the German–Czech border as in 2020 and 2021: nearness to the "
                       "border, dependence on Czech commuters, industry and trade, economic reserves.",
        groups={
            "hazard_exposure": [("border_zone_share_20km", 1)],
            "vulnerability": [("cz_commuters_per_1000_employees", 1, COMMUTERS),
                              ("producing_sector_share", 1),
                              ("trade_hospitality_transport_share", 0.5)],
            "coping_capacity": [("gdp_per_capita_eur", 1), ("enterprises_per_1000", 0.5),
                                ("municipal_tax_capacity_index", 1)],
        }),
    # The municipal level (Gemeinden and obce): exposure from the municipality's own geometry, the
    # other dimensions from its Kreis / okres (the bundle has nothing per municipality on both
    # sides; prepare_indicators.py repeats the district values, noted), coping in CZ synthetic.
    "border_closure_municipal": dict(
        title_de="Grenzschließung (Gemeinden)",
        title_cs="Uzavření hranic (obce)",
        title_en="Border closure (municipalities)",
        description_de="Folgen einer Schließung der deutsch-tschechischen Grenze wie 2020 und 2021 für "
                       "die Gemeinden beiderseits der Grenze: Grenznähe der Gemeinde (Flächenanteil im "
                       "20-km-Grenzraum, Entfernung zur Grenze); Abhängigkeit von tschechischen Pendlern, "
                       "Industrie und Handel sowie wirtschaftliche Reserven mit den Werten des Kreises "
                       "bzw. Okres oder Kraj.",
        description_cs="Dopady uzavření česko-německé hranice jako v letech 2020 a 2021 na obce na obou "
                       "stranách hranice: blízkost obce k hranici (podíl rozlohy do 20 km od hranice, "
                       "vzdálenost od hranice); závislost na českých pendlerech, průmysl a obchod a "
                       "hospodářské rezervy podle hodnot okresu, resp. kraje.",
        description_en="Impact of a closure of the German–Czech border as in 2020 and 2021 on the "
                       "municipalities on both sides: the municipality's nearness to the border (share "
                       "of area within 20 km, distance to the border); dependence on Czech commuters, "
                       "industry and trade and economic reserves from the values of its Kreis, okres or kraj.",
        groups={
            "hazard_exposure": [("border_zone_share_20km", 1), ("border_distance_km", 1)],
            "vulnerability": [("cz_commuters_per_1000_employees", 1, COMMUTERS),
                              ("producing_sector_share", 1),
                              ("trade_hospitality_transport_share", 0.5)],
            "coping_capacity": [("gdp_per_capita_eur", 1), ("enterprises_per_1000", 0.5),
                                ("municipal_tax_capacity_index", 1)],
        }),
    "supply_chain": dict(
        title_de="Unterbrechung von Lieferketten",
        title_cs="Přerušení dodavatelských řetězců",
        title_en="Supply-chain interruption",
        description_de="Abhängigkeit von industriellen Wertschöpfungsketten (Porzellan, Glas, Maschinenbau, "
                       "Automobilzulieferer) und grenzüberschreitendem Warenverkehr, dazu Arbeitsmarkt und "
                       "wirtschaftliche Reserven.",
        description_cs="Závislost na průmyslových hodnotových řetězcích (porcelán, sklo, strojírenství, "
                       "automobiloví subdodavatelé) a na přeshraniční přepravě zboží, k tomu trh práce a "
                       "hospodářské rezervy.",
        description_en="Dependence on industrial value chains (porcelain, glass, machinery, automotive "
                       "suppliers) and cross-border freight, plus the labour market and economic reserves.",
        groups={
            "hazard_exposure": [("producing_sector_share", 1), ("border_zone_share_20km", 0.5)],
            "vulnerability": [("automotive_supplier_share", 1), ("unemployment_rate", 1),
                              ("pop_change_4y", 0.5)],
            "coping_capacity": [("gdp_per_capita_eur", 1), ("enterprises_per_1000", 1),
                                ("municipal_tax_capacity_index", 1)],
        }),
    "energy_price": dict(
        title_de="Energiepreisschock",
        title_cs="Cenový šok v energetice",
        title_en="Energy-price shock",
        description_de="Energieintensive Industrie, fossile Heizung, Autoabhängigkeit und einkommensschwache "
                       "Haushalte gegen Einkommen und eigene erneuerbare Erzeugung.",
        description_cs="Energeticky náročný průmysl, vytápění fosilními palivy, závislost na autě a "
                       "domácnosti s nízkými příjmy proti příjmům a vlastní výrobě z obnovitelných zdrojů.",
        description_en="Energy-intensive industry, fossil heating, car dependence and low-income households "
                       "against income and own renewable generation.",
        groups={
            "hazard_exposure": [("energy_intensive_employment_share", 1),
                                ("producing_sector_share", 0.5)],
            "vulnerability": [("fossil_heating_share", 1), ("sgb2_rate", 1), ("car_density", 0.5),
                              ("unemployment_rate", 0.5)],
            "coping_capacity": [("disposable_income_eur", 1), ("renewable_power_share", 1),
                                ("municipal_tax_capacity_index", 0.5)],
        }),
    "pandemic": dict(
        title_de="Pandemie",
        title_cs="Pandemie",
        title_en="Pandemic",
        description_de="Bevölkerungsdichte und Grenzverkehr, Hochbetagte und kontaktintensive Branchen "
                       "gegen Krankenhausbetten und Hausärzte.",
        description_cs="Hustota zalidnění a přeshraniční pohyb, nejstarší obyvatelé a odvětví s častým "
                       "kontaktem s lidmi proti nemocničním lůžkům a praktickým lékařům.",
        description_en="Population density and cross-border travel, the very old and contact-intensive "
                       "sectors against hospital beds and general practitioners.",
        groups={
            "hazard_exposure": [("pop_density", 1, RANK), ("border_zone_share_20km", 0.5)],
            "vulnerability": [("share_75plus", 1), ("trade_hospitality_transport_share", 1)],
            "coping_capacity": [("hospital_beds_per_1000", 1, BEDS), ("gp_per_100k", 1)],
        }),
    "flood_heavy_rain": dict(
        title_de="Hochwasser und Starkregen",
        title_cs="Povodně a přívalové srážky",
        title_en="Flood and heavy rain",
        description_de="Siedlungen im Überschwemmungsgebiet, Starkregen und versiegelte Fläche; "
                       "Hochbetagte und Arbeitslose; kommunale Vorsorge und Finanzkraft.",
        description_cs="Zástavba v záplavovém území, přívalové srážky a zpevněné plochy; nejstarší "
                       "obyvatelé a nezaměstnaní; povodňová připravenost a finanční síla obcí.",
        description_en="Settlements in flood zones, heavy rain and sealed area; the very old and the "
                       "unemployed; municipal preparedness and finances.",
        groups={
            "hazard_exposure": [("flood_zone_settlement_share", 1), ("heavy_rain_days", 1),
                                ("settlement_transport_area_share", 0.5)],
            "vulnerability": [("share_75plus", 1), ("unemployment_rate", 0.5)],
            "coping_capacity": [("flood_plan_share", 1), ("gdp_per_capita_eur", 0.5),
                                ("municipal_tax_capacity_index", 0.5)],
        }),
    "drought_forest": dict(
        title_de="Dürre und Waldsterben",
        title_cs="Sucho a odumírání lesů",
        title_en="Drought and forest dieback",
        description_de="Wasserbilanz, Wald- und Vegetationsfläche; Fichtenanteil und Beschäftigung in Land- "
                       "und Forstwirtschaft; Verbundwasserversorgung und Finanzkraft.",
        description_cs="Vodní bilance, plocha lesů a vegetace; zastoupení smrku a zaměstnanost v "
                       "zemědělství a lesnictví; skupinové vodovody a finanční síla obcí.",
        description_en="Water balance, forest and vegetation area; spruce share and employment in "
                       "agriculture and forestry; interconnected water supply and municipal finances.",
        groups={
            "hazard_exposure": [("summer_water_balance_mm", 1), ("forest_area_share", 1),
                                ("vegetation_water_area_share", 0.5)],
            "vulnerability": [("spruce_share", 1), ("agri_forestry_employment_share", 1)],
            "coping_capacity": [("water_network_share", 1), ("municipal_tax_capacity_index", 0.5)],
        }),
    "skilled_labour": dict(
        title_de="Fachkräftemangel",
        title_cs="Nedostatek kvalifikovaných pracovníků",
        title_en="Skilled-labour shortage",
        description_de="Engpassberufe und Abhängigkeit von tschechischen Pendlern; Alterung der Belegschaften "
                       "und der Bevölkerung, Abwanderung, Schulabbruch; Ausbildung und Kinderbetreuung.",
        description_cs="Profese s nedostatkem pracovníků a závislost na českých pendlerech; stárnutí "
                       "zaměstnanců i obyvatel, úbytek obyvatel, předčasné odchody ze škol; učňovské "
                       "školství a péče o malé děti.",
        description_en="Shortage occupations and dependence on Czech commuters; ageing workforce and "
                       "population, population loss, early school leaving; apprenticeships and childcare.",
        groups={
            "hazard_exposure": [("shortage_vacancy_share", 1),
                                ("cz_commuters_per_1000_employees", 0.5, COMMUTERS)],
            "vulnerability": [("workforce_55plus_share", 1), ("share_60_74", 1), ("pop_change_4y", 1),
                              ("school_leavers_no_qualification", 0.5)],
            "coping_capacity": [("apprentices_per_1000_employees", 1), ("childcare_rate_under3", 1)],
        }),
}

# Models made for the municipal level: prepare_indicators.py gives every Gemeinde and obec a value
# in each of their groups (the other models are checked at the district level only).
MUNICIPAL_MODELS = {"border_closure_municipal"}

GROUP_ORDER = ["hazard_exposure", "vulnerability", "coping_capacity"]


def model_json(model, direction):
    """The model as rrw's index-model JSON (src/analysis/risk/index_model.h); `direction` maps an
    indicator id to higher_is_worse | higher_is_better."""
    out = {k: model[k] for k in ("title_de", "title_cs", "title_en",
                                 "description_de", "description_cs", "description_en")}
    indicators, groups = [], []
    for gid in GROUP_ORDER:
        members = model["groups"][gid]
        for member in members:
            ind, weight = member[0], member[1]
            opts = member[2] if len(member) > 2 else {"normalisation": "minmax"}
            indicators.append(dict({"id": ind, "direction": direction[ind]}, **opts, weight=weight))
        groups.append({"id": gid, "members": [m[0] for m in members], "aggregation": "arithmetic",
                       "weight": 1})
    out.update(indicators=indicators, groups=groups,
               top={"members": GROUP_ORDER, "aggregation": "geometric"},
               scale=[0, 10], missing="exclude")
    return out
