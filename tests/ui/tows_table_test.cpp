// Qt Test of the TOWS table, offscreen, on a project made by the real `rrw-cli init`: a strategy
// added through the dialog with SWOT items and measures, undo and redo; the dialog offers only
// items of the kind's categories and the store refuses a mismatch; edit and delete with undo;
// a language switch. With RRW_SCREENSHOT_DIR set it saves the table in German and Czech.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <memory>

#include "card_delegate.h"
#include "commands/register_command.h"
#include "commands/tows_commands.h"
#include "map_document.h"
#include "planning_test_support.h"
#include "store/measure_repository.h"
#include "support/cli_runner.h"
#include "tows_dialog.h"
#include "tows_table.h"

using namespace rrw;

namespace {

const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

struct Register {
    std::int64_t s = 0, w = 0, o = 0, t = 0, s2 = 0, t2 = 0;
};

/// A small register written straight into the store (not an undo step).
Register fillRegister(store::Project& project) {
    Register r;
    const auto add = [&](char category, const char* de, const char* cs, const char* region = "") {
        store::SwotItem i;
        i.category = category;
        i.textDe = de;
        i.textCs = cs;
        i.regionCode = region;
        return store::addSwotItem(project, i).id;
    };
    project.write([&] {
        r.s = add('S', "Hohe Industriedichte (Porzellan, Keramik)",
                  "Vysoká hustota průmyslu (porcelán, keramika)");
        r.w = add('W', "Lange Wege zu Fachärzten im ländlichen Raum",
                  "Dlouhé dojezdy k lékařům specialistům na venkově");
        r.o = add('O', "Förderung aus dem Programm Interreg Bayern–Tschechien 2021–2027",
                  "Podpora z programu Interreg Česko–Bavorsko 2021–2027");
        r.t = add('T', "Grenzschließung wie im Frühjahr 2020", "Uzavření hranic jako na jaře 2020");
        r.s2 = add('S', "Bäderdreieck Karlsbad – Marienbad – Franzensbad",
                   "Lázeňský trojúhelník Karlovy Vary – Mariánské Lázně – Františkovy Lázně",
                   "CZ0412");
        r.t2 = add('T', "Energiepreise für die energieintensive Keramikindustrie",
                   "Ceny energií pro energeticky náročný keramický průmysl");
    });
    return r;
}

}  // namespace

class TowsTableTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDir> dir_;
    int projects_ = 0;

    std::unique_ptr<ui::MapDocument> openProject() {
        const std::string path = dir_->path("tows" + std::to_string(++projects_) + ".gpkg");
        test::copyBundledProject(path);
        auto document = std::make_unique<ui::MapDocument>();
        document->open(QString::fromStdString(path));
        return document;
    }

    static QString strategies(ui::MapDocument& document) {
        return test::dump(store::listTowsStrategies(document.project()));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        dir_ = std::make_unique<test::ScratchDir>();
    }

    void addThroughTheDialogWithItemsAndMeasures() {
        auto document = openProject();
        const Register r = fillRegister(document->project());
        const auto measures = store::listMeasures(document->project());
        QCOMPARE(measures.size(), std::size_t{8});
        ui::TowsTable table(*document);
        table.resize(1100, 700);
        table.show();

        bool seen = false;
        std::vector<std::int64_t> offeredSo;
        std::vector<std::int64_t> offeredWt;
        bool refusedT = false;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::TowsDialog*>(QApplication::activeModalWidget());
            seen = d != nullptr;
            if (d == nullptr) {
                return;
            }
            d->setKind("WT");
            offeredWt = d->offeredItems();
            d->setKind("SO");
            offeredSo = d->offeredItems();
            refusedT = !d->checkItem(r.t);
            d->checkItem(r.s);
            d->checkItem(r.o);
            d->checkMeasure(measures.front().id);
            d->checkMeasure(measures.back().id);
            d->findChild<QLineEdit*>(QStringLiteral("titleDe"))
                ->setText(QStringLiteral("Porzellanregion grenzüberschreitend vermarkten"));
            d->findChild<QLineEdit*>(QStringLiteral("titleCs"))
                ->setText(QStringLiteral("Společný přeshraniční marketing porcelánového regionu"));
            d->accept();
        });
        table.findChild<QAction*>(QStringLiteral("addStrategy"))->trigger();
        QVERIFY(seen);
        std::sort(offeredSo.begin(), offeredSo.end());
        std::sort(offeredWt.begin(), offeredWt.end());
        QCOMPARE(offeredSo, (std::vector<std::int64_t>{r.s, r.o, r.s2}));
        QCOMPARE(offeredWt, (std::vector<std::int64_t>{r.w, r.t, r.t2}));
        QVERIFY(refusedT);

        const auto stored = store::listTowsStrategies(document->project());
        QCOMPARE(stored.size(), std::size_t{1});
        QCOMPARE(stored.front().kind, std::string("SO"));
        QCOMPARE(stored.front().itemIds, (std::vector<std::int64_t>{r.s, r.o}));
        QCOMPARE(stored.front().measureIds.size(), std::size_t{2});
        QCOMPARE(table.cell("SO")->count(), 1);
        QCOMPARE(table.cell("WT")->count(), 0);
        const QString html = table.cell("SO")->item(0)->data(ui::CardDelegate::HtmlRole).toString();
        QVERIFY2(html.contains(QString::fromStdString(measures.front().titleDe).toHtmlEscaped()),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("Hohe Industriedichte")));
        const QString afterAdd = strategies(*document);

        document->undoStack()->undo();
        QVERIFY(store::listTowsStrategies(document->project()).empty());
        QCOMPARE(table.cell("SO")->count(), 0);
        document->undoStack()->redo();
        QCOMPARE(strategies(*document), afterAdd);  // same id, links and creation time
        QCOMPARE(table.cell("SO")->count(), 1);
    }

    void kindMismatchIsRefused() {
        auto document = openProject();
        const Register r = fillRegister(document->project());
        ui::TowsTable table(*document);
        store::TowsStrategy wrong;
        wrong.kind = "SO";
        wrong.titleDe = "Falsch gepaart";
        wrong.itemIds = {r.s, r.t};  // T does not belong to an SO strategy
        const auto error =
            ui::runAndPush(*document, std::make_unique<ui::AddTowsStrategy>(*document, wrong));
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(QString::number(r.t)), qPrintable(*error));
        QCOMPARE(document->undoStack()->count(), 0);
        QVERIFY(store::listTowsStrategies(document->project()).empty());
        QCOMPARE(table.cell("SO")->count(), 0);
        // The dialog needs a title.
        ui::TowsDialog dialog(*document, QStringLiteral("de"), store::TowsStrategy{});
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.problem().isEmpty());
    }

    void editAndDeleteWithUndo() {
        auto document = openProject();
        const Register r = fillRegister(document->project());
        ui::TowsTable table(*document);
        table.show();
        store::TowsStrategy st;
        st.kind = "ST";
        st.titleDe = "Lieferketten der Keramikindustrie absichern";
        st.titleCs = "Zajistit dodavatelské řetězce keramického průmyslu";
        st.itemIds = {r.s, r.t2};
        QVERIFY(table.addStrategy(st));
        const QString added = strategies(*document);
        const std::int64_t id = store::listTowsStrategies(document->project()).front().id;
        QCOMPARE(table.selectedStrategyId(), id);

        store::TowsStrategy edited = *store::getTowsStrategy(document->project(), id);
        edited.itemIds = {r.s, r.t, r.t2};
        edited.textDe = "Gemeinsame Energie- und Gaseinkäufe, Notfallpläne";
        QVERIFY(table.editStrategy(edited));
        const QString afterEdit = strategies(*document);
        QVERIFY(afterEdit != added);
        document->undoStack()->undo();
        QCOMPARE(strategies(*document), added);
        document->undoStack()->redo();
        QCOMPARE(strategies(*document), afterEdit);

        table.selectStrategy(id);
        table.findChild<QAction*>(QStringLiteral("deleteStrategy"))->trigger();
        QVERIFY(store::listTowsStrategies(document->project()).empty());
        QCOMPARE(table.cell("ST")->count(), 0);
        document->undoStack()->undo();
        QCOMPARE(strategies(*document), afterEdit);
        QCOMPARE(table.cell("ST")->count(), 1);
        // An edit the store refuses (a W item in an ST strategy) is no undo step.
        const int steps = document->undoStack()->count();
        edited.itemIds = {r.w};
        const auto error =
            ui::runAndPush(*document, std::make_unique<ui::EditTowsStrategy>(*document, edited));
        QVERIFY(error.has_value());
        QCOMPARE(document->undoStack()->count(), steps);
        QCOMPARE(strategies(*document), afterEdit);
    }

    void languageSwitchAndScreenshots() {
        auto document = openProject();
        const Register r = fillRegister(document->project());
        const auto measures = store::listMeasures(document->project());
        ui::TowsTable table(*document);
        table.resize(1300, 800);
        table.show();
        const auto add = [&](const char* kind, const char* de, const char* cs,
                             std::vector<std::int64_t> items, std::vector<std::string> ms) {
            store::TowsStrategy s;
            s.kind = kind;
            s.titleDe = de;
            s.titleCs = cs;
            s.itemIds = std::move(items);
            s.measureIds = std::move(ms);
            QVERIFY(table.addStrategy(s));
        };
        add("SO", "Porzellanregion grenzüberschreitend vermarkten",
            "Společný přeshraniční marketing porcelánového regionu", {r.s, r.o},
            {measures[0].id, measures[1].id});
        add("WO", "Grenzüberschreitende Gesundheitsversorgung über Interreg aufbauen",
            "Vybudovat přeshraniční zdravotní péči s podporou programu Interreg", {r.w, r.o},
            {measures[2].id});
        add("ST", "Lieferketten der Keramikindustrie absichern",
            "Zajistit dodavatelské řetězce keramického průmyslu", {r.s, r.t2}, {measures[3].id});
        add("WT", "Krisenstab für Grenzschließungen mit Pendlerregelung",
            "Krizový štáb pro případ uzavření hranic s pravidly pro přeshraniční pracovníky",
            {r.w, r.t}, {measures[4].id});

        const auto titles = table.findChildren<QLabel*>();
        const auto hasLabel = [&](const QString& text) {
            return std::any_of(titles.begin(), titles.end(),
                               [&](const QLabel* l) { return l->text() == text; });
        };
        QVERIFY(hasLabel(QStringLiteral("SO strategies (use strengths to seize opportunities)")));
        test::DictionaryTranslator german("de");
        QCoreApplication::installTranslator(&german);
        QTRY_VERIFY(hasLabel(QStringLiteral("SO-Strategien (Stärken nutzen, Chancen ergreifen)")));
        QVERIFY(hasLabel(QStringLiteral("Stärken (S)")));
        table.setLanguageCode(QStringLiteral("de"));
        QCOMPARE(table.cell("WT")->item(0)->text(),
                 QStringLiteral("Krisenstab für Grenzschließungen mit Pendlerregelung"));
        QVERIFY(table.cell("SO")
                    ->item(0)
                    ->data(ui::CardDelegate::HtmlRole)
                    .toString()
                    .contains(QString::fromStdString(measures[0].titleDe).toHtmlEscaped()));
        QApplication::processEvents();
        test::screenshot(table, QStringLiteral("tows_table_de.png"));
        QCoreApplication::removeTranslator(&german);

        test::DictionaryTranslator czech("cs");
        QCoreApplication::installTranslator(&czech);
        QTRY_VERIFY(
            hasLabel(QStringLiteral("strategie SO (využít silné stránky k využití příležitostí)")));
        QVERIFY(hasLabel(QStringLiteral("Hrozby (T)")));
        table.setLanguageCode(QStringLiteral("cs"));
        QVERIFY(table.cell("SO")
                    ->item(0)
                    ->data(ui::CardDelegate::HtmlRole)
                    .toString()
                    .contains(QString::fromStdString(measures[0].titleCs).toHtmlEscaped()));
        QApplication::processEvents();
        test::screenshot(table, QStringLiteral("tows_table_cs.png"));
        QCoreApplication::removeTranslator(&czech);
    }

    void cleanupTestCase() { dir_.reset(); }
};

QTEST_MAIN(TowsTableTest)
#include "tows_table_test.moc"
