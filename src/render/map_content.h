#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "geo/layer_reader.h"
#include "render/style.h"
#include "render/symbology.h"
#include "store/layer_catalog.h"
#include "store/project.h"

namespace rrw::render {

/// Values joined to a layer for drawing only (nothing is written to the project): features whose
/// `keyField` text equals a key of `values` get that value in a numeric column `field`, all
/// others NaN, so an ordinary graduated style on `field` classifies e.g. index scores by region
/// code. `field` must not be a field of the layer.
struct ValueJoin {
    std::string layer;
    std::string keyField;
    std::string field;
    std::map<std::string, double> values;

    bool operator==(const ValueJoin& other) const = default;
};

/// Everything a map needs from the project, read once: the layers' geometry and the fields the
/// styles use, titles and attributions, and each style resolved into a Symbology. Drawing it
/// (any number of times, any view) needs no further I/O.
class MapContent {
public:
    /// Reads the layers `style` names. Throws rrw::Error for an unknown layer or field.
    /// Layers already read by `previous` with the fields needed are reused, not read again
    /// (a style change in the workbench costs no I/O). `joins` add columns to the layers of the
    /// style they name (joins of other layers are ignored); a missing key field or a `field`
    /// the layer already has throws rrw::Error. Only this content has the joined columns.
    MapContent(store::Project& project, MapStyle style, const MapContent* previous = nullptr,
               std::vector<ValueJoin> joins = {});

    const MapStyle& style() const { return style_; }
    const std::vector<ValueJoin>& joins() const { return joins_; }
    const geo::LayerData* data(const std::string& layer) const;
    const store::LayerInfo* info(const std::string& layer) const;
    /// The resolved symbology of style layer `i`, and the data it covers (same order).
    const Symbology& symbology(std::size_t i) const { return *symbologies_[i]; }
    std::vector<const geo::LayerData*> dataOf(std::size_t i) const;
    /// Extent of all visible layers.
    geo::Envelope extent() const;
    /// Attribution texts of the visible layers, without duplicates, in drawing order.
    std::vector<std::string> attributions() const;

private:
    MapStyle style_;
    std::vector<ValueJoin> joins_;
    /// As read from the project (shared with later contents), and as drawn (with joins).
    std::map<std::string, std::shared_ptr<const geo::LayerData>> read_;
    std::map<std::string, std::shared_ptr<const geo::LayerData>> data_;
    std::map<std::string, store::LayerInfo> info_;
    std::vector<std::unique_ptr<Symbology>> symbologies_;
};

/// The default map of the bundled region project (docs/STYLES.md), or a plain style of every
/// layer for any other project.
MapStyle defaultMapStyle(const store::Project& project);

/// A plain style for `layer` (single symbol by geometry type).
LayerStyle plainStyle(const std::string& layer, const store::LayerInfo& info);

}  // namespace rrw::render
