#pragma once

#include <cstddef>

#include <nlohmann/json_fwd.hpp>

#include "analysis/scenario/scenario.h"
#include "analysis/supply/supply_analysis.h"

namespace rrw::analysis {

struct SupplyJsonOptions {
    bool series = false;          ///< add every firm with its daily production
    std::size_t listLimit = 100;  ///< most single-source dependencies listed
};

/// The result document of `rrw-cli supply simulate --json` (docs/SUPPLY.md, "Output").
nlohmann::json supplyAnalysisToJson(const Scenario& scenario, const SupplyAnalysis& analysis,
                                    const SupplyJsonOptions& options = {});

}  // namespace rrw::analysis
