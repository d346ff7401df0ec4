#pragma once

#include <QCoreApplication>
#include <QString>

#include <string>
#include <vector>

#include "store/measure_links.h"
#include "store/project.h"

namespace rrw::ui {

/// Texts of the measures register and its dialogs: status, kind and risk-kind names in the UI
/// language (tr()), and the risks of a project a measure can address, named in the content
/// language.
class GovernanceText {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::GovernanceText)

public:
    /// "Idea", "Planned", "In progress", "Done".
    static QString statusName(const std::string& status);
    /// "District", "Region", "City", …
    static QString kindName(const std::string& kind);
    /// "Germany", "Czechia", "Germany and Czechia".
    static QString countryName(const std::string& country);
    /// "Hazard index", "BBK scenario", "Supply-chain scenario".
    static QString riskKindName(const std::string& kind);
    /// "Overdue": the mark of a review date in the past.
    static QString overdue();
};

/// A risk a measure can address, with its name in the content language.
struct RiskChoice {
    store::MeasureRisk risk;
    QString name;
};

/// The index models, BBK scenarios and stored supply-chain scenarios of the project, in that
/// order. Throws rrw::Error.
std::vector<RiskChoice> riskChoices(const store::Project& project, const QString& languageCode);

/// The name of `risk` among `choices`, or "KIND:ID" when the project does not hold it.
QString riskLabel(const store::MeasureRisk& risk, const std::vector<RiskChoice>& choices);

}  // namespace rrw::ui
