#include "measure_dialog.h"

#include <QComboBox>
#include <QDateEdit>
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
#include "store/measure_repository.h"
#include "store/record_checks.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kKindRole = Qt::UserRole + 2;
constexpr const char* kStatuses[] = {"idea", "planned", "in_progress", "done"};
/// The QDateEdit's minimum stands for "no review date" (shown as its special value text).
const QDate kNoDate(2000, 1, 1);

QPlainTextEdit* textEdit(QWidget* parent, const char* name) {
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(64);
    return edit;
}

}  // namespace

MeasureDialog::MeasureDialog(MapDocument& document, const QString& languageCode,
                             const MeasureRecord& record, bool isNew, QWidget* parent)
    : QDialog(parent),
      document_(document),
      languageCode_(languageCode),
      original_(record),
      isNew_(isNew),
      idLabel_(new QLabel(this)),
      id_(new QLineEdit(this)),
      titleDeLabel_(new QLabel(this)),
      titleDe_(new QLineEdit(this)),
      titleCsLabel_(new QLabel(this)),
      titleCs_(new QLineEdit(this)),
      descriptionDeLabel_(new QLabel(this)),
      descriptionDe_(textEdit(this, "descriptionDe")),
      descriptionCsLabel_(new QLabel(this)),
      descriptionCs_(textEdit(this, "descriptionCs")),
      ownerLabel_(new QLabel(this)),
      owner_(new QComboBox(this)),
      statusLabel_(new QLabel(this)),
      status_(new QComboBox(this)),
      reviewLabel_(new QLabel(this)),
      review_(new QDateEdit(this)),
      itemsLabel_(new QLabel(this)),
      itemList_(new QListWidget(this)),
      risksLabel_(new QLabel(this)),
      riskList_(new QListWidget(this)),
      problem_(new QLabel(this)),
      buttons_(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    id_->setObjectName(QStringLiteral("id"));
    titleDe_->setObjectName(QStringLiteral("titleDe"));
    titleCs_->setObjectName(QStringLiteral("titleCs"));
    owner_->setObjectName(QStringLiteral("owner"));
    status_->setObjectName(QStringLiteral("status"));
    review_->setObjectName(QStringLiteral("review"));
    itemList_->setObjectName(QStringLiteral("swotItems"));
    riskList_->setObjectName(QStringLiteral("risks"));
    problem_->setObjectName(QStringLiteral("problem"));
    if (document_.isOpen()) {
        try {
            const store::Project& project = document_.project();
            organisations_ = store::listOrganisations(project);
            items_ = store::listSwotItems(project);
            risks_ = riskChoices(project, languageCode_);
        } catch (const Error& e) {
            showProblem(translatedError(e));
        }
    }
    const store::Measure& m = record.measure;
    id_->setText(QString::fromStdString(m.id));
    id_->setReadOnly(!isNew_);
    titleDe_->setText(QString::fromStdString(m.titleDe));
    titleCs_->setText(QString::fromStdString(m.titleCs));
    descriptionDe_->setPlainText(QString::fromStdString(m.descriptionDe));
    descriptionCs_->setPlainText(QString::fromStdString(m.descriptionCs));
    review_->setCalendarPopup(true);
    review_->setMinimumDate(kNoDate);
    review_->setMaximumDate(QDate(2100, 12, 31));
    review_->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    setReviewDate(QDate::fromString(QString::fromStdString(m.reviewDate), Qt::ISODate));
    problem_->setStyleSheet(QStringLiteral("color: #b00020"));
    problem_->setWordWrap(true);
    problem_->hide();

    auto* form = new QFormLayout;
    form->addRow(idLabel_, id_);
    form->addRow(titleDeLabel_, titleDe_);
    form->addRow(titleCsLabel_, titleCs_);
    form->addRow(descriptionDeLabel_, descriptionDe_);
    form->addRow(descriptionCsLabel_, descriptionCs_);
    form->addRow(ownerLabel_, owner_);
    form->addRow(statusLabel_, status_);
    form->addRow(reviewLabel_, review_);
    auto* lists = new QGridLayout;
    lists->addWidget(itemsLabel_, 0, 0);
    lists->addWidget(risksLabel_, 0, 1);
    lists->addWidget(itemList_, 1, 0);
    lists->addWidget(riskList_, 1, 1);
    lists->setColumnStretch(0, 2);
    lists->setColumnStretch(1, 3);
    for (QListWidget* list : {itemList_, riskList_}) {  // long names wrap instead of scrolling
        list->setWordWrap(true);
        list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(lists, 1);
    layout->addWidget(problem_);
    layout->addWidget(buttons_);
    connect(buttons_, &QDialogButtonBox::accepted, this, &MeasureDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(titleDe_, &QLineEdit::textChanged, problem_, &QWidget::hide);
    connect(titleCs_, &QLineEdit::textChanged, problem_, &QWidget::hide);
    connect(id_, &QLineEdit::textChanged, problem_, &QWidget::hide);
    fillLists();
    retranslate();
    resize(1000, 740);
}

void MeasureDialog::fillLists() {
    for (const auto& item : items_) {
        const QString text = QStringLiteral("%1: %2").arg(
            QString(QLatin1Char(item.category)),
            PlanningText::bilingualPlain(item.textDe, item.textCs, languageCode_));
        auto* row = new QListWidgetItem(text, itemList_);
        row->setData(kIdRole, QVariant::fromValue<qlonglong>(item.id));
        row->setForeground(QColor(QLatin1String(PlanningText::categoryColor(item.category))));
        const auto& linked = original_.links.swotItemIds;
        row->setCheckState(std::find(linked.begin(), linked.end(), item.id) != linked.end()
                               ? Qt::Checked
                               : Qt::Unchecked);
    }
    // Risks the measure links that the project no longer holds stay listed (ticked).
    std::vector<RiskChoice> shown = risks_;
    for (const auto& risk : original_.links.risks) {
        if (std::none_of(shown.begin(), shown.end(),
                         [&](const RiskChoice& c) { return c.risk == risk; })) {
            shown.push_back({risk, QString::fromStdString(store::formatMeasureRisk(risk))});
        }
    }
    for (const auto& choice : shown) {
        auto* row = new QListWidgetItem(riskList_);
        row->setData(kIdRole, QString::fromStdString(choice.risk.riskId));
        row->setData(kKindRole, QString::fromStdString(choice.risk.kind));
        row->setData(Qt::UserRole + 3, choice.name);
        const auto& linked = original_.links.risks;
        row->setCheckState(std::find(linked.begin(), linked.end(), choice.risk) != linked.end()
                               ? Qt::Checked
                               : Qt::Unchecked);
    }
}

MeasureRecord MeasureDialog::record() const {
    MeasureRecord r = original_;
    store::Measure& m = r.measure;
    m.id = id_->text().trimmed().toStdString();
    m.titleDe = titleDe_->text().trimmed().toStdString();
    m.titleCs = titleCs_->text().trimmed().toStdString();
    m.descriptionDe = descriptionDe_->toPlainText().trimmed().toStdString();
    m.descriptionCs = descriptionCs_->toPlainText().trimmed().toStdString();
    m.ownerId = owner_->currentData().toString().toStdString();
    m.status = status_->currentData().toString().toStdString();
    m.reviewDate = review_->date() == kNoDate ? std::string()
                                              : review_->date().toString(Qt::ISODate).toStdString();
    r.links.swotItemIds.clear();
    for (int row = 0; row < itemList_->count(); ++row) {
        if (itemList_->item(row)->checkState() == Qt::Checked) {
            r.links.swotItemIds.push_back(itemList_->item(row)->data(kIdRole).toLongLong());
        }
    }
    std::sort(r.links.swotItemIds.begin(), r.links.swotItemIds.end());
    r.links.risks.clear();
    for (int row = 0; row < riskList_->count(); ++row) {
        const QListWidgetItem* item = riskList_->item(row);
        if (item->checkState() == Qt::Checked) {
            r.links.risks.push_back({item->data(kKindRole).toString().toStdString(),
                                     item->data(kIdRole).toString().toStdString()});
        }
    }
    std::sort(r.links.risks.begin(), r.links.risks.end());
    return r;
}

bool MeasureDialog::setOwner(const std::string& organisationId) {
    const int index = owner_->findData(QString::fromStdString(organisationId));
    if (index < 0) {
        return false;
    }
    owner_->setCurrentIndex(index);
    return true;
}

bool MeasureDialog::setStatus(const std::string& status) {
    const int index = status_->findData(QString::fromStdString(status));
    if (index < 0) {
        return false;
    }
    status_->setCurrentIndex(index);
    return true;
}

void MeasureDialog::setReviewDate(const QDate& date) {
    review_->setDate(date.isValid() ? date : kNoDate);
}

bool MeasureDialog::checkSwotItem(std::int64_t id, bool checked) {
    for (int row = 0; row < itemList_->count(); ++row) {
        if (itemList_->item(row)->data(kIdRole).toLongLong() == id) {
            itemList_->item(row)->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

bool MeasureDialog::checkRisk(const store::MeasureRisk& risk, bool checked) {
    for (int row = 0; row < riskList_->count(); ++row) {
        QListWidgetItem* item = riskList_->item(row);
        if (item->data(kKindRole).toString().toStdString() == risk.kind &&
            item->data(kIdRole).toString().toStdString() == risk.riskId) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return true;
        }
    }
    return false;
}

QString MeasureDialog::problem() const {
    return problem_->isHidden() ? QString() : problem_->text();
}

void MeasureDialog::showProblem(const QString& text) {
    problem_->setText(text);
    problem_->show();
}

void MeasureDialog::accept() {
    const MeasureRecord r = record();
    if (!store::isPlainId(r.measure.id)) {
        showProblem(tr("The id needs 1 to 64 characters of A–Z, a–z, 0–9, '_', '-' and '.'."));
        return;
    }
    if (isNew_ && document_.isOpen() && store::getMeasure(document_.project(), r.measure.id)) {
        showProblem(tr("A measure with the id '%1' exists already.")
                        .arg(QString::fromStdString(r.measure.id)));
        return;
    }
    if (r.measure.titleDe.empty() && r.measure.titleCs.empty()) {
        showProblem(tr("Give the measure a German or a Czech title."));
        return;
    }
    QDialog::accept();
}

void MeasureDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void MeasureDialog::retranslate() {
    setWindowTitle(isNew_ ? tr("New measure") : tr("Edit measure"));
    idLabel_->setText(tr("Id:"));
    titleDeLabel_->setText(tr("Title (German):"));
    titleCsLabel_->setText(tr("Title (Czech):"));
    descriptionDeLabel_->setText(tr("Description (German):"));
    descriptionCsLabel_->setText(tr("Description (Czech):"));
    ownerLabel_->setText(tr("Owner:"));
    statusLabel_->setText(tr("Status:"));
    reviewLabel_->setText(tr("Review date:"));
    itemsLabel_->setText(tr("SWOT items it answers:"));
    risksLabel_->setText(tr("Risks it addresses:"));
    review_->setSpecialValueText(tr("none"));

    const std::string owner = owner_->count() > 0 ? owner_->currentData().toString().toStdString()
                                                  : original_.measure.ownerId;
    owner_->clear();
    owner_->addItem(tr("(no owner)"), QString());
    for (const auto& o : organisations_) {
        const QString name = PlanningText::pick(o.nameDe, o.nameCs, o.nameEn, languageCode_);
        const QString label =
            o.shortName.empty() || QString::fromStdString(o.shortName) == name
                ? name
                : QStringLiteral("%1 – %2").arg(QString::fromStdString(o.shortName), name);
        owner_->addItem(label, QString::fromStdString(o.id));
    }
    if (!owner.empty() && owner_->findData(QString::fromStdString(owner)) < 0) {
        owner_->addItem(QString::fromStdString(owner), QString::fromStdString(owner));
    }
    setOwner(owner);

    const std::string status = status_->count() > 0
                                   ? status_->currentData().toString().toStdString()
                                   : original_.measure.status;
    status_->clear();
    for (const char* s : kStatuses) {
        status_->addItem(GovernanceText::statusName(s), QString::fromLatin1(s));
    }
    setStatus(status);

    for (int row = 0; row < riskList_->count(); ++row) {
        QListWidgetItem* item = riskList_->item(row);
        item->setText(QStringLiteral("%1: %2").arg(
            GovernanceText::riskKindName(item->data(kKindRole).toString().toStdString()),
            item->data(Qt::UserRole + 3).toString()));
        item->setToolTip(item->text());
    }
}

}  // namespace rrw::ui
