#include "analysis/supply/nace.h"

#include <cctype>

namespace rrw::analysis {

char naceSectionOfDivision(int division) {
    struct Range {
        int first, last;
        char section;
    };
    // NACE Rev. 2, Regulation (EC) No 1893/2006, Annex I.
    static constexpr Range kRanges[] = {
        {1, 3, 'A'},   {5, 9, 'B'},   {10, 33, 'C'}, {35, 35, 'D'}, {36, 39, 'E'}, {41, 43, 'F'},
        {45, 47, 'G'}, {49, 53, 'H'}, {55, 56, 'I'}, {58, 63, 'J'}, {64, 66, 'K'}, {68, 68, 'L'},
        {69, 75, 'M'}, {77, 82, 'N'}, {84, 84, 'O'}, {85, 85, 'P'}, {86, 88, 'Q'}, {90, 93, 'R'},
        {94, 96, 'S'}, {97, 98, 'T'}, {99, 99, 'U'}};
    for (const Range& r : kRanges) {
        if (division >= r.first && division <= r.last) {
            return r.section;
        }
    }
    return 0;
}

std::optional<NaceCode> parseNace(const std::string& text) {
    std::string compact;
    for (char c : text) {
        if (c == ' ' || c == '.' || c == '\t') {
            continue;
        }
        compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (compact.empty()) {
        return std::nullopt;
    }
    NaceCode out;
    std::size_t pos = 0;
    if (std::isalpha(static_cast<unsigned char>(compact[0]))) {
        if (compact[0] < 'A' || compact[0] > 'U') {
            return std::nullopt;
        }
        out.section = compact[0];
        pos = 1;
    }
    const std::string digits = compact.substr(pos);
    for (char c : digits) {
        if (!std::isdigit(static_cast<unsigned char>(c))) {
            return std::nullopt;
        }
    }
    if (digits.empty()) {
        if (out.section == 0) {
            return std::nullopt;
        }
        out.code = std::string(1, out.section);
        return out;
    }
    // A division has two digits; national extensions (WZ 2008, CZ-NACE) add up to four more.
    if (digits.size() < 2 || digits.size() > 6) {
        return std::nullopt;
    }
    out.division = std::stoi(digits.substr(0, 2));
    const char section = naceSectionOfDivision(out.division);
    if (section == 0 || (out.section != 0 && out.section != section)) {
        return std::nullopt;
    }
    out.section = section;
    out.code = std::string(1, section) + digits.substr(0, 2);
    if (digits.size() > 2) {
        out.code += "." + digits.substr(2, 2);
    }
    if (digits.size() > 4) {
        out.code += "." + digits.substr(4);
    }
    return out;
}

double defaultEnergyIntensity(const NaceCode& nace) {
    // Indicative energy cost shares of gross output value; see the methods document.
    switch (nace.division) {
        case 13:  // textiles
        case 16:  // wood
        case 22:  // rubber and plastics
            return 0.03;
        case 17:  // paper
            return 0.07;
        case 19:  // coke and refined petroleum (energy as input, not feedstock)
            return 0.10;
        case 20:  // chemicals
            return 0.05;
        case 23:  // glass, ceramics, porcelain, other non-metallic minerals
            return 0.08;
        case 24:  // basic metals
            return 0.07;
        default:
            break;
    }
    switch (nace.section) {
        case 'A':
            return 0.05;
        case 'B':
            return 0.08;
        case 'C':
            return 0.02;
        case 'D':
            return 0.10;
        case 'E':
            return 0.05;
        case 'H':
            return 0.06;
        case 'I':
            return 0.04;
        case 'R':
            return 0.03;
        case 'L':
        case 'P':
        case 'Q':
        case 'S':
            return 0.02;
        case 'K':
            return 0.005;
        default:
            return 0.01;
    }
}

bool naceMatches(const NaceCode& prefix, const NaceCode& code) {
    return code.code.compare(0, prefix.code.size(), prefix.code) == 0;
}

}  // namespace rrw::analysis
