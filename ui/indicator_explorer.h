#pragma once

#include <QString>
#include <QWidget>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "render/map_language.h"
#include "store/indicator_repository.h"
#include "store/region_repository.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace rrw::ui {

class BarChart;
class MapDocument;

/// The indicator explorer: the project's indicators (name in the current language, INFORM
/// dimension, direction, unit, source, year) and, for the chosen one, its latest value per
/// region of a level (value, year, source, synthetic values marked) as a table and a bar
/// chart, and "show on map": a graduated choropleth through a value join (legend title =
/// indicator name and unit, source note = source and years, "synthetic" when any value is).
class IndicatorExplorer : public QWidget {
    Q_OBJECT

public:
    enum IndicatorColumn { Name, Dimension, Direction, Unit, Source, Year };
    enum ValueColumn { Region, Value, ValueYear, ValueSource, Data };
    /// Indicator id (indicator table) or region code (value table), column 0.
    static constexpr int IdRole = Qt::UserRole;
    /// The exact value (double) in the value table's Value column.
    static constexpr int NumberRole = Qt::UserRole + 1;
    static constexpr const char* valueField = "rrw_indicator";

    explicit IndicatorExplorer(MapDocument& document, QWidget* parent = nullptr);
    ~IndicatorExplorer() override;

    /// Chooses an indicator by id; false when the project has none of that id.
    bool selectIndicator(const QString& id);
    QString currentIndicator() const;
    bool setLevel(const QString& level);

    QTableWidget* indicatorTable() const { return indicators_; }
    QTableWidget* valueTable() const { return values_; }
    BarChart* chart() const { return chart_; }

public slots:
    void showOnMap();
    void languageChanged(rrw::render::MapLanguage language);
    /// Reads the open project's indicators and values again.
    void reload();

signals:
    void shownOnMap();

protected:
    void changeEvent(QEvent* event) override;

private:
    MapDocument& document_;
    render::MapLanguage language_;
    std::unique_ptr<render::MapTexts> texts_;
    QLabel* levelLabel_ = nullptr;
    QComboBox* level_ = nullptr;
    QTableWidget* indicators_ = nullptr;
    QLabel* valuesHeading_ = nullptr;
    QTableWidget* values_ = nullptr;
    BarChart* chart_ = nullptr;
    QLabel* status_ = nullptr;
    QPushButton* showOnMap_ = nullptr;

    std::vector<store::Indicator> catalog_;
    std::vector<store::IndicatorValue> records_;  ///< latest values of the level, all indicators
    std::map<std::string, store::Region> regions_;
    QString error_;

    void buildUi();
    void retranslate();
    void readLevel();
    void fillIndicators();
    void fillValues();
    const store::Indicator* indicator(const std::string& id) const;
    /// The chosen indicator's values, largest first.
    std::vector<const store::IndicatorValue*> currentValues() const;
};

}  // namespace rrw::ui
