#pragma once

#include <string>

#include "store/project.h"

namespace rrw::store {

/// What a partner's indicator file may leave out.
struct IndicatorImportOptions {
    std::string source;      ///< used for rows without a source column or with an empty one
    bool synthetic = false;  ///< flags every row synthetic (rows may also carry a column)
};

struct IndicatorImportResult {
    std::string kind;  ///< "values" or "catalog"
    int added = 0;     ///< new rows
    int replaced = 0;  ///< rows that replaced a stored one (same region, indicator and year)
    int synthetic = 0;
};

/// Reads a delimited text file (',', ';' or tab; UTF-8, a BOM is skipped; decimal comma allowed
/// when ';' or tab separates) and stores it inside the caller's Project::write:
/// - values: header region_code,indicator_id,year,value[,source][,synthetic][,note]
///   (docs/INDICATORS.md); a stored value of the same region, indicator and year is replaced;
/// - catalog: header id,name_de,name_cs,name_en,…,unit,direction,dimension,source,year as
///   data/indicators/catalog.csv; an indicator with the same id is replaced.
/// Every problem throws rrw::Error (Input) naming the file, the row (line number, header = 1)
/// and the column or value: unknown region or indicator, a value that is not a finite number,
/// an empty year, no source, a row given twice, text that is not UTF-8. The caller's transaction
/// then rolls back, so a bad file changes nothing.
/// True when the first line of `path` is the header of an indicator values or catalog file (so
/// the workbench's import routes it here instead of to the vector importer). Reads one line.
bool isIndicatorFile(const std::string& path);

IndicatorImportResult importIndicatorFile(Project& project, const std::string& path,
                                          const IndicatorImportOptions& options = {});

}  // namespace rrw::store
