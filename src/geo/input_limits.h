#pragma once
// Internal to rrw::geo: how much one import reads at most. A hostile or broken file (a zip
// bomb, a feature with 10^7 vertices, 10^6 columns) is refused with a message naming the file
// and the limit before it can exhaust memory. The limits are generous for real regional data:
// whole-Czechia layers (6,258 obce at full resolution, all buildings of ZABAGED) stay far
// below them. docs/RELIABILITY.md (section 5) lists them with the peak memory measured.

#include <cstddef>
#include <cstdint>

namespace rrw::geo::limits {

/// Attribute fields of one layer (SQLite's column limit is 2000, with fid and geom). Checked
/// in our own CSV header sniffing and GeoJSON scan before GDAL builds a schema, in the .dbf
/// header, and after the open for the other formats.
inline constexpr std::size_t kMaxFields = 1999;

/// Bytes of a CSV header row (read by our sniffing before GDAL opens the file).
inline constexpr std::size_t kMaxCsvHeaderBytes = 1024 * 1024;

/// Bytes of one CSV line (GDAL's MAX_LINE_SIZE, set explicitly): a WKT geometry of about
/// 500,000 vertices.
inline constexpr std::size_t kMaxCsvLineBytes = 10'000'000;

/// Vertices of one feature, any format (checked on the .shx record sizes of a shapefile before
/// GDAL reads a shape, and on every feature GDAL hands over).
inline constexpr std::uint64_t kMaxFeatureVertices = 5'000'000;

/// Vertices of one GeoJSON feature. GDAL parses a GeoJSON feature whole with json-c, at about
/// 550 bytes of memory per vertex: 10^6 vertices peak at about 0.6 GB.
inline constexpr std::uint64_t kMaxGeoJsonFeatureVertices = 1'000'000;

/// GDAL's own limit on one GeoJSON object in a FeatureCollection (OGR_GEOJSON_MAX_OBJ_SIZE,
/// MB of its memory estimate; peak memory is about 3 times that). Our scan refuses first.
inline constexpr int kGeoJsonMaxObjectMb = 200;

/// A GeoJSON file that GDAL does not stream (not a FeatureCollection with "features" near the
/// start) is parsed whole, at up to 32 bytes of memory per byte of text.
inline constexpr std::uint64_t kMaxWholeGeoJsonBytes = 16'000'000;

/// KML is loaded whole by libkml, at about 11 to 13 bytes of memory per byte of text.
inline constexpr std::uint64_t kMaxKmlBytes = 50'000'000;

/// Vertices of one layer (about 8 GB of coordinates).
inline constexpr std::uint64_t kMaxLayerVertices = 500'000'000;

/// ZIP archives: entries in the central directory, bytes of all members unpacked, and the
/// ratio of unpacked to packed size of a member over kRatioCheckedFromBytes (deflate reaches
/// about 1030:1 on zeros; real .dbf files with wide empty text fields reach about 75:1).
inline constexpr std::uint64_t kMaxArchiveEntries = 10'000;
inline constexpr std::uint64_t kMaxArchiveBytes = 16'000'000'000;
inline constexpr std::uint64_t kMaxCompressionRatio = 400;
inline constexpr std::uint64_t kRatioCheckedFromBytes = 64'000'000;

}  // namespace rrw::geo::limits
