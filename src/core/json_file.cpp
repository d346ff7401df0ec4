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

}  // namespace rrw
