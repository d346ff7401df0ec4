#pragma once

#include <QCoreApplication>
#include <QDialog>
#include <QString>

#include <map>
#include <string>
#include <vector>

#include "store/bbk_repository.h"
#include "store/indicator_repository.h"
#include "store/layer_catalog.h"
#include "store/swot_repository.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace rrw::ui {

/// What a SWOT item can cite, read once from the project: indicators with their latest
/// district values, layers, BBK scenarios; and how to name a piece of evidence.
struct EvidenceCatalog {
    Q_DECLARE_TR_FUNCTIONS(rrw::ui::EvidenceCatalog)

public:
    std::vector<store::Indicator> indicators;
    std::vector<store::IndicatorValue> values;  ///< latest value per district and indicator
    std::vector<store::LayerInfo> layers;
    std::vector<store::StoredBbkScenario> scenarios;
    std::map<std::string, QString> regionNames;

    /// Reads the catalog. Throws rrw::Error.
    static EvidenceCatalog load(const store::Project& project);
    const store::IndicatorValue* valueOf(const std::string& region,
                                         const std::string& indicator) const;
    const store::Indicator* indicator(const std::string& id) const;
    /// "Indicator", "Layer", "Index run", "BBK scenario", "Source" (UI language).
    static QString kindName(const std::string& kind);
    /// "Indicator: Unemployment rate — value 5.6 (2023)": kind, the name of what it refers to
    /// in the content language, and the note.
    QString describe(const store::SwotEvidence& evidence, const QString& languageCode) const;
    /// The value of `indicator` in `region` as a sentence ("Cheb: 5,6 % (2023), source: …"),
    /// or why there is none.
    QString valueText(const std::string& region, const std::string& indicator,
                      const QString& languageCode) const;
};

/// Picks one piece of evidence for a SWOT item: an indicator (showing the item region's value,
/// year and source, synthetic values marked), a layer, an index run, a BBK scenario or a
/// source (citation, URL, file), with a note.
class SwotEvidenceDialog : public QDialog {
    Q_OBJECT

public:
    SwotEvidenceDialog(const EvidenceCatalog& catalog, std::string regionCode,
                       const QString& languageCode, QWidget* parent = nullptr);

    store::SwotEvidence evidence() const;
    /// Selects the kind page ("indicator", "layer", "index_run", "bbk_scenario", "source").
    void setKind(const std::string& kind);
    /// The text shown about the selected indicator's value.
    QString valueInfo() const;
    void accept() override;

protected:
    void changeEvent(QEvent* event) override;

private:
    const EvidenceCatalog& catalog_;
    std::string regionCode_;
    QString languageCode_;
    QLabel* kindLabel_;
    QComboBox* kind_;
    QStackedWidget* pages_;
    QLabel* indicatorLabel_;
    QComboBox* indicator_;
    QLabel* value_;
    QLabel* layerLabel_;
    QComboBox* layer_;
    QLabel* runLabel_;
    QSpinBox* run_;
    QLabel* scenarioLabel_;
    QComboBox* scenario_;
    QLabel* sourceLabel_;
    QLineEdit* source_;
    QLabel* noteLabel_;
    QLineEdit* note_;
    QLabel* problem_;

    void retranslate();
    void showValue();
    void onIndicatorChanged();
};

}  // namespace rrw::ui
