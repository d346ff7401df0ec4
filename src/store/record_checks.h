#pragma once

#include <string>
#include <string_view>

#include "store/project.h"

namespace rrw::store {

// Small checks shared by the planning repositories (SWOT, TOWS, measures, BBK scenarios).

/// True when `text` is empty or only spaces, tabs and line breaks.
bool isBlank(std::string_view text);

/// Throws rrw::Error (Input) with `messageKey` ({1} = `label`, {2} = `field`) when `text` is not
/// valid UTF-8.
void checkUtf8(const std::string& text, const char* messageKey, const std::string& label,
               const char* field);

/// An identifier that can be typed on a command line and listed with commas: 1–64 characters
/// of A–Z, a–z, 0–9, '_', '-' and '.'.
bool isPlainId(std::string_view id);

/// How an error names a record that has no id yet: the start of its text in quotes.
std::string textLabel(const std::string& first, const std::string& second);

/// True when a region with this code exists in the project.
bool regionExists(const Project& project, const std::string& code);

}  // namespace rrw::store
