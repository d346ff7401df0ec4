#include "swot_board.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSizePolicy>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "card_delegate.h"
#include "commands/swot_commands.h"
#include "core/error.h"
#include "draft_json.h"
#include "draft_store.h"
#include "map_document.h"
#include "planning_text.h"
#include "swot_item_dialog.h"
#include "swot_quadrant_list.h"
#include "swot_suggestions_dialog.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr std::array<char, 4> kCategories = {'S', 'W', 'O', 'T'};
// Data of the region filter's first two entries (the others hold region codes).
const QString kAllRegions = QStringLiteral("*");
const QString kWholeArea = QStringLiteral("-");

int slot(char category) {
    const auto it = std::find(kCategories.begin(), kCategories.end(), category);
    return it == kCategories.end() ? 0 : static_cast<int>(it - kCategories.begin());
}

/// `color` mixed with white: the quadrant's background tint.
QColor tint(const QColor& color, double share) {
    return QColor::fromRgbF(static_cast<float>(1 - share + share * color.redF()),
                            static_cast<float>(1 - share + share * color.greenF()),
                            static_cast<float>(1 - share + share * color.blueF()));
}

bool sameContent(const store::SwotItem& a, const store::SwotItem& b) {
    if (a.regionCode != b.regionCode || a.category != b.category || a.textDe != b.textDe ||
        a.textCs != b.textCs || a.importance != b.importance || a.author != b.author ||
        a.evidence.size() != b.evidence.size()) {
        return false;
    }
    for (std::size_t i = 0; i < a.evidence.size(); ++i) {
        if (a.evidence[i].id != b.evidence[i].id || a.evidence[i].id == 0) {
            return false;
        }
    }
    return true;
}

}  // namespace

SwotBoard::SwotBoard(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      toolbar_(new QToolBar(this)),
      filterLabel_(new QLabel(this)),
      regionFilter_(new QComboBox(this)) {
    addAction_ = toolbar_->addAction(QString(), this, &SwotBoard::addWithDialog);
    editAction_ =
        toolbar_->addAction(QString(), this, [this] { editWithDialog(selectedItemId()); });
    deleteAction_ = toolbar_->addAction(QString(), this, [this] { deleteItem(selectedItemId()); });
    toolbar_->addSeparator();
    suggestionsAction_ = toolbar_->addAction(QString(), this, &SwotBoard::showSuggestions);
    addAction_->setObjectName(QStringLiteral("addItem"));
    editAction_->setObjectName(QStringLiteral("editItem"));
    deleteAction_->setObjectName(QStringLiteral("deleteItem"));
    suggestionsAction_->setObjectName(QStringLiteral("suggestions"));
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(deleteAction_);
    auto* spacer = new QWidget(toolbar_);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    toolbar_->addWidget(spacer);
    toolbar_->addWidget(filterLabel_);
    toolbar_->addWidget(regionFilter_);
    regionFilter_->setObjectName(QStringLiteral("regionFilter"));
    regionFilter_->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    auto* delegate = new CardDelegate(this);
    for (const char category : kCategories) {
        const int i = slot(category);
        const QColor accent(QLatin1String(PlanningText::categoryColor(category)));
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setStyleSheet(QStringLiteral("QFrame#quadrantFrame { background: %1; }")
                                 .arg(tint(accent, 0.10).name()));
        frame->setObjectName(QStringLiteral("quadrantFrame"));
        headers_[i] = new QLabel(frame);
        headers_[i]->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: %1; padding: 4px 8px; "
                           "font-weight: bold; }")
                .arg(accent.name()));
        lists_[i] = new SwotQuadrantList(category, frame);
        lists_[i]->setItemDelegate(delegate);
        lists_[i]->setStyleSheet(QStringLiteral("QListWidget { background: transparent; }"));
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0);
        box->addWidget(headers_[i]);
        box->addWidget(lists_[i], 1);
        grid->addWidget(frame, i / 2, i % 2);
        connect(lists_[i], &SwotQuadrantList::itemDropped, this, &SwotBoard::moveItem);
        connect(lists_[i], &QListWidget::itemSelectionChanged, this,
                [this, list = lists_[i]] { onSelectionChanged(list); });
        // Queued: the edit rebuilds the lists, which must not happen inside the click.
        connect(lists_[i], &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
            const std::int64_t id = item->data(SwotQuadrantList::IdRole).toLongLong();
            QMetaObject::invokeMethod(
                this, [this, id] { editWithDialog(id); }, Qt::QueuedConnection);
        });
    }
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar_);
    layout->addLayout(grid, 1);

    connect(regionFilter_, &QComboBox::currentIndexChanged, this, [this] {
        if (!rebuilding_) {
            refresh();
        }
    });
    connect(&document_, &MapDocument::opened, this, [this] {
        reloadRegions();
        refresh();
    });
    connect(&document_, &MapDocument::reloaded, this, [this] {
        reloadRegions();  // keeps the filter and the selected card while they exist
        refresh();
    });
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &SwotBoard::refresh);
    retranslate();
    if (document_.isOpen()) {
        reloadRegions();
    }
    refresh();
}

SwotBoard::~SwotBoard() = default;

void SwotBoard::setLanguageCode(const QString& code) {
    languageCode_ = code;
    rebuildCards();
    if (suggestions_ != nullptr) {
        suggestions_->setLanguageCode(code);
    }
}

void SwotBoard::setRegionFilter(const std::optional<std::string>& region) {
    const QString wanted = !region           ? kAllRegions
                           : region->empty() ? kWholeArea
                                             : QString::fromStdString(*region);
    const int index = regionFilter_->findData(wanted);
    if (index >= 0) {
        regionFilter_->setCurrentIndex(index);
    }
}

std::optional<std::string> SwotBoard::regionFilter() const {
    const QString current = regionFilter_->currentData().toString();
    if (regionFilter_->currentIndex() < 0 || current == kAllRegions) {
        return std::nullopt;
    }
    return current == kWholeArea ? std::string() : current.toStdString();
}

SwotQuadrantList* SwotBoard::quadrant(char category) const {
    return lists_[slot(category)];
}

std::int64_t SwotBoard::selectedItemId() const {
    for (const auto* list : lists_) {
        const auto selected = list->selectedItems();
        if (!selected.isEmpty()) {
            return selected.front()->data(SwotQuadrantList::IdRole).toLongLong();
        }
    }
    return 0;
}

void SwotBoard::selectItem(std::int64_t id) {
    for (auto* list : lists_) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->idAt(row) == id) {
                list->setCurrentRow(row);
                list->scrollToItem(list->item(row));
                return;
            }
        }
    }
}

bool SwotBoard::push(std::unique_ptr<RegisterCommand> command) {
    if (const auto error = runAndPush(document_, std::move(command))) {
        QMessageBox::warning(this, tr("SWOT analysis"), *error);
        return false;
    }
    return true;
}

bool SwotBoard::addItem(const store::SwotItem& item) {
    auto command = std::make_unique<AddSwotItem>(document_, item);
    const AddSwotItem* add = command.get();
    if (!push(std::move(command))) {
        return false;
    }
    selectItem(add->stored().id);  // the stack owns the command now; it lives on
    return true;
}

bool SwotBoard::editItem(const store::SwotItem& edited) {
    if (!push(std::make_unique<EditSwotItem>(document_, edited))) {
        return false;
    }
    selectItem(edited.id);
    return true;
}

bool SwotBoard::moveItem(std::int64_t id, char category, std::int64_t beforeId) {
    if (!document_.isOpen() || !swotMoveChangesOrder(document_.project(), id, category, beforeId)) {
        return true;
    }
    if (!push(std::make_unique<MoveSwotItem>(document_, id, category, beforeId))) {
        return false;
    }
    selectItem(id);
    return true;
}

bool SwotBoard::deleteItem(std::int64_t id) {
    return id > 0 && push(std::make_unique<DeleteSwotItem>(document_, id));
}

void SwotBoard::addWithDialog() {
    if (!document_.isOpen()) {
        return;
    }
    store::SwotItem item;
    item.category = 'S';
    for (const auto* list : lists_) {
        if (!list->selectedItems().isEmpty()) {
            item.category = list->category();
        }
    }
    item.regionCode = regionFilter().value_or("");
    item.author = QSettings().value(QStringLiteral("planning/author")).toString().toStdString();
    runAddDialog(item, false);
}

namespace {

/// The dialog's item as a draft ("label": a text for the recovery list).
nlohmann::json itemDraft(const SwotItemDialog& dialog) {
    const store::SwotItem item = dialog.item();
    return {{"id", item.id},
            {"item", swotItemToJson(item)},
            {"label", item.textDe.empty() ? item.textCs : item.textDe}};
}

}  // namespace

void SwotBoard::runAddDialog(const store::SwotItem& item, bool restored) {
    SwotItemDialog dialog(document_, languageCode_, item, this);
    const DraftScope draft(
        document_.drafts(), QStringLiteral("swot_item"), QStringLiteral("swot_item"), &dialog,
        [&dialog] { return itemDraft(dialog); }, restored);
    if (dialog.exec() == QDialog::Accepted) {
        const store::SwotItem result = dialog.item();
        QSettings().setValue(QStringLiteral("planning/author"),
                             QString::fromStdString(result.author));
        addItem(result);
    }
}

void SwotBoard::editWithDialog(std::int64_t id) {
    if (!document_.isOpen() || id <= 0) {
        return;
    }
    const auto item = store::getSwotItem(document_.project(), id);
    if (!item) {
        return;
    }
    runEditDialog(*item, *item, false);
}

void SwotBoard::runEditDialog(const store::SwotItem& stored, const store::SwotItem& shown,
                              bool restored) {
    SwotItemDialog dialog(document_, languageCode_, shown, this);
    const DraftScope draft(
        document_.drafts(), QStringLiteral("swot_item"), QStringLiteral("swot_item"), &dialog,
        [&dialog] { return itemDraft(dialog); }, restored);
    if (dialog.exec() == QDialog::Accepted) {
        const store::SwotItem result = dialog.item();
        if (!sameContent(result, stored)) {
            editItem(result);
        }
    }
}

std::optional<QString> SwotBoard::restoreDraft(const nlohmann::json& draft) {
    if (!document_.isOpen()) {
        return tr("No project is open.");
    }
    store::SwotItem item;
    try {
        const auto it = draft.find("item");
        item = swotItemFromJson(it == draft.end() ? nlohmann::json() : *it);
        if (item.id != 0) {
            if (const auto stored = store::getSwotItem(document_.project(), item.id)) {
                selectItem(item.id);
                runEditDialog(*stored, item, true);
                return std::nullopt;
            }
        }
    } catch (const Error& e) {
        return translatedError(e);
    }
    // A new item, or one deleted since: offered as a new item (its evidence as new links).
    item.id = 0;
    for (auto& e : item.evidence) {
        e.id = 0;
        e.itemId = 0;
    }
    runAddDialog(item, true);
    return std::nullopt;
}

SwotSuggestionsDialog* SwotBoard::showSuggestions() {
    if (suggestions_ == nullptr) {
        suggestions_ = new SwotSuggestionsDialog(document_, languageCode_, this);
    }
    suggestions_->show();
    suggestions_->raise();
    suggestions_->activateWindow();
    return suggestions_;
}

void SwotBoard::reloadRegions() {
    regionNames_.clear();
    if (document_.isOpen()) {
        try {
            regionNames_ = regionNames(document_.project());
        } catch (const Error&) {
            // No region tables (a plain GeoPackage): codes are shown as they are.
        }
    }
    rebuildFilter();
}

void SwotBoard::rebuildFilter() {
    const QString current = regionFilter_->currentData().toString();
    rebuilding_ = true;
    regionFilter_->clear();
    regionFilter_->addItem(tr("All regions"), kAllRegions);
    //: Filter entry: items without a region. de: Gesamter Grenzraum, cs: Celé přeshraniční
    //: území
    regionFilter_->addItem(tr("Whole cross-border area"), kWholeArea);
    std::vector<DistrictChoice> districts;
    if (document_.isOpen()) {
        try {
            districts = districtChoices(document_.project(), regionNames_);
        } catch (const Error&) {
        }
    }
    // Kreise, then okresy; a separator before each country.
    std::string country;
    for (const auto& d : districts) {
        if (d.country != country) {
            regionFilter_->insertSeparator(regionFilter_->count());
            country = d.country;
        }
        regionFilter_->addItem(d.name, QString::fromStdString(d.code));
    }
    const int index = regionFilter_->findData(current);
    regionFilter_->setCurrentIndex(std::max(index, 0));
    rebuilding_ = false;
}

void SwotBoard::refresh() {
    items_.clear();
    if (document_.isOpen()) {
        try {
            store::SwotFilter filter;
            filter.region = regionFilter();
            items_ = store::listSwotItems(document_.project(), filter);
        } catch (const Error& e) {
            emit document_.failed(translatedError(e));
        }
    }
    rebuildCards();
}

void SwotBoard::rebuildCards() {
    const std::int64_t selected = selectedItemId();
    rebuilding_ = true;
    std::array<int, 4> counts{};
    for (auto* list : lists_) {
        list->clear();
    }
    // listSwotItems orders by region and position; on the board, whole-area items come first
    // in each quadrant, then the regions in order.
    for (const auto& item : items_) {
        auto* list = lists_[slot(item.category)];
        auto* card = new QListWidgetItem(
            PlanningText::bilingualPlain(item.textDe, item.textCs, languageCode_));
        card->setData(SwotQuadrantList::IdRole, QVariant::fromValue<qlonglong>(item.id));
        card->setData(CardDelegate::HtmlRole, cardHtml(item));
        card->setData(CardDelegate::AccentRole,
                      QColor(QLatin1String(PlanningText::categoryColor(item.category))));
        card->setToolTip(cardToolTip(item));
        card->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled);
        list->addItem(card);
        ++counts[slot(item.category)];
    }
    for (const char category : kCategories) {
        const int i = slot(category);
        headers_[i]->setText(
            QStringLiteral("%1 (%2)").arg(PlanningText::categoryName(category)).arg(counts[i]));
    }
    rebuilding_ = false;
    if (selected != 0) {
        selectItem(selected);
    }
    updateActions();
}

QString SwotBoard::cardHtml(const store::SwotItem& item) const {
    QString html = QStringLiteral("<div>%1</div>")
                       .arg(PlanningText::bilingualHtml(item.textDe, item.textCs, languageCode_));
    const int importance = std::clamp(item.importance, 1, 5);
    QString footer =
        QStringLiteral(
            "<span style=\"color:#d89a00\">%1</span>"
            "<span style=\"color:#c4c4c4\">%2</span>")
            .arg(QString(importance, QChar(0x25CF)), QString(5 - importance, QChar(0x25CF)));
    footer += QStringLiteral("&nbsp;&nbsp; ") +
              regionLabel(item.regionCode, regionNames_).toHtmlEscaped();
    if (!item.evidence.empty()) {
        footer += QStringLiteral("&nbsp;&nbsp; <img src=\"rrw:paperclip\" height=\"12\">&nbsp;%1")
                      .arg(item.evidence.size());
    }
    if (item.origin == "suggestion") {
        footer +=
            QStringLiteral("&nbsp;&nbsp; <span style=\"color:#2e7d32\">&#x2713;&nbsp;%1</span>")
                .arg(tr("accepted suggestion").toHtmlEscaped());
    }
    return html + QStringLiteral("<div style=\"color:#555; font-size:small; margin-top:3px\">") +
           footer + QStringLiteral("</div>");
}

QString SwotBoard::cardToolTip(const store::SwotItem& item) const {
    QStringList lines;
    lines << tr("%1 #%2 – %3")
                 .arg(PlanningText::categoryItemName(item.category))
                 .arg(item.id)
                 .arg(regionLabel(item.regionCode, regionNames_));
    lines << tr("Importance: %1 of 5").arg(item.importance);
    if (!item.author.empty()) {
        lines << tr("Author: %1").arg(QString::fromStdString(item.author));
    }
    lines << tr("Changed: %1").arg(QString::fromStdString(item.updatedAt));
    if (!item.evidence.empty()) {
        lines << tr("Evidence:");
        for (const auto& e : item.evidence) {
            QString line = QStringLiteral("  %1: %2")
                               .arg(QString::fromStdString(e.kind), QString::fromStdString(e.ref));
            if (!e.note.empty()) {
                line += QStringLiteral(" (%1)").arg(QString::fromStdString(e.note));
            }
            lines << line;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

void SwotBoard::onSelectionChanged(SwotQuadrantList* list) {
    if (rebuilding_) {
        return;
    }
    if (!list->selectedItems().isEmpty()) {
        rebuilding_ = true;  // one selection on the whole board
        for (auto* other : lists_) {
            if (other != list) {
                other->clearSelection();
            }
        }
        rebuilding_ = false;
    }
    updateActions();
}

void SwotBoard::updateActions() {
    const bool open = document_.isOpen();
    const bool any = selectedItemId() != 0;
    addAction_->setEnabled(open);
    editAction_->setEnabled(open && any);
    deleteAction_->setEnabled(open && any);
    suggestionsAction_->setEnabled(open);
}

void SwotBoard::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void SwotBoard::retranslate() {
    addAction_->setText(tr("Add…"));
    addAction_->setToolTip(tr("Add a SWOT item"));
    editAction_->setText(tr("Edit…"));
    editAction_->setToolTip(tr("Edit the selected item (or double-click it)"));
    deleteAction_->setText(tr("Delete"));
    deleteAction_->setToolTip(tr("Delete the selected item"));
    suggestionsAction_->setText(tr("Suggestions…"));
    suggestionsAction_->setToolTip(
        tr("Strengths and weaknesses proposed from the indicators, to accept or reject"));
    filterLabel_->setText(tr("Region:") + QLatin1Char(' '));
    if (regionFilter_->count() >= 2) {
        regionFilter_->setItemText(0, tr("All regions"));
        regionFilter_->setItemText(1, tr("Whole cross-border area"));
    }
    rebuildCards();
}

}  // namespace rrw::ui
