// The SWOT register: round trips, filters, ordering, constraint errors, cascades, undo
// (update/move/delete return what restores the previous state), and hostile texts.

#include "store/swot_repository.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>

#include "core/error.h"
#include "store/sqlite.h"
#include "store/tows_repository.h"
#include "support/cli_runner.h"
#include "support/db_dump.h"
#include "support/fixtures.h"

namespace rrw::store {

namespace {

/// A migrated copy of the schema-3 fixture (regions, indicators, layers, one index run).
class SwotRegister : public ::testing::Test {
protected:
    void SetUp() override {
        path_ = dir_.path("p.gpkg");
        std::filesystem::copy_file(test::testDataPath("store/project_schema3.gpkg"), path_);
        project_ = std::make_unique<Project>(Project::open(path_));
        project_->write([] {});  // migrate
    }

    Project& project() { return *project_; }

    SwotItem add(char category, const std::string& textDe, const std::string& region = "") {
        SwotItem item;
        item.category = category;
        item.textDe = textDe;
        item.regionCode = region;
        SwotItem stored;
        project().write([&] { stored = addSwotItem(project(), item); });
        return stored;
    }

    std::int64_t count(const std::string& sql) {
        Statement q(project().db(), sql);
        return q.step() ? q.integer(0) : -1;
    }

    /// The error key of what `work` throws inside a write ("" when nothing is thrown).
    std::string errorOf(const std::function<void()>& work) {
        try {
            project().write(work);
        } catch (const Error& e) {
            return e.message();
        }
        return "";
    }

    test::ScratchDir dir_;
    std::string path_;
    std::unique_ptr<Project> project_;
};

/// A database dump as table -> sorted rows, without sqlite_sequence.
std::map<std::string, std::vector<std::string>> rowsByTable(const std::string& dump) {
    std::map<std::string, std::vector<std::string>> out;
    std::string table = "(schema)";
    std::size_t start = 0;
    while (start < dump.size()) {
        const std::size_t end = std::min(dump.find('\n', start), dump.size());
        const std::string line = dump.substr(start, end - start);
        start = end + 1;
        if (line.rfind("-- ", 0) == 0) {
            table = line.substr(3);
        } else if (table != "sqlite_sequence") {
            out[table].push_back(line);
        }
    }
    for (auto& [name, rows] : out) {
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

}  // namespace

TEST_F(SwotRegister, AddGetAndListRoundTrip) {
    SwotItem item;
    item.regionCode = "DE24D";
    item.category = 'W';
    item.textDe = "Hoher Anteil älterer Menschen";
    item.textCs = "Vysoký podíl starších obyvatel";
    item.importance = 4;
    item.author = "Jiří Šťastný";
    item.evidence = {{0, 0, "indicator", "share_75plus", "11,9 %"},
                     {0, 0, "source", "https://www.statistik.bayern.de", ""}};
    SwotItem stored;
    project().write([&] { stored = addSwotItem(project(), item); });
    EXPECT_GT(stored.id, 0);
    EXPECT_EQ(stored.position, 1);
    EXPECT_EQ(stored.origin, "manual");
    EXPECT_FALSE(stored.createdAt.empty());
    ASSERT_EQ(stored.evidence.size(), 2u);
    EXPECT_GT(stored.evidence[0].id, 0);

    const auto read = getSwotItem(project(), stored.id);
    ASSERT_TRUE(read.has_value());
    EXPECT_EQ(read->regionCode, "DE24D");
    EXPECT_EQ(read->category, 'W');
    EXPECT_EQ(read->textDe, item.textDe);
    EXPECT_EQ(read->textCs, item.textCs);
    EXPECT_EQ(read->importance, 4);
    EXPECT_EQ(read->author, "Jiří Šťastný");
    EXPECT_EQ(read->createdAt, stored.createdAt);
    ASSERT_EQ(read->evidence.size(), 2u);
    EXPECT_EQ(read->evidence[0].kind, "indicator");
    EXPECT_EQ(read->evidence[0].ref, "share_75plus");
    EXPECT_EQ(read->evidence[0].note, "11,9 %");
    EXPECT_EQ(read->evidence[1].itemId, stored.id);
    EXPECT_FALSE(getSwotItem(project(), stored.id + 100).has_value());
}

TEST_F(SwotRegister, OneTextIsEnoughAndMissingTextsStayEmpty) {
    SwotItem only;
    only.category = 'T';
    only.textCs = "Odliv mladých lidí";
    SwotItem stored;
    project().write([&] { stored = addSwotItem(project(), only); });
    const auto read = getSwotItem(project(), stored.id);
    EXPECT_EQ(read->textDe, "");
    EXPECT_EQ(read->textCs, "Odliv mladých lidí");
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_swot_item WHERE text_de IS NULL"), 1);
}

TEST_F(SwotRegister, FiltersAndOrder) {
    add('T', "Bedrohung Bereich");
    add('S', "Stärke Bereich");
    add('S', "Stärke Cheb", "CZ0411");
    add('W', "Schwäche Cheb", "CZ0411");
    add('S', "Zweite Stärke Cheb", "CZ0411");
    add('O', "Chance Hof", "DE249");

    const auto all = listSwotItems(project());
    ASSERT_EQ(all.size(), 6u);
    // Cross-border area first (S before T), then regions by code, S W O T, position.
    EXPECT_EQ(all[0].textDe, "Stärke Bereich");
    EXPECT_EQ(all[1].textDe, "Bedrohung Bereich");
    EXPECT_EQ(all[2].textDe, "Stärke Cheb");
    EXPECT_EQ(all[3].textDe, "Zweite Stärke Cheb");
    EXPECT_EQ(all[3].position, 2);
    EXPECT_EQ(all[4].textDe, "Schwäche Cheb");
    EXPECT_EQ(all[5].regionCode, "DE249");

    EXPECT_EQ(listSwotItems(project(), {std::string("CZ0411"), std::nullopt}).size(), 3u);
    EXPECT_EQ(listSwotItems(project(), {std::string(), std::nullopt}).size(), 2u);
    EXPECT_EQ(listSwotItems(project(), {std::nullopt, 'S'}).size(), 3u);
    EXPECT_EQ(listSwotItems(project(), {std::string("CZ0411"), 'S'}).size(), 2u);
    EXPECT_TRUE(listSwotItems(project(), {std::string("DE24D"), std::nullopt}).empty());
}

TEST_F(SwotRegister, BadItemsAreRefusedNamingTheItem) {
    SwotItem item;
    item.textDe = "Fachkräftemangel in der Pflege";
    item.category = 'X';
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("Fachkräftemangel"),
              std::string::npos);
    item.category = 'W';
    item.importance = 0;
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("importance"), std::string::npos);
    item.importance = 6;
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }), "");
    item.importance = 3;
    item.regionCode = "DE999";
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("DE999"), std::string::npos);
    item.regionCode = "";
    item.textDe = "  \n";
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("German or a Czech"),
              std::string::npos);
    item.textDe = std::string("ung\xC3\xBCltig \xFF");
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("UTF-8"), std::string::npos);
    item.textDe = "Text";
    item.evidence = {{0, 0, "rumour", "x", ""}};
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("rumour"), std::string::npos);
    for (const auto& [kind, ref] : std::vector<std::pair<std::string, std::string>>{
             {"indicator", "no_such_indicator"},
             {"layer", "rrw_meta"},  // a table, not a layer
             {"layer", "nope"},
             {"index_run", "2"},
             {"index_run", "1; DROP TABLE rrw_index_run"},
             {"bbk_scenario", "pandemic"}}) {  // none stored in this project
        item.evidence = {{0, 0, kind, ref, ""}};
        const std::string message = errorOf([&] { addSwotItem(project(), item); });
        EXPECT_NE(message.find(kind + ":" + ref), std::string::npos) << message;
    }
    item.evidence = {{0, 0, "source", "BBK 2010", ""}, {0, 0, "source", "BBK 2010", ""}};
    EXPECT_NE(errorOf([&] { addSwotItem(project(), item); }).find("already has"),
              std::string::npos);
    // Nothing of the failed writes is left.
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_swot_item"), 0);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_swot_evidence"), 0);
}

TEST_F(SwotRegister, UpdateReturnsThePreviousItemForUndo) {
    const SwotItem original = add('S', "Gute Verkehrsanbindung", "DE24D");
    SwotItem changed = original;
    changed.textDe = "Sehr gute Verkehrsanbindung";
    changed.textCs = "Velmi dobrá dopravní dostupnost";
    changed.importance = 5;
    SwotItem previous;
    project().write([&] { previous = updateSwotItem(project(), changed); });
    EXPECT_EQ(previous.textDe, "Gute Verkehrsanbindung");
    EXPECT_EQ(previous.importance, 3);
    auto now = getSwotItem(project(), original.id);
    EXPECT_EQ(now->textCs, "Velmi dobrá dopravní dostupnost");
    EXPECT_EQ(now->importance, 5);
    EXPECT_EQ(now->position, original.position);
    // Undo: write the previous item back.
    project().write([&] { updateSwotItem(project(), previous); });
    now = getSwotItem(project(), original.id);
    EXPECT_EQ(now->textDe, original.textDe);
    EXPECT_EQ(now->textCs, "");
    EXPECT_EQ(now->importance, 3);
    // A missing item is named.
    changed.id = 999;
    EXPECT_NE(errorOf([&] { updateSwotItem(project(), changed); }).find("999"), std::string::npos);
}

TEST_F(SwotRegister, MoveChangesCategoryAndPositionAndCanBeUndone) {
    const SwotItem a = add('O', "Chance A");
    const SwotItem b = add('O', "Chance B");
    const SwotItem t = add('T', "Risiko");
    // Risiko becomes the first opportunity: A and B move down.
    SwotItem previous;
    project().write([&] { previous = moveSwotItem(project(), t.id, 'O', 1); });
    EXPECT_EQ(previous.category, 'T');
    auto opportunities = listSwotItems(project(), {std::nullopt, 'O'});
    ASSERT_EQ(opportunities.size(), 3u);
    EXPECT_EQ(opportunities[0].id, t.id);
    EXPECT_EQ(opportunities[1].id, a.id);
    EXPECT_EQ(opportunities[2].id, b.id);
    // Without a position: the end of the quadrant.
    project().write([&] { moveSwotItem(project(), a.id, 'O'); });
    opportunities = listSwotItems(project(), {std::nullopt, 'O'});
    EXPECT_EQ(opportunities.back().id, a.id);
    // Undo of the first move.
    project().write([&] { updateSwotItem(project(), previous); });
    EXPECT_EQ(getSwotItem(project(), t.id)->category, 'T');
    EXPECT_EQ(getSwotItem(project(), t.id)->position, t.position);
    EXPECT_NE(errorOf([&] { moveSwotItem(project(), t.id, 'Q'); }), "");
    EXPECT_NE(errorOf([&] { moveSwotItem(project(), t.id, 'S', 0); }), "");
    EXPECT_NE(errorOf([&] { moveSwotItem(project(), 4242, 'S'); }).find("4242"), std::string::npos);
}

TEST_F(SwotRegister, MoveIsRefusedWhenALinkedStrategyDoesNotPairTheCategory) {
    const SwotItem s = add('S', "Stärke");
    const SwotItem o = add('O', "Chance");
    TowsStrategy strategy;
    strategy.kind = "SO";
    strategy.titleDe = "Stärke nutzen";
    strategy.itemIds = {s.id, o.id};
    TowsStrategy stored;
    project().write([&] { stored = addTowsStrategy(project(), strategy); });
    const std::string message = errorOf([&] { moveSwotItem(project(), s.id, 'W'); });
    EXPECT_NE(message.find("TOWS strategy " + std::to_string(stored.id)), std::string::npos)
        << message;
    EXPECT_NE(errorOf([&] {
                  SwotItem w = *getSwotItem(project(), s.id);
                  w.category = 'T';
                  updateSwotItem(project(), w);
              }),
              "");
    EXPECT_EQ(errorOf([&] { moveSwotItem(project(), o.id, 'O', 1); }), "");  // same category
}

TEST_F(SwotRegister, DeleteCascadesAndRestoreBringsEverythingBack) {
    SwotItem item;
    item.category = 'S';
    item.regionCode = "CZ0412";
    item.textCs = "Lázeňství";
    item.evidence = {{0, 0, "layer", "okresy_cz", "polygon"}, {0, 0, "index_run", "1", ""}};
    SwotItem stored;
    project().write([&] { stored = addSwotItem(project(), item); });
    const SwotItem o = add('O', "Gesundheitstourismus");
    TowsStrategy strategy;
    strategy.kind = "SO";
    strategy.titleCs = "Rozvoj lázeňství";
    strategy.itemIds = {stored.id, o.id};
    TowsStrategy towsStored;
    project().write([&] { towsStored = addTowsStrategy(project(), strategy); });
    const std::string before = test::dumpDatabase(path_);

    DeletedSwotItem deleted;
    project().write([&] { deleted = deleteSwotItem(project(), stored.id); });
    EXPECT_FALSE(getSwotItem(project(), stored.id).has_value());
    EXPECT_EQ(deleted.item.evidence.size(), 2u);
    EXPECT_EQ(deleted.strategyIds, std::vector<std::int64_t>{towsStored.id});
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_swot_evidence WHERE item_id = " +
                    std::to_string(stored.id)),
              0);
    EXPECT_EQ(getTowsStrategy(project(), towsStored.id)->itemIds, std::vector<std::int64_t>{o.id});
    // A new item does not reuse the deleted id (AUTOINCREMENT), so an undo can restore it.
    const SwotItem later = add('W', "Später");
    EXPECT_GT(later.id, stored.id);
    project().write([&] { deleteSwotItem(project(), later.id); });

    project().write([&] { restoreSwotItem(project(), deleted); });
    const auto back = getSwotItem(project(), stored.id);
    ASSERT_TRUE(back.has_value());
    EXPECT_EQ(back->evidence.size(), 2u);
    EXPECT_EQ(back->evidence[0].id, stored.evidence[0].id);
    EXPECT_EQ(back->createdAt, stored.createdAt);
    EXPECT_EQ(getTowsStrategy(project(), towsStored.id)->itemIds.size(), 2u);
    EXPECT_NE(errorOf([&] { restoreSwotItem(project(), deleted); }).find("exists already"),
              std::string::npos);
    // Same content as before the deletion (rows compared per table in any order; the
    // AUTOINCREMENT counters remember the item added meanwhile).
    EXPECT_EQ(rowsByTable(test::dumpDatabase(path_)), rowsByTable(before));
}

TEST_F(SwotRegister, EvidenceCanBeRemovedAndAddedBack) {
    const SwotItem item = add('T', "Trockenheit");
    SwotEvidence added;
    project().write([&] {
        added = addSwotEvidence(project(), item.id, {0, 0, "source", "DWD Klimaatlas", ""});
    });
    EXPECT_EQ(added.itemId, item.id);
    SwotEvidence removed;
    project().write([&] { removed = removeSwotEvidence(project(), added.id); });
    EXPECT_EQ(removed.ref, "DWD Klimaatlas");
    EXPECT_TRUE(getSwotItem(project(), item.id)->evidence.empty());
    project().write([&] { addSwotEvidence(project(), removed.itemId, removed); });
    const auto back = getSwotItem(project(), item.id);
    ASSERT_EQ(back->evidence.size(), 1u);
    EXPECT_EQ(back->evidence[0].id, added.id);
    EXPECT_NE(errorOf([&] { removeSwotEvidence(project(), 777); }).find("777"), std::string::npos);
    EXPECT_NE(errorOf([&] {
                  addSwotEvidence(project(), 555, {0, 0, "source", "x", ""});
              }).find("555"),
              std::string::npos);
}

TEST_F(SwotRegister, HostileTextsStayPlainData) {
    const std::string hostile = "'); DROP TABLE rrw_swot_item; --";
    SwotItem item;
    item.category = 'S';
    item.textDe = hostile;
    item.textCs = "\" OR 1=1 --";
    item.author = "Robert'); DELETE FROM rrw_region; --";
    item.evidence = {{0, 0, "source", "x' OR '1'='1", "note'); DROP TABLE rrw_measure;--"}};
    SwotItem stored;
    project().write([&] { stored = addSwotItem(project(), item); });
    const auto read = getSwotItem(project(), stored.id);
    EXPECT_EQ(read->textDe, hostile);
    EXPECT_EQ(read->textCs, "\" OR 1=1 --");
    EXPECT_EQ(read->author, item.author);
    EXPECT_EQ(read->evidence[0].ref, "x' OR '1'='1");
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_region"), 16);
    EXPECT_EQ(count("SELECT COUNT(*) FROM rrw_swot_item"), 1);
    // A region code that is an injection attempt is just an unknown region.
    EXPECT_EQ(listSwotItems(project(), {std::string("' OR '1'='1"), std::nullopt}).size(), 0u);
}

}  // namespace rrw::store
