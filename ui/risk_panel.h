#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

#include <cstdint>
#include <map>
#include <memory>
#include <string>

#include "render/map_language.h"
#include "store/indicator_repository.h"

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QGroupBox;

namespace rrw::ui {

class MapDocument;
class RankIntervalChart;
class ScoreExplanationView;
class ScoreJob;

/// The risk panel: runs one of the project's hazard models (index models) over the latest
/// indicator values of the Kreise/okresy or Gemeinden/obce in the background, with a progress
/// bar and Cancel, stores each run like rrw-cli score, and shows the ranking (rank, region name
/// in the current language, score, 5–95 % rank interval, synthetic inputs marked), a chart of
/// the rank intervals, the "why" of the selected region, and — on request — the scores on the
/// map as a graduated choropleth (an undoable overlay of MapDocument).
class RiskPanel : public QWidget {
    Q_OBJECT

public:
    /// Ranking table columns; the region code is in RegionCodeRole of the Region column.
    enum Column { Rank, Region, Score, Interval, Data };
    static constexpr int RegionCodeRole = Qt::UserRole;
    /// The field the scores are joined to on the map.
    static constexpr const char* scoreField = "rrw_score";

    explicit RiskPanel(MapDocument& document, QWidget* parent = nullptr);
    ~RiskPanel() override;

    bool isRunning() const;
    /// The id of the last stored run (-1 = none yet).
    std::int64_t runId() const { return runId_; }
    /// Model and level of the next run (ids: "all_hazards", "district"); false if unknown.
    bool setHazard(const QString& id);
    bool setLevel(const QString& level);
    void setSamples(int samples);

    QTableWidget* table() const { return table_; }
    RankIntervalChart* chart() const { return chart_; }
    ScoreExplanationView* explanationView() const { return why_; }
    QProgressBar* progressBar() const { return progress_; }
    QLabel* statusLabel() const { return status_; }

public slots:
    void run();
    void cancel();
    /// Shows the last run's scores on the map (undoable).
    void showOnMap();
    /// Selects a region of the ranking by code (and explains its score).
    void selectRegion(const QString& code);
    /// Names of regions and indicators follow `language` (de, cs, en or both).
    void languageChanged(rrw::render::MapLanguage language);
    /// Lists the open project's models again and clears the results.
    void reload();

signals:
    void runFinished(qint64 runId);
    void runCanceled();
    /// The message is already translated.
    void runFailed(const QString& message);
    void shownOnMap();

protected:
    void changeEvent(QEvent* event) override;

private:
    enum class Status { None, Running, Done, Canceled, Failed };

    MapDocument& document_;
    render::MapLanguage language_;
    std::unique_ptr<render::MapTexts> texts_;
    QLabel* hazardLabel_ = nullptr;
    QComboBox* hazard_ = nullptr;
    QLabel* levelLabel_ = nullptr;
    QComboBox* level_ = nullptr;
    QLabel* samplesLabel_ = nullptr;
    QSpinBox* samples_ = nullptr;
    QPushButton* run_ = nullptr;
    QPushButton* cancel_ = nullptr;
    QProgressBar* progress_ = nullptr;
    QLabel* status_ = nullptr;
    QTabWidget* tabs_ = nullptr;
    QTableWidget* table_ = nullptr;
    RankIntervalChart* chart_ = nullptr;
    QGroupBox* whyBox_ = nullptr;
    ScoreExplanationView* why_ = nullptr;
    QPushButton* showOnMap_ = nullptr;
    QTimer progressTimer_;

    std::unique_ptr<ScoreJob> job_;   ///< running
    std::unique_ptr<ScoreJob> last_;  ///< the last finished and stored run
    std::int64_t runId_ = -1;
    std::map<std::string, store::Indicator> catalog_;
    Status statusKind_ = Status::None;
    QString error_;

    void buildUi();
    void retranslate();
    void updateStatus();
    void updateButtons();
    void onJobFinished();
    void fillResults();
    void explainSelected();
    QString regionName(const std::string& code) const;
    /// Indicators of the model with synthetic values for `code` (names in the language).
    QStringList syntheticInputs(const std::string& code) const;
};

}  // namespace rrw::ui
