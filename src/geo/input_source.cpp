#include "geo/input_source.h"

#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <filesystem>

#include "core/error.h"
#include "geo/gdal_env.h"
#include "geo/geojson_scan.h"
#include "geo/input_guard.h"
#include "geo/input_limits.h"
#include "geo/network.h"
#include "geo/xml_scan.h"
#include "geo/zip_directory.h"

namespace fs = std::filesystem;

namespace rrw::geo {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string extensionOf(const std::string& path) {
    return lower(fs::path(path.substr(0, path.find('?'))).extension().string());
}

/// GDAL virtual file systems, other URL schemes and driver connection strings ("WFS:http…",
/// "PG:dbname=…"): never read. http(s):// and /vsicurl/ are network sources (geo/network.h).
bool isVirtualOrConnection(const std::string& path) {
    const std::string l = lower(path);
    if (l.rfind("/vsi", 0) == 0 || l.find("://") != std::string::npos) {
        return true;
    }
    const auto firstColon = l.find(':');
    return firstColon != std::string::npos && firstColon > 1 && l.find('/') > firstColon;
}

/// The drivers rrw documents (docs/IMPORT.md). Never OGR_VRT (a VRT names other files and
/// URLs), WFS, WMS, databases or any other driver GDAL may carry.
const std::vector<const char*> kDocumentedDrivers = {
    "GeoJSON", "ESRI Shapefile", "GPKG", "LIBKML", "KML", "GML", "CSV"};

std::vector<const char*> driversFor(const std::string& ext) {
    if (ext == ".geojson" || ext == ".json") {
        return {"GeoJSON"};
    }
    if (ext == ".gpkg") {
        return {"GPKG"};
    }
    if (ext == ".kml") {
        return {"LIBKML", "KML"};
    }
    if (ext == ".gml") {
        return {"GML"};
    }
    return kDocumentedDrivers;
}

bool vsiExists(const std::string& path) {
    VSIStatBufL stat;
    return VSIStatL(path.c_str(), &stat) == 0;
}

bool isVectorExtension(const std::string& ext) {
    return ext == ".shp" || ext == ".geojson" || ext == ".json" || ext == ".gpkg" ||
           ext == ".kml" || ext == ".csv" || ext == ".gml" || ext == ".tsv";
}

/// Picks the vector file inside a zip archive: the one shapefile, or the one other vector
/// file, or the one the user named with --source-layer.
std::string memberOfZip(const std::string& zipPath, const std::string& display,
                        const std::string& wanted, std::string& memberName) {
    // Entry count, unpacked sizes, compression ratios and symbolic links, from the central
    // directory, before GDAL lists or reads a member.
    const std::vector<ZipEntry> stored = checkArchive(zipPath, display);
    // Judged on the names as stored: GDAL's listing leaves some unsafe members out.
    std::string firstUnsafe;
    bool safeVectorFile = false;
    for (const ZipEntry& e : stored) {
        if (isUnsafeMemberName(e.name)) {
            firstUnsafe = firstUnsafe.empty() ? e.name : firstUnsafe;
        } else {
            safeVectorFile = safeVectorFile || isVectorExtension(extensionOf(e.name));
        }
    }
    if (!safeVectorFile && !firstUnsafe.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: archive member '{2}' points outside the archive; refusing it"),
            {display, firstUnsafe});
    }
    const std::string root = "/vsizip/" + zipPath;
    char** entries = VSIReadDirRecursive(root.c_str());
    if (entries == nullptr) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not a readable ZIP archive"), {display});
    }
    std::vector<std::string> shapefiles;
    std::vector<std::string> others;
    std::string unsafe;
    for (char** e = entries; *e != nullptr; ++e) {
        const std::string member = *e;
        // Members that would land outside the archive ("zip slip") are never read. Nothing is
        // extracted anyway: GDAL reads members in place.
        if (isUnsafeMemberName(member)) {
            unsafe = member;
            continue;
        }
        const std::string ext = extensionOf(member);
        if (ext == ".shp") {
            shapefiles.push_back(member);
        } else if (isVectorExtension(ext)) {
            others.push_back(member);
        }
    }
    CSLDestroy(entries);
    const std::vector<std::string>& candidates = shapefiles.empty() ? others : shapefiles;
    if (candidates.empty() && !unsafe.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: archive member '{2}' points outside the archive; refusing it"),
            {display, unsafe});
    }
    if (candidates.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the archive holds no shapefile or other vector file"),
            {display});
    }
    if (!wanted.empty()) {
        for (const auto& c : candidates) {
            if (lower(fs::path(c).stem().string()) == lower(wanted) || lower(c) == lower(wanted)) {
                memberName = c;
                return root + "/" + c;
            }
        }
    }
    if (candidates.size() > 1 && wanted.empty()) {
        std::string list;
        for (const auto& c : candidates) {
            list += (list.empty() ? "" : ", ") + c;
        }
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the archive holds several vector files ({2}); choose one with "
                              "--source-layer"),
            {display, list});
    }
    memberName = candidates.front();
    return root + "/" + candidates.front();
}

/// Maps the code page names found in .cpg files to iconv names; "" when GDAL knows it.
std::string normaliseCodePage(const std::string& cpg) {
    std::string l = lower(cpg);
    l.erase(std::remove_if(l.begin(), l.end(),
                           [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; }),
            l.end());
    if (l.find("65001") != std::string::npos || l.find("utf8") != std::string::npos ||
        l.find("utf-8") != std::string::npos) {
        return "UTF-8";
    }
    for (const char* cp : {"1250", "1251", "1252", "1253", "1257"}) {
        if (l.find(cp) != std::string::npos && l.find("8859") == std::string::npos) {
            return std::string("CP") + cp;
        }
    }
    if (l.find("28592") != std::string::npos || l.find("8859-2") != std::string::npos ||
        l.find("88592") != std::string::npos || l.find("latin2") != std::string::npos) {
        return "ISO-8859-2";
    }
    if (l.find("28591") != std::string::npos || l.find("8859-1") != std::string::npos ||
        l.find("88591") != std::string::npos || l.find("latin1") != std::string::npos) {
        return "ISO-8859-1";
    }
    return "";
}

std::uint32_t readLittleEndian32(const unsigned char* p) {
    return static_cast<std::uint32_t>(p[0]) | (static_cast<std::uint32_t>(p[1]) << 8) |
           (static_cast<std::uint32_t>(p[2]) << 16) | (static_cast<std::uint32_t>(p[3]) << 24);
}

/// Checks the shapefile's parts and decides how its attribute text is decoded.
void checkShapefile(const std::string& shpPath, const std::string& display,
                    const std::string& userEncoding, std::vector<std::string>& openOptions,
                    InputSource& src) {
    const std::string base = shpPath.substr(0, shpPath.size() - 4);
    const auto sidecar = [&](const std::string& ext) {
        std::string upper = ext;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        return vsiExists(base + ext) || vsiExists(base + upper);
    };
    if (!sidecar(".shx")) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: the shapefile's index file (.shx) is missing"),
            {display});
    }
    std::string dbf = base + ".dbf";
    if (!vsiExists(dbf)) {
        dbf = base + ".DBF";
    }
    checkShapefileSizes(vsiExists(base + ".shx") ? base + ".shx" : base + ".SHX", dbf, display);
    unsigned char header[32] = {};
    if (!sidecar(".dbf")) {
        src.warnings.push_back(
            {QT_TRANSLATE_NOOP("rrw",
                               "the shapefile has no .dbf: geometries imported without attributes"),
             {}});
        return;
    }
    if (VSILFILE* fp = VSIFOpenL(dbf.c_str(), "rb")) {
        VSIFReadL(header, 1, sizeof header, fp);
        VSIFCloseL(fp);
    }
    // A .dbf with fewer records than the .shp has shapes makes GDAL drop shapes silently.
    VSIStatBufL shx;
    const std::string shxPath = vsiExists(base + ".shx") ? base + ".shx" : base + ".SHX";
    if (VSIStatL(shxPath.c_str(), &shx) == 0 && shx.st_size >= 100) {
        const auto shapes = static_cast<std::uint64_t>((shx.st_size - 100) / 8);
        const std::uint64_t records = readLittleEndian32(header + 4);
        if (shapes != records) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw",
                    "{1}: the .shp holds {2} shapes but the .dbf {3} attribute records; "
                    "the shapefile is incomplete"),
                {display, std::to_string(shapes), std::to_string(records)});
        }
    }
    if (!userEncoding.empty()) {
        openOptions.push_back("ENCODING=" + userEncoding);
        src.encodingNote = userEncoding + " (--encoding)";
        return;
    }
    if (sidecar(".cpg")) {
        // GDAL understands "1250", "CP1250", "ISO-8859-2", "88592" but not the spellings some
        // tools write ("ANSI 1250", "28592", "Windows-1250 "): normalise those ourselves.
        std::string cpgPath = base + ".cpg";
        if (!vsiExists(cpgPath)) {
            cpgPath = base + ".CPG";
        }
        std::string cpg;
        if (VSILFILE* fp = VSIFOpenL(cpgPath.c_str(), "rb")) {
            char text[64] = {};
            VSIFReadL(text, 1, sizeof text - 1, fp);
            VSIFCloseL(fp);
            cpg = text;
        }
        const std::string codePage = normaliseCodePage(cpg);
        if (!codePage.empty()) {
            openOptions.push_back("ENCODING=" + codePage);
        }
        src.encodingNote = "from .cpg (" + cpg.substr(0, cpg.find_first_of("\r\n")) + ")";
        return;
    }
    // No .cpg: GDAL would fall back to the DBF language driver id, or to ISO-8859-1 without
    // one. Without either, take the text as it is and insist it is UTF-8.
    if (header[29] != 0) {
        src.encodingNote = "from the DBF language driver id " + std::to_string(header[29]);
        return;
    }
    openOptions.push_back("ENCODING=");
    src.encodingNote = "UTF-8 (no .cpg; checked)";
}

}  // namespace

InputSource openInput(const std::string& path, const SourceOptions& options) {
    ensureGdal();
    InputSource src;
    src.displayName = path;
    const bool remote = isNetworkSource(path);
    if (remote && !networkAccessAllowed()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: network sources are not read: network access is "
                                          "off (allow it with rrw-cli import --allow-network or "
                                          "RRW_ALLOW_NETWORK=1)"),
                        {path});
    }
    if (!remote && isVirtualOrConnection(path)) {
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw", "{1}: remote or virtual sources are not read (network access is off)"),
            {path});
    }
    std::error_code ec;
    std::string absolute = path;
    if (remote) {
        absolute = lower(path).rfind("/vsicurl/", 0) == 0 ? path : "/vsicurl/" + path;
        if (!vsiExists(absolute)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
        }
    } else {
        if (!fs::exists(path, ec)) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: file not found"), {path});
        }
        if (fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the file is empty (0 bytes)"), {path});
        }
        absolute = fs::absolute(path, ec).string();
    }
    std::string gdalPath = absolute;
    std::string ext = extensionOf(path);
    if (ext == ".vrt") {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: VRT files are not read (a VRT can point at other "
                                          "files and at network sources); import its source "
                                          "file instead"),
                        {path});
    }
    if (ext == ".zip") {
        std::string member;
        gdalPath = memberOfZip(absolute, path, options.sourceLayer, member);
        src.displayName = path + ":" + member;
        ext = extensionOf(member);
    }
    src.gdalPath = gdalPath;

    std::vector<std::string> openOptions;
    std::vector<const char*> allowed;
    src.recodeFrom = options.encoding;
    if (ext == ".shp") {
        allowed = {"ESRI Shapefile"};
        checkShapefile(gdalPath, src.displayName, options.encoding, openOptions, src);
        src.recodeFrom.clear();  // the driver recodes
    } else if (ext == ".csv" || ext == ".tsv" || ext == ".txt") {
        allowed = {"CSV"};
        CsvLayout layout = sniffCsv(gdalPath, src.displayName, options.encoding);
        openOptions.push_back(std::string("SEPARATOR=") + (layout.separator == ';'    ? "SEMICOLON"
                                                           : layout.separator == '\t' ? "TAB"
                                                                                      : "COMMA"));
        openOptions.push_back("AUTODETECT_TYPE=YES");
        openOptions.push_back("MAX_LINE_SIZE=" + std::to_string(limits::kMaxCsvLineBytes));
        openOptions.push_back("KEEP_SOURCE_COLUMNS=YES");
        openOptions.push_back("EMPTY_STRING_AS_NULL=YES");
        if (layout.wktColumn >= 0 && layout.xColumn < 0) {
            // The WKT text stays a field so that unreadable WKT can be told from an empty one.
            openOptions.push_back("GEOM_POSSIBLE_NAMES=" +
                                  layout.columns[static_cast<std::size_t>(layout.wktColumn)]);
        } else if (layout.xColumn < 0) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw",
                    "{1}: found no geometry columns (expected lat/lon, x/y, Breite/Länge "
                    "or a WKT column) in the header: {2}"),
                {src.displayName, [&] {
                     std::string s;
                     for (const auto& c : layout.columns) {
                         s += (s.empty() ? "" : ", ") + c;
                     }
                     return s;
                 }()});
        }
        src.csv = layout;
        src.encodingNote =
            options.encoding.empty() ? "UTF-8 (checked)" : options.encoding + " (--encoding)";
    } else {
        allowed = driversFor(ext);
        if (ext == ".gml") {
            openOptions.push_back("WRITE_GFS=NO");  // never write next to the user's file
        }
        if (ext == ".geojson" || ext == ".json") {
            checkGeoJson(gdalPath, src.displayName);  // before json-c parses anything
        }
        if (ext == ".kml") {
            checkKmlSize(gdalPath, src.displayName);
        }
        if (ext == ".kml" || ext == ".gml") {
            checkXmlNames(gdalPath, src.displayName);  // before GDAL builds the schema
        }
        src.encodingNote =
            options.encoding.empty() ? "UTF-8 (checked)" : options.encoding + " (--encoding)";
    }
    allowed.push_back(nullptr);
    std::vector<const char*> optionPtrs;
    for (const auto& o : openOptions) {
        optionPtrs.push_back(o.c_str());
    }
    optionPtrs.push_back(nullptr);

    GdalErrorCapture errors;
    src.dataset.reset(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        allowed.data(), optionPtrs.data(), nullptr));
    if (!src.dataset) {
        throwIfGdalSizeLimit(errors.lastError(), src.displayName);
        if (VSILFILE* fp = VSIFOpenL(gdalPath.c_str(), "rb")) {
            unsigned char bom[2] = {};
            VSIFReadL(bom, 1, 2, fp);
            VSIFCloseL(fp);
            if ((bom[0] == 0xFF && bom[1] == 0xFE) || (bom[0] == 0xFE && bom[1] == 0xFF)) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: the file is UTF-16 text; save it as UTF-8"),
                    {src.displayName});
            }
        }
        if (errors.lastError().empty()) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: not a readable vector file (format not recognised)"),
                {src.displayName});
        }
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: not a readable vector file ({2})"),
                        {src.displayName, errors.lastError()});
    }
    src.openError = errors.lastError();
    src.driver = src.dataset->GetDriver()->GetDescription();
    const int count = src.dataset->GetLayerCount();
    if (count == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the file holds no vector layer"),
                        {src.displayName});
    }
    if (!options.sourceLayer.empty() && ext != ".shp") {
        src.layer = src.dataset->GetLayerByName(options.sourceLayer.c_str());
        if (src.layer == nullptr) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: no layer named '{2}'"),
                            {src.displayName, options.sourceLayer});
        }
    } else if (count == 1) {
        src.layer = src.dataset->GetLayer(0);
    } else {
        std::string list;
        for (int i = 0; i < count; ++i) {
            list += (list.empty() ? "" : ", ") + std::string(src.dataset->GetLayer(i)->GetName());
        }
        throwInputError(
            QT_TRANSLATE_NOOP(
                "rrw", "{1}: the file holds several layers ({2}); choose one with --source-layer"),
            {src.displayName, list});
    }
    return src;
}

}  // namespace rrw::geo
