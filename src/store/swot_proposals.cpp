#include "store/swot_proposals.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "core/error.h"
#include "store/indicator_repository.h"
#include "store/swot_suggestion_repository.h"

namespace rrw::store {

std::vector<analysis::SwotSuggestion> projectSwotSuggestions(const Project& project,
                                                             double threshold,
                                                             analysis::ValueTable* table) {
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (const auto& v : latestValueRecords(project, kSwotSuggestionLevel)) {
        if (!v.synthetic) {
            rows.emplace_back(v.regionCode, v.indicatorId, v.value);
        }
    }
    if (rows.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the project has no indicator values at level '{2}'"),
            {project.path(), kSwotSuggestionLevel});
    }
    analysis::ValueTable values = analysis::valueTableFromRows(rows);
    std::vector<analysis::IndicatorInfo> infos;
    for (const auto& ind : listIndicators(project)) {
        infos.push_back(
            {ind.id, ind.direction == "higher_is_better", ind.nameDe, ind.nameCs, ind.unit});
    }
    auto proposals = analysis::suggestSwot(values, infos, threshold);
    if (table != nullptr) {
        *table = std::move(values);
    }
    return proposals;
}

std::vector<analysis::SwotSuggestion> undecidedSwotSuggestions(
    const Project& project, std::vector<analysis::SwotSuggestion> proposals) {
    std::set<std::tuple<std::string, std::string, char>> decided;
    for (const auto& d : listSuggestionDecisions(project)) {
        decided.emplace(d.key.regionCode, d.key.indicatorId, d.key.category);
    }
    std::erase_if(proposals, [&](const analysis::SwotSuggestion& s) {
        return decided.count({s.region, s.indicator, s.category}) != 0;
    });
    return proposals;
}

}  // namespace rrw::store
