#include "scenario_editor.h"

#include <QAction>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSpinBox>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <nlohmann/json.hpp>

#include "analysis/supply/nace.h"
#include "analysis/supply/network.h"
#include "core/error.h"
#include "hazard_form.h"
#include "measure_form.h"
#include "scenario_texts.h"

namespace rrw::ui {

using analysis::HazardType;
using analysis::MeasureType;

namespace {

constexpr HazardType kHazardTypes[] = {HazardType::BorderClosure, HazardType::FarEastInterruption,
                                       HazardType::EnergyPrice, HazardType::Pandemic};
constexpr MeasureType kMeasureTypes[] = {MeasureType::GreenCard, MeasureType::Stockpiling,
                                         MeasureType::SecondSupplier, MeasureType::IndustrialPark,
                                         MeasureType::Nearshoring};

/// A new hazard of `type` with values that show its effect (the user adjusts them).
analysis::Hazard newHazard(HazardType type) {
    analysis::Hazard h;
    h.type = type;
    h.start = 1;
    switch (type) {
        case HazardType::BorderClosure:
            h.duration = 21;
            h.freightThroughput = 0.5;
            h.commuterThroughput = 0.3;
            break;
        case HazardType::FarEastInterruption:
            h.duration = 56;
            h.supplyFraction = 0.3;
            break;
        case HazardType::EnergyPrice:
            h.duration = 90;
            h.intensity = 1.0;
            break;
        case HazardType::Pandemic:
            h.duration = 21;
            h.absenceRate = 0.1;
            break;
    }
    return h;
}

analysis::Measure newMeasure(MeasureType type) {
    analysis::Measure m;
    m.type = type;
    switch (type) {
        case MeasureType::GreenCard:
            break;
        case MeasureType::Stockpiling:
            m.extraDays = 10.0;
            break;
        case MeasureType::SecondSupplier:
        case MeasureType::IndustrialPark:
            m.substitutableShare = 0.2;
            break;
        case MeasureType::Nearshoring:
            m.share = 0.5;
            break;
    }
    return m;
}

std::string label(const std::string& name, const QString& type) {
    return name.empty() ? type.toStdString() : name;
}

QTreeWidget* itemList(QWidget* parent, const char* name, int columns) {
    auto* list = new QTreeWidget(parent);
    list->setObjectName(QLatin1String(name));
    list->setColumnCount(columns);
    list->setRootIsDecorated(false);
    list->setUniformRowHeights(true);
    list->setAlternatingRowColors(true);
    list->setSelectionMode(QAbstractItemView::SingleSelection);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    list->header()->setStretchLastSection(true);
    list->header()->setSectionResizeMode(QHeaderView::Interactive);
    const int rowHeight = list->fontMetrics().height() + 6;
    list->setFixedHeight(rowHeight * 5 + 8);
    return list;
}

void setRow(QTreeWidgetItem* item, const QStringList& cells, const QString& tip) {
    for (int i = 0; i < cells.size(); ++i) {
        item->setText(i, cells[i]);
        item->setToolTip(i, tip.isEmpty() ? cells[i] : tip + QLatin1Char('\n') + cells[i]);
    }
}

}  // namespace

ScenarioEditor::ScenarioEditor(QWidget* parent)
    : QWidget(parent),
      header_(new QFormLayout),
      nameLabel_(new QLabel(this)),
      name_(new QLineEdit(this)),
      titleDeLabel_(new QLabel(this)),
      titleDe_(new QLineEdit(this)),
      titleCsLabel_(new QLabel(this)),
      titleCs_(new QLineEdit(this)),
      descriptionLabel_(new QLabel(this)),
      description_(new QPlainTextEdit(this)),
      daysLabel_(new QLabel(this)),
      days_(new QSpinBox(this)),
      hazardForm_(new HazardForm(this)),
      measureForm_(new MeasureForm(this)) {
    name_->setObjectName(QStringLiteral("name"));
    titleDe_->setObjectName(QStringLiteral("titleDe"));
    titleCs_->setObjectName(QStringLiteral("titleCs"));
    description_->setObjectName(QStringLiteral("description"));
    description_->setTabChangesFocus(true);
    description_->setFixedHeight(description_->fontMetrics().height() * 3 + 12);
    days_->setObjectName(QStringLiteral("days"));
    days_->setRange(1, analysis::kMaxDays);
    days_->setAlignment(Qt::AlignRight);
    header_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    header_->addRow(nameLabel_, name_);
    header_->addRow(titleDeLabel_, titleDe_);
    header_->addRow(titleCsLabel_, titleCs_);
    header_->addRow(descriptionLabel_, description_);
    header_->addRow(daysLabel_, days_);

    hazardBox_ =
        listGroup(hazardList_, addHazard_, hazardMenu_, removeHazard_, hazardForm_, "hazard");
    measureBox_ =
        listGroup(measureList_, addMeasure_, measureMenu_, removeMeasure_, measureForm_, "measure");
    // Narrow number columns, a type column of fixed width (the tooltip has the whole text) and
    // the summary in the rest.
    hazardList_->setColumnCount(4);
    measureList_->setColumnCount(3);
    const int typeWidth = fontMetrics().averageCharWidth() * 17;
    for (QTreeWidget* list : {hazardList_, measureList_}) {
        list->header()->resizeSection(0, typeWidth);
        list->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    }
    hazardList_->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    for (HazardType type : kHazardTypes) {
        connect(hazardMenu_->addAction(QString()), &QAction::triggered, this,
                [this, type] { addHazard(type); });
    }
    for (MeasureType type : kMeasureTypes) {
        connect(measureMenu_->addAction(QString()), &QAction::triggered, this,
                [this, type] { addMeasure(type); });
    }

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addLayout(header_);
    column->addWidget(hazardBox_);
    column->addWidget(measureBox_);
    column->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("scenarioScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    connect(name_, &QLineEdit::textEdited, this, &ScenarioEditor::edited);
    connect(titleDe_, &QLineEdit::textEdited, this, &ScenarioEditor::edited);
    connect(titleCs_, &QLineEdit::textEdited, this, &ScenarioEditor::edited);
    connect(description_, &QPlainTextEdit::textChanged, this, &ScenarioEditor::edited);
    connect(days_, &QSpinBox::valueChanged, this, &ScenarioEditor::edited);
    connect(hazardList_, &QTreeWidget::currentItemChanged, this, &ScenarioEditor::showHazard);
    connect(measureList_, &QTreeWidget::currentItemChanged, this, &ScenarioEditor::showMeasure);
    connect(removeHazard_, &QToolButton::clicked, this, &ScenarioEditor::removeHazard);
    connect(removeMeasure_, &QToolButton::clicked, this, &ScenarioEditor::removeMeasure);
    connect(hazardForm_, &HazardForm::edited, this, [this] {
        const int row = hazardList_->currentIndex().row();
        if (row >= 0 && row < static_cast<int>(hazards_.size())) {
            hazards_[row] = hazardForm_->hazard();
            fillHazardRow(row);
            edited();
        }
    });
    connect(measureForm_, &MeasureForm::edited, this, [this] {
        const int row = measureList_->currentIndex().row();
        if (row >= 0 && row < static_cast<int>(measures_.size())) {
            measures_[row] = measureForm_->measure();
            fillMeasureRow(row);
            edited();
        }
    });
    retranslate();
    setScenario(analysis::Scenario{}, QString(), QString());
}

QGroupBox* ScenarioEditor::listGroup(QTreeWidget*& list, QToolButton*& add, QMenu*& menu,
                                     QToolButton*& remove, QWidget* form, const char* name) {
    auto* box = new QGroupBox(this);
    list = itemList(box, (std::string(name) + "List").c_str(), 3);
    add = new QToolButton(box);
    QString title = QLatin1String(name);
    title[0] = title[0].toUpper();
    add->setObjectName(QStringLiteral("add") + title);
    add->setPopupMode(QToolButton::InstantPopup);
    add->setToolButtonStyle(Qt::ToolButtonTextOnly);
    menu = new QMenu(add);
    add->setMenu(menu);
    remove = new QToolButton(box);
    remove->setObjectName(QStringLiteral("remove") + title);
    remove->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(list);
    layout->addLayout(buttons);
    layout->addWidget(form);
    return box;
}

void ScenarioEditor::setScenario(const analysis::Scenario& scenario, const QString& titleDe,
                                 const QString& titleCs) {
    loading_ = true;
    version_ = scenario.version.empty() ? "1" : scenario.version;
    hazards_ = scenario.hazards;
    measures_ = scenario.measures;
    name_->setText(QString::fromStdString(scenario.name));
    titleDe_->setText(titleDe);
    titleCs_->setText(titleCs);
    description_->setPlainText(QString::fromStdString(scenario.description));
    days_->setValue(scenario.days);
    fillLists();
    hazardList_->setCurrentItem(hazardList_->topLevelItem(0));
    measureList_->setCurrentItem(measureList_->topLevelItem(0));
    showHazard();
    showMeasure();
    loading_ = false;
    setModified(false);
}

analysis::Scenario ScenarioEditor::formScenario() const {
    analysis::Scenario s;
    s.name = name_->text().trimmed().toStdString();
    s.version = version_;
    s.description = description_->toPlainText().toStdString();
    s.days = days_->value();
    s.hazards = hazards_;
    s.measures = measures_;
    return s;
}

analysis::Scenario ScenarioEditor::scenario() const {
    const analysis::Scenario s = formScenario();
    check(s);
    return analysis::parseScenario(analysis::scenarioToJson(s), s.name);
}

nlohmann::json ScenarioEditor::draft() const {
    const analysis::Scenario s = formScenario();
    return {{"scenario", analysis::scenarioToJson(s)},
            {"titleDe", titleDe_->text().toStdString()},
            {"titleCs", titleCs_->text().toStdString()},
            {"label", s.name}};
}

void ScenarioEditor::restoreDraft(const nlohmann::json& draft) {
    const auto it = draft.find("scenario");
    if (it == draft.end() || !it->is_object()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "The scenario draft has no scenario."));
    }
    nlohmann::json json = *it;
    // The form may have had no name yet; parseScenario needs one.
    const bool unnamed = !json.contains("name") || !json["name"].is_string() ||
                         json["name"].get<std::string>().empty();
    if (unnamed) {
        json["name"] = "draft";
    }
    analysis::Scenario s = analysis::parseScenario(json, "draft");
    if (unnamed) {
        s.name.clear();
    }
    const auto text = [&](const char* key) {
        const auto t = draft.find(key);
        return t != draft.end() && t->is_string() ? QString::fromStdString(t->get<std::string>())
                                                  : QString();
    };
    setScenario(s, text("titleDe"), text("titleCs"));
    setModified(true);
}

void ScenarioEditor::check(const analysis::Scenario& s) const {
    if (s.name.empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "The scenario needs a name (field \"{1}\")."),
                        {nameLabel_->text().toStdString()});
    }
    for (std::size_t i = 0; i < s.hazards.size(); ++i) {
        const analysis::Hazard& h = s.hazards[i];
        if (h.type == HazardType::BorderClosure && !h.allCrossings && h.crossings.empty()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "Hazard {1} ({2}): \"{3}\" needs at least one "
                                  "crossing, or choose \"{4}\"."),
                {std::to_string(i + 1), label(h.name, ScenarioTexts::hazardType(h.type)),
                 HazardForm::crossingsLabel().toStdString(),
                 HazardForm::allCrossingsLabel().toStdString()});
        }
    }
    for (std::size_t i = 0; i < s.measures.size(); ++i) {
        const analysis::Measure& m = s.measures[i];
        for (const std::string& code : m.sectors) {
            if (!analysis::parseNace(code)) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw",
                                      "Measure {1} ({2}): \"{3}\": \"{4}\" is not a "
                                      "NACE code or prefix (such as C or C29)."),
                    {std::to_string(i + 1), label(m.name, ScenarioTexts::measureType(m.type)),
                     MeasureForm::sectorsLabel().toStdString(), code});
            }
        }
    }
}

QString ScenarioEditor::titleDe() const {
    return titleDe_->text().trimmed();
}

QString ScenarioEditor::titleCs() const {
    return titleCs_->text().trimmed();
}

void ScenarioEditor::setCrossings(const std::vector<std::pair<std::string, QString>>& crossings) {
    hazardForm_->setCrossings(crossings);
    measureForm_->setCrossings(crossings);
}

void ScenarioEditor::setModified(bool modified) {
    if (modified != modified_) {
        modified_ = modified;
        emit modifiedChanged(modified);
    }
}

void ScenarioEditor::edited() {
    if (!loading_) {
        setModified(true);
        emit contentEdited();
    }
}

void ScenarioEditor::addHazard(HazardType type) {
    hazards_.push_back(newHazard(type));
    fillLists();
    hazardList_->setCurrentItem(hazardList_->topLevelItem(hazardList_->topLevelItemCount() - 1));
    edited();
}

void ScenarioEditor::addMeasure(MeasureType type) {
    measures_.push_back(newMeasure(type));
    fillLists();
    measureList_->setCurrentItem(measureList_->topLevelItem(measureList_->topLevelItemCount() - 1));
    edited();
}

void ScenarioEditor::removeHazard() {
    const int row = hazardList_->currentIndex().row();
    if (row < 0 || row >= static_cast<int>(hazards_.size())) {
        return;
    }
    hazards_.erase(hazards_.begin() + row);
    delete hazardList_->takeTopLevelItem(row);
    hazardList_->setCurrentItem(
        hazardList_->topLevelItem(std::min(row, hazardList_->topLevelItemCount() - 1)));
    showHazard();
    edited();
}

void ScenarioEditor::removeMeasure() {
    const int row = measureList_->currentIndex().row();
    if (row < 0 || row >= static_cast<int>(measures_.size())) {
        return;
    }
    measures_.erase(measures_.begin() + row);
    delete measureList_->takeTopLevelItem(row);
    measureList_->setCurrentItem(
        measureList_->topLevelItem(std::min(row, measureList_->topLevelItemCount() - 1)));
    showMeasure();
    edited();
}

void ScenarioEditor::showHazard() {
    const int row = hazardList_->currentItem() ? hazardList_->currentIndex().row() : -1;
    const bool any = row >= 0 && row < static_cast<int>(hazards_.size());
    if (any) {
        hazardForm_->setHazard(hazards_[row]);
    }
    hazardForm_->setVisible(any);
    removeHazard_->setEnabled(any);
}

void ScenarioEditor::showMeasure() {
    const int row = measureList_->currentItem() ? measureList_->currentIndex().row() : -1;
    const bool any = row >= 0 && row < static_cast<int>(measures_.size());
    if (any) {
        measureForm_->setMeasure(measures_[row]);
    }
    measureForm_->setVisible(any);
    removeMeasure_->setEnabled(any);
}

void ScenarioEditor::fillLists() {
    while (hazardList_->topLevelItemCount() > static_cast<int>(hazards_.size())) {
        delete hazardList_->takeTopLevelItem(hazardList_->topLevelItemCount() - 1);
    }
    while (hazardList_->topLevelItemCount() < static_cast<int>(hazards_.size())) {
        new QTreeWidgetItem(hazardList_);
    }
    for (int row = 0; row < static_cast<int>(hazards_.size()); ++row) {
        fillHazardRow(row);
    }
    while (measureList_->topLevelItemCount() > static_cast<int>(measures_.size())) {
        delete measureList_->takeTopLevelItem(measureList_->topLevelItemCount() - 1);
    }
    while (measureList_->topLevelItemCount() < static_cast<int>(measures_.size())) {
        new QTreeWidgetItem(measureList_);
    }
    for (int row = 0; row < static_cast<int>(measures_.size()); ++row) {
        fillMeasureRow(row);
    }
}

void ScenarioEditor::fillHazardRow(int row) {
    const analysis::Hazard& h = hazards_.at(row);
    const QLocale locale;
    setRow(hazardList_->topLevelItem(row),
           {ScenarioTexts::hazardType(h.type), locale.toString(h.start),
            locale.toString(h.duration), ScenarioTexts::hazardSummary(h)},
           QString::fromStdString(h.name));
}

void ScenarioEditor::fillMeasureRow(int row) {
    const analysis::Measure& m = measures_.at(row);
    setRow(measureList_->topLevelItem(row),
           {ScenarioTexts::measureType(m.type), QLocale().toString(m.cost, 'f', 0),
            ScenarioTexts::measureSummary(m)},
           QString::fromStdString(m.name));
}

void ScenarioEditor::retranslate() {
    nameLabel_->setText(tr("Name"));
    name_->setToolTip(tr("The scenario's id; an existing name is saved as a new version of it."));
    titleDeLabel_->setText(tr("German title"));
    titleCsLabel_->setText(tr("Czech title"));
    descriptionLabel_->setText(tr("Description"));
    daysLabel_->setText(tr("Days simulated"));
    hazardBox_->setTitle(tr("Hazards"));
    measureBox_->setTitle(tr("Measures"));
    hazardList_->setHeaderLabels({tr("Type"), tr("Start"), tr("Days"), tr("Summary")});
    measureList_->setHeaderLabels({tr("Type"), tr("Cost (EUR)"), tr("Summary")});
    addHazard_->setText(tr("Add hazard"));
    removeHazard_->setText(tr("Remove"));
    removeHazard_->setToolTip(tr("Remove the selected hazard"));
    addMeasure_->setText(tr("Add measure"));
    removeMeasure_->setText(tr("Remove"));
    removeMeasure_->setToolTip(tr("Remove the selected measure"));
    const QList<QAction*> hazardActions = hazardMenu_->actions();
    for (int i = 0; i < hazardActions.size(); ++i) {
        hazardActions[i]->setText(ScenarioTexts::hazardType(kHazardTypes[i]));
    }
    const QList<QAction*> measureActions = measureMenu_->actions();
    for (int i = 0; i < measureActions.size(); ++i) {
        measureActions[i]->setText(ScenarioTexts::measureType(kMeasureTypes[i]));
        measureActions[i]->setToolTip(ScenarioTexts::measureHelp(kMeasureTypes[i]));
    }
    fillLists();
}

void ScenarioEditor::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
