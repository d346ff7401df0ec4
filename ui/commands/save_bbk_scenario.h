#pragma once

#include <QUndoCommand>

#include <optional>

#include "store/bbk_repository.h"

namespace rrw::ui {

class MapDocument;

/// One edit of a stored BBK scenario (likelihood or an extent class): the scenario before and
/// after. Redo and undo each write one transaction; a failing write is reported through
/// MapDocument::failed and leaves the store as it was.
class SaveBbkScenario : public QUndoCommand {
public:
    SaveBbkScenario(MapDocument& document, const QString& text, store::StoredBbkScenario before,
                    store::StoredBbkScenario after);
    void undo() override;
    void redo() override;

private:
    MapDocument& document_;
    store::StoredBbkScenario before_;
    store::StoredBbkScenario after_;

    void save(const store::StoredBbkScenario& scenario);
};

}  // namespace rrw::ui
