#pragma once

#include <QPointF>
#include <QSizeF>

#include "geo/layer_reader.h"

namespace rrw::render {

/// Which part of the world (storage CRS, metres) is drawn onto a device of `sizePx` pixels
/// at `dpi`. Symbol sizes are in millimetres and scale with the dpi, so a 300 dpi export
/// looks like the screen, only sharper.
class MapView {
public:
    MapView() = default;
    /// The view that shows `extent` whole, centred, with `margin` (fraction of the size).
    static MapView fit(const geo::Envelope& extent, QSizeF sizePx, double dpi,
                       double margin = 0.03);
    /// A view centred on (cx, cy) with `metresPerPixel`.
    MapView(double cx, double cy, double metresPerPixel, QSizeF sizePx, double dpi);

    QPointF toDevice(double x, double y) const {
        return {(x - originX_) / mpp_, (originY_ - y) / mpp_};
    }
    QPointF toWorld(QPointF device) const {
        return {originX_ + device.x() * mpp_, originY_ - device.y() * mpp_};
    }
    geo::Envelope visibleExtent() const;
    double metresPerPixel() const { return mpp_; }
    double dpi() const { return dpi_; }
    QSizeF sizePx() const { return size_; }
    double centerX() const { return originX_ + size_.width() * mpp_ / 2; }
    double centerY() const { return originY_ - size_.height() * mpp_ / 2; }
    /// Pixels for a length in millimetres on paper/screen.
    double mmToPx(double mm) const { return mm * dpi_ / 25.4; }
    /// The N of "1 : N".
    double scaleDenominator() const { return mpp_ * dpi_ / 0.0254; }

    MapView zoomed(double factor, QPointF aroundDevice) const;
    MapView panned(QPointF deltaDevice) const;
    MapView resized(QSizeF sizePx) const;

private:
    double originX_ = 0;  ///< world x of the device's left edge
    double originY_ = 0;  ///< world y of the device's top edge
    double mpp_ = 1;
    QSizeF size_{1, 1};
    double dpi_ = 96;
};

}  // namespace rrw::render
