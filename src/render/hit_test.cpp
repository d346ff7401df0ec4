#include "render/hit_test.h"

#include <algorithm>
#include <set>
#include <utility>

#include "render/map_content.h"

namespace rrw::render {

namespace {

/// Squared distance from (px, py) to the segment a–b.
double segmentDistanceSq(double px, double py, double ax, double ay, double bx, double by) {
    const double dx = bx - ax;
    const double dy = by - ay;
    const double len2 = dx * dx + dy * dy;
    double t = len2 > 0 ? ((px - ax) * dx + (py - ay) * dy) / len2 : 0.0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = ax + t * dx - px;
    const double ey = ay + t * dy - py;
    return ex * ex + ey * ey;
}

/// Whether run `r` (a line, or a single point) passes within sqrt(tol2) of (x, y).
bool runNear(const geo::LayerData& d, std::uint32_t r, double x, double y, double tol2) {
    const std::uint32_t p0 = d.runStart[r];
    const std::uint32_t p1 = d.runStart[r + 1];
    if (p1 == p0) {
        return false;
    }
    if (p1 - p0 == 1) {
        const double ex = d.xy[2 * p0] - x;
        const double ey = d.xy[2 * p0 + 1] - y;
        return ex * ex + ey * ey <= tol2;
    }
    for (std::uint32_t p = p0; p + 1 < p1; ++p) {
        if (segmentDistanceSq(x, y, d.xy[2 * p], d.xy[2 * p + 1], d.xy[2 * p + 2],
                              d.xy[2 * p + 3]) <= tol2) {
            return true;
        }
    }
    return false;
}

bool isClosedRing(const geo::LayerData& d, std::uint32_t r) {
    const std::uint32_t p0 = d.runStart[r];
    const std::uint32_t last = d.runStart[r + 1] - 1;
    return d.runStart[r + 1] - p0 >= 4 && d.xy[2 * p0] == d.xy[2 * last] &&
           d.xy[2 * p0 + 1] == d.xy[2 * last + 1];
}

/// Flips `inside` once for every edge of run `r` that a ray from (x, y) towards +x crosses.
void crossRing(const geo::LayerData& d, std::uint32_t r, double x, double y, bool& inside) {
    const std::uint32_t p0 = d.runStart[r];
    const std::uint32_t p1 = d.runStart[r + 1];
    if (p1 - p0 < 3) {
        return;
    }
    // The edge from the last point back to the first closes rings stored open; for closed
    // rings it has zero length and never counts.
    for (std::uint32_t i = p0, j = p1 - 1; i < p1; j = i++) {
        const double xi = d.xy[2 * i];
        const double yi = d.xy[2 * i + 1];
        const double xj = d.xy[2 * j];
        const double yj = d.xy[2 * j + 1];
        if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
            inside = !inside;
        }
    }
}

}  // namespace

bool hitsFeature(const geo::LayerData& d, std::size_t f, double x, double y,
                 double toleranceMetres) {
    const geo::Envelope& e = d.envelopes[f];
    const double tol = std::max(toleranceMetres, 0.0);
    if (!e.valid || x < e.minX - tol || x > e.maxX + tol || y < e.minY - tol || y > e.maxY + tol) {
        return false;
    }
    const std::uint32_t r0 = d.featureRuns[f];
    const std::uint32_t r1 = d.featureRuns[f + 1];
    const double tol2 = tol * tol;
    switch (static_cast<geo::GeometryKind>(d.featureKind[f])) {
        case geo::GeometryKind::Polygons: {
            bool inside = false;
            for (std::uint32_t r = r0; r < r1; ++r) {
                crossRing(d, r, x, y, inside);
            }
            return inside;
        }
        case geo::GeometryKind::Lines:
        case geo::GeometryKind::Points:
            for (std::uint32_t r = r0; r < r1; ++r) {
                if (runNear(d, r, x, y, tol2)) {
                    return true;
                }
            }
            return false;
        case geo::GeometryKind::Mixed: {
            // The runs do not say which part they came from: closed rings are taken as
            // polygon rings, everything (rings included) also as lines.
            bool inside = false;
            for (std::uint32_t r = r0; r < r1; ++r) {
                if (runNear(d, r, x, y, tol2)) {
                    return true;
                }
                if (isClosedRing(d, r)) {
                    crossRing(d, r, x, y, inside);
                }
            }
            return inside;
        }
        case geo::GeometryKind::None:
            break;
    }
    return false;
}

std::vector<Hit> hitTest(const MapContent& content, double x, double y, double toleranceMetres) {
    std::vector<Hit> hits;
    std::set<std::pair<std::string, std::int64_t>> seen;
    const auto& layers = content.style().layers;
    for (std::size_t i = layers.size(); i-- > 0;) {
        if (!layers[i].visible) {
            continue;
        }
        const auto data = content.dataOf(i);
        for (std::size_t l = data.size(); l-- > 0;) {
            const geo::LayerData& d = *data[l];
            if (!d.extent.valid || x < d.extent.minX - toleranceMetres ||
                x > d.extent.maxX + toleranceMetres || y < d.extent.minY - toleranceMetres ||
                y > d.extent.maxY + toleranceMetres) {
                continue;
            }
            for (std::size_t f = d.featureCount(); f-- > 0;) {
                if (hitsFeature(d, f, x, y, toleranceMetres) &&
                    seen.emplace(d.name, d.fids[f]).second) {
                    hits.push_back({i, d.name, f, d.fids[f]});
                }
            }
        }
    }
    return hits;
}

}  // namespace rrw::render
