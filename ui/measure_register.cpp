#include "measure_register.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "core/error.h"
#include "map_document.h"
#include "measure_dialog.h"
#include "organisation_dialog.h"
#include "planning_text.h"
#include "store/measure_repository.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr const char* kStatuses[] = {"idea", "planned", "in_progress", "done"};
/// The owner filter's value for "every owner" (an id cannot contain '*').
const QString kAllOwners = QStringLiteral("*");

QTableWidget* table(QWidget* parent, const char* name, int columns) {
    auto* t = new QTableWidget(0, columns, parent);
    t->setObjectName(QLatin1String(name));
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setWordWrap(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return t;
}

/// A date as the content language writes it: 31.03.2027, 31. 3. 2027, 2027-03-31.
QString dateText(const QDate& date, const QString& languageCode) {
    if (languageCode.startsWith(QLatin1String("de"))) {
        return date.toString(QStringLiteral("dd.MM.yyyy"));
    }
    if (languageCode == QLatin1String("cs")) {
        return date.toString(QStringLiteral("d. M. yyyy"));
    }
    return date.toString(Qt::ISODate);
}

QTableWidgetItem* cell(const QString& text) {
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    return item;
}

}  // namespace

MeasureRegister::MeasureRegister(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      today_(QDate::currentDate()),
      toolbar_(new QToolBar(this)),
      statusLabel_(new QLabel(this)),
      statusFilter_(new QComboBox(this)),
      ownerLabel_(new QLabel(this)),
      ownerFilter_(new QComboBox(this)),
      measures_(table(this, "measures", 6)),
      organisationBox_(new QGroupBox(this)),
      organisationBar_(new QToolBar(organisationBox_)),
      organisations_(table(organisationBox_, "organisations", 4)) {
    addAction_ = toolbar_->addAction(QString(), this, &MeasureRegister::addMeasureWithDialog);
    editAction_ = toolbar_->addAction(QString(), this,
                                      [this] { editMeasureWithDialog(selectedMeasureId()); });
    deleteAction_ =
        toolbar_->addAction(QString(), this, [this] { deleteMeasure(selectedMeasureId()); });
    addAction_->setObjectName(QStringLiteral("addMeasure"));
    editAction_->setObjectName(QStringLiteral("editMeasure"));
    deleteAction_->setObjectName(QStringLiteral("deleteMeasure"));
    toolbar_->addSeparator();
    toolbar_->addWidget(statusLabel_);
    toolbar_->addWidget(statusFilter_);
    toolbar_->addWidget(ownerLabel_);
    toolbar_->addWidget(ownerFilter_);
    statusFilter_->setObjectName(QStringLiteral("statusFilter"));
    ownerFilter_->setObjectName(QStringLiteral("ownerFilter"));
    ownerFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    addOrganisationAction_ =
        organisationBar_->addAction(QString(), this, &MeasureRegister::addOrganisationWithDialog);
    editOrganisationAction_ = organisationBar_->addAction(
        QString(), this, [this] { editOrganisationWithDialog(selectedOrganisationId()); });
    deleteOrganisationAction_ = organisationBar_->addAction(
        QString(), this, [this] { deleteOrganisation(selectedOrganisationId()); });
    addOrganisationAction_->setObjectName(QStringLiteral("addOrganisation"));
    editOrganisationAction_->setObjectName(QStringLiteral("editOrganisation"));
    deleteOrganisationAction_->setObjectName(QStringLiteral("deleteOrganisation"));
    auto* boxLayout = new QVBoxLayout(organisationBox_);
    boxLayout->setContentsMargins(4, 4, 4, 4);
    boxLayout->addWidget(organisationBar_);
    boxLayout->addWidget(organisations_, 1);

    // The titles and roles take the room that is left; the short columns fit their content.
    auto* header = measures_->horizontalHeader();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(TitleColumn, QHeaderView::Stretch);
    auto* organisationHeader = organisations_->horizontalHeader();
    organisationHeader->setSectionResizeMode(QHeaderView::ResizeToContents);
    organisationHeader->setSectionResizeMode(1, QHeaderView::Interactive);
    organisationHeader->setSectionResizeMode(3, QHeaderView::Stretch);
    organisations_->setColumnWidth(1, 340);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(measures_);
    splitter->addWidget(organisationBox_);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar_);
    layout->addWidget(splitter, 1);

    connect(measures_, &QTableWidget::itemSelectionChanged, this, &MeasureRegister::updateActions);
    connect(organisations_, &QTableWidget::itemSelectionChanged, this,
            &MeasureRegister::updateActions);
    connect(measures_, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        const std::string id =
            measures_->item(item->row(), TitleColumn)->data(IdRole).toString().toStdString();
        QMetaObject::invokeMethod(
            this, [this, id] { editMeasureWithDialog(id); }, Qt::QueuedConnection);
    });
    connect(organisations_, &QTableWidget::itemDoubleClicked, this, [this](QTableWidgetItem* item) {
        const std::string id =
            organisations_->item(item->row(), 0)->data(IdRole).toString().toStdString();
        QMetaObject::invokeMethod(
            this, [this, id] { editOrganisationWithDialog(id); }, Qt::QueuedConnection);
    });
    connect(statusFilter_, &QComboBox::currentIndexChanged, this, [this] {
        if (!rebuilding_) {
            rebuild();
        }
    });
    connect(ownerFilter_, &QComboBox::currentIndexChanged, this, [this] {
        if (!rebuilding_) {
            rebuild();
        }
    });
    connect(&document_, &MapDocument::opened, this, &MeasureRegister::refresh);
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &MeasureRegister::refresh);
    retranslate();
    refresh();
}

MeasureRegister::~MeasureRegister() = default;

void MeasureRegister::setLanguageCode(const QString& code) {
    languageCode_ = code;
    fillFilters();
    rebuild();
}

void MeasureRegister::setToday(const QDate& today) {
    today_ = today;
    rebuild();
}

std::string MeasureRegister::selectedMeasureId() const {
    const auto rows = measures_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return measures_->item(rows.front().row(), TitleColumn)->data(IdRole).toString().toStdString();
}

void MeasureRegister::selectMeasure(const std::string& id) {
    for (int row = 0; row < measures_->rowCount(); ++row) {
        if (measures_->item(row, TitleColumn)->data(IdRole).toString().toStdString() == id) {
            measures_->selectRow(row);
            return;
        }
    }
}

std::string MeasureRegister::selectedOrganisationId() const {
    const auto rows = organisations_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return {};
    }
    return organisations_->item(rows.front().row(), 0)->data(IdRole).toString().toStdString();
}

void MeasureRegister::selectOrganisation(const std::string& id) {
    for (int row = 0; row < organisations_->rowCount(); ++row) {
        if (organisations_->item(row, 0)->data(IdRole).toString().toStdString() == id) {
            organisations_->selectRow(row);
            return;
        }
    }
}

void MeasureRegister::setStatusFilter(const std::string& status) {
    statusFilter_->setCurrentIndex(
        std::max(0, statusFilter_->findData(QString::fromStdString(status))));
}

void MeasureRegister::setOwnerFilter(const std::optional<std::string>& owner) {
    const QString value = owner ? QString::fromStdString(*owner) : kAllOwners;
    ownerFilter_->setCurrentIndex(std::max(0, ownerFilter_->findData(value)));
}

bool MeasureRegister::push(std::unique_ptr<RegisterCommand> command, const QString& title) {
    if (const auto error = runAndPush(document_, std::move(command))) {
        QMessageBox::warning(this, title, *error);
        return false;
    }
    return true;
}

bool MeasureRegister::addMeasure(const MeasureRecord& record) {
    if (!push(std::make_unique<AddMeasure>(document_, record), tr("Measures register"))) {
        return false;
    }
    selectMeasure(record.measure.id);
    return true;
}

bool MeasureRegister::editMeasure(const MeasureRecord& record) {
    if (!push(std::make_unique<EditMeasure>(document_, record), tr("Measures register"))) {
        return false;
    }
    selectMeasure(record.measure.id);
    return true;
}

bool MeasureRegister::deleteMeasure(const std::string& id) {
    return !id.empty() &&
           push(std::make_unique<DeleteMeasure>(document_, id), tr("Measures register"));
}

bool MeasureRegister::addOrganisation(const store::Organisation& organisation) {
    if (!push(std::make_unique<AddOrganisation>(document_, organisation), tr("Organisations"))) {
        return false;
    }
    selectOrganisation(organisation.id);
    return true;
}

bool MeasureRegister::editOrganisation(const store::Organisation& organisation) {
    if (!push(std::make_unique<EditOrganisation>(document_, organisation), tr("Organisations"))) {
        return false;
    }
    selectOrganisation(organisation.id);
    return true;
}

bool MeasureRegister::deleteOrganisation(const std::string& id) {
    return !id.empty() &&
           push(std::make_unique<DeleteOrganisation>(document_, id), tr("Organisations"));
}

void MeasureRegister::addMeasureWithDialog() {
    if (!document_.isOpen()) {
        return;
    }
    MeasureRecord record;
    record.measure.status = "idea";
    MeasureDialog dialog(document_, languageCode_, record, true, this);
    if (dialog.exec() == QDialog::Accepted) {
        addMeasure(dialog.record());
    }
}

void MeasureRegister::editMeasureWithDialog(const std::string& id) {
    if (!document_.isOpen() || id.empty()) {
        return;
    }
    const auto measure = store::getMeasure(document_.project(), id);
    if (!measure) {
        return;
    }
    const MeasureRecord record{*measure, store::measureLinks(document_.project(), id)};
    MeasureDialog dialog(document_, languageCode_, record, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        const MeasureRecord edited = dialog.record();
        const store::Measure& a = edited.measure;
        const store::Measure& b = record.measure;
        if (a.titleDe != b.titleDe || a.titleCs != b.titleCs ||
            a.descriptionDe != b.descriptionDe || a.descriptionCs != b.descriptionCs ||
            a.ownerId != b.ownerId || a.status != b.status || a.reviewDate != b.reviewDate ||
            !(edited.links == record.links)) {
            editMeasure(edited);
        }
    }
}

void MeasureRegister::addOrganisationWithDialog() {
    if (!document_.isOpen()) {
        return;
    }
    store::Organisation organisation;
    organisation.country = "DE";
    organisation.kind = "association";
    OrganisationDialog dialog(document_, organisation, true, this);
    if (dialog.exec() == QDialog::Accepted) {
        addOrganisation(dialog.organisation());
    }
}

void MeasureRegister::editOrganisationWithDialog(const std::string& id) {
    if (!document_.isOpen() || id.empty()) {
        return;
    }
    const auto organisation = store::getOrganisation(document_.project(), id);
    if (!organisation) {
        return;
    }
    OrganisationDialog dialog(document_, *organisation, false, this);
    if (dialog.exec() == QDialog::Accepted) {
        editOrganisation(dialog.organisation());
    }
}

void MeasureRegister::refresh() {
    measureList_.clear();
    links_.clear();
    organisationList_.clear();
    if (document_.isOpen()) {
        try {
            const store::Project& project = document_.project();
            measureList_ = store::listMeasures(project);
            links_ = store::allMeasureLinks(project);
            organisationList_ = store::listOrganisations(project);
        } catch (const Error& e) {
            emit document_.failed(translatedError(e));
        }
    }
    fillFilters();
    rebuild();
}

const store::Organisation* MeasureRegister::organisation(const std::string& id) const {
    const auto it = std::find_if(organisationList_.begin(), organisationList_.end(),
                                 [&](const store::Organisation& o) { return o.id == id; });
    return it == organisationList_.end() ? nullptr : &*it;
}

void MeasureRegister::fillFilters() {
    rebuilding_ = true;
    const QString status = statusFilter_->currentData().toString();
    statusFilter_->clear();
    statusFilter_->addItem(tr("All"), QString());
    for (const char* s : kStatuses) {
        statusFilter_->addItem(GovernanceText::statusName(s), QString::fromLatin1(s));
    }
    statusFilter_->setCurrentIndex(std::max(0, statusFilter_->findData(status)));
    const QString owner =
        ownerFilter_->count() > 0 ? ownerFilter_->currentData().toString() : kAllOwners;
    ownerFilter_->clear();
    ownerFilter_->addItem(tr("All"), kAllOwners);
    ownerFilter_->addItem(tr("No owner"), QString());
    for (const auto& o : organisationList_) {
        ownerFilter_->addItem(QString::fromStdString(
                                  store::organisationLabel(o, languageCode_.left(2).toStdString())),
                              QString::fromStdString(o.id));
    }
    ownerFilter_->setCurrentIndex(std::max(0, ownerFilter_->findData(owner)));
    rebuilding_ = false;
}

void MeasureRegister::rebuild() {
    const std::string selectedMeasure = selectedMeasureId();
    const std::string selectedOrganisation = selectedOrganisationId();
    rebuilding_ = true;
    const std::string status = statusFilter_->currentData().toString().toStdString();
    const QString owner = ownerFilter_->currentData().toString();
    measures_->setRowCount(0);
    for (const auto& m : measureList_) {
        if ((!status.empty() && m.status != status) ||
            (owner != kAllOwners && QString::fromStdString(m.ownerId) != owner)) {
            continue;
        }
        const int row = measures_->rowCount();
        measures_->insertRow(row);
        auto* title = cell(PlanningText::pick(m.titleDe, m.titleCs, m.titleEn, languageCode_));
        title->setData(IdRole, QString::fromStdString(m.id));
        title->setToolTip(
            PlanningText::pick(m.descriptionDe, m.descriptionCs, m.descriptionEn, languageCode_));
        measures_->setItem(row, TitleColumn, title);
        QString ownerText;
        if (const auto* o = organisation(m.ownerId)) {
            ownerText = QString::fromStdString(
                store::organisationLabel(*o, languageCode_.left(2).toStdString()));
            auto* item = cell(ownerText);
            item->setToolTip(PlanningText::pick(o->nameDe, o->nameCs, o->nameEn, languageCode_));
            measures_->setItem(row, OwnerColumn, item);
        } else {
            measures_->setItem(
                row, OwnerColumn,
                cell(m.ownerId.empty() ? QStringLiteral("–") : QString::fromStdString(m.ownerId)));
        }
        measures_->setItem(row, StatusColumn, cell(GovernanceText::statusName(m.status)));
        const QDate review = QDate::fromString(QString::fromStdString(m.reviewDate), Qt::ISODate);
        auto* reviewItem =
            cell(review.isValid() ? dateText(review, languageCode_) : QStringLiteral("–"));
        if (review.isValid() && review < today_ && m.status != "done") {
            reviewItem->setText(reviewItem->text() + QStringLiteral(" (") +
                                GovernanceText::overdue() + QLatin1Char(')'));
            reviewItem->setBackground(QColor(0xfd, 0xe0, 0xdc));
            reviewItem->setForeground(QColor(0xb0, 0x00, 0x20));
            QFont font = reviewItem->font();
            font.setBold(true);
            reviewItem->setFont(font);
            reviewItem->setData(Qt::UserRole + 2, true);  // overdue, for tests and tools
        }
        measures_->setItem(row, ReviewColumn, reviewItem);
        const auto links = links_.find(m.id);
        const std::size_t items = links == links_.end() ? 0 : links->second.swotItemIds.size();
        const std::size_t risks = links == links_.end() ? 0 : links->second.risks.size();
        auto* itemsCell = cell(QString::number(items));
        itemsCell->setTextAlignment(Qt::AlignCenter);
        measures_->setItem(row, ItemsColumn, itemsCell);
        auto* risksCell = cell(QString::number(risks));
        risksCell->setTextAlignment(Qt::AlignCenter);
        measures_->setItem(row, RisksColumn, risksCell);
    }
    organisations_->setRowCount(0);
    for (const auto& o : organisationList_) {
        const int row = organisations_->rowCount();
        organisations_->insertRow(row);
        auto* shortName = cell(QString::fromStdString(o.shortName));
        shortName->setData(IdRole, QString::fromStdString(o.id));
        organisations_->setItem(row, 0, shortName);
        organisations_->setItem(
            row, 1, cell(PlanningText::pick(o.nameDe, o.nameCs, o.nameEn, languageCode_)));
        organisations_->setItem(row, 2, cell(GovernanceText::kindName(o.kind)));
        organisations_->setItem(
            row, 3, cell(PlanningText::pick(o.roleDe, o.roleCs, o.roleEn, languageCode_)));
    }
    measures_->resizeRowsToContents();
    organisations_->resizeRowsToContents();
    rebuilding_ = false;
    selectMeasure(selectedMeasure);
    selectOrganisation(selectedOrganisation);
    updateActions();
}

void MeasureRegister::updateActions() {
    const bool open = document_.isOpen();
    addAction_->setEnabled(open);
    editAction_->setEnabled(open && !selectedMeasureId().empty());
    deleteAction_->setEnabled(open && !selectedMeasureId().empty());
    addOrganisationAction_->setEnabled(open);
    editOrganisationAction_->setEnabled(open && !selectedOrganisationId().empty());
    deleteOrganisationAction_->setEnabled(open && !selectedOrganisationId().empty());
}

void MeasureRegister::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void MeasureRegister::retranslate() {
    addAction_->setText(tr("Add measure…"));
    editAction_->setText(tr("Edit…"));
    deleteAction_->setText(tr("Delete"));
    statusLabel_->setText(tr("Status:") + QLatin1Char(' '));
    ownerLabel_->setText(QStringLiteral("  ") + tr("Owner:") + QLatin1Char(' '));
    measures_->setHorizontalHeaderLabels({tr("Measure"), tr("Owner"), tr("Status"),
                                          tr("Review date"), tr("SWOT items"), tr("Risks")});
    organisationBox_->setTitle(tr("Organisations"));
    addOrganisationAction_->setText(tr("Add organisation…"));
    editOrganisationAction_->setText(tr("Edit…"));
    deleteOrganisationAction_->setText(tr("Delete"));
    organisations_->setHorizontalHeaderLabels(
        {tr("Short name"), tr("Name"), tr("Kind"), tr("Role in the programme")});
    fillFilters();
    rebuild();
}

}  // namespace rrw::ui
