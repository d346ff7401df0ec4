#pragma once

#include <QListWidget>

#include <cstdint>

namespace rrw::ui {

/// One quadrant of the SWOT board: the cards of one category. Cards can be dragged to another
/// quadrant or to another place in this one; the list itself never changes on a drop — it
/// reports the move (itemDropped) and the board rebuilds from the store after the undoable
/// edit.
class SwotQuadrantList : public QListWidget {
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr const char* kMimeType = "application/x-rrw-swot-item";

    SwotQuadrantList(char category, QWidget* parent = nullptr);
    char category() const { return category_; }
    /// The item id of a row, 0 when there is none.
    std::int64_t idAt(int row) const;
    /// The id of the card a drop at `pos` (viewport coordinates) is placed before; 0 = at the
    /// end.
    std::int64_t dropTarget(const QPoint& pos) const;

signals:
    /// A card `id` was dropped here, before the card `beforeId` (0 = at the end).
    void itemDropped(std::int64_t id, char category, std::int64_t beforeId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool viewportEvent(QEvent* event) override;

private:
    char category_;
};

}  // namespace rrw::ui
