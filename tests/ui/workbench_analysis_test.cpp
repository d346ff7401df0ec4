// Qt Test of the analysis parts in the workbench window, offscreen: a risk index run shown as a
// map, the "why" of one region, the BBK risk matrix edited with undo, in German and Czech.
// With RRW_SCREENSHOT_DIR set, it saves screenshots (docs/images is made this way).

#include <QSignalSpy>
#include <QTabWidget>

#include <QTableWidget>
#include <QUndoStack>
#include <fstream>

#include <QTest>
#include <nlohmann/json.hpp>

#include "analysis_workspace.h"
#include "import_runner.h"
#include "indicator_explorer.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_document.h"
#include "risk_matrix_page.h"
#include "risk_matrix_view.h"
#include "risk_panel.h"
#include "store/bbk_repository.h"
#include "store/indicator_repository.h"
#include "store/swot_repository.h"
#include "store/tows_repository.h"
#include "support/cli_runner.h"
#include "swot_board.h"
#include "tows_table.h"

using namespace rrw;

class WorkbenchAnalysisTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;
    QString project_;

    static void waitForMap(ui::MainWindow& window) {
        QTest::qWait(50);
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
    }

    static void screenshot(QWidget& widget, const QString& name) {
        const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            widget.grab().save(dir + QStringLiteral("/") + name);
        }
    }

private slots:
    void initTestCase() {
        project_ = QString::fromStdString(dir_.path("region.gpkg"));
        test::copyBundledProject(project_.toStdString());
    }

    void riskMapInGermanAndCzech() {
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1600, 960);
        window.show();
        QVERIFY(window.openProject(project_));
        waitForMap(window);

        ui::RiskPanel& panel = window.analysis().riskPanel();
        QVERIFY(panel.setHazard(QStringLiteral("border_closure")));
        QVERIFY(panel.setLevel(QStringLiteral("district")));
        panel.setSamples(1000);
        QSignalSpy finished(&panel, &ui::RiskPanel::runFinished);
        panel.run();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        QCOMPARE(panel.table()->rowCount(), 13);
        panel.selectRegion(QStringLiteral("CZ0411"));
        panel.showOnMap();
        QCOMPARE(window.analysis().tabs()->currentWidget(),
                 static_cast<QWidget*>(&window.canvas()));
        waitForMap(window);
        screenshot(window, QStringLiteral("risk_map_de.png"));

        language.set(QStringLiteral("cs"));
        QCoreApplication::processEvents();
        waitForMap(window);
        const QString czechRegion = panel.table()->item(0, ui::RiskPanel::Region)->text();
        QVERIFY2(czechRegion == QStringLiteral("Cheb"), qPrintable(czechRegion));
        screenshot(window, QStringLiteral("risk_map_cs.png"));
    }

    void riskMatrixEditsAreStoredAndUndone() {
        ui::Language language;
        language.set(QStringLiteral("cs"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1600, 960);
        window.show();
        QVERIFY(window.openProject(project_));
        ui::RiskMatrixPage& page = window.analysis().riskMatrix();
        window.analysis().tabs()->setCurrentWidget(&page);
        const auto stored = store::listBbkScenarios(document.project());
        QVERIFY(stored.size() >= 5);
        QCOMPARE(page.table()->rowCount(), static_cast<int>(stored.size()));
        QCOMPARE(page.view()->placements().size(), stored.size());
        screenshot(window, QStringLiteral("risk_matrix_cs.png"));

        const std::string id = stored.front().scenario.id;
        const auto before = stored.front().scenario.likelihood;
        const auto changed =
            before == analysis::Likelihood::E ? analysis::Likelihood::A : analysis::Likelihood::E;
        QVERIFY(page.setLikelihood(id, changed));
        QCOMPARE(store::getBbkScenario(document.project(), id)->scenario.likelihood, changed);
        QVERIFY(page.setExtent(id, "economy", 5));
        QCOMPARE(store::getBbkScenario(document.project(), id)->scenario.extent.at("economy"), 5);
        QVERIFY(!page.setExtent(id, "economy", 6));
        QVERIFY(!page.setExtent("no_such_scenario", "economy", 2));
        document.undoStack()->undo();
        document.undoStack()->undo();
        const auto restored = store::getBbkScenario(document.project(), id);
        QCOMPARE(restored->scenario.likelihood, before);
        QCOMPARE(restored->scenario.extent, stored.front().scenario.extent);
        // The page follows the store after undo.
        for (const auto& p : page.view()->placements()) {
            if (p.id == id) {
                QCOMPARE(p.likelihood, before);
            }
        }
        language.set(QStringLiteral("de"));
        QCoreApplication::processEvents();
        screenshot(window, QStringLiteral("risk_matrix_de.png"));
    }
    void swotBoardAndTowsInGermanAndCzech() {
        const std::string project = dir_.path("swot.gpkg");
        test::copyBundledProject(project);
        // Accepted proposals (with their indicator evidence) and items written by planners.
        for (const auto& [region, indicator] :
             std::vector<std::pair<std::string, std::string>>{{"DE24D", "pop_change_4y"},
                                                              {"CZ0413", "unemployment_rate"},
                                                              {"DE242", "gdp_per_capita_eur"}}) {
            const auto r = test::runCli(
                {"swot", "accept", project, "--region", region, "--indicator", indicator});
            QVERIFY2(r.exitCode == 0, r.err.c_str());
        }
        const auto add = [&](const char* category, const char* de, const char* cs,
                             const char* importance) {
            const auto r = test::runCli({"swot", "add", project, "--category", category,
                                         "--text-de", de, "--text-cs", cs, "--importance",
                                         importance, "--author", "RPV Oberfranken-Ost", "--json"});
            if (r.exitCode != 0) {
                qWarning("%s", r.err.c_str());
            }
            return nlohmann::json::parse(r.out).at("item").at("id").get<std::int64_t>();
        };
        const auto s = add("S", "Hohe Industriedichte (Porzellan, Keramik, Glas)",
                           "Vysoká hustota průmyslu (porcelán, keramika, sklo)", "5");
        add("W", "Fachkräftemangel in Pflege und Industrie",
            "Nedostatek kvalifikovaných pracovníků v péči a průmyslu", "4");
        const auto o = add("O", "Gemeinsames deutsch-tschechisches Innovationszentrum",
                           "Společné česko-německé inovační centrum", "3");
        const auto t = add("T", "Grenzschließung wie im Frühjahr 2020",
                           "Uzavření hranic jako na jaře 2020", "5");
        test::runCli({"tows", "add", project, "--kind", "ST", "--title-de",
                      "Pendlerinnen und Pendler bei Grenzschließungen absichern", "--title-cs",
                      "Zajistit přeshraniční pracovníky při uzavření hranic", "--items",
                      std::to_string(s) + "," + std::to_string(t), "--measures",
                      "greencard_commuters"});
        test::runCli({"tows", "add", project, "--kind", "SO", "--title-de",
                      "Industriekompetenz in ein gemeinsames Innovationszentrum einbringen",
                      "--title-cs", "Využít průmyslové know-how ve společném inovačním centru",
                      "--items", std::to_string(s) + "," + std::to_string(o), "--measures",
                      "innovation_centre"});

        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1600, 960);
        window.show();
        QVERIFY(window.openProject(QString::fromStdString(project)));
        const auto items = store::listSwotItems(document.project());
        QCOMPARE(items.size(), std::size_t{7});
        QCOMPARE(store::listTowsStrategies(document.project()).size(), std::size_t{2});
        window.analysis().tabs()->setCurrentWidget(&window.analysis().swotBoard());
        QCoreApplication::processEvents();
        screenshot(window, QStringLiteral("swot_board_de.png"));
        language.set(QStringLiteral("cs"));
        QCoreApplication::processEvents();
        screenshot(window, QStringLiteral("swot_board_cs.png"));
        window.analysis().tabs()->setCurrentWidget(&window.analysis().towsTable());
        QCoreApplication::processEvents();
        screenshot(window, QStringLiteral("tows_cs.png"));
        language.set(QStringLiteral("de"));
        QCoreApplication::processEvents();
        screenshot(window, QStringLiteral("tows_de.png"));
    }
    void importsIndicatorTablesFromTheWorkbench() {
        const std::string project = dir_.path("import.gpkg");
        test::copyBundledProject(project);
        const std::string good = dir_.path("werte.csv");
        std::ofstream(good, std::ios::binary) << "region_code;indicator_id;year;value;source\n"
                                                 "CZ0411;unemployment_rate;2030;3,3;MPSV 2030\n";
        const std::string bad = dir_.path("schlecht.csv");
        std::ofstream(bad, std::ios::binary) << "region_code,indicator_id,year,value,source\n"
                                                "XX1,unemployment_rate,2030,3,x\n";
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        QVERIFY(window.openProject(QString::fromStdString(project)));
        ui::ImportRunner runner(document, &window);
        QSignalSpy stored(&runner, &ui::ImportRunner::indicatorsImported);
        QSignalSpy failed(&runner, &ui::ImportRunner::failed);
        runner.run({QString::fromStdString(good), QString::fromStdString(bad)});
        QCOMPARE(stored.count(), 1);
        QCOMPARE(failed.count(), 1);
        QVERIFY2(failed.at(0).at(1).toString().contains(QStringLiteral("XX1")),
                 qPrintable(failed.at(0).at(1).toString()));
        bool found = false;
        for (const auto& v : store::latestValueRecords(document.project(), "district")) {
            if (v.regionCode == "CZ0411" && v.indicatorId == "unemployment_rate") {
                found = v.year == "2030" && v.value == 3.3 && v.source == "MPSV 2030";
            }
        }
        QVERIFY(found);
        QCOMPARE(store::listIndicators(document.project()).size(),
                 static_cast<std::size_t>(
                     window.analysis().indicatorExplorer().indicatorTable()->rowCount()));
    }
};

QTEST_MAIN(WorkbenchAnalysisTest)
#include "workbench_analysis_test.moc"
