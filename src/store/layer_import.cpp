#include "store/layer_import.h"

namespace rrw::store {

geo::ImportReport importFile(Project& project, const std::string& input,
                             const geo::ImportOptions& options, const LayerProvenance& provenance,
                             Feedback& feedback) {
    geo::ImportReport report;
    project.write([&] {
        report = geo::importLayer(project.geoPackage(), input, options, feedback);
        recordLayer(project, report, provenance);
    });
    return report;
}

}  // namespace rrw::store
