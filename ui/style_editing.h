#pragma once

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

#include "render/map_language.h"

class QWidget;

namespace rrw::ui {

class MapDocument;

/// Editing one layer style of the map through StyleDialog, with autosave: while the dialog is
/// open its style is a draft (DraftStore), and a restored draft opens the dialog again.
class StyleEditing {
    Q_DECLARE_TR_FUNCTIONS(StyleEditing)

public:
    /// Runs the dialog for style layer `styleIndex`, showing `draft` (a LayerStyle as JSON,
    /// restored and unsaved) when given; on OK the style goes to the style layer of the same
    /// layers (the map may have been reloaded meanwhile), one undo step. Returns the
    /// translated reason when it cannot be applied.
    static std::optional<QString> run(MapDocument& document, int styleIndex,
                                      const render::MapLanguage& language, QWidget* parent,
                                      const std::optional<nlohmann::json>& draft = std::nullopt);
    /// Opens the dialog with an autosaved draft ({"layers", "style", "label"}) for the style
    /// layer of its layers; the translated reason when there is none or the draft is unreadable.
    static std::optional<QString> restoreDraft(MapDocument& document,
                                               const render::MapLanguage& language, QWidget* parent,
                                               const nlohmann::json& draft);
};

}  // namespace rrw::ui
