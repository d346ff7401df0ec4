// The supply network: flat arrays, input groups, NACE codes and validation that names the item.
#include <gtest/gtest.h>

#include "analysis/supply/nace.h"
#include "analysis/supply/network.h"
#include "core/error.h"
#include "supply_test_util.h"

namespace rrw::analysis {
namespace {

using test::firm;
using test::link;

TEST(Nace, ParsesTheUsualSpellings) {
    for (const char* text : {"C29.32", "29.32", "2932", "c 29.32", " C29.32 "}) {
        const auto code = parseNace(text);
        ASSERT_TRUE(code) << text;
        EXPECT_EQ(code->code, "C29.32") << text;
        EXPECT_EQ(code->section, 'C');
        EXPECT_EQ(code->division, 29);
    }
    EXPECT_EQ(parseNace("H")->code, "H");
    EXPECT_EQ(parseNace("49.41")->code, "H49.41");
    EXPECT_EQ(parseNace("10.13.0")->code, "C10.13.0");  // WZ 2008 subclass
    for (const char* bad : {"", "X12", "D29", "34", "1", "C2a", "C1234567"}) {
        EXPECT_FALSE(parseNace(bad)) << bad;
    }
    EXPECT_TRUE(naceMatches(*parseNace("C29"), *parseNace("C29.32")));
    EXPECT_TRUE(naceMatches(*parseNace("C"), *parseNace("C29.32")));
    EXPECT_FALSE(naceMatches(*parseNace("C29.1"), *parseNace("C29.32")));
    EXPECT_FALSE(naceMatches(*parseNace("C28"), *parseNace("C29")));
}

TEST(SupplyNetwork, BuildsSortedArraysWithExternalNodes) {
    const SupplyNetwork n =
        buildSupplyNetwork({firm("A", "C25.1"), firm("B", "C29", "554481", "CZ0411"),
                            firm("C", "C26", "09479152", "")},
                           {link("A", "C", 0.2, 1, 2), link("east_asia", "B", 0.1, 30, 10),
                            link("A", "B", 0.3, 1, 3), link("C", "B", 0.2, 2, 1, 0.5, 4, "road:x")},
                           {});
    EXPECT_EQ(n.firmCount, 3u);
    EXPECT_EQ(n.nodeCount(), 7u);
    EXPECT_EQ(n.nodeId[n.externalNode(ExternalNode::RestCz)], "rest_cz");
    EXPECT_EQ(n.linkCount(), 4u);
    // B (index 1) has three links, C one, A none.
    EXPECT_EQ(n.linkBegin, (std::vector<std::uint32_t>{0, 0, 3, 4}));
    for (std::uint32_t l = 0; l < 3; ++l) {
        EXPECT_EQ(n.customer[l], 1u);
    }
    // Inputs: by the supplier's NACE division, the external node's id otherwise.
    std::vector<std::string> inputs;
    for (std::uint32_t l = 0; l < 3; ++l) {
        inputs.push_back(n.inputNames[n.input[l]]);
    }
    std::sort(inputs.begin(), inputs.end());
    EXPECT_EQ(inputs, (std::vector<std::string>{"C25", "C26", "east_asia"}));
    // Crossings named by links become freight crossings without a commuter role.
    ASSERT_EQ(n.crossingId.size(), 1u);
    EXPECT_EQ(n.crossingId[0], "road:x");
    EXPECT_EQ(n.crossingCommuterWeight[0], 0.0);
    // Countries: from the region code, else from the municipality code.
    EXPECT_EQ(n.country[0], "DE");
    EXPECT_EQ(n.country[1], "CZ");
    EXPECT_EQ(n.country[2], "DE");
}

TEST(SupplyNetwork, DigestIgnoresTheOrderOfTheLinkRows) {
    const std::vector<FirmRecord> firms = {firm("A"), firm("B", "C28"), firm("C", "C29")};
    std::vector<LinkRecord> links = {link("A", "C", 0.2, 1, 2), link("B", "C", 0.3, 2, 1),
                                     link("rest_de", "B", 0.4, 1, 0)};
    const auto a = networkDigest(buildSupplyNetwork(firms, links, {}));
    std::reverse(links.begin(), links.end());
    EXPECT_EQ(networkDigest(buildSupplyNetwork(firms, links, {})), a);
    links[0].inventoryDays = 3;
    EXPECT_NE(networkDigest(buildSupplyNetwork(firms, links, {})), a);
}

TEST(SupplyNetwork, DigestTakesMinusZeroForZero) {
    // A file's "-0" comes back from the project as 0: the same network, the same digest
    // (fuzz supply_csv finding).
    std::vector<FirmRecord> firms = {firm("A"), firm("B", "C28")};
    const std::vector<LinkRecord> links = {link("A", "B", 0.2, 1, 2)};
    firms[0].employees = 0.0;
    const auto zero = networkDigest(buildSupplyNetwork(firms, links, {}));
    firms[0].employees = -0.0;
    EXPECT_EQ(networkDigest(buildSupplyNetwork(firms, links, {})), zero);
}

/// Builds and expects an input error whose message contains every part of `parts`.
void expectError(const std::vector<FirmRecord>& firms, const std::vector<LinkRecord>& links,
                 const std::vector<CrossingRecord>& crossings, std::vector<std::string> parts) {
    try {
        buildSupplyNetwork(firms, links, crossings);
        ADD_FAILURE() << "no error; expected " << parts[0];
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        for (const std::string& p : parts) {
            EXPECT_NE(e.message().find(p), std::string::npos) << e.message() << " lacks " << p;
        }
    }
}

TEST(SupplyNetwork, RejectsBadInputNamingTheItem) {
    auto where = [](LinkRecord l, const std::string& w) {
        l.where = w;
        return l;
    };
    const std::vector<FirmRecord> ab = {firm("A"), firm("B", "C29")};
    expectError(ab, {where(link("A", "Z", 0.1, 1, 0), "links.csv:7")}, {}, {"links.csv:7", "Z"});
    expectError(ab, {where(link("Q", "B", 0.1, 1, 0), "links.csv:2")}, {}, {"links.csv:2", "Q"});
    expectError(ab, {link("A", "east_asia", 0.1, 1, 0)}, {}, {"east_asia", "customer"});
    expectError(ab, {link("A", "A", 0.1, 1, 0)}, {}, {"A", "itself"});
    expectError(ab, {link("A", "B", 1.5, 1, 0)}, {}, {"input_share", "1.5"});
    expectError(ab, {link("A", "B", 0.5, 1, 0, -0.1)}, {}, {"substitutable_share"});
    expectError(ab, {link("A", "B", 0.5, 0, 0)}, {}, {"lead_time", "0"});
    expectError(ab, {link("A", "B", 0.5, 1, -2)}, {}, {"inventory_days", "-2"});
    expectError(ab, {link("A", "B", 0.5, 1, 0, 0, -1)}, {}, {"switch_days"});
    LinkRecord fraction = link("A", "B", 0.5, 1, 0);
    fraction.leadTime = 1.5;
    expectError(ab, {fraction}, {}, {"lead_time", "whole", "1.5"});
    expectError(ab,
                {link("A", "B", 0.6, 1, 0), where(link("rest_de", "B", 0.5, 1, 0), "links.csv:3")},
                {}, {"links.csv:3", "B", "1.1"});
    expectError(ab, {link("A", "B", 0.2, 1, 0), where(link("A", "B", 0.2, 2, 0), "links.csv:4")},
                {}, {"links.csv:4", "twice"});
    expectError(ab, {link("A", "B", 0.2, 1, 0, 0, 0, "K9")},
                {CrossingRecord{"K1", "", true, 0.5, ""}}, {"K9", "crossings"});
    expectError(ab, {link("A", "B", 0.2, 1, 0, 0, 0, "K1")},
                {CrossingRecord{"K1", "", false, 0.5, ""}}, {"K1", "freight"});
    expectError(ab, {},
                {CrossingRecord{"K1", "", true, 0.5, ""}, CrossingRecord{"K1", "", true, 0, ""}},
                {"K1", "twice"});
    expectError(ab, {}, {CrossingRecord{"K1", "", true, 2.0, ""}}, {"commuters"});

    FirmRecord dup = firm("A");
    dup.where = "firms.csv:5";
    expectError({firm("A"), dup}, {}, {}, {"firms.csv:5", "\"A\"", "twice"});
    expectError({firm("rest_de")}, {}, {}, {"rest_de", "reserved"});
    expectError({firm("")}, {}, {}, {"empty"});
    expectError({firm("A", "X99")}, {}, {}, {"X99", "NACE"});
    FirmRecord bad = firm("A");
    bad.commuterShare = 1.2;
    expectError({bad}, {}, {}, {"commuter_share", "1.2"});
    bad = firm("A");
    bad.employees = -3;
    expectError({bad}, {}, {}, {"employees"});
    bad = firm("A");
    bad.energyIntensity = 1.5;
    expectError({bad}, {}, {}, {"energy_intensity"});
    bad = firm("A");
    bad.x = 12.0;
    expectError({bad}, {}, {}, {"x and y"});
    bad = firm("A");
    bad.country = "Deutschland";
    expectError({bad}, {}, {}, {"Deutschland"});
}

TEST(SupplyNetwork, AcceptsSharesUpToOnePlusTolerance) {
    EXPECT_NO_THROW(buildSupplyNetwork(
        {firm("A"), firm("B", "C29")},
        {link("A", "B", 0.7, 1, 0), link("rest_eu", "B", 0.3000000001, 1, 0)}, {}));
}

}  // namespace
}  // namespace rrw::analysis
