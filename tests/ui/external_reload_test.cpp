// Qt Test of the workbench and other programs, offscreen: rrw-cli commits to the open project
// (a SWOT item, a scenario, an imported layer) and the window shows them within a few seconds,
// keeping the tab, the selection and the scenario editor's unsaved edits, with a status bar
// message; the undo history is cleared. The window's own edits, and a second connection that
// only reads (as the report dialog has), reload nothing.

#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <fstream>

#include "analysis_workspace.h"
#include "import_runner.h"
#include "language.h"
#include "main_window.h"
#include "map_document.h"
#include "project_watcher.h"
#include "scenario_editor.h"
#include "scenario_page.h"
#include "slide_panel.h"
#include "store/swot_repository.h"
#include "support/cli_runner.h"
#include "swot_board.h"
#include "swot_quadrant_list.h"

using namespace rrw;

namespace {

bool boardShows(ui::SwotBoard& board, const QString& text) {
    for (const char c : {'S', 'W', 'O', 'T'}) {
        const auto* list = board.quadrant(c);
        for (int row = 0; row < list->count(); ++row) {
            if (list->item(row)->text().contains(text)) {
                return true;
            }
        }
    }
    return false;
}

bool listShows(const QListWidget* list, const QString& data) {
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->data(Qt::UserRole).toString() == data) {
            return true;
        }
    }
    return false;
}

bool mapDraws(const ui::MapDocument& document, const std::string& layer) {
    for (const auto& s : document.style().layers) {
        if (s.layers == std::vector<std::string>{layer}) {
            return true;
        }
    }
    return false;
}

QPushButton* button(QWidget& parent, const char* context, const char* text) {
    const QString wanted = QCoreApplication::translate(context, text);
    for (auto* b : parent.findChildren<QPushButton*>()) {
        if (b->text() == wanted) {
            return b;
        }
    }
    return nullptr;
}

}  // namespace

class ExternalReloadTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;

    QString freshProject(const std::string& name) {
        const std::string path = dir_.path(name);
        test::copyBundledProject(path);
        return QString::fromStdString(path);
    }

    /// A scenario file named `name` (the bundled border closure renamed).
    std::string scenarioFile(const std::string& name) {
        std::ifstream in(std::string(RRW_DATA_DIR_FOR_TESTS) +
                         "/supply/scenarios/border_closure_3w.json");
        nlohmann::json json = nlohmann::json::parse(in);
        json["name"] = name;
        const std::string path = dir_.path(name + ".json");
        std::ofstream(path) << json.dump(2);
        return path;
    }

private slots:
    void showsOtherProgramsCommitsAndKeepsThePlace() {
        const QString path = freshProject("external.gpkg");
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(path));
        ui::AnalysisWorkspace& workspace = window.analysis();
        ui::SwotBoard& board = workspace.swotBoard();
        ui::ScenarioPage& page = workspace.scenarioPage();

        // The user's place: the SWOT tab, an item of its own (one undo step), selected.
        workspace.tabs()->setCurrentWidget(&board);
        store::SwotItem own;
        own.category = 'S';
        own.textDe = "Eigene Stärke aus dem Workshop";
        QVERIFY(board.addItem(own));
        const std::int64_t selected = board.selectedItemId();
        QVERIFY(selected > 0);
        QCOMPARE(document.undoStack()->count(), 1);
        // Unsaved edits in the scenario editor.
        QVERIFY(page.scenarioList()->count() > 0);
        page.scenarioList()->setCurrentRow(0);
        const QString edited = QStringLiteral("Noch nicht gespeichert: Umleitung über Cheb");
        page.editor()
            .findChild<QPlainTextEdit*>(QStringLiteral("description"))
            ->setPlainText(edited);
        QVERIFY(page.editor().isModified());
        const QString editedScenario = page.editor().findChild<QLineEdit*>("name")->text();

        QSignalSpy reloaded(&document, &ui::MapDocument::reloaded);
        const std::string project = path.toStdString();
        auto r = test::runCli({"swot", "add", project, "--category", "O", "--text-de",
                               "Chance aus der Kommandozeile", "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(boardShows(board, QStringLiteral("Chance aus der Kommandozeile")),
                                 15000);
        QCOMPARE(reloaded.count(), 1);
        QCOMPARE(reloaded.front().front().toBool(), true);  // there was undo history
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("The project was changed by another program; reloaded. The undo "
                                "history was cleared."));
        QCOMPARE(document.undoStack()->count(), 0);
        QCOMPARE(workspace.tabs()->currentWidget(), &board);
        QCOMPARE(board.selectedItemId(), selected);
        QVERIFY(page.editor().isModified());
        QCOMPARE(
            page.editor().findChild<QPlainTextEdit*>(QStringLiteral("description"))->toPlainText(),
            edited);

        // A scenario saved by rrw-cli: the list shows it, the editor keeps its edits.
        r = test::runCli({"scenario", "save", project, scenarioFile("cli_detour"), "--json"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(listShows(page.scenarioList(), QStringLiteral("cli_detour")),
                                 15000);
        QCOMPARE(reloaded.count(), 2);
        QCOMPARE(reloaded.back().front().toBool(), false);
        QCOMPARE(window.statusBar()->currentMessage(),
                 QStringLiteral("The project was changed by another program; reloaded."));
        QVERIFY(page.editor().isModified());
        QCOMPARE(page.editor().findChild<QLineEdit*>("name")->text(), editedScenario);
        QCOMPARE(
            page.editor().findChild<QPlainTextEdit*>(QStringLiteral("description"))->toPlainText(),
            edited);

        // A layer imported by rrw-cli: on the map, drawn from the new connection.
        r = test::runCli({"import", project,
                          std::string(RRW_TEST_DATA_DIR) + "/good/okresy_karlovarsky.geojson",
                          "--name", "okresy_cli"});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(mapDraws(document, "okresy_cli"), 15000);
        QVERIFY(document.content()->info("okresy_cli") != nullptr);
        QCOMPARE(workspace.tabs()->currentWidget(), &board);

        // A SWOT item deleted by rrw-cli: the card goes, nothing else is selected instead.
        r = test::runCli({"swot", "delete", project, std::to_string(selected)});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        QTRY_VERIFY_WITH_TIMEOUT(
            !boardShows(board, QStringLiteral("Eigene Stärke aus dem Workshop")), 15000);
        QCOMPARE(board.selectedItemId(), std::int64_t{0});
    }

    void ownEditsReloadNothing() {
        const QString path = freshProject("own.gpkg");
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(path));
        QSignalSpy reloaded(&document, &ui::MapDocument::reloaded);
        ui::AnalysisWorkspace& workspace = window.analysis();

        store::SwotItem item;
        item.category = 'T';
        item.textCs = "Vlastní hrozba";
        QVERIFY(workspace.swotBoard().addItem(item));
        document.setLayerVisible(0, !document.style().layers.front().visible);
        document.undoStack()->undo();
        store::Slide slide;
        slide.titleDe = "Eigene Folie";
        QVERIFY(!window.slidePanel().addCurrentView(slide).has_value());
        ui::ScenarioPage& page = workspace.scenarioPage();
        page.scenarioList()->setCurrentRow(0);
        page.editor()
            .findChild<QPlainTextEdit*>(QStringLiteral("description"))
            ->setPlainText(QStringLiteral("Gespeichert im Fenster"));
        QPushButton* save = button(page, "rrw::ui::ScenarioPage", "Save as new &version");
        QVERIFY(save != nullptr && save->isEnabled());
        save->click();
        QVERIFY(!page.editor().isModified());
        // An import through the window (a worker thread on the window's connection).
        auto* importer = window.findChild<ui::ImportRunner*>();
        QVERIFY(importer != nullptr);
        QSignalSpy imported(importer, &ui::ImportRunner::imported);
        importer->run({QStringLiteral(RRW_TEST_DATA_DIR "/good/okresy_karlovarsky.geojson")});
        QCOMPARE(imported.count(), 1);
        QVERIFY(mapDraws(document, imported.front().front().toString().toStdString()));
        {
            // A second connection that only reads, as the report dialog's worker has.
            store::Project reader = store::Project::open(path.toStdString());
            QVERIFY(!store::listSwotItems(reader).empty());
        }
        // Several polls later nothing was reloaded.
        const int checks = window.watcher().checks();
        QTRY_VERIFY_WITH_TIMEOUT(window.watcher().checks() >= checks + 3, 10000);
        QVERIFY(!window.watcher().check());
        QCOMPARE(reloaded.count(), 0);
        QVERIFY(document.undoStack()->count() > 0);
    }
};

QTEST_MAIN(ExternalReloadTest)
#include "external_reload_test.moc"
