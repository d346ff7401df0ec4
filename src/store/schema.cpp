#include "store/schema.h"

#include <string>

#include "core/error.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

// Each entry moves the schema from version i to i + 1. Never edit a released entry; add one.
const char* const kMigrations[] = {
    // 0 -> 1: metadata, layer provenance, regions and population
    R"sql(
CREATE TABLE rrw_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE rrw_layer_metadata (
    layer                     TEXT PRIMARY KEY,
    title_de                  TEXT,
    title_cs                  TEXT,
    title_en                  TEXT,
    source_file               TEXT NOT NULL,
    source_driver             TEXT,
    source_layer              TEXT,
    source_crs                TEXT NOT NULL,
    source_crs_note           TEXT,
    transformation            TEXT NOT NULL,
    transformation_accuracy_m REAL,
    encoding                  TEXT,
    imported_at               TEXT NOT NULL,
    source_features           INTEGER NOT NULL,
    features                  INTEGER NOT NULL,
    repaired                  INTEGER NOT NULL,
    rejected                  INTEGER NOT NULL,
    rejected_list             TEXT NOT NULL DEFAULT '[]',
    warnings                  TEXT NOT NULL DEFAULT '[]',
    licence                   TEXT,
    attribution               TEXT,
    source_url                TEXT,
    source_year               TEXT,
    synthetic                 INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE rrw_region (
    code           TEXT PRIMARY KEY,
    level          TEXT NOT NULL CHECK (level IN ('land', 'kreis', 'gemeinde', 'kraj', 'okres', 'obec')),
    parent_code    TEXT REFERENCES rrw_region(code),
    country        TEXT NOT NULL CHECK (country IN ('DE', 'CZ')),
    name           TEXT NOT NULL,
    name_de        TEXT NOT NULL,
    name_cs        TEXT NOT NULL,
    nuts3          TEXT,
    lau1           TEXT,
    ags            TEXT,
    kod            TEXT,
    analysis_level TEXT NOT NULL CHECK (analysis_level IN ('region', 'district', 'municipality')),
    layer          TEXT
);
CREATE INDEX rrw_region_parent ON rrw_region(parent_code);
CREATE INDEX rrw_region_level ON rrw_region(analysis_level, country);
CREATE TABLE rrw_population (
    region_code    TEXT NOT NULL REFERENCES rrw_region(code),
    reference_date TEXT NOT NULL,
    population     INTEGER NOT NULL CHECK (population >= 0),
    men            INTEGER,
    women          INTEGER,
    source         TEXT NOT NULL,
    licence        TEXT,
    synthetic      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (region_code, reference_date)
);
CREATE TABLE rrw_data_source (
    file        TEXT PRIMARY KEY,
    layer       TEXT,
    title_de    TEXT,
    title_cs    TEXT,
    title_en    TEXT,
    source      TEXT,
    authority   TEXT,
    year        TEXT,
    licence     TEXT,
    attribution TEXT,
    url         TEXT,
    notes       TEXT
);
CREATE TABLE rrw_log (
    id     INTEGER PRIMARY KEY,
    at     TEXT NOT NULL,
    action TEXT NOT NULL,
    detail TEXT
);
)sql",
    // 1 -> 2: per-layer styles as data (docs/STYLES.md)
    R"sql(
CREATE TABLE rrw_layer_style (
    layer      TEXT PRIMARY KEY,
    style_json TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
)sql",
    // 2 -> 3: indicators, their values per region and year, index models and runs
    R"sql(
CREATE TABLE rrw_indicator (
    id             TEXT PRIMARY KEY,
    name_de        TEXT NOT NULL,
    name_cs        TEXT NOT NULL,
    name_en        TEXT NOT NULL,
    description_de TEXT,
    description_cs TEXT,
    description_en TEXT,
    unit           TEXT,
    direction      TEXT NOT NULL CHECK (direction IN ('higher_is_worse', 'higher_is_better')),
    dimension      TEXT NOT NULL CHECK (dimension IN ('hazard_exposure', 'vulnerability', 'coping_capacity')),
    source         TEXT,
    year           TEXT
);
CREATE TABLE rrw_indicator_value (
    region_code  TEXT NOT NULL REFERENCES rrw_region(code),
    indicator_id TEXT NOT NULL REFERENCES rrw_indicator(id),
    year         TEXT NOT NULL,
    value        REAL NOT NULL,
    source       TEXT NOT NULL,
    synthetic    INTEGER NOT NULL DEFAULT 0,
    note         TEXT,
    PRIMARY KEY (region_code, indicator_id, year)
);
CREATE TABLE rrw_index_model (
    id         TEXT PRIMARY KEY,
    model_json TEXT NOT NULL
);
CREATE TABLE rrw_index_run (
    id          INTEGER PRIMARY KEY,
    model_id    TEXT NOT NULL,
    model_json  TEXT NOT NULL,
    inputs_json TEXT NOT NULL,
    samples     INTEGER NOT NULL,
    seed        INTEGER NOT NULL,
    result_json TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
)sql",
    // 3 -> 4: the SWOT register with evidence and suggestion decisions, TOWS strategies,
    // measures and the BBK scenarios (docs/STORE.md). GDAL's writer runs with foreign keys
    // off, so the ON DELETE actions are also carried out by triggers.
    R"sql(
CREATE TABLE rrw_swot_item (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    region_code TEXT REFERENCES rrw_region(code),
    category    TEXT NOT NULL CHECK (category IN ('S', 'W', 'O', 'T')),
    text_de     TEXT,
    text_cs     TEXT,
    importance  INTEGER NOT NULL DEFAULT 3 CHECK (importance BETWEEN 1 AND 5),
    author      TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    origin      TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'suggestion')),
    position    INTEGER NOT NULL,
    CHECK (COALESCE(text_de, '') <> '' OR COALESCE(text_cs, '') <> '')
);
CREATE INDEX rrw_swot_item_quadrant ON rrw_swot_item(region_code, category, position);
CREATE TABLE rrw_swot_evidence (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    item_id INTEGER NOT NULL REFERENCES rrw_swot_item(id) ON DELETE CASCADE,
    kind    TEXT NOT NULL
            CHECK (kind IN ('indicator', 'layer', 'index_run', 'source', 'bbk_scenario')),
    ref     TEXT NOT NULL CHECK (ref <> ''),
    note    TEXT,
    UNIQUE (item_id, kind, ref)
);
CREATE TABLE rrw_swot_suggestion_decision (
    region_code  TEXT NOT NULL REFERENCES rrw_region(code),
    indicator_id TEXT NOT NULL REFERENCES rrw_indicator(id),
    category     TEXT NOT NULL CHECK (category IN ('S', 'W')),
    decision     TEXT NOT NULL CHECK (decision IN ('accepted', 'rejected')),
    item_id      INTEGER REFERENCES rrw_swot_item(id) ON DELETE SET NULL,
    decided_by   TEXT,
    decided_at   TEXT NOT NULL,
    PRIMARY KEY (region_code, indicator_id, category)
);
CREATE TABLE rrw_measure (
    id             TEXT PRIMARY KEY CHECK (id <> ''),
    title_de       TEXT,
    title_cs       TEXT,
    title_en       TEXT,
    description_de TEXT,
    description_cs TEXT,
    description_en TEXT,
    status         TEXT NOT NULL DEFAULT 'idea'
                   CHECK (status IN ('idea', 'planned', 'in_progress', 'done')),
    source         TEXT,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    CHECK (COALESCE(title_de, '') <> '' OR COALESCE(title_cs, '') <> '')
);
CREATE TABLE rrw_tows_strategy (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind       TEXT NOT NULL CHECK (kind IN ('SO', 'ST', 'WO', 'WT')),
    title_de   TEXT,
    title_cs   TEXT,
    text_de    TEXT,
    text_cs    TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (COALESCE(title_de, '') <> '' OR COALESCE(title_cs, '') <> '')
);
CREATE TABLE rrw_tows_strategy_item (
    strategy_id INTEGER NOT NULL REFERENCES rrw_tows_strategy(id) ON DELETE CASCADE,
    item_id     INTEGER NOT NULL REFERENCES rrw_swot_item(id) ON DELETE CASCADE,
    PRIMARY KEY (strategy_id, item_id)
);
CREATE INDEX rrw_tows_strategy_item_item ON rrw_tows_strategy_item(item_id);
CREATE TABLE rrw_tows_strategy_measure (
    strategy_id INTEGER NOT NULL REFERENCES rrw_tows_strategy(id) ON DELETE CASCADE,
    measure_id  TEXT NOT NULL REFERENCES rrw_measure(id) ON DELETE CASCADE,
    PRIMARY KEY (strategy_id, measure_id)
);
CREATE INDEX rrw_tows_strategy_measure_measure ON rrw_tows_strategy_measure(measure_id);
CREATE TABLE rrw_bbk_scenario (
    id           TEXT PRIMARY KEY CHECK (id <> ''),
    name_de      TEXT NOT NULL,
    name_cs      TEXT NOT NULL,
    name_en      TEXT NOT NULL,
    likelihood   TEXT NOT NULL CHECK (likelihood IN ('A', 'B', 'C', 'D', 'E')),
    assessment   TEXT,
    rationale_de TEXT,
    updated_at   TEXT NOT NULL
);
CREATE TABLE rrw_bbk_scenario_extent (
    scenario_id  TEXT NOT NULL REFERENCES rrw_bbk_scenario(id) ON DELETE CASCADE,
    parameter    TEXT NOT NULL
                 CHECK (parameter IN ('people', 'environment', 'economy', 'supply', 'immaterial')),
    extent_class INTEGER NOT NULL CHECK (extent_class BETWEEN 1 AND 5),
    PRIMARY KEY (scenario_id, parameter)
);
CREATE TRIGGER rrw_swot_item_deleted AFTER DELETE ON rrw_swot_item BEGIN
    DELETE FROM rrw_swot_evidence WHERE item_id = OLD.id;
    DELETE FROM rrw_tows_strategy_item WHERE item_id = OLD.id;
    UPDATE rrw_swot_suggestion_decision SET item_id = NULL WHERE item_id = OLD.id;
END;
CREATE TRIGGER rrw_tows_strategy_deleted AFTER DELETE ON rrw_tows_strategy BEGIN
    DELETE FROM rrw_tows_strategy_item WHERE strategy_id = OLD.id;
    DELETE FROM rrw_tows_strategy_measure WHERE strategy_id = OLD.id;
END;
CREATE TRIGGER rrw_measure_deleted AFTER DELETE ON rrw_measure BEGIN
    DELETE FROM rrw_tows_strategy_measure WHERE measure_id = OLD.id;
END;
CREATE TRIGGER rrw_bbk_scenario_deleted AFTER DELETE ON rrw_bbk_scenario BEGIN
    DELETE FROM rrw_bbk_scenario_extent WHERE scenario_id = OLD.id;
END;
)sql",
    // 4 -> 5: the supply network (firms, links, border crossings), versioned supply-chain
    // scenarios and their runs with inputs and provenance hash (docs/STORE.md, docs/SUPPLY.md).
    R"sql(
CREATE TABLE rrw_supply_firm (
    id               TEXT PRIMARY KEY CHECK (id <> ''),
    position         INTEGER NOT NULL UNIQUE,
    name             TEXT NOT NULL DEFAULT '',
    municipality     TEXT NOT NULL DEFAULT '',
    region           TEXT NOT NULL DEFAULT '',
    nace             TEXT NOT NULL,
    country          TEXT NOT NULL DEFAULT '',
    employees        REAL NOT NULL CHECK (employees >= 0),
    commuter_share   REAL NOT NULL CHECK (commuter_share BETWEEN 0 AND 1),
    daily_output     REAL NOT NULL CHECK (daily_output >= 0),
    energy_intensity REAL CHECK (energy_intensity BETWEEN 0 AND 1),
    x                REAL,
    y                REAL,
    synthetic        INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    CHECK ((x IS NULL) = (y IS NULL))
);
CREATE INDEX rrw_supply_firm_municipality ON rrw_supply_firm(municipality);
CREATE TABLE rrw_supply_crossing (
    id              TEXT PRIMARY KEY CHECK (id <> ''),
    position        INTEGER NOT NULL UNIQUE,
    name            TEXT NOT NULL DEFAULT '',
    freight         INTEGER NOT NULL CHECK (freight IN (0, 1)),
    commuter_weight REAL NOT NULL CHECK (commuter_weight >= 0),
    synthetic       INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1))
);
CREATE TABLE rrw_supply_link (
    position            INTEGER PRIMARY KEY,
    supplier            TEXT NOT NULL CHECK (supplier <> ''),
    customer            TEXT NOT NULL REFERENCES rrw_supply_firm(id),
    input_share         REAL NOT NULL CHECK (input_share BETWEEN 0 AND 1),
    lead_time           INTEGER NOT NULL CHECK (lead_time BETWEEN 1 AND 365),
    inventory_days      REAL NOT NULL CHECK (inventory_days BETWEEN 0 AND 3650),
    substitutable_share REAL NOT NULL CHECK (substitutable_share BETWEEN 0 AND 1),
    switch_days         INTEGER NOT NULL CHECK (switch_days BETWEEN 0 AND 3650),
    crossing            TEXT,
    input               TEXT,
    synthetic           INTEGER NOT NULL DEFAULT 0 CHECK (synthetic IN (0, 1)),
    CHECK (supplier <> customer)
);
CREATE INDEX rrw_supply_link_customer ON rrw_supply_link(customer);
CREATE TABLE rrw_scenario (
    name       TEXT NOT NULL CHECK (name <> ''),
    version    INTEGER NOT NULL CHECK (version >= 1),
    json       TEXT NOT NULL,
    title_de   TEXT,
    title_cs   TEXT,
    created_at TEXT NOT NULL,
    PRIMARY KEY (name, version)
);
CREATE TABLE rrw_scenario_run (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    scenario_name    TEXT NOT NULL,
    scenario_version INTEGER NOT NULL CHECK (scenario_version >= 1),
    scenario_json    TEXT NOT NULL,
    network_digest   TEXT NOT NULL CHECK (length(network_digest) = 16),
    inputs_hash      TEXT NOT NULL CHECK (length(inputs_hash) = 16),
    days             INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
    result_json      TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    duration_ms      INTEGER NOT NULL CHECK (duration_ms >= 0)
);
CREATE INDEX rrw_scenario_run_scenario ON rrw_scenario_run(scenario_name, scenario_version);
)sql",
    // 5 -> 6: the governance register (partner organisations with their roles; measures get an
    // owner, a review date and links to SWOT items and risks) and the slides of the workshop
    // presentation (docs/STORE.md).
    R"sql(
CREATE TABLE rrw_organisation (
    id          TEXT PRIMARY KEY CHECK (id <> ''),
    name_de     TEXT,
    name_cs     TEXT,
    name_en     TEXT,
    short_name  TEXT,
    country     TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL DEFAULT '',
    role_de     TEXT,
    role_cs     TEXT,
    role_en     TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    CHECK (COALESCE(name_de, '') <> '' OR COALESCE(name_cs, '') <> '')
);
ALTER TABLE rrw_measure ADD COLUMN owner_id TEXT REFERENCES rrw_organisation(id)
    ON DELETE SET NULL;
ALTER TABLE rrw_measure ADD COLUMN review_date TEXT
    CHECK (review_date IS NULL OR review_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]');
CREATE TABLE rrw_measure_swot_item (
    measure_id TEXT NOT NULL REFERENCES rrw_measure(id) ON DELETE CASCADE,
    item_id    INTEGER NOT NULL REFERENCES rrw_swot_item(id) ON DELETE CASCADE,
    PRIMARY KEY (measure_id, item_id)
);
CREATE TABLE rrw_measure_risk (
    measure_id TEXT NOT NULL REFERENCES rrw_measure(id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('hazard_model', 'bbk_scenario', 'supply_scenario')),
    risk_id    TEXT NOT NULL CHECK (risk_id <> ''),
    PRIMARY KEY (measure_id, kind, risk_id)
);
CREATE TRIGGER rrw_measure_governance_deleted AFTER DELETE ON rrw_measure BEGIN
    DELETE FROM rrw_measure_swot_item WHERE measure_id = OLD.id;
    DELETE FROM rrw_measure_risk WHERE measure_id = OLD.id;
END;
CREATE TRIGGER rrw_swot_item_measure_deleted AFTER DELETE ON rrw_swot_item BEGIN
    DELETE FROM rrw_measure_swot_item WHERE item_id = OLD.id;
END;
CREATE TABLE rrw_slide (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    position   INTEGER NOT NULL,
    title_de   TEXT NOT NULL DEFAULT '',
    title_cs   TEXT NOT NULL DEFAULT '',
    notes_de   TEXT NOT NULL DEFAULT '',
    notes_cs   TEXT NOT NULL DEFAULT '',
    style_json TEXT NOT NULL,
    min_x      REAL NOT NULL,
    min_y      REAL NOT NULL,
    max_x      REAL NOT NULL,
    max_y      REAL NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK (min_x < max_x AND min_y < max_y)
);
CREATE INDEX rrw_slide_position ON rrw_slide(position);
)sql",
};

constexpr int kMigrationCount = static_cast<int>(sizeof kMigrations / sizeof kMigrations[0]);
static_assert(kMigrationCount == kSchemaVersion, "one migration per schema version");

bool hasMetaTable(sqlite3* db) {
    Statement q(db, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'rrw_meta'");
    return q.step();
}

}  // namespace

int schemaVersion(sqlite3* db) {
    if (!hasMetaTable(db)) {
        return 0;
    }
    Statement q(db, "SELECT value FROM rrw_meta WHERE key = 'schema_version'");
    return q.step() ? std::stoi(q.text(0)) : 0;
}

void migrate(sqlite3* db, const char* path) {
    const int from = schemaVersion(db);
    if (from > kSchemaVersion) {
        throwStoreError(QT_TRANSLATE_NOOP(
                            "rrw",
                            "{1}: the project was written by a newer rrw (schema {2}; this version "
                            "reads up to {3})"),
                        {path, std::to_string(from), std::to_string(kSchemaVersion)});
    }
    for (int v = from; v < kSchemaVersion; ++v) {
        execute(db, kMigrations[v]);
    }
    if (from != kSchemaVersion) {
        Statement set(db,
                      "INSERT OR REPLACE INTO rrw_meta(key, value) VALUES ('schema_version', ?1)");
        set.bind(1, std::to_string(kSchemaVersion)).run();
    }
}

}  // namespace rrw::store
