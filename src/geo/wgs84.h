#pragma once

#include <memory>
#include <utility>

namespace rrw::geo {

/// Converts storage coordinates (EPSG:3035) to WGS84 longitude/latitude and back, e.g. for the
/// status bar and positions given in degrees. Create once and reuse; not thread-safe.
class Wgs84Converter {
public:
    Wgs84Converter();
    ~Wgs84Converter();
    Wgs84Converter(const Wgs84Converter&) = delete;
    Wgs84Converter& operator=(const Wgs84Converter&) = delete;

    /// {longitude, latitude} in degrees; {NaN, NaN} when the point cannot be converted.
    std::pair<double, double> fromStorage(double x, double y) const;
    /// Storage {x, y} of a WGS84 longitude/latitude; {NaN, NaN} when it cannot be converted.
    std::pair<double, double> toStorage(double longitude, double latitude) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace rrw::geo
