#include "result_map.h"

#include <QPainter>
#include <QResizeEvent>

#include "render/map_renderer.h"

namespace rrw::ui {

ResultMap::ResultMap(std::shared_ptr<const render::MapTexts> texts, QWidget* parent)
    : QWidget(parent), texts_(std::move(texts)) {
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void ResultMap::setContent(std::shared_ptr<const render::MapContent> content, bool furniture) {
    content_ = std::move(content);
    furniture_ = furniture;
    message_.clear();
    invalidate();
}

void ResultMap::setOverlay(Overlay overlay) {
    overlay_ = std::move(overlay);
    invalidate();
}

void ResultMap::setLanguage(const render::MapLanguage& language) {
    language_ = language;
    invalidate();
}

void ResultMap::clear(const QString& message) {
    content_.reset();
    overlay_ = nullptr;
    message_ = message;
    invalidate();
}

QImage ResultMap::image() {
    if (image_.isNull() || image_.size() != size()) {
        draw();
    }
    return image_;
}

void ResultMap::invalidate() {
    image_ = QImage();
    update();
}

void ResultMap::draw() {
    const QSize px = size().expandedTo(QSize(1, 1));
    image_ = QImage(px, QImage::Format_ARGB32_Premultiplied);
    image_.fill(Qt::white);
    QPainter painter(&image_);
    painter.setRenderHint(QPainter::Antialiasing);
    if (!content_) {
        painter.setPen(palette().color(QPalette::PlaceholderText));
        painter.drawText(QRect(QPoint(0, 0), px).adjusted(12, 12, -12, -12),
                         Qt::AlignCenter | Qt::TextWordWrap, message_);
        return;
    }
    const render::MapView view =
        render::MapView::fit(content_->extent(), QSizeF(px), logicalDpiX(), 0.04);
    render::MapRenderer(*content_, *texts_)
        .render(painter, view, {language_, furniture_, furniture_});
    if (overlay_) {
        overlay_(painter, view);
    }
}

void ResultMap::paintEvent(QPaintEvent*) {
    if (image_.isNull() || image_.size() != size()) {
        draw();
    }
    QPainter painter(this);
    painter.drawImage(0, 0, image_);
}

void ResultMap::resizeEvent(QResizeEvent* event) {
    invalidate();
    QWidget::resizeEvent(event);
}

}  // namespace rrw::ui
