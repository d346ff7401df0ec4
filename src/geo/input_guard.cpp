#include "geo/input_guard.h"

#include <cpl_vsi.h>
#include <ogr_geometry.h>

#include <cstdio>
#include <vector>

#include "core/error.h"
#include "geo/input_limits.h"
#include "geo/zip_directory.h"

namespace rrw::geo {

namespace {

/// "0.1", "12", "16000": MB with one decimal below 10 MB.
std::string megabytes(std::uint64_t bytes) {
    if (bytes < 10'000'000) {
        char text[16];
        std::snprintf(text, sizeof text, "%.1f", static_cast<double>(bytes) / 1e6);
        return text;
    }
    return std::to_string((bytes + 500000) / 1000000);
}

std::uint32_t bigEndian32(const unsigned char* p) {
    return (static_cast<std::uint32_t>(p[0]) << 24) | (static_cast<std::uint32_t>(p[1]) << 16) |
           (static_cast<std::uint32_t>(p[2]) << 8) | static_cast<std::uint32_t>(p[3]);
}

std::uint32_t littleEndian(const unsigned char* p, int bytes) {
    std::uint32_t v = 0;
    for (int i = bytes - 1; i >= 0; --i) {
        v = (v << 8) | p[i];
    }
    return v;
}

/// Bytes per vertex in a .shp record of `shapeType` (x, y; z and m ranges and values).
std::uint64_t bytesPerVertex(std::uint32_t shapeType) {
    if (shapeType >= 11 && shapeType <= 18) {
        return 32;  // PointZ … MultiPointZ: x, y, z, m
    }
    if (shapeType >= 21 && shapeType <= 28) {
        return 24;  // PointM … MultiPointM
    }
    return shapeType == 31 ? 32 : 16;
}

std::uint64_t fileSize(const std::string& path) {
    VSIStatBufL stat;
    return VSIStatL(path.c_str(), &stat) == 0 ? static_cast<std::uint64_t>(stat.st_size) : 0;
}

class VertexCounter : public OGRDefaultConstGeometryVisitor {
public:
    using OGRDefaultConstGeometryVisitor::visit;
    std::uint64_t count = 0;
    void visit(const OGRPoint* /*p*/) override { ++count; }
    void visit(const OGRLineString* g) override {
        count += static_cast<std::uint64_t>(g->getNumPoints());
    }
    void visit(const OGRLinearRing* g) override {
        count += static_cast<std::uint64_t>(g->getNumPoints());
    }
    void visit(const OGRCircularString* g) override {
        count += static_cast<std::uint64_t>(g->getNumPoints());
    }
};

[[noreturn]] void tooManyFeatureVertices(const std::string& display, const std::string& feature,
                                         std::uint64_t vertices) {
    throwInputError(
        QT_TRANSLATE_NOOP("rrw",
                          "{1}: feature {2} has {3} vertices; rrw reads at most {4} "
                          "vertices in one feature"),
        {display, feature, std::to_string(vertices), std::to_string(limits::kMaxFeatureVertices)});
}

[[noreturn]] void tooManyLayerVertices(const std::string& display) {
    throwInputError(
        QT_TRANSLATE_NOOP("rrw",
                          "{1}: the layer has more than {2} vertices; rrw reads at most {2} "
                          "vertices in one layer"),
        {display, std::to_string(limits::kMaxLayerVertices)});
}

}  // namespace

std::vector<ZipEntry> checkArchive(const std::string& zipPath, const std::string& display) {
    std::uint64_t declared = 0;
    const auto entries = readZipDirectory(zipPath, limits::kMaxArchiveEntries, declared);
    if (!entries) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not a readable ZIP archive"), {display});
    }
    if (declared > limits::kMaxArchiveEntries) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the archive holds {2} entries; rrw reads archives of up to "
                              "{3} entries"),
            {display, std::to_string(declared), std::to_string(limits::kMaxArchiveEntries)});
    }
    std::uint64_t total = 0;
    for (const ZipEntry& e : *entries) {
        if (e.symlink) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw", "{1}: archive member '{2}' points outside the archive; refusing it"),
                {display, e.name});
        }
        if (e.unpackedBytes >= limits::kRatioCheckedFromBytes &&
            e.unpackedBytes / limits::kMaxCompressionRatio > e.packedBytes) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: archive member '{2}' unpacks from {3} MB to {4} MB, more "
                                  "than {5} times its size; refusing a possible zip bomb"),
                {display, e.name, megabytes(e.packedBytes), megabytes(e.unpackedBytes),
                 std::to_string(limits::kMaxCompressionRatio)});
        }
        total += e.unpackedBytes;
        if (total > limits::kMaxArchiveBytes || e.unpackedBytes > limits::kMaxArchiveBytes) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: the archive unpacks to more than {2} MB; rrw reads "
                                  "archives of up to {2} MB"),
                {display, megabytes(limits::kMaxArchiveBytes)});
        }
    }
    return *entries;
}

void checkShapefileSizes(const std::string& shxPath, const std::string& dbfPath,
                         const std::string& display) {
    if (VSILFILE* fp = VSIFOpenL(dbfPath.c_str(), "rb")) {
        unsigned char header[32] = {};
        const bool read = VSIFReadL(header, 1, sizeof header, fp) == sizeof header;
        VSIFCloseL(fp);
        const std::uint64_t records = littleEndian(header + 4, 4);
        const std::uint64_t headerBytes = littleEndian(header + 8, 2);
        const std::uint64_t recordBytes = littleEndian(header + 10, 2);
        const std::uint64_t fields = headerBytes > 32 ? (headerBytes - 32) / 32 : 0;
        if (read && fields > limits::kMaxFields) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the .dbf declares {2} attribute fields; at "
                                              "most {3} are supported"),
                            {display, std::to_string(fields), std::to_string(limits::kMaxFields)});
        }
        const std::uint64_t size = fileSize(dbfPath);
        if (read && headerBytes + records * recordBytes > size) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw",
                                  "{1}: the .dbf declares {2} records of {3} bytes, but the file "
                                  "holds only {4} bytes; it is damaged or truncated"),
                {display, std::to_string(records), std::to_string(recordBytes),
                 std::to_string(size)});
        }
    }
    VSILFILE* fp = VSIFOpenL(shxPath.c_str(), "rb");
    if (fp == nullptr) {
        return;
    }
    unsigned char header[100] = {};
    if (VSIFReadL(header, 1, sizeof header, fp) != sizeof header) {
        VSIFCloseL(fp);
        return;  // GDAL reports the damaged index
    }
    const std::uint64_t perVertex = bytesPerVertex(littleEndian(header + 32, 4));
    // The index holds offset and length (in 16-bit words) of every shape: the sizes of all
    // shapes are known before GDAL reads one.
    std::vector<unsigned char> buffer(8 * 65536);
    std::uint64_t shape = 0;
    std::uint64_t total = 0;
    while (true) {
        const std::size_t n = VSIFReadL(buffer.data(), 1, buffer.size(), fp);
        for (std::size_t i = 0; i + 8 <= n; i += 8, ++shape) {
            const std::uint64_t bytes = 2ull * bigEndian32(&buffer[i + 4]);
            const std::uint64_t vertices = bytes / perVertex;
            if (vertices > limits::kMaxFeatureVertices) {
                VSIFCloseL(fp);
                tooManyFeatureVertices(display, std::to_string(shape), vertices);
            }
            total += vertices;
            if (total > limits::kMaxLayerVertices) {
                VSIFCloseL(fp);
                tooManyLayerVertices(display);
            }
        }
        if (n < buffer.size()) {
            break;
        }
    }
    VSIFCloseL(fp);
}

void checkKmlSize(const std::string& gdalPath, const std::string& display) {
    const std::uint64_t size = fileSize(gdalPath);
    if (size > limits::kMaxKmlBytes) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the KML file has {2} MB; KML is read whole, rrw reads it up "
                              "to {3} MB (save larger data as a GeoPackage)"),
            {display, megabytes(size), megabytes(limits::kMaxKmlBytes)});
    }
}

void throwIfGdalSizeLimit(const std::string& gdalError, const std::string& display) {
    if (gdalError.find("Maximum number of characters allowed reached") != std::string::npos) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: a line is longer than {2} bytes, the most rrw reads in one "
                              "CSV line (save large geometries as a GeoPackage or a shapefile)"),
            {display, std::to_string(limits::kMaxCsvLineBytes)});
    }
    if (gdalError.find("OGR_GEOJSON_MAX_OBJ_SIZE") != std::string::npos) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: a GeoJSON feature is larger than rrw reads ({2} MB once "
                              "parsed); save large geometries as a GeoPackage or a shapefile"),
            {display, std::to_string(limits::kGeoJsonMaxObjectMb)});
    }
}

std::uint64_t vertexCount(const OGRGeometry& g) {
    VertexCounter counter;
    g.accept(&counter);
    return counter.count;
}

void VertexBudget::add(const OGRGeometry* g, std::int64_t fid) {
    if (g == nullptr) {
        return;
    }
    const std::uint64_t n = vertexCount(*g);
    if (n > limits::kMaxFeatureVertices) {
        tooManyFeatureVertices(display_, std::to_string(fid), n);
    }
    total_ += n;
    if (total_ > limits::kMaxLayerVertices) {
        tooManyLayerVertices(display_);
    }
}

}  // namespace rrw::geo
