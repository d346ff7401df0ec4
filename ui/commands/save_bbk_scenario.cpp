#include "commands/save_bbk_scenario.h"

#include "core/error.h"
#include "map_document.h"
#include "ui_text.h"

namespace rrw::ui {

SaveBbkScenario::SaveBbkScenario(MapDocument& document, const QString& text,
                                 store::StoredBbkScenario before, store::StoredBbkScenario after)
    : QUndoCommand(text),
      document_(document),
      before_(std::move(before)),
      after_(std::move(after)) {}

void SaveBbkScenario::undo() {
    save(before_);
}

void SaveBbkScenario::redo() {
    save(after_);
}

void SaveBbkScenario::save(const store::StoredBbkScenario& scenario) {
    try {
        store::Project& project = document_.project();
        project.write([&] { store::saveBbkScenario(project, scenario); });
    } catch (const Error& e) {
        emit document_.failed(translatedError(e));
    }
}

}  // namespace rrw::ui
