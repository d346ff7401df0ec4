#pragma once

#include <QDialog>
#include <QImage>
#include <QTimer>

#include <memory>
#include <optional>
#include <vector>

#include "background_task.h"
#include "report/report_builder.h"
#include "report/report_model.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace rrw::ui {

class MapDocument;

/// Reports of the open project (docs/REPORTS.md): template, language and scenario chosen,
/// built in the background (progress, Cancel) on a connection of its own, the sections to
/// include, a preview of the first pages and the export to PDF, ODT or HTML.
class ReportDialog : public QDialog {
    Q_OBJECT

public:
    ReportDialog(MapDocument& document, const QString& languageCode, QWidget* parent = nullptr);
    ~ReportDialog() override;

    /// Builds the report with the chosen options (asynchronous; built() follows).
    void build();
    void cancel();
    bool isBuilding() const { return task_ && task_->isRunning(); }
    /// Writes the built report with the checked sections to `path` (the format follows the
    /// extension: .pdf, .odt, .html). Returns false (with the message shown) on failure.
    bool exportTo(const QString& path);

    QComboBox* templateBox() const { return template_; }
    QComboBox* languageBox() const { return language_; }
    QComboBox* scenarioBox() const { return scenario_; }
    QListWidget* contents() const { return contents_; }
    const std::vector<QImage>& previewPages() const { return preview_; }
    QString statusText() const;

signals:
    /// The report was built (true) or failed / was canceled (false).
    void built(bool ok);

private:
    MapDocument& document_;
    QTimer progressTimer_;
    std::optional<report::Report> report_;
    std::vector<QImage> preview_;

    QComboBox* template_;
    QComboBox* language_;
    QComboBox* scenario_;
    QListWidget* contents_;
    QPushButton* build_;
    QPushButton* cancel_;
    QPushButton* export_;
    QProgressBar* progress_;
    QLabel* status_;
    QVBoxLayout* pages_;
    std::unique_ptr<BackgroundTask> task_;  ///< last: stops the worker first

    /// The built report with only the checked sections.
    report::Report selected() const;
    void showPreview();
    void setStatus(const QString& text, bool error = false);
    void updateButtons();
    void chooseAndExport();
};

}  // namespace rrw::ui
