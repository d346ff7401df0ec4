#pragma once

#include <optional>
#include <string>

namespace rrw::analysis {

/// A NACE Rev. 2 code in canonical form: section letter, two-digit division and the rest of
/// the group/class digits after a dot ("C29.32", "C29", or only the section "C").
struct NaceCode {
    std::string code;   ///< canonical text, e.g. "C29.32"
    char section = 0;   ///< 'A'..'U'
    int division = -1;  ///< 1..99, or -1 when only the section is known
};

/// Reads "C29.32", "29.32", "2932", "C 29.32", "c29" or "C". The section letter, when given,
/// must match the division (C for 10–33, …). Returns nothing for anything else.
std::optional<NaceCode> parseNace(const std::string& text);

/// The section letter of a NACE Rev. 2 division, or 0 for a number that is no division.
char naceSectionOfDivision(int division);

/// Indicative energy cost share of output value for a NACE code when a firm gives none
/// (docs/methods/supply_simulation.md, "Energy-price shock"): by division for the
/// energy-intensive manufacturing divisions, otherwise by section.
double defaultEnergyIntensity(const NaceCode& nace);

/// True when `prefix` (itself canonical) selects `code`: "C" selects every C code, "C29"
/// selects "C29" and "C29.32", "C29.3" selects "C29.32".
bool naceMatches(const NaceCode& prefix, const NaceCode& code);

}  // namespace rrw::analysis
