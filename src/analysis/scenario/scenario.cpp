#include "analysis/scenario/scenario.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "analysis/supply/fnv1a.h"
#include "analysis/supply/nace.h"
#include "analysis/supply/network.h"
#include "core/error.h"

namespace rrw::analysis {
namespace {

using nlohmann::json;

constexpr double kMaxEnergyIntensity = 10.0;  // +1000 %
constexpr double kMaxCost = 1e15;

std::string number(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

/// Reads the fields of one JSON object and complains about anything it does not know.
class Fields {
public:
    Fields(const json& obj, std::string what, std::string where)
        : obj_(obj), what_(std::move(what)), where_(std::move(where)) {}

    /// Every key must be one of `allowed`.
    void allowOnly(const std::set<std::string>& allowed) const {
        for (const auto& [key, value] : obj_.items()) {
            if (allowed.count(key) == 0) {
                throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} has the unknown key \"{3}\"."),
                                {what_, where_, key});
            }
        }
    }
    bool has(const char* key) const { return obj_.contains(key); }
    const json& at(const char* key) const {
        if (!obj_.contains(key)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} needs \"{3}\"."),
                            {what_, where_, key});
        }
        return obj_.at(key);
    }
    std::string text(const char* key, const std::string& fallback, bool required) const {
        if (!required && !has(key)) {
            return fallback;
        }
        const json& v = at(key);
        if (!v.is_string()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2}: \"{3}\" must be a text."),
                            {what_, where_, key});
        }
        return v.get<std::string>();
    }
    double real(const char* key, double low, double high) const {
        const json& v = at(key);
        if (!v.is_number() || !(v.get<double>() >= low && v.get<double>() <= high)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: {2}: \"{3}\" must be a number from {4} to {5}."),
                {what_, where_, key, number(low), number(high)});
        }
        return v.get<double>();
    }
    int whole(const char* key, int low, int high) const {
        const json& v = at(key);
        if (!v.is_number() || !(v.get<double>() >= low && v.get<double>() <= high) ||
            v.get<double>() != std::floor(v.get<double>())) {
            throwInputError(QT_TRANSLATE_NOOP(
                                "rrw", "{1}: {2}: \"{3}\" must be a whole number from {4} to {5}."),
                            {what_, where_, key, std::to_string(low), std::to_string(high)});
        }
        return static_cast<int>(v.get<double>());
    }
    std::vector<std::string> sectors() const {
        std::vector<std::string> out;
        if (!has("sectors")) {
            return out;
        }
        const json& list = at("sectors");
        if (!list.is_array()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2}: \"{3}\" must be a list."),
                            {what_, where_, "sectors"});
        }
        for (const json& item : list) {
            const auto code = item.is_string() ? parseNace(item.get<std::string>()) : std::nullopt;
            if (!code) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: {2}: {3} is not a NACE code or prefix "
                                                  "(such as C or C29)."),
                                {what_, where_, item.dump()});
            }
            out.push_back(code->code);
        }
        return out;
    }
    const std::string& what() const { return what_; }
    const std::string& where() const { return where_; }

private:
    const json& obj_;
    std::string what_;
    std::string where_;
};

const json& objectAt(const json& item, const std::string& what, const std::string& where) {
    if (!item.is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} must be a JSON object."), {what, where});
    }
    return item;
}

Hazard parseHazard(const json& item, const std::string& what, std::size_t position) {
    const std::string where = "hazard " + std::to_string(position + 1);
    const Fields f(objectAt(item, what, where), what, where);
    Hazard h;
    const std::string type = f.text("type", "", true);
    std::set<std::string> keys = {"type", "name", "start", "duration"};
    if (type == "border_closure") {
        h.type = HazardType::BorderClosure;
        keys.insert({"freight_throughput", "commuter_throughput", "crossings"});
    } else if (type == "far_east_interruption") {
        h.type = HazardType::FarEastInterruption;
        keys.insert("supply_fraction");
    } else if (type == "energy_price") {
        h.type = HazardType::EnergyPrice;
        keys.insert("intensity");
    } else if (type == "pandemic") {
        h.type = HazardType::Pandemic;
        keys.insert("absence_rate");
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} has the unknown type \"{3}\"."),
                        {what, where, type});
    }
    f.allowOnly(keys);
    h.name = f.text("name", "", false);
    h.start = f.whole("start", 1, kMaxDays);
    h.duration = f.whole("duration", 1, kMaxDays);
    switch (h.type) {
        case HazardType::BorderClosure: {
            h.freightThroughput = f.real("freight_throughput", 0.0, 1.0);
            h.commuterThroughput = f.real("commuter_throughput", 0.0, 1.0);
            if (f.has("crossings")) {
                const json& c = f.at("crossings");
                bool ok = c == "all" || (c.is_array() && !c.empty());
                if (c.is_array()) {
                    for (const json& id : c) {
                        ok = ok && id.is_string() && !id.get<std::string>().empty();
                    }
                }
                if (!ok) {
                    throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                      "{1}: {2}: \"crossings\" must be \"all\" "
                                                      "or a list of crossing ids."),
                                    {what, where});
                }
                h.allCrossings = c.is_string();
                if (c.is_array()) {
                    h.crossings = c.get<std::vector<std::string>>();
                }
            }
            break;
        }
        case HazardType::FarEastInterruption:
            h.supplyFraction = f.real("supply_fraction", 0.0, 1.0);
            break;
        case HazardType::EnergyPrice:
            h.intensity = f.real("intensity", 0.0, kMaxEnergyIntensity);
            break;
        case HazardType::Pandemic:
            h.absenceRate = f.real("absence_rate", 0.0, 1.0);
            break;
    }
    return h;
}

Measure parseMeasure(const json& item, const std::string& what, std::size_t position) {
    const std::string where = "measure " + std::to_string(position + 1);
    const Fields f(objectAt(item, what, where), what, where);
    Measure m;
    const std::string type = f.text("type", "", true);
    std::set<std::string> keys = {"type", "name", "cost"};
    if (type == "greencard") {
        m.type = MeasureType::GreenCard;
    } else if (type == "stockpiling") {
        m.type = MeasureType::Stockpiling;
        keys.insert({"sectors", "extra_days"});
    } else if (type == "second_supplier" || type == "industrial_park") {
        m.type =
            type == "second_supplier" ? MeasureType::SecondSupplier : MeasureType::IndustrialPark;
        keys.insert({"sectors", "substitutable_share", "switch_days"});
    } else if (type == "nearshoring") {
        m.type = MeasureType::Nearshoring;
        keys.insert({"share", "supplier", "lead_time", "crossing"});
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2} has the unknown type \"{3}\"."),
                        {what, where, type});
    }
    f.allowOnly(keys);
    m.name = f.text("name", "", false);
    m.cost = f.real("cost", 0.0, kMaxCost);
    m.sectors = f.sectors();
    switch (m.type) {
        case MeasureType::GreenCard:
            break;
        case MeasureType::Stockpiling:
            m.extraDays = f.real("extra_days", 0.0, kMaxDays);
            break;
        case MeasureType::SecondSupplier:
        case MeasureType::IndustrialPark:
            if (!f.has("substitutable_share") && !f.has("switch_days")) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: {2} changes nothing: give "
                                                  "\"substitutable_share\" or \"switch_days\"."),
                                {what, where});
            }
            if (f.has("substitutable_share")) {
                m.substitutableShare = f.real("substitutable_share", 0.0, 1.0);
            }
            if (f.has("switch_days")) {
                m.switchDays = f.whole("switch_days", 0, kMaxDays);
            }
            break;
        case MeasureType::Nearshoring:
            m.share = f.real("share", 0.0, 1.0);
            m.supplier = f.text("supplier", "", false);
            m.leadTime = f.has("lead_time") ? f.whole("lead_time", 1, kMaxLeadTime) : 2;
            m.crossing = f.text("crossing", "", false);
            break;
    }
    return m;
}

const json& listAt(const json& obj, const char* key, const std::string& what) {
    const json& list = obj.at(key);
    if (!list.is_array()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2}: \"{3}\" must be a list."),
                        {what, "the scenario", key});
    }
    return list;
}

}  // namespace

const char* hazardTypeName(HazardType type) {
    switch (type) {
        case HazardType::BorderClosure:
            return "border_closure";
        case HazardType::FarEastInterruption:
            return "far_east_interruption";
        case HazardType::EnergyPrice:
            return "energy_price";
        case HazardType::Pandemic:
            return "pandemic";
    }
    return "";
}

const char* measureTypeName(MeasureType type) {
    switch (type) {
        case MeasureType::GreenCard:
            return "greencard";
        case MeasureType::Stockpiling:
            return "stockpiling";
        case MeasureType::SecondSupplier:
            return "second_supplier";
        case MeasureType::IndustrialPark:
            return "industrial_park";
        case MeasureType::Nearshoring:
            return "nearshoring";
    }
    return "";
}

std::string measureLabel(const Scenario& scenario, std::size_t index) {
    const Measure& m = scenario.measures.at(index);
    return m.name.empty() ? std::string(measureTypeName(m.type)) + " " + std::to_string(index + 1)
                          : m.name;
}

Scenario parseScenario(const nlohmann::json& json, const std::string& what) {
    const std::string where = "the scenario";
    const Fields f(objectAt(json, what, where), what, where);
    f.allowOnly({"name", "version", "description", "days", "hazards", "measures"});
    Scenario s;
    s.name = f.text("name", "", true);
    if (s.name.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the scenario needs a name."), {what});
    }
    const nlohmann::json& version = f.at("version");
    if (version.is_number_integer() && version.get<long long>() >= 1) {
        s.version = std::to_string(version.get<long long>());
    } else if (version.is_string() && !version.get<std::string>().empty()) {
        s.version = version.get<std::string>();
    } else {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: \"version\" must be a whole number of at least 1 "
                                          "or a text."),
                        {what});
    }
    s.description = f.text("description", "", false);
    s.days = f.has("days") ? f.whole("days", 1, kMaxDays) : 90;
    const nlohmann::json& hazards = listAt(json, "hazards", what);
    for (std::size_t i = 0; i < hazards.size(); ++i) {
        s.hazards.push_back(parseHazard(hazards[i], what, i));
    }
    if (f.has("measures")) {
        const nlohmann::json& measures = listAt(json, "measures", what);
        for (std::size_t i = 0; i < measures.size(); ++i) {
            s.measures.push_back(parseMeasure(measures[i], what, i));
        }
    }
    return s;
}

nlohmann::json scenarioToJson(const Scenario& s) {
    json out = {{"name", s.name}, {"version", s.version},     {"description", s.description},
                {"days", s.days}, {"hazards", json::array()}, {"measures", json::array()}};
    for (const Hazard& h : s.hazards) {
        json item = {{"type", hazardTypeName(h.type)},
                     {"name", h.name},
                     {"start", h.start},
                     {"duration", h.duration}};
        switch (h.type) {
            case HazardType::BorderClosure:
                item["freight_throughput"] = h.freightThroughput;
                item["commuter_throughput"] = h.commuterThroughput;
                item["crossings"] = h.allCrossings ? json("all") : json(h.crossings);
                break;
            case HazardType::FarEastInterruption:
                item["supply_fraction"] = h.supplyFraction;
                break;
            case HazardType::EnergyPrice:
                item["intensity"] = h.intensity;
                break;
            case HazardType::Pandemic:
                item["absence_rate"] = h.absenceRate;
                break;
        }
        out["hazards"].push_back(item);
    }
    for (const Measure& m : s.measures) {
        json item = {{"type", measureTypeName(m.type)}, {"name", m.name}, {"cost", m.cost}};
        switch (m.type) {
            case MeasureType::GreenCard:
                break;
            case MeasureType::Stockpiling:
                item["sectors"] = m.sectors;
                item["extra_days"] = m.extraDays;
                break;
            case MeasureType::SecondSupplier:
            case MeasureType::IndustrialPark:
                item["sectors"] = m.sectors;
                item["substitutable_share"] = m.substitutableShare;
                if (m.switchDays) {
                    item["switch_days"] = *m.switchDays;
                }
                break;
            case MeasureType::Nearshoring:
                item["share"] = m.share;
                item["supplier"] = m.supplier;
                item["lead_time"] = m.leadTime;
                item["crossing"] = m.crossing;
                break;
        }
        out["measures"].push_back(item);
    }
    return out;
}

std::string scenarioHash(const Scenario& scenario, const SupplyNetwork& network) {
    Fnv1a64 h;
    h.text(scenarioToJson(scenario).dump());  // nlohmann::json keeps object keys sorted
    h.u64(networkDigest(network));
    char hex[17];
    std::snprintf(hex, sizeof hex, "%016llx", static_cast<unsigned long long>(h.value()));
    return hex;
}

}  // namespace rrw::analysis
