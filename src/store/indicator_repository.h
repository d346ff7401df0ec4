#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "store/project.h"

namespace rrw::store {

/// An indicator of the catalog (data/indicators/catalog.csv): names in three languages,
/// direction and INFORM dimension, source and year.
struct Indicator {
    std::string id;
    std::string nameDe, nameCs, nameEn;
    std::string descriptionDe, descriptionCs, descriptionEn;
    std::string unit;
    std::string direction;  ///< higher_is_worse | higher_is_better
    std::string dimension;  ///< hazard_exposure | vulnerability | coping_capacity
    std::string source;
    std::string year;
};

struct IndicatorValue {
    std::string regionCode;
    std::string indicatorId;
    std::string year;
    double value = 0;
    std::string source;
    bool synthetic = false;
    std::string note;
};

/// Inside a Project::write transaction. References to unknown regions or indicators are an
/// error naming the row.
void insertIndicators(Project& project, const std::vector<Indicator>& indicators);
void insertIndicatorValues(Project& project, const std::vector<IndicatorValue>& values);
std::vector<Indicator> listIndicators(const Project& project);

/// The latest value of every indicator for the regions of `analysisLevel` ("district" =
/// Kreise and okresy, "municipality"), as (region, indicator, value) rows.
std::vector<std::tuple<std::string, std::string, double>> latestValues(
    const Project& project, const std::string& analysisLevel);

/// The same rows with year, source, synthetic flag and note (for tables, maps and reports that
/// must show where each number comes from).
std::vector<IndicatorValue> latestValueRecords(const Project& project,
                                               const std::string& analysisLevel);

/// Index models stored in the project (data/indicators/models/*.json at init).
void writeIndexModel(Project& project, const std::string& id, const std::string& json);
std::optional<std::string> readIndexModel(const Project& project, const std::string& id);
std::vector<std::string> indexModelIds(const Project& project);
/// The model `id` as JSON; throws rrw::Error (Input) naming the project and the models it has.
nlohmann::json requireIndexModel(const Project& project, const std::string& id);

/// Stores one index run with its model and inputs (inside Project::write); returns its id.
std::int64_t recordIndexRun(Project& project, const std::string& modelId,
                            const std::string& modelJson, const std::string& inputsJson,
                            int samples, std::uint64_t seed, const std::string& resultJson);

}  // namespace rrw::store
