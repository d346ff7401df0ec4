#pragma once

#include <QWidget>

#include "analysis/scenario/scenario.h"
#include "scenario_fields.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace rrw::ui {

/// The form of one measure of a scenario: name, cost (EUR), the sectors it applies to (NACE
/// prefixes, comma-separated; empty = all) and on a page of a QStackedWidget the fields of its
/// type (stockpiling: extra days; second supplier and industrial park: added substitutable
/// share and an optional switch time; nearshoring: share, supplier, lead time, crossing), with
/// a help line. Only fields the user edits change, so showing a measure and reading it back
/// loses nothing. Sector prefixes are checked by the editor, not here.
class MeasureForm : public QWidget {
    Q_OBJECT

public:
    explicit MeasureForm(QWidget* parent = nullptr);

    /// Shows `measure` (emits no edited()).
    void setMeasure(const analysis::Measure& measure);
    /// The shown measure with the user's edits (sectors as typed, not yet checked).
    const analysis::Measure& measure() const { return measure_; }
    /// The crossings offered for the route of nearshored supply (id, display name).
    void setCrossings(const CrossingChoices& crossings);
    /// The label of the sectors field (errors name it).
    static QString sectorsLabel();

signals:
    /// The user changed a field; measure() has the new value.
    void edited();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void load();
    void showPage();
    void changed();

    analysis::Measure measure_;
    CrossingChoices crossings_;
    bool loading_ = false;

    QFormLayout* common_;
    QLabel* help_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    QLabel* costLabel_;
    QDoubleSpinBox* cost_;
    QLabel* sectorsLabel_;
    QLineEdit* sectors_;
    QStackedWidget* stack_;
    QFormLayout* greenCardForm_;
    QFormLayout* stockForm_;
    QLabel* extraDaysLabel_;
    QDoubleSpinBox* extraDays_;
    QFormLayout* substituteForm_;
    QLabel* substitutableLabel_;
    QDoubleSpinBox* substitutable_;
    QCheckBox* switchEnabled_;
    QSpinBox* switchDays_;
    QFormLayout* nearshoringForm_;
    QLabel* shareLabel_;
    QDoubleSpinBox* share_;
    QLabel* supplierLabel_;
    QLineEdit* supplier_;
    QLabel* leadTimeLabel_;
    QSpinBox* leadTime_;
    QLabel* crossingLabel_;
    QComboBox* crossing_;
};

}  // namespace rrw::ui
