#pragma once
// Network access of the engine: off unless the user opts in. Off means: http(s):// and
// /vsicurl/ sources are refused, GDAL's HTTP client (WFS, remote GeoJSON, GML schemas and
// xlinks) fetches nothing and /vsicurl/ references inside files are not followed. PROJ never
// downloads grids and GML xlinks are never resolved, opt-in or not (docs/RELIABILITY.md, 5).

#include <string>

namespace rrw::geo {

/// True when network sources may be read: the environment sets RRW_ALLOW_NETWORK=1 or
/// allowNetworkAccess() was called.
bool networkAccessAllowed();

/// Lets this process read http(s):// and /vsicurl/ sources (rrw-cli import --allow-network).
void allowNetworkAccess();

/// True for the sources that need the network: http://, https:// and /vsicurl/ paths.
bool isNetworkSource(const std::string& path);

}  // namespace rrw::geo
