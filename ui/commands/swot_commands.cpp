#include "commands/swot_commands.h"

#include <QCoreApplication>

#include <algorithm>

#include "core/error.h"
#include "store/swot_suggestion_repository.h"

namespace rrw::ui {

namespace {

store::SuggestionKey keyOf(const analysis::SwotSuggestion& s) {
    return {s.region, s.indicator, s.category};
}

store::SwotItem requireItem(const store::Project& project, std::int64_t id) {
    auto item = store::getSwotItem(project, id);
    if (!item) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no SWOT item {2}"),
                        {project.path(), std::to_string(id)});
    }
    return *item;
}

/// Writes `snapshots` back whole: each item is deleted and restored with the snapshot's
/// fields, times, position and evidence, keeping its current TOWS links and decisions.
void restoreSnapshots(store::Project& project, const std::vector<store::SwotItem>& snapshots) {
    std::vector<store::DeletedSwotItem> removed;
    removed.reserve(snapshots.size());
    for (const auto& snapshot : snapshots) {
        removed.push_back(store::deleteSwotItem(project, snapshot.id));
    }
    for (std::size_t i = 0; i < snapshots.size(); ++i) {
        store::DeletedSwotItem back = removed[i];
        back.item = snapshots[i];
        store::restoreSwotItem(project, back);
    }
}

std::vector<store::SwotItem> snapshotsOf(const store::Project& project,
                                         const std::vector<std::int64_t>& ids) {
    std::vector<store::SwotItem> out;
    for (const std::int64_t id : ids) {
        if (auto item = store::getSwotItem(project, id)) {
            out.push_back(std::move(*item));
        }
    }
    return out;
}

/// The ids of one quadrant (region × category) in their order.
std::vector<std::int64_t> quadrantIds(const store::Project& project, const std::string& region,
                                      char category) {
    std::vector<std::int64_t> ids;
    for (const auto& item : store::listSwotItems(project, {region, category})) {
        ids.push_back(item.id);
    }
    return ids;
}

}  // namespace

// --- add / delete ---

AddSwotItem::AddSwotItem(MapDocument& document, store::SwotItem item)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SwotCommands", "Add SWOT item")),
      stored_(std::move(item)) {}

void AddSwotItem::execute(store::Project& project) {
    stored_ = store::addSwotItem(project, stored_);
}

void AddSwotItem::undoIn(store::Project& project) {
    deleted_ = store::deleteSwotItem(project, stored_.id);
}

void AddSwotItem::redoIn(store::Project& project) {
    store::restoreSwotItem(project, deleted_);
}

DeleteSwotItem::DeleteSwotItem(MapDocument& document, std::int64_t id)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SwotCommands", "Delete SWOT item")),
      id_(id) {}

void DeleteSwotItem::execute(store::Project& project) {
    deleted_ = store::deleteSwotItem(project, id_);
}

void DeleteSwotItem::undoIn(store::Project& project) {
    store::restoreSwotItem(project, deleted_);
}

void DeleteSwotItem::redoIn(store::Project& project) {
    deleted_ = store::deleteSwotItem(project, id_);
}

// --- edits of existing items ---

SwotSnapshotCommand::SwotSnapshotCommand(MapDocument& document, const QString& text)
    : RegisterCommand(document, text) {}

void SwotSnapshotCommand::execute(store::Project& project) {
    const auto ids = affected(project);
    before_ = snapshotsOf(project, ids);
    change(project);
    after_ = snapshotsOf(project, ids);
}

void SwotSnapshotCommand::undoIn(store::Project& project) {
    restoreSnapshots(project, before_);
}

void SwotSnapshotCommand::redoIn(store::Project& project) {
    restoreSnapshots(project, after_);
}

EditSwotItem::EditSwotItem(MapDocument& document, store::SwotItem edited)
    : SwotSnapshotCommand(document,
                          QCoreApplication::translate("rrw::ui::SwotCommands", "Edit SWOT item")),
      edited_(std::move(edited)) {}

std::vector<std::int64_t> EditSwotItem::affected(const store::Project&) const {
    return {edited_.id};
}

void EditSwotItem::change(store::Project& project) {
    const store::SwotItem current = requireItem(project, edited_.id);
    store::SwotItem next = edited_;
    // Same quadrant: keep the place; another one: the end of it (the store decides).
    next.position = next.regionCode == current.regionCode && next.category == current.category
                        ? current.position
                        : 0;
    store::updateSwotItem(project, next);
    for (const auto& old : current.evidence) {
        const bool kept = std::any_of(edited_.evidence.begin(), edited_.evidence.end(),
                                      [&](const store::SwotEvidence& e) { return e.id == old.id; });
        if (!kept) {
            store::removeSwotEvidence(project, old.id);
        }
    }
    for (const auto& e : edited_.evidence) {
        if (e.id == 0) {
            store::addSwotEvidence(project, edited_.id, e);
        }
    }
}

MoveSwotItem::MoveSwotItem(MapDocument& document, std::int64_t id, char category,
                           std::int64_t beforeId)
    : SwotSnapshotCommand(document,
                          QCoreApplication::translate("rrw::ui::SwotCommands", "Move SWOT item")),
      id_(id),
      category_(category),
      beforeId_(beforeId) {}

std::vector<std::int64_t> MoveSwotItem::affected(const store::Project& project) const {
    // The item and every item of the target quadrant (a move there pushes them down).
    const store::SwotItem item = requireItem(project, id_);
    std::vector<std::int64_t> ids = quadrantIds(project, item.regionCode, category_);
    if (std::find(ids.begin(), ids.end(), id_) == ids.end()) {
        ids.push_back(id_);
    }
    return ids;
}

void MoveSwotItem::change(store::Project& project) {
    const store::SwotItem item = requireItem(project, id_);
    std::optional<std::int64_t> position;
    if (beforeId_ != 0 && beforeId_ != id_) {
        const auto before = store::getSwotItem(project, beforeId_);
        if (before && before->regionCode == item.regionCode && before->category == category_) {
            position = before->position;
        }
    }
    store::moveSwotItem(project, id_, category_, position);
}

bool swotMoveChangesOrder(const store::Project& project, std::int64_t id, char category,
                          std::int64_t beforeId) {
    const auto item = store::getSwotItem(project, id);
    if (!item) {
        return false;
    }
    if (item->category != category) {
        return true;
    }
    const std::vector<std::int64_t> order = quadrantIds(project, item->regionCode, category);
    std::vector<std::int64_t> moved = order;
    std::erase(moved, id);
    const auto at = std::find(moved.begin(), moved.end(), beforeId);
    moved.insert(at, id);
    return moved != order;
}

// --- suggestions ---

AcceptSwotSuggestion::AcceptSwotSuggestion(MapDocument& document,
                                           analysis::SwotSuggestion suggestion, std::string author)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SwotCommands", "Accept suggestion")),
      suggestion_(std::move(suggestion)),
      author_(std::move(author)) {}

void AcceptSwotSuggestion::execute(store::Project& project) {
    stored_ = store::acceptSwotSuggestion(project, suggestion_, author_);
}

void AcceptSwotSuggestion::undoIn(store::Project& project) {
    deleted_ = store::deleteSwotItem(project, stored_.id);
    store::forgetSuggestionDecision(project, keyOf(suggestion_));
}

void AcceptSwotSuggestion::redoIn(store::Project& project) {
    // Accepting again records the decision but makes a new item; put the first one back in
    // its place (same id, evidence ids and times) and link the decision to it.
    const store::SwotItem fresh = store::acceptSwotSuggestion(project, suggestion_, author_);
    store::deleteSwotItem(project, fresh.id);
    store::restoreSwotItem(project, deleted_);
}

RejectSwotSuggestion::RejectSwotSuggestion(MapDocument& document,
                                           analysis::SwotSuggestion suggestion, std::string author)
    : RegisterCommand(document,
                      QCoreApplication::translate("rrw::ui::SwotCommands", "Reject suggestion")),
      suggestion_(std::move(suggestion)),
      author_(std::move(author)) {}

void RejectSwotSuggestion::execute(store::Project& project) {
    store::rejectSwotSuggestion(project, suggestion_, author_);
}

void RejectSwotSuggestion::undoIn(store::Project& project) {
    store::forgetSuggestionDecision(project, keyOf(suggestion_));
}

void RejectSwotSuggestion::redoIn(store::Project& project) {
    store::rejectSwotSuggestion(project, suggestion_, author_);
}

}  // namespace rrw::ui
