#include "analysis/scenario/run_compare.h"

#include <cmath>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace rrw::analysis {

namespace {

using nlohmann::json;

constexpr const char* kMetrics[] = {"loss_value",   "loss_share",      "person_days",
                                    "jobs_at_risk", "firms_disrupted", "not_recovered",
                                    "tts_days",     "ttr_days"};
constexpr const char* kLevels[] = {"municipalities", "regions", "sectors", "countries"};
constexpr const char* kMeasureValues[] = {"cost", "avoided_loss", "avoided_person_days",
                                          "benefit_cost_ratio"};

json valueOf(const json* row, const char* key) {
    if (row == nullptr) {
        return nullptr;
    }
    const auto it = row->find(key);
    return it == row->end() || !it->is_number() ? json(nullptr) : *it;
}

/// {"a", "b", "diff"}; the difference rounded like its inputs (money to cents, shares to 6
/// decimals) so that equal runs give exactly 0.
json triple(const json& a, const json& b, double scale) {
    json diff = nullptr;
    if (a.is_number() && b.is_number()) {
        if (a.is_number_integer() && b.is_number_integer()) {
            diff = b.get<std::int64_t>() - a.get<std::int64_t>();
        } else {
            diff = std::round((b.get<double>() - a.get<double>()) * scale) / scale;
        }
    }
    return {{"a", a}, {"b", b}, {"diff", diff}};
}

double scaleOf(const std::string& key) {
    return key == "loss_share" || key == "benefit_cost_ratio" ? 1e6 : 100.0;
}

json compareRow(const std::string& key, const json* a, const json* b) {
    json row = {{"key", key}, {"in_a", a != nullptr}, {"in_b", b != nullptr}};
    for (const char* m : kMetrics) {
        row[m] = triple(valueOf(a, m), valueOf(b, m), scaleOf(m));
    }
    return row;
}

std::map<std::string, const json*> byKey(const json& doc, const char* list, const char* keyField) {
    std::map<std::string, const json*> out;
    const auto it = doc.find(list);
    if (it == doc.end() || !it->is_array()) {
        return out;
    }
    for (const json& row : *it) {
        if (row.is_object() && row.contains(keyField) && row.at(keyField).is_string()) {
            out.emplace(row.at(keyField).get<std::string>(), &row);
        }
    }
    return out;
}

json compareList(const std::map<std::string, const json*>& a,
                 const std::map<std::string, const json*>& b,
                 json (*compare)(const std::string&, const json*, const json*)) {
    std::map<std::string, json> rows;
    for (const auto& [key, row] : a) {
        const auto other = b.find(key);
        rows.emplace(key, compare(key, row, other == b.end() ? nullptr : other->second));
    }
    for (const auto& [key, row] : b) {
        if (a.count(key) == 0) {
            rows.emplace(key, compare(key, nullptr, row));
        }
    }
    json out = json::array();
    for (auto& [key, row] : rows) {
        out.push_back(std::move(row));
    }
    return out;
}

json compareMeasure(const std::string& name, const json* a, const json* b) {
    json row = {{"name", name}, {"in_a", a != nullptr}, {"in_b", b != nullptr}};
    for (const char* v : kMeasureValues) {
        row[v] = triple(valueOf(a, v), valueOf(b, v), scaleOf(v));
    }
    return row;
}

}  // namespace

nlohmann::json compareSupplyResults(const nlohmann::json& a, const nlohmann::json& b) {
    json out;
    const json* totalA = a.contains("total") ? &a.at("total") : nullptr;
    const json* totalB = b.contains("total") ? &b.at("total") : nullptr;
    out["total"] = compareRow("total", totalA, totalB);
    for (const char* level : kLevels) {
        out[level] = compareList(byKey(a, level, "key"), byKey(b, level, "key"), compareRow);
    }
    const auto measures = [](const json& doc) {
        const auto it = doc.find("measures");
        return it == doc.end() || !it->is_object() ? std::map<std::string, const json*>{}
                                                   : byKey(*it, "items", "name");
    };
    out["measures"] = compareList(measures(a), measures(b), compareMeasure);
    const auto loss = [](const json& doc, const char* key) {
        const auto it = doc.find("measures");
        return it == doc.end() || !it->is_object() ? json(nullptr) : valueOf(&*it, key);
    };
    out["measures_total"] = {
        {"avoided_loss", triple(loss(a, "avoided_loss"), loss(b, "avoided_loss"), 100.0)},
        {"total_cost", triple(loss(a, "total_cost"), loss(b, "total_cost"), 100.0)}};
    return out;
}

}  // namespace rrw::analysis
