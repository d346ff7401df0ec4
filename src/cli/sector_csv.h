#pragma once

// Reads the sector tables of `rrw-cli iim`: a square matrix with a header row and a first
// column of sector ids, and `sector,value` lists. A small parser of its own rather than GDAL's
// CSV driver: GDAL takes a header of numbers (sector ids "01", "02", …) for a data row and
// renames repeated column names, and both would hide errors in a matrix.

#include <string>

#include "analysis/supply/iim.h"

namespace rrw::cli {

/// Reads a square matrix: first line "<anything>,ID1,ID2,…", then one line per sector
/// "IDi,v1,v2,…". Separator ',', ';' or tab (decided by the header line); UTF-8 with or without
/// a BOM; quoted cells ("…", "" for a quote); with ';' or tab a decimal comma is allowed; blank
/// lines are skipped. Throws rrw::Error (Input) naming the file, the row (line number) and the
/// column for a missing file, a ragged row, an empty or non-numeric cell, text that is not
/// UTF-8. Whether ids match and the matrix is square is checked by analysis::runIim.
analysis::SectorMatrix readSectorMatrix(const std::string& path);

/// Reads a list with the columns `sector` and `value` (more columns are ignored), in the same
/// format and with the same errors as readSectorMatrix.
analysis::SectorValues readSectorValues(const std::string& path);

}  // namespace rrw::cli
