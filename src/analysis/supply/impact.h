#pragma once

#include <string>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/supply/network.h"
#include "analysis/supply/simulation.h"

namespace rrw::analysis {

struct ImpactOptions {
    double threshold = 0.95;  ///< output below this share of normal counts as disrupted
    int jobsWindow = 7;       ///< days of the rolling mean behind "jobs at risk"
};

/// What a run did to one firm (docs/methods/supply_simulation.md, "Results").
struct FirmImpact {
    double lossValue = 0.0;      ///< Σ_t (1 − x_t) × daily output
    double personDays = 0.0;     ///< Σ_t (1 − x_t) × employees
    double jobsAtRisk = 0.0;     ///< employees × highest rolling mean of the loss share
    double peakLossShare = 0.0;  ///< max_t (1 − x_t)
    int firstBelowDay = 0;       ///< first day below the threshold; 0 = never
    int recoveredDay = 0;        ///< first day of the final stretch at/above it; 0 = never below
    bool recovered = true;       ///< false when still below the threshold on the last day
    int ttsDays = -1;  ///< time-to-survive: firstBelowDay − first hazard day; −1 = not disrupted
    int ttrDays = -1;  ///< time-to-recover: recoveredDay − end of the hazards (≥ 0); −1 = n/a
};

std::vector<FirmImpact> firmImpacts(const SupplyNetwork& network, const SupplyRun& run,
                                    const DailyConditions& conditions,
                                    const ImpactOptions& options = {});

enum class AggregateLevel { Municipality, Region, Sector, Country };

/// The firms of one municipality, region (Kreis/okres), NACE section or country together.
struct AggregateImpact {
    std::string key;
    std::size_t firms = 0;
    double employees = 0.0;
    double normalValue = 0.0;  ///< daily output × days
    double lossValue = 0.0;
    double personDays = 0.0;
    double jobsAtRisk = 0.0;
    std::size_t firmsDisrupted = 0;  ///< with a day below the threshold
    std::size_t notRecovered = 0;
    int firstBelowDay = 0;           ///< earliest among the firms; 0 = none
    int ttsDays = -1;                ///< shortest among the firms
    int ttrDays = -1;                ///< longest among the recovered firms
    std::vector<double> production;  ///< per day 1..days: output-weighted share of normal

    double lossShare() const { return normalValue > 0.0 ? lossValue / normalValue : 0.0; }
};

/// Aggregates by `level`, sorted by key; firms with an empty key (no region, no country) are
/// left out.
std::vector<AggregateImpact> aggregateImpacts(const SupplyNetwork& network, const SupplyRun& run,
                                              const std::vector<FirmImpact>& impacts,
                                              AggregateLevel level);

/// All firms together (key "total").
AggregateImpact totalImpact(const SupplyNetwork& network, const SupplyRun& run,
                            const std::vector<FirmImpact>& impacts);

struct LossTotals {
    double value = 0.0;       ///< Σ lost output value
    double personDays = 0.0;  ///< Σ loss share × employees
};

/// The losses of all firms of a run.
LossTotals lossTotals(const SupplyNetwork& network, const SupplyRun& run);

}  // namespace rrw::analysis
