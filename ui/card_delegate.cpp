#include "card_delegate.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>

namespace rrw::ui {

namespace {

constexpr int kMargin = 3;   // around the card
constexpr int kStripe = 5;   // coloured left edge
constexpr int kPadding = 6;  // inside the card

/// A small paperclip, drawn once (no emoji font is needed).
const QImage& paperclip() {
    static const QImage image = [] {
        const qreal dpr = 2.0;
        QImage img(QSize(10, 14) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::transparent);
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(QColor(0x55, 0x55, 0x55), 1.2, Qt::SolidLine, Qt::RoundCap));
        QPainterPath path;
        path.moveTo(6.5, 4.0);
        path.lineTo(6.5, 10.0);
        path.arcTo(QRectF(3.5, 8.5, 3.0, 3.0), 0, -180);
        path.lineTo(3.5, 3.0);
        path.arcTo(QRectF(3.5, 1.0, 5.0, 4.0), 180, -180);
        path.lineTo(8.5, 11.0);
        path.arcTo(QRectF(1.5, 8.0, 7.0, 5.5), 0, -180);
        path.lineTo(1.5, 4.5);
        p.drawPath(path);
        return img;
    }();
    return image;
}

}  // namespace

CardDelegate::CardDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

int CardDelegate::cardWidth(const QStyleOptionViewItem& option) {
    if (const auto* view = qobject_cast<const QAbstractItemView*>(option.widget)) {
        return view->viewport()->width();
    }
    return option.rect.width();
}

void CardDelegate::layout(QTextDocument& doc, const QStyleOptionViewItem& option,
                          const QModelIndex& index, int width) const {
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("rrw:paperclip")),
                    paperclip());
    doc.setHtml(index.data(HtmlRole).toString());
    doc.setTextWidth(std::max(40, width - 2 * kMargin - kStripe - 2 * kPadding));
}

QSize CardDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
    QTextDocument doc;
    const int width = cardWidth(option);
    layout(doc, option, index, width);
    return {std::max(60, width - 1),
            static_cast<int>(std::ceil(doc.size().height())) + 2 * (kMargin + kPadding)};
}

void CardDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                         const QModelIndex& index) const {
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const QRectF card = QRectF(option.rect).adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const bool selected = (option.state & QStyle::State_Selected) != 0;
    // The application's palette: a list behind the cards may be transparent (style sheet).
    const QPalette palette = QApplication::palette();
    QColor accent = index.data(AccentRole).value<QColor>();
    if (!accent.isValid()) {
        accent = palette.color(QPalette::Mid);
    }
    const QColor highlight = palette.color(QPalette::Highlight);
    QPainterPath box;
    box.addRoundedRect(card, 4, 4);
    painter->fillPath(box, selected ? highlight.lighter(185) : palette.color(QPalette::Base));
    painter->setPen(QPen(selected ? highlight : QColor(0xc8, 0xc8, 0xc8), selected ? 2.0 : 1.0));
    painter->drawPath(box);
    painter->setClipPath(box);
    painter->fillRect(QRectF(card.left(), card.top(), kStripe, card.height()), accent);
    painter->setClipping(false);

    QTextDocument doc;
    layout(doc, option, index, option.rect.width());
    painter->translate(card.left() + kStripe + kPadding, card.top() + kPadding);
    doc.drawContents(painter);
    painter->restore();
}

}  // namespace rrw::ui
