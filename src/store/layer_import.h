#pragma once

#include "core/feedback.h"
#include "geo/importer.h"
#include "store/layer_catalog.h"
#include "store/project.h"

namespace rrw::store {

/// Imports one file as a new layer and records its provenance, as one transaction: after an
/// error or a cancel the project is exactly as before.
geo::ImportReport importFile(Project& project, const std::string& input,
                             const geo::ImportOptions& options, const LayerProvenance& provenance,
                             Feedback& feedback);

}  // namespace rrw::store
