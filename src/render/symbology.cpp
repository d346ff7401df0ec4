#include "render/symbology.h"

#include <QLocale>

#include <cmath>
#include <limits>

#include "core/error.h"

namespace rrw::render {

namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

QColor Symbology::color(const std::string& hex, double opacity) {
    if (hex == "none") {
        return QColor(Qt::transparent);
    }
    Rgb rgb;
    if (!parseHexColor(hex, rgb)) {
        return QColor(128, 128, 128);
    }
    QColor c(rgb.r, rgb.g, rgb.b);
    c.setAlphaF(static_cast<float>(opacity));
    return c;
}

QString formatValue(double value, const MapLanguage& lang) {
    const QLocale locale(lang.primary == Lang::Cs   ? QLocale::Czech
                         : lang.primary == Lang::De ? QLocale::German
                                                    : QLocale::English);
    const double magnitude = std::fabs(value);
    const int decimals = magnitude >= 100 ? 0 : magnitude >= 10 ? 1 : 2;
    return locale.toString(value, 'f', decimals);
}

Symbology::Symbology(const LayerStyle& style, const std::vector<const geo::LayerData*>& layers)
    : style_(style), layers_(layers) {
    fill_ = color(style.fill, style.opacity);
    stroke_ = color(style.stroke, style.opacity);
    for (const auto* data : layers_) {
        values_.push_back(valuesOf(*data));
    }
    if (style.type == SymbolType::Graduated) {
        classifyGraduated();
    } else if (style.type == SymbolType::Categorized) {
        classifyCategorized();
    }
    computeSizes();
}

std::vector<double> Symbology::valuesOf(const geo::LayerData& data) const {
    std::vector<double> values(data.featureCount(), kNaN);
    if (style_.field.empty() || style_.type == SymbolType::Categorized) {
        return values;
    }
    const geo::AttributeColumn* field = data.column(style_.field);
    const geo::AttributeColumn* divisor =
        style_.divideBy.empty() ? nullptr : data.column(style_.divideBy);
    if (field == nullptr || !field->numeric) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "layer '{1}': the style needs a numeric field '{2}'"),
            {data.name, style_.field});
    }
    for (std::size_t f = 0; f < values.size(); ++f) {
        double v = field->numbers[f];
        if (divisor != nullptr) {
            const double d = divisor->numbers[f];
            v = (std::isfinite(d) && d != 0) ? v / d : kNaN;
        }
        values[f] = v;
    }
    return values;
}

void Symbology::classifyGraduated() {
    std::vector<double> all;
    for (const auto& v : values_) {
        all.insert(all.end(), v.begin(), v.end());
    }
    try {
        limits_ = classBreaks(all, style_.method, style_.classes, style_.breaks);
    } catch (const std::invalid_argument& e) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "layer '{1}': the manual class limits do not fit ({2})"),
            {style_.layers.front(), e.what()});
    }
    const int classes = limits_.empty() ? 0 : static_cast<int>(limits_.size()) - 1;
    if (!style_.colors.empty()) {
        for (int i = 0; i < classes; ++i) {
            colors_.push_back(color(
                style_.colors[static_cast<std::size_t>(i) % style_.colors.size()], style_.opacity));
        }
    } else if (classes > 0) {
        const ColorRamp* ramp = findRamp(style_.ramp);
        std::vector<Rgb> rgb = render::classColors(*ramp, classes);
        if (style_.reverseRamp) {
            rgb = reversed(rgb);
        }
        for (const auto& c : rgb) {
            QColor q(c.r, c.g, c.b);
            q.setAlphaF(static_cast<float>(style_.opacity));
            colors_.push_back(q);
        }
    }
    for (const auto& v : values_) {
        std::vector<int> cls(v.size(), -1);
        for (std::size_t f = 0; f < v.size(); ++f) {
            cls[f] = classOf(v[f], limits_);
        }
        classes_.push_back(std::move(cls));
    }
}

void Symbology::classifyCategorized() {
    for (const auto& c : style_.categories) {
        colors_.push_back(color(c.color, style_.opacity));
    }
    for (const auto* data : layers_) {
        const geo::AttributeColumn* field = data->column(style_.field);
        std::vector<int> cls(data->featureCount(), -1);
        if (field != nullptr) {
            for (std::size_t f = 0; f < cls.size(); ++f) {
                for (std::size_t c = 0; c < style_.categories.size(); ++c) {
                    if (style_.categories[c].value == field->texts[f]) {
                        cls[f] = static_cast<int>(c);
                        break;
                    }
                }
            }
        }
        classes_.push_back(std::move(cls));
    }
}

void Symbology::computeSizes() {
    const std::string& field = !style_.sizeField.empty() ? style_.sizeField : style_.widthField;
    if (field.empty()) {
        return;
    }
    double maxValue = 0;
    for (const auto* data : layers_) {
        if (const auto* c = data->column(field)) {
            for (double v : c->numbers) {
                if (std::isfinite(v)) {
                    maxValue = std::max(maxValue, std::fabs(v));
                }
            }
        }
    }
    for (const auto* data : layers_) {
        std::vector<double> sizes(data->featureCount(), 0.0);
        const auto* c = data->column(field);
        for (std::size_t f = 0; c != nullptr && f < sizes.size() && maxValue > 0; ++f) {
            const double v = std::isfinite(c->numbers[f]) ? std::fabs(c->numbers[f]) : 0.0;
            // Points: the symbol's area follows the value (Flannery-free, true proportional);
            // lines: the width follows the value.
            sizes[f] = !style_.sizeField.empty() ? style_.maxPointSizeMm * std::sqrt(v / maxValue)
                                                 : style_.maxWidthMm * v / maxValue;
        }
        sizes_.push_back(std::move(sizes));
    }
}

QColor Symbology::fillOf(std::size_t layer, std::size_t f) const {
    if (style_.type == SymbolType::Single) {
        return fill_;
    }
    const int c = classes_[layer][f];
    return c >= 0 && static_cast<std::size_t>(c) < colors_.size()
               ? colors_[static_cast<std::size_t>(c)]
               : QColor();
}

double Symbology::sizeMmOf(std::size_t layer, std::size_t f) const {
    if (!sizes_.empty()) {
        return std::max(sizes_[layer][f], 0.3);
    }
    return style_.sizeField.empty() && !style_.widthField.empty() ? style_.strokeWidthMm
                                                                  : style_.pointSizeMm;
}

LegendGroup Symbology::legend(const MapLanguage& lang, const MapTexts& texts,
                              const QString& layerTitle, geo::GeometryKind kind) const {
    LegendGroup group;
    group.title = layerTitle;
    const QString unit = MapTexts::pick(lang, style_.unitDe, style_.unitCs, style_.unitEn);
    if (!unit.isEmpty()) {
        group.title += QStringLiteral(" (") + unit + QStringLiteral(")");
    }
    group.note = QString::fromStdString(style_.sourceNote);
    const LegendItem::Shape shape = kind == geo::GeometryKind::Points  ? LegendItem::Shape::Point
                                    : kind == geo::GeometryKind::Lines ? LegendItem::Shape::Line
                                                                       : LegendItem::Shape::Area;
    const double size =
        shape == LegendItem::Shape::Line ? style_.strokeWidthMm : style_.pointSizeMm;
    if (style_.type == SymbolType::Single) {
        group.items.push_back({shape, fill_, stroke_, size, QString()});
        return group;
    }
    if (style_.type == SymbolType::Categorized) {
        for (std::size_t c = 0; c < colors_.size(); ++c) {
            const auto& cat = style_.categories[c];
            QString label = MapTexts::pick(lang, cat.labelDe, cat.labelCs, cat.labelEn);
            if (label.isEmpty()) {
                label = QString::fromStdString(cat.value);
            }
            group.items.push_back({shape, colors_[c], stroke_, size, label});
        }
        return group;
    }
    for (std::size_t c = 0; c + 1 < limits_.size() && c < colors_.size(); ++c) {
        const QString label = formatValue(limits_[c], lang) + QStringLiteral(" – ") +
                              formatValue(limits_[c + 1], lang);
        group.items.push_back({shape, colors_[c], stroke_, size, label});
    }
    bool anyMissing = false;
    for (const auto& cls : classes_) {
        for (int c : cls) {
            anyMissing = anyMissing || c < 0;
        }
    }
    if (anyMissing) {
        group.items.push_back({shape, QColor(), stroke_, size,
                               texts.text(lang, QT_TRANSLATE_NOOP("rrw", "no data"))});
    }
    return group;
}

}  // namespace rrw::render
