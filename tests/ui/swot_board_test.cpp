// Qt Test of the SWOT board, offscreen, on a project made by the real `rrw-cli init`: add, edit,
// move (drop) and delete through the board with undo and redo restoring the register exactly;
// the item dialog's checks; accepting and rejecting suggestions with undo; the region filter;
// a language switch. With RRW_SCREENSHOT_DIR set it saves the board in German and Czech.

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDropEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <functional>
#include <memory>

#include "card_delegate.h"
#include "map_document.h"
#include "planning_test_support.h"
#include "store/bbk_repository.h"
#include "store/swot_suggestion_repository.h"
#include "support/cli_runner.h"
#include "swot_board.h"
#include "swot_evidence_dialog.h"
#include "swot_item_dialog.h"
#include "swot_quadrant_list.h"
#include "swot_suggestions_dialog.h"

using namespace rrw;

namespace {

const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

store::SwotItem item(char category, const std::string& de, const std::string& cs,
                     const std::string& region = "", int importance = 3) {
    store::SwotItem i;
    i.category = category;
    i.textDe = de;
    i.textCs = cs;
    i.regionCode = region;
    i.importance = importance;
    i.author = "Test";
    return i;
}

/// Runs `fill` on the next modal dialog of type D once it is open (exec() blocks the test).
template <class D>
void onNextDialog(std::function<void(D&)> fill, bool* seen) {
    QTimer::singleShot(0, [fill, seen] {
        auto* dialog = qobject_cast<D*>(QApplication::activeModalWidget());
        *seen = dialog != nullptr;
        if (dialog != nullptr) {
            fill(*dialog);
        } else if (QApplication::activeModalWidget() != nullptr) {
            QApplication::activeModalWidget()->close();
        }
    });
}

/// Drags card `id` onto `list` at `at` (viewport coordinates) as a drag and drop would: enter,
/// then drop. True when the list accepted the drop as a copy (the source list must not remove
/// the card itself; the board rebuilds from the store).
bool drag(ui::SwotQuadrantList* list, std::int64_t id, QPoint at) {
    QMimeData mime;
    mime.setData(QString::fromLatin1(ui::SwotQuadrantList::kMimeType),
                 QByteArray::number(static_cast<qlonglong>(id)));
    const Qt::DropActions actions = Qt::MoveAction | Qt::CopyAction;
    QDragEnterEvent enter(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &enter);
    QDropEvent drop(at, actions, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(list->viewport(), &drop);
    return enter.isAccepted() && drop.isAccepted() && drop.dropAction() == Qt::CopyAction;
}

std::vector<store::SwotItem> all(ui::MapDocument& document) {
    return store::listSwotItems(document.project());
}

}  // namespace

class SwotBoardTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDir> dir_;
    int projects_ = 0;

    /// A fresh copy of the bundled project, opened.
    std::unique_ptr<ui::MapDocument> openProject() {
        const std::string path = dir_->path("swot" + std::to_string(++projects_) + ".gpkg");
        test::copyBundledProject(path);
        auto document = std::make_unique<ui::MapDocument>();
        document->open(QString::fromStdString(path));
        return document;
    }

    static std::int64_t cardId(const ui::SwotBoard& board, char category, int row) {
        return board.quadrant(category)->idAt(row);
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        dir_ = std::make_unique<test::ScratchDir>();
    }

    void addEditDeleteWithUndoRestoreTheRegister() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.resize(1000, 700);
        board.show();
        QUndoStack& stack = *document->undoStack();
        const QString empty = test::dump(all(*document));

        // Add through the toolbar and the item dialog, with a source as evidence.
        bool seen = false;
        onNextDialog<ui::SwotItemDialog>(
            [](ui::SwotItemDialog& d) {
                auto* category = d.findChild<QComboBox*>(QStringLiteral("category"));
                category->setCurrentIndex(category->findData(QStringLiteral("T")));
                auto* region = d.findChild<QComboBox*>(QStringLiteral("region"));
                region->setCurrentIndex(region->findData(QStringLiteral("CZ0411")));
                d.findChild<QPlainTextEdit*>(QStringLiteral("textDe"))
                    ->setPlainText(QStringLiteral("Grenzschließung wie im Frühjahr 2020"));
                d.findChild<QPlainTextEdit*>(QStringLiteral("textCs"))
                    ->setPlainText(QStringLiteral("Uzavření hranic jako na jaře 2020"));
                d.findChild<QSpinBox*>(QStringLiteral("importance"))->setValue(5);
                store::SwotEvidence source;
                source.kind = "source";
                source.ref = "https://www.bmi.bund.de/grenzkontrollen-2020";
                d.addEvidence(source);
                d.accept();
            },
            &seen);
        board.findChild<QAction*>(QStringLiteral("addItem"))->trigger();
        QVERIFY(seen);
        auto items = all(*document);
        QCOMPARE(items.size(), std::size_t{1});
        const store::SwotItem added = items.front();
        QCOMPARE(added.category, 'T');
        QCOMPARE(added.regionCode, std::string("CZ0411"));
        QCOMPARE(added.importance, 5);
        QCOMPARE(added.textCs, std::string("Uzavření hranic jako na jaře 2020"));
        QCOMPARE(added.evidence.size(), std::size_t{1});
        QCOMPARE(board.quadrant('T')->count(), 1);
        QCOMPARE(board.selectedItemId(), added.id);
        const QString afterAdd = test::dump(items);
        QCOMPARE(stack.count(), 1);

        stack.undo();
        QCOMPARE(test::dump(all(*document)), empty);
        QCOMPARE(board.quadrant('T')->count(), 0);
        stack.redo();
        QCOMPARE(test::dump(all(*document)), afterAdd);
        QCOMPARE(board.quadrant('T')->count(), 1);

        // Edit: another text and importance, the source replaced by an indicator.
        store::SwotItem edited = added;
        edited.textDe = "Grenzschließung wie im Frühjahr 2020 (Pendler, Lieferketten)";
        edited.importance = 4;
        edited.evidence.clear();
        edited.evidence.push_back({0, 0, "indicator", "unemployment_rate", "value 3.1 (2023)"});
        QVERIFY(board.editItem(edited));
        const auto afterEditItems = all(*document);
        QCOMPARE(afterEditItems.front().textDe, edited.textDe);
        QCOMPARE(afterEditItems.front().importance, 4);
        QCOMPARE(afterEditItems.front().evidence.size(), std::size_t{1});
        QCOMPARE(afterEditItems.front().evidence.front().ref, std::string("unemployment_rate"));
        QVERIFY(afterEditItems.front().evidence.front().id != added.evidence.front().id);
        const QString afterEdit = test::dump(afterEditItems);
        stack.undo();
        QCOMPARE(test::dump(all(*document)), afterAdd);  // times and evidence ids included
        stack.redo();
        QCOMPARE(test::dump(all(*document)), afterEdit);

        // Delete (the Delete action on the selection).
        board.selectItem(added.id);
        board.findChild<QAction*>(QStringLiteral("deleteItem"))->trigger();
        QCOMPARE(test::dump(all(*document)), empty);
        QCOMPARE(board.quadrant('T')->count(), 0);
        stack.undo();
        QCOMPARE(test::dump(all(*document)), afterEdit);
        QCOMPARE(board.quadrant('T')->count(), 1);
        stack.redo();
        QCOMPARE(test::dump(all(*document)), empty);
        QCOMPARE(stack.count(), 3);
    }

    void editThroughTheDialogKeepsUnchangedItemsUntouched() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.show();
        QVERIFY(board.addItem(item('S', "Hohe Industriedichte (Porzellan, Keramik)",
                                   "Vysoká hustota průmyslu (porcelán, keramika)")));
        const std::int64_t id = cardId(board, 'S', 0);
        QVERIFY(id > 0);
        // OK without a change: no undo step.
        bool seen = false;
        onNextDialog<ui::SwotItemDialog>([](ui::SwotItemDialog& d) { d.accept(); }, &seen);
        board.editWithDialog(id);
        QVERIFY(seen);
        QCOMPARE(document->undoStack()->count(), 1);
        // Another category through the dialog: one step, the card moves.
        onNextDialog<ui::SwotItemDialog>(
            [](ui::SwotItemDialog& d) {
                auto* category = d.findChild<QComboBox*>(QStringLiteral("category"));
                category->setCurrentIndex(category->findData(QStringLiteral("O")));
                d.accept();
            },
            &seen);
        board.editWithDialog(id);
        QCOMPARE(document->undoStack()->count(), 2);
        QCOMPARE(board.quadrant('S')->count(), 0);
        QCOMPARE(board.quadrant('O')->count(), 1);
        document->undoStack()->undo();
        QCOMPARE(board.quadrant('S')->count(), 1);
    }

    void itemDialogNeedsAText() {
        auto document = openProject();
        ui::SwotItemDialog dialog(*document, QStringLiteral("de"), item('W', "", ""));
        dialog.show();
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.problem().isEmpty());
        // A Czech text alone is enough.
        dialog.findChild<QPlainTextEdit*>(QStringLiteral("textCs"))
            ->setPlainText(QStringLiteral("Nedostatek lékařů specialistů na venkově"));
        QVERIFY(dialog.problem().isEmpty());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.item().textCs, std::string("Nedostatek lékařů specialistů na venkově"));
        QVERIFY(dialog.item().textDe.empty());
        // The same evidence twice is refused with a message.
        store::SwotEvidence e{0, 0, "indicator", "unemployment_rate", ""};
        QVERIFY(dialog.addEvidence(e));
        QVERIFY(!dialog.addEvidence(e));
        QVERIFY(!dialog.problem().isEmpty());
        QCOMPARE(dialog.item().evidence.size(), std::size_t{1});
    }

    void evidenceDialogShowsTheRegionsValue() {
        auto document = openProject();
        const auto catalog = ui::EvidenceCatalog::load(document->project());
        ui::SwotEvidenceDialog dialog(catalog, "CZ0413", QStringLiteral("de"));
        auto* indicator = dialog.findChild<QComboBox*>(QStringLiteral("indicator"));
        indicator->setCurrentIndex(indicator->findData(QStringLiteral("unemployment_rate")));
        const auto* value = catalog.valueOf("CZ0413", "unemployment_rate");
        QVERIFY(value != nullptr);
        QVERIFY2(dialog.valueInfo().contains(QStringLiteral("Sokolov")),
                 qPrintable(dialog.valueInfo()));
        QVERIFY(dialog.valueInfo().contains(QString::fromStdString(value->year)));
        QCOMPARE(dialog.evidence().kind, std::string("indicator"));
        QCOMPARE(dialog.evidence().ref, std::string("unemployment_rate"));
        QVERIFY(!dialog.evidence().note.empty());
        // A synthetic value is marked as such.
        const auto synthetic = std::find_if(catalog.values.begin(), catalog.values.end(),
                                            [](const auto& v) { return v.synthetic; });
        QVERIFY(synthetic != catalog.values.end());
        ui::SwotEvidenceDialog demo(catalog, synthetic->regionCode, QStringLiteral("en"));
        auto* demoIndicator = demo.findChild<QComboBox*>(QStringLiteral("indicator"));
        demoIndicator->setCurrentIndex(
            demoIndicator->findData(QString::fromStdString(synthetic->indicatorId)));
        QVERIFY2(demo.valueInfo().contains(QStringLiteral("SYNTHETIC")),
                 qPrintable(demo.valueInfo()));
        // A source needs its text.
        demo.setKind("source");
        demo.show();
        demo.accept();
        QVERIFY(demo.result() != QDialog::Accepted);
    }

    void dropMovesACardWithUndo() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.resize(1000, 700);
        board.show();
        QVERIFY(board.addItem(item('S', "A: Porzellanindustrie", "A: porcelánový průmysl")));
        QVERIFY(board.addItem(item('S', "B: Bäderdreieck", "B: lázeňský trojúhelník")));
        QVERIFY(board.addItem(item('S', "C: Naturpark Fichtelgebirge", "C: přírodní park")));
        QVERIFY(board.addItem(item('S', "D: Cheb", "D: Cheb", "CZ0411")));
        QUndoStack& stack = *document->undoStack();
        const int steps = stack.count();
        const std::int64_t a = cardId(board, 'S', 0);
        const std::int64_t b = cardId(board, 'S', 1);
        const std::int64_t c = cardId(board, 'S', 2);
        const QString start = test::dump(all(*document));

        // A drop right back in front of the next card changes nothing and pushes nothing.
        QVERIFY(board.moveItem(a, 'S', b));
        QCOMPARE(stack.count(), steps);

        // C before A (what a drop on the upper half of A's card does).
        QVERIFY(board.moveItem(c, 'S', a));
        QCOMPARE(cardId(board, 'S', 0), c);
        QCOMPARE(cardId(board, 'S', 1), a);
        QCOMPARE(cardId(board, 'S', 2), b);
        const QString reordered = test::dump(all(*document));
        stack.undo();
        QCOMPARE(test::dump(all(*document)), start);  // A and B back at their old positions
        stack.redo();
        QCOMPARE(test::dump(all(*document)), reordered);
        stack.undo();

        // A drop on the empty opportunities' list: B goes to the end of O.
        ui::SwotQuadrantList* target = board.quadrant('O');
        QVERIFY(drag(target, b, QPoint(10, target->viewport()->height() - 5)));
        QTRY_COMPARE(board.quadrant('O')->count(), 1);
        QCOMPARE(board.quadrant('O')->idAt(0), b);
        QCOMPARE(store::getSwotItem(document->project(), b)->category, 'O');
        QCOMPARE(board.quadrant('S')->count(), 3);
        stack.undo();
        QCOMPARE(test::dump(all(*document)), start);
        QCOMPARE(board.quadrant('O')->count(), 0);

        // Dropped on the upper half of A's card: C goes before A.
        ui::SwotQuadrantList* strengths = board.quadrant('S');
        const QRect first = strengths->visualRect(strengths->model()->index(0, 0));
        QCOMPARE(strengths->dropTarget(QPoint(20, first.top() + 3)), a);
        QCOMPARE(strengths->dropTarget(QPoint(20, first.bottom() - 3)), b);
        QVERIFY(drag(strengths, c, QPoint(20, first.top() + 3)));
        QTRY_COMPARE(cardId(board, 'S', 0), c);
        QCOMPARE(cardId(board, 'S', 1), a);
        QCOMPARE(cardId(board, 'S', 2), b);
        stack.undo();
        QCOMPARE(test::dump(all(*document)), start);

        // The region filter: the whole area only, one Kreis/okres only, all.
        board.setRegionFilter(std::string("CZ0411"));
        QCOMPARE(board.quadrant('S')->count(), 1);
        board.setRegionFilter(std::string());
        QCOMPARE(board.quadrant('S')->count(), 3);
        board.setRegionFilter(std::nullopt);
        QCOMPARE(board.quadrant('S')->count(), 4);
    }

    void suggestionsAcceptAndRejectWithUndo() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.show();
        ui::SwotSuggestionsDialog* dialog = board.showSuggestions();
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isModal());
        const std::size_t open = dialog->proposals().size();
        QVERIFY(open > 10);
        QCOMPARE(dialog->table()->rowCount(), static_cast<int>(open));
        const QString start = test::dump(all(*document));
        const auto first = dialog->proposals().front();

        QVERIFY(dialog->acceptProposal(0));
        QCOMPARE(dialog->proposals().size(), open - 1);
        auto items = all(*document);
        QCOMPARE(items.size(), std::size_t{1});
        QCOMPARE(items.front().origin, std::string("suggestion"));
        QCOMPARE(items.front().textDe, first.textDe);
        QCOMPARE(items.front().regionCode, first.region);
        const QString accepted = test::dump(items);
        QVERIFY(board.quadrant(first.category)
                    ->item(0)
                    ->data(ui::CardDelegate::HtmlRole)
                    .toString()
                    .contains(QStringLiteral("accepted suggestion")));
        const store::SuggestionKey key{first.region, first.indicator, first.category};
        QCOMPARE(store::getSuggestionDecision(document->project(), key)->decision,
                 std::string("accepted"));

        document->undoStack()->undo();
        QCOMPARE(test::dump(all(*document)), start);
        QVERIFY(!store::getSuggestionDecision(document->project(), key));
        QCOMPARE(dialog->proposals().size(), open);  // the proposal is back
        document->undoStack()->redo();
        QCOMPARE(test::dump(all(*document)), accepted);  // the same item, same id
        QCOMPARE(store::getSuggestionDecision(document->project(), key)->itemId,
                 all(*document).front().id);

        const auto second = dialog->proposals().front();
        const store::SuggestionKey rejectedKey{second.region, second.indicator, second.category};
        QVERIFY(dialog->rejectProposal(0));
        QCOMPARE(dialog->proposals().size(), open - 2);
        QCOMPARE(store::getSuggestionDecision(document->project(), rejectedKey)->decision,
                 std::string("rejected"));
        QCOMPARE(test::dump(all(*document)), accepted);
        document->undoStack()->undo();
        QVERIFY(!store::getSuggestionDecision(document->project(), rejectedKey));
        QCOMPARE(dialog->proposals().size(), open - 1);

        // A stricter threshold proposes less.
        dialog->setThreshold(2.0);
        QVERIFY(dialog->proposals().size() < open - 1);
    }

    void languageSwitchRelabelsTheBoard() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.show();
        QVERIFY(board.addItem(item('S', "Hohe Industriedichte (Porzellan, Keramik)",
                                   "Vysoká hustota průmyslu (porcelán, keramika)")));
        QVERIFY(board.addItem(item('W', "Lange Wege zu Fachärzten im ländlichen Raum", "")));
        const auto headers = board.findChildren<QLabel*>();
        const auto hasHeader = [&](const QString& start) {
            return std::any_of(headers.begin(), headers.end(),
                               [&](const QLabel* l) { return l->text().startsWith(start); });
        };
        QVERIFY(hasHeader(QStringLiteral("Strengths (1)")));

        test::DictionaryTranslator german("de");
        QCoreApplication::installTranslator(&german);
        QTRY_VERIFY(hasHeader(QStringLiteral("Stärken (1)")));
        QVERIFY(hasHeader(QStringLiteral("Schwächen (1)")));
        QVERIFY(hasHeader(QStringLiteral("Risiken (0)")));
        board.setLanguageCode(QStringLiteral("de"));
        QCOMPARE(board.quadrant('S')->item(0)->text(),
                 QStringLiteral("Hohe Industriedichte (Porzellan, Keramik)"));

        test::DictionaryTranslator czech("cs");
        QCoreApplication::removeTranslator(&german);
        QCoreApplication::installTranslator(&czech);
        QTRY_VERIFY(hasHeader(QStringLiteral("Silné stránky (1)")));
        QVERIFY(hasHeader(QStringLiteral("Příležitosti (0)")));
        QVERIFY(hasHeader(QStringLiteral("Hrozby (0)")));
        board.setLanguageCode(QStringLiteral("cs"));
        QCOMPARE(board.quadrant('S')->item(0)->text(),
                 QStringLiteral("Vysoká hustota průmyslu (porcelán, keramika)"));
        // Only German there: shown with a marker.
        QCOMPARE(board.quadrant('W')->item(0)->text(),
                 QStringLiteral("Lange Wege zu Fachärzten im ländlichen Raum [de]"));
        auto* filter = board.findChild<QComboBox*>(QStringLiteral("regionFilter"));
        QCOMPARE(filter->itemText(0), QStringLiteral("Všechny regiony"));

        board.setLanguageCode(QStringLiteral("de+cs"));
        const QString html =
            board.quadrant('S')->item(0)->data(ui::CardDelegate::HtmlRole).toString();
        QVERIFY(html.indexOf(QStringLiteral("Porzellan")) <
                html.indexOf(QStringLiteral("<i>Vysoká")));
        QCoreApplication::removeTranslator(&czech);
        QTRY_VERIFY(hasHeader(QStringLiteral("Strengths (1)")));
    }

    void screenshotsOfAWorkshopBoard() {
        auto document = openProject();
        ui::SwotBoard board(*document);
        board.resize(1400, 900);
        board.show();
        // Accepted suggestions of several districts, as a workshop would pick them.
        ui::SwotSuggestionsDialog* dialog = board.showSuggestions();
        int accepted = 0;
        for (const auto& [region, indicator] :
             std::vector<std::pair<std::string, std::string>>{{"CZ0413", "unemployment_rate"},
                                                              {"CZ0411", "share_60plus"},
                                                              {"DE233", "gdp_per_capita_eur"},
                                                              {"DE23A", "producing_sector_share"},
                                                              {"DE237", "unemployment_rate"}}) {
            const auto& list = dialog->proposals();
            const auto it = std::find_if(list.begin(), list.end(), [&](const auto& s) {
                return s.region == region && s.indicator == indicator;
            });
            if (it != list.end() && dialog->acceptProposal(static_cast<int>(it - list.begin()))) {
                ++accepted;
            }
        }
        QCOMPARE(accepted, 5);
        // Manual items in both languages, some in one only.
        QVERIFY(board.addItem(item('S', "Hohe Industriedichte (Porzellan, Keramik)",
                                   "Vysoká hustota průmyslu (porcelán, keramika)", "", 4)));
        QVERIFY(board.addItem(item('S', "Bäderdreieck Karlsbad – Marienbad – Franzensbad",
                                   "Lázeňský trojúhelník Karlovy Vary – Mariánské Lázně – "
                                   "Františkovy Lázně",
                                   "CZ0412", 5)));
        QVERIFY(board.addItem(item('W', "Lange Wege zu Fachärzten im ländlichen Raum", "", "", 3)));
        QVERIFY(board.addItem(item('O',
                                   "Förderung aus dem Programm Interreg Bayern–Tschechien "
                                   "2021–2027",
                                   "Podpora z programu Interreg Česko–Bavorsko 2021–2027", "", 4)));
        QVERIFY(board.addItem(item('O', "Grenzüberschreitende Fachkräftegewinnung",
                                   "Přeshraniční získávání kvalifikovaných pracovníků", "", 3)));
        QVERIFY(board.addItem(item('T', "Grenzschließung wie im Frühjahr 2020",
                                   "Uzavření hranic jako na jaře 2020", "", 5)));
        QVERIFY(board.addItem(
            item('T', "", "Sucho a kůrovcová kalamita ve Slavkovském lese", "CZ0413", 4)));
        QCOMPARE(all(*document).size(), std::size_t{12});

        test::DictionaryTranslator german("de");
        QCoreApplication::installTranslator(&german);
        board.setLanguageCode(QStringLiteral("de"));
        QApplication::processEvents();
        test::screenshot(board, QStringLiteral("swot_board_de.png"));
        // The dialogs of the same state (their texts are English until the catalogs have them).
        dialog->setLanguageCode(QStringLiteral("de"));
        dialog->show();
        test::screenshot(*dialog, QStringLiteral("swot_suggestions.png"));
        dialog->close();
        const auto items = all(*document);
        const auto suggested = std::find_if(items.begin(), items.end(),
                                            [](const auto& i) { return i.origin == "suggestion"; });
        QVERIFY(suggested != items.end());
        ui::SwotItemDialog itemDialog(*document, QStringLiteral("de"), *suggested);
        itemDialog.addEvidence({0, 0, "bbk_scenario",
                                store::listBbkScenarios(document->project()).front().scenario.id,
                                ""});
        itemDialog.show();
        test::screenshot(itemDialog, QStringLiteral("swot_item_dialog.png"));
        itemDialog.close();
        board.setLanguageCode(QStringLiteral("de+cs"));
        QApplication::processEvents();
        test::screenshot(board, QStringLiteral("swot_board_de_cs.png"));
        QCoreApplication::removeTranslator(&german);
        test::DictionaryTranslator czech("cs");
        QCoreApplication::installTranslator(&czech);
        board.setLanguageCode(QStringLiteral("cs"));
        QApplication::processEvents();
        test::screenshot(board, QStringLiteral("swot_board_cs.png"));
        QCoreApplication::removeTranslator(&czech);
        QVERIFY(board.quadrant('S')->count() >= 3);
    }

    void cleanupTestCase() { dir_.reset(); }
};

QTEST_MAIN(SwotBoardTest)
#include "swot_board_test.moc"
