#include "report_dialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QVBoxLayout>

#include <cmath>

#include "core/error.h"
#include "map_document.h"
#include "report/report_writers.h"
#include "store/scenario_repository.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr int kPreviewPages = 4;

}  // namespace

ReportDialog::ReportDialog(MapDocument& document, const QString& languageCode, QWidget* parent)
    : QDialog(parent),
      document_(document),
      template_(new QComboBox(this)),
      language_(new QComboBox(this)),
      scenario_(new QComboBox(this)),
      contents_(new QListWidget(this)),
      build_(new QPushButton(tr("&Build preview"), this)),
      cancel_(new QPushButton(tr("&Cancel"), this)),
      export_(new QPushButton(tr("&Export…"), this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      pages_(new QVBoxLayout()) {
    setWindowTitle(tr("Report"));
    template_->addItem(tr("Full report"), QStringLiteral("full"));
    template_->addItem(tr("SWOT analysis"), QStringLiteral("swot"));
    template_->addItem(tr("Risk analysis"), QStringLiteral("risk"));
    template_->addItem(tr("Supply-chain scenarios"), QStringLiteral("scenario"));
    language_->addItem(tr("German"), QStringLiteral("de"));
    language_->addItem(tr("Czech"), QStringLiteral("cs"));
    language_->addItem(tr("English"), QStringLiteral("en"));
    language_->addItem(tr("German and Czech"), QStringLiteral("de+cs"));
    const int lang = language_->findData(languageCode);
    language_->setCurrentIndex(lang >= 0 ? lang : 3);
    scenario_->addItem(tr("All scenarios"), QString());
    if (document_.isOpen()) {
        for (const auto& s : store::listScenarios(document_.project())) {
            scenario_->addItem(QString::fromStdString(s.name), QString::fromStdString(s.name));
        }
    }

    auto* form = new QFormLayout();
    form->addRow(tr("&Template:"), template_);
    form->addRow(tr("&Language:"), language_);
    form->addRow(tr("&Scenarios:"), scenario_);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->addLayout(form);
    auto* contentsLabel = new QLabel(tr("C&ontents (uncheck what to leave out):"), left);
    contentsLabel->setBuddy(contents_);
    leftLayout->addWidget(contentsLabel);
    leftLayout->addWidget(contents_, 1);
    auto* run = new QHBoxLayout();
    run->addWidget(build_);
    run->addWidget(cancel_);
    leftLayout->addLayout(run);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    leftLayout->addWidget(progress_);
    leftLayout->addWidget(export_);
    status_->setWordWrap(true);

    auto* pagesWidget = new QWidget(this);
    pagesWidget->setLayout(pages_);
    pages_->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(pagesWidget);
    scroll->setBackgroundRole(QPalette::Dark);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(scroll);
    split->setStretchFactor(1, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    auto* bottom = new QHBoxLayout();
    bottom->addWidget(status_, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(1100, 800);

    progressTimer_.setInterval(50);
    connect(&progressTimer_, &QTimer::timeout, this, [this] {
        progress_->setValue(static_cast<int>(std::lround(task_ ? task_->progress() : 0.0 * 1000)));
    });
    connect(build_, &QPushButton::clicked, this, &ReportDialog::build);
    connect(cancel_, &QPushButton::clicked, this, &ReportDialog::cancel);
    connect(export_, &QPushButton::clicked, this, &ReportDialog::chooseAndExport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(contents_, &QListWidget::itemChanged, this, [this] { showPreview(); });
    for (auto* box : {template_, language_, scenario_}) {
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            report_.reset();
            contents_->clear();
            preview_.clear();
            showPreview();
            setStatus(tr("Press Build preview to build the report with these settings."));
            updateButtons();
        });
    }
    setStatus(tr("Press Build preview to build the report with these settings."));
    updateButtons();
}

ReportDialog::~ReportDialog() = default;

void ReportDialog::build() {
    if (isBuilding() || !document_.isOpen()) {
        return;
    }
    report::ReportOptions options;
    report::parseTemplate(template_->currentData().toString().toStdString(), options.kind);
    render::MapLanguage::parse(language_->currentData().toString().toStdString(), options.language);
    options.scenario = scenario_->currentData().toString().toStdString();
    const std::string path = document_.project().path();
    auto built = std::make_shared<std::optional<report::Report>>();
    auto pages = std::make_shared<std::vector<QImage>>();
    task_ = std::make_unique<BackgroundTask>();
    connect(task_.get(), &BackgroundTask::finished, this, [this, built, pages] {
        progressTimer_.stop();
        bool ok = false;
        switch (task_->state()) {
            case BackgroundTask::State::Done: {
                report_ = std::move(*built);
                const QSignalBlocker block(contents_);
                contents_->clear();
                for (const auto& s : report_->sections) {
                    auto* item = new QListWidgetItem(s.heading, contents_);
                    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                    item->setCheckState(Qt::Checked);
                }
                preview_ = std::move(*pages);
                progress_->setValue(1000);
                setStatus(tr("Built: %1 sections. The preview shows the first pages of the PDF.")
                              .arg(report_->sections.size()));
                ok = true;
                break;
            }
            case BackgroundTask::State::Canceled:
                progress_->setValue(0);
                setStatus(tr("Canceled."));
                break;
            default:
                progress_->setValue(0);
                setStatus(task_->errorMessage(), true);
                break;
        }
        showPreview();
        updateButtons();
        emit this->built(ok);
    });
    progress_->setValue(0);
    progressTimer_.start();
    setStatus(tr("Building the report …"));
    // Its own connection: the project's SQLite connection stays in the UI thread.
    task_->start([built, pages, options, path](Feedback& feedback) {
        store::Project project = store::Project::open(path);
        *built = report::buildReport(project, options, &feedback);
        *pages = report::renderPdfPages(**built, kPreviewPages, 600);
    });
    updateButtons();
}

void ReportDialog::cancel() {
    if (task_) {
        task_->cancel();
    }
}

report::Report ReportDialog::selected() const {
    report::Report r = *report_;
    r.sections.clear();
    for (int i = 0; i < contents_->count(); ++i) {
        if (contents_->item(i)->checkState() == Qt::Checked) {
            r.sections.push_back(report_->sections[static_cast<std::size_t>(i)]);
        }
    }
    return r;
}

void ReportDialog::showPreview() {
    if (report_ && sender() == contents_) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        preview_ = report::renderPdfPages(selected(), kPreviewPages, 600);
        QApplication::restoreOverrideCursor();
    }
    while (QLayoutItem* item = pages_->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const QImage& page : preview_) {
        auto* label = new QLabel();
        label->setPixmap(QPixmap::fromImage(page));
        label->setFrameShape(QFrame::Box);
        pages_->addWidget(label);
    }
}

bool ReportDialog::exportTo(const QString& path) {
    if (!report_) {
        return false;
    }
    report::Format format = report::Format::Pdf;
    if (!report::parseFormat(QFileInfo(path).suffix().toLower().toStdString(), format)) {
        setStatus(tr("%1: choose a file ending in .pdf, .odt or .html.").arg(path), true);
        return false;
    }
    try {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const report::WriteResult result =
            report::writeReport(selected(), path.toStdString(), format);
        QApplication::restoreOverrideCursor();
        setStatus(result.pages > 0 ? tr("Exported %1 (pages: %2, maps: %3).")
                                         .arg(path)
                                         .arg(result.pages)
                                         .arg(result.maps)
                                   : tr("Exported %1 (maps: %2).").arg(path).arg(result.maps));
        return true;
    } catch (const Error& e) {
        QApplication::restoreOverrideCursor();
        setStatus(translatedError(e), true);
        return false;
    }
}

void ReportDialog::chooseAndExport() {
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export report"), QString(),
                                     tr("PDF (*.pdf);;OpenDocument text (*.odt);;HTML (*.html)"));
    if (!file.isEmpty()) {
        exportTo(file);
    }
}

QString ReportDialog::statusText() const {
    return status_->text();
}

void ReportDialog::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b2182b;") : QString());
}

void ReportDialog::updateButtons() {
    const bool running = isBuilding();
    build_->setEnabled(!running && document_.isOpen());
    cancel_->setEnabled(running);
    export_->setEnabled(!running && report_.has_value());
    for (auto* box : {template_, language_, scenario_}) {
        box->setEnabled(!running);
    }
}

}  // namespace rrw::ui
