#include "swot_quadrant_list.h"

#include <QDragMoveEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QTimer>

namespace rrw::ui {

SwotQuadrantList::SwotQuadrantList(char category, QWidget* parent)
    : QListWidget(parent), category_(category) {
    setObjectName(QStringLiteral("quadrant") + QLatin1Char(category));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setResizeMode(QListView::Adjust);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setFrameShape(QFrame::NoFrame);
}

std::int64_t SwotQuadrantList::idAt(int row) const {
    const QListWidgetItem* it = item(row);
    return it != nullptr ? it->data(IdRole).toLongLong() : 0;
}

std::int64_t SwotQuadrantList::dropTarget(const QPoint& pos) const {
    const QModelIndex index = indexAt(pos);
    if (!index.isValid()) {
        return 0;
    }
    const QRect rect = visualRect(index);
    // Upper half of a card: before it; lower half: before the next one.
    const int row = pos.y() < rect.center().y() ? index.row() : index.row() + 1;
    return idAt(row);
}

QStringList SwotQuadrantList::mimeTypes() const {
    return {QString::fromLatin1(kMimeType)};
}

QMimeData* SwotQuadrantList::mimeData(const QList<QListWidgetItem*>& items) const {
    if (items.isEmpty()) {
        return nullptr;
    }
    auto* mime = new QMimeData;
    mime->setData(QString::fromLatin1(kMimeType),
                  QByteArray::number(items.front()->data(IdRole).toLongLong()));
    return mime;
}

Qt::DropActions SwotQuadrantList::supportedDropActions() const {
    return Qt::MoveAction | Qt::CopyAction;
}

void SwotQuadrantList::dragEnterEvent(QDragEnterEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType))) {
        QListWidget::dragEnterEvent(event);
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void SwotQuadrantList::dragMoveEvent(QDragMoveEvent* event) {
    if (event->mimeData()->hasFormat(QString::fromLatin1(kMimeType))) {
        QListWidget::dragMoveEvent(event);  // draws the drop indicator
        event->acceptProposedAction();
    } else {
        event->ignore();
    }
}

void SwotQuadrantList::dropEvent(QDropEvent* event) {
    bool ok = false;
    const std::int64_t id = event->mimeData()->data(QString::fromLatin1(kMimeType)).toLongLong(&ok);
    if (!ok || id <= 0) {
        event->ignore();
        return;
    }
    const std::int64_t before = dropTarget(event->position().toPoint());
    // Copy, not move: the source list must not remove the card itself (the board rebuilds all
    // lists from the store). The edit runs after the drag has ended.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    stopAutoScroll();
    setState(QAbstractItemView::NoState);
    viewport()->update();
    QTimer::singleShot(0, this, [this, id, before] { emit itemDropped(id, category_, before); });
}

bool SwotQuadrantList::viewportEvent(QEvent* event) {
    if (event->type() == QEvent::Resize) {
        scheduleDelayedItemsLayout();  // the cards wrap to the new width
    }
    return QListWidget::viewportEvent(event);
}

}  // namespace rrw::ui
