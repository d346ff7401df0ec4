#include "scenario_page.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

#include "core/error.h"
#include "map_document.h"
#include "run_comparison.h"
#include "run_results.h"
#include "scenario_editor.h"
#include "scenario_texts.h"
#include "store/scenario_repository.h"
#include "supply_job.h"
#include "ui_text.h"

namespace rrw::ui {

ScenarioPage::ScenarioPage(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      texts_(std::make_shared<const render::MapTexts>()),
      scenariosLabel_(new QLabel(this)),
      scenarios_(new QListWidget(this)),
      editor_(new ScenarioEditor(this)),
      new_(new QPushButton(this)),
      save_(new QPushButton(this)),
      delete_(new QPushButton(this)),
      run_(new QPushButton(this)),
      cancel_(new QPushButton(this)),
      progress_(new QProgressBar(this)),
      status_(new QLabel(this)),
      runsLabel_(new QLabel(this)),
      runs_(new QTableWidget(0, 5, this)),
      tabs_(new QTabWidget(this)),
      results_(new RunResults(document, catalog_, texts_, this)),
      comparison_(new RunComparison(document, catalog_, texts_, this)) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(buildLeft());
    split->addWidget(buildRight());
    split->setStretchFactor(1, 1);
    split->setSizes({440, 900});
    layout->addWidget(split);

    progressTimer_.setInterval(50);
    connect(&progressTimer_, &QTimer::timeout, this, [this] {
        if (job_) {
            progress_->setValue(static_cast<int>(std::lround(job_->progress() * 1000)));
        }
    });
    connect(scenarios_, &QListWidget::currentRowChanged, this, [this] { editSelected(); });
    connect(new_, &QPushButton::clicked, this, &ScenarioPage::newScenario);
    connect(save_, &QPushButton::clicked, this, [this] { saveScenario(); });
    connect(delete_, &QPushButton::clicked, this, &ScenarioPage::deleteScenario);
    connect(run_, &QPushButton::clicked, this, &ScenarioPage::runEdited);
    connect(cancel_, &QPushButton::clicked, this, &ScenarioPage::cancel);
    connect(editor_, &ScenarioEditor::modifiedChanged, this, [this] { updateButtons(); });
    connect(runs_, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = runs_->selectionModel()->selectedRows();
        if (!rows.isEmpty()) {
            showRun(runs_->item(rows.front().row(), 0)->data(Qt::UserRole).toLongLong());
        }
    });
    connect(results_, &RunResults::shownOnMap, this, &ScenarioPage::shownOnMap);
    // Autosave: the editor's unsaved form is a draft; saving (modified off) removes it.
    document_.drafts().track(QStringLiteral("scenario"), QStringLiteral("scenario"), this,
                             [this]() -> std::optional<nlohmann::json> {
                                 if (!editor_->isModified()) {
                                     return std::nullopt;
                                 }
                                 nlohmann::json draft = editor_->draft();
                                 if (const auto* item = scenarios_->currentItem()) {
                                     draft["selected"] =
                                         item->data(Qt::UserRole).toString().toStdString();
                                 }
                                 return draft;
                             });
    connect(editor_, &ScenarioEditor::contentEdited, this, [this] { document_.drafts().touch(); });
    connect(editor_, &ScenarioEditor::modifiedChanged, this, [this](bool modified) {
        if (modified) {
            document_.drafts().touch();
        } else {
            document_.drafts().writeNow();
        }
    });
    retranslate();
}

ScenarioPage::~ScenarioPage() {
    document_.drafts().untrack(QStringLiteral("scenario"));
}

QWidget* ScenarioPage::buildLeft() {
    auto* left = new QWidget(this);
    auto* layout = new QVBoxLayout(left);
    layout->setContentsMargins(0, 0, 0, 0);
    scenariosLabel_->setBuddy(scenarios_);
    layout->addWidget(scenariosLabel_);
    scenarios_->setMaximumHeight(150);
    layout->addWidget(scenarios_);
    auto* scroll = new QScrollArea(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(editor_);
    layout->addWidget(scroll, 1);
    auto* edit = new QHBoxLayout();
    edit->addWidget(new_);
    edit->addWidget(save_);
    edit->addWidget(delete_);
    layout->addLayout(edit);
    auto* run = new QHBoxLayout();
    run->addWidget(run_);
    run->addWidget(cancel_);
    progress_->setRange(0, 1000);
    progress_->setTextVisible(false);
    run->addWidget(progress_, 1);
    layout->addLayout(run);
    status_->setWordWrap(true);
    layout->addWidget(status_);
    return left;
}

QWidget* ScenarioPage::buildRight() {
    auto* right = new QSplitter(Qt::Vertical, this);
    auto* top = new QWidget(right);
    auto* topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    runsLabel_->setBuddy(runs_);
    topLayout->addWidget(runsLabel_);
    runs_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    runs_->setSelectionBehavior(QAbstractItemView::SelectRows);
    runs_->setSelectionMode(QAbstractItemView::SingleSelection);
    runs_->verticalHeader()->hide();
    runs_->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    runs_->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    topLayout->addWidget(runs_);
    right->addWidget(top);
    tabs_->addTab(results_, QString());
    tabs_->addTab(comparison_, QString());
    right->addWidget(tabs_);
    right->setStretchFactor(1, 1);
    right->setSizes({150, 750});
    return right;
}

void ScenarioPage::reload() {
    cancel();
    job_.reset();
    currentRun_ = 0;
    if (!document_.isOpen()) {
        return;
    }
    store::Project& project = document_.project();
    catalog_.reload(project);
    updateCrossings();
    fillScenarios();
    fillRuns();
    comparison_->reload();
    if (!catalog_.runs().empty()) {
        showRun(catalog_.runs().back().id);
    } else {
        results_->clear(tr("No scenario has been run yet: choose one and press Run."));
    }
    const bool network = catalog_.network() != nullptr;
    setStatus(network ? QString()
                      : tr("The project has no supply network: import one with 'rrw-cli supply "
                           "import'."),
              !network);
    updateButtons();
}

void ScenarioPage::updateCrossings() {
    std::vector<std::pair<std::string, QString>> crossings;
    if (const analysis::SupplyNetwork* network = catalog_.network()) {
        for (std::size_t c = 0; c < network->crossingId.size(); ++c) {
            const std::string& name = network->crossingName[c];
            crossings.emplace_back(
                network->crossingId[c],
                QString::fromStdString(name.empty() ? network->crossingId[c] : name));
        }
    }
    editor_->setCrossings(crossings);
}

void ScenarioPage::refreshFromProject() {
    if (!document_.isOpen()) {
        return;
    }
    try {
        catalog_.reload(document_.project());
        updateCrossings();
        // Unsaved edits stay in the editor; only the list around it is read again.
        fillScenarios(QString(), !editor_->isModified());
        fillRuns();
        comparison_->reload();
    } catch (const Error& e) {
        setStatus(translatedError(e), true);
        return;
    }
    if (currentRun_ != 0 && catalog_.find(currentRun_) != nullptr) {
        selectRunRow(currentRun_);
    } else if (!catalog_.runs().empty()) {
        const int tab = tabs_->currentIndex();
        showRun(catalog_.runs().back().id);
        tabs_->setCurrentIndex(tab);
    } else {
        currentRun_ = 0;
        results_->clear(tr("No scenario has been run yet: choose one and press Run."));
    }
    updateButtons();
}

std::optional<QString> ScenarioPage::restoreDraft(const nlohmann::json& draft) {
    try {
        const auto selected = draft.find("selected");
        const QString name = selected != draft.end() && selected->is_string()
                                 ? QString::fromStdString(selected->get<std::string>())
                                 : QString();
        {
            const QSignalBlocker block(scenarios_);
            int row = -1;
            for (int i = 0; i < scenarios_->count(); ++i) {
                if (scenarios_->item(i)->data(Qt::UserRole).toString() == name) {
                    row = i;
                }
            }
            scenarios_->setCurrentRow(row);
        }
        editor_->restoreDraft(draft);
        updateButtons();
        return std::nullopt;
    } catch (const Error& e) {
        return translatedError(e);
    }
}

void ScenarioPage::fillScenarios(const QString& select, bool loadEditor) {
    const QString keep = select.isEmpty() && scenarios_->currentItem() != nullptr
                             ? scenarios_->currentItem()->data(Qt::UserRole).toString()
                             : select;
    const QSignalBlocker block(scenarios_);
    scenarios_->clear();
    int row = -1;
    for (const auto& s : store::listScenarios(document_.project())) {
        auto* item = new QListWidgetItem(
            tr("%1 (v%2)").arg(ScenarioTexts::title(s, language_)).arg(s.version), scenarios_);
        item->setData(Qt::UserRole, QString::fromStdString(s.name));
        item->setToolTip(QString::fromStdString(s.name));
        if (item->data(Qt::UserRole).toString() == keep) {
            row = scenarios_->count() - 1;
        }
    }
    if (!loadEditor) {
        scenarios_->setCurrentRow(row);
        return;
    }
    scenarios_->setCurrentRow(row >= 0 ? row : (scenarios_->count() > 0 ? 0 : -1));
    editSelected();
}

void ScenarioPage::fillRuns() {
    const QSignalBlocker block(runs_);
    const auto& runs = catalog_.runs();
    runs_->setRowCount(static_cast<int>(runs.size()));
    for (std::size_t i = 0; i < runs.size(); ++i) {
        const auto& r = runs[runs.size() - 1 - i];  // newest first
        const int row = static_cast<int>(i);
        auto* id = new QTableWidgetItem(QString::number(r.id));
        id->setData(Qt::UserRole, QVariant::fromValue<qint64>(r.id));
        runs_->setItem(row, 0, id);
        runs_->setItem(
            row, 1,
            new QTableWidgetItem(QString::fromStdString(catalog_.title(r, language_.primary))));
        runs_->setItem(row, 2, new QTableWidgetItem(QString::number(r.scenarioVersion)));
        runs_->setItem(row, 3, new QTableWidgetItem(QString::fromStdString(r.createdAt)));
        auto* hash = new QTableWidgetItem(QString::fromStdString(r.inputsHash));
        hash->setToolTip(tr("Provenance: hash of the scenario as run and of the network %1")
                             .arg(QString::fromStdString(r.networkDigest)));
        runs_->setItem(row, 4, hash);
    }
}

void ScenarioPage::editSelected() {
    const QListWidgetItem* item = scenarios_->currentItem();
    if (item == nullptr || !document_.isOpen()) {
        return;
    }
    const auto stored =
        store::getScenario(document_.project(), item->data(Qt::UserRole).toString().toStdString());
    if (stored) {
        editor_->setScenario(store::parseStoredScenario(*stored),
                             QString::fromStdString(stored->titleDe),
                             QString::fromStdString(stored->titleCs));
        editor_->setModified(false);
    }
    updateButtons();
}

void ScenarioPage::newScenario() {
    analysis::Scenario s;
    s.name = "new_scenario";
    s.version = "1";
    s.days = 60;
    analysis::Hazard closure;
    closure.start = 5;
    closure.duration = 21;
    closure.freightThroughput = 0.5;
    closure.commuterThroughput = 0.1;
    s.hazards.push_back(closure);
    editor_->setScenario(s, QString(), QString());
    editor_->setModified(true);
    const QSignalBlocker block(scenarios_);
    scenarios_->setCurrentRow(-1);
    updateButtons();
}

bool ScenarioPage::saveScenario() {
    if (!document_.isOpen()) {
        return false;
    }
    try {
        const analysis::Scenario s = editor_->scenario();
        int version = 0;
        store::Project& project = document_.project();
        project.write([&] {
            version = store::saveScenario(project, s, editor_->titleDe().toStdString(),
                                          editor_->titleCs().toStdString());
        });
        catalog_.reload(project);
        fillScenarios(QString::fromStdString(s.name));
        setStatus(tr("Saved scenario %1 as version %2.")
                      .arg(QString::fromStdString(s.name))
                      .arg(version));
        return true;
    } catch (const Error& e) {
        setStatus(translatedError(e), true);
        return false;
    }
}

void ScenarioPage::deleteScenario() {
    const QListWidgetItem* item = scenarios_->currentItem();
    if (item == nullptr || !document_.isOpen()) {
        return;
    }
    const QString name = item->data(Qt::UserRole).toString();
    if (QMessageBox::question(
            this, tr("Delete scenario"),
            tr("Delete every version of scenario %1? Its stored runs are kept.").arg(name)) !=
        QMessageBox::Yes) {
        return;
    }
    try {
        store::Project& project = document_.project();
        project.write([&] { store::deleteScenario(project, name.toStdString()); });
        catalog_.reload(project);
        fillScenarios();
        setStatus(tr("Deleted scenario %1.").arg(name));
    } catch (const Error& e) {
        setStatus(translatedError(e), true);
    }
}

void ScenarioPage::runEdited() {
    if (editor_->isModified() && !saveScenario()) {
        return;
    }
    const QListWidgetItem* item = scenarios_->currentItem();
    if (item != nullptr) {
        runScenario(item->data(Qt::UserRole).toString());
    }
}

void ScenarioPage::runScenario(const QString& name) {
    if (!document_.isOpen() || (job_ && job_->isRunning())) {
        return;
    }
    try {
        job_ = std::make_unique<SupplyJob>(SupplyJob::read(document_.project(), name.toStdString()),
                                           this);
    } catch (const Error& e) {
        setStatus(translatedError(e), true);
        return;
    }
    connect(job_.get(), &SupplyJob::finished, this, &ScenarioPage::jobFinished);
    progress_->setValue(0);
    progressTimer_.start();
    setStatus(tr("Running %1 …").arg(name));
    job_->start();
    updateButtons();
}

void ScenarioPage::cancel() {
    if (job_ && job_->isRunning()) {
        job_->cancel();
    }
}

void ScenarioPage::jobFinished() {
    progressTimer_.stop();
    std::int64_t id = 0;
    switch (job_->state()) {
        case SupplyJob::State::Done:
            try {
                id = job_->record(document_.project());
                progress_->setValue(1000);
                catalog_.reload(document_.project());
                fillRuns();
                comparison_->reload();
                showRun(id);
                setStatus(tr("Run %1 stored (inputs hash %2).")
                              .arg(id)
                              .arg(QString::fromStdString(job_->analysis().hash)));
            } catch (const Error& e) {
                id = 0;
                setStatus(translatedError(e), true);
            }
            break;
        case SupplyJob::State::Canceled:
            progress_->setValue(0);
            setStatus(tr("The run was canceled; nothing was stored."));
            break;
        default:
            progress_->setValue(0);
            setStatus(job_->errorMessage(), true);
            break;
    }
    updateButtons();
    emit runFinished(id);
}

void ScenarioPage::showRun(std::int64_t id) {
    try {
        results_->show(id);
        currentRun_ = id;
    } catch (const Error& e) {
        results_->clear(translatedError(e));
        currentRun_ = 0;
        return;
    }
    selectRunRow(id);
    tabs_->setCurrentWidget(results_);
}

void ScenarioPage::selectRunRow(std::int64_t id) {
    for (int row = 0; row < runs_->rowCount(); ++row) {
        if (runs_->item(row, 0)->data(Qt::UserRole).toLongLong() == id) {
            const QSignalBlocker block(runs_);
            runs_->selectRow(row);
            break;
        }
    }
}

QString ScenarioPage::statusText() const {
    return status_->text();
}

void ScenarioPage::setStatus(const QString& text, bool error) {
    status_->setText(text);
    status_->setStyleSheet(error ? QStringLiteral("color: #b2182b;") : QString());
}

void ScenarioPage::updateButtons() {
    const bool open = document_.isOpen();
    const bool running = job_ && job_->isRunning();
    const bool selected = scenarios_->currentItem() != nullptr;
    new_->setEnabled(open && !running);
    save_->setEnabled(open && !running && editor_->isModified());
    delete_->setEnabled(open && !running && selected && !editor_->isModified());
    run_->setEnabled(open && !running && (selected || editor_->isModified()));
    cancel_->setEnabled(running);
    run_->setText(editor_->isModified() ? tr("Save and &run") : tr("&Run"));
}

void ScenarioPage::languageChanged(const render::MapLanguage& language) {
    language_ = language;
    results_->languageChanged(language);
    comparison_->languageChanged(language);
    if (document_.isOpen()) {
        const QSignalBlocker block(editor_);
        const bool modified = editor_->isModified();
        if (!modified) {
            fillScenarios();
        }
        fillRuns();
    }
}

void ScenarioPage::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ScenarioPage::retranslate() {
    scenariosLabel_->setText(tr("&Scenarios (latest versions):"));
    new_->setText(tr("&New"));
    save_->setText(tr("Save as new &version"));
    delete_->setText(tr("&Delete"));
    cancel_->setText(tr("&Cancel"));
    runsLabel_->setText(tr("Stored r&uns (newest first):"));
    runs_->setHorizontalHeaderLabels(
        {tr("Run"), tr("Scenario"), tr("Version"), tr("Started (UTC)"), tr("Inputs hash")});
    tabs_->setTabText(0, tr("Results"));
    tabs_->setTabText(1, tr("Compare runs"));
    updateButtons();
    if (document_.isOpen()) {
        fillRuns();
    }
}

}  // namespace rrw::ui
