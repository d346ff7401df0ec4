#include "cli/planning_format.h"

#include "cli/args.h"
#include "cli/translate.h"
#include "store/region_repository.h"

namespace rrw::cli {

namespace {

nlohmann::json textOrNull(const std::string& text) {
    return text.empty() ? nlohmann::json() : nlohmann::json(text);
}

}  // namespace

std::int64_t parseRecordId(const std::string& text, const std::string& option) {
    const bool digits = !text.empty() && text.size() <= 18 &&
                        text.find_first_not_of("0123456789") == std::string::npos;
    if (!digits || std::stoll(text) <= 0) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "{1} must be a positive whole number, not '{2}'"),
             {option, text}}};
    }
    return std::stoll(text);
}

char parseCategory(const std::string& text, const std::string& allowed, const std::string& option) {
    if (text.size() == 1) {
        const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
        if (allowed.find(c) != std::string::npos) {
            return c;
        }
    }
    std::string list;
    for (const char c : allowed) {
        list += (list.empty() ? "" : ", ") + std::string(1, c);
    }
    throw UsageError{
        {QT_TRANSLATE_NOOP("rrw", "{1} must be one of {2}, not '{3}'"), {option, list, text}}};
}

std::vector<std::string> splitList(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = std::min(text.find(',', start), text.size());
        std::string part = text.substr(start, comma - start);
        const auto first = part.find_first_not_of(' ');
        const auto last = part.find_last_not_of(' ');
        if (first != std::string::npos) {
            out.push_back(part.substr(first, last - first + 1));
        }
        start = comma + 1;
    }
    return out;
}

std::map<std::string, std::string> regionNames(const store::Project& project) {
    std::map<std::string, std::string> names;
    for (const char* level : {"region", "district", "municipality"}) {
        for (const auto& r : store::regionsAt(project, level)) {
            names[r.code] = r.country == "CZ" ? r.nameCs : r.nameDe;
        }
    }
    return names;
}

std::string regionLabel(const std::string& code, const std::map<std::string, std::string>& names) {
    if (code.empty()) {
        return translated(QT_TRANSLATE_NOOP("rrw", "cross-border area"));
    }
    const auto it = names.find(code);
    return it != names.end() ? code + " " + it->second : code;
}

nlohmann::json swotItemJson(const store::SwotItem& item,
                            const std::map<std::string, std::string>& names) {
    nlohmann::json evidence = nlohmann::json::array();
    for (const auto& e : item.evidence) {
        evidence.push_back(
            {{"id", e.id}, {"kind", e.kind}, {"ref", e.ref}, {"note", textOrNull(e.note)}});
    }
    nlohmann::json j = {{"id", item.id},
                        {"region", textOrNull(item.regionCode)},
                        {"category", std::string(1, item.category)},
                        {"text_de", textOrNull(item.textDe)},
                        {"text_cs", textOrNull(item.textCs)},
                        {"importance", item.importance},
                        {"author", textOrNull(item.author)},
                        {"origin", item.origin},
                        {"position", item.position},
                        {"created_at", item.createdAt},
                        {"updated_at", item.updatedAt},
                        {"evidence", std::move(evidence)}};
    if (const auto it = names.find(item.regionCode); it != names.end()) {
        j["region_name"] = it->second;
    }
    return j;
}

std::string swotItemLine(const store::SwotItem& item,
                         const std::map<std::string, std::string>& names) {
    std::string evidence;
    for (const auto& e : item.evidence) {
        evidence += (evidence.empty() ? "" : ", ") + e.kind + ":" + e.ref;
    }
    return std::to_string(item.id) + '\t' + regionLabel(item.regionCode, names) + '\t' +
           std::string(1, item.category) + '\t' + std::to_string(item.importance) + '\t' +
           item.textDe + '\t' + item.textCs + '\t' + evidence;
}

void expectPositionals(const std::vector<std::string>& positional, bool withId) {
    if (withId && positional.size() != 2) {
        throw UsageError{
            {QT_TRANSLATE_NOOP("rrw", "expected PROJECT.gpkg and the id of the entry"), {}}};
    }
    if (!withId && positional.size() != 1) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "expected exactly one PROJECT.gpkg"), {}}};
    }
}

}  // namespace rrw::cli
