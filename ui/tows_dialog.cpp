#include "tows_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

#include <algorithm>

#include "core/error.h"
#include "map_document.h"
#include "planning_text.h"

namespace rrw::ui {

namespace {

constexpr const char* kKinds[] = {"SO", "ST", "WO", "WT"};
constexpr int kIdRole = Qt::UserRole + 1;

QPlainTextEdit* textEdit(QWidget* parent, const char* name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(70);
    return edit;
}

}  // namespace

TowsDialog::TowsDialog(MapDocument& document, const QString& languageCode,
                       const store::TowsStrategy& strategy, QWidget* parent)
    : QDialog(parent),
      document_(document),
      languageCode_(languageCode),
      original_(strategy),
      checkedItems_(strategy.itemIds),
      kindLabel_(new QLabel(this)),
      kind_(new QComboBox(this)),
      titleDeLabel_(new QLabel(this)),
      titleDe_(new QLineEdit(this)),
      titleCsLabel_(new QLabel(this)),
      titleCs_(new QLineEdit(this)),
      textDeLabel_(new QLabel(this)),
      textDe_(textEdit(this, "textDe")),
      textCsLabel_(new QLabel(this)),
      textCs_(textEdit(this, "textCs")),
      itemsLabel_(new QLabel(this)),
      itemList_(new QListWidget(this)),
      measuresLabel_(new QLabel(this)),
      measureList_(new QListWidget(this)),
      problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    kind_->setObjectName(QStringLiteral("kind"));
    titleDe_->setObjectName(QStringLiteral("titleDe"));
    titleCs_->setObjectName(QStringLiteral("titleCs"));
    itemList_->setObjectName(QStringLiteral("items"));
    measureList_->setObjectName(QStringLiteral("measures"));
    problem_->setObjectName(QStringLiteral("problem"));
    if (document_.isOpen()) {
        try {
            const store::Project& project = document_.project();
            items_ = store::listSwotItems(project);
            measures_ = store::listMeasures(project);
            regionNames_ = regionNames(project);
        } catch (const Error&) {
            // A project before schema 4 has neither: the lists stay empty.
        }
    }
    for (const char* kind : kKinds) {
        kind_->addItem(QString(), QString::fromLatin1(kind));
    }
    kind_->setCurrentIndex(std::max(
        0, kind_->findData(QString::fromStdString(strategy.kind.empty() ? "SO" : strategy.kind))));
    titleDe_->setText(QString::fromStdString(strategy.titleDe));
    titleCs_->setText(QString::fromStdString(strategy.titleCs));
    textDe_->setPlainText(QString::fromStdString(strategy.textDe));
    textCs_->setPlainText(QString::fromStdString(strategy.textCs));
    for (const auto& m : measures_) {
        auto* row = new QListWidgetItem(
            PlanningText::pick(m.titleDe, m.titleCs, m.titleEn, languageCode_), measureList_);
        row->setData(kIdRole, QString::fromStdString(m.id));
        row->setToolTip(
            PlanningText::pick(m.descriptionDe, m.descriptionCs, m.descriptionEn, languageCode_));
        const bool linked = std::find(strategy.measureIds.begin(), strategy.measureIds.end(),
                                      m.id) != strategy.measureIds.end();
        row->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(kindLabel_, kind_);
    form->addRow(titleDeLabel_, titleDe_);
    form->addRow(titleCsLabel_, titleCs_);
    form->addRow(textDeLabel_, textDe_);
    form->addRow(textCsLabel_, textCs_);
    auto* lists = new QGridLayout;
    lists->addWidget(itemsLabel_, 0, 0);
    lists->addWidget(measuresLabel_, 0, 1);
    lists->addWidget(itemList_, 1, 0);
    lists->addWidget(measureList_, 1, 1);
    lists->setColumnStretch(0, 3);
    lists->setColumnStretch(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &TowsDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(kind_, &QComboBox::currentIndexChanged, this, [this] {
        rememberChecks();
        fillItems();
    });
    connect(titleDe_, &QLineEdit::textChanged, problem_, &QWidget::hide);
    connect(titleCs_, &QLineEdit::textChanged, problem_, &QWidget::hide);
    retranslate();
    resize(900, 640);
}

void TowsDialog::rememberChecks() {
    for (int row = 0; row < itemList_->count(); ++row) {
        const QListWidgetItem* item = itemList_->item(row);
        const std::int64_t id = item->data(kIdRole).toLongLong();
        std::erase(checkedItems_, id);
        if (item->checkState() == Qt::Checked) {
            checkedItems_.push_back(id);
        }
    }
}

void TowsDialog::fillItems() {
    itemList_->clear();
    const std::string kind = kind_->currentData().toString().toStdString();
    for (const auto& item : items_) {
        if (!store::towsKindAllows(kind, item.category)) {
            continue;
        }
        const QString text =
            QStringLiteral("%1 · %2: %3")
                .arg(QString(QLatin1Char(item.category)),
                     regionLabel(item.regionCode, regionNames_),
                     PlanningText::bilingualPlain(item.textDe, item.textCs, languageCode_));
        auto* row = new QListWidgetItem(text, itemList_);
        row->setData(kIdRole, QVariant::fromValue<qlonglong>(item.id));
        row->setForeground(QColor(QLatin1String(PlanningText::categoryColor(item.category))));
        row->setToolTip(PlanningText::categoryItemName(item.category));
        const bool linked =
            std::find(checkedItems_.begin(), checkedItems_.end(), item.id) != checkedItems_.end();
        row->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
    }
}

store::TowsStrategy TowsDialog::strategy() const {
    store::TowsStrategy s = original_;
    s.kind = kind_->currentData().toString().toStdString();
    s.titleDe = titleDe_->text().trimmed().toStdString();
    s.titleCs = titleCs_->text().trimmed().toStdString();
    s.textDe = textDe_->toPlainText().trimmed().toStdString();
    s.textCs = textCs_->toPlainText().trimmed().toStdString();
    s.itemIds.clear();
    for (int row = 0; row < itemList_->count(); ++row) {
        if (itemList_->item(row)->checkState() == Qt::Checked) {
            s.itemIds.push_back(itemList_->item(row)->data(kIdRole).toLongLong());
        }
    }
    std::sort(s.itemIds.begin(), s.itemIds.end());
    s.measureIds.clear();
    for (int row = 0; row < measureList_->count(); ++row) {
        if (measureList_->item(row)->checkState() == Qt::Checked) {
            s.measureIds.push_back(measureList_->item(row)->data(kIdRole).toString().toStdString());
        }
    }
    std::sort(s.measureIds.begin(), s.measureIds.end());
    return s;
}

void TowsDialog::setKind(const std::string& kind) {
    kind_->setCurrentIndex(std::max(0, kind_->findData(QString::fromStdString(kind))));
}

bool TowsDialog::checkItem(std::int64_t id) {
    for (int row = 0; row < itemList_->count(); ++row) {
        if (itemList_->item(row)->data(kIdRole).toLongLong() == id) {
            itemList_->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

bool TowsDialog::checkMeasure(const std::string& id) {
    for (int row = 0; row < measureList_->count(); ++row) {
        if (measureList_->item(row)->data(kIdRole).toString().toStdString() == id) {
            measureList_->item(row)->setCheckState(Qt::Checked);
            return true;
        }
    }
    return false;
}

std::vector<std::int64_t> TowsDialog::offeredItems() const {
    std::vector<std::int64_t> ids;
    for (int row = 0; row < itemList_->count(); ++row) {
        ids.push_back(itemList_->item(row)->data(kIdRole).toLongLong());
    }
    return ids;
}

QString TowsDialog::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

void TowsDialog::accept() {
    if (titleDe_->text().trimmed().isEmpty() && titleCs_->text().trimmed().isEmpty()) {
        problem_->setText(tr("Enter the strategy's title in German or in Czech (or both)."));
        problem_->show();
        titleDe_->setFocus();
        return;
    }
    QDialog::accept();
}

void TowsDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void TowsDialog::retranslate() {
    setWindowTitle(original_.id > 0 ? tr("TOWS strategy #%1").arg(original_.id)
                                    : tr("New TOWS strategy"));
    kindLabel_->setText(tr("Kind:"));
    for (int i = 0; i < kind_->count(); ++i) {
        kind_->setItemText(i,
                           PlanningText::towsKindName(kind_->itemData(i).toString().toStdString()));
    }
    titleDeLabel_->setText(tr("Title (German):"));
    titleCsLabel_->setText(tr("Title (Czech):"));
    textDeLabel_->setText(tr("Text (German):"));
    textCsLabel_->setText(tr("Text (Czech):"));
    itemsLabel_->setText(tr("SWOT items it builds on (only the categories of the kind):"));
    measuresLabel_->setText(tr("Measures that carry it out:"));
    rememberChecks();
    fillItems();
}

}  // namespace rrw::ui
