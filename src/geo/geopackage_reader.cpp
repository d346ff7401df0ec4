#include "geo/geopackage_reader.h"

#include <charconv>
#include <cmath>
#include <filesystem>
#include <limits>

#include "core/error.h"
#include "geo/crs.h"
#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

namespace {

/// A field value as text; reals in the shortest form that reads back exactly.
std::string fieldText(OGRFeature& f, int i) {
    if (!f.IsFieldSetAndNotNull(i)) {
        return "";
    }
    if (f.GetFieldDefnRef(i)->GetType() == OFTReal) {
        char buffer[64];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, f.GetFieldAsDouble(i));
        if (ec == std::errc()) {
            return std::string(buffer, end);
        }
    }
    return f.GetFieldAsString(i);
}

/// Transforms the points of one layer to WGS84, created at the first point.
class PointTransform {
public:
    PointTransform(const std::string& path, OGRLayer& layer) : path_(path), layer_(layer) {}

    /// {lon, lat} of the point of `f`, or {NaN, NaN} when it has none.
    std::pair<double, double> position(OGRFeature& f) {
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const OGRGeometry* g = f.GetGeometryRef();
        if (g == nullptr || g->IsEmpty()) {
            return {nan, nan};
        }
        const std::string fid = std::to_string(f.GetFID());
        if (wkbFlatten(g->getGeometryType()) != wkbPoint) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}, layer {2}, feature {3}: the geometry is a {4}, "
                                  "not a point"),
                {path_, layer_.GetName(), fid, OGRGeometryTypeToName(g->getGeometryType())});
        }
        if (!transform_) {
            create();
        }
        const auto* p = g->toPoint();
        double x = p->getX();
        double y = p->getY();
        GdalErrorCapture quiet;
        if (!std::isfinite(x) || !std::isfinite(y) || !transform_->Transform(1, &x, &y) ||
            !std::isfinite(x) || !std::isfinite(y) || std::abs(x) > 180.0 || std::abs(y) > 90.0) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}, layer {2}, feature {3}: the point ({4}, {5}) in {6} "
                                  "cannot be transformed to WGS84 longitude/latitude"),
                {path_, layer_.GetName(), fid, std::to_string(p->getX()), std::to_string(p->getY()),
                 crsLabel(*source_)});
        }
        return {x, y};
    }

private:
    void create() {
        const OGRSpatialReference* layerCrs = layer_.GetSpatialRef();
        if (layerCrs == nullptr) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}, layer {2}: the layer has points but no "
                                              "coordinate reference system"),
                            {path_, layer_.GetName()});
        }
        source_.reset(layerCrs->Clone());
        source_->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        target_ = crsFromEpsg(4326);
        GdalErrorCapture errors;
        transform_.reset(OGRCreateCoordinateTransformation(source_.get(), target_.get()));
        if (!transform_) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}, layer {2}: no transformation from {3} to "
                                              "WGS84 ({4})"),
                            {path_, layer_.GetName(), crsLabel(*source_), errors.lastError()});
        }
    }

    const std::string& path_;
    OGRLayer& layer_;
    SpatialRefPtr source_, target_;
    CoordTransformPtr transform_;
};

}  // namespace

struct GeoPackageReader::Impl {
    std::string path;
    DatasetPtr ds;
};

GeoPackageReader::GeoPackageReader(const std::string& path) : impl_(std::make_unique<Impl>()) {
    impl_->path = path;
    std::error_code ec;
    // Only a file on disk: no remote or virtual paths, no driver connection strings.
    if (!std::filesystem::is_regular_file(path, ec)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
    }
    ensureGdal();
    GdalErrorCapture errors;
    const char* drivers[] = {"GPKG", nullptr};
    impl_->ds.reset(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                      nullptr, nullptr));
    if (!impl_->ds) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not a GeoPackage ({2})"),
                        {path, errors.lastError()});
    }
}

GeoPackageReader::~GeoPackageReader() = default;
GeoPackageReader::GeoPackageReader(GeoPackageReader&&) noexcept = default;
GeoPackageReader& GeoPackageReader::operator=(GeoPackageReader&&) noexcept = default;

const std::string& GeoPackageReader::path() const {
    return impl_->path;
}

std::vector<std::string> GeoPackageReader::layerNames() const {
    std::vector<std::string> names;
    for (int i = 0; i < impl_->ds->GetLayerCount(); ++i) {
        names.emplace_back(impl_->ds->GetLayer(i)->GetName());
    }
    return names;
}

bool GeoPackageReader::hasLayer(const std::string& name) const {
    for (const std::string& n : layerNames()) {
        if (n == name) {
            return true;
        }
    }
    return false;
}

FeatureTable GeoPackageReader::read(const std::string& name, bool points) const {
    const std::string& path = impl_->path;
    if (!hasLayer(name)) {
        std::string names;
        for (const std::string& n : layerNames()) {
            names += (names.empty() ? "" : ", ") + n;
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the layer '{2}' is missing (layers in the file: {3})"),
            {path, name, names.empty() ? "-" : names});
    }
    OGRLayer& layer = *impl_->ds->GetLayerByName(name.c_str());
    GdalErrorCapture errors;
    layer.ResetReading();
    OGRFeatureDefn* defn = layer.GetLayerDefn();
    FeatureTable table;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        table.attributes.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    table.hasGeometry = points && defn->GetGeomFieldCount() > 0;
    PointTransform transform(path, layer);
    while (FeaturePtr f{layer.GetNextFeature()}) {
        std::map<std::string, std::string> row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            row[table.attributes.columns[static_cast<std::size_t>(i)]] = fieldText(*f, i);
        }
        table.attributes.rows.push_back(std::move(row));
        table.fids.push_back(f->GetFID());
        if (table.hasGeometry) {
            const auto [lon, lat] = transform.position(*f);
            table.lon.push_back(lon);
            table.lat.push_back(lat);
        }
    }
    if (!errors.lastError().empty()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}, layer {2}: cannot read the layer ({3})"),
                        {path, name, errors.lastError()});
    }
    return table;
}

}  // namespace rrw::geo
