#include "hazard_form.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>

#include "analysis/supply/network.h"

namespace rrw::ui {

using analysis::HazardType;

namespace {

QFormLayout* pageForm(QStackedWidget* stack) {
    auto* page = new QWidget(stack);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    stack->addWidget(page);
    return form;
}

}  // namespace

HazardForm::HazardForm(QWidget* parent)
    : QWidget(parent),
      common_(new QFormLayout),
      nameLabel_(new QLabel(this)),
      name_(new QLineEdit(this)),
      startLabel_(new QLabel(this)),
      start_(ScenarioFields::wholeBox(this, "start", 1, analysis::kMaxDays)),
      durationLabel_(new QLabel(this)),
      duration_(ScenarioFields::wholeBox(this, "duration", 1, analysis::kMaxDays)),
      stack_(new QStackedWidget(this)) {
    name_->setObjectName(QStringLiteral("hazardName"));
    stack_->setObjectName(QStringLiteral("hazardPages"));
    common_->setContentsMargins(0, 0, 0, 0);
    common_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    common_->addRow(nameLabel_, name_);
    common_->addRow(startLabel_, start_);
    common_->addRow(durationLabel_, duration_);

    // The pages follow the order of HazardType.
    closureForm_ = pageForm(stack_);
    freight_ = addPercentRow(closureForm_, freightLabel_, "freightThroughput");
    commuter_ = addPercentRow(closureForm_, commuterLabel_, "commuterThroughput");
    crossingsLabel_ = new QLabel(this);
    allCrossings_ = new QCheckBox(this);
    allCrossings_->setObjectName(QStringLiteral("allCrossings"));
    closureForm_->addRow(crossingsLabel_, allCrossings_);
    crossingList_ = new QListWidget(this);
    crossingList_->setObjectName(QStringLiteral("crossingList"));
    crossingList_->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    crossingList_->setTextElideMode(Qt::ElideMiddle);
    crossingList_->setUniformItemSizes(true);
    crossingList_->setFixedHeight(fontMetrics().height() * 6);
    closureForm_->addRow(crossingList_);  // the full width for the names
    farEastForm_ = pageForm(stack_);
    supply_ = addPercentRow(farEastForm_, supplyLabel_, "supplyFraction");
    energyForm_ = pageForm(stack_);
    intensity_ = addPercentRow(energyForm_, intensityLabel_, "intensity", 1000.0);
    pandemicForm_ = pageForm(stack_);
    absence_ = addPercentRow(pandemicForm_, absenceLabel_, "absenceRate");
    ScenarioFields::fitToCurrentPage(stack_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(common_);
    layout->addWidget(stack_);

    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        hazard_.name = text.toStdString();
        changed();
    });
    connect(start_, &QSpinBox::valueChanged, this, [this](int v) {
        hazard_.start = v;
        changed();
    });
    connect(duration_, &QSpinBox::valueChanged, this, [this](int v) {
        hazard_.duration = v;
        changed();
    });
    const auto share = [this](QDoubleSpinBox* box, double analysis::Hazard::*field) {
        connect(box, &QDoubleSpinBox::valueChanged, this, [this, field](double v) {
            if (!loading_) {
                hazard_.*field = v / 100.0;
            }
            changed();
        });
    };
    share(freight_, &analysis::Hazard::freightThroughput);
    share(commuter_, &analysis::Hazard::commuterThroughput);
    share(supply_, &analysis::Hazard::supplyFraction);
    share(intensity_, &analysis::Hazard::intensity);
    share(absence_, &analysis::Hazard::absenceRate);
    connect(allCrossings_, &QCheckBox::toggled, this, [this](bool all) {
        crossingList_->setEnabled(!all);
        if (!loading_) {
            hazard_.allCrossings = all;
            crossingsEdited();
        }
    });
    connect(crossingList_, &QListWidget::itemChanged, this, [this] {
        if (!loading_) {
            crossingsEdited();
        }
    });
    retranslate();
    load();
}

QDoubleSpinBox* HazardForm::addPercentRow(QFormLayout* form, QLabel*& label, const char* name,
                                          double maxPercent) {
    label = new QLabel(this);
    auto* box = ScenarioFields::percentBox(this, name, maxPercent);
    form->addRow(label, box);
    return box;
}

void HazardForm::setHazard(const analysis::Hazard& hazard) {
    hazard_ = hazard;
    load();
}

void HazardForm::setCrossings(const CrossingChoices& crossings) {
    crossings_ = crossings;
    loading_ = true;
    fillCrossingList();
    loading_ = false;
}

void HazardForm::load() {
    loading_ = true;
    name_->setText(QString::fromStdString(hazard_.name));
    start_->setValue(hazard_.start);
    duration_->setValue(hazard_.duration);
    freight_->setValue(hazard_.freightThroughput * 100.0);
    commuter_->setValue(hazard_.commuterThroughput * 100.0);
    supply_->setValue(hazard_.supplyFraction * 100.0);
    intensity_->setValue(hazard_.intensity * 100.0);
    absence_->setValue(hazard_.absenceRate * 100.0);
    allCrossings_->setChecked(hazard_.allCrossings);
    crossingList_->setEnabled(!hazard_.allCrossings);
    fillCrossingList();
    stack_->setCurrentIndex(static_cast<int>(hazard_.type));
    loading_ = false;
}

void HazardForm::fillCrossingList() {
    crossingList_->clear();
    const auto add = [this](const std::string& id, const QString& text) {
        auto* item = new QListWidgetItem(text, crossingList_);
        item->setData(Qt::UserRole, QString::fromStdString(id));
        item->setToolTip(QString::fromStdString(id));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        const bool on = std::find(hazard_.crossings.begin(), hazard_.crossings.end(), id) !=
                        hazard_.crossings.end();
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    for (const auto& [id, name] : crossings_) {
        add(id, name);
    }
    for (const std::string& id : hazard_.crossings) {
        const bool known = std::any_of(crossings_.begin(), crossings_.end(),
                                       [&](const auto& c) { return c.first == id; });
        if (!known) {
            add(id, ScenarioFields::unknownCrossing(id));
        }
    }
}

void HazardForm::crossingsEdited() {
    hazard_.crossings.clear();
    for (int i = 0; i < crossingList_->count(); ++i) {
        const QListWidgetItem* item = crossingList_->item(i);
        if (item->checkState() == Qt::Checked) {
            hazard_.crossings.push_back(item->data(Qt::UserRole).toString().toStdString());
        }
    }
    changed();
}

void HazardForm::changed() {
    if (!loading_) {
        emit edited();
    }
}

QString HazardForm::crossingsLabel() {
    return tr("Closed crossings");
}

QString HazardForm::allCrossingsLabel() {
    return tr("All crossings");
}

void HazardForm::retranslate() {
    nameLabel_->setText(tr("Name"));
    name_->setPlaceholderText(tr("optional"));
    startLabel_->setText(tr("Start day"));
    start_->setToolTip(tr("Day 1 is the first simulated day."));
    durationLabel_->setText(tr("Duration (days)"));
    freightLabel_->setText(tr("Freight throughput"));
    freight_->setToolTip(tr("Share of the freight that still passes the closed crossings."));
    commuterLabel_->setText(tr("Commuter throughput"));
    commuter_->setToolTip(tr("Share of the commuters who can still cross."));
    crossingsLabel_->setText(crossingsLabel());
    allCrossings_->setText(allCrossingsLabel());
    supplyLabel_->setText(tr("Supply that still arrives"));
    supply_->setToolTip(tr("Share of the supply from East Asia that still arrives."));
    intensityLabel_->setText(tr("Price increase"));
    intensity_->setToolTip(tr("Relative increase of the energy price: 100 % = doubled."));
    absenceLabel_->setText(tr("Absence rate"));
    absence_->setToolTip(tr("Share of the workforce that is absent."));
    for (QDoubleSpinBox* box : {freight_, commuter_, supply_, intensity_, absence_}) {
        ScenarioFields::retranslatePercent(box);
    }
    loading_ = true;
    fillCrossingList();
    loading_ = false;
    ScenarioFields::alignLabels({common_, closureForm_, farEastForm_, energyForm_, pandemicForm_});
}

void HazardForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
