#pragma once

#include <cstdint>
#include <vector>

#include "analysis/supply/network.h"
#include "analysis/supply/simulation.h"

namespace rrw::analysis {

/// A customer that gets an input from one supplier only, with no substitute.
struct SingleSourceDependency {
    std::uint32_t customer = 0;
    std::uint32_t supplier = 0;
    std::uint32_t input = 0;  ///< index into SupplyNetwork::inputNames
    double inputShare = 0.0;
    double inventoryDays = 0.0;
    std::uint16_t crossing = 0;  ///< 0 = none
};

/// Every (customer, input) with exactly one supplier, an input share of at least `minShare`
/// and a substitutable share of 0; sorted by share (largest first), then customer.
std::vector<SingleSourceDependency> singleSourceDependencies(const SupplyNetwork& network,
                                                             double minShare);

/// What the failure of one node does to the other firms.
struct CriticalNode {
    std::uint32_t node = 0;
    double lossValue = 0.0;          ///< loss of all other firms, output value
    double personDays = 0.0;         ///< of all other firms
    std::size_t firmsDisrupted = 0;  ///< other firms with a day below `threshold`
};

struct CriticalOptions {
    int topN = 10;        ///< firms tried, the largest by daily output; external nodes always
    int failureDays = 0;  ///< days the node fails from day 1; 0 = the whole run
    int days = 90;
    double threshold = 0.95;
};

/// The critical suppliers (docs/methods/supply_simulation.md): each candidate (the external
/// nodes and the `topN` firms with the largest daily output, among the nodes that supply
/// anyone) fails without any other hazard and the loss of the other firms is measured.
/// Sorted by loss (largest first). Uses `sim` for threads, refill rate and feedback.
std::vector<CriticalNode> criticalSuppliers(const SupplyNetwork& network,
                                            const CriticalOptions& options,
                                            const SupplySimulationOptions& sim);

/// The candidates criticalSuppliers tries, in that order.
std::vector<std::uint32_t> criticalCandidates(const SupplyNetwork& network, int topN);

}  // namespace rrw::analysis
