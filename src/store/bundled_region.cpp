#include "store/bundled_region.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>

#include "core/error.h"
#include "core/json_file.h"
#include "geo/table_reader.h"
#include "store/bundled_indicators.h"
#include "store/bundled_planning.h"
#include "store/bundled_slides.h"
#include "store/bundled_supply.h"
#include "store/layer_import.h"
#include "store/meta.h"
#include "store/project.h"
#include "store/region_repository.h"
#include "store/sqlite.h"

namespace fs = std::filesystem;

namespace rrw::store {

namespace {

nlohmann::json readManifest(const fs::path& regionDir) {
    const fs::path file = regionDir / "manifest.json";
    std::ifstream in(file);
    if (!in) {
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw", "{1}: the bundled region data is missing (set RRW_DATA_DIR or --data-dir)"),
            {file.string()});
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not valid JSON ({2})"),
                        {file.string(), e.what()});
    }
}

/// Reads `file` and checks that it has `columns`; throws rrw::Error naming the file and the
/// first column it lacks.
geo::TextTable readTable(const fs::path& file, const std::vector<const char*>& columns) {
    geo::TextTable table = geo::readTextTable(file.string());
    std::string expected;
    for (const char* c : columns) {
        expected += (expected.empty() ? "" : ",") + std::string(c);
    }
    for (const char* c : columns) {
        if (std::find(table.columns.begin(), table.columns.end(), c) == table.columns.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the column '{2}' is missing (expected {3})"),
                {file.string(), c, expected});
        }
    }
    return table;
}

std::int64_t toInt(const std::string& text, const std::string& file, std::size_t row,
                   const char* column) {
    try {
        std::size_t used = 0;
        const double value = std::stod(text, &used);
        // A count beyond ±2^53 is no count (and beyond ±2^63 it has no integer at all).
        if (used != text.size() || !(std::fabs(value) < 9007199254740992.0)) {
            throw std::invalid_argument(text);
        }
        return static_cast<std::int64_t>(value + (value < 0 ? -0.5 : 0.5));
    } catch (const std::exception&) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
            {file, std::to_string(row + 2), column, text});
    }
}

std::vector<Region> readRegions(const fs::path& file,
                                const std::map<std::string, std::string>& levelLayers) {
    const geo::TextTable table =
        readTable(file, {"code", "level", "parent_code", "country", "name", "name_de", "name_cs",
                         "nuts3", "lau1", "ags", "kod", "analysis_level"});
    std::vector<Region> regions;
    for (const auto& row : table.rows) {
        Region r{row.at("code"),
                 row.at("level"),
                 row.at("parent_code"),
                 row.at("country"),
                 row.at("name"),
                 row.at("name_de"),
                 row.at("name_cs"),
                 row.at("nuts3"),
                 row.at("lau1"),
                 row.at("ags"),
                 row.at("kod"),
                 row.at("analysis_level"),
                 ""};
        const auto it = levelLayers.find(r.level);
        if (it != levelLayers.end()) {
            r.layer = it->second;
        }
        regions.push_back(std::move(r));
    }
    return regions;
}

std::vector<PopulationRecord> readPopulation(const fs::path& file) {
    const geo::TextTable table = readTable(
        file, {"region_code", "reference_date", "population", "men", "women", "source", "licence"});
    std::vector<PopulationRecord> records;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        PopulationRecord p;
        p.regionCode = row.at("region_code");
        p.referenceDate = row.at("reference_date");
        p.population = toInt(row.at("population"), file.string(), i, "population");
        p.men = row.at("men").empty() ? -1 : toInt(row.at("men"), file.string(), i, "men");
        p.women = row.at("women").empty() ? -1 : toInt(row.at("women"), file.string(), i, "women");
        p.source = row.at("source");
        p.licence = row.at("licence");
        records.push_back(std::move(p));
    }
    return records;
}

std::map<std::string, LayerProvenance> readSources(const fs::path& file) {
    std::map<std::string, LayerProvenance> sources;
    const geo::TextTable table = readTable(file, {"file", "title_de", "title_cs", "title_en",
                                                  "licence", "attribution", "url", "year"});
    for (const auto& row : table.rows) {
        LayerProvenance p;
        p.titleDe = row.at("title_de");
        p.titleCs = row.at("title_cs");
        p.titleEn = row.at("title_en");
        p.licence = row.at("licence");
        p.attribution = row.at("attribution");
        p.url = row.at("url");
        p.year = row.at("year");
        sources[row.at("file")] = p;
    }
    return sources;
}

/// Every bundled file's source, year, licence and attribution, as data in the project.
void recordSources(Project& project, const fs::path& file) {
    const geo::TextTable table = geo::readTextTable(file.string());
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_data_source (file, layer, title_de, title_cs, title_en, source, authority,
                                     year, licence, attribution, url, notes)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12))sql");
    const char* columns[] = {"file",      "layer", "title_de", "title_cs",    "title_en", "source",
                             "authority", "year",  "licence",  "attribution", "url",      "notes"};
    for (const auto& row : table.rows) {
        for (int i = 0; i < 12; ++i) {
            const auto it = row.find(columns[i]);
            insert.bindOptional(i + 1, it != row.end() ? it->second : "");
        }
        insert.run();
        insert.reset();
    }
}

/// The text of `key` in `item`; an error naming `what` and `where` when it is absent or empty.
std::string requiredText(const nlohmann::json& item, const char* key, const std::string& what,
                         const std::string& where) {
    std::string value = optionalJsonText(item, key, what, where);
    if (value.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs \"{3}\"."), {what, where, key});
    }
    return value;
}

void buildInto(Project& project, const fs::path& regionDir, const RegionManifest& manifest,
               BundledRegionSummary& summary, Feedback& feedback) {
    const auto sources = readSources(regionDir / manifest.sources);
    std::map<std::string, std::string> levelLayers;
    const auto& layers = manifest.layers;
    project.write([&] {
        for (std::size_t i = 0; i < layers.size(); ++i) {
            const ManifestLayer& entry = layers[i];
            const std::string& file = entry.file;
            geo::ImportOptions options;
            options.layerName = entry.layer;
            LayerProvenance provenance;
            if (const auto it = sources.find(file); it != sources.end()) {
                provenance = it->second;
            }
            for (auto [title, fallback] : {std::pair{&entry.titleDe, &provenance.titleDe},
                                           std::pair{&entry.titleCs, &provenance.titleCs},
                                           std::pair{&entry.titleEn, &provenance.titleEn}}) {
                if (!title->empty()) {
                    *fallback = *title;
                }
            }
            feedback.setStatus("Importing " + file);
            Feedback layerFeedback;
            geo::ImportReport report = geo::importLayer(
                project.geoPackage(), (regionDir / file).string(), options, layerFeedback);
            report.input = "data/region/" + file;
            recordLayer(project, report, provenance);
            if (!entry.regionLevel.empty()) {
                levelLayers[entry.regionLevel] = options.layerName;
            }
            summary.layers.push_back(std::move(report));
            feedback.setProgress(static_cast<double>(i + 1) /
                                 static_cast<double>(layers.size() + 1));
            feedback.throwIfCanceled();
        }
        const auto regions = readRegions(regionDir / manifest.regions, levelLayers);
        insertRegions(project, regions);
        summary.regions = static_cast<std::int64_t>(regions.size());
        const auto population = readPopulation(regionDir / manifest.population);
        insertPopulation(project, population);
        recordSources(project, regionDir / manifest.sources);
        if (!manifest.indicators.empty()) {
            const fs::path indicators = regionDir / manifest.indicators;
            importBundledIndicators(project, indicators);
            importBundledPlanning(project, indicators);  // measures and BBK scenarios
        }
        if (!manifest.defaultMap.empty()) {
            // The map the project opens on; stored as data so users can change it.
            writeMeta(project, "default_map",
                      readJsonFile((regionDir / manifest.defaultMap).string()).dump());
        }
        if (!manifest.slides.empty()) {
            // Starter slides of the workshop presentation (they may use the default map).
            importBundledSlides(project, regionDir / manifest.slides);
        }
        summary.populationRecords = static_cast<std::int64_t>(population.size());
        // The demo supply network and its scenarios, once data/supply/ is part of the data.
        std::error_code ec;
        if (const fs::path supply = regionDir.parent_path() / "supply";
            fs::is_directory(supply, ec)) {
            importBundledSupply(project, supply);
        }
        // The partner organisations of the governance register (data/governance).
        if (const fs::path governance = regionDir.parent_path() / "governance";
            fs::is_directory(governance, ec)) {
            importBundledGovernance(project, governance);
        }
    });
}

}  // namespace

RegionManifest readRegionManifest(const nlohmann::json& doc, const std::string& what) {
    const std::string where = "the manifest";
    if (!doc.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a JSON object."), {what, where});
    }
    RegionManifest m;
    m.regions = requiredText(doc, "regions", what, where);
    m.population = requiredText(doc, "population", what, where);
    m.sources = requiredText(doc, "sources", what, where);
    m.indicators = optionalJsonText(doc, "indicators", what, where);
    m.defaultMap = optionalJsonText(doc, "default_map", what, where);
    m.slides = optionalJsonText(doc, "slides", what, where);
    const auto list = doc.find("layers");
    if (list == doc.end() || !list->is_array() || list->empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs a non-empty list \"{3}\"."),
                        {what, where, "layers"});
    }
    for (std::size_t i = 0; i < list->size(); ++i) {
        const auto& item = (*list)[i];
        const std::string layerWhere = "layer " + std::to_string(i + 1);
        if (!item.is_object()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} is not an object"),
                            {what, layerWhere});
        }
        ManifestLayer layer;
        layer.file = requiredText(item, "file", what, layerWhere);
        layer.layer = requiredText(item, "layer", what, layerWhere);
        layer.regionLevel = optionalJsonText(item, "region_level", what, layerWhere);
        if (const auto title = item.find("title"); title != item.end() && !title->is_null()) {
            if (!title->is_object()) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a JSON object."),
                                {what, layerWhere + " title"});
            }
            layer.titleDe = optionalJsonText(*title, "de", what, layerWhere + " title");
            layer.titleCs = optionalJsonText(*title, "cs", what, layerWhere + " title");
            layer.titleEn = optionalJsonText(*title, "en", what, layerWhere + " title");
        }
        m.layers.push_back(std::move(layer));
    }
    return m;
}

BundledRegionSummary createBundledProject(const std::string& path, const std::string& dataDir,
                                          bool overwrite, Feedback& feedback,
                                          const std::function<void(Project&)>& finish) {
    std::error_code ec;
    if (fs::exists(path, ec) && !overwrite) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the file already exists (use --force to replace it)"),
            {path});
    }
    const fs::path regionDir = fs::path(dataDir) / "region";
    const RegionManifest manifest =
        readRegionManifest(readManifest(regionDir), (regionDir / "manifest.json").string());
    const std::string building = path + ".building";
    for (const char* suffix : {"", "-wal", "-shm"}) {
        fs::remove(building + suffix, ec);
    }
    BundledRegionSummary summary;
    try {
        Project project = Project::create(building, true);
        buildInto(project, regionDir, manifest, summary, feedback);
        if (finish) {
            finish(project);
        }
    } catch (...) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            fs::remove(building + suffix, ec);
        }
        throw;
    }
    // The project is closed (WAL checkpointed into the file): move it into place.
    for (const char* suffix : {"-wal", "-shm", "-journal"}) {
        fs::remove(path + suffix, ec);
    }
    fs::rename(building, path, ec);
    if (ec) {
        fs::remove(building, ec);
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "{1}: cannot move the new project into place ({2})"),
            {path, ec.message()});
    }
    feedback.setProgress(1.0);
    return summary;
}

}  // namespace rrw::store
