#pragma once

#include <QWidget>

#include <nlohmann/json.hpp>

#include "render/map_language.h"

class QLabel;
class QTableWidget;

namespace rrw::ui {

class BarChart;

/// The measures of a scenario run ranked by benefit/cost (avoided loss / cost; docs/SUPPLY.md,
/// "Output", measures): a table with cost, avoided loss and person-days, and the ratios as
/// bars. Measures without cost have no ratio and come last.
class MeasureRanking : public QWidget {
    Q_OBJECT

public:
    explicit MeasureRanking(QWidget* parent = nullptr);

    /// Shows the measures of `result`; `note` names the run and the data.
    void setResult(const nlohmann::json& result, const QString& note);
    void clear();
    void languageChanged(const render::MapLanguage& language);

    QTableWidget* table() const { return table_; }
    BarChart* chart() const { return chart_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    QTableWidget* table_;
    BarChart* chart_;
    QLabel* summary_;
    QLabel* note_;
    nlohmann::json result_;
    QString noteText_;
    render::MapLanguage language_;

    void fill();
    void retranslate();
};

}  // namespace rrw::ui
