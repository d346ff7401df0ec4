#pragma once

#include <QCoreApplication>
#include <QString>

#include <initializer_list>
#include <string>
#include <utility>
#include <vector>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QSpinBox;
class QStackedWidget;
class QWidget;

namespace rrw::ui {

/// The crossings a form offers: id and display name.
using CrossingChoices = std::vector<std::pair<std::string, QString>>;

/// Input fields shared by the hazard and measure forms of the scenario editor. Numbers are
/// shown and read in the widget's locale.
class ScenarioFields {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::ScenarioFields)

public:
    /// A percent field 0 … `maxPercent` with one decimal (the model stores shares: 0.3 = 30 %).
    static QDoubleSpinBox* percentBox(QWidget* parent, const char* name, double maxPercent = 100.0);
    /// A whole-number field `low` … `high`.
    static QSpinBox* wholeBox(QWidget* parent, const char* name, int low, int high);
    /// Re-reads the percent suffix after a language change.
    static void retranslatePercent(QDoubleSpinBox* box);
    /// Gives the labels of several form layouts one width, so their fields line up.
    static void alignLabels(std::initializer_list<QFormLayout*> forms);
    /// Keeps `stack` as tall as its current page instead of its tallest one.
    static void fitToCurrentPage(QStackedWidget* stack);
    /// Fills `combo` with "none" and the crossings and selects `current` (added, marked, when
    /// the network does not have it).
    static void fillCrossingCombo(QComboBox* combo, const CrossingChoices& crossings,
                                  const std::string& current);
    /// How an id that the network does not know is shown.
    static QString unknownCrossing(const std::string& id);
    /// A share (0.3) as locale percent text without trailing zeros ("30").
    static QString percent(double share);
};

}  // namespace rrw::ui
