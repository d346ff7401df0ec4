// Small builders for the supply-chain tests: firms and links in one line each.
#pragma once

#include <string>
#include <vector>

#include "analysis/scenario/conditions.h"
#include "analysis/scenario/scenario.h"
#include "analysis/supply/network.h"
#include "analysis/supply/simulation.h"

namespace rrw::analysis::test {

/// A firm without energy exposure or commuters unless set: 10 employees, output 100 a day.
inline FirmRecord firm(const std::string& id, const std::string& nace = "C25",
                       const std::string& municipality = "09479152",
                       const std::string& region = "DE24D") {
    FirmRecord f;
    f.id = id;
    f.name = id;
    f.nace = nace;
    f.municipality = municipality;
    f.region = region;
    f.employees = 10;
    f.dailyOutput = 100;
    f.energyIntensity = 0.0;
    return f;
}

inline LinkRecord link(const std::string& supplier, const std::string& customer, double share,
                       int lead, double inventory, double substitutable = 0.0, int switchDays = 0,
                       const std::string& crossing = "") {
    LinkRecord l;
    l.supplier = supplier;
    l.customer = customer;
    l.inputShare = share;
    l.leadTime = lead;
    l.inventoryDays = inventory;
    l.substitutableShare = substitutable;
    l.switchDays = switchDays;
    l.crossing = crossing;
    return l;
}

inline Hazard closure(int start, int duration, double freight, double commuters,
                      std::vector<std::string> crossings = {}) {
    Hazard h;
    h.type = HazardType::BorderClosure;
    h.start = start;
    h.duration = duration;
    h.freightThroughput = freight;
    h.commuterThroughput = commuters;
    h.allCrossings = crossings.empty();
    h.crossings = std::move(crossings);
    return h;
}

/// Production of `id` on days 1..days.
inline std::vector<double> series(const SupplyNetwork& n, const SupplyRun& run,
                                  const std::string& id) {
    std::vector<double> out;
    const auto node = *n.findNode(id);
    for (int t = 1; t <= run.days; ++t) {
        out.push_back(run.at(t, node));
    }
    return out;
}

}  // namespace rrw::analysis::test
