#pragma once

#include <optional>
#include <string>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/scenario/measures.h"
#include "analysis/scenario/scenario.h"
#include "analysis/supply/dependencies.h"
#include "analysis/supply/impact.h"
#include "analysis/supply/simulation.h"

namespace rrw {
class Feedback;
}

namespace rrw::analysis {

struct SupplyAnalysisOptions {
    int days = 0;                 ///< 0 = the scenario's
    int criticalTopN = 10;        ///< firms tried as critical suppliers; < 0 = none at all
    int criticalFailureDays = 0;  ///< 0 = the whole run
    double singleSourceShare = 0.1;
    ImpactOptions impact;
    int threads = 2;
    double refillRate = 0.25;
};

/// Benefit of one measure: the scenario with every measure against it without this one.
struct MeasureEvaluation {
    std::size_t index = 0;     ///< into Scenario::measures
    double lossWithout = 0.0;  ///< loss value with the other measures only
    double avoidedLoss = 0.0;  ///< lossWithout − loss with all measures
    double avoidedPersonDays = 0.0;
    std::optional<double> benefitCostRatio;  ///< avoidedLoss / cost; none when cost is 0
};

struct SupplyAnalysis {
    SupplyAnalysisOptions options;
    std::string hash;  ///< scenarioHash of the scenario (with the run's days) and network
    int days = 0;
    MeasuredNetwork measured;
    DailyConditions conditions;
    SupplyRun run;
    std::vector<FirmImpact> firms;
    AggregateImpact total;
    std::vector<AggregateImpact> municipalities, regions, sectors, countries;
    std::vector<SingleSourceDependency> singleSource;  ///< in the network with measures
    bool criticalComputed = false;
    std::vector<std::uint32_t> criticalTried;
    std::vector<CriticalNode> critical;
    LossTotals withoutMeasures;  ///< equals the totals when there are no measures
    std::vector<MeasureEvaluation> measures;
};

/// Runs the scenario on the network with its measures, then the runs behind the benefit/cost
/// ratios and the critical suppliers (docs/methods/supply_simulation.md). `what` names the
/// scenario in errors. Deterministic; progress and cancel through `feedback`.
SupplyAnalysis analyseSupply(const SupplyNetwork& network, const Scenario& scenario,
                             const SupplyAnalysisOptions& options, const std::string& what,
                             Feedback* feedback = nullptr);

}  // namespace rrw::analysis
