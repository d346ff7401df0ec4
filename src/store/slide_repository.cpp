#include "store/slide_repository.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <sstream>

#include "core/error.h"
#include "core/text.h"
#include "store/record_checks.h"
#include "store/sqlite.h"

namespace rrw::store {

namespace {

bool hasSlides(const Project& project) {
    return project.schemaVersion() >= 6;
}

std::string label(const Slide& s) {
    return s.id > 0 ? "#" + std::to_string(s.id) : textLabel(s.titleDe, s.titleCs);
}

const char* const kColumns = R"sql(
    SELECT id, position, title_de, title_cs, notes_de, notes_cs, style_json, min_x, min_y,
           max_x, max_y, created_at, updated_at
    FROM rrw_slide)sql";

Slide readSlide(const Statement& q) {
    Slide s;
    s.id = q.integer(0);
    s.position = q.integer(1);
    s.titleDe = q.text(2);
    s.titleCs = q.text(3);
    s.notesDe = q.text(4);
    s.notesCs = q.text(5);
    s.styleJson = q.text(6);
    s.minX = q.real(7);
    s.minY = q.real(8);
    s.maxX = q.real(9);
    s.maxY = q.real(10);
    s.createdAt = q.text(11);
    s.updatedAt = q.text(12);
    return s;
}

Slide requireSlide(const Project& project, std::int64_t id) {
    auto s = getSlide(project, id);
    if (!s) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no slide {2}"),
                        {project.path(), "#" + std::to_string(id)});
    }
    return *s;
}

std::int64_t slideCount(const Project& project) {
    if (!hasSlides(project)) {
        return 0;
    }
    Statement q(project.db(), "SELECT count(*) FROM rrw_slide");
    q.step();
    return q.integer(0);
}

std::string extentText(const Slide& s) {
    std::ostringstream out;
    out << s.minX << ' ' << s.minY << ' ' << s.maxX << ' ' << s.maxY;
    return out.str();
}

void checkSlide(const Project& project, const Slide& s) {
    const std::string what = label(s);
    const std::pair<const std::string*, const char*> fields[] = {{&s.titleDe, "title_de"},
                                                                 {&s.titleCs, "title_cs"},
                                                                 {&s.notesDe, "notes_de"},
                                                                 {&s.notesCs, "notes_cs"},
                                                                 {&s.styleJson, "style_json"}};
    for (const auto& [text, field] : fields) {
        if (!isValidUtf8(*text)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: slide {2}: the field {3} is not valid UTF-8"),
                {project.path(), what, field});
        }
    }
    if (isBlank(s.titleDe) && isBlank(s.titleCs)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: slide {2} needs a German or a Czech title"),
                        {project.path(), what});
    }
    std::string problem;
    try {
        if (!nlohmann::json::parse(s.styleJson).is_object()) {
            problem = "not an object";
        }
    } catch (const nlohmann::json::exception& e) {
        problem = e.what();
    }
    if (!problem.empty()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: slide {2}: the map style is not a JSON object ({3})"),
            {project.path(), what, problem});
    }
    const bool finite = std::isfinite(s.minX) && std::isfinite(s.minY) && std::isfinite(s.maxX) &&
                        std::isfinite(s.maxY);
    if (!finite || !(s.minX < s.maxX) || !(s.minY < s.maxY)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: slide {2}: the extent {3} is not a rectangle "
                                          "(finite coordinates, minimum below maximum)"),
                        {project.path(), what, extentText(s)});
    }
}

void checkPosition(const Project& project, const std::string& what, std::int64_t position,
                   std::int64_t last) {
    if (position < 1 || position > last) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw", "{1}: slide {2}: the position {3} is outside 1–{4}"),
            {project.path(), what, std::to_string(position), std::to_string(last)});
    }
}

/// Moves the slides at positions >= `from` by `delta` (+1 makes room, -1 closes a gap).
void shiftFrom(Project& project, std::int64_t from, std::int64_t delta) {
    Statement q(project.db(), "UPDATE rrw_slide SET position = position + ?1 WHERE position >= ?2");
    q.bind(1, delta).bind(2, from).run();
}

Slide insert(Project& project, Slide s) {
    Statement q(project.db(), R"sql(
        INSERT INTO rrw_slide (id, position, title_de, title_cs, notes_de, notes_cs, style_json,
                               min_x, min_y, max_x, max_y, created_at, updated_at)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13))sql");
    if (s.id != 0) {
        q.bind(1, s.id);
    } else {
        q.bindNull(1);
    }
    q.bind(2, s.position).bind(3, s.titleDe).bind(4, s.titleCs).bind(5, s.notesDe);
    q.bind(6, s.notesCs).bind(7, s.styleJson).bind(8, s.minX).bind(9, s.minY);
    q.bind(10, s.maxX).bind(11, s.maxY).bind(12, s.createdAt).bind(13, s.updatedAt).run();
    s.id = sqlite3_last_insert_rowid(project.db());
    return s;
}

}  // namespace

std::vector<Slide> listSlides(const Project& project) {
    std::vector<Slide> out;
    if (!hasSlides(project)) {
        return out;
    }
    Statement q(project.db(), std::string(kColumns) + " ORDER BY position, id");
    while (q.step()) {
        out.push_back(readSlide(q));
    }
    return out;
}

std::optional<Slide> getSlide(const Project& project, std::int64_t id) {
    if (!hasSlides(project)) {
        return std::nullopt;
    }
    Statement q(project.db(), std::string(kColumns) + " WHERE id = ?1");
    q.bind(1, id);
    if (!q.step()) {
        return std::nullopt;
    }
    return readSlide(q);
}

Slide addSlide(Project& project, const Slide& slide, std::int64_t position) {
    Slide s = slide;
    s.id = 0;
    checkSlide(project, s);
    const std::int64_t count = slideCount(project);
    s.position = position == 0 ? count + 1 : position;
    checkPosition(project, label(s), s.position, count + 1);
    s.createdAt = s.updatedAt = utcNow();
    shiftFrom(project, s.position, 1);
    return insert(project, s);
}

Slide updateSlide(Project& project, const Slide& slide) {
    const Slide previous = requireSlide(project, slide.id);
    checkSlide(project, slide);
    Statement q(project.db(), R"sql(
        UPDATE rrw_slide SET title_de = ?1, title_cs = ?2, notes_de = ?3, notes_cs = ?4,
                             style_json = ?5, min_x = ?6, min_y = ?7, max_x = ?8, max_y = ?9,
                             updated_at = ?10
        WHERE id = ?11)sql");
    q.bind(1, slide.titleDe).bind(2, slide.titleCs).bind(3, slide.notesDe);
    q.bind(4, slide.notesCs).bind(5, slide.styleJson).bind(6, slide.minX).bind(7, slide.minY);
    q.bind(8, slide.maxX).bind(9, slide.maxY).bind(10, utcNow()).bind(11, slide.id).run();
    return previous;
}

Slide deleteSlide(Project& project, std::int64_t id) {
    const Slide previous = requireSlide(project, id);
    Statement q(project.db(), "DELETE FROM rrw_slide WHERE id = ?1");
    q.bind(1, id).run();
    shiftFrom(project, previous.position + 1, -1);
    return previous;
}

void restoreSlide(Project& project, const Slide& slide) {
    if (slide.id <= 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: there is no slide {2}"),
                        {project.path(), label(slide)});
    }
    if (getSlide(project, slide.id)) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the slide {2} exists already"),
                        {project.path(), label(slide)});
    }
    checkSlide(project, slide);
    checkPosition(project, label(slide), slide.position, slideCount(project) + 1);
    Slide s = slide;
    s.updatedAt = utcNow();
    if (s.createdAt.empty()) {
        s.createdAt = s.updatedAt;
    }
    shiftFrom(project, s.position, 1);
    insert(project, s);
}

std::int64_t moveSlide(Project& project, std::int64_t id, std::int64_t position) {
    const Slide slide = requireSlide(project, id);
    checkPosition(project, label(slide), position, slideCount(project));
    if (position == slide.position) {
        return slide.position;
    }
    // Close the gap behind the slide, open one at the target, then put it there.
    Statement park(project.db(), "UPDATE rrw_slide SET position = 0 WHERE id = ?1");
    park.bind(1, id).run();
    shiftFrom(project, slide.position + 1, -1);
    shiftFrom(project, position, 1);
    Statement place(project.db(),
                    "UPDATE rrw_slide SET position = ?1, updated_at = ?2 WHERE id = ?3");
    place.bind(1, position).bind(2, utcNow()).bind(3, id).run();
    return slide.position;
}

}  // namespace rrw::store
