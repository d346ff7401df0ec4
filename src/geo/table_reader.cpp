#include "geo/table_reader.h"

#include <filesystem>

#include "core/error.h"
#include "geo/csv_layout.h"
#include "geo/gdal_env.h"
#include "geo/gdal_handles.h"

namespace rrw::geo {

TextTable readTextTable(const std::string& path) {
    std::error_code ec;
    // Only a file on disk: no remote or virtual paths, no driver connection strings.
    if (!std::filesystem::is_regular_file(path, ec)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
    }
    GdalErrorCapture errors;
    checkCsvHeader(path, path);
    const char* drivers[] = {"CSV", nullptr};
    const char* options[] = {"AUTODETECT_TYPE=NO", "EMPTY_STRING_AS_NULL=NO", nullptr};
    DatasetPtr ds(GDALDataset::Open(path.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers,
                                    options, nullptr));
    if (!ds || ds->GetLayerCount() != 1) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: cannot read the table ({2})"),
                        {path, errors.lastError()});
    }
    OGRLayer* layer = ds->GetLayer(0);
    TextTable table;
    OGRFeatureDefn* defn = layer->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i) {
        table.columns.emplace_back(defn->GetFieldDefn(i)->GetNameRef());
    }
    while (FeaturePtr f{layer->GetNextFeature()}) {
        std::map<std::string, std::string> row;
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            row[table.columns[static_cast<std::size_t>(i)]] =
                f->IsFieldSetAndNotNull(i) ? f->GetFieldAsString(i) : "";
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

}  // namespace rrw::geo
