#include "tows_table.h"

#include <QAction>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

#include "card_delegate.h"
#include "commands/tows_commands.h"
#include "core/error.h"
#include "map_document.h"
#include "planning_text.h"
#include "tows_dialog.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

// Cells in grid order: row O (SO, WO), row T (ST, WT).
constexpr std::array<const char*, 4> kCells = {"SO", "WO", "ST", "WT"};
constexpr std::array<char, 4> kAxes = {'S', 'W', 'O', 'T'};
constexpr int kMaxItemText = 90;

int cellIndex(const std::string& kind) {
    for (int i = 0; i < 4; ++i) {
        if (kind == kCells[static_cast<std::size_t>(i)]) {
            return i;
        }
    }
    return -1;
}

QString elided(const QString& text) {
    return text.size() <= kMaxItemText ? text : text.left(kMaxItemText - 1) + QChar(0x2026);
}

}  // namespace

TowsTable::TowsTable(MapDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), toolbar_(new QToolBar(this)) {
    addAction_ = toolbar_->addAction(QString(), this, &TowsTable::addWithDialog);
    editAction_ =
        toolbar_->addAction(QString(), this, [this] { editWithDialog(selectedStrategyId()); });
    deleteAction_ =
        toolbar_->addAction(QString(), this, [this] { deleteStrategy(selectedStrategyId()); });
    addAction_->setObjectName(QStringLiteral("addStrategy"));
    editAction_->setObjectName(QStringLiteral("editStrategy"));
    deleteAction_->setObjectName(QStringLiteral("deleteStrategy"));
    deleteAction_->setShortcut(QKeySequence::Delete);
    deleteAction_->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(deleteAction_);

    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    for (std::size_t i = 0; i < kAxes.size(); ++i) {
        const QColor accent(QLatin1String(PlanningText::categoryColor(kAxes[i])));
        axisLabels_[i] = new QLabel(this);
        axisLabels_[i]->setAlignment(Qt::AlignCenter);
        axisLabels_[i]->setWordWrap(true);
        axisLabels_[i]->setStyleSheet(
            QStringLiteral("QLabel { color: white; background: %1; padding: 6px; "
                           "font-weight: bold; }")
                .arg(accent.name()));
    }
    // Columns: strengths, weaknesses; rows: opportunities, threats.
    grid->addWidget(axisLabels_[0], 0, 1);
    grid->addWidget(axisLabels_[1], 0, 2);
    grid->addWidget(axisLabels_[2], 1, 0);
    grid->addWidget(axisLabels_[3], 2, 0);
    auto* delegate = new CardDelegate(this);
    for (std::size_t i = 0; i < kCells.size(); ++i) {
        auto* frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        cellTitles_[i] = new QLabel(frame);
        cellTitles_[i]->setWordWrap(true);
        cellTitles_[i]->setStyleSheet(
            QStringLiteral("QLabel { font-weight: bold; padding: 4px; }"));
        cells_[i] = new QListWidget(frame);
        cells_[i]->setObjectName(QStringLiteral("cell") + QLatin1String(kCells[i]));
        cells_[i]->setItemDelegate(delegate);
        cells_[i]->setResizeMode(QListView::Adjust);
        cells_[i]->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
        cells_[i]->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        cells_[i]->setFrameShape(QFrame::NoFrame);
        cells_[i]->setSelectionMode(QAbstractItemView::SingleSelection);
        auto* box = new QVBoxLayout(frame);
        box->setContentsMargins(0, 0, 0, 0);
        box->setSpacing(0);
        box->addWidget(cellTitles_[i]);
        box->addWidget(cells_[i], 1);
        grid->addWidget(frame, 1 + static_cast<int>(i) / 2, 1 + static_cast<int>(i) % 2);
        connect(cells_[i], &QListWidget::itemSelectionChanged, this, [this, list = cells_[i]] {
            if (rebuilding_) {
                return;
            }
            if (!list->selectedItems().isEmpty()) {
                rebuilding_ = true;
                for (auto* other : cells_) {
                    if (other != list) {
                        other->clearSelection();
                    }
                }
                rebuilding_ = false;
            }
            updateActions();
        });
        connect(cells_[i], &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* item) {
            const std::int64_t id = item->data(IdRole).toLongLong();
            QMetaObject::invokeMethod(
                this, [this, id] { editWithDialog(id); }, Qt::QueuedConnection);
        });
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    grid->setRowStretch(1, 1);
    grid->setRowStretch(2, 1);
    grid->setColumnMinimumWidth(0, 110);
    axisLabels_[2]->setMaximumWidth(130);
    axisLabels_[3]->setMaximumWidth(130);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(toolbar_);
    layout->addLayout(grid, 1);

    connect(&document_, &MapDocument::opened, this, &TowsTable::refresh);
    connect(document_.undoStack(), &QUndoStack::indexChanged, this, &TowsTable::refresh);
    retranslate();
    refresh();
}

TowsTable::~TowsTable() = default;

void TowsTable::setLanguageCode(const QString& code) {
    languageCode_ = code;
    rebuildCells();
}

QListWidget* TowsTable::cell(const std::string& kind) const {
    const int i = cellIndex(kind);
    return i >= 0 ? cells_[static_cast<std::size_t>(i)] : nullptr;
}

std::int64_t TowsTable::selectedStrategyId() const {
    for (const auto* list : cells_) {
        const auto selected = list->selectedItems();
        if (!selected.isEmpty()) {
            return selected.front()->data(IdRole).toLongLong();
        }
    }
    return 0;
}

void TowsTable::selectStrategy(std::int64_t id) {
    for (auto* list : cells_) {
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->data(IdRole).toLongLong() == id) {
                list->setCurrentRow(row);
                return;
            }
        }
    }
}

bool TowsTable::push(std::unique_ptr<RegisterCommand> command) {
    if (const auto error = runAndPush(document_, std::move(command))) {
        QMessageBox::warning(this, tr("TOWS strategies"), *error);
        return false;
    }
    return true;
}

bool TowsTable::addStrategy(const store::TowsStrategy& strategy) {
    auto command = std::make_unique<AddTowsStrategy>(document_, strategy);
    const AddTowsStrategy* add = command.get();
    if (!push(std::move(command))) {
        return false;
    }
    selectStrategy(add->stored().id);
    return true;
}

bool TowsTable::editStrategy(const store::TowsStrategy& strategy) {
    if (!push(std::make_unique<EditTowsStrategy>(document_, strategy))) {
        return false;
    }
    selectStrategy(strategy.id);
    return true;
}

bool TowsTable::deleteStrategy(std::int64_t id) {
    return id > 0 && push(std::make_unique<DeleteTowsStrategy>(document_, id));
}

void TowsTable::addWithDialog() {
    if (!document_.isOpen()) {
        return;
    }
    store::TowsStrategy strategy;
    strategy.kind = "SO";
    for (std::size_t i = 0; i < cells_.size(); ++i) {
        if (cells_[i]->hasFocus() || !cells_[i]->selectedItems().isEmpty()) {
            strategy.kind = kCells[i];
        }
    }
    TowsDialog dialog(document_, languageCode_, strategy, this);
    if (dialog.exec() == QDialog::Accepted) {
        addStrategy(dialog.strategy());
    }
}

void TowsTable::editWithDialog(std::int64_t id) {
    if (!document_.isOpen() || id <= 0) {
        return;
    }
    const auto strategy = store::getTowsStrategy(document_.project(), id);
    if (!strategy) {
        return;
    }
    TowsDialog dialog(document_, languageCode_, *strategy, this);
    if (dialog.exec() == QDialog::Accepted) {
        const store::TowsStrategy edited = dialog.strategy();
        if (edited.kind != strategy->kind || edited.titleDe != strategy->titleDe ||
            edited.titleCs != strategy->titleCs || edited.textDe != strategy->textDe ||
            edited.textCs != strategy->textCs || edited.itemIds != strategy->itemIds ||
            edited.measureIds != strategy->measureIds) {
            editStrategy(edited);
        }
    }
}

void TowsTable::refresh() {
    strategies_.clear();
    items_.clear();
    measures_.clear();
    if (document_.isOpen()) {
        try {
            const store::Project& project = document_.project();
            strategies_ = store::listTowsStrategies(project);
            for (auto& item : store::listSwotItems(project)) {
                items_.emplace(item.id, std::move(item));
            }
            for (auto& m : store::listMeasures(project)) {
                measures_.emplace(m.id, std::move(m));
            }
        } catch (const Error& e) {
            emit document_.failed(translatedError(e));
        }
    }
    rebuildCells();
}

void TowsTable::rebuildCells() {
    const std::int64_t selected = selectedStrategyId();
    rebuilding_ = true;
    for (auto* list : cells_) {
        list->clear();
    }
    for (const auto& s : strategies_) {
        const int i = cellIndex(s.kind);
        if (i < 0) {
            continue;
        }
        auto* card =
            new QListWidgetItem(PlanningText::bilingualPlain(s.titleDe, s.titleCs, languageCode_),
                                cells_[static_cast<std::size_t>(i)]);
        card->setData(IdRole, QVariant::fromValue<qlonglong>(s.id));
        card->setData(CardDelegate::HtmlRole, cardHtml(s));
        card->setData(CardDelegate::AccentRole, QColor(0x60, 0x60, 0x60));
        card->setToolTip(tr("TOWS strategy #%1").arg(s.id));
    }
    rebuilding_ = false;
    if (selected != 0) {
        selectStrategy(selected);
    }
    updateActions();
}

QString TowsTable::cardHtml(const store::TowsStrategy& s) const {
    QString html = QStringLiteral("<div><b>%1</b></div>")
                       .arg(PlanningText::bilingualHtml(s.titleDe, s.titleCs, languageCode_));
    if (!s.textDe.empty() || !s.textCs.empty()) {
        html += QStringLiteral("<div style=\"color:#333; margin-top:2px\">%1</div>")
                    .arg(PlanningText::bilingualHtml(s.textDe, s.textCs, languageCode_));
    }
    QStringList links;
    for (const std::int64_t id : s.itemIds) {
        const auto it = items_.find(id);
        if (it == items_.end()) {
            continue;
        }
        const auto& item = it->second;
        links << QStringLiteral("<b style=\"color:%1\">%2</b>&nbsp;%3")
                     .arg(QLatin1String(PlanningText::categoryColor(item.category)))
                     .arg(QLatin1Char(item.category))
                     .arg(elided(
                              PlanningText::bilingualPlain(item.textDe, item.textCs, languageCode_))
                              .toHtmlEscaped());
    }
    if (!links.isEmpty()) {
        html += QStringLiteral("<div style=\"font-size:small; margin-top:4px\">%1</div>")
                    .arg(links.join(QStringLiteral("<br>")));
    }
    QStringList measures;
    for (const std::string& id : s.measureIds) {
        const auto it = measures_.find(id);
        const QString title = it == measures_.end()
                                  ? QString::fromStdString(id)
                                  : PlanningText::pick(it->second.titleDe, it->second.titleCs,
                                                       it->second.titleEn, languageCode_);
        measures << title.toHtmlEscaped();
    }
    if (!measures.isEmpty()) {
        html += QStringLiteral(
                    "<div style=\"font-size:small; color:#444; margin-top:4px\">"
                    "<b>%1</b> %2</div>")
                    .arg(tr("Measures:").toHtmlEscaped(), measures.join(QStringLiteral(" · ")));
    }
    return html;
}

void TowsTable::updateActions() {
    const bool open = document_.isOpen();
    const bool any = selectedStrategyId() != 0;
    addAction_->setEnabled(open);
    editAction_->setEnabled(open && any);
    deleteAction_->setEnabled(open && any);
}

void TowsTable::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void TowsTable::retranslate() {
    addAction_->setText(tr("Add strategy…"));
    editAction_->setText(tr("Edit…"));
    deleteAction_->setText(tr("Delete"));
    for (std::size_t i = 0; i < kAxes.size(); ++i) {
        axisLabels_[i]->setText(QStringLiteral("%1 (%2)")
                                    .arg(PlanningText::categoryName(kAxes[i]))
                                    .arg(QLatin1Char(kAxes[i])));
    }
    for (std::size_t i = 0; i < kCells.size(); ++i) {
        cellTitles_[i]->setText(PlanningText::towsKindName(kCells[i]));
    }
    rebuildCells();
}

}  // namespace rrw::ui
