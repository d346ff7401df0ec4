#include "measure_form.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStringList>
#include <QVBoxLayout>

#include "analysis/supply/network.h"
#include "scenario_texts.h"

namespace rrw::ui {

using analysis::MeasureType;

namespace {

constexpr double kMaxCost = 1e15;  // as analysis::parseScenario allows

QFormLayout* pageForm(QStackedWidget* stack) {
    auto* page = new QWidget(stack);
    auto* form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    stack->addWidget(page);
    return form;
}

int pageOf(MeasureType type) {
    switch (type) {
        case MeasureType::GreenCard:
            return 0;
        case MeasureType::Stockpiling:
            return 1;
        case MeasureType::SecondSupplier:
        case MeasureType::IndustrialPark:
            return 2;
        case MeasureType::Nearshoring:
            return 3;
    }
    return 0;
}

bool hasSectors(MeasureType type) {
    return type == MeasureType::Stockpiling || type == MeasureType::SecondSupplier ||
           type == MeasureType::IndustrialPark;
}

QString joinSectors(const std::vector<std::string>& sectors) {
    QStringList parts;
    for (const std::string& s : sectors) {
        parts << QString::fromStdString(s);
    }
    return parts.join(QStringLiteral(", "));
}

std::vector<std::string> splitSectors(const QString& text) {
    std::vector<std::string> out;
    for (const QString& part : text.split(QLatin1Char(','))) {
        const QString code = part.trimmed();
        if (!code.isEmpty()) {
            out.push_back(code.toStdString());
        }
    }
    return out;
}

}  // namespace

MeasureForm::MeasureForm(QWidget* parent)
    : QWidget(parent),
      common_(new QFormLayout),
      help_(new QLabel(this)),
      nameLabel_(new QLabel(this)),
      name_(new QLineEdit(this)),
      costLabel_(new QLabel(this)),
      cost_(new QDoubleSpinBox(this)),
      sectorsLabel_(new QLabel(this)),
      sectors_(new QLineEdit(this)),
      stack_(new QStackedWidget(this)) {
    help_->setObjectName(QStringLiteral("measureHelp"));
    help_->setWordWrap(true);
    help_->setForegroundRole(QPalette::PlaceholderText);
    name_->setObjectName(QStringLiteral("measureName"));
    cost_->setObjectName(QStringLiteral("cost"));
    cost_->setRange(0.0, kMaxCost);
    cost_->setDecimals(0);
    cost_->setSingleStep(1000.0);
    cost_->setGroupSeparatorShown(true);
    cost_->setAlignment(Qt::AlignRight);
    sectors_->setObjectName(QStringLiteral("sectors"));
    stack_->setObjectName(QStringLiteral("measurePages"));
    common_->setContentsMargins(0, 0, 0, 0);
    common_->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    common_->addRow(nameLabel_, name_);
    common_->addRow(costLabel_, cost_);
    common_->addRow(sectorsLabel_, sectors_);

    // Pages: GreenCard (no fields), stockpiling, second supplier / industrial park, nearshoring.
    greenCardForm_ = pageForm(stack_);
    stockForm_ = pageForm(stack_);
    extraDaysLabel_ = new QLabel(this);
    extraDays_ = new QDoubleSpinBox(this);
    extraDays_->setObjectName(QStringLiteral("extraDays"));
    extraDays_->setRange(0.0, analysis::kMaxDays);
    extraDays_->setDecimals(1);
    extraDays_->setAlignment(Qt::AlignRight);
    stockForm_->addRow(extraDaysLabel_, extraDays_);
    substituteForm_ = pageForm(stack_);
    substitutableLabel_ = new QLabel(this);
    substitutable_ = ScenarioFields::percentBox(this, "substitutableShare");
    substituteForm_->addRow(substitutableLabel_, substitutable_);
    switchEnabled_ = new QCheckBox(this);
    switchEnabled_->setObjectName(QStringLiteral("switchDaysEnabled"));
    switchDays_ = ScenarioFields::wholeBox(this, "switchDays", 0, analysis::kMaxDays);
    substituteForm_->addRow(switchEnabled_, switchDays_);
    nearshoringForm_ = pageForm(stack_);
    shareLabel_ = new QLabel(this);
    share_ = ScenarioFields::percentBox(this, "share");
    nearshoringForm_->addRow(shareLabel_, share_);
    supplierLabel_ = new QLabel(this);
    supplier_ = new QLineEdit(this);
    supplier_->setObjectName(QStringLiteral("supplier"));
    nearshoringForm_->addRow(supplierLabel_, supplier_);
    leadTimeLabel_ = new QLabel(this);
    leadTime_ = ScenarioFields::wholeBox(this, "leadTime", 1, analysis::kMaxLeadTime);
    nearshoringForm_->addRow(leadTimeLabel_, leadTime_);
    crossingLabel_ = new QLabel(this);
    crossing_ = new QComboBox(this);
    crossing_->setObjectName(QStringLiteral("crossing"));
    crossing_->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    crossing_->setMinimumContentsLength(12);
    nearshoringForm_->addRow(crossingLabel_, crossing_);
    ScenarioFields::fitToCurrentPage(stack_);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(common_);
    layout->addWidget(stack_);
    layout->addWidget(help_);

    connect(name_, &QLineEdit::textEdited, this, [this](const QString& text) {
        measure_.name = text.toStdString();
        changed();
    });
    connect(cost_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!loading_) {
            measure_.cost = v;
        }
        changed();
    });
    connect(sectors_, &QLineEdit::textEdited, this, [this](const QString& text) {
        measure_.sectors = splitSectors(text);
        changed();
    });
    connect(extraDays_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!loading_) {
            measure_.extraDays = v;
        }
        changed();
    });
    connect(substitutable_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!loading_) {
            measure_.substitutableShare = v / 100.0;
        }
        changed();
    });
    connect(switchEnabled_, &QCheckBox::toggled, this, [this](bool on) {
        switchDays_->setEnabled(on);
        if (!loading_) {
            measure_.switchDays = on ? std::optional<int>(switchDays_->value()) : std::nullopt;
        }
        changed();
    });
    connect(switchDays_, &QSpinBox::valueChanged, this, [this](int v) {
        if (!loading_ && measure_.switchDays) {
            measure_.switchDays = v;
        }
        changed();
    });
    connect(share_, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        if (!loading_) {
            measure_.share = v / 100.0;
        }
        changed();
    });
    connect(supplier_, &QLineEdit::textEdited, this, [this](const QString& text) {
        measure_.supplier = text.trimmed().toStdString();
        changed();
    });
    connect(leadTime_, &QSpinBox::valueChanged, this, [this](int v) {
        if (!loading_) {
            measure_.leadTime = v;
        }
        changed();
    });
    connect(crossing_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!loading_ && index >= 0) {
            measure_.crossing = crossing_->itemData(index).toString().toStdString();
        }
        changed();
    });
    retranslate();
    load();
}

void MeasureForm::setMeasure(const analysis::Measure& measure) {
    measure_ = measure;
    load();
}

void MeasureForm::setCrossings(const CrossingChoices& crossings) {
    crossings_ = crossings;
    loading_ = true;
    ScenarioFields::fillCrossingCombo(crossing_, crossings_, measure_.crossing);
    loading_ = false;
}

void MeasureForm::load() {
    loading_ = true;
    name_->setText(QString::fromStdString(measure_.name));
    cost_->setValue(measure_.cost);
    sectors_->setText(joinSectors(measure_.sectors));
    extraDays_->setValue(measure_.extraDays);
    substitutable_->setValue(measure_.substitutableShare * 100.0);
    switchEnabled_->setChecked(measure_.switchDays.has_value());
    switchDays_->setEnabled(measure_.switchDays.has_value());
    switchDays_->setValue(measure_.switchDays.value_or(7));
    share_->setValue(measure_.share * 100.0);
    supplier_->setText(QString::fromStdString(measure_.supplier));
    leadTime_->setValue(measure_.leadTime);
    ScenarioFields::fillCrossingCombo(crossing_, crossings_, measure_.crossing);
    showPage();
    loading_ = false;
}

void MeasureForm::showPage() {
    stack_->setCurrentIndex(pageOf(measure_.type));
    common_->setRowVisible(sectors_, hasSectors(measure_.type));
    help_->setText(ScenarioTexts::measureHelp(measure_.type));
}

void MeasureForm::changed() {
    if (!loading_) {
        emit edited();
    }
}

QString MeasureForm::sectorsLabel() {
    return tr("Sectors");
}

void MeasureForm::retranslate() {
    nameLabel_->setText(tr("Name"));
    name_->setPlaceholderText(tr("optional"));
    costLabel_->setText(tr("Cost (EUR)"));
    sectorsLabel_->setText(sectorsLabel());
    sectors_->setPlaceholderText(tr("all sectors"));
    sectors_->setToolTip(
        tr("NACE codes or prefixes of the customers, separated by commas (such as C, C29, "
           "C29.3); empty = all sectors."));
    extraDaysLabel_->setText(tr("Extra days of stock"));
    substitutableLabel_->setText(tr("Added replaceable share"));
    substitutable_->setToolTip(
        tr("Share of the inputs that can additionally be replaced by another supplier."));
    switchEnabled_->setText(tr("Switch within (days)"));
    switchEnabled_->setToolTip(
        tr("Days needed to switch to another supplier; taken when shorter than before."));
    shareLabel_->setText(tr("Share moved"));
    share_->setToolTip(
        tr("Part of the input shares from East Asia that moves to the new supplier."));
    supplierLabel_->setText(tr("Supplier (id)"));
    supplier_->setPlaceholderText(tr("the customer's own country"));
    leadTimeLabel_->setText(tr("Lead time (days)"));
    crossingLabel_->setText(tr("Route via crossing"));
    for (QDoubleSpinBox* box : {substitutable_, share_}) {
        ScenarioFields::retranslatePercent(box);
    }
    loading_ = true;
    ScenarioFields::fillCrossingCombo(crossing_, crossings_, measure_.crossing);
    help_->setText(ScenarioTexts::measureHelp(measure_.type));
    loading_ = false;
    ScenarioFields::alignLabels(
        {common_, greenCardForm_, stockForm_, substituteForm_, nearshoringForm_});
}

void MeasureForm::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

}  // namespace rrw::ui
