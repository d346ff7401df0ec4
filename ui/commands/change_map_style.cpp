#include "commands/change_map_style.h"

#include "map_document.h"

namespace rrw::ui {

ChangeMapStyle::ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                               render::MapStyle after)
    : QUndoCommand(text),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)) {}

void ChangeMapStyle::undo() {
    document_.applyStyle(before_);
}

void ChangeMapStyle::redo() {
    document_.applyStyle(after_);
}

}  // namespace rrw::ui
