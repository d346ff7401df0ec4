#pragma once

#include <string>
#include <vector>

#include "core/error.h"

namespace rrw::cli {

/// Picks the language of the command line's messages: `requested` ("de", "cs", "en"), else
/// $RRW_LANG, else the system locale (LC_ALL/LC_MESSAGES/LANG); anything else is English.
/// Loads the compiled Qt Linguist catalog. Needs a QCoreApplication.
void installTranslation(const std::string& requested);

/// A number written the way the chosen language writes it ("1,5" in German and Czech).
std::string formatNumber(double value);
/// A number with `decimals` decimals and the language's digit grouping ("1.234.567,89").
std::string formatFixed(double value, int decimals);

/// Translates an English text marked with QT_TRANSLATE_NOOP("rrw", …).
std::string translated(const char* text);
/// Translates a message key and fills in its arguments.
std::string translated(const Message& message);
/// Translates `key` and fills in `args`.
std::string translated(const char* key, const std::vector<std::string>& args);

}  // namespace rrw::cli
