#include "geo/layer_reader.h"

#include <cmath>
#include <limits>

#include "core/error.h"
#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

void Envelope::merge(double x, double y) {
    if (!valid) {
        minX = maxX = x;
        minY = maxY = y;
        valid = true;
        return;
    }
    minX = std::min(minX, x);
    maxX = std::max(maxX, x);
    minY = std::min(minY, y);
    maxY = std::max(maxY, y);
}

void Envelope::merge(const Envelope& other) {
    if (other.valid) {
        merge(other.minX, other.minY);
        merge(other.maxX, other.maxY);
    }
}

const AttributeColumn* LayerData::column(const std::string& fieldName) const {
    for (const auto& c : columns) {
        if (c.name == fieldName) {
            return &c;
        }
    }
    return nullptr;
}

namespace {

class Flattener {
public:
    explicit Flattener(LayerData& data) : data_(data) {}

    void add(const OGRGeometry& g, Envelope& env) {
        const auto flat = wkbFlatten(g.getGeometryType());
        switch (flat) {
            case wkbPoint: {
                const auto* p = g.toPoint();
                addPoint(p->getX(), p->getY(), env);
                closeRun();
                kinds_ |= 1;
                break;
            }
            case wkbLineString:
            case wkbLinearRing:
                addCurve(*g.toLineString(), env);
                kinds_ |= 2;
                break;
            case wkbPolygon: {
                const auto* poly = g.toPolygon();
                for (const auto* ring : *poly) {
                    addCurve(*ring, env);
                }
                kinds_ |= 4;
                break;
            }
            case wkbMultiPoint:
            case wkbMultiLineString:
            case wkbMultiPolygon:
            case wkbGeometryCollection:
                for (const auto* part : *g.toGeometryCollection()) {
                    add(*part, env);
                }
                break;
            default:
                break;  // curves etc. are never written by the importer
        }
    }

    int kinds() const { return kinds_; }
    void resetKinds() { kinds_ = 0; }

private:
    LayerData& data_;
    int kinds_ = 0;

    void addPoint(double x, double y, Envelope& env) {
        data_.xy.push_back(x);
        data_.xy.push_back(y);
        env.merge(x, y);
    }
    void closeRun() { data_.runStart.push_back(static_cast<std::uint32_t>(data_.xy.size() / 2)); }
    void addCurve(const OGRSimpleCurve& curve, Envelope& env) {
        const int n = curve.getNumPoints();
        for (int i = 0; i < n; ++i) {
            addPoint(curve.getX(i), curve.getY(i), env);
        }
        closeRun();
    }
};

GeometryKind kindOf(int bits) {
    switch (bits) {
        case 0:
            return GeometryKind::None;
        case 1:
            return GeometryKind::Points;
        case 2:
            return GeometryKind::Lines;
        case 4:
            return GeometryKind::Polygons;
        default:
            return GeometryKind::Mixed;
    }
}

}  // namespace

std::vector<std::string> fieldNames(GeoPackage& gpkg, const std::string& layer) {
    OGRFeatureDefn* defn = gpkg.layer(layer).GetLayerDefn();
    std::vector<std::string> names;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        names.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    return names;
}

LayerData readLayer(GeoPackage& gpkg, const std::string& layer,
                    const std::vector<std::string>& fields) {
    GdalErrorCapture errors;
    OGRLayer* l = &gpkg.layer(layer);
    OGRFeatureDefn* defn = l->GetLayerDefn();
    LayerData data;
    data.name = layer;
    std::vector<int> indexes;
    for (const auto& f : fields) {
        const int i = defn->GetFieldIndex(f.c_str());
        if (i < 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "layer '{1}' has no field '{2}'"), {layer, f});
        }
        indexes.push_back(i);
        AttributeColumn column;
        column.name = f;
        const OGRFieldType t = defn->GetFieldDefn(i)->GetType();
        column.numeric = t == OFTInteger || t == OFTInteger64 || t == OFTReal;
        data.columns.push_back(std::move(column));
    }
    // Only the requested fields are fetched from SQLite.
    std::vector<const char*> ignored;
    std::vector<std::string> keep(fields.begin(), fields.end());
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        bool wanted = false;
        for (const auto& k : keep) {
            wanted = wanted || k == defn->GetFieldDefn(i)->GetNameRef();
        }
        if (!wanted) {
            ignored.push_back(defn->GetFieldDefn(i)->GetNameRef());
        }
    }
    ignored.push_back(nullptr);
    l->SetIgnoredFields(ignored.data());
    const GIntBig count = l->GetFeatureCount(FALSE);
    if (count > 0) {
        data.fids.reserve(static_cast<std::size_t>(count));
        data.envelopes.reserve(static_cast<std::size_t>(count));
    }
    data.runStart.push_back(0);
    data.featureRuns.push_back(0);
    Flattener flattener(data);
    int layerKinds = 0;
    l->ResetReading();
    while (FeaturePtr f{l->GetNextFeature()}) {
        Envelope env;
        flattener.resetKinds();
        if (const OGRGeometry* g = f->GetGeometryRef()) {
            flattener.add(*g, env);
        }
        layerKinds |= flattener.kinds();
        data.featureKind.push_back(static_cast<std::uint8_t>(kindOf(flattener.kinds())));
        data.featureRuns.push_back(static_cast<std::uint32_t>(data.runStart.size() - 1));
        data.fids.push_back(f->GetFID());
        data.envelopes.push_back(env);
        data.extent.merge(env);
        for (std::size_t c = 0; c < indexes.size(); ++c) {
            AttributeColumn& column = data.columns[c];
            const int i = indexes[c];
            const bool set = f->IsFieldSetAndNotNull(i);
            column.texts.emplace_back(set ? f->GetFieldAsString(i) : "");
            column.numbers.push_back(set && column.numeric
                                         ? f->GetFieldAsDouble(i)
                                         : std::numeric_limits<double>::quiet_NaN());
        }
    }
    l->SetIgnoredFields(nullptr);
    if (!errors.lastError().empty()) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "layer '{1}' cannot be read ({2})"),
                        {layer, errors.lastError()});
    }
    data.kind = kindOf(layerKinds);
    return data;
}

}  // namespace rrw::geo
