#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "render/map_language.h"
#include "report/confidentiality.h"
#include "report/report_model.h"
#include "store/project.h"

namespace rrw {
class Feedback;
}

namespace rrw::report {

/// What a report contains (docs/REPORTS.md, "Templates").
enum class Template { Swot, Risk, Scenario, Full };

/// Parses "swot", "risk", "scenario", "full"; false for anything else.
bool parseTemplate(const std::string& text, Template& out);

struct ReportOptions {
    Template kind = Template::Full;
    render::MapLanguage language;
    std::string scenario;  ///< one stored scenario; "" = the latest version of every one
    std::string date;      ///< the title page's date (ISO); "" = today
    std::vector<std::string> organisations;
    int samples = 200;  ///< Monte Carlo samples behind the rank intervals
    std::uint64_t seed = 1;
    int maxMaps = -1;  ///< at most this many maps (< 0 = no limit)
    ConfidentialityRule confidentiality;
};

/// Builds the report from the project: reads the registers, computes the indices and runs the
/// supply scenarios it shows. Throws rrw::Error (Input) naming the project and what is missing
/// (an unknown --scenario, a project without regions). Progress and cancel via `feedback`.
Report buildReport(store::Project& project, const ReportOptions& options,
                   Feedback* feedback = nullptr);

}  // namespace rrw::report
