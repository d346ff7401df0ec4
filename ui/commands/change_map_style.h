#pragma once

#include <QUndoCommand>

#include "render/style.h"

namespace rrw::ui {

class MapDocument;

/// One style or layer edit (visibility, opacity, order, symbology): the map style before and
/// after. Styles are small, so a snapshot is simpler and safer than a diff.
class ChangeMapStyle : public QUndoCommand {
public:
    ChangeMapStyle(MapDocument& document, const QString& text, render::MapStyle before,
                   render::MapStyle after);
    void undo() override;
    void redo() override;

private:
    MapDocument& document_;
    render::MapStyle before_;
    render::MapStyle after_;
};

}  // namespace rrw::ui
