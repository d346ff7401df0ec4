// The flows of the supply flow map: links summed per pair of places, cross-border and broken
// links told apart (docs/SUPPLY.md, "Flow map").
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/scenario/conditions.h"
#include "analysis/supply/flows.h"
#include "supply_test_util.h"

namespace rrw::analysis {
namespace {

using test::closure;
using test::firm;
using test::link;

const SupplyFlow* findFlow(const SupplyFlowSummary& s, const std::string& from,
                           const std::string& to, bool broken) {
    for (const auto& f : s.flows) {
        if (f.from == from && f.to == to && f.broken == broken) {
            return &f;
        }
    }
    return nullptr;
}

FirmRecord placed(const std::string& id, const std::string& municipality, double lon, double lat,
                  double output, const std::string& region) {
    FirmRecord f = firm(id, "C25", municipality, region);
    f.x = lon;
    f.y = lat;
    f.dailyOutput = output;
    return f;
}

// Selb (DE) firms A1 (output 100 at 12.0/50.0) and A2 (300 at 12.4/50.4) supply Cheb (CZ) firm
// C over crossing X and the local firm B. C gets 0.5 from A1 over X, 0.2 from A2 without a
// crossing, 0.1 from East Asia. A far-east interruption and a closure of X on days 2–3.
TEST(SupplyFlows, SumsLinksPerPlacePairAndMarksBrokenOnes) {
    const std::vector<FirmRecord> firms = {
        placed("A1", "09479152", 12.0, 50.0, 100, "DE24D"),
        placed("A2", "09479152", 12.4, 50.4, 300, "DE24D"),
        placed("B", "09479152", 12.1, 50.1, 50, "DE24D"),
        placed("C", "554481", 12.37, 50.08, 200, "CZ0411"),
    };
    const SupplyNetwork n =
        buildSupplyNetwork(firms,
                           {link("A1", "C", 0.5, 1, 3, 0, 0, "X"), link("A2", "C", 0.2, 1, 3),
                            link("A1", "B", 0.4, 1, 3), link("east_asia", "C", 0.1, 30, 20)},
                           {});
    Hazard asia;
    asia.type = HazardType::FarEastInterruption;
    asia.start = 1;
    asia.duration = 10;
    asia.supplyFraction = 0.5;
    const DailyConditions cond =
        buildDailyConditions({closure(2, 2, 0.0, 1.0), asia}, n, 12, false, "test");
    const SupplyFlowSummary s = aggregateFlows(n, cond);

    EXPECT_EQ(s.links, 4u);
    EXPECT_EQ(s.localLinks, 1u);  // A1 → B inside Selb
    EXPECT_EQ(s.brokenLinks, 2u);
    EXPECT_DOUBLE_EQ(s.volume, 0.5 * 200 + 0.2 * 200 + 0.4 * 50 + 0.1 * 200);
    EXPECT_DOUBLE_EQ(s.brokenVolume, 0.5 * 200 + 0.1 * 200);
    ASSERT_EQ(s.flows.size(), 3u);

    const SupplyFlow* cut = findFlow(s, "09479152", "554481", true);
    ASSERT_NE(cut, nullptr);
    EXPECT_DOUBLE_EQ(cut->volume, 100.0);
    EXPECT_EQ(cut->links, 1u);
    EXPECT_EQ(cut->crossingLinks, 1u);
    EXPECT_TRUE(cut->crossBorder);
    // Selb's position: weighted by output over all three firms there.
    EXPECT_NEAR(cut->fromLon, (12.0 * 100 + 12.4 * 300 + 12.1 * 50) / 450.0, 1e-12);
    EXPECT_NEAR(cut->toLat, 50.08, 1e-12);

    const SupplyFlow* intact = findFlow(s, "09479152", "554481", false);
    ASSERT_NE(intact, nullptr);
    EXPECT_DOUBLE_EQ(intact->volume, 40.0);
    EXPECT_EQ(intact->crossingLinks, 0u);
    EXPECT_TRUE(intact->crossBorder);  // DE → CZ even without a named crossing

    const SupplyFlow* asian = findFlow(s, "east_asia", "554481", true);
    ASSERT_NE(asian, nullptr);
    EXPECT_TRUE(asian->fromExternal);
    EXPECT_FALSE(asian->crossBorder);  // an import, not a DE–CZ flow
    EXPECT_TRUE(std::isnan(asian->fromLon));
    EXPECT_EQ(s.flows.front().volume, 100.0);  // largest first
}

TEST(SupplyFlows, NothingIsBrokenInNormalConditions) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A", "C25", "09479152"), firm("B", "C25", "09479111")},
                           {link("A", "B", 0.5, 1, 3, 0, 0, "X")}, {});
    const SupplyFlowSummary s = aggregateFlows(n, normalConditions(n, 30));
    ASSERT_EQ(s.flows.size(), 1u);
    EXPECT_FALSE(s.flows[0].broken);
    EXPECT_EQ(s.brokenLinks, 0u);
    EXPECT_TRUE(s.flows[0].crossBorder);          // routed over a crossing
    EXPECT_TRUE(std::isnan(s.flows[0].fromLon));  // no positions given
}

}  // namespace
}  // namespace rrw::analysis
