#include "analysis/supply/impact.h"

#include <algorithm>
#include <map>

namespace rrw::analysis {

std::vector<FirmImpact> firmImpacts(const SupplyNetwork& n, const SupplyRun& run,
                                    const DailyConditions& cond, const ImpactOptions& options) {
    const int days = run.days;
    const int window = std::max(1, std::min(options.jobsWindow, days));
    const int hazardStart = cond.firstHazardDay > 0 ? cond.firstHazardDay : 1;
    const int hazardEnd = cond.endHazardDay > 0 ? cond.endHazardDay : 1;
    std::vector<FirmImpact> out(n.firmCount);
    std::vector<double> loss(static_cast<std::size_t>(days) + 1);
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        FirmImpact& f = out[c];
        int lastBelow = 0;
        double lossDays = 0.0;
        for (int t = 1; t <= days; ++t) {
            const double x = run.at(t, c);
            const double l = 1.0 - x;
            loss[static_cast<std::size_t>(t)] = l;
            lossDays += l;
            f.peakLossShare = std::max(f.peakLossShare, l);
            if (x < options.threshold) {
                if (f.firstBelowDay == 0) {
                    f.firstBelowDay = t;
                }
                lastBelow = t;
            }
        }
        f.lossValue = lossDays * n.dailyOutput[c];
        f.personDays = lossDays * n.employees[c];
        double sum = 0.0;
        double worst = 0.0;
        for (int t = 1; t <= days; ++t) {
            sum += loss[static_cast<std::size_t>(t)];
            if (t > window) {
                sum -= loss[static_cast<std::size_t>(t - window)];
            }
            if (t >= window) {
                worst = std::max(worst, sum / window);
            }
        }
        f.jobsAtRisk = n.employees[c] * std::max(0.0, worst);
        if (f.firstBelowDay > 0) {
            f.ttsDays = std::max(0, f.firstBelowDay - hazardStart);
            f.recovered = lastBelow < days;
            if (f.recovered) {
                f.recoveredDay = lastBelow + 1;
                f.ttrDays = std::max(0, f.recoveredDay - hazardEnd);
            }
        }
    }
    return out;
}

namespace {

const std::string& keyOf(const SupplyNetwork& n, std::size_t c, AggregateLevel level,
                         std::string& scratch) {
    switch (level) {
        case AggregateLevel::Municipality:
            return n.municipality[c];
        case AggregateLevel::Region:
            return n.region[c];
        case AggregateLevel::Country:
            return n.country[c];
        case AggregateLevel::Sector:
            break;
    }
    scratch.assign(1, n.section[c]);
    return scratch;
}

void add(AggregateImpact& a, const SupplyNetwork& n, const SupplyRun& run, const FirmImpact& f,
         std::size_t c, double& weightSum) {
    ++a.firms;
    a.employees += n.employees[c];
    a.normalValue += n.dailyOutput[c] * run.days;
    a.lossValue += f.lossValue;
    a.personDays += f.personDays;
    a.jobsAtRisk += f.jobsAtRisk;
    // Output-weighted series; firms without output value count by number (weight 1e-12).
    const double w = n.dailyOutput[c] > 0.0 ? n.dailyOutput[c] : 1e-12;
    if (a.production.empty()) {
        a.production.assign(static_cast<std::size_t>(run.days), 0.0);
    }
    for (int t = 1; t <= run.days; ++t) {
        a.production[static_cast<std::size_t>(t - 1)] += w * run.at(t, c);
    }
    weightSum += w;
    if (f.firstBelowDay > 0) {
        ++a.firmsDisrupted;
        a.firstBelowDay =
            a.firstBelowDay == 0 ? f.firstBelowDay : std::min(a.firstBelowDay, f.firstBelowDay);
        a.ttsDays = a.ttsDays < 0 ? f.ttsDays : std::min(a.ttsDays, f.ttsDays);
        if (f.recovered) {
            a.ttrDays = std::max(a.ttrDays, f.ttrDays);
        } else {
            ++a.notRecovered;
        }
    }
}

void finish(AggregateImpact& a, double total) {
    for (double& p : a.production) {
        p = total > 0.0 ? p / total : 1.0;
    }
}

}  // namespace

std::vector<AggregateImpact> aggregateImpacts(const SupplyNetwork& n, const SupplyRun& run,
                                              const std::vector<FirmImpact>& impacts,
                                              AggregateLevel level) {
    std::map<std::string, std::pair<AggregateImpact, double>> groups;
    std::string scratch;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        const std::string& key = keyOf(n, c, level, scratch);
        if (key.empty()) {
            continue;
        }
        auto& [aggregate, weightSum] = groups[key];
        aggregate.key = key;
        add(aggregate, n, run, impacts[c], c, weightSum);
    }
    std::vector<AggregateImpact> out;
    for (auto& [key, entry] : groups) {
        finish(entry.first, entry.second);
        out.push_back(std::move(entry.first));
    }
    return out;
}

AggregateImpact totalImpact(const SupplyNetwork& n, const SupplyRun& run,
                            const std::vector<FirmImpact>& impacts) {
    AggregateImpact total;
    total.key = "total";
    double weightSum = 0.0;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        add(total, n, run, impacts[c], c, weightSum);
    }
    finish(total, weightSum);
    if (total.production.empty()) {
        total.production.assign(static_cast<std::size_t>(run.days), 1.0);
    }
    return total;
}

LossTotals lossTotals(const SupplyNetwork& n, const SupplyRun& run) {
    std::vector<double> lossDays(n.firmCount, 0.0);
    for (int t = 1; t <= run.days; ++t) {
        for (std::size_t c = 0; c < n.firmCount; ++c) {
            lossDays[c] += 1.0 - run.at(t, c);
        }
    }
    LossTotals out;
    for (std::size_t c = 0; c < n.firmCount; ++c) {
        out.value += lossDays[c] * n.dailyOutput[c];
        out.personDays += lossDays[c] * n.employees[c];
    }
    return out;
}

}  // namespace rrw::analysis
