// Critical suppliers, single-source dependencies, aggregates and benefit/cost of measures, on
// networks small enough to compute by hand.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analysis/supply/dependencies.h"
#include "analysis/supply/supply_analysis.h"
#include "analysis/supply/supply_json.h"
#include "supply_test_util.h"

namespace rrw::analysis {
namespace {

using nlohmann::json;
using test::firm;
using test::link;

// S1 supplies A and B, S2 supplies C; nobody holds stock, lead 1. Failing for days 1–5
// (deliveries missing on days 2–6): S1 costs A and B 5 days × 100 each = 1000 and
// 2 × 5 × 10 = 100 person-days; S2 costs C 500.
TEST(CriticalSuppliers, LossOfTheOtherFirmsWhenOneNodeFails) {
    FirmRecord s2 = firm("S2");
    s2.dailyOutput = 200;
    const SupplyNetwork n = buildSupplyNetwork(
        {firm("S1"), s2, firm("A", "C29"), firm("B", "C29"), firm("C", "C29")},
        {link("S1", "A", 0.5, 1, 0), link("S1", "B", 0.5, 1, 0), link("S2", "C", 0.5, 1, 0)}, {});
    CriticalOptions o;
    o.days = 10;
    o.failureDays = 5;
    // Candidates: no external node supplies anyone; firms by daily output.
    EXPECT_EQ(criticalCandidates(n, 10), (std::vector<std::uint32_t>{1, 0}));
    const auto critical = criticalSuppliers(n, o, {});
    ASSERT_EQ(critical.size(), 2u);
    EXPECT_EQ(n.nodeId[critical[0].node], "S1");
    EXPECT_NEAR(critical[0].lossValue, 1000.0, 1e-6);
    EXPECT_NEAR(critical[0].personDays, 100.0, 1e-6);
    EXPECT_EQ(critical[0].firmsDisrupted, 2u);
    EXPECT_EQ(n.nodeId[critical[1].node], "S2");
    EXPECT_NEAR(critical[1].lossValue, 500.0, 1e-6);
    // Only the largest firm is tried with topN = 1.
    o.topN = 1;
    const auto top = criticalSuppliers(n, o, {});
    ASSERT_EQ(top.size(), 1u);
    EXPECT_EQ(n.nodeId[top[0].node], "S2");
}

TEST(SingleSource, OneSupplierNoSubstituteAndAShareAboveTheThreshold) {
    const SupplyNetwork n = buildSupplyNetwork(
        {firm("S1"), firm("S1b"), firm("B", "C29"), firm("D", "C29"), firm("E", "C29"),
         firm("F", "C29"), firm("G", "C26")},
        {link("S1", "B", 0.5, 1, 2),                               // listed
         link("S1", "D", 0.3, 1, 2), link("S1b", "D", 0.3, 1, 2),  // two suppliers of C25
         link("S1", "E", 0.5, 1, 2, 0.2, 5),                       // substitutable
         link("S1", "F", 0.05, 1, 2),                              // share below 0.1
         link("east_asia", "G", 0.3, 30, 20)},                     // listed
        {});
    const auto deps = singleSourceDependencies(n, 0.1);
    ASSERT_EQ(deps.size(), 2u);
    EXPECT_EQ(n.nodeId[deps[0].customer], "B");
    EXPECT_EQ(n.nodeId[deps[0].supplier], "S1");
    EXPECT_EQ(n.inputNames[deps[0].input], "C25");
    EXPECT_EQ(n.nodeId[deps[1].customer], "G");
    EXPECT_EQ(n.nodeId[deps[1].supplier], "east_asia");
    EXPECT_EQ(singleSourceDependencies(n, 0.01).size(), 3u);
}

// A (Germany) gets 30 % of its inputs from East Asia (lead 2, 3 days of stock); East Asia
// stops on days 1–10. Without measures A makes nothing on days 6–12: loss 700.
// Nearshoring half of it to rest_de (same input, lead 2, same stock): the input arrives at
// half; the stock falls from 3 by 0.5 on day 3 and by 0.375 a day after (refill 0.25 × 0.5):
// 2.5, 2.125, …, 0.25 after day 9; day 10 → 0.25 + 0.5 + 0.125 = 0.875; days 11, 12 → 0.625;
// day 13 → 1. Loss 0.875 days = 87.5; avoided 612.5. GreenCard avoids nothing (no commuters).
TEST(SupplyAnalysis, BenefitCostRatioOfEachMeasure) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A", "C26")}, {link("east_asia", "A", 0.3, 2, 3)}, {});
    const Scenario s = parseScenario(json::parse(R"({"name": "fe", "version": 1, "days": 15,
      "hazards": [{"type": "far_east_interruption", "start": 1, "duration": 10, "supply_fraction": 0}],
      "measures": [{"type": "nearshoring", "share": 0.5, "cost": 1000},
                   {"type": "greencard", "cost": 500}]})"),
                                     "fe.json");
    SupplyAnalysisOptions o;
    o.criticalTopN = -1;
    const SupplyAnalysis a = analyseSupply(n, s, o, "fe.json");
    EXPECT_NEAR(a.total.lossValue, 87.5, 1e-4);
    EXPECT_NEAR(a.withoutMeasures.value, 700.0, 1e-4);
    ASSERT_EQ(a.measures.size(), 2u);
    EXPECT_NEAR(a.measures[0].lossWithout, 700.0, 1e-4);
    EXPECT_NEAR(a.measures[0].avoidedLoss, 612.5, 1e-4);
    EXPECT_NEAR(*a.measures[0].benefitCostRatio, 0.6125, 1e-6);
    EXPECT_NEAR(a.measures[1].avoidedLoss, 0.0, 1e-4);
    EXPECT_NEAR(*a.measures[1].benefitCostRatio, 0.0, 1e-9);
    EXPECT_FALSE(a.criticalComputed);
    // Time-to-survive 9 days (first below 95 % on day 10), back on day 13 = 2 days after the
    // interruption (end day 11).
    EXPECT_EQ(a.firms[0].firstBelowDay, 10);
    EXPECT_EQ(a.firms[0].ttsDays, 9);
    EXPECT_EQ(a.firms[0].ttrDays, 2);
}

// The chain A → B → C of the simulation test with A, B in the Landkreis Wunsiedel and C in
// Cheb: B loses 200 (days 5, 6), C 100 (day 8).
TEST(SupplyAnalysis, AggregatesByMunicipalityRegionSectorAndCountry) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A"), firm("B", "C28"), firm("C", "H49.41", "554481", "CZ0411")},
                           {link("A", "B", 0.5, 1, 3, 0, 0, "X"), link("B", "C", 0.5, 2, 1)}, {});
    const Scenario s = parseScenario(json::parse(R"({"name": "c", "version": 1, "days": 20,
      "hazards": [{"type": "border_closure", "start": 1, "duration": 5, "freight_throughput": 0,
                   "commuter_throughput": 1, "crossings": ["X"]}]})"),
                                     "c.json");
    SupplyAnalysisOptions o;
    o.criticalTopN = 5;
    o.criticalFailureDays = 5;
    const SupplyAnalysis a = analyseSupply(n, s, o, "c.json");
    EXPECT_NEAR(a.total.lossValue, 300.0, 1e-4);
    EXPECT_NEAR(a.total.lossShare(), 300.0 / 6000.0, 1e-9);
    EXPECT_EQ(a.total.firmsDisrupted, 2u);
    EXPECT_EQ(a.total.ttsDays, 4);
    EXPECT_EQ(a.total.ttrDays, 3);
    ASSERT_EQ(a.regions.size(), 2u);
    EXPECT_EQ(a.regions[0].key, "CZ0411");
    EXPECT_NEAR(a.regions[0].lossValue, 100.0, 1e-4);
    EXPECT_EQ(a.regions[1].key, "DE24D");
    EXPECT_NEAR(a.regions[1].lossValue, 200.0, 1e-4);
    // Day 5 in DE24D: A at 1, B at 0, equal output → 0.5.
    EXPECT_NEAR(a.regions[1].production[4], 0.5, 1e-6);
    ASSERT_EQ(a.sectors.size(), 2u);
    EXPECT_EQ(a.sectors[0].key, "C");
    EXPECT_EQ(a.sectors[1].key, "H");
    ASSERT_EQ(a.countries.size(), 2u);
    EXPECT_EQ(a.countries[0].key, "CZ");
    EXPECT_EQ(a.municipalities.size(), 2u);
    // Critical suppliers: A (fails days 1–5: B misses 2–6 → 3 days of stock, 2 days lost; C
    // loses day 8) and B (C misses days 3–7 → day 3 from stock, days 4–7 lost = 400).
    ASSERT_EQ(a.critical.size(), 2u);
    EXPECT_EQ(n.nodeId[a.critical[0].node], "B");
    EXPECT_NEAR(a.critical[0].lossValue, 400.0, 1e-4);
    EXPECT_NEAR(a.critical[1].lossValue, 300.0, 1e-4);

    const json j = supplyAnalysisToJson(s, a, {true, 100});
    EXPECT_EQ(j.at("scenario").at("hash"), a.hash);
    EXPECT_EQ(j.at("firms").size(), 3u);
    EXPECT_EQ(j.at("firms")[1].at("production").size(), 20u);
    EXPECT_EQ(j.at("firms")[1].at("first_below_day"), 5);
    EXPECT_TRUE(j.at("firms")[0].at("first_below_day").is_null());
    EXPECT_EQ(j.at("critical_suppliers").at("nodes")[0].at("id"), "B");
    EXPECT_FALSE(supplyAnalysisToJson(s, a).contains("firms"));
}

}  // namespace
}  // namespace rrw::analysis
