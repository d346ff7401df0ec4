// Scenarios: parsing with clear errors, the canonical form and hash, measures applied to a copy.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analysis/scenario/conditions.h"
#include "analysis/scenario/measures.h"
#include "analysis/scenario/scenario.h"
#include "core/error.h"
#include "supply_test_util.h"

namespace rrw::analysis {
namespace {

using nlohmann::json;
using test::firm;
using test::link;

const char* const kScenario = R"({
  "name": "Grenzschließung",
  "version": 3,
  "days": 30,
  "hazards": [
    {"type": "border_closure", "start": 2, "duration": 14, "freight_throughput": 0.3,
     "commuter_throughput": 0.1, "crossings": ["road:schirnding-pomezi"]},
    {"type": "far_east_interruption", "start": 1, "duration": 60, "supply_fraction": 0.5},
    {"type": "energy_price", "start": 5, "duration": 10, "intensity": 1.5},
    {"type": "pandemic", "name": "Welle", "start": 3, "duration": 7, "absence_rate": 0.08}
  ],
  "measures": [
    {"type": "greencard", "cost": 50000},
    {"type": "stockpiling", "sectors": ["C29", "23.41"], "extra_days": 5, "cost": 1e5},
    {"type": "second_supplier", "sectors": ["C"], "substitutable_share": 0.3, "switch_days": 7, "cost": 2e5},
    {"type": "industrial_park", "name": "Industriepark Cheb", "substitutable_share": 0.2, "cost": 3e6},
    {"type": "nearshoring", "share": 0.5, "cost": 1e6}
  ]
})";

TEST(Scenario, ParsesEveryHazardAndMeasure) {
    const Scenario s = parseScenario(json::parse(kScenario), "s.json");
    EXPECT_EQ(s.name, "Grenzschließung");
    EXPECT_EQ(s.version, "3");
    EXPECT_EQ(s.days, 30);
    ASSERT_EQ(s.hazards.size(), 4u);
    EXPECT_EQ(s.hazards[0].type, HazardType::BorderClosure);
    EXPECT_FALSE(s.hazards[0].allCrossings);
    EXPECT_EQ(s.hazards[0].crossings, std::vector<std::string>{"road:schirnding-pomezi"});
    EXPECT_DOUBLE_EQ(s.hazards[0].freightThroughput, 0.3);
    EXPECT_DOUBLE_EQ(s.hazards[1].supplyFraction, 0.5);
    EXPECT_DOUBLE_EQ(s.hazards[2].intensity, 1.5);
    EXPECT_EQ(s.hazards[3].name, "Welle");
    ASSERT_EQ(s.measures.size(), 5u);
    EXPECT_EQ(s.measures[1].sectors, (std::vector<std::string>{"C29", "C23.41"}));
    EXPECT_EQ(s.measures[2].switchDays, 7);
    EXPECT_FALSE(s.measures[3].switchDays.has_value());
    EXPECT_EQ(s.measures[4].leadTime, 2);
    EXPECT_EQ(measureLabel(s, 0), "greencard 1");
    EXPECT_EQ(measureLabel(s, 3), "Industriepark Cheb");
    // The canonical form reads back to the same scenario.
    const json canonical = scenarioToJson(s);
    EXPECT_EQ(scenarioToJson(parseScenario(canonical, "c")), canonical);
}

TEST(Scenario, HashIsStableAndCoversScenarioAndNetwork) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A"), firm("B", "C29")}, {link("A", "B", 0.5, 1, 2)}, {});
    const Scenario s = parseScenario(json::parse(kScenario), "s.json");
    const std::string hash = scenarioHash(s, n);
    EXPECT_EQ(hash.size(), 16u);
    // Pinned: the hash must not change between builds or platforms.
    EXPECT_EQ(hash, "71debaa743e84018");
    // Key order, whitespace and spelled-out defaults do not matter.
    json reordered = json::parse(kScenario);
    reordered["hazards"][0]["crossings"] = {"road:schirnding-pomezi"};
    reordered["measures"][4]["lead_time"] = 2;
    EXPECT_EQ(scenarioHash(parseScenario(json::parse(reordered.dump(4)), "r"), n), hash);
    // Any value does.
    json changed = json::parse(kScenario);
    changed["hazards"][2]["intensity"] = 1.6;
    EXPECT_NE(scenarioHash(parseScenario(changed, "c"), n), hash);
    const SupplyNetwork other =
        buildSupplyNetwork({firm("A"), firm("B", "C29")}, {link("A", "B", 0.5, 1, 3)}, {});
    EXPECT_NE(scenarioHash(s, other), hash);
}

void expectParseError(const std::string& text, std::vector<std::string> parts) {
    try {
        parseScenario(json::parse(text), "bad.json");
        ADD_FAILURE() << "no error for " << text;
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        parts.push_back("bad.json");
        for (const std::string& p : parts) {
            EXPECT_NE(e.message().find(p), std::string::npos) << e.message() << " lacks " << p;
        }
    }
}

TEST(Scenario, ParseErrorsNameFileItemAndKey) {
    const std::string head = R"({"name": "x", "version": 1, "hazards": [)";
    expectParseError("[1]", {"object"});
    expectParseError(R"({"version": 1, "hazards": []})", {"name"});
    expectParseError(R"({"name": "x", "hazards": []})", {"version"});
    expectParseError(R"({"name": "x", "version": 0, "hazards": []})", {"version"});
    expectParseError(R"({"name": "x", "version": 1, "hazards": [], "colour": 1})", {"colour"});
    expectParseError(R"({"name": "x", "version": 1, "hazards": {}})", {"hazards", "list"});
    expectParseError(R"({"name": "x", "version": 1, "days": 0, "hazards": []})", {"days"});
    expectParseError(head + R"({"type": "meteor", "start": 1, "duration": 1}]})",
                     {"hazard 1", "meteor"});
    expectParseError(head + R"({"type": "pandemic", "start": 1, "duration": 2}]})",
                     {"hazard 1", "absence_rate"});
    expectParseError(
        head + R"({"type": "pandemic", "start": 1, "duration": 2, "absence_rate": 1.5}]})",
        {"hazard 1", "absence_rate", "0", "1"});
    expectParseError(
        head + R"({"type": "pandemic", "start": 0, "duration": 2, "absence_rate": 0.1}]})",
        {"hazard 1", "start"});
    expectParseError(
        head + R"({"type": "pandemic", "start": 1.5, "duration": 2, "absence_rate": 0.1}]})",
        {"hazard 1", "start", "whole"});
    expectParseError(
        head +
            R"({"type": "pandemic", "start": 1, "duration": 2, "absence_rate": 0.1, "supply_fraction": 1}]})",
        {"hazard 1", "supply_fraction"});
    expectParseError(
        head +
            R"({"type": "border_closure", "start": 1, "duration": 2, "freight_throughput": 0, "commuter_throughput": 0, "crossings": "some"}]})",
        {"hazard 1", "crossings"});
    expectParseError(
        head + R"({"type": "energy_price", "start": 1, "duration": 2, "intensity": -1}]})",
        {"hazard 1", "intensity"});
    const std::string measures = R"({"name": "x", "version": 1, "hazards": [], "measures": [)";
    expectParseError(measures + R"({"type": "greencard"}]})", {"measure 1", "cost"});
    expectParseError(measures + R"({"type": "bribe", "cost": 1}]})", {"measure 1", "bribe"});
    expectParseError(
        measures + R"({"type": "stockpiling", "cost": 1, "extra_days": 2, "sectors": ["Z9"]}]})",
        {"measure 1", "Z9"});
    expectParseError(measures + R"({"type": "second_supplier", "cost": 1}]})",
                     {"measure 1", "substitutable_share"});
    expectParseError(measures + R"({"type": "nearshoring", "cost": 1, "share": 2}]})",
                     {"measure 1", "share"});
    expectParseError(measures + R"({"type": "greencard", "cost": 1, "sectors": ["C"]}]})",
                     {"measure 1", "sectors"});
}

TEST(Measures, ApplyToACopy) {
    const SupplyNetwork base = buildSupplyNetwork(
        {firm("A", "C25"), firm("B", "C29.32"), firm("C", "C23.41", "554481", "CZ0411")},
        {link("A", "B", 0.3, 1, 2, 0.1, 10), link("east_asia", "B", 0.4, 30, 10),
         link("east_asia", "C", 0.2, 30, 5, 0, 0), link("A", "C", 0.1, 1, 1, 0.9, 3)},
        {});
    Scenario s = parseScenario(json::parse(R"({"name": "m", "version": 1, "hazards": [],
      "measures": [
        {"type": "greencard", "cost": 1},
        {"type": "stockpiling", "sectors": ["C29"], "extra_days": 5, "cost": 1},
        {"type": "second_supplier", "sectors": ["C23"], "substitutable_share": 0.3, "switch_days": 5, "cost": 1},
        {"type": "nearshoring", "share": 0.25, "cost": 1}]})"),
                               "m.json");
    const MeasuredNetwork m = applyMeasures(base, s.measures, "m.json");
    EXPECT_TRUE(m.commutersExempt);
    EXPECT_EQ(base.linkCount(), 4u) << "the base network is not changed";
    const SupplyNetwork& n = m.network;
    ASSERT_EQ(n.linkCount(), 6u);  // two nearshored links added
    auto find = [&](const std::string& s2, const std::string& c) {
        for (std::size_t l = 0; l < n.linkCount(); ++l) {
            if (n.nodeId[n.supplier[l]] == s2 && n.nodeId[n.customer[l]] == c) {
                return l;
            }
        }
        ADD_FAILURE() << s2 << " -> " << c;
        return std::size_t{0};
    };
    // Stockpiling for C29 (B): +5 days on both of B's links, C unchanged.
    EXPECT_DOUBLE_EQ(n.inventoryDays[find("A", "B")], 7.0);
    EXPECT_DOUBLE_EQ(n.inventoryDays[find("A", "C")], 1.0);
    // Second supplier for C23 (C): +0.3 capped at 1; switch days only when shorter.
    EXPECT_DOUBLE_EQ(n.substitutableShare[find("A", "C")], 1.0);
    EXPECT_EQ(n.switchDays[find("A", "C")], 3);
    EXPECT_NEAR(n.substitutableShare[find("east_asia", "C")], 0.3, 1e-12);
    EXPECT_EQ(n.switchDays[find("east_asia", "C")], 0);
    EXPECT_DOUBLE_EQ(n.substitutableShare[find("A", "B")], 0.1);
    // Nearshoring: a quarter of East Asia's share moves to the customer's own country, same
    // input, lead time 2, the East Asia link's stock.
    EXPECT_NEAR(n.inputShare[find("east_asia", "B")], 0.3, 1e-12);
    const std::size_t de = find("rest_de", "B");
    EXPECT_NEAR(n.inputShare[de], 0.1, 1e-12);
    EXPECT_EQ(n.leadTime[de], 2);
    EXPECT_DOUBLE_EQ(n.inventoryDays[de], 15.0);  // 10 + 5 from stockpiling C29
    EXPECT_EQ(n.inputNames[n.input[de]], "east_asia");
    EXPECT_NEAR(n.inputShare[find("rest_cz", "C")], 0.05, 1e-12);
    // Links stay sorted by customer.
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        for (std::uint32_t l = n.linkBegin[c]; l < n.linkBegin[c + 1]; ++l) {
            EXPECT_EQ(n.customer[l], c);
        }
    }
    // An unknown nearshoring supplier is an error naming the measure.
    s.measures[3].supplier = "nobody";
    try {
        applyMeasures(base, s.measures, "m.json");
        ADD_FAILURE() << "no error";
    } catch (const Error& e) {
        EXPECT_NE(e.message().find("measure 4"), std::string::npos) << e.message();
        EXPECT_NE(e.message().find("nobody"), std::string::npos) << e.message();
    }
}

TEST(DailyConditions, OverlappingHazardsTakeTheMostSevere) {
    const SupplyNetwork n = buildSupplyNetwork({firm("A"), firm("B", "C29")},
                                               {link("A", "B", 0.5, 1, 2, 0, 0, "K")}, {});
    const Scenario s =
        parseScenario(json::parse(R"({"name": "o", "version": 1, "days": 10, "hazards": [
      {"type": "border_closure", "start": 2, "duration": 3, "freight_throughput": 0.5, "commuter_throughput": 1},
      {"type": "border_closure", "start": 3, "duration": 5, "freight_throughput": 0.2, "commuter_throughput": 0.6, "crossings": ["K"]},
      {"type": "pandemic", "start": 20, "duration": 5, "absence_rate": 0.5}]})"),
                      "o");
    const DailyConditions c = buildDailyConditions(s.hazards, n, 10, false, "o");
    const std::size_t k = *n.findCrossing("K");
    EXPECT_FLOAT_EQ(c.freight(1, k), 1.0f);
    EXPECT_FLOAT_EQ(c.freight(2, k), 0.5f);
    EXPECT_FLOAT_EQ(c.freight(3, k), 0.2f);
    EXPECT_FLOAT_EQ(c.freight(7, k), 0.2f);
    EXPECT_FLOAT_EQ(c.freight(8, k), 1.0f);
    EXPECT_FLOAT_EQ(c.freight(3, 0), 1.0f) << "links without a crossing stay open";
    // No crossing has a commuter role: commuters see the closures of all crossings only.
    EXPECT_FLOAT_EQ(c.commuterOpen[3], 1.0f);
    EXPECT_EQ(c.firstHazardDay, 2);
    EXPECT_EQ(c.endHazardDay, 8) << "the pandemic starts after the run and does not count";
    EXPECT_FLOAT_EQ(c.absence[10], 0.0f);
}

}  // namespace
}  // namespace rrw::analysis
