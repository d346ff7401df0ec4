#include "store/bundled_indicators.h"

#include <nlohmann/json.hpp>

#include <algorithm>

#include "core/error.h"
#include "core/json_file.h"
#include "geo/table_reader.h"
#include "store/indicator_repository.h"

namespace fs = std::filesystem;

namespace rrw::store {

namespace {

std::string cell(const std::map<std::string, std::string>& row, const char* column) {
    const auto it = row.find(column);
    return it != row.end() ? it->second : std::string();
}

}  // namespace

void importBundledIndicators(Project& project, const fs::path& dir) {
    const std::string catalogPath = (dir / "catalog.csv").string();
    std::vector<Indicator> indicators;
    for (const auto& row : geo::readTextTable(catalogPath).rows) {
        indicators.push_back({cell(row, "id"), cell(row, "name_de"), cell(row, "name_cs"),
                              cell(row, "name_en"), cell(row, "description_de"),
                              cell(row, "description_cs"), cell(row, "description_en"),
                              cell(row, "unit"), cell(row, "direction"), cell(row, "dimension"),
                              cell(row, "source"), cell(row, "year")});
    }
    insertIndicators(project, indicators);

    const std::string valuesPath = (dir / "values.csv").string();
    const geo::TextTable table = geo::readTextTable(valuesPath);
    std::vector<IndicatorValue> values;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        IndicatorValue v;
        v.regionCode = cell(row, "region_code");
        v.indicatorId = cell(row, "indicator_id");
        v.year = cell(row, "year");
        const std::string text = cell(row, "value");
        std::size_t used = 0;
        try {
            v.value = std::stod(text, &used);
        } catch (const std::exception&) {
            used = 0;
        }
        if (text.empty() || used != text.size()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
                {valuesPath, std::to_string(i + 2), "value", text});
        }
        v.source = cell(row, "source");
        v.synthetic = cell(row, "synthetic") == "1" || cell(row, "synthetic") == "true";
        v.note = cell(row, "note");
        values.push_back(std::move(v));
    }
    insertIndicatorValues(project, values);

    std::error_code ec;
    std::vector<fs::path> models;
    for (const auto& entry : fs::directory_iterator(dir / "models", ec)) {
        if (entry.path().extension() == ".json") {
            models.push_back(entry.path());
        }
    }
    std::sort(models.begin(), models.end());
    for (const auto& file : models) {
        writeIndexModel(project, file.stem().string(), readJsonFile(file.string()).dump());
    }
}

}  // namespace rrw::store
