#pragma once

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace rrw::analysis {

struct SupplyNetwork;

enum class HazardType { BorderClosure, FarEastInterruption, EnergyPrice, Pandemic };
enum class MeasureType { GreenCard, Stockpiling, SecondSupplier, IndustrialPark, Nearshoring };

/// A hazard acting on days [start, start + duration) (days count from 1). Only the fields of
/// its type are used (docs/SUPPLY.md, "Scenario").
struct Hazard {
    HazardType type = HazardType::BorderClosure;
    std::string name;
    int start = 1;
    int duration = 1;
    // border_closure
    double freightThroughput = 1.0;
    double commuterThroughput = 1.0;
    bool allCrossings = true;
    std::vector<std::string> crossings;
    // far_east_interruption: the share of East Asia's supply that still arrives
    double supplyFraction = 1.0;
    // energy_price: relative price increase (1 = doubled)
    double intensity = 0.0;
    // pandemic
    double absenceRate = 0.0;
};

/// A measure (lever) with its cost in EUR. Only the fields of its type are used.
struct Measure {
    MeasureType type = MeasureType::GreenCard;
    std::string name;
    double cost = 0.0;
    std::vector<std::string> sectors;  ///< canonical NACE prefixes of the customers; empty = all
    double extraDays = 0.0;            ///< stockpiling
    double substitutableShare = 0.0;   ///< second_supplier, industrial_park: added
    std::optional<int> switchDays;     ///< second_supplier, industrial_park: new, if shorter
    double share = 0.0;                ///< nearshoring: part of East Asia's input shares moved
    std::string supplier;              ///< nearshoring: who takes over; empty = own country
    int leadTime = 2;                  ///< nearshoring: lead time of the new supply
    std::string crossing;              ///< nearshoring: crossing of the new supply, if any
};

/// A named, versioned set of hazards and measures.
struct Scenario {
    std::string name;
    std::string version;
    std::string description;
    int days = 90;
    std::vector<Hazard> hazards;
    std::vector<Measure> measures;
};

/// Reads and checks a scenario. Throws rrw::Error (Input) naming `what` (the file) and the
/// item: unknown keys or types, missing fields, values out of range, bad NACE prefixes.
Scenario parseScenario(const nlohmann::json& json, const std::string& what);

/// The scenario as canonical JSON: every field of every item written out (defaults
/// included), keys sorted. parseScenario(scenarioToJson(s)) gives s back.
nlohmann::json scenarioToJson(const Scenario& scenario);

/// A stable provenance hash (16 hex digits, FNV-1a 64) over the canonical JSON of the
/// scenario and the digest of the network: the same inputs give the same hash on every run
/// and platform; key order and formatting of the file do not matter.
std::string scenarioHash(const Scenario& scenario, const SupplyNetwork& network);

const char* hazardTypeName(HazardType type);
const char* measureTypeName(MeasureType type);

/// The label of a measure in results: its name, else "<type> <position>".
std::string measureLabel(const Scenario& scenario, std::size_t index);

}  // namespace rrw::analysis
