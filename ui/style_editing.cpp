#include "style_editing.h"

#include <string>
#include <vector>

#include "core/error.h"
#include "draft_store.h"
#include "map_document.h"
#include "style_dialog.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

/// The style layer drawing exactly `layers` (`hint` first); -1 when none.
int styleOfLayers(const render::MapStyle& style, const std::vector<std::string>& layers, int hint) {
    if (hint >= 0 && hint < static_cast<int>(style.layers.size()) &&
        style.layers[static_cast<std::size_t>(hint)].layers == layers) {
        return hint;
    }
    for (std::size_t i = 0; i < style.layers.size(); ++i) {
        if (style.layers[i].layers == layers) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

}  // namespace

std::optional<QString> StyleEditing::run(MapDocument& document, int styleIndex,
                                         const render::MapLanguage& language, QWidget* parent,
                                         const std::optional<nlohmann::json>& draft) {
    const std::vector<std::string> layers =
        document.style().layers.at(static_cast<std::size_t>(styleIndex)).layers;
    StyleDialog dialog(document, styleIndex, language, parent);
    if (draft) {
        dialog.setStyle(render::parseLayerStyle(*draft, "draft"));
    }
    const DraftScope scope(
        document.drafts(), QStringLiteral("style"), QStringLiteral("style"), &dialog,
        [&] {
            return nlohmann::json{{"layers", layers},
                                  {"style", render::toJson(dialog.style())},
                                  {"label", layers.empty() ? std::string() : layers.front()}};
        },
        draft.has_value());
    if (dialog.exec() != QDialog::Accepted) {
        return std::nullopt;
    }
    const int index = styleOfLayers(document.style(), layers, styleIndex);
    if (index < 0) {
        return tr("The layer was removed by another program; the style was not applied.");
    }
    document.setLayerStyle(index, dialog.style());
    return std::nullopt;
}

std::optional<QString> StyleEditing::restoreDraft(MapDocument& document,
                                                  const render::MapLanguage& language,
                                                  QWidget* parent, const nlohmann::json& draft) {
    try {
        const auto layers = draft.at("layers").get<std::vector<std::string>>();
        const int index = styleOfLayers(document.style(), layers, -1);
        if (index < 0) {
            return tr("The style of layer “%1” was not restored: the layer is no longer on the "
                      "map.")
                .arg(QString::fromStdString(layers.empty() ? std::string() : layers.front()));
        }
        return run(document, index, language, parent, draft.at("style"));
    } catch (const Error& e) {
        return translatedError(e);
    } catch (const nlohmann::json::exception&) {
        return tr("The style draft cannot be read.");
    }
}

}  // namespace rrw::ui
