// The daily supply simulation on small chains computed by hand
// (docs/methods/supply_simulation.md). Refill rate ρ = 0.25 unless said otherwise.
#include <gtest/gtest.h>

#include <random>

#include "analysis/supply/impact.h"
#include "analysis/supply/simulation.h"
#include "core/error.h"
#include "core/feedback.h"
#include "supply_test_util.h"

namespace rrw::analysis {
namespace {

using test::closure;
using test::firm;
using test::link;
using test::series;

void expectSeries(const std::vector<double>& actual, const std::vector<double>& expected,
                  const std::string& what) {
    ASSERT_EQ(actual.size(), expected.size()) << what;
    for (std::size_t t = 0; t < expected.size(); ++t) {
        EXPECT_NEAR(actual[t], expected[t], 1e-6) << what << " day " << t + 1;
    }
}

// A → B → C. A→B crosses the border at X (lead 1 day, B holds 3 days), B→C has lead 2 and
// C holds 1 day. X is closed to freight on days 1–5, so A's shipments of days 1–5 never
// arrive: B misses deliveries on days 2–6.
//   B: day 1 stock 3 + delivery 1 → makes 1, stock 3. Days 2, 3, 4 live on the stock
//      (3 → 2 → 1 → 0). Day 5 and 6: nothing → 0. Day 7 delivery 1 + refill 0.25 → makes 1,
//      stock 0.25; the stock grows by 0.25 a day and is full again after day 18.
//   C: gets B's output of day t − 2: B's zeros of days 5 and 6 arrive on days 7 and 8.
//      Day 7 uses its 1 day of stock → 1; day 8 → 0; day 9 delivery 1 + refill → 1.
TEST(SupplySimulation, ClosureOnAChainWithInventoriesAndLeadTimes) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A"), firm("B", "C28"), firm("C", "C29")},
                           {link("A", "B", 0.5, 1, 3, 0, 0, "X"), link("B", "C", 0.5, 2, 1)}, {});
    const DailyConditions c = buildDailyConditions({closure(1, 5, 0.0, 1.0)}, n, 20, false, "t");
    const SupplyRun run = simulateSupply(n, c);
    expectSeries(series(n, run, "A"), std::vector<double>(20, 1.0), "A");
    std::vector<double> b(20, 1.0);
    b[4] = b[5] = 0.0;  // days 5, 6
    expectSeries(series(n, run, "B"), b, "B");
    std::vector<double> cc(20, 1.0);
    cc[7] = 0.0;  // day 8
    expectSeries(series(n, run, "C"), cc, "C");

    // Losses: B 2 days × 100, C 1 day × 100; person-days 20 and 10. B's worst 7-day window
    // holds both zero days: 2/7 of its 10 employees are at risk.
    const auto impacts = firmImpacts(n, run, c);
    const auto& ib = impacts[*n.findNode("B")];
    EXPECT_NEAR(ib.lossValue, 200.0, 1e-6);
    EXPECT_NEAR(ib.personDays, 20.0, 1e-6);
    EXPECT_NEAR(ib.jobsAtRisk, 10.0 * 2.0 / 7.0, 1e-6);
    // Time-to-survive: first day below 95 % (5) − first hazard day (1) = 4 days.
    // Time-to-recover: back for good on day 7; the closure ended with day 5 (end day 6) → 1.
    EXPECT_EQ(ib.firstBelowDay, 5);
    EXPECT_EQ(ib.ttsDays, 4);
    EXPECT_EQ(ib.recoveredDay, 7);
    EXPECT_EQ(ib.ttrDays, 1);
    const auto& ic = impacts[*n.findNode("C")];
    EXPECT_EQ(ic.firstBelowDay, 8);
    EXPECT_EQ(ic.ttsDays, 7);
    EXPECT_EQ(ic.recoveredDay, 9);
    EXPECT_EQ(ic.ttrDays, 3);
    EXPECT_EQ(impacts[*n.findNode("A")].firstBelowDay, 0);
    EXPECT_EQ(impacts[*n.findNode("A")].ttsDays, -1);
    const LossTotals total = lossTotals(n, run);
    EXPECT_NEAR(total.value, 300.0, 1e-6);
    EXPECT_NEAR(total.personDays, 30.0, 1e-6);
}

// The stock refills by ρ × delivery a day: B's stock after day 7 is 0.25, after day k
// 0.25 (k − 6), full (3) after day 18. With 2 days of stock, C is never short: its zero
// deliveries of days 7 and 8 are covered by stock 2 → 1 → 0, refilled from day 9.
TEST(SupplySimulation, StockOfTwoDaysBridgesTwoMissingDeliveries) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A"), firm("B", "C28"), firm("C", "C29")},
                           {link("A", "B", 0.5, 1, 3, 0, 0, "X"), link("B", "C", 0.5, 2, 2)}, {});
    const DailyConditions c = buildDailyConditions({closure(1, 5, 0.0, 1.0)}, n, 20, false, "t");
    const SupplyRun run = simulateSupply(n, c);
    expectSeries(series(n, run, "C"), std::vector<double>(20, 1.0), "C");
    // Without refill (ρ = 0) the stock stays empty after day 8, but deliveries of 1 keep C at 1.
    SupplySimulationOptions noRefill;
    noRefill.refillRate = 0.0;
    const SupplyRun flat = simulateSupply(n, c, noRefill);
    expectSeries(series(n, flat, "C"), std::vector<double>(20, 1.0), "C without refill");
    // A second closure on days 9–11 (deliveries missing on days 10–12) finds B's stock at
    // 0.25 × 3 = 0.75 after day 9: day 10 → 0.75 (stock 0), days 11, 12 → 0, day 13 → 1.
    const DailyConditions twice =
        buildDailyConditions({closure(1, 5, 0.0, 1.0), closure(9, 3, 0.0, 1.0)}, n, 20, false, "t");
    const auto b = series(n, simulateSupply(n, twice), "B");
    EXPECT_NEAR(b[8], 1.0, 1e-6);
    EXPECT_NEAR(b[9], 0.75, 1e-6);
    EXPECT_NEAR(b[10], 0.0, 1e-6);
    EXPECT_NEAR(b[11], 0.0, 1e-6);
    EXPECT_NEAR(b[12], 1.0, 1e-6);
    // Without refill the stock is still 0 on day 10: B makes nothing on days 10–12.
    const auto b0 = series(n, simulateSupply(n, twice, noRefill), "B");
    EXPECT_NEAR(b0[9], 0.0, 1e-6);
}

// A → B with no stock, 60 % substitutable after 2 switch days. Deliveries are missing on
// days 2–6: shortfall days 1, 2 → nothing; from the 3rd shortfall day (day 4) the
// alternatives cover 60 %: days 4, 5, 6 → 0.6; day 7 → 1. Loss 1 + 1 + 3 × 0.4 = 3.2 days.
TEST(SupplySimulation, SubstitutesArriveAfterTheSwitchDays) {
    const SupplyNetwork n = buildSupplyNetwork({firm("A"), firm("B", "C29")},
                                               {link("A", "B", 1.0, 1, 0, 0.6, 2, "X")}, {});
    const DailyConditions c = buildDailyConditions({closure(1, 5, 0.0, 1.0)}, n, 8, false, "t");
    const SupplyRun run = simulateSupply(n, c);
    expectSeries(series(n, run, "B"), {1, 0, 0, 0.6, 0.6, 0.6, 1, 1}, "B");
    EXPECT_NEAR(firmImpacts(n, run, c)[1].lossValue, 320.0, 1e-4);
    // Partial throughput 0.5: deliveries 0.5, substitutes add 0.6 × 0.5 = 0.3 from day 4.
    const DailyConditions half = buildDailyConditions({closure(1, 5, 0.5, 1.0)}, n, 8, false, "t");
    expectSeries(series(n, simulateSupply(n, half), "B"), {1, 0.5, 0.5, 0.8, 0.8, 0.8, 1, 1},
                 "B at half throughput");
}

// Two suppliers of the same input (NACE division C25) pool: each brings half of the input.
// Losing one leaves 0.5 a day; with no stock B makes 0.5.
TEST(SupplySimulation, SuppliersOfOneInputPool) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A1"), firm("A2"), firm("B", "C29")},
                           {link("A1", "B", 0.3, 1, 0, 0, 0, "X"), link("A2", "B", 0.3, 1, 0)}, {});
    ASSERT_EQ(n.inputNames.size(), 1u);
    const DailyConditions c = buildDailyConditions({closure(1, 2, 0.0, 1.0)}, n, 4, false, "t");
    expectSeries(series(n, simulateSupply(n, c), "B"), {1, 0.5, 0.5, 1}, "B");
}

// Labour: 40 % cross-border commuters. Closure of all crossings on days 3–4 lets 25 % of the
// commuters through: 1 − 0.4 × 0.75 = 0.7. A pandemic with 10 % absence on days 4–5:
// day 4 → 0.7 × 0.9 = 0.63, day 5 → 0.9. With GreenCard the commuters pass: 1, 0.9, 0.9.
TEST(SupplySimulation, LabourWithCommutersPandemicAndGreenCard) {
    FirmRecord a = firm("A");
    a.commuterShare = 0.4;
    const SupplyNetwork n = buildSupplyNetwork({a}, {}, {});
    Hazard pandemic;
    pandemic.type = HazardType::Pandemic;
    pandemic.start = 4;
    pandemic.duration = 2;
    pandemic.absenceRate = 0.1;
    const std::vector<Hazard> hazards = {closure(3, 2, 1.0, 0.25), pandemic};
    expectSeries(series(n, simulateSupply(n, buildDailyConditions(hazards, n, 6, false, "t")), "A"),
                 {1, 1, 0.7, 0.63, 0.9, 1}, "A");
    expectSeries(series(n, simulateSupply(n, buildDailyConditions(hazards, n, 6, true, "t")), "A"),
                 {1, 1, 1, 0.9, 0.9, 1}, "A with GreenCard");
}

// Commuters spread over crossings by their commuter roles: K1 (weight 3) closed for
// commuters, K2 (weight 1) open → 1/4 get through: labour 1 − 0.4 × 0.75 = 0.7.
TEST(SupplySimulation, CommutersFollowTheCrossingRoles) {
    FirmRecord a = firm("A");
    a.commuterShare = 0.4;
    const SupplyNetwork n = buildSupplyNetwork(
        {a}, {},
        {CrossingRecord{"K1", "", true, 0.6, ""}, CrossingRecord{"K2", "", false, 0.2, ""}});
    const DailyConditions c =
        buildDailyConditions({closure(1, 1, 0.0, 0.0, {"K1"})}, n, 2, false, "t");
    expectSeries(series(n, simulateSupply(n, c), "A"), {0.7, 1}, "A");
    EXPECT_THROW(buildDailyConditions({closure(1, 1, 0.0, 0.0, {"K9"})}, n, 2, false, "t"), Error);
}

// East Asia delivers with 2 days lead time to A, which holds 3 days; East Asia's supply stops
// on days 1–10. Missing deliveries on days 3–12: stock covers days 3, 4, 5; A makes nothing
// on days 6–12 and is back on day 13. B gets A's output with lead 1: zeros on days 7–13.
TEST(SupplySimulation, FarEastInterruptionPropagates) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A", "C26"), firm("B", "C29")},
                           {link("east_asia", "A", 0.3, 2, 3), link("A", "B", 0.4, 1, 0)}, {});
    Hazard h;
    h.type = HazardType::FarEastInterruption;
    h.start = 1;
    h.duration = 10;
    h.supplyFraction = 0.0;
    const DailyConditions c = buildDailyConditions({h}, n, 15, false, "t");
    const SupplyRun run = simulateSupply(n, c);
    std::vector<double> a(15, 1.0), b(15, 1.0);
    for (int t = 6; t <= 12; ++t) {
        a[static_cast<std::size_t>(t - 1)] = 0.0;
        b[static_cast<std::size_t>(t)] = 0.0;
    }
    expectSeries(series(n, run, "A"), a, "A");
    expectSeries(series(n, run, "B"), b, "B");
}

// Energy price doubled (+100 %) on days 2–3: a porcelain maker (C23, default energy share
// 0.08) loses 8 %, a firm with energy share 0.5 and a tripled price (+200 %) stops.
TEST(SupplySimulation, EnergyPriceShockCutsByEnergyIntensity) {
    FirmRecord porcelain = firm("P", "C23.41");
    porcelain.energyIntensity = std::numeric_limits<double>::quiet_NaN();
    FirmRecord smelter = firm("S", "C24.10");
    smelter.energyIntensity = 0.5;
    const SupplyNetwork n = buildSupplyNetwork({porcelain, smelter}, {}, {});
    EXPECT_DOUBLE_EQ(n.energyIntensity[0], 0.08);
    Hazard h;
    h.type = HazardType::EnergyPrice;
    h.start = 2;
    h.duration = 2;
    h.intensity = 1.0;
    expectSeries(series(n, simulateSupply(n, buildDailyConditions({h}, n, 4, false, "t")), "P"),
                 {1, 0.92, 0.92, 1}, "P");
    h.intensity = 2.0;
    expectSeries(series(n, simulateSupply(n, buildDailyConditions({h}, n, 4, false, "t")), "S"),
                 {1, 0, 0, 1}, "S");
}

// A node that fails (critical-supplier runs) produces nothing in its window.
TEST(SupplySimulation, FailedNodeProducesNothing) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A"), firm("B", "C29")}, {link("A", "B", 0.5, 1, 1)}, {});
    SupplySimulationOptions o;
    o.failedNode = *n.findNode("A");
    o.failedFrom = 2;
    o.failedUntil = 3;
    const SupplyRun run = simulateSupply(n, normalConditions(n, 6), o);
    expectSeries(series(n, run, "A"), {1, 0, 0, 1, 1, 1}, "A");
    // B: deliveries missing on days 3, 4; 1 day of stock covers day 3; day 4 → 0.
    expectSeries(series(n, run, "B"), {1, 1, 1, 0, 1, 1}, "B");
}

/// A random network: `firms` firms, about 8 links each, lead 1–5, stock 0–5 days.
SupplyNetwork randomNetwork(int firms, unsigned seed) {
    std::mt19937 rng(seed);
    std::vector<FirmRecord> f;
    for (int i = 0; i < firms; ++i) {
        FirmRecord r = firm("F" + std::to_string(i), i % 2 ? "C29" : "C25");
        r.commuterShare = (i % 5) * 0.1;
        f.push_back(r);
    }
    std::vector<LinkRecord> l;
    for (int c = 0; c < firms; ++c) {
        for (int k = 0; k < 8; ++k) {
            const int s = static_cast<int>(rng() % static_cast<unsigned>(firms));
            if (s == c) {
                continue;
            }
            LinkRecord r =
                link("F" + std::to_string(s), "F" + std::to_string(c), 0.1,
                     1 + static_cast<int>(rng() % 5), static_cast<double>(rng() % 6),
                     (rng() % 3) * 0.3, static_cast<int>(rng() % 4), rng() % 4 == 0 ? "X" : "");
            r.input = "i" + std::to_string(k);
            l.push_back(r);
        }
    }
    return buildSupplyNetwork(f, l, {});
}

TEST(SupplySimulation, ThreadsDoNotChangeTheResult) {
    const SupplyNetwork n = randomNetwork(3000, 7);
    const DailyConditions c = buildDailyConditions({closure(3, 10, 0.2, 0.5)}, n, 30, false, "t");
    SupplySimulationOptions one;
    one.threads = 1;
    SupplySimulationOptions two;
    two.threads = 2;
    const SupplyRun a = simulateSupply(n, c, one);
    const SupplyRun b = simulateSupply(n, c, two);
    EXPECT_EQ(a.production, b.production);
    EXPECT_GT(lossTotals(n, a).value, 0.0) << "the closure must cost something";
}

TEST(SupplySimulation, CancelStopsTheRun) {
    const SupplyNetwork n = randomNetwork(3000, 3);
    Feedback feedback;
    feedback.cancel();
    for (int threads : {1, 2}) {
        SupplySimulationOptions o;
        o.threads = threads;
        o.feedback = &feedback;
        try {
            simulateSupply(n, normalConditions(n, 10), o);
            FAIL() << "a canceled run must throw";
        } catch (const Error& e) {
            EXPECT_EQ(e.kind(), Error::Kind::Canceled);
        }
    }
}

}  // namespace
}  // namespace rrw::analysis
