#include "geo/geos_context.h"

#include <memory>

namespace rrw::geo {

namespace {
struct ContextDeleter {
    void operator()(GEOSContextHandle_t ctx) const noexcept { GEOS_finish_r(ctx); }
};
}  // namespace

GEOSContextHandle_t GeosContext::forThisThread() {
    thread_local std::unique_ptr<GEOSContextHandle_HS, ContextDeleter> context(GEOS_init_r());
    return context.get();
}

}  // namespace rrw::geo
