// The risk panel, the indicator explorer and the BBK risk matrix on the bundled project (Qt Test,
// offscreen). In the test's copy exactly one indicator value is flagged synthetic, so the markers
// can be checked. With RRW_SCREENSHOT_DIR set, the panels are saved there as PNGs.

#include <QApplication>
#include <QLabel>
#include <QProgressBar>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <set>

#include "analysis/risk/bbk_matrix.h"
#include "core/error.h"
#include "render/furniture.h"
#include "render/map_content.h"
#include "store/indicator_repository.h"
#include "store/meta.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"
// ui/ is the include root of rrw_ui_lib.
#include "bar_chart.h"
#include "indicator_explorer.h"
#include "language.h"
#include "map_canvas.h"
#include "map_document.h"
#include "rank_interval_chart.h"
#include "risk_matrix_view.h"
#include "risk_panel.h"
#include "risk_texts.h"
#include "score_explanation_view.h"

namespace rrw::ui {

namespace {

const render::MapLanguage kGerman{Lang::De, false};
const render::MapLanguage kCzech{Lang::Cs, false};
const render::MapLanguage kEnglish{Lang::En, false};
const render::MapLanguage kBoth{Lang::De, true};

const char* const kCoreDistricts[] = {"DE24D", "DE249", "DE244",  "DE246",  "DE242", "DE24B",
                                      "DE23A", "DE237", "CZ0411", "CZ0412", "CZ0413"};

void screenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        widget.grab().save(dir + QStringLiteral("/") + name);
    }
}

int rowOf(const QTableWidget& table, int column, const QString& code) {
    for (int row = 0; row < table.rowCount(); ++row) {
        if (table.item(row, column)->data(Qt::UserRole).toString() == code) {
            return row;
        }
    }
    return -1;
}

std::int64_t count(const store::Project& project, const char* sql) {
    store::Statement q(project.db(), sql);
    return q.step() ? q.integer(0) : -1;
}

}  // namespace

class RiskPanelsTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;
    QString path_;
    std::unique_ptr<MapDocument> document_;
    Language language_;

    /// Runs the panel and waits; false when the run did not finish.
    static bool runAndWait(RiskPanel& panel, int samples) {
        panel.setSamples(samples);
        QSignalSpy finished(&panel, &RiskPanel::runFinished);
        panel.run();
        return finished.wait(60000) || finished.count() == 1;
    }

    /// The legend group of the German map whose title contains `part`.
    static render::LegendGroup legendOf(const render::MapContent& content,
                                        const render::MapTexts& texts, const QString& part) {
        const auto view = render::MapView::fit(content.extent(), QSizeF(1200, 800), 96);
        const render::Furniture furniture(content, texts, kGerman, view);
        for (const auto& group : furniture.legend()) {
            if (group.title.contains(part)) {
                return group;
            }
        }
        return {};
    }

    std::size_t overlayIndex(const std::string& field) const {
        const auto& layers = document_->style().layers;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            if (layers[i].field == field && document_->isOverlay(i)) {
                return i;
            }
        }
        return layers.size();
    }

private slots:
    void initTestCase() {
        path_ = QString::fromStdString(dir_.path("region.gpkg"));
        test::copyBundledProject(path_.toStdString());
        {
            store::Project project = store::Project::open(path_.toStdString());
            project.write([&] {
                // The bundled synthetic demo indicators are cleared in this copy, so exactly one
                // known value carries the flag.
                store::Statement(project.db(), "UPDATE rrw_indicator_value SET synthetic = 0")
                    .run();
                store::Statement(project.db(),
                                 "UPDATE rrw_indicator_value SET synthetic = 1 WHERE region_code = "
                                 "'CZ0412' AND indicator_id = 'share_75plus'")
                    .run();
            });
            QCOMPARE(count(project, "SELECT COUNT(*) FROM rrw_indicator_value WHERE synthetic = 1"),
                     std::int64_t{1});
        }
        language_.set(QStringLiteral("de"));
        document_ = std::make_unique<MapDocument>();
        document_->open(path_);
    }

    void ranksTheCoreDistrictsAsTheCliDoes() {
        RiskPanel panel(*document_);
        panel.languageChanged(kGerman);
        QVERIFY(panel.setHazard(QStringLiteral("all_hazards")));
        QVERIFY(panel.setLevel(QStringLiteral("district")));
        const auto before = count(document_->project(), "SELECT COUNT(*) FROM rrw_index_run");
        QVERIFY(runAndWait(panel, 500));
        QVERIFY(!panel.isRunning());
        QVERIFY(panel.runId() > 0);
        QCOMPARE(count(document_->project(), "SELECT COUNT(*) FROM rrw_index_run"), before + 1);

        // The same run through rrw-cli on another copy: same ranks, scores and intervals.
        const std::string other = dir_.path("cli.gpkg");
        test::copyBundledProject(other);
        const auto cli =
            test::runCli({"score", other, "--samples", "500", "--seed", "1", "--json"});
        QVERIFY2(cli.exitCode == 0, cli.err.c_str());
        std::map<std::string, nlohmann::json> expected;
        const auto cliJson = nlohmann::json::parse(cli.out);
        for (const auto& r : cliJson.at("regions")) {
            expected[r.at("id").get<std::string>()] = r;
        }
        store::Statement stored(document_->project().db(),
                                "SELECT model_id, samples, seed, result_json FROM rrw_index_run "
                                "WHERE id = ?1");
        stored.bind(1, static_cast<std::int64_t>(panel.runId()));
        QVERIFY(stored.step());
        QCOMPARE(QString::fromStdString(stored.text(0)), QStringLiteral("all_hazards"));
        QCOMPARE(stored.integer(1), std::int64_t{500});
        const auto result = nlohmann::json::parse(stored.text(3));
        QCOMPARE(result.at("regions").size(), expected.size());
        for (const auto& r : result.at("regions")) {
            const auto& e = expected.at(r.at("id").get<std::string>());
            QVERIFY2(r.at("rank") == e.at("rank"), r.dump().c_str());
            QVERIFY2(r.at("rank_interval") == e.at("rank_interval"), r.dump().c_str());
            QVERIFY(std::fabs(r.at("score").get<double>() - e.at("score").get<double>()) < 1e-12);
        }

        const QTableWidget& table = *panel.table();
        QCOMPARE(table.rowCount(), static_cast<int>(expected.size()));
        for (const char* code : kCoreDistricts) {
            const int row = rowOf(table, RiskPanel::Region, QString::fromLatin1(code));
            QVERIFY2(row >= 0, code);
            const auto& e = expected.at(code);
            QCOMPARE(table.item(row, RiskPanel::Rank)->text().toInt(), e.at("rank").get<int>());
            QCOMPARE(table.item(row, RiskPanel::Interval)->text(),
                     QStringLiteral("%1\u2013%2")
                         .arg(e.at("rank_interval")[0].get<int>())
                         .arg(e.at("rank_interval")[1].get<int>()));
            QCOMPARE(table.item(row, RiskPanel::Score)->text(),
                     QLocale(QLocale::German).toString(e.at("score").get<double>(), 'f', 2));
            // Only Karlovy Vary has a synthetic input (share_75plus, used by the model).
            QCOMPARE(table.item(row, RiskPanel::Data)->text().isEmpty(),
                     std::string(code) != "CZ0412");
        }
        QVERIFY(!RiskTexts::synthetic().isEmpty());
        QCOMPARE(table.item(0, RiskPanel::Rank)->text(), QStringLiteral("1"));
        QCOMPARE(panel.chart()->rows().size(), expected.size());
        QCOMPARE(panel.chart()->rows().front().rank, 1);
    }

    void namesFollowTheLanguage() {
        RiskPanel panel(*document_);
        QVERIFY(runAndWait(panel, 0));
        const QTableWidget& table = *panel.table();
        const auto name = [&](const char* code) {
            return table
                .item(rowOf(table, RiskPanel::Region, QString::fromLatin1(code)), RiskPanel::Region)
                ->text();
        };
        panel.languageChanged(kGerman);
        QCOMPARE(name("CZ0411"), QStringLiteral("Eger"));
        QCOMPARE(name("DE244"), QStringLiteral("Hof (Stadt)"));
        panel.languageChanged(kCzech);
        QCOMPARE(name("CZ0411"), QStringLiteral("Cheb"));
        QCOMPARE(name("DE244"), QString::fromUtf8("Hof (město)"));
        panel.languageChanged(kEnglish);
        QCOMPARE(name("CZ0411"), QStringLiteral("Cheb"));
        QCOMPARE(name("DE244"), QStringLiteral("Hof (Stadt)"));
        panel.languageChanged(kBoth);
        QCOMPARE(name("CZ0411"), QStringLiteral("Cheb / Eger"));
        QCOMPARE(name("DE24D"), QStringLiteral("Wunsiedel i. Fichtelgebirge"));
        QCOMPARE(panel.chart()->rows().front().label, table.item(0, RiskPanel::Region)->text());
        // A runtime language switch re-labels the panel (LanguageChange) and keeps the results.
        language_.set(QStringLiteral("cs"));
        QTest::qWait(20);  // LanguageChange is posted
        QCOMPARE(table.rowCount(), static_cast<int>(panel.chart()->rows().size()));
        QCOMPARE(name("CZ0411"), QStringLiteral("Cheb / Eger"));
        language_.set(QStringLiteral("de"));
    }

    void cancelStopsTheRun() {
        RiskPanel panel(*document_);
        panel.setSamples(1000000);
        const auto before = count(document_->project(), "SELECT COUNT(*) FROM rrw_index_run");
        QSignalSpy canceled(&panel, &RiskPanel::runCanceled);
        QSignalSpy finished(&panel, &RiskPanel::runFinished);
        panel.run();
        QVERIFY(panel.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(panel.progressBar()->value() > 0, 20000);
        QVERIFY(panel.progressBar()->value() < panel.progressBar()->maximum());
        panel.cancel();
        QVERIFY(canceled.wait(20000) || canceled.count() == 1);
        QCOMPARE(finished.count(), 0);
        QVERIFY(!panel.isRunning());
        QCOMPARE(panel.runId(), std::int64_t{-1});
        QCOMPARE(panel.table()->rowCount(), 0);
        QCOMPARE(count(document_->project(), "SELECT COUNT(*) FROM rrw_index_run"), before);
        QVERIFY(!panel.statusLabel()->text().isEmpty());
        // The panel runs again after a cancel.
        QVERIFY(runAndWait(panel, 0));
        QVERIFY(panel.runId() > 0);
    }

    void ranksTheMunicipalitiesWithTheMunicipalModel() {
        RiskPanel panel(*document_);
        QVERIFY(panel.setHazard(QStringLiteral("border_closure_municipal")));
        QVERIFY(panel.setLevel(QStringLiteral("municipality")));
        QVERIFY(runAndWait(panel, 0));
        QVERIFY(panel.runId() > 0);
        const auto regions =
            count(document_->project(),
                  "SELECT COUNT(DISTINCT v.region_code) FROM rrw_indicator_value v "
                  "JOIN rrw_region r ON r.code = v.region_code "
                  "WHERE r.analysis_level = 'municipality'");
        QVERIFY(regions > 300);
        const QTableWidget& table = *panel.table();
        QCOMPARE(table.rowCount(), static_cast<int>(regions));
        for (const char* code : {"554499", "09462000"}) {  // Aš and Bayreuth, both countries
            QVERIFY2(rowOf(table, RiskPanel::Region, QString::fromLatin1(code)) >= 0, code);
        }
    }

    void aLevelWithoutValuesIsAClearError() {
        // The bundled project has values at both levels: a copy without the municipal ones.
        const std::string bare = dir_.path("no-municipal-values.gpkg");
        test::copyBundledProject(bare);
        {
            store::Project project = store::Project::open(bare);
            project.write([&] {
                store::Statement(project.db(),
                                 "DELETE FROM rrw_indicator_value WHERE region_code IN (SELECT "
                                 "code FROM rrw_region WHERE analysis_level = 'municipality')")
                    .run();
            });
        }
        MapDocument document;
        document.open(QString::fromStdString(bare));
        RiskPanel panel(document);
        QVERIFY(panel.setLevel(QStringLiteral("municipality")));
        QSignalSpy failed(&panel, &RiskPanel::runFailed);
        panel.run();
        QCOMPARE(failed.count(), 1);
        QVERIFY(!panel.isRunning());
        const QString message = failed.front().front().toString();
        QVERIFY2(message.contains(QString::fromStdString(bare)) &&
                     message.contains(QStringLiteral("municipality")),
                 qPrintable(message));
        QCOMPARE(panel.statusLabel()->text(), message);
    }

    void whyViewAddsUpToTheScore() {
        RiskPanel panel(*document_);
        panel.languageChanged(kGerman);
        QVERIFY(runAndWait(panel, 200));
        panel.selectRegion(QStringLiteral("CZ0412"));
        const ScoreExplanationView& why = *panel.explanationView();
        QVERIFY(why.explanation().has_value());
        QCOMPARE(why.explanation()->region, std::string("CZ0412"));
        const QTableWidget& table = *panel.table();
        const int row = rowOf(table, RiskPanel::Region, QStringLiteral("CZ0412"));
        QCOMPARE(RiskTexts::number(why.explanation()->score, kGerman, 2),
                 table.item(row, RiskPanel::Score)->text());

        std::map<std::string, store::IndicatorValue> raw;
        for (const auto& v : store::latestValueRecords(document_->project(), "district")) {
            if (v.regionCode == "CZ0412") {
                raw[v.indicatorId] = v;
            }
        }
        const QTreeWidget& tree = *why.tree();
        QVERIFY(tree.topLevelItemCount() >= 2);
        double total = 0.0;
        int indicators = 0;
        bool sawSynthetic = false;
        for (int g = 0; g < tree.topLevelItemCount(); ++g) {
            const QTreeWidgetItem* group = tree.topLevelItem(g);
            const double contribution =
                group->data(0, ScoreExplanationView::ContributionRole).toDouble();
            total += contribution;
            double inGroup = 0.0;
            for (int i = 0; i < group->childCount(); ++i) {
                const QTreeWidgetItem* item = group->child(i);
                ++indicators;
                inGroup += item->data(0, ScoreExplanationView::ContributionRole).toDouble();
                const std::string id =
                    item->data(0, ScoreExplanationView::IdRole).toString().toStdString();
                const auto v = raw.find(id);
                if (v == raw.end()) {
                    QCOMPARE(item->text(ScoreExplanationView::Value), QString());
                    continue;
                }
                QVERIFY(!item->text(ScoreExplanationView::Value).isEmpty());
                QCOMPARE(item->text(ScoreExplanationView::Source),
                         QString::fromStdString(v->second.source));
                QCOMPARE(item->text(ScoreExplanationView::Year),
                         QString::fromStdString(v->second.year));
                QVERIFY(!item->text(ScoreExplanationView::Unit).isEmpty());
                if (id == "share_75plus") {
                    QCOMPARE(item->text(ScoreExplanationView::Flag), RiskTexts::synthetic());
                    sawSynthetic = true;
                }
            }
            QVERIFY(std::fabs(inGroup - contribution) < 1e-9);
        }
        QVERIFY(sawSynthetic);
        QVERIFY(std::fabs(total - why.explanation()->score) < 1e-9);
        QVERIFY2(!why.sumLabel()->text().contains(QChar(0x2260)), "the sum check holds");
        QVERIFY2(why.sumLabel()->text().contains(RiskTexts::number(total, kGerman, 4)),
                 qPrintable(why.sumLabel()->text() + " / " + RiskTexts::number(total, kGerman, 4)));
        QCOMPARE(static_cast<int>(why.chart()->bars().size()),
                 tree.topLevelItemCount() + indicators);
    }

    void showsTheScoresOnTheMapUndoably() {
        QSplitter window;  // the map beside the panel, for the screenshot
        auto* canvas = new MapCanvas(*document_, &window);
        auto* panelWidget = new RiskPanel(*document_, &window);
        RiskPanel& panel = *panelWidget;
        panel.languageChanged(kGerman);
        QVERIFY(runAndWait(panel, 300));
        const std::size_t layersBefore = document_->style().layers.size();
        QVERIFY(document_->style().layers[0].visible);
        QSignalSpy shown(&panel, &RiskPanel::shownOnMap);
        panel.showOnMap();
        QCOMPARE(shown.count(), 1);
        const std::size_t i = overlayIndex(RiskPanel::scoreField);
        QVERIFY(i < document_->style().layers.size());
        QCOMPARE(document_->style().layers.size(), layersBefore + 1);
        const auto& overlay = document_->style().layers[i];
        QCOMPARE(overlay.layers, (std::vector<std::string>{"kreise_de", "okresy_cz"}));
        QCOMPARE(overlay.type, render::SymbolType::Graduated);
        QVERIFY2(!document_->style().layers[0].visible, "the density choropleth is covered");
        QCOMPARE(i, std::size_t{1});

        // The joined column holds each district's score.
        store::Statement stored(document_->project().db(),
                                "SELECT result_json FROM rrw_index_run WHERE id = ?1");
        stored.bind(1, static_cast<std::int64_t>(panel.runId()));
        QVERIFY(stored.step());
        std::map<std::string, double> scores;
        const auto result = nlohmann::json::parse(stored.text(0));
        for (const auto& r : result.at("regions")) {
            if (!r.at("score").is_null()) {
                scores[r.at("id").get<std::string>()] = r.at("score").get<double>();
            }
        }
        for (const char* code : kCoreDistricts) {
            QVERIFY2(scores.count(code) == 1, code);
        }
        const auto content = document_->content();
        int matched = 0;
        for (const char* layer : {"kreise_de", "okresy_cz"}) {
            const geo::LayerData* data = content->data(layer);
            QVERIFY(data != nullptr);
            const auto* code = data->column("code");
            const auto* score = data->column(RiskPanel::scoreField);
            QVERIFY(code != nullptr && score != nullptr);
            for (std::size_t f = 0; f < data->featureCount(); ++f) {
                const auto it = scores.find(code->texts[f]);
                if (it == scores.end()) {
                    QVERIFY(std::isnan(score->numbers[f]));
                    continue;
                }
                QCOMPARE(score->numbers[f], it->second);
                QVERIFY(content->symbology(i)
                            .fillOf(layer == std::string("kreise_de") ? 0 : 1, f)
                            .isValid());
                ++matched;
            }
        }
        QVERIFY(matched >= 11);
        // The project keeps its own map: no scores in the saved style, the density visible.
        const auto saved = store::readMeta(document_->project(), "default_map");
        QVERIFY(saved.has_value());
        QVERIFY(saved->find(RiskPanel::scoreField) == std::string::npos);
        const auto savedStyle = nlohmann::json::parse(*saved);
        QVERIFY(savedStyle.at("layers")[0].value("visible", true));
        QCOMPARE(QString::fromStdString(document_->style().titleEn),
                 QStringLiteral("Risk score: All hazards"));
        QVERIFY(savedStyle.at("title_en").get<std::string>().find("population density") !=
                std::string::npos);

        canvas->setLanguage(kGerman);
        window.resize(1500, 860);
        window.setSizes({880, 620});
        window.show();
        canvas->zoomToFull();
        QTRY_VERIFY_WITH_TIMEOUT(!canvas->renderedImage().isNull() && !canvas->isRendering(),
                                 20000);
        screenshot(window, QStringLiteral("risk_panel_map.png"));

        document_->undoStack()->undo();
        QCOMPARE(overlayIndex(RiskPanel::scoreField), document_->style().layers.size());
        QVERIFY(document_->joins().empty());
        QVERIFY(document_->style().layers[0].visible);
        QCOMPARE(document_->content()->data("kreise_de")->column(RiskPanel::scoreField), nullptr);
        document_->undoStack()->redo();
        QCOMPARE(overlayIndex(RiskPanel::scoreField), std::size_t{1});
        document_->undoStack()->undo();
    }

    void explorerListsAndMapsAnIndicator() {
        IndicatorExplorer explorer(*document_);
        explorer.languageChanged(kGerman);
        const auto catalog = store::listIndicators(document_->project());
        QCOMPARE(explorer.indicatorTable()->rowCount(), static_cast<int>(catalog.size()));
        QVERIFY(catalog.size() >= 7);
        const int density = rowOf(*explorer.indicatorTable(), IndicatorExplorer::Name,
                                  QStringLiteral("pop_density"));
        QVERIFY(density >= 0);
        QCOMPARE(explorer.indicatorTable()->item(density, IndicatorExplorer::Name)->text(),
                 QString::fromUtf8("Bevölkerungsdichte"));

        QVERIFY(explorer.selectIndicator(QStringLiteral("share_75plus")));
        std::vector<store::IndicatorValue> expected;
        for (const auto& v : store::latestValueRecords(document_->project(), "district")) {
            if (v.indicatorId == "share_75plus") {
                expected.push_back(v);
            }
        }
        const QTableWidget& values = *explorer.valueTable();
        QCOMPARE(values.rowCount(), static_cast<int>(expected.size()));
        double previous = std::numeric_limits<double>::infinity();
        for (const auto& v : expected) {
            const int row =
                rowOf(values, IndicatorExplorer::Region, QString::fromStdString(v.regionCode));
            QVERIFY(row >= 0);
            QCOMPARE(values.item(row, IndicatorExplorer::Value)
                         ->data(IndicatorExplorer::NumberRole)
                         .toDouble(),
                     v.value);
            QCOMPARE(values.item(row, IndicatorExplorer::ValueYear)->text(),
                     QString::fromStdString(v.year));
            QCOMPARE(values.item(row, IndicatorExplorer::Data)->text().isEmpty(), !v.synthetic);
        }
        for (int row = 0; row < values.rowCount(); ++row) {
            const double v = values.item(row, IndicatorExplorer::Value)
                                 ->data(IndicatorExplorer::NumberRole)
                                 .toDouble();
            QVERIFY(v <= previous);
            previous = v;
        }
        QCOMPARE(explorer.chart()->bars().size(), expected.size());
        int marked = 0;
        for (const auto& bar : explorer.chart()->bars()) {
            marked += bar.marked ? 1 : 0;
        }
        QCOMPARE(marked, 1);

        explorer.showOnMap();
        std::size_t i = overlayIndex(IndicatorExplorer::valueField);
        QVERIFY(i < document_->style().layers.size());
        const render::MapTexts texts;
        auto legend = legendOf(*document_->content(), texts, QStringLiteral("(%)"));
        QVERIFY2(legend.title.startsWith(QString::fromUtf8("Anteil")), qPrintable(legend.title));
        QVERIFY(legend.title.endsWith(QStringLiteral("(%)")));
        QVERIFY2(legend.note.contains(QStringLiteral("2022")), qPrintable(legend.note));
        QVERIFY(legend.note.contains(QStringLiteral("Bundeswahlleiterin")));
        QVERIFY(legend.note.contains(RiskTexts::synthetic(kGerman, texts)));
        QVERIFY(legend.items.size() >= 2);

        // Another indicator replaces the overlay; no synthetic values, no such note.
        QVERIFY(explorer.selectIndicator(QStringLiteral("pop_density")));
        explorer.showOnMap();
        QCOMPARE(overlayIndex(IndicatorExplorer::valueField), i);
        std::size_t overlays = 0;
        for (std::size_t k = 0; k < document_->style().layers.size(); ++k) {
            overlays += document_->isOverlay(k) ? 1 : 0;
        }
        QCOMPARE(overlays, std::size_t{1});
        legend = legendOf(*document_->content(), texts,
                          QStringLiteral("(") + RiskTexts::unit("inh/km²", Lang::De, texts) +
                              QStringLiteral(")"));
        QVERIFY2(legend.title.startsWith(QString::fromUtf8("Bevölkerungsdichte")),
                 qPrintable(legend.title));
        QVERIFY(!legend.note.contains(RiskTexts::synthetic(kGerman, texts)));

        explorer.resize(1100, 760);
        explorer.show();
        QVERIFY(explorer.selectIndicator(QStringLiteral("share_75plus")));
        screenshot(explorer, QStringLiteral("indicator_explorer.png"));
        document_->undoStack()->undo();
        document_->undoStack()->undo();
        QCOMPARE(overlayIndex(IndicatorExplorer::valueField), document_->style().layers.size());
    }

    void matrixPlacesTheBundledScenarios() {
        std::ifstream in(std::string(RRW_DATA_DIR_FOR_TESTS) + "/indicators/bbk_scenarios.json");
        QVERIFY(in.good());
        const auto scenarios =
            analysis::parseBbkScenarios(nlohmann::json::parse(in), "bbk_scenarios.json");
        QCOMPARE(scenarios.size(), std::size_t{7});
        RiskMatrixView view;
        view.languageChanged(kGerman);
        view.setScenarios(scenarios);
        view.resize(1100, 620);
        view.show();
        const auto json = analysis::matrixJson(scenarios);
        std::map<std::pair<std::string, int>, std::set<std::string>> cells;
        for (const auto& cell : json.at("matrix").at("cells")) {
            for (const auto& id : cell.at("scenarios")) {
                cells[{cell.at("likelihood").get<std::string>(), cell.at("extent").get<int>()}]
                    .insert(id.get<std::string>());
            }
        }
        QCOMPARE(view.placements().size(), scenarios.size());
        for (const auto& p : view.placements()) {
            const std::string letter = analysis::likelihoodLetter(p.likelihood);
            const std::pair<std::string, int> key(letter, p.extentClass);
            QVERIFY2(cells[key].count(p.id) == 1, p.id.c_str());
            const QRectF cell = view.cellRect(p.likelihood, p.extentClass);
            QVERIFY2(cell.contains(view.markerRect(p.id)), p.id.c_str());
        }
        // Hand-computed: means of the five parameter classes, rounded half up.
        const auto where = [&](const char* id) {
            for (const auto& p : view.placements()) {
                if (p.id == id) {
                    return analysis::likelihoodLetter(p.likelihood) + std::to_string(p.extentClass);
                }
            }
            return std::string();
        };
        QCOMPARE(where("border_closure"), std::string("D3"));
        QCOMPARE(where("pandemic"), std::string("C3"));
        QCOMPARE(where("supply_chain_far_east"), std::string("D2"));
        QCOMPARE(where("drought_forest_dieback"), std::string("E2"));
        // Cells are painted in their band's colour (bottom right corner: no marker there).
        const QImage image = view.grab().toImage();
        for (const auto& cell : json.at("matrix").at("cells")) {
            const std::string l = cell.at("likelihood").get<std::string>();
            const auto likelihood = static_cast<analysis::Likelihood>(l[0] - 'A');
            const QRectF r = view.cellRect(likelihood, cell.at("extent").get<int>());
            const QColor seen = image.pixelColor(
                QPoint(static_cast<int>(r.right()) - 5, static_cast<int>(r.bottom()) - 5) *
                view.devicePixelRatio());
            QCOMPARE(seen, RiskMatrixView::bandColor(cell.at("level").get<std::string>()));
        }
        const QString tip = view.scenarioToolTip("border_closure");
        QVERIFY2(tip.startsWith(QString::fromUtf8("Grenzschließung")), qPrintable(tip));
        QVERIFY(tip.contains(RiskTexts::parameter("economy") + QStringLiteral(" 4")));
        screenshot(view, QStringLiteral("risk_matrix.png"));
        view.languageChanged(kCzech);
        QVERIFY(view.scenarioToolTip("border_closure")
                    .startsWith(QString::fromUtf8("Uzavření hranic jako na jaře 2020")));
        screenshot(view, QStringLiteral("risk_matrix_cs.png"));

        // The cautious variant: the worst parameter class counts.
        view.setScenarios(scenarios, {}, analysis::ExtentAggregation::Max);
        QCOMPARE(where("border_closure"), std::string("D4"));
        QCOMPARE(where("drought_forest_dieback"), std::string("E4"));
        // Bad weights are refused and change nothing.
        QVERIFY_THROWS_EXCEPTION(Error, view.setScenarios(scenarios, {{"people", -1.0}}));
        QCOMPARE(where("border_closure"), std::string("D4"));
    }
};

}  // namespace rrw::ui

QTEST_MAIN(rrw::ui::RiskPanelsTest)
#include "risk_panels_test.moc"
