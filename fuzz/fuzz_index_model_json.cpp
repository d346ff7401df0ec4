// An index model (`rrw-cli index --model`, data/indicators/models/*.json, models stored in the
// project): parsed and checked, then used to score and explain a small table of regions with a
// missing value, as `rrw-cli index` and the risk panel do.
#include <nlohmann/json.hpp>

#include <cmath>
#include <limits>
#include <tuple>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/explain.h"
#include "analysis/risk/index_model.h"
#include "core/error.h"
#include "core/json_file.h"
#include "harnesses.h"
#include "scratch.h"

namespace rrw::fuzz {

namespace {

/// Five regions × the model's indicators: spread values, ties, a negative one, one gap.
analysis::ValueTable sampleTable(const analysis::IndexModel& model) {
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (int r = 0; r < 5; ++r) {
        for (std::size_t i = 0; i < model.indicators.size(); ++i) {
            if (r == 2 && i == 0) {
                continue;  // a missing value
            }
            const double value = static_cast<double>((static_cast<int>(i) * 7 + r * 3) % 11 - 2);
            rows.emplace_back("region" + std::to_string(r), model.indicators[i].id, value);
        }
    }
    return analysis::valueTableFromRows(rows);
}

}  // namespace

int fuzzIndexModelJson(const std::uint8_t* data, std::size_t size) {
    static ScratchDir dir("index_model_json");
    try {
        const std::string path = dir.write("model.json", asText(data, size));
        const analysis::IndexModel model = analysis::parseIndexModel(readJsonFile(path), path);
        const analysis::ValueTable table = sampleTable(model);
        const analysis::IndexResult result = analysis::computeIndex(model, table);
        (void)analysis::toJson(result).dump();
        // docs/methods/composite_index.md: every score lies on the model's scale [L, H].
        const double slack = 1e-9 * (std::fabs(model.scaleLow) + std::fabs(model.scaleHigh) + 1.0);
        for (const auto& region : result.regions) {
            if (!std::isnan(region.score) &&
                (region.score < model.scaleLow - slack || region.score > model.scaleHigh + slack)) {
                fail("index_model_json", "score " + std::to_string(region.score) + " of " +
                                             region.id + " lies outside the model's scale");
            }
            if (!std::isnan(region.score)) {
                (void)analysis::toJson(analysis::explainScore(model, table, region.id)).dump();
            }
        }
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace rrw::fuzz
