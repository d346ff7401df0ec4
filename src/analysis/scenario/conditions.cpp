#include "analysis/scenario/conditions.h"

#include <algorithm>

#include "core/error.h"

namespace rrw::analysis {

DailyConditions normalConditions(const SupplyNetwork& network, int days) {
    DailyConditions c;
    c.days = days;
    c.crossingSlots = 1 + network.crossingId.size();
    const auto rows = static_cast<std::size_t>(days) + 1;
    c.freightOpen.assign(rows * c.crossingSlots, 1.0f);
    c.commuterOpen.assign(rows, 1.0f);
    c.absence.assign(rows, 0.0f);
    c.energyPrice.assign(rows, 0.0f);
    c.eastAsiaSupply.assign(rows, 1.0f);
    return c;
}

DailyConditions buildDailyConditions(const std::vector<Hazard>& hazards,
                                     const SupplyNetwork& network, int days, bool commutersExempt,
                                     const std::string& what) {
    DailyConditions c = normalConditions(network, days);
    const std::size_t crossings = network.crossingId.size();
    // Per day and crossing: commuter throughput; per day: the strictest "all" closure.
    std::vector<float> commuterByCrossing(c.freightOpen.size(), 1.0f);
    std::vector<float> commuterAll(c.commuterOpen.size(), 1.0f);
    for (std::size_t i = 0; i < hazards.size(); ++i) {
        const Hazard& h = hazards[i];
        std::vector<std::size_t> slots;
        if (h.type == HazardType::BorderClosure && !h.allCrossings) {
            for (const std::string& id : h.crossings) {
                const auto slot = network.findCrossing(id);
                if (!slot) {
                    throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                      "{1}: hazard {2} names the crossing \"{3}\", "
                                                      "which no link uses and the crossings "
                                                      "table does not list."),
                                    {what, std::to_string(i + 1), id});
                }
                slots.push_back(*slot);
            }
        } else {
            for (std::size_t k = 1; k <= crossings; ++k) {
                slots.push_back(k);
            }
        }
        const int first = h.start;
        const int last = std::min(days, h.start + h.duration - 1);
        if (first <= days) {
            c.firstHazardDay = c.firstHazardDay == 0 ? first : std::min(c.firstHazardDay, first);
            c.endHazardDay = std::max(c.endHazardDay, h.start + h.duration);
        }
        for (int t = first; t <= last; ++t) {
            const auto row = static_cast<std::size_t>(t);
            switch (h.type) {
                case HazardType::BorderClosure: {
                    const auto freight = static_cast<float>(h.freightThroughput);
                    const auto commuters = static_cast<float>(h.commuterThroughput);
                    for (std::size_t slot : slots) {
                        float& f = c.freightOpen[row * c.crossingSlots + slot];
                        f = std::min(f, freight);
                        float& m = commuterByCrossing[row * c.crossingSlots + slot];
                        m = std::min(m, commuters);
                    }
                    if (h.allCrossings) {
                        commuterAll[row] = std::min(commuterAll[row], commuters);
                    }
                    break;
                }
                case HazardType::FarEastInterruption:
                    c.eastAsiaSupply[row] =
                        std::min(c.eastAsiaSupply[row], static_cast<float>(h.supplyFraction));
                    break;
                case HazardType::EnergyPrice:
                    c.energyPrice[row] =
                        std::max(c.energyPrice[row], static_cast<float>(h.intensity));
                    break;
                case HazardType::Pandemic:
                    c.absence[row] = std::max(c.absence[row], static_cast<float>(h.absenceRate));
                    break;
            }
        }
    }
    double weightSum = 0.0;
    for (double w : network.crossingCommuterWeight) {
        weightSum += w;
    }
    for (std::size_t t = 1; t < c.commuterOpen.size(); ++t) {
        if (commutersExempt) {
            continue;
        }
        if (weightSum > 0.0) {
            double open = 0.0;
            for (std::size_t k = 0; k < crossings; ++k) {
                open += network.crossingCommuterWeight[k] / weightSum *
                        commuterByCrossing[t * c.crossingSlots + k + 1];
            }
            c.commuterOpen[t] = static_cast<float>(open);
        } else {
            c.commuterOpen[t] = commuterAll[t];
        }
    }
    return c;
}

}  // namespace rrw::analysis
