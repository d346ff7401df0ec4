#include "draft_json.h"

#include "core/error.h"

namespace rrw::ui {

namespace {

[[noreturn]] void badField(const char* field) {
    throwInputError(QT_TRANSLATE_NOOP("rrw", "The SWOT item draft has no valid \"{1}\"."), {field});
}

std::string text(const nlohmann::json& json, const char* field) {
    const auto it = json.find(field);
    if (it == json.end()) {
        return {};
    }
    if (!it->is_string()) {
        badField(field);
    }
    return it->get<std::string>();
}

std::int64_t integer(const nlohmann::json& json, const char* field, std::int64_t fallback) {
    const auto it = json.find(field);
    if (it == json.end()) {
        return fallback;
    }
    if (!it->is_number_integer()) {
        badField(field);
    }
    return it->get<std::int64_t>();
}

}  // namespace

nlohmann::json swotItemToJson(const store::SwotItem& item) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : item.evidence) {
        evidence.push_back({{"id", e.id}, {"kind", e.kind}, {"ref", e.ref}, {"note", e.note}});
    }
    return {{"id", item.id},
            {"region", item.regionCode},
            {"category", std::string(1, item.category)},
            {"textDe", item.textDe},
            {"textCs", item.textCs},
            {"importance", item.importance},
            {"author", item.author},
            {"origin", item.origin},
            {"evidence", evidence}};
}

store::SwotItem swotItemFromJson(const nlohmann::json& json) {
    if (!json.is_object()) {
        badField("item");
    }
    store::SwotItem item;
    item.id = integer(json, "id", 0);
    item.regionCode = text(json, "region");
    const std::string category = text(json, "category");
    if (category.size() != 1 || std::string("SWOT").find(category[0]) == std::string::npos) {
        badField("category");
    }
    item.category = category[0];
    item.textDe = text(json, "textDe");
    item.textCs = text(json, "textCs");
    item.importance = static_cast<int>(integer(json, "importance", 3));
    item.author = text(json, "author");
    item.origin = text(json, "origin");
    if (item.origin.empty()) {
        item.origin = "manual";
    }
    const auto evidence = json.find("evidence");
    if (evidence != json.end()) {
        if (!evidence->is_array()) {
            badField("evidence");
        }
        for (const auto& e : *evidence) {
            if (!e.is_object()) {
                badField("evidence");
            }
            store::SwotEvidence ev;
            ev.id = integer(e, "id", 0);
            ev.itemId = item.id;
            ev.kind = text(e, "kind");
            ev.ref = text(e, "ref");
            ev.note = text(e, "note");
            item.evidence.push_back(ev);
        }
    }
    return item;
}

}  // namespace rrw::ui
