#pragma once

#include <QColor>
#include <QRectF>
#include <QString>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

#include "analysis/risk/bbk_matrix.h"
#include "render/map_language.h"

namespace rrw::ui {

/// The BBK risk matrix (BBK 2010, docs/methods/bbk_matrix.md), painted: likelihood classes A–E
/// upwards, extent classes 1–5 to the right, each cell coloured by its risk band (low, medium,
/// high, very high), the scenarios as numbered markers with their names in the current
/// language in the cell analysis::placeScenario gives them, and a list of all scenarios beside
/// it. Tooltips give a scenario's parameter classes, or a cell's risk score.
class RiskMatrixView : public QWidget {
    Q_OBJECT

public:
    explicit RiskMatrixView(QWidget* parent = nullptr);
    ~RiskMatrixView() override;

    /// Places `scenarios` with `weights` and `aggregation` (as analysis::placeScenario).
    /// Throws rrw::Error (bad weights); the view is unchanged then.
    void setScenarios(std::vector<analysis::BbkScenario> scenarios,
                      std::map<std::string, double> weights = {},
                      analysis::ExtentAggregation aggregation = analysis::ExtentAggregation::Mean);
    const std::vector<analysis::BbkScenario>& scenarios() const { return scenarios_; }
    const std::vector<analysis::BbkPlacement>& placements() const { return placements_; }

    /// Where the cell (likelihood, extent 1–5) and a scenario's marker are painted, in widget
    /// coordinates (an empty rect for an unknown scenario).
    QRectF cellRect(analysis::Likelihood likelihood, int extent) const;
    QRectF markerRect(const std::string& scenarioId) const;
    /// The tooltip of a scenario's marker.
    QString scenarioToolTip(const std::string& scenarioId) const;
    /// The colour of a risk band ("low", "medium", "high", "very_high").
    static QColor bandColor(const std::string& level);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void languageChanged(rrw::render::MapLanguage language);

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;
    bool event(QEvent* event) override;

private:
    struct Geometry {
        QRectF title;
        QRectF grid;  ///< the 5 × 5 cells
        double cellWidth = 0;
        double cellHeight = 0;
        QRectF list;  ///< the scenario list and band legend
        double rowLabelWidth = 0;
    };

    std::vector<analysis::BbkScenario> scenarios_;
    std::vector<analysis::BbkPlacement> placements_;
    analysis::ExtentAggregation aggregation_ = analysis::ExtentAggregation::Mean;
    render::MapLanguage language_;

    Geometry geometry() const;
    QString scenarioName(std::size_t i) const;
    /// Index of the scenario in its cell (0 = first marker), by scenario order.
    int slotInCell(std::size_t i) const;
    double markerRowHeight() const;
    void paintAxes(QPainter& p, const Geometry& g) const;
    void paintList(QPainter& p, const Geometry& g) const;
};

}  // namespace rrw::ui
