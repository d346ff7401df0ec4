#include "analysis/supply/supply_analysis.h"

#include "core/error.h"
#include "core/feedback.h"

namespace rrw::analysis {

SupplyAnalysis analyseSupply(const SupplyNetwork& network, const Scenario& scenarioIn,
                             const SupplyAnalysisOptions& options, const std::string& what,
                             Feedback* feedback) {
    Scenario scenario = scenarioIn;
    if (options.days > 0) {
        scenario.days = options.days;
    }
    const int days = scenario.days;
    const std::size_t measureCount = scenario.measures.size();
    const std::size_t measureRuns =
        measureCount == 0 ? 0 : (measureCount == 1 ? 1 : 1 + measureCount);
    SupplyAnalysis out;
    out.options = options;
    out.days = days;
    out.hash = scenarioHash(scenario, network);
    out.measured = applyMeasures(network, scenario.measures, what);
    const SupplyNetwork& n = out.measured.network;
    const std::vector<std::uint32_t> candidates = options.criticalTopN >= 0
                                                      ? criticalCandidates(n, options.criticalTopN)
                                                      : std::vector<std::uint32_t>{};
    const double totalRuns = static_cast<double>(1 + measureRuns + candidates.size());
    double runsDone = 0.0;
    auto simOptions = [&](double runs) {
        SupplySimulationOptions o;
        o.threads = options.threads;
        o.refillRate = options.refillRate;
        o.feedback = feedback;
        o.progressOffset = runsDone / totalRuns;
        o.progressScale = runs / totalRuns;
        runsDone += runs;
        return o;
    };
    auto runWith = [&](const std::vector<Measure>& measures) {
        const MeasuredNetwork m = applyMeasures(network, measures, what);
        const DailyConditions c =
            buildDailyConditions(scenario.hazards, m.network, days, m.commutersExempt, what);
        return lossTotals(m.network, simulateSupply(m.network, c, simOptions(1.0)));
    };

    out.conditions =
        buildDailyConditions(scenario.hazards, n, days, out.measured.commutersExempt, what);
    out.run = simulateSupply(n, out.conditions, simOptions(1.0));
    out.firms = firmImpacts(n, out.run, out.conditions, options.impact);
    out.total = totalImpact(n, out.run, out.firms);
    out.municipalities = aggregateImpacts(n, out.run, out.firms, AggregateLevel::Municipality);
    out.regions = aggregateImpacts(n, out.run, out.firms, AggregateLevel::Region);
    out.sectors = aggregateImpacts(n, out.run, out.firms, AggregateLevel::Sector);
    out.countries = aggregateImpacts(n, out.run, out.firms, AggregateLevel::Country);
    out.singleSource = singleSourceDependencies(n, options.singleSourceShare);

    // Benefit/cost: without all measures, and without each one (others kept).
    const LossTotals with{out.total.lossValue, out.total.personDays};
    out.withoutMeasures = with;
    if (measureCount > 0) {
        out.withoutMeasures = runWith({});
        for (std::size_t i = 0; i < measureCount; ++i) {
            LossTotals without = out.withoutMeasures;
            if (measureCount > 1) {
                std::vector<Measure> others = scenario.measures;
                others.erase(others.begin() + static_cast<std::ptrdiff_t>(i));
                without = runWith(others);
            }
            MeasureEvaluation e;
            e.index = i;
            e.lossWithout = without.value;
            e.avoidedLoss = without.value - with.value;
            e.avoidedPersonDays = without.personDays - with.personDays;
            if (scenario.measures[i].cost > 0.0) {
                e.benefitCostRatio = e.avoidedLoss / scenario.measures[i].cost;
            }
            out.measures.push_back(e);
        }
    }

    if (options.criticalTopN >= 0) {
        CriticalOptions critical;
        critical.topN = options.criticalTopN;
        critical.failureDays = options.criticalFailureDays;
        critical.days = days;
        critical.threshold = options.impact.threshold;
        out.criticalComputed = true;
        out.criticalTried = candidates;
        out.critical =
            criticalSuppliers(n, critical, simOptions(static_cast<double>(candidates.size())));
    }
    if (feedback != nullptr) {
        feedback->setProgress(1.0);
    }
    return out;
}

}  // namespace rrw::analysis
