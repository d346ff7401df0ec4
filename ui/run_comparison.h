#pragma once

#include <QWidget>

#include <cstdint>
#include <memory>

#include <nlohmann/json.hpp>

#include "render/map_language.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTabWidget;

namespace rrw::ui {

class MapDocument;
class ProductionChart;
class ResultMap;
class RunCatalog;

/// Two stored scenario runs compared (analysis::compareSupplyResults): their maps of jobs at
/// risk side by side in the same classes, the difference map B − A, a table of the totals,
/// countries and Kreise/okresy, and both production curves in one chart.
class RunComparison : public QWidget {
    Q_OBJECT

public:
    RunComparison(MapDocument& document, RunCatalog& catalog,
                  std::shared_ptr<const render::MapTexts> texts, QWidget* parent = nullptr);

    /// After the runs changed: fills the run choices again (keeping the chosen runs).
    void reload();
    /// Compares runs `a` and `b` (ids of the catalog).
    void compare(std::int64_t a, std::int64_t b);
    void languageChanged(const render::MapLanguage& language);

    ResultMap* mapA() const { return mapA_; }
    ResultMap* mapB() const { return mapB_; }
    ResultMap* differenceMap() const { return difference_; }
    QTableWidget* table() const { return table_; }
    ProductionChart* chart() const { return chart_; }
    QTabWidget* views() const { return views_; }
    const nlohmann::json& comparison() const { return comparison_; }

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    RunCatalog& catalog_;
    std::shared_ptr<const render::MapTexts> texts_;
    render::MapLanguage language_;
    QLabel* aLabel_;
    QLabel* bLabel_;
    QComboBox* a_;
    QComboBox* b_;
    QPushButton* swap_;
    QLabel* summary_;
    QTabWidget* views_;
    ResultMap* mapA_;
    ResultMap* mapB_;
    ResultMap* difference_;
    QTableWidget* table_;
    ProductionChart* chart_;
    nlohmann::json comparison_;
    bool filling_ = false;

    /// Compares the chosen runs again and shows the result.
    void refresh();
    void showMaps(const nlohmann::json& resultA, const nlohmann::json& resultB);
    void fillTable();
    void fillChart(const nlohmann::json& resultA, const nlohmann::json& resultB);
    void retranslate();
    void clearViews(const QString& message);
};

}  // namespace rrw::ui
