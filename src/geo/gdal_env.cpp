#include "geo/gdal_env.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <cpl_http.h>
#include <gdal.h>
#include <proj.h>

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cstdlib>
#include <mutex>
#include <string>

#include "geo/input_limits.h"
#include "geo/network.h"

namespace rrw::geo {

namespace {

std::atomic<bool> networkAllowed{false};

/// No /vsicurl/ (or /vsis3/, /vsigs/ …) file ends with this, so GDAL's curl file systems open
/// nothing, without a single request, while network access is off.
constexpr const char* kNoRemoteExtension = ".rrw-network-access-is-off";

/// GDAL's HTTP client (CPLHTTPFetch: remote GeoJSON, WFS, GML schemas and xlinks, …) asks
/// this first; while network access is off it answers every request with an error.
CPLHTTPResult* refuseFetch(const char* url, CSLConstList /*options*/, GDALProgressFunc /*progress*/,
                           void* /*progressArg*/, CPLHTTPFetchWriteFunc /*write*/,
                           void* /*writeArg*/, void* /*userData*/) {
    if (networkAllowed.load()) {
        return nullptr;  // GDAL's own client (curl) fetches it
    }
    auto* result = static_cast<CPLHTTPResult*>(CPLCalloc(1, sizeof(CPLHTTPResult)));
    result->nStatus = 1;
    result->pszErrBuf = CPLStrdup("network access is off");
    CPLError(CE_Failure, CPLE_AppDefined, "network access is off: %s was not fetched",
             url != nullptr ? url : "");
    return result;
}

void applyNetworkSetting(bool allowed) {
    networkAllowed.store(allowed);
    CPLSetConfigOption("CPL_VSIL_CURL_ALLOWED_EXTENSIONS", allowed ? nullptr : kNoRemoteExtension);
}

bool environmentAllowsNetwork() {
    const char* value = std::getenv("RRW_ALLOW_NETWORK");
    if (value == nullptr) {
        return false;
    }
    std::string v = value;
    std::transform(v.begin(), v.end(), v.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return v == "1" || v == "yes" || v == "true" || v == "on";
}

}  // namespace

void ensureGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        // No network unless the user opts in (geo/network.h): PROJ never fetches grids, GDAL
        // drivers never follow remote references (GML xlinks and WFS schemas, KML styles).
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        proj_context_set_enable_network(nullptr, 0);
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GML_DOWNLOAD_WFS_SCHEMA", "NO");
        CPLSetConfigOption("LIBKML_RESOLVE_STYLE", "NO");
        CPLHTTPSetFetchCallback(refuseFetch, nullptr);
        applyNetworkSetting(environmentAllowsNetwork());
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");  // never write .aux.xml next to inputs
        // One GeoJSON feature is parsed whole by json-c: about 3 times this many MB at peak.
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE",
                           std::to_string(limits::kGeoJsonMaxObjectMb).c_str());
        GDALAllRegister();
    });
}

bool networkAccessAllowed() {
    ensureGdal();
    return networkAllowed.load();
}

void allowNetworkAccess() {
    ensureGdal();
    applyNetworkSetting(true);
}

bool isNetworkSource(const std::string& path) {
    std::string l = path.substr(0, 16);
    std::transform(l.begin(), l.end(), l.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return l.rfind("http://", 0) == 0 || l.rfind("https://", 0) == 0 ||
           l.rfind("/vsicurl/", 0) == 0;
}

namespace {
void CPL_STDCALL captureHandler(CPLErr errorClass, CPLErrorNum /*num*/, const char* message) {
    auto* capture = static_cast<GdalErrorCapture*>(CPLGetErrorHandlerUserData());
    if (capture != nullptr) {
        capture->add(static_cast<int>(errorClass), message);
    }
}
}  // namespace

GdalErrorCapture::GdalErrorCapture() {
    ensureGdal();
    CPLPushErrorHandlerEx(captureHandler, this);
}

GdalErrorCapture::~GdalErrorCapture() {
    CPLPopErrorHandler();
}

std::string GdalErrorCapture::lastError() const {
    return lastError_;
}

void GdalErrorCapture::clear() {
    warnings_.clear();
    lastError_.clear();
}

void GdalErrorCapture::add(int errorClass, const char* message) {
    std::string text = message != nullptr ? message : "";
    if (errorClass >= static_cast<int>(CE_Failure)) {
        lastError_ = text;
    } else if (errorClass == static_cast<int>(CE_Warning) && warnings_.size() < 100) {
        warnings_.push_back(text);
    }
}

}  // namespace rrw::geo
