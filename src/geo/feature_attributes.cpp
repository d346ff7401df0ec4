#include "geo/feature_attributes.h"

#include <cmath>
#include <cstdio>

#include "core/error.h"
#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

namespace {

/// Skips reading the geometry while it lives (attributes only), and restores the layer after.
class AttributesOnly {
public:
    explicit AttributesOnly(OGRLayer& layer) : layer_(layer) {
        const char* ignored[] = {"OGR_GEOMETRY", nullptr};
        layer_.SetIgnoredFields(ignored);
    }
    ~AttributesOnly() { layer_.SetIgnoredFields(nullptr); }
    AttributesOnly(const AttributesOnly&) = delete;
    AttributesOnly& operator=(const AttributesOnly&) = delete;

private:
    OGRLayer& layer_;
};

std::string twoDigits(int n) {
    return n < 10 ? "0" + std::to_string(n) : std::to_string(n);
}

std::string dateText(int year, int month, int day) {
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
    return buf;
}

/// ISO 8601 "HH:MM:SS" (with milliseconds when there are any).
std::string timeText(int hour, int minute, float second) {
    char buf[64];
    const double whole = std::floor(second);
    if (second - whole > 0.0005) {
        std::snprintf(buf, sizeof buf, "%02d:%02d:%06.3f", hour, minute, double{second});
    } else {
        std::snprintf(buf, sizeof buf, "%02d:%02d:%02d", hour, minute, static_cast<int>(whole));
    }
    return buf;
}

/// GDAL's time zone flag as ISO 8601: 100 = UTC, 100 ± n = UTC ± n quarter hours; 0 (unknown)
/// and 1 (local time) add nothing.
std::string zoneText(int flag) {
    if (flag == 100) {
        return "Z";
    }
    if (flag <= 1) {
        return "";
    }
    const int quarters = flag - 100;
    const int minutes = std::abs(quarters) * 15;
    return (quarters < 0 ? "-" : "+") + twoDigits(minutes / 60) + ":" + twoDigits(minutes % 60);
}

std::string valueText(OGRFeature& f, int i, OGRFieldType type) {
    if (!f.IsFieldSetAndNotNull(i)) {
        return "";
    }
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, zone = 0;
    float second = 0;
    switch (type) {
        case OFTDate:
            f.GetFieldAsDateTime(i, &year, &month, &day, &hour, &minute, &second, &zone);
            return dateText(year, month, day);
        case OFTTime:
            f.GetFieldAsDateTime(i, &year, &month, &day, &hour, &minute, &second, &zone);
            return timeText(hour, minute, second);
        case OFTDateTime:
            f.GetFieldAsDateTime(i, &year, &month, &day, &hour, &minute, &second, &zone);
            return dateText(year, month, day) + "T" + timeText(hour, minute, second) +
                   zoneText(zone);
        default:
            return f.GetFieldAsString(i);
    }
}

bool isNumeric(OGRFieldType type) {
    return type == OFTInteger || type == OFTInteger64 || type == OFTReal;
}

void throwIfFailed(const GdalErrorCapture& errors, const std::string& layer) {
    if (!errors.lastError().empty()) {
        throwStoreError(QT_TRANSLATE_NOOP("rrw", "layer '{1}' cannot be read ({2})"),
                        {layer, errors.lastError()});
    }
}

}  // namespace

std::vector<std::pair<std::string, std::string>> featureAttributes(GeoPackage& gpkg,
                                                                   const std::string& layer,
                                                                   std::int64_t fid) {
    GdalErrorCapture errors;
    OGRLayer* l = &gpkg.layer(layer);
    FeaturePtr feature;
    {
        AttributesOnly attributesOnly(*l);
        feature.reset(l->GetFeature(static_cast<GIntBig>(fid)));
    }
    if (!feature) {
        throwIfFailed(errors, layer);
        throwInputError(QT_TRANSLATE_NOOP("rrw", "layer '{1}' has no feature with the id {2}"),
                        {layer, std::to_string(fid)});
    }
    const OGRFeatureDefn* defn = feature->GetDefnRef();
    std::vector<std::pair<std::string, std::string>> values;
    values.reserve(static_cast<std::size_t>(defn->GetFieldCount()));
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = defn->GetFieldDefn(i);
        values.emplace_back(field->GetNameRef(), valueText(*feature, i, field->GetType()));
    }
    return values;
}

AttributeTable readAttributeTable(GeoPackage& gpkg, const std::string& layer) {
    GdalErrorCapture errors;
    OGRLayer* l = &gpkg.layer(layer);
    const OGRFeatureDefn* defn = l->GetLayerDefn();
    AttributeTable table;
    std::vector<OGRFieldType> types;
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        const OGRFieldDefn* field = defn->GetFieldDefn(i);
        table.fields.emplace_back(field->GetNameRef());
        table.numeric.push_back(isNumeric(field->GetType()));
        types.push_back(field->GetType());
    }
    const GIntBig count = l->GetFeatureCount(FALSE);
    if (count > 0) {
        table.fids.reserve(static_cast<std::size_t>(count));
        table.rows.reserve(static_cast<std::size_t>(count));
    }
    AttributesOnly attributesOnly(*l);
    l->ResetReading();
    while (FeaturePtr f{l->GetNextFeature()}) {
        std::vector<std::string> row;
        row.reserve(types.size());
        for (std::size_t i = 0; i < types.size(); ++i) {
            row.push_back(valueText(*f, static_cast<int>(i), types[i]));
        }
        table.fids.push_back(f->GetFID());
        table.rows.push_back(std::move(row));
    }
    throwIfFailed(errors, layer);
    return table;
}

}  // namespace rrw::geo
