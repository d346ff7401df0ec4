#pragma once

#include <QUndoCommand>

#include <vector>

#include "render/map_content.h"
#include "render/style.h"

namespace rrw::ui {

class MapDocument;

/// One style or layer edit (visibility, opacity, order, symbology, values shown on the map): the
/// map style and its joined values before and after. Styles are small, so a snapshot is simpler
/// and safer than a diff (joined values are a few hundred numbers at most).
class ChangeMapStyle : public QUndoCommand {
public:
    ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                   render::MapStyle after);
    ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                   std::vector<render::ValueJoin> joinsBefore, render::MapStyle after,
                   std::vector<render::ValueJoin> joinsAfter);
    void undo() override;
    void redo() override;

private:
    MapDocument& document_;
    render::MapStyle before_;
    render::MapStyle after_;
    std::vector<render::ValueJoin> joinsBefore_;
    std::vector<render::ValueJoin> joinsAfter_;
};

}  // namespace rrw::ui
