#pragma once
// Internal to rrw::geo: one GEOS context per thread (GEOS handles are not thread-safe).

#include <geos_c.h>

namespace rrw::geo {

class GeosContext {
public:
    /// The calling thread's context, created on first use and freed when the thread ends.
    static GEOSContextHandle_t forThisThread();
};

}  // namespace rrw::geo
