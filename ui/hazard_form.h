#pragma once

#include <QWidget>

#include "analysis/scenario/scenario.h"
#include "scenario_fields.h"

class QCheckBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QStackedWidget;

namespace rrw::ui {

/// The form of one hazard of a scenario: name, start day and duration, and on a page of a
/// QStackedWidget the fields of its type (border closure: freight and commuter throughput and
/// the crossings; Far-East interruption: supply fraction; energy price: price increase;
/// pandemic: absence rate). Shares are entered in percent. Only fields the user edits change:
/// the rest keep their exact values, so showing a hazard and reading it back loses nothing.
class HazardForm : public QWidget {
    Q_OBJECT

public:
    explicit HazardForm(QWidget* parent = nullptr);

    /// Shows `hazard` (emits no edited()).
    void setHazard(const analysis::Hazard& hazard);
    /// The shown hazard with the user's edits.
    const analysis::Hazard& hazard() const { return hazard_; }
    /// The crossings offered for a border closure (id, display name).
    void setCrossings(const CrossingChoices& crossings);
    /// The labels of the crossing fields (errors name them).
    static QString crossingsLabel();
    static QString allCrossingsLabel();

signals:
    /// The user changed a field; hazard() has the new value.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QDoubleSpinBox* addPercentRow(QFormLayout* form, QLabel*& label, const char* name,
                                  double maxPercent = 100.0);
    void retranslate();
    void load();
    void fillCrossingList();
    void crossingsEdited();
    void changed();

    analysis::Hazard hazard_;
    CrossingChoices crossings_;
    bool loading_ = false;

    QFormLayout* common_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    QLabel* startLabel_;
    QSpinBox* start_;
    QLabel* durationLabel_;
    QSpinBox* duration_;
    QStackedWidget* stack_;
    QFormLayout* closureForm_;
    QLabel* freightLabel_;
    QDoubleSpinBox* freight_;
    QLabel* commuterLabel_;
    QDoubleSpinBox* commuter_;
    QLabel* crossingsLabel_;
    QCheckBox* allCrossings_;
    QListWidget* crossingList_;
    QFormLayout* farEastForm_;
    QLabel* supplyLabel_;
    QDoubleSpinBox* supply_;
    QFormLayout* energyForm_;
    QLabel* intensityLabel_;
    QDoubleSpinBox* intensity_;
    QFormLayout* pandemicForm_;
    QLabel* absenceLabel_;
    QDoubleSpinBox* absence_;
};

}  // namespace rrw::ui
