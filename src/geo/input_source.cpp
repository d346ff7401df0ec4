#include "geo/input_source.h"

#include <cpl_vsi.h>

#include <algorithm>
#include <cctype>
#include <filesystem>

#include "core/error.h"
#include "geo/gdal_env.h"

namespace fs = std::filesystem;

namespace rrw::geo {

namespace {

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

std::string extensionOf(const std::string& path) { return lower(fs::path(path).extension().string()); }

bool isRemoteOrVirtual(const std::string& path) {
    const std::string l = lower(path);
    if (l.rfind("/vsi", 0) == 0) {
        return true;
    }
    const auto colon = l.find("://");
    if (colon != std::string::npos) {
        return true;
    }
    // Driver connection strings such as "WFS:http…", "PG:dbname=…"
    const auto firstColon = l.find(':');
    return firstColon != std::string::npos && firstColon > 1 && l.find('/') > firstColon;
}

bool vsiExists(const std::string& path) {
    VSIStatBufL stat;
    return VSIStatL(path.c_str(), &stat) == 0;
}

bool isVectorExtension(const std::string& ext) {
    return ext == ".shp" || ext == ".geojson" || ext == ".json" || ext == ".gpkg" || ext == ".kml" ||
           ext == ".csv" || ext == ".gml" || ext == ".tsv";
}

/// Picks the vector file inside a zip archive: the one shapefile, or the one other vector
/// file, or the one the user named with --source-layer.
std::string memberOfZip(const std::string& zipPath, const std::string& display,
                        const std::string& wanted, std::string& memberName) {
    const std::string root = "/vsizip/" + zipPath;
    char** entries = VSIReadDirRecursive(root.c_str());
    if (entries == nullptr) {
        throwInputError("{1}: not a readable ZIP archive", {display});
    }
    std::vector<std::string> shapefiles;
    std::vector<std::string> others;
    for (char** e = entries; *e != nullptr; ++e) {
        const std::string member = *e;
        if (member.find("..") != std::string::npos || (!member.empty() && member[0] == '/') ||
            member.find('\\') != std::string::npos) {
            CSLDestroy(entries);
            throwInputError("{1}: archive member '{2}' points outside the archive; refusing it",
                            {display, member});
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
    if (candidates.empty()) {
        throwInputError("{1}: the archive holds no shapefile or other vector file", {display});
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
        throwInputError("{1}: the archive holds several vector files ({2}); choose one with "
                        "--source-layer",
                        {display, list});
    }
    memberName = candidates.front();
    return root + "/" + candidates.front();
}

/// Decides how attribute text of a shapefile is decoded.
void shapefileEncoding(const std::string& shpPath, const std::string& display,
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
        throwInputError("{1}: the shapefile's index file (.shx) is missing", {display});
    }
    if (!sidecar(".dbf")) {
        throwInputError("{1}: the shapefile's attribute file (.dbf) is missing", {display});
    }
    if (!userEncoding.empty()) {
        openOptions.push_back("ENCODING=" + userEncoding);
        src.encodingNote = userEncoding + " (--encoding)";
        return;
    }
    if (sidecar(".cpg")) {
        src.encodingNote = "from .cpg";
        return;
    }
    // No .cpg: GDAL would fall back to the DBF language driver id, or to ISO-8859-1 without
    // one. Read LDID ourselves; without it, take the text as it is and insist it is UTF-8.
    std::string dbf = base + ".dbf";
    if (!vsiExists(dbf)) {
        dbf = base + ".DBF";
    }
    unsigned char header[32] = {};
    if (VSILFILE* fp = VSIFOpenL(dbf.c_str(), "rb")) {
        VSIFReadL(header, 1, sizeof header, fp);
        VSIFCloseL(fp);
    }
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
    if (isRemoteOrVirtual(path)) {
        throwInputError("{1}: remote or virtual sources are not read (network access is off)",
                        {path});
    }
    std::error_code ec;
    if (!fs::exists(path, ec)) {
        throwInputError("{1}: file not found", {path});
    }
    if (fs::is_regular_file(path, ec) && fs::file_size(path, ec) == 0) {
        throwInputError("{1}: the file is empty (0 bytes)", {path});
    }
    const std::string absolute = fs::absolute(path, ec).string();
    std::string gdalPath = absolute;
    std::string ext = extensionOf(path);
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
        shapefileEncoding(gdalPath, src.displayName, options.encoding, openOptions, src);
        src.recodeFrom.clear();  // the driver recodes
    } else if (ext == ".csv" || ext == ".tsv" || ext == ".txt") {
        allowed = {"CSV"};
        CsvLayout layout = sniffCsv(gdalPath, src.displayName, options.encoding);
        openOptions.push_back(std::string("SEPARATOR=") +
                              (layout.separator == ';'    ? "SEMICOLON"
                               : layout.separator == '\t' ? "TAB"
                                                          : "COMMA"));
        openOptions.push_back("AUTODETECT_TYPE=YES");
        openOptions.push_back("KEEP_SOURCE_COLUMNS=YES");
        openOptions.push_back("EMPTY_STRING_AS_NULL=YES");
        if (layout.wktColumn >= 0 && layout.xColumn < 0) {
            openOptions.push_back("GEOM_POSSIBLE_NAMES=" + layout.columns[static_cast<std::size_t>(layout.wktColumn)]);
            openOptions.push_back("KEEP_GEOM_COLUMNS=NO");
        } else if (layout.xColumn < 0) {
            throwInputError("{1}: found no geometry columns (expected lat/lon, x/y, Breite/Länge "
                            "or a WKT column) in the header: {2}",
                            {src.displayName, [&] {
                                 std::string s;
                                 for (const auto& c : layout.columns) {
                                     s += (s.empty() ? "" : ", ") + c;
                                 }
                                 return s;
                             }()});
        } else {
            src.csv = layout;
        }
        src.encodingNote = options.encoding.empty() ? "UTF-8 (checked)" : options.encoding + " (--encoding)";
    } else {
        src.encodingNote = options.encoding.empty() ? "UTF-8 (checked)" : options.encoding + " (--encoding)";
    }
    allowed.push_back(nullptr);
    std::vector<const char*> optionPtrs;
    for (const auto& o : openOptions) {
        optionPtrs.push_back(o.c_str());
    }
    optionPtrs.push_back(nullptr);

    GdalErrorCapture errors;
    src.dataset.reset(GDALDataset::Open(gdalPath.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY,
                                        allowed.size() > 1 ? allowed.data() : nullptr,
                                        optionPtrs.data(), nullptr));
    if (!src.dataset) {
        const std::string why = errors.lastError();
        throwInputError("{1}: not a readable vector file ({2})",
                        {src.displayName, why.empty() ? "format not recognised" : why});
    }
    src.driver = src.dataset->GetDriver()->GetDescription();
    const int count = src.dataset->GetLayerCount();
    if (count == 0) {
        throwInputError("{1}: the file holds no vector layer", {src.displayName});
    }
    if (!options.sourceLayer.empty() && ext != ".shp") {
        src.layer = src.dataset->GetLayerByName(options.sourceLayer.c_str());
        if (src.layer == nullptr) {
            throwInputError("{1}: no layer named '{2}'", {src.displayName, options.sourceLayer});
        }
    } else if (count == 1) {
        src.layer = src.dataset->GetLayer(0);
    } else {
        std::string list;
        for (int i = 0; i < count; ++i) {
            list += (list.empty() ? "" : ", ") + std::string(src.dataset->GetLayer(i)->GetName());
        }
        throwInputError("{1}: the file holds {2} layers ({3}); choose one with --source-layer",
                        {src.displayName, std::to_string(count), list});
    }
    return src;
}

}  // namespace rrw::geo
