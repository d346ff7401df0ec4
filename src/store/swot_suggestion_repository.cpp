#include "store/swot_suggestion_repository.h"

#include <cstdio>

#include "core/error.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

const char* const kColumns = R"sql(
    SELECT region_code, indicator_id, category, decision, COALESCE(item_id, 0),
           COALESCE(decided_by, ''), decided_at
    FROM rrw_swot_suggestion_decision)sql";

SuggestionDecision readDecision(const Statement& q) {
    const std::string category = q.text(2);
    return {{q.text(0), q.text(1), category.empty() ? '?' : category[0]},
            q.text(3),
            q.integer(4),
            q.text(5),
            q.text(6)};
}

SuggestionKey keyOf(const analysis::SwotSuggestion& s) {
    return {s.region, s.indicator, s.category};
}

/// Region, indicator and category must name something real, and the proposal must be open.
void checkOpen(const Project& project, const analysis::SwotSuggestion& s) {
    const std::string category(1, s.category);
    if (s.category != 'S' && s.category != 'W') {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "the suggestion for {1} / {2} has the category '{3}'; "
                                          "suggestions are S or W"),
                        {s.region, s.indicator, category});
    }
    if (!regionExists(project, s.region)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no region '{2}'"),
                        {project.path(), s.region});
    }
    Statement indicator(project.db(), "SELECT 1 FROM rrw_indicator WHERE id = ?1");
    indicator.bind(1, s.indicator);
    if (!indicator.step()) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the project has no indicator '{2}'"),
                        {project.path(), s.indicator});
    }
    if (const auto d = getSuggestionDecision(project, keyOf(s))) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "the suggestion {1} for {2} / {3} was already decided: "
                                          "{4} on {5}"),
                        {category, s.region, s.indicator, d->decision, d->decidedAt});
    }
}

void recordDecision(Project& project, const SuggestionKey& key, const char* decision,
                    std::int64_t itemId, const std::string& author, const std::string& at) {
    Statement q(project.db(), R"sql(
        INSERT INTO rrw_swot_suggestion_decision (region_code, indicator_id, category, decision,
                                                  item_id, decided_by, decided_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7))sql");
    q.bind(1, key.regionCode).bind(2, key.indicatorId).bind(3, std::string(1, key.category));
    q.bind(4, decision);
    if (itemId != 0) {
        q.bind(5, itemId);
    } else {
        q.bindNull(5);
    }
    q.bindOptional(6, author).bind(7, at).run();
}

std::string number(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

}  // namespace

std::vector<SuggestionDecision> listSuggestionDecisions(const Project& project) {
    std::vector<SuggestionDecision> out;
    if (project.schemaVersion() < 4) {
        return out;
    }
    Statement q(project.db(),
                std::string(kColumns) + " ORDER BY region_code, indicator_id, category");
    while (q.step()) {
        out.push_back(readDecision(q));
    }
    return out;
}

std::optional<SuggestionDecision> getSuggestionDecision(const Project& project,
                                                        const SuggestionKey& key) {
    if (project.schemaVersion() < 4) {
        return std::nullopt;
    }
    Statement q(
        project.db(),
        std::string(kColumns) + " WHERE region_code = ?1 AND indicator_id = ?2 AND category = ?3");
    q.bind(1, key.regionCode).bind(2, key.indicatorId).bind(3, std::string(1, key.category));
    if (!q.step()) {
        return std::nullopt;
    }
    return readDecision(q);
}

SwotItem acceptSwotSuggestion(Project& project, const analysis::SwotSuggestion& suggestion,
                              const std::string& author) {
    checkOpen(project, suggestion);
    SwotItem item;
    item.regionCode = suggestion.region;
    item.category = suggestion.category;
    item.textDe = suggestion.textDe;
    item.textCs = suggestion.textCs;
    item.author = author;
    item.origin = "suggestion";
    // The note keeps the numbers of the moment of acceptance (values change with new data).
    item.evidence.push_back({0, 0, "indicator", suggestion.indicator,
                             "value " + number(suggestion.value) + "; cross-border mean " +
                                 number(suggestion.reference) + "; z " +
                                 number(suggestion.zScore)});
    SwotItem stored = addSwotItem(project, item);
    recordDecision(project, keyOf(suggestion), "accepted", stored.id, author, stored.createdAt);
    return stored;
}

SuggestionDecision rejectSwotSuggestion(Project& project,
                                        const analysis::SwotSuggestion& suggestion,
                                        const std::string& author) {
    checkOpen(project, suggestion);
    checkUtf8(author,
              QT_TRANSLATE_NOOP("rrw", "the suggestion for {1}: the field {2} is not valid UTF-8"),
              suggestion.region + " / " + suggestion.indicator, "author");
    const std::string now = utcNow();
    recordDecision(project, keyOf(suggestion), "rejected", 0, author, now);
    return {keyOf(suggestion), "rejected", 0, author, now};
}

std::optional<SuggestionDecision> forgetSuggestionDecision(Project& project,
                                                           const SuggestionKey& key) {
    auto decision = getSuggestionDecision(project, key);
    if (decision) {
        Statement q(project.db(), R"sql(
            DELETE FROM rrw_swot_suggestion_decision
            WHERE region_code = ?1 AND indicator_id = ?2 AND category = ?3)sql");
        q.bind(1, key.regionCode).bind(2, key.indicatorId).bind(3, std::string(1, key.category));
        q.run();
    }
    return decision;
}

}  // namespace rrw::store
