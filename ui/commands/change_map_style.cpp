#include "commands/change_map_style.h"

#include "map_document.h"

namespace rrw::ui {

ChangeMapStyle::ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                               render::MapStyle after)
    : QUndoCommand(text),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)),
      joinsBefore_(document.joins()),
      joinsAfter_(document.joins()) {}

ChangeMapStyle::ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                               std::vector<render::ValueJoin> joinsBefore, render::MapStyle after,
                               std::vector<render::ValueJoin> joinsAfter)
    : QUndoCommand(text),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)),
      joinsBefore_(std::move(joinsBefore)),
      joinsAfter_(std::move(joinsAfter)) {}

void ChangeMapStyle::undo() {
    document_.applyStyle(before_, joinsBefore_);
}

void ChangeMapStyle::redo() {
    document_.applyStyle(after_, joinsAfter_);
}

}  // namespace rrw::ui
