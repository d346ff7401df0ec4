#pragma once

#include <cstddef>
#include <string>
#include <tuple>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace rrw::analysis {

enum class Direction { HigherIsWorse, HigherIsBetter };
enum class Normalisation { MinMax, ZScore, Rank, Goalpost };
enum class Aggregation { Arithmetic, Geometric };
enum class MissingTreatment { Exclude, Mean };

struct Indicator {
    std::string id;
    Direction direction = Direction::HigherIsWorse;
    Normalisation normalisation = Normalisation::MinMax;
    double goalLow = 0.0;  // goalposts, only for Normalisation::Goalpost
    double goalHigh = 0.0;
    double weight = 1.0;
};

struct Group {
    std::string id;
    std::vector<std::size_t> members;  // indices into IndexModel::indicators
    Aggregation aggregation = Aggregation::Arithmetic;
    double weight = 1.0;
};

struct TopLevel {
    std::vector<std::size_t> members;  // indices into IndexModel::groups
    Aggregation aggregation = Aggregation::Arithmetic;
};

/// A composite index: indicators → groups → one score (see docs/methods/composite_index.md).
struct IndexModel {
    std::vector<Indicator> indicators;
    std::vector<Group> groups;
    TopLevel top;
    double scaleLow = 0.0;
    double scaleHigh = 10.0;
    MissingTreatment missing = MissingTreatment::Exclude;
};

/// Reads and validates a model. Throws rrw::Error (Input) naming `what` (e.g. the file name) and
/// the offending indicator or group; a returned model is complete and consistent.
IndexModel parseIndexModel(const nlohmann::json& json, const std::string& what);

/// Indicator values per region; NaN marks a missing value.
struct ValueTable {
    std::vector<std::string> regions;
    std::vector<std::string> indicators;
    std::vector<double> values;  // row-major regions × indicators

    double at(std::size_t r, std::size_t i) const { return values[r * indicators.size() + i]; }
};

/// Builds a table from (region, indicator, value) rows; regions and indicators keep the order
/// of their first appearance, absent cells are NaN. A repeated (region, indicator) pair or an
/// infinite value throws rrw::Error (Input).
ValueTable valueTableFromRows(
    const std::vector<std::tuple<std::string, std::string, double>>& rows);

}  // namespace rrw::analysis
