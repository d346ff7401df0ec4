#include "geo/importer.h"

#include <sqlite3.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <set>

#include "core/error.h"
#include "core/text.h"
#include "geo/crs.h"
#include "geo/field_mapper.h"
#include "geo/gdal_env.h"
#include "geo/geometry_check.h"
#include "geo/input_guard.h"
#include "geo/input_limits.h"
#include "geo/input_source.h"

namespace rrw::geo {

namespace {

constexpr std::size_t kMaxListedRejects = 1000;

/// The store layer's geometry type: multi-part for lines and polygons so that single and
/// multi features share a layer; GEOMETRY for mixed families.
OGRwkbGeometryType storedGeometryType(OGRLayer& layer, bool csvPoints, bool& mixed) {
    mixed = false;
    if (csvPoints) {
        return wkbPoint;
    }
    const OGRwkbGeometryType declared = layer.GetGeomType();
    bool hasZ = wkbHasZ(declared);
    std::set<OGRwkbGeometryType> seen;
    if (wkbFlatten(declared) != wkbUnknown && wkbFlatten(declared) != wkbGeometryCollection) {
        seen.insert(wkbFlatten(declared));
    } else {
        // What GDAL says while reading (unclosed rings, bad members) is not printed; the import
        // itself reads the features again and judges them.
        GdalErrorCapture quiet;
        layer.ResetReading();
        while (FeaturePtr f{layer.GetNextFeature()}) {
            if (const OGRGeometry* g = f->GetGeometryRef()) {
                seen.insert(wkbFlatten(g->getGeometryType()));
                hasZ = hasZ || g->Is3D();
            }
        }
        layer.ResetReading();
    }
    bool points = false;
    bool multiPoints = false;
    bool lines = false;
    bool polygons = false;
    for (auto t : seen) {
        points = points || t == wkbPoint;
        multiPoints = multiPoints || t == wkbMultiPoint;
        lines = lines || t == wkbLineString || t == wkbMultiLineString;
        polygons = polygons || t == wkbPolygon || t == wkbMultiPolygon;
    }
    const int families = int(points || multiPoints) + int(lines) + int(polygons);
    OGRwkbGeometryType type = wkbUnknown;
    if (families > 1 || seen.count(wkbGeometryCollection) != 0) {
        mixed = true;
    } else if (polygons) {
        type = wkbMultiPolygon;
    } else if (lines) {
        type = wkbMultiLineString;
    } else if (multiPoints) {
        type = wkbMultiPoint;
    } else if (points) {
        type = wkbPoint;
    }
    return hasZ && type != wkbUnknown ? wkbSetZ(type) : type;
}

/// Bulk-loads the R-tree of the new layer with GDAL's SQL function CreateSpatialIndex, the
/// layer name bound as a value (never pasted into the SQL text). False when it fails.
bool createSpatialIndex(GeoPackage& gpkg, const std::string& layer) {
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(gpkg.sqliteHandle(), "SELECT CreateSpatialIndex(?1, 'geom')", -1, &stmt,
                           nullptr) != SQLITE_OK) {
        return false;
    }
    sqlite3_bind_text(stmt, 1, layer.c_str(), static_cast<int>(layer.size()), SQLITE_TRANSIENT);
    const bool done = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_int(stmt, 0) == 1;
    sqlite3_finalize(stmt);
    return done;
}

/// ASCII punctuation other than '_': GDAL's GeoPackage driver refuses names that start so.
bool isLeadingPunctuation(char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0 && c != '_';
}

std::string defaultLayerName(const InputSource& src) {
    std::string name = src.layer->GetName();
    // A layer name that is not text (e.g. a GeoJSON "name" in another encoding) gives way to
    // the file's name, as GDAL's placeholder does.
    if (name.empty() || name == "OGRGeoJSON" || !isValidUtf8(name)) {
        name = src.displayName;
        const auto slash = name.find_last_of("/:");
        if (slash != std::string::npos) {
            name = name.substr(slash + 1);
        }
        const auto dot = name.find('.');
        if (dot != std::string::npos && dot > 0) {
            name = name.substr(0, dot);
        }
    }
    // GDAL's GeoPackage driver refuses a name that starts with punctuation other than '_'.
    while (!name.empty() && isLeadingPunctuation(name.front())) {
        name.erase(0, 1);
    }
    return name.empty() ? std::string("layer") : name;
}

/// `text` as well-formed UTF-8 (bytes that are not become U+FFFD).
std::string asUtf8(const std::string& text) {
    return isValidUtf8(text) ? text : utf8Excerpt(text, std::string::npos);
}

/// The report is stored as JSON in the layer metadata and printed by the CLI: text taken from
/// the file (layer names, zip members, GDAL's messages quoting the file) must be UTF-8.
void keepUtf8(ImportReport& report) {
    for (std::string* text :
         {&report.input, &report.driver, &report.sourceLayer, &report.sourceCrs,
          &report.sourceCrsNote, &report.transformation, &report.encoding, &report.geometryType}) {
        *text = asUtf8(*text);
    }
    for (Message& warning : report.warnings) {
        for (std::string& arg : warning.args) {
            arg = asUtf8(arg);
        }
    }
    for (RejectedFeature& rejected : report.rejectedFeatures) {
        for (std::string& arg : rejected.reason.args) {
            arg = asUtf8(arg);
        }
    }
}

class Importer {
public:
    Importer(GeoPackage& gpkg, const std::string& input, const ImportOptions& options,
             Feedback& feedback)
        : gpkg_(gpkg),
          options_(options),
          feedback_(feedback),
          src_(openInput(input, {options.sourceLayer, options.encoding})),
          mapper_(src_, limits::kMaxFields),
          vertices_(src_.displayName) {}

    ImportReport run();

private:
    GeoPackage& gpkg_;
    const ImportOptions& options_;
    Feedback& feedback_;
    InputSource src_;
    FieldMapper mapper_;
    VertexBudget vertices_;
    ImportReport report_;
    SpatialRefPtr sourceSrs_;
    SpatialRefPtr storageSrs_;
    CoordTransformPtr transform_;
    Bounds sourceBounds_{-HUGE_VAL, -HUGE_VAL, HUGE_VAL, HUGE_VAL};
    OGREnvelope sourceExtent_;
    OGREnvelope storedExtent_;
    OGRwkbGeometryType type_ = wkbUnknown;

    void decideCrs();
    GeometryPtr csvPoint(const OGRFeature& feature, Message& problem) const;
    bool prepareGeometry(const OGRFeature& feature, GeometryPtr& g);
    void reject(const OGRFeature& feature, Message reason);
};

void Importer::decideCrs() {
    GdalErrorCapture crsErrors;  // drivers read .prj files lazily, here
    const OGRSpatialReference* fileSrs = src_.layer->GetSpatialRef();
    const std::string crsError = !src_.openError.empty() ? src_.openError : crsErrors.lastError();
    if (!options_.sourceCrs.empty()) {
        sourceSrs_ = parseCrs(options_.sourceCrs, src_.displayName);
        report_.sourceCrsNote = "given with --source-crs";
        if (fileSrs != nullptr && !fileSrs->IsSame(sourceSrs_.get())) {
            report_.warnings.push_back(
                {QT_TRANSLATE_NOOP("rrw",
                                   "the file declares {1}; using {2} as given with --source-crs"),
                 {crsLabel(*fileSrs), options_.sourceCrs}});
        }
    } else if (!crsError.empty()) {
        // e.g. an unknown EPSG code in a GeoJSON crs member or a garbled .prj: GDAL opens the
        // layer anyway (without a CRS, or with the GeoJSON default), which would be a guess.
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw",
                "{1}: the file's coordinate reference system cannot be read ({2}); name "
                "it with --source-crs"),
            {src_.displayName, crsError});
    } else if (fileSrs != nullptr) {
        sourceSrs_.reset(fileSrs->Clone());
        sourceSrs_->SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
        report_.sourceCrsNote = "from the file";
    } else if (src_.csvCoordinates() && src_.csv->geographic) {
        sourceSrs_ = crsFromEpsg(4326);
        report_.sourceCrsNote = "WGS 84 longitude/latitude, from the column names";
    } else {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the data has no coordinate reference system; name it with "
                              "--source-crs (e.g. EPSG:5514 for S-JTSK, EPSG:25833 for UTM 33N, "
                              "EPSG:31468 for Gauss-Krüger zone 4)"),
            {src_.displayName});
    }
    report_.sourceCrs = crsLabel(*sourceSrs_);
    storageSrs_ = crsFromEpsg(kStorageEpsg);
    if (!sourceSrs_->IsSame(storageSrs_.get())) {
        GdalErrorCapture errors;
        transform_.reset(OGRCreateCoordinateTransformation(sourceSrs_.get(), storageSrs_.get()));
        if (!transform_) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: no transformation from {2} to EPSG:3035 ({3})"),
                {src_.displayName, report_.sourceCrs, errors.lastError()});
        }
    }
    Bounds bounds{};
    if (areaOfUseBounds(*sourceSrs_, bounds)) {
        sourceBounds_ = bounds;
    }
}

GeometryPtr Importer::csvPoint(const OGRFeature& feature, Message& problem) const {
    const auto& layout = *src_.csv;
    const int xField = mapper_.rawTextField(layout.xColumn);
    const int yField = mapper_.rawTextField(layout.yColumn);
    const char* xText =
        feature.IsFieldSetAndNotNull(xField) ? feature.GetFieldAsString(xField) : "";
    const char* yText =
        feature.IsFieldSetAndNotNull(yField) ? feature.GetFieldAsString(yField) : "";
    const auto x = parseCoordinate(xText);
    const auto y = parseCoordinate(yText);
    if (!x || !y) {
        const bool xBad = !x;
        const std::string& column =
            layout.columns[static_cast<std::size_t>(xBad ? layout.xColumn : layout.yColumn)];
        const std::string text = xBad ? xText : yText;
        problem = text.empty()
                      ? Message{QT_TRANSLATE_NOOP("rrw", "no value in column '{1}'"), {column}}
                      : Message{QT_TRANSLATE_NOOP("rrw", "'{1}' in column '{2}' is not a number"),
                                {utf8Excerpt(text, 40), column}};
        return nullptr;
    }
    return GeometryPtr(new OGRPoint(*x, *y));
}

void Importer::reject(const OGRFeature& feature, Message reason) {
    ++report_.rejected;
    if (report_.rejectedFeatures.size() < kMaxListedRejects) {
        // CSV feature ids count data rows from 1; the header is line 1 of the file.
        report_.rejectedFeatures.push_back(
            {feature.GetFID(), src_.csv ? feature.GetFID() + 1 : -1, std::move(reason)});
    }
}

/// Reads, checks, reprojects and repairs the geometry of one feature. Returns false when the
/// feature is rejected; `g` is null for a feature without geometry.
bool Importer::prepareGeometry(const OGRFeature& feature, GeometryPtr& g) {
    if (src_.csvCoordinates()) {
        Message problem;
        g = csvPoint(feature, problem);
        if (!g) {
            reject(feature, std::move(problem));
            return false;
        }
    } else if (src_.csvWkt() && !g) {
        const int field = mapper_.rawTextField(src_.csv->wktColumn);
        if (feature.IsFieldSetAndNotNull(field) && *feature.GetFieldAsString(field) != '\0') {
            reject(feature, {QT_TRANSLATE_NOOP("rrw", "the WKT geometry text cannot be read"), {}});
            return false;
        }
    }
    if (g && wkbFlatten(g->getGeometryType()) == wkbPoint) {
        // GDAL models an empty point as NaN coordinates, so NaN from the file looks "empty".
        const auto* p = g->toPoint();
        if (std::isnan(p->getX()) || std::isnan(p->getY())) {
            reject(feature, {QT_TRANSLATE_NOOP("rrw", "coordinates are not finite numbers"), {}});
            return false;
        }
    }
    if (!g || g->IsEmpty()) {
        g.reset();
        return true;
    }
    if (!wkbHasZ(type_)) {
        g->flattenTo2D();
    }
    OGREnvelope env;
    g->getEnvelope(&env);
    if (!std::isfinite(env.MinX) || !std::isfinite(env.MaxX) || !std::isfinite(env.MinY) ||
        !std::isfinite(env.MaxY)) {
        reject(feature, {QT_TRANSLATE_NOOP("rrw", "coordinates are not finite numbers"), {}});
        return false;
    }
    if (!sourceBounds_.contains(env.MinX, env.MinY, env.MaxX, env.MaxY)) {
        char x[32];
        char y[32];
        std::snprintf(x, sizeof x, "%.6g", env.MinX);
        std::snprintf(y, sizeof y, "%.6g", env.MinY);
        reject(feature,
               {QT_TRANSLATE_NOOP(
                    "rrw", "coordinates ({1}, {2}) lie outside the area where {3} is defined"),
                {x, y, report_.sourceCrs}});
        return false;
    }
    sourceExtent_.Merge(env);
    if (transform_ && g->transform(transform_.get()) != OGRERR_NONE) {
        reject(feature,
               {QT_TRANSLATE_NOOP("rrw", "coordinates cannot be transformed to EPSG:3035"), {}});
        return false;
    }
    const GeometryCheck check = checkAndRepair(g);
    if (check.verdict == GeometryVerdict::Rejected) {
        reject(feature, check.reason);
        return false;
    }
    if (check.verdict == GeometryVerdict::Repaired) {
        ++report_.repaired;
    }
    promoteTo(g, type_);
    OGREnvelope stored;
    g->getEnvelope(&stored);
    storedExtent_.Merge(stored);
    return true;
}

ImportReport Importer::run() {
    report_.input = src_.displayName;
    report_.driver = src_.driver;
    report_.sourceLayer = src_.layer->GetName();
    report_.encoding = src_.encodingNote;
    report_.warnings = src_.warnings;
    if (options_.layerName.empty()) {
        // A name the user did not choose yields to an existing layer: places, places_2, …
        const std::string base = defaultLayerName(src_);
        report_.layer = base;
        for (int n = 2; isLayerNameTaken(gpkg_, report_.layer); ++n) {
            report_.layer = base + "_" + std::to_string(n);
        }
    } else {
        report_.layer = options_.layerName;
    }
    checkNewLayerName(gpkg_, report_.layer);
    decideCrs();

    bool mixed = false;
    {
        // A read error here (e.g. a CSV line over MAX_LINE_SIZE) shows again in the feature
        // loop below, which reports it.
        GdalErrorCapture quiet;
        type_ = storedGeometryType(*src_.layer, src_.csvCoordinates(), mixed);
    }
    if (mixed) {
        report_.warnings.push_back(
            {QT_TRANSLATE_NOOP("rrw",
                               "the layer mixes geometry types; stored as one GEOMETRY layer"),
             {}});
    }
    report_.geometryType = OGRGeometryTypeToName(type_);

    GdalErrorCapture errors;
    const std::string identifier = "IDENTIFIER=" + report_.layer;
    // The R-tree is bulk-loaded after the features (CreateSpatialIndex), which is much faster
    // than the per-row triggers GDAL would otherwise install.
    const char* layerOptions[] = {"GEOMETRY_NAME=geom", "FID=fid", "SPATIAL_INDEX=NO",
                                  identifier.c_str(), nullptr};
    OGRLayer* target = gpkg_.dataset().CreateLayer(report_.layer.c_str(), storageSrs_.get(), type_,
                                                   const_cast<char**>(layerOptions));
    if (target == nullptr) {
        throwStoreError(
            QT_TRANSLATE_NOOP("rrw", "{1}: cannot create layer '{2}' in the project ({3})"),
            {src_.displayName, report_.layer, errors.lastError()});
    }
    mapper_.createFields(*target);

    const bool fastCount = src_.layer->TestCapability(OLCFastFeatureCount) != 0;
    const double total = fastCount ? static_cast<double>(src_.layer->GetFeatureCount()) : -1.0;
    feedback_.setStatus("Importing " + src_.displayName);
    OGRFeatureDefn* targetDefn = target->GetLayerDefn();
    src_.layer->ResetReading();
    while (true) {
        errors.clear();  // what the next read raises, and only that, tells a damaged file
        FeaturePtr feature{src_.layer->GetNextFeature()};
        if (!feature) {
            break;
        }
        ++report_.sourceFeatures;
        // Before anything copies, transforms or repairs a geometry of 10^7 vertices.
        vertices_.add(feature->GetGeometryRef(), feature->GetFID());
        if ((report_.sourceFeatures & 0x3FF) == 0) {
            feedback_.throwIfCanceled();
            feedback_.setProgress(total > 0 ? static_cast<double>(report_.sourceFeatures) / total
                                            : -1.0);
        }
        GeometryPtr geometry(src_.csvCoordinates() ? nullptr : feature->StealGeometry());
        if (!prepareGeometry(*feature, geometry)) {
            continue;
        }
        if (!geometry) {
            ++report_.withoutGeometry;
        }
        FeaturePtr out(OGRFeature::CreateFeature(targetDefn));
        mapper_.copy(*feature, *out);
        out->SetGeometryDirectly(geometry.release());
        if (target->CreateFeature(out.get()) != OGRERR_NONE) {
            throwStoreError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: feature {2} could not be written to the project ({3})"),
                {src_.displayName, std::to_string(feature->GetFID()), errors.lastError()});
        }
        ++report_.features;
    }
    feedback_.throwIfCanceled();
    if (!errors.lastError().empty()) {
        throwIfGdalSizeLimit(errors.lastError(), src_.displayName);
        // GDAL ends the feature loop early on a read error (damaged file): never keep half.
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: reading stopped early (features read: {2}; {3})"),
            {src_.displayName, std::to_string(report_.sourceFeatures), errors.lastError()});
    }
    if (report_.sourceFeatures == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the layer has no features"),
                        {src_.displayName});
    }
    if (report_.features == 0) {
        const auto& first = report_.rejectedFeatures.front();
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: no feature could be imported (features read: {2}; "
                                          "first rejected: feature {3}, {4})"),
                        {src_.displayName, std::to_string(report_.sourceFeatures),
                         std::to_string(first.id), first.reason.text()});
    }
    if (target->SyncToDisk() != OGRERR_NONE || !createSpatialIndex(gpkg_, report_.layer) ||
        !errors.lastError().empty() || target->SyncToDisk() != OGRERR_NONE) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot finish layer '{2}' ({3})"),
                        {src_.displayName, report_.layer, errors.lastError()});
    }
    if (report_.withoutGeometry > 0) {
        report_.warnings.push_back({QT_TRANSLATE_NOOP("rrw", "features without geometry: {1}"),
                                    {std::to_string(report_.withoutGeometry)}});
    }
    if (storedExtent_.IsInit()) {
        report_.minX = storedExtent_.MinX;
        report_.minY = storedExtent_.MinY;
        report_.maxX = storedExtent_.MaxX;
        report_.maxY = storedExtent_.MaxY;
        // EPSG:3035 is made for Europe; data far outside it usually means swapped axes.
        if (report_.maxX < 1.0e6 || report_.minX > 8.0e6 || report_.maxY < 0.5e6 ||
            report_.minY > 6.5e6) {
            report_.warnings.push_back(
                {QT_TRANSLATE_NOOP(
                     "rrw",
                     "the data lies outside Europe; check the CRS and whether latitude and "
                     "longitude are swapped"),
                 {}});
        }
    }
    if (sourceExtent_.IsInit()) {
        const TransformationInfo info =
            describeTransformation(*sourceSrs_, (sourceExtent_.MinX + sourceExtent_.MaxX) / 2,
                                   (sourceExtent_.MinY + sourceExtent_.MaxY) / 2);
        report_.transformation = info.name;
        report_.transformationAccuracyM = info.accuracyM;
        if (info.ballpark) {
            report_.warnings.push_back(
                {QT_TRANSLATE_NOOP(
                     "rrw",
                     "no datum transformation is available for {1}; positions may be off "
                     "by 100 m or more"),
                 {report_.sourceCrs}});
        }
    }
    feedback_.setProgress(1.0);
    keepUtf8(report_);
    return report_;
}

}  // namespace

bool isLayerNameTaken(GeoPackage& gpkg, const std::string& name) {
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(gpkg.sqliteHandle(),
                       "SELECT 1 FROM sqlite_master WHERE lower(name) = lower(?1) UNION ALL "
                       "SELECT 1 FROM gpkg_contents WHERE lower(table_name) = lower(?1)",
                       -1, &stmt, nullptr);
    sqlite3_bind_text(stmt, 1, name.c_str(), static_cast<int>(name.size()), SQLITE_TRANSIENT);
    const bool taken = sqlite3_step(stmt) == SQLITE_ROW;
    sqlite3_finalize(stmt);
    return taken || gpkg.hasLayer(name);
}

void checkNewLayerName(GeoPackage& gpkg, const std::string& name) {
    if (name.empty() || name.find_first_not_of(" \t") == std::string::npos) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "the layer name is empty"));
    }
    if (name.size() > 200) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "the layer name is longer than 200 characters"));
    }
    if (!isValidUtf8(name)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "the layer name '{1}' is not UTF-8 text"),
                        {asUtf8(name)});
    }
    if (isLeadingPunctuation(name.front())) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "the layer name '{1}' starts with '{2}'; a layer name "
                                          "cannot start with a punctuation character other "
                                          "than '_'"),
                        {name, std::string(1, name.front())});
    }
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    for (const char* reserved : {"gpkg_", "rtree_", "sqlite_", "rrw_", "layer_styles"}) {
        if (lower.rfind(reserved, 0) == 0) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "the layer name '{1}' is reserved for the project's own tables"),
                {name});
        }
    }
    if (isLayerNameTaken(gpkg, name)) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "a layer named '{1}' already exists in the project"), {name});
    }
}

ImportReport importLayer(GeoPackage& gpkg, const std::string& input, const ImportOptions& options,
                         Feedback& feedback) {
    Importer importer(gpkg, input, options, feedback);
    return importer.run();
}

}  // namespace rrw::geo
