#pragma once

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace rrw::analysis {

/// The external nodes every supply network has (docs/SUPPLY.md). They deliver their full
/// output unless a hazard hits them and are never customers.
enum class ExternalNode : std::uint8_t { EastAsia = 0, RestDe, RestCz, RestEu };
inline constexpr std::array<const char*, 4> kExternalNodeIds = {"east_asia", "rest_de", "rest_cz",
                                                                "rest_eu"};

/// One firm or site as read from a table. `where` names the item in messages ("firms.csv row
/// 4"); empty means "firm <id>".
struct FirmRecord {
    std::string id, name, municipality, region, nace;
    std::string country;  ///< "DE", "CZ", …; empty = derived from region or municipality code
    double employees = 0.0;
    double commuterShare = 0.0;  ///< share of the employees commuting across the border
    double dailyOutput = 0.0;    ///< output value per working day (EUR)
    double energyIntensity = std::numeric_limits<double>::quiet_NaN();  ///< NaN = by NACE
    double x = std::numeric_limits<double>::quiet_NaN();
    double y = std::numeric_limits<double>::quiet_NaN();
    std::string where;
};

/// supplier → customer. Days are numbers so that a fraction can be reported as an error.
struct LinkRecord {
    std::string supplier, customer;
    double inputShare = 0.0;          ///< share of the customer's input needs, 0..1
    double leadTime = 1.0;            ///< whole days from the supplier's output to use, ≥ 1
    double inventoryDays = 0.0;       ///< stock the customer holds, in days of use
    double substitutableShare = 0.0;  ///< share that alternatives can replace, 0..1
    double switchDays = 0.0;          ///< whole days until the alternatives deliver
    std::string crossing;             ///< border crossing on the route; empty = none
    std::string input;                ///< what is delivered; empty = the supplier's NACE division
    std::string where;
};

/// A border crossing and its roles.
struct CrossingRecord {
    std::string id, name;
    bool freight = true;          ///< goods traffic may use it
    double commuterWeight = 0.0;  ///< its share of the cross-border commuters (normalised)
    std::string where;
};

/// The firm network in flat arrays (docs/SUPPLY.md). Nodes are the firms [0, firmCount)
/// followed by the four external nodes in the order of kExternalNodeIds. Links are sorted by
/// (customer, input, supplier); the links of firm c are [linkBegin[c], linkBegin[c + 1]).
struct SupplyNetwork {
    std::size_t firmCount = 0;
    // Per node (firms, then external nodes).
    std::vector<std::string> nodeId, nodeName, municipality, region, country, nace;
    std::vector<char> section;  ///< NACE section letter; 0 for external nodes
    std::vector<double> employees, commuterShare, dailyOutput, energyIntensity, x, y;
    // Per link.
    std::vector<std::uint32_t> linkBegin;  ///< firmCount + 1 offsets
    std::vector<std::uint32_t> supplier, customer;
    std::vector<std::uint32_t> input;  ///< index into inputNames
    std::vector<double> inputShare, inventoryDays, substitutableShare;
    std::vector<std::uint16_t> leadTime, switchDays;
    std::vector<std::uint16_t> crossing;  ///< 0 = none, else 1 + index into crossingId
    std::vector<std::string> inputNames;
    // Per crossing.
    std::vector<std::string> crossingId, crossingName;
    std::vector<char> crossingFreight;
    std::vector<double> crossingCommuterWeight;

    std::size_t nodeCount() const { return nodeId.size(); }
    std::size_t linkCount() const { return supplier.size(); }
    std::uint32_t externalNode(ExternalNode e) const {
        return static_cast<std::uint32_t>(firmCount + static_cast<std::size_t>(e));
    }
    bool isExternal(std::uint32_t node) const { return node >= firmCount; }
    std::optional<std::uint32_t> findNode(const std::string& id) const;
    /// 1 + index into crossingId, or nothing.
    std::optional<std::uint16_t> findCrossing(const std::string& id) const;
    /// The index of an input name, adding it when new.
    std::uint32_t internInput(const std::string& name);
    /// Sorts the links by (customer, input, supplier) and rebuilds linkBegin; call after
    /// appending links. Returns the old index of every link in its new place.
    std::vector<std::uint32_t> sortLinks();

    std::unordered_map<std::string, std::uint32_t> nodeIndex;
    std::unordered_map<std::string, std::uint16_t> crossingIndex;
    std::unordered_map<std::string, std::uint32_t> inputIndex;
};

/// Validates and builds the network. Throws rrw::Error (Input) naming the item (its `where`):
/// empty or duplicate ids, ids reserved for external nodes, unknown firms in links, an external
/// node as customer, a firm supplying itself, the same input twice on one supplier→customer
/// pair, shares outside [0, 1], a customer's input shares adding up to more than 1 (+1e-6),
/// negative or fractional days, bad NACE codes, unknown crossings or crossings without
/// freight. Without crossing records, the crossings are those named by the links (freight,
/// no commuter role).
SupplyNetwork buildSupplyNetwork(const std::vector<FirmRecord>& firms,
                                 const std::vector<LinkRecord>& links,
                                 const std::vector<CrossingRecord>& crossings);

/// Digest of everything the simulation reads (nodes, links, crossings), independent of the
/// order of the input rows of links; for provenance next to the scenario hash.
std::uint64_t networkDigest(const SupplyNetwork& network);
/// networkDigest as 16 lower-case hex digits, as runs store it.
std::string networkDigestHex(const SupplyNetwork& network);

/// The upper limits of the day counts (lead time, switch days, inventory days).
inline constexpr int kMaxLeadTime = 365;
inline constexpr int kMaxDays = 3650;

}  // namespace rrw::analysis
