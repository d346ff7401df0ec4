#include "geo/gdal_env.h"

#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <proj.h>

#include <cstdlib>
#include <mutex>

namespace rrw::geo {

void ensureGdal() {
    static std::once_flag once;
    std::call_once(once, [] {
        // No network unless the user opts in: PROJ must not fetch grids, GDAL drivers must not
        // follow remote references (e.g. GML/KML xlinks, GeoJSON URLs).
        CPLSetConfigOption("PROJ_NETWORK", "OFF");
        CPLSetConfigOption("GML_SKIP_RESOLVE_ELEMS", "ALL");
        CPLSetConfigOption("GDAL_PAM_ENABLED", "NO");  // never write .aux.xml next to inputs
        CPLSetConfigOption("OGR_GEOJSON_MAX_OBJ_SIZE", "500");  // MB
        proj_context_set_enable_network(nullptr, 0);
        GDALAllRegister();
    });
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
