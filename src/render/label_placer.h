#pragma once

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>

#include <vector>

namespace rrw::render {

struct LabelCandidate {
    QString text;
    QPointF anchor;       ///< device position of the feature (point or polygon centre)
    double priority = 0;  ///< larger first
    double offsetPx = 0;  ///< distance from a point symbol; 0 = centred on the anchor
    QColor color;
    QColor halo;
    double sizePt = 8;
};

/// Places labels without overlaps: by priority, each label tries the positions around its
/// anchor (right, left, above, below, or centred for areas) and takes the first that collides
/// with nothing placed so far and lies inside the map. Draws them with a halo.
class LabelPlacer {
public:
    explicit LabelPlacer(QRectF bounds) : bounds_(bounds) {}
    /// Reserves an area labels must avoid (legend, title…).
    void block(const QRectF& rect) { placed_.push_back(rect); }
    void add(LabelCandidate candidate) { candidates_.push_back(std::move(candidate)); }
    /// Places and draws; returns how many labels were drawn.
    int draw(QPainter& painter, const QFont& baseFont, double dpi);

private:
    QRectF bounds_;
    std::vector<QRectF> placed_;
    std::vector<LabelCandidate> candidates_;

    bool isFree(const QRectF& rect) const;
};

}  // namespace rrw::render
