#pragma once

#include <QString>
#include <QWidget>

#include <map>
#include <optional>
#include <string>

#include "analysis/risk/explain.h"
#include "render/map_language.h"
#include "store/indicator_repository.h"

class QLabel;
class QTreeWidget;

namespace rrw::ui {

class BarChart;

/// "Why": one region's score split into group and indicator contributions that add up to it
/// (analysis::explainScore), as a tree — each indicator with its weight, normalised value, raw
/// value, unit, source and year, and "synthetic" where the data are flagged — and as bars,
/// with the sum check under them. Keeps what it shows, so a language change re-labels it.
class ScoreExplanationView : public QWidget {
    Q_OBJECT

public:
    /// Tree columns.
    enum Column { Part, Contribution, Weight, Normalised, Value, Unit, Source, Year, Flag };
    /// The exact contribution of a tree row (double), and the id of its group or indicator.
    static constexpr int ContributionRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    explicit ScoreExplanationView(QWidget* parent = nullptr);
    ~ScoreExplanationView() override;

    /// Shows `explanation` of the region named `region` (already in the current language);
    /// `catalog` and `values` (the region's raw values) are keyed by indicator id.
    void showExplanation(analysis::Explanation explanation, const QString& region,
                         std::map<std::string, store::Indicator> catalog,
                         std::map<std::string, store::IndicatorValue> values);
    void clear();
    void setRegionName(const QString& region);
    void languageChanged(const render::MapLanguage& language);

    QTreeWidget* tree() const { return tree_; }
    BarChart* chart() const { return chart_; }
    QLabel* sumLabel() const { return sum_; }
    /// The shown explanation, if any.
    const std::optional<analysis::Explanation>& explanation() const { return explanation_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    render::MapLanguage language_;
    QLabel* heading_ = nullptr;
    QTreeWidget* tree_ = nullptr;
    BarChart* chart_ = nullptr;
    QLabel* sum_ = nullptr;
    std::optional<analysis::Explanation> explanation_;
    QString region_;
    std::map<std::string, store::Indicator> catalog_;
    std::map<std::string, store::IndicatorValue> values_;

    void retranslate();
    void rebuild();
};

}  // namespace rrw::ui
