#include "support/fixtures.h"

#include <nlohmann/json.hpp>

#include <cctype>
#include <cmath>
#include <fstream>
#include <stdexcept>

#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"
#include "geo/table_reader.h"

namespace rrw::test {

std::string testDataPath(const std::string& relative) {
    return std::string(RRW_TEST_DATA_DIR) + "/" + relative;
}

std::vector<ManifestRow> readManifest(const std::string& corpus) {
    std::ifstream in(testDataPath(corpus + "/manifest.json"));
    const auto json = nlohmann::json::parse(in);
    std::vector<ManifestRow> rows;
    for (const auto& r : json) {
        ManifestRow row;
        row.file = r.at("file").get<std::string>();
        row.args = r.at("args").get<std::vector<std::string>>();
        row.expect = r.value("expect", "ok");
        if (r.contains("features") && r.at("features").is_number()) {
            row.features = r.at("features").get<long>();
        }
        if (r.contains("repaired_min") && r.at("repaired_min").is_number()) {
            row.repairedMin = r.at("repaired_min").get<long>();
        }
        if (r.contains("rejected_min") && r.at("rejected_min").is_number()) {
            row.rejectedMin = r.at("rejected_min").get<long>();
        }
        row.note = r.value("reason", r.value("check", ""));
        rows.push_back(std::move(row));
    }
    return rows;
}

std::string testNameFor(const ManifestRow& row, std::size_t index) {
    std::string name = std::to_string(index) + "_" + row.file;
    for (char& c : name) {
        if (!std::isalnum(static_cast<unsigned char>(c))) {
            c = '_';
        }
    }
    return name;
}

void PrintTo(const ManifestRow& row, std::ostream* os) {
    *os << row.file;
    for (const auto& a : row.args) {
        *os << ' ' << a;
    }
}

std::map<std::string, LonLat> readTruth(const std::string& file) {
    const geo::TextTable table = geo::readTextTable(testDataPath(file));
    std::map<std::string, LonLat> truth;
    for (const auto& row : table.rows) {
        const std::string name = row.count("name") != 0 ? row.at("name") : row.at("NAZEV");
        truth[name] = {std::stod(row.at("lon")), std::stod(row.at("lat"))};
    }
    return truth;
}

std::map<std::string, LonLat> storedPointsWgs84(const std::string& project,
                                                const std::string& layerName) {
    geo::ensureGdal();
    geo::DatasetPtr ds(GDALDataset::Open(project.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY));
    if (!ds) {
        throw std::runtime_error("cannot open " + project);
    }
    OGRLayer* layer = ds->GetLayerByName(layerName.c_str());
    if (layer == nullptr) {
        throw std::runtime_error("no layer " + layerName);
    }
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    OGRSpatialReference stored(*layer->GetSpatialRef());
    stored.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
    geo::CoordTransformPtr ct(OGRCreateCoordinateTransformation(&stored, &wgs84));
    int nameField = -1;
    for (const char* candidate : {"name", "Name", "NAZEV", "nazev"}) {
        nameField = layer->GetLayerDefn()->GetFieldIndex(candidate);
        if (nameField >= 0) {
            break;
        }
    }
    std::map<std::string, LonLat> points;
    while (geo::FeaturePtr f{layer->GetNextFeature()}) {
        const OGRGeometry* g = f->GetGeometryRef();
        if (g == nullptr || wkbFlatten(g->getGeometryType()) != wkbPoint) {
            continue;
        }
        double x = g->toPoint()->getX();
        double y = g->toPoint()->getY();
        ct->Transform(1, &x, &y);
        points[nameField >= 0 ? f->GetFieldAsString(nameField) : std::to_string(f->GetFID())] = {x,
                                                                                                 y};
    }
    return points;
}

double distanceMetres(LonLat a, LonLat b) {
    constexpr double kPi = 3.14159265358979323846;
    constexpr double kEarth = 6371008.8;
    const double p1 = a.lat * kPi / 180;
    const double p2 = b.lat * kPi / 180;
    const double dp = p2 - p1;
    const double dl = (b.lon - a.lon) * kPi / 180;
    const double h = std::sin(dp / 2) * std::sin(dp / 2) +
                     std::cos(p1) * std::cos(p2) * std::sin(dl / 2) * std::sin(dl / 2);
    return 2 * kEarth * std::asin(std::sqrt(h));
}

}  // namespace rrw::test
