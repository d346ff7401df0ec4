#pragma once
// Internal to rrw::geo: process-wide GDAL set-up and error capture.

#include <string>
#include <vector>

namespace rrw::geo {

/// Registers the GDAL drivers once and switches off network access (PROJ network, remote
/// references followed by drivers). Safe to call from any thread, any number of times.
void ensureGdal();

/// Collects GDAL/OGR errors and warnings raised on this thread while it lives, instead of
/// printing them to stderr.
class GdalErrorCapture {
public:
    GdalErrorCapture();
    ~GdalErrorCapture();
    GdalErrorCapture(const GdalErrorCapture&) = delete;
    GdalErrorCapture& operator=(const GdalErrorCapture&) = delete;

    /// The last error (CE_Failure or worse) message, or "" if none.
    std::string lastError() const;
    const std::vector<std::string>& warnings() const { return warnings_; }
    void clear();

    void add(int errorClass, const char* message);

private:
    std::vector<std::string> warnings_;
    std::string lastError_;
};

}  // namespace rrw::geo
