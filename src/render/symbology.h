#pragma once

#include <QColor>
#include <QString>

#include <vector>

#include "geo/layer_reader.h"
#include "render/map_language.h"
#include "render/style.h"

namespace rrw::render {

struct LegendItem {
    enum class Shape { Area, Line, Point };
    Shape shape = Shape::Area;
    QColor fill;
    QColor stroke;
    double sizeMm = 0;  ///< point diameter or line width
    QString label;
};

struct LegendGroup {
    QString title;
    QString note;  ///< source and year of the values, "synthetic" flags
    std::vector<LegendItem> items;
};

/// A layer style resolved against its data: the class limits (computed over all layers the
/// style covers, so German Kreise and Czech okresy share one classification), a colour per
/// class, and per feature its class and symbol size.
class Symbology {
public:
    Symbology(const LayerStyle& style, const std::vector<const geo::LayerData*>& layers);

    /// Fill colour of feature `f` of layer `layer` (index into the constructor's list);
    /// invalid QColor = no data.
    QColor fillOf(std::size_t layer, std::size_t f) const;
    QColor stroke() const { return stroke_; }
    /// Point diameter / line width in mm for feature `f`.
    double sizeMmOf(std::size_t layer, std::size_t f) const;
    const std::vector<double>& limits() const { return limits_; }
    const std::vector<QColor>& classColors() const { return colors_; }
    /// The legend entries, in `lang`; `kind` decides the symbol shape.
    LegendGroup legend(const MapLanguage& lang, const MapTexts& texts, const QString& layerTitle,
                       geo::GeometryKind kind) const;

    static QColor color(const std::string& hex, double opacity = 1.0);

private:
    const LayerStyle& style_;
    std::vector<const geo::LayerData*> layers_;
    std::vector<std::vector<double>> values_;  ///< per layer, per feature (graduated)
    std::vector<std::vector<int>> classes_;    ///< per layer, per feature: class or -1
    std::vector<std::vector<double>> sizes_;   ///< per layer, per feature (proportional)
    std::vector<double> limits_;
    std::vector<QColor> colors_;
    QColor fill_;
    QColor stroke_;

    std::vector<double> valuesOf(const geo::LayerData& data) const;
    void classifyGraduated();
    void classifyCategorized();
    void computeSizes();
};

/// "12.5" / "12,5" with the map language's decimal separator and sensible precision.
QString formatValue(double value, const MapLanguage& lang);

}  // namespace rrw::render
