#include "scenario_fields.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLocale>
#include <QSizePolicy>
#include <QSpinBox>
#include <QStackedWidget>

#include <algorithm>
#include <cmath>

namespace rrw::ui {

QDoubleSpinBox* ScenarioFields::percentBox(QWidget* parent, const char* name, double maxPercent) {
    auto* box = new QDoubleSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0.0, maxPercent);
    box->setDecimals(1);
    box->setSingleStep(5.0);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight);
    retranslatePercent(box);
    return box;
}

QSpinBox* ScenarioFields::wholeBox(QWidget* parent, const char* name, int low, int high) {
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(low, high);
    box->setAlignment(Qt::AlignRight);
    return box;
}

void ScenarioFields::retranslatePercent(QDoubleSpinBox* box) {
    //: Suffix of percent input fields (with the space the language puts before %).
    box->setSuffix(tr(" %"));
}

void ScenarioFields::alignLabels(std::initializer_list<QFormLayout*> forms) {
    std::vector<QWidget*> labels;
    int width = 0;
    for (QFormLayout* form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            if (item != nullptr && item->widget() != nullptr) {
                labels.push_back(item->widget());
                item->widget()->setMinimumWidth(0);
                width = std::max(width, item->widget()->sizeHint().width());
            }
        }
    }
    for (QWidget* label : labels) {
        label->setMinimumWidth(width);
    }
}

void ScenarioFields::fitToCurrentPage(QStackedWidget* stack) {
    const auto fit = [stack](int current) {
        for (int i = 0; i < stack->count(); ++i) {
            stack->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == current
                                                                        ? QSizePolicy::Preferred
                                                                        : QSizePolicy::Ignored);
        }
        stack->adjustSize();
        stack->updateGeometry();
    };
    QObject::connect(stack, &QStackedWidget::currentChanged, stack, fit);
    fit(stack->currentIndex());
}

void ScenarioFields::fillCrossingCombo(QComboBox* combo, const CrossingChoices& crossings,
                                       const std::string& current) {
    combo->clear();
    combo->addItem(tr("none"), QString());
    for (const auto& [id, name] : crossings) {
        combo->addItem(name, QString::fromStdString(id));
    }
    int index = combo->findData(QString::fromStdString(current));
    if (index < 0) {
        combo->addItem(unknownCrossing(current), QString::fromStdString(current));
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString ScenarioFields::unknownCrossing(const std::string& id) {
    return tr("%1 (not in the network)").arg(QString::fromStdString(id));
}

QString ScenarioFields::percent(double share) {
    const double value = std::round(share * 1000.0) / 10.0;
    return QLocale().toString(value, 'f', value == std::floor(value) ? 0 : 1);
}

}  // namespace rrw::ui
