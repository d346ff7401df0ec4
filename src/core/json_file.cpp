#include "core/json_file.h"

#include <fstream>

#include "core/error.h"

namespace rrw {

nlohmann::json readJsonFile(const std::string& path) {
    std::ifstream in(path);
    if (!in) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
    }
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not valid JSON ({2})"), {path, e.what()});
    }
}

std::string optionalJsonText(const nlohmann::json& item, const char* key, const std::string& what,
                             const std::string& where) {
    const auto it = item.find(key);
    if (it == item.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: {2}: the field \"{3}\" must be text"),
                        {what, where, key});
    }
    return it->get<std::string>();
}

}  // namespace rrw
