// Qt Test of the supply-chain scenario page in the workbench window, offscreen: the bundled
// border closure run with and without measures from the page (progress, stored runs), its
// results (jobs at risk on both sides, production, flows, measures by benefit/cost), the two
// runs compared, a canceled run that stores nothing, in German and Czech. With
// RRW_SCREENSHOT_DIR set, it saves screenshots (docs/images is made this way).

#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTest>

#include <nlohmann/json.hpp>

#include "analysis_workspace.h"
#include "bar_chart.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_document.h"
#include "measure_ranking.h"
#include "production_chart.h"
#include "result_map.h"
#include "run_comparison.h"
#include "run_results.h"
#include "scenario_editor.h"
#include "scenario_page.h"
#include "store/scenario_run_repository.h"
#include "supply_job.h"
#include "support/cli_runner.h"

using namespace rrw;

class ScenarioPageTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;
    QString project_;

    static void screenshot(QWidget& widget, const QString& name) {
        const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            widget.grab().save(dir + QStringLiteral("/") + name);
        }
    }

    static std::int64_t run(ui::ScenarioPage& page, const QString& name) {
        QSignalSpy finished(&page, &ui::ScenarioPage::runFinished);
        page.runScenario(name);
        if (!finished.wait(120000) && finished.isEmpty()) {
            return -1;
        }
        return finished.front().front().toLongLong();
    }

    /// Share of pixels in `image` that are not white or grey (the map's colours).
    static double colouredShare(const QImage& image) {
        std::size_t coloured = 0;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                if (std::abs(c.red() - c.green()) > 25 || std::abs(c.green() - c.blue()) > 25) {
                    ++coloured;
                }
            }
        }
        return static_cast<double>(coloured) * 4.0 / (image.width() * image.height());
    }

private slots:
    void initTestCase() {
        project_ = QString::fromStdString(dir_.path("region.gpkg"));
        test::copyBundledProject(project_.toStdString());
    }

    void borderClosureWithAndWithoutMeasures() {
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1600, 1000);
        window.show();
        QVERIFY(window.openProject(project_));
        ui::ScenarioPage& page = window.analysis().scenarioPage();
        window.analysis().tabs()->setCurrentWidget(&page);
        for (auto* dock : window.findChildren<QDockWidget*>()) {
            dock->hide();  // the whole window for the page, as a planner would set it up
        }
        QCOMPARE(page.scenarioList()->count(), 6);
        QCOMPARE(page.runTable()->rowCount(), 0);

        const std::int64_t plain = run(page, QStringLiteral("border_closure_3w"));
        QVERIFY2(plain > 0, qPrintable(page.statusText()));
        const std::int64_t measures = run(page, QStringLiteral("border_closure_3w_measures"));
        QVERIFY2(measures > plain, qPrintable(page.statusText()));
        QCOMPARE(page.runTable()->rowCount(), 2);
        QCOMPARE(page.currentRun(), measures);

        // Stored like rrw-cli scenario run: losses on both sides, fewer with the measures.
        const auto stored = store::requireScenarioRun(document.project(), plain);
        const auto a = nlohmann::json::parse(stored.resultJson);
        double jobs[2] = {0, 0};
        for (const auto& c : a.at("countries")) {
            jobs[c.at("key") == "DE" ? 0 : 1] = c.at("jobs_at_risk").get<double>();
        }
        QVERIFY(jobs[0] > 0.0);
        QVERIFY(jobs[1] > 0.0);

        // The results of the run with measures: the ranking puts GreenCard first.
        ui::RunResults& results = page.results();
        QCOMPARE(results.run(), measures);
        QVERIFY(results.summary()->text().contains(QStringLiteral("EUR")));
        QTableWidget* ranking = results.measureRanking()->table();
        QCOMPARE(ranking->rowCount(), 2);
        QVERIFY(ranking->item(0, 2)->text().contains(QStringLiteral("GreenCard")));
        QCOMPARE(results.measureRanking()->chart()->bars().size(), std::size_t{2});
        QCOMPARE(results.productionChart()->series().size(), std::size_t{3});
        QVERIFY(results.productionChart()->series().front().percent.size() >= 21);
        QVERIFY(results.jobsMap()->hasContent());

        // Flows: cross-border flows exist and the closure cuts some of them.
        const auto& flows = results.flows();
        QVERIFY(flows.brokenLinks > 0);
        QVERIFY(std::any_of(flows.flows.begin(), flows.flows.end(),
                            [](const auto& f) { return f.crossBorder && f.broken; }));
        results.views()->setCurrentIndex(2);
        const QImage flowImage = results.flowMap()->image();
        QVERIFY(colouredShare(flowImage) > 0.01);
        screenshot(window, QStringLiteral("scenario_flows_de.png"));
        results.views()->setCurrentIndex(3);
        screenshot(window, QStringLiteral("scenario_measures_de.png"));
        results.views()->setCurrentIndex(0);
        screenshot(window, QStringLiteral("scenario_jobs_de.png"));

        // The comparison of the two runs: B (with measures) has fewer jobs at risk.
        ui::RunComparison& comparison = page.comparison();
        comparison.compare(plain, measures);
        page.resultTabs()->setCurrentWidget(&comparison);
        const auto& total = comparison.comparison().at("total");
        QVERIFY(total.at("jobs_at_risk").at("diff").get<double>() < 0.0);
        QVERIFY(comparison.mapA()->hasContent());
        QVERIFY(comparison.mapB()->hasContent());
        QVERIFY(comparison.table()->rowCount() >= 3);
        QVERIFY(colouredShare(comparison.mapA()->image()) >
                colouredShare(comparison.mapB()->image()));
        screenshot(window, QStringLiteral("scenario_comparison_de.png"));
        comparison.views()->setCurrentIndex(1);
        screenshot(window, QStringLiteral("scenario_difference_de.png"));

        language.set(QStringLiteral("cs"));
        QCoreApplication::processEvents();
        comparison.views()->setCurrentIndex(0);
        QVERIFY(comparison.table()->item(1, 0)->text().contains(QStringLiteral("Česk")) ||
                comparison.table()->item(1, 0)->text().contains(QStringLiteral("Německ")));
        screenshot(window, QStringLiteral("scenario_comparison_cs.png"));
        page.showRun(plain);
        QCOMPARE(page.currentRun(), plain);
        results.views()->setCurrentIndex(1);
        screenshot(window, QStringLiteral("scenario_production_cs.png"));
        results.views()->setCurrentIndex(0);
        screenshot(window, QStringLiteral("scenario_jobs_cs.png"));

        // Jobs at risk onto the main map, as one undoable step.
        const int undo = document.undoStack()->count();
        QSignalSpy shown(&page, &ui::ScenarioPage::shownOnMap);
        results.views()->setCurrentIndex(0);
        QTest::mouseClick(results.findChild<QPushButton*>(), Qt::LeftButton);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(document.undoStack()->count(), undo + 1);
        QCOMPARE(window.analysis().tabs()->currentWidget(),
                 static_cast<QWidget*>(&window.canvas()));
    }

    void canceledRunStoresNothing() {
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        QVERIFY(window.openProject(project_));
        ui::ScenarioPage& page = window.analysis().scenarioPage();
        const std::size_t before = store::listScenarioRuns(document.project()).size();
        QSignalSpy finished(&page, &ui::ScenarioPage::runFinished);
        page.runScenario(QStringLiteral("both_combined_measures"));
        QVERIFY(page.job() != nullptr && page.job()->isRunning());
        page.cancel();
        QVERIFY(finished.wait(60000) || finished.count() == 1);
        const auto state = page.job()->state();
        if (state == ui::SupplyJob::State::Canceled) {
            QCOMPARE(finished.front().front().toLongLong(), 0);
            QCOMPARE(store::listScenarioRuns(document.project()).size(), before);
        } else {
            // The run was faster than the cancel: then it is stored whole.
            QCOMPARE(state, ui::SupplyJob::State::Done);
            QCOMPARE(store::listScenarioRuns(document.project()).size(), before + 1);
        }
    }

    void editedScenarioIsSavedAsNewVersionAndRun() {
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        QVERIFY(window.openProject(project_));
        ui::ScenarioPage& page = window.analysis().scenarioPage();
        page.scenarioList()->setCurrentRow(0);
        analysis::Scenario s = page.editor().scenario();
        const std::string name = s.name;
        s.days = 30;
        page.editor().setScenario(s, page.editor().titleDe(), page.editor().titleCs());
        page.editor().setModified(true);
        QSignalSpy finished(&page, &ui::ScenarioPage::runFinished);
        QPushButton* runButton = nullptr;
        for (auto* b : page.findChildren<QPushButton*>()) {
            if (b->text().contains(QStringLiteral("run"))) {
                runButton = b;
            }
        }
        QVERIFY(runButton != nullptr);
        QTest::mouseClick(runButton, Qt::LeftButton);
        QVERIFY(finished.wait(120000) || finished.count() == 1);
        const std::int64_t id = finished.front().front().toLongLong();
        QVERIFY2(id > 0, qPrintable(page.statusText()));
        const auto stored = store::requireScenarioRun(document.project(), id);
        QCOMPARE(stored.scenarioName, name);
        QCOMPARE(stored.scenarioVersion, 2);
        QCOMPARE(stored.days, 30);
    }
};

QTEST_MAIN(ScenarioPageTest)
#include "scenario_page_test.moc"
