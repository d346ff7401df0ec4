#include "analysis/supply/supply_json.h"

#include <cmath>
#include <nlohmann/json.hpp>

namespace rrw::analysis {
namespace {

using nlohmann::json;

/// Production shares with 6 decimals (they come from single-precision floats).
double share6(double v) {
    return std::round(v * 1e6) / 1e6;
}

/// Money and person-days with 2 decimals.
double round2(double v) {
    return std::round(v * 100.0) / 100.0;
}

json dayOrNull(int day) {
    return day > 0 ? json(day) : json(nullptr);
}

json countOrNull(int days) {
    return days >= 0 ? json(days) : json(nullptr);
}

json aggregateJson(const AggregateImpact& a) {
    json production = json::array();
    for (double p : a.production) {
        production.push_back(share6(p));
    }
    return {{"key", a.key},
            {"firms", a.firms},
            {"employees", round2(a.employees)},
            {"normal_value", round2(a.normalValue)},
            {"loss_value", round2(a.lossValue)},
            {"loss_share", share6(a.lossShare())},
            {"person_days", round2(a.personDays)},
            {"jobs_at_risk", round2(a.jobsAtRisk)},
            {"firms_disrupted", a.firmsDisrupted},
            {"not_recovered", a.notRecovered},
            {"first_below_day", dayOrNull(a.firstBelowDay)},
            {"tts_days", countOrNull(a.ttsDays)},
            {"ttr_days", countOrNull(a.ttrDays)},
            {"production", production}};
}

json aggregateList(const std::vector<AggregateImpact>& list) {
    json out = json::array();
    for (const AggregateImpact& a : list) {
        out.push_back(aggregateJson(a));
    }
    return out;
}

json crossingOrNull(const SupplyNetwork& n, std::uint16_t slot) {
    return slot == 0 ? json(nullptr) : json(n.crossingId[slot - 1u]);
}

}  // namespace

nlohmann::json supplyAnalysisToJson(const Scenario& scenario, const SupplyAnalysis& a,
                                    const SupplyJsonOptions& options) {
    const SupplyNetwork& n = a.measured.network;
    json out;
    out["scenario"] = {
        {"name", scenario.name}, {"version", scenario.version}, {"hash", a.hash}, {"days", a.days}};
    out["network"] = {{"firms", n.firmCount},
                      {"links", n.linkCount()},
                      {"crossings", n.crossingId.size()},
                      {"inputs", n.inputNames.size()}};
    out["options"] = {{"threshold", a.options.impact.threshold},
                      {"jobs_window", a.options.impact.jobsWindow},
                      {"refill_rate", a.options.refillRate},
                      {"single_source_share", a.options.singleSourceShare},
                      {"critical_top_n", a.options.criticalTopN},
                      {"critical_failure_days",
                       a.options.criticalFailureDays > 0 ? a.options.criticalFailureDays : a.days}};
    out["hazard_days"] = {{"first", dayOrNull(a.conditions.firstHazardDay)},
                          {"end", dayOrNull(a.conditions.endHazardDay)}};
    out["total"] = aggregateJson(a.total);
    out["municipalities"] = aggregateList(a.municipalities);
    out["regions"] = aggregateList(a.regions);
    out["sectors"] = aggregateList(a.sectors);
    out["countries"] = aggregateList(a.countries);

    json deps = json::array();
    for (std::size_t i = 0; i < a.singleSource.size() && i < options.listLimit; ++i) {
        const SingleSourceDependency& d = a.singleSource[i];
        deps.push_back({{"customer", n.nodeId[d.customer]},
                        {"supplier", n.nodeId[d.supplier]},
                        {"input", n.inputNames[d.input]},
                        {"input_share", d.inputShare},
                        {"inventory_days", d.inventoryDays},
                        {"crossing", crossingOrNull(n, d.crossing)}});
    }
    out["single_source"] = {{"min_share", a.options.singleSourceShare},
                            {"count", a.singleSource.size()},
                            {"listed", deps.size()},
                            {"dependencies", deps}};

    json tried = json::array();
    for (std::uint32_t node : a.criticalTried) {
        tried.push_back(n.nodeId[node]);
    }
    json nodes = json::array();
    for (const CriticalNode& c : a.critical) {
        nodes.push_back({{"id", n.nodeId[c.node]},
                         {"external", n.isExternal(c.node)},
                         {"loss_value", round2(c.lossValue)},
                         {"person_days", round2(c.personDays)},
                         {"firms_disrupted", c.firmsDisrupted}});
    }
    out["critical_suppliers"] = {
        {"computed", a.criticalComputed}, {"tried", tried}, {"nodes", nodes}};

    json items = json::array();
    double cost = 0.0;
    for (const MeasureEvaluation& e : a.measures) {
        const Measure& m = scenario.measures[e.index];
        cost += m.cost;
        items.push_back({{"name", measureLabel(scenario, e.index)},
                         {"type", measureTypeName(m.type)},
                         {"cost", m.cost},
                         {"loss_without", round2(e.lossWithout)},
                         {"avoided_loss", round2(e.avoidedLoss)},
                         {"avoided_person_days", round2(e.avoidedPersonDays)},
                         {"benefit_cost_ratio",
                          e.benefitCostRatio ? json(std::round(*e.benefitCostRatio * 1e4) / 1e4)
                                             : json(nullptr)}});
    }
    out["measures"] = {{"loss_without_measures", round2(a.withoutMeasures.value)},
                       {"person_days_without_measures", round2(a.withoutMeasures.personDays)},
                       {"loss_with_measures", round2(a.total.lossValue)},
                       {"avoided_loss", round2(a.withoutMeasures.value - a.total.lossValue)},
                       {"total_cost", cost},
                       {"items", items}};

    if (options.series) {
        json firms = json::array();
        for (std::size_t c = 0; c < n.firmCount; ++c) {
            const FirmImpact& f = a.firms[c];
            json production = json::array();
            for (int t = 1; t <= a.days; ++t) {
                production.push_back(share6(a.run.at(t, c)));
            }
            firms.push_back({{"id", n.nodeId[c]},
                             {"municipality", n.municipality[c]},
                             {"region", n.region[c]},
                             {"country", n.country[c]},
                             {"nace", n.nace[c]},
                             {"loss_value", round2(f.lossValue)},
                             {"person_days", round2(f.personDays)},
                             {"jobs_at_risk", round2(f.jobsAtRisk)},
                             {"peak_loss_share", share6(f.peakLossShare)},
                             {"first_below_day", dayOrNull(f.firstBelowDay)},
                             {"tts_days", countOrNull(f.ttsDays)},
                             {"recovered_day", dayOrNull(f.recoveredDay)},
                             {"ttr_days", countOrNull(f.ttrDays)},
                             {"production", production}});
        }
        out["firms"] = firms;
    }
    return out;
}

}  // namespace rrw::analysis
