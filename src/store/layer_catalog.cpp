#include "store/layer_catalog.h"

#include <nlohmann/json.hpp>

#include "store/schema.h"
#include "store/sqlite.h"

namespace rrw::store {

void recordLayer(Project& project, const geo::ImportReport& report,
                 const LayerProvenance& provenance) {
    nlohmann::json rejected = nlohmann::json::array();
    for (const auto& r : report.rejectedFeatures) {
        nlohmann::json entry{{"id", r.id}, {"reason", r.reason.text()}};
        if (r.line >= 0) {
            entry["line"] = r.line;
        }
        rejected.push_back(entry);
    }
    nlohmann::json warnings = nlohmann::json::array();
    for (const auto& w : report.warnings) {
        warnings.push_back(w.text());
    }
    Statement insert(project.db(), R"sql(
        INSERT INTO rrw_layer_metadata (layer, title_de, title_cs, title_en, source_file,
            source_driver, source_layer, source_crs, source_crs_note, transformation,
            transformation_accuracy_m, encoding, imported_at, source_features, features,
            repaired, rejected, rejected_list, warnings, licence, attribution, source_url,
            source_year, synthetic)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17,
                ?18, ?19, ?20, ?21, ?22, ?23, ?24))sql");
    insert.bind(1, report.layer)
        .bindOptional(2, provenance.titleDe)
        .bindOptional(3, provenance.titleCs)
        .bindOptional(4, provenance.titleEn)
        .bind(5, report.input)
        .bind(6, report.driver)
        .bind(7, report.sourceLayer)
        .bind(8, report.sourceCrs)
        .bind(9, report.sourceCrsNote)
        .bind(10, report.transformation);
    if (report.transformationAccuracyM >= 0) {
        insert.bind(11, report.transformationAccuracyM);
    }
    insert.bind(12, report.encoding)
        .bind(13, utcNow())
        .bind(14, static_cast<std::int64_t>(report.sourceFeatures))
        .bind(15, static_cast<std::int64_t>(report.features))
        .bind(16, static_cast<std::int64_t>(report.repaired))
        .bind(17, static_cast<std::int64_t>(report.rejected))
        .bind(18, rejected.dump())
        .bind(19, warnings.dump())
        .bindOptional(20, provenance.licence)
        .bindOptional(21, provenance.attribution)
        .bindOptional(22, provenance.url)
        .bindOptional(23, provenance.year)
        .bind(24, static_cast<std::int64_t>(provenance.synthetic ? 1 : 0));
    insert.run();
}

std::vector<LayerInfo> listLayers(const Project& project) {
    const bool hasMetadata = project.schemaVersion() > 0;
    std::string sql = R"sql(
        SELECT c.table_name, g.geometry_type_name,
               COALESCE(o.feature_count, -1),
               COALESCE(s.organization || ':' || s.organization_coordsys_id, s.srs_name)
               )sql";
    sql += hasMetadata ? R"sql(,
               m.source_file, m.source_crs, m.transformation, m.transformation_accuracy_m,
               m.imported_at, m.repaired, m.rejected, m.licence, m.attribution,
               m.title_de, m.title_cs, m.title_en)sql"
                       : "";
    sql += R"sql(
        FROM gpkg_contents c
        JOIN gpkg_geometry_columns g ON g.table_name = c.table_name
        LEFT JOIN gpkg_spatial_ref_sys s ON s.srs_id = g.srs_id
        LEFT JOIN gpkg_ogr_contents o ON lower(o.table_name) = lower(c.table_name))sql";
    sql += hasMetadata ? " LEFT JOIN rrw_layer_metadata m ON m.layer = c.table_name" : "";
    sql += " WHERE c.data_type = 'features' ORDER BY c.rowid";
    Statement q(project.db(), sql);
    std::vector<LayerInfo> layers;
    while (q.step()) {
        LayerInfo info;
        info.name = q.text(0);
        info.geometryType = q.text(1);
        info.features = q.integer(2);
        info.crs = q.text(3);
        if (hasMetadata && !q.isNull(4)) {
            info.source = q.text(4);
            info.sourceCrs = q.text(5);
            info.transformation = q.text(6);
            info.transformationAccuracyM = q.isNull(7) ? -1 : q.real(7);
            info.importedAt = q.text(8);
            info.repaired = q.integer(9);
            info.rejected = q.integer(10);
            info.licence = q.text(11);
            info.attribution = q.text(12);
            info.titleDe = q.text(13);
            info.titleCs = q.text(14);
            info.titleEn = q.text(15);
        }
        layers.push_back(std::move(info));
    }
    for (auto& layer : layers) {
        if (layer.features < 0) {
            Statement count(project.db(), "SELECT COUNT(*) FROM " + quoteIdentifier(layer.name));
            layer.features = count.step() ? count.integer(0) : 0;
        }
    }
    return layers;
}

}  // namespace rrw::store
