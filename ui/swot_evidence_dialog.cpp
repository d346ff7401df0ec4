#include "swot_evidence_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <cstdio>
#include <limits>

#include "planning_text.h"
#include "store/swot_proposals.h"

namespace rrw::ui {

namespace {

constexpr const char* kKinds[] = {"indicator", "layer", "index_run", "bbk_scenario", "source"};

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

}  // namespace

// --- EvidenceCatalog ---

EvidenceCatalog EvidenceCatalog::load(const store::Project& project) {
    EvidenceCatalog c;
    c.indicators = store::listIndicators(project);
    c.values = store::latestValueRecords(project, store::kSwotSuggestionLevel);
    c.layers = store::listLayers(project);
    c.scenarios = store::listBbkScenarios(project);
    c.regionNames = ui::regionNames(project);
    return c;
}

const store::IndicatorValue* EvidenceCatalog::valueOf(const std::string& region,
                                                      const std::string& indicator) const {
    for (const auto& v : values) {
        if (v.regionCode == region && v.indicatorId == indicator) {
            return &v;
        }
    }
    return nullptr;
}

const store::Indicator* EvidenceCatalog::indicator(const std::string& id) const {
    for (const auto& i : indicators) {
        if (i.id == id) {
            return &i;
        }
    }
    return nullptr;
}

QString EvidenceCatalog::kindName(const std::string& kind) {
    if (kind == "indicator") {
        return tr("Indicator");
    }
    if (kind == "layer") {
        return tr("Layer");
    }
    if (kind == "index_run") {
        return tr("Index run");
    }
    if (kind == "bbk_scenario") {
        return tr("BBK scenario");
    }
    if (kind == "source") {
        return tr("Source");
    }
    return QString::fromStdString(kind);
}

QString EvidenceCatalog::describe(const store::SwotEvidence& e, const QString& lang) const {
    QString name = QString::fromStdString(e.ref);
    if (e.kind == "indicator") {
        if (const auto* i = indicator(e.ref)) {
            name = PlanningText::pick(i->nameDe, i->nameCs, i->nameEn, lang);
        }
    } else if (e.kind == "layer") {
        for (const auto& l : layers) {
            if (l.name == e.ref) {
                const QString title = PlanningText::pick(l.titleDe, l.titleCs, l.titleEn, lang);
                name = title.isEmpty() ? name : title;
            }
        }
    } else if (e.kind == "bbk_scenario") {
        for (const auto& s : scenarios) {
            if (s.scenario.id == e.ref) {
                name = PlanningText::pick(s.scenario.nameDe, s.scenario.nameCs, s.scenario.nameEn,
                                          lang);
            }
        }
    } else if (e.kind == "index_run") {
        name = QStringLiteral("#") + name;
    }
    QString text = QStringLiteral("%1: %2").arg(kindName(e.kind), name);
    if (!e.note.empty()) {
        text += QStringLiteral(" — ") + QString::fromStdString(e.note);
    }
    return text;
}

QString EvidenceCatalog::valueText(const std::string& region, const std::string& indicatorId,
                                   const QString& lang) const {
    if (region.empty()) {
        return tr("The item is about the whole cross-border area: there is no single value.");
    }
    const auto* v = valueOf(region, indicatorId);
    if (v == nullptr) {
        return tr("No value of this indicator for %1.").arg(regionLabel(region, regionNames));
    }
    const auto* i = indicator(indicatorId);
    const QString unit = i != nullptr ? QString::fromStdString(i->unit) : QString();
    QString text = tr("%1: %2 %3 (%4), source: %5")
                       .arg(regionLabel(region, regionNames), PlanningText::number(v->value, lang),
                            unit, QString::fromStdString(v->year),
                            QString::fromStdString(v->source).toHtmlEscaped());
    if (v->synthetic) {
        text += QStringLiteral("<br><b style=\"color:#b00020\">%1</b>")
                    .arg(tr("SYNTHETIC demo value: no evidence of the real situation."));
    }
    return text;
}

// --- SwotEvidenceDialog ---

SwotEvidenceDialog::SwotEvidenceDialog(const EvidenceCatalog& catalog, std::string regionCode,
                                       const QString& languageCode, QWidget* parent)
    : QDialog(parent),
      catalog_(catalog),
      regionCode_(std::move(regionCode)),
      languageCode_(languageCode),
      kindLabel_(new QLabel(this)),
      kind_(new QComboBox(this)),
      pages_(new QStackedWidget(this)),
      indicatorLabel_(new QLabel(this)),
      indicator_(new QComboBox(this)),
      value_(new QLabel(this)),
      layerLabel_(new QLabel(this)),
      layer_(new QComboBox(this)),
      runLabel_(new QLabel(this)),
      run_(new QSpinBox(this)),
      scenarioLabel_(new QLabel(this)),
      scenario_(new QComboBox(this)),
      sourceLabel_(new QLabel(this)),
      source_(new QLineEdit(this)),
      noteLabel_(new QLabel(this)),
      note_(new QLineEdit(this)),
      problem_(new QLabel(this)) {
    kind_->setObjectName(QStringLiteral("kind"));
    indicator_->setObjectName(QStringLiteral("indicator"));
    value_->setObjectName(QStringLiteral("value"));
    layer_->setObjectName(QStringLiteral("layer"));
    run_->setObjectName(QStringLiteral("indexRun"));
    scenario_->setObjectName(QStringLiteral("scenario"));
    source_->setObjectName(QStringLiteral("source"));
    note_->setObjectName(QStringLiteral("note"));
    problem_->setObjectName(QStringLiteral("problem"));
    for (const char* kind : kKinds) {
        kind_->addItem(QString(), QString::fromLatin1(kind));
    }
    for (const auto& i : catalog_.indicators) {
        indicator_->addItem(PlanningText::pick(i.nameDe, i.nameCs, i.nameEn, languageCode_),
                            QString::fromStdString(i.id));
    }
    for (const auto& l : catalog_.layers) {
        const QString title = PlanningText::pick(l.titleDe, l.titleCs, l.titleEn, languageCode_);
        layer_->addItem(title.isEmpty() ? QString::fromStdString(l.name) : title,
                        QString::fromStdString(l.name));
    }
    run_->setRange(1, std::numeric_limits<int>::max());
    for (const auto& s : catalog_.scenarios) {
        scenario_->addItem(PlanningText::pick(s.scenario.nameDe, s.scenario.nameCs,
                                              s.scenario.nameEn, languageCode_),
                           QString::fromStdString(s.scenario.id));
    }
    value_->setWordWrap(true);
    value_->setTextFormat(Qt::RichText);
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);

    const auto page = [this](std::initializer_list<std::pair<QLabel*, QWidget*>> rows) {
        auto* w = new QWidget(pages_);
        auto* form = new QFormLayout(w);
        form->setContentsMargins(0, 0, 0, 0);
        for (const auto& [label, field] : rows) {
            if (label != nullptr) {
                form->addRow(label, field);
            } else {
                form->addRow(field);
            }
        }
        pages_->addWidget(w);
    };
    page({{indicatorLabel_, indicator_}, {nullptr, value_}});
    page({{layerLabel_, layer_}});
    page({{runLabel_, run_}});
    page({{scenarioLabel_, scenario_}});
    page({{sourceLabel_, source_}});

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* form = new QFormLayout;
    form->addRow(kindLabel_, kind_);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(pages_);
    auto* noteForm = new QFormLayout;
    noteForm->addRow(noteLabel_, note_);
    layout->addLayout(noteForm);
    layout->addWidget(problem_);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &SwotEvidenceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(kind_, &QComboBox::currentIndexChanged, pages_, &QStackedWidget::setCurrentIndex);
    connect(indicator_, &QComboBox::currentIndexChanged, this,
            &SwotEvidenceDialog::onIndicatorChanged);
    retranslate();
    onIndicatorChanged();
    resize(560, 300);
}

void SwotEvidenceDialog::setKind(const std::string& kind) {
    kind_->setCurrentIndex(std::max(0, kind_->findData(QString::fromStdString(kind))));
}

QString SwotEvidenceDialog::valueInfo() const {
    return value_->text();
}

void SwotEvidenceDialog::showValue() {
    const std::string id = indicator_->currentData().toString().toStdString();
    value_->setText(id.empty() ? QString() : catalog_.valueText(regionCode_, id, languageCode_));
}

void SwotEvidenceDialog::onIndicatorChanged() {
    showValue();
    // The numbers at the moment of citing, as the store notes an accepted suggestion's.
    const std::string id = indicator_->currentData().toString().toStdString();
    QString note;
    if (const auto* v = catalog_.valueOf(regionCode_, id)) {
        note = QStringLiteral("value %1 (%2)")
                   .arg(QString::fromStdString(number(v->value)), QString::fromStdString(v->year));
        if (v->synthetic) {
            note += QStringLiteral("; synthetic demo value");
        }
    }
    note_->setText(note);
}

store::SwotEvidence SwotEvidenceDialog::evidence() const {
    store::SwotEvidence e;
    e.kind = kind_->currentData().toString().toStdString();
    if (e.kind == "indicator") {
        e.ref = indicator_->currentData().toString().toStdString();
    } else if (e.kind == "layer") {
        e.ref = layer_->currentData().toString().toStdString();
    } else if (e.kind == "index_run") {
        e.ref = std::to_string(run_->value());
    } else if (e.kind == "bbk_scenario") {
        e.ref = scenario_->currentData().toString().toStdString();
    } else {
        e.ref = source_->text().trimmed().toStdString();
    }
    e.note = note_->text().trimmed().toStdString();
    return e;
}

void SwotEvidenceDialog::accept() {
    if (evidence().ref.empty()) {
        problem_->setText(kind_->currentData().toString() == QLatin1String("source")
                              ? tr("Enter the source: a citation, a URL or a file name.")
                              : tr("There is nothing of this kind in the project to cite."));
        return;
    }
    QDialog::accept();
}

void SwotEvidenceDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void SwotEvidenceDialog::retranslate() {
    setWindowTitle(tr("Add evidence"));
    kindLabel_->setText(tr("Kind:"));
    kind_->setItemText(0, tr("Indicator value of the region"));
    kind_->setItemText(1, tr("Map layer"));
    kind_->setItemText(2, tr("Index run (rrw-cli score)"));
    kind_->setItemText(3, tr("BBK scenario"));
    kind_->setItemText(4, tr("Source (citation, URL, file)"));
    indicatorLabel_->setText(tr("Indicator:"));
    layerLabel_->setText(tr("Layer:"));
    runLabel_->setText(tr("Run number:"));
    scenarioLabel_->setText(tr("Scenario:"));
    sourceLabel_->setText(tr("Source:"));
    noteLabel_->setText(tr("Note:"));
    showValue();
}

}  // namespace rrw::ui
