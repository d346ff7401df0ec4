#pragma once

#include <nlohmann/json_fwd.hpp>

namespace rrw::analysis {

/// Compares two result documents of the supply analysis (supplyAnalysisToJson; docs/SUPPLY.md,
/// "Comparing runs"): for the total and every municipality, region, NACE section and country
/// of either run, the loss value and share, person-days, jobs at risk, disrupted firms and
/// TTS/TTR as {"a", "b", "diff" = b − a}; a value missing in one run (no firms there, no day)
/// is null, and so is its difference. Rows are sorted by key. Measures are matched by their
/// label: cost, avoided loss and benefit/cost ratio of each run and the differences.
nlohmann::json compareSupplyResults(const nlohmann::json& a, const nlohmann::json& b);

}  // namespace rrw::analysis
