#pragma once

// Shared pieces of the planning commands (swot, tows, measures): reading ids, categories and
// lists from the command line, and the JSON and text forms of SWOT items.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "store/project.h"
#include "store/swot_repository.h"

namespace rrw::cli {

/// A positive whole number given as `text`; throws UsageError naming `option` otherwise.
std::int64_t parseRecordId(const std::string& text, const std::string& option);

/// One of the letters in `allowed` ("SWOT"), upper or lower case; UsageError naming `option`.
char parseCategory(const std::string& text, const std::string& allowed, const std::string& option);

/// "a, b,c" -> {"a", "b", "c"} (spaces trimmed, empty parts dropped).
std::vector<std::string> splitList(const std::string& text);

/// Region code -> name in its country's language, for every region of the project.
std::map<std::string, std::string> regionNames(const store::Project& project);

/// The region column of the text tables: code and name, or "cross-border area" translated.
std::string regionLabel(const std::string& code, const std::map<std::string, std::string>& names);

/// {"id", "region" (null = whole area), "region_name", "category", "text_de", "text_cs" (null
/// when missing), "importance", "author", "origin", "position", "created_at", "updated_at",
/// "evidence": [{"id", "kind", "ref", "note"}]}.
nlohmann::json swotItemJson(const store::SwotItem& item,
                            const std::map<std::string, std::string>& names);

/// One tab-separated line: id, region, category, importance, text_de, text_cs, evidence.
std::string swotItemLine(const store::SwotItem& item,
                         const std::map<std::string, std::string>& names);

/// Exactly one positional PROJECT.gpkg, or (with `withId`) PROJECT.gpkg and an id.
void expectPositionals(const std::vector<std::string>& positional, bool withId);

}  // namespace rrw::cli
