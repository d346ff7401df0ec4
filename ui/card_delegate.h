#pragma once

#include <QStyledItemDelegate>

class QTextDocument;

namespace rrw::ui {

/// Draws list items as cards: the rich text of HtmlRole in a rounded box with a coloured
/// stripe on the left (AccentRole, a QColor), wrapped to the width of the list. Used by the
/// SWOT board and the TOWS table. Inline images: "rrw:paperclip" (evidence count).
class CardDelegate : public QStyledItemDelegate {
    Q_OBJECT

public:
    static constexpr int HtmlRole = Qt::UserRole + 20;
    static constexpr int AccentRole = Qt::UserRole + 21;

    explicit CardDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    void layout(QTextDocument& doc, const QStyleOptionViewItem& option, const QModelIndex& index,
                int width) const;
    static int cardWidth(const QStyleOptionViewItem& option);
};

}  // namespace rrw::ui
