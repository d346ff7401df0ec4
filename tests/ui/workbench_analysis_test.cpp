// Qt Test of the analysis parts in the workbench window, offscreen: a risk index run shown as a
// map, the "why" of one region, the BBK risk matrix edited with undo, in German and Czech.
// With RRW_SCREENSHOT_DIR set, it saves screenshots (docs/images is made this way).

#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QUndoStack>
#include <QTest>

#include "analysis_workspace.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_document.h"
#include "risk_matrix_page.h"
#include "risk_matrix_view.h"
#include "risk_panel.h"
#include "store/bbk_repository.h"
#include "support/cli_runner.h"

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
};

QTEST_MAIN(WorkbenchAnalysisTest)
#include "workbench_analysis_test.moc"
