#pragma once

#include <QString>
#include <QWidget>

#include <nlohmann/json.hpp>

#include <string>
#include <utility>
#include <vector>

#include "analysis/scenario/scenario.h"

class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QSpinBox;
class QToolButton;
class QTreeWidget;

namespace rrw::ui {

class HazardForm;
class MeasureForm;

/// Edits a supply-chain scenario (docs/SUPPLY.md, "Scenario"): name (an existing name is saved
/// as a new version of it), German and Czech title, description, days, and the lists of
/// hazards and measures, each with Add (by type) and Remove and the form of the selected item
/// below. Every edit updates the list row at once and sets the modified flag. The editor does
/// not write: the host saves scenario() with the titles.
class ScenarioEditor : public QWidget {
    Q_OBJECT

public:
    explicit ScenarioEditor(QWidget* parent = nullptr);

    /// Shows a scenario for editing (titles: the stored German and Czech titles).
    void setScenario(const analysis::Scenario& scenario, const QString& titleDe,
                     const QString& titleCs);
    /// The edited scenario. Throws rrw::Error (Input) naming the hazard/measure and the field
    /// when it is not valid (checked by a round trip through analysis::parseScenario).
    analysis::Scenario scenario() const;
    QString titleDe() const;
    QString titleCs() const;
    /// The crossings offered in border-closure forms (id, display name) – from the project's
    /// network.
    void setCrossings(const std::vector<std::pair<std::string, QString>>& crossings);
    bool isModified() const { return modified_; }
    void setModified(bool modified);

    /// The form as it is, unchecked (for autosave): {"scenario": canonical scenario JSON,
    /// "titleDe", "titleCs", "label": the name}.
    nlohmann::json draft() const;
    /// Shows a draft() again, modified (unsaved). Throws rrw::Error (Input) when the draft is
    /// not a scenario.
    void restoreDraft(const nlohmann::json& draft);

signals:
    void modifiedChanged(bool modified);
    /// Any edit of the form (every keystroke; modifiedChanged() only tells the first).
    void contentEdited();

protected:
    void changeEvent(QEvent* event) override;

private:
    QGroupBox* listGroup(QTreeWidget*& list, QToolButton*& add, QMenu*& menu, QToolButton*& remove,
                         QWidget* form, const char* name);
    void retranslate();
    void addHazard(analysis::HazardType type);
    void addMeasure(analysis::MeasureType type);
    void removeHazard();
    void removeMeasure();
    void showHazard();
    void showMeasure();
    void fillHazardRow(int row);
    void fillMeasureRow(int row);
    void fillLists();
    void edited();
    void check(const analysis::Scenario& scenario) const;
    analysis::Scenario formScenario() const;

    std::string version_ = "1";
    std::vector<analysis::Hazard> hazards_;
    std::vector<analysis::Measure> measures_;
    bool modified_ = false;
    bool loading_ = false;

    QFormLayout* header_;
    QLabel* nameLabel_;
    QLineEdit* name_;
    QLabel* titleDeLabel_;
    QLineEdit* titleDe_;
    QLabel* titleCsLabel_;
    QLineEdit* titleCs_;
    QLabel* descriptionLabel_;
    QPlainTextEdit* description_;
    QLabel* daysLabel_;
    QSpinBox* days_;
    HazardForm* hazardForm_;
    MeasureForm* measureForm_;
    QGroupBox* hazardBox_;
    QTreeWidget* hazardList_;
    QToolButton* addHazard_;
    QMenu* hazardMenu_;
    QToolButton* removeHazard_;
    QGroupBox* measureBox_;
    QTreeWidget* measureList_;
    QToolButton* addMeasure_;
    QMenu* measureMenu_;
    QToolButton* removeMeasure_;
};

}  // namespace rrw::ui
