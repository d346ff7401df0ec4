#include "render/map_view.h"

#include <algorithm>

namespace rrw::render {

MapView::MapView(double cx, double cy, double metresPerPixel, QSizeF sizePx, double dpi)
    : originX_(cx - sizePx.width() * metresPerPixel / 2),
      originY_(cy + sizePx.height() * metresPerPixel / 2),
      mpp_(metresPerPixel),
      size_(sizePx),
      dpi_(dpi) {}

MapView MapView::fit(const geo::Envelope& extent, QSizeF sizePx, double dpi, double margin) {
    if (!extent.valid || sizePx.isEmpty()) {
        return MapView(0, 0, 1, sizePx, dpi);
    }
    const double w = std::max(extent.maxX - extent.minX, 1.0);
    const double h = std::max(extent.maxY - extent.minY, 1.0);
    const double usableW = sizePx.width() * (1 - 2 * margin);
    const double usableH = sizePx.height() * (1 - 2 * margin);
    const double mpp = std::max(w / usableW, h / usableH);
    return MapView((extent.minX + extent.maxX) / 2, (extent.minY + extent.maxY) / 2, mpp, sizePx,
                   dpi);
}

geo::Envelope MapView::visibleExtent() const {
    geo::Envelope e;
    e.merge(originX_, originY_ - size_.height() * mpp_);
    e.merge(originX_ + size_.width() * mpp_, originY_);
    return e;
}

MapView MapView::zoomed(double factor, QPointF aroundDevice) const {
    const QPointF anchor = toWorld(aroundDevice);
    MapView v = *this;
    v.mpp_ = mpp_ / factor;
    v.originX_ = anchor.x() - aroundDevice.x() * v.mpp_;
    v.originY_ = anchor.y() + aroundDevice.y() * v.mpp_;
    return v;
}

MapView MapView::panned(QPointF deltaDevice) const {
    MapView v = *this;
    v.originX_ -= deltaDevice.x() * mpp_;
    v.originY_ += deltaDevice.y() * mpp_;
    return v;
}

MapView MapView::resized(QSizeF sizePx) const {
    return MapView(centerX(), centerY(), mpp_, sizePx, dpi_);
}

}  // namespace rrw::render
