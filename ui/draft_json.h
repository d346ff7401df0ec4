#pragma once

#include <nlohmann/json.hpp>

#include "store/swot_repository.h"

namespace rrw::ui {

// The drafts of register edits as JSON, for the recovery file (draft_store.h).

nlohmann::json swotItemToJson(const store::SwotItem& item);
/// Throws rrw::Error (Input) naming the field when `json` is not a SWOT item draft.
store::SwotItem swotItemFromJson(const nlohmann::json& json);

}  // namespace rrw::ui
