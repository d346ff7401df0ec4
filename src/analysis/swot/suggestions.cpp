#include "analysis/swot/suggestions.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>

#include "core/error.h"

namespace rrw::analysis {

namespace {

/// The catalog's English unit abbreviations in German and Czech; anything else is kept.
std::string localUnit(const std::string& unit, const std::string& language) {
    const bool de = language == "de";
    if (unit == "inh/km²") {
        return de ? "EW/km²" : "obyv./km²";
    }
    if (unit == "EUR/inh") {
        return de ? "EUR/EW" : "EUR/obyv.";
    }
    if (unit == "per 1,000 inh") {
        return de ? "je 1.000 EW" : "na 1 000 obyv.";
    }
    if (unit == "per 100,000 inh") {
        return de ? "je 100.000 EW" : "na 100 000 obyv.";
    }
    if (unit == "per 1,000 employees") {
        return de ? "je 1.000 Beschäftigte" : "na 1 000 zaměstnanců";
    }
    if (unit == "beds per 1,000 inh") {
        return de ? "Betten je 1.000 EW" : "lůžek na 1 000 obyv.";
    }
    if (unit == "days/year") {
        return de ? "Tage/Jahr" : "dní/rok";
    }
    if (unit == "index") {
        return de ? "Index" : "index";
    }
    return unit;
}

std::string withUnit(double value, const std::string& unit, const std::string& language) {
    const std::string number = formatLocalNumber(value, language);
    const std::string u = localUnit(unit, language);
    return u.empty() ? number : number + " " + u;
}

std::string text(const IndicatorInfo& info, char category, double value, double reference,
                 const std::string& language) {
    const bool de = language == "de";
    const std::string& name = de ? info.nameDe : info.nameCs;
    const std::string label = name.empty() ? info.id : name;
    std::string direction;
    if (de) {
        direction = category == 'S'
                        ? "deutlich günstiger als der grenzüberschreitende Durchschnitt"
                        : "deutlich ungünstiger als der grenzüberschreitende Durchschnitt";
    } else {
        direction = category == 'S' ? "výrazně lepší než přeshraniční průměr"
                                    : "výrazně horší než přeshraniční průměr";
    }
    return label + " " + withUnit(value, info.unit, language) + " \u2013 " + direction + " (" +
           withUnit(reference, info.unit, language) + ")";
}

}  // namespace

std::string formatLocalNumber(double value, const std::string& language) {
    if (!std::isfinite(value)) {
        return "-";
    }
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100.0 ? 0 : (magnitude >= 1.0 ? 1 : 2);
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, magnitude);
    std::string digits = buffer;
    std::string fraction;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        fraction = "," + digits.substr(dot + 1);
        digits.erase(dot);
    }
    // Thousands grouping from 10 000 on (Duden; ČSN 01 6910): "." in German, a no-break space
    // in Czech.
    if (digits.size() > 4) {
        const std::string separator = language == "de" ? "." : "\u00a0";
        std::string grouped;
        const std::size_t first = digits.size() % 3 == 0 ? 3 : digits.size() % 3;
        grouped = digits.substr(0, first);
        for (std::size_t i = first; i < digits.size(); i += 3) {
            grouped += separator + digits.substr(i, 3);
        }
        digits = grouped;
    }
    const bool zero = std::all_of(buffer, buffer + std::char_traits<char>::length(buffer),
                                  [](char c) { return c == '0' || c == '.'; });
    return (value < 0.0 && !zero ? "-" : "") + digits + fraction;
}

std::vector<SwotSuggestion> suggestSwot(const ValueTable& table,
                                        const std::vector<IndicatorInfo>& indicators,
                                        double threshold) {
    if (!std::isfinite(threshold) || threshold <= 0.0) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "the SWOT threshold must be a positive number, not {1}"),
            {std::to_string(threshold)});
    }
    std::vector<SwotSuggestion> out;
    std::set<std::string> seen;
    for (const IndicatorInfo& info : indicators) {
        if (!seen.insert(info.id).second) {
            continue;
        }
        const auto column = std::find(table.indicators.begin(), table.indicators.end(), info.id);
        if (column == table.indicators.end()) {
            continue;
        }
        const std::size_t i = static_cast<std::size_t>(column - table.indicators.begin());
        double sum = 0.0;
        std::size_t n = 0;
        for (std::size_t r = 0; r < table.regions.size(); ++r) {
            const double v = table.at(r, i);
            if (!std::isnan(v)) {
                sum += v;
                ++n;
            }
        }
        if (n < 3) {
            continue;
        }
        const double mean = sum / static_cast<double>(n);
        double squares = 0.0;
        for (std::size_t r = 0; r < table.regions.size(); ++r) {
            const double v = table.at(r, i);
            if (!std::isnan(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        const double sd = std::sqrt(squares / static_cast<double>(n));
        if (!(sd > 1e-12 * std::max(1.0, std::fabs(mean)))) {
            continue;
        }
        for (std::size_t r = 0; r < table.regions.size(); ++r) {
            const double v = table.at(r, i);
            if (std::isnan(v)) {
                continue;
            }
            const double z = (v - mean) / sd;
            const double better = info.higherIsBetter ? z : -z;
            // A small tolerance so that a value exactly `threshold` SDs away counts.
            const double eps = 1e-9;
            char category = 0;
            if (better >= threshold - eps) {
                category = 'S';
            } else if (better <= -threshold + eps) {
                category = 'W';
            } else {
                continue;
            }
            out.push_back({table.regions[r], category, info.id, v, mean, z,
                           text(info, category, v, mean, "de"),
                           text(info, category, v, mean, "cs")});
        }
    }
    std::sort(out.begin(), out.end(), [](const SwotSuggestion& a, const SwotSuggestion& b) {
        return std::tie(a.region, a.category, a.indicator) <
               std::tie(b.region, b.category, b.indicator);
    });
    return out;
}

}  // namespace rrw::analysis
