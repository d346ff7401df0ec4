// Qt Test of the workshop presentation, offscreen, on a project made by the real `rrw-cli init`:
// slides added from map views through the slide panel, undo and redo of add, edit, move and
// delete (same ids and positions); the presentation window: navigation keys as a presenter
// clicker sends them, the language toggle (keys and buttons) re-labels title, notes, map and
// legend, the pointer, Esc; type large enough for a projector; the deck as PDF (pages counted
// with pdfinfo). With RRW_SCREENSHOT_DIR set it saves the presentation at 1920×1080 in German
// and Czech (presentation_de.png, presentation_cs.png) and the deck (deck_de.pdf, deck_cs.pdf).

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QPointer>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <memory>
#include <nlohmann/json.hpp>

#include "core/error.h"
#include "deck_export.h"
#include "language.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_document.h"
#include "presentation_window.h"
#include "render/map_view.h"
#include "slide_dialog.h"
#include "slide_painter.h"
#include "slide_panel.h"
#include "store/slide_repository.h"
#include "store/sqlite.h"
#include "support/cli_runner.h"

using namespace rrw;

namespace {

const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

geo::Envelope envelope(double minX, double minY, double maxX, double maxY) {
    geo::Envelope e;
    e.merge(minX, minY);
    e.merge(maxX, maxY);
    return e;
}

// The Cheb–Selb border area (EPSG:3035).
const geo::Envelope kChebSelb = envelope(4452000, 2990000, 4500000, 3017000);

store::Slide texts(const char* titleDe, const char* titleCs, const char* notesDe = "",
                   const char* notesCs = "") {
    store::Slide s;
    s.titleDe = titleDe;
    s.titleCs = titleCs;
    s.notesDe = notesDe;
    s.notesCs = notesCs;
    return s;
}

/// The starter slides of the bundled region (data/region/slides.json), by position.
const char* const kTitlesDe[] = {"Bevölkerungsdichte im Grenzraum",
                                 "Grenzübergänge und Bahnstrecken", "Grenzraum Selb – Cheb (Eger)"};
const char* const kTitlesCs[] = {"Hustota zalidnění v přeshraničním regionu",
                                 "Hraniční přechody a železniční tratě",
                                 "Příhraniční oblast Selb – Cheb"};

/// Removes the starter slides (and restarts the ids) for tests that build their own.
void clearSlides(ui::MapDocument& document) {
    document.project().write([&] {
        store::execute(document.project().db(), "DELETE FROM rrw_slide");
        store::execute(document.project().db(),
                       "DELETE FROM sqlite_sequence WHERE name = 'rrw_slide'");
    });
}

int pdfPages(const QString& path) {
    QProcess info;
    info.start(QStringLiteral("pdfinfo"), {path});
    if (info.waitForFinished(30000) && info.exitCode() == 0) {
        for (const QString& line : QString::fromUtf8(info.readAllStandardOutput()).split('\n')) {
            if (line.startsWith(QStringLiteral("Pages:"))) {
                return line.mid(6).trimmed().toInt();
            }
        }
    }
    // No poppler-utils: count the page objects.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return -1;
    }
    const QByteArray data = file.readAll();
    return static_cast<int>(data.count("/Type /Page\n") + data.count("/Type /Page\r") +
                            data.count("/Type /Page>") + data.count("/Type /Page/"));
}

/// Share of differing pixels between two same-sized images inside `r`.
double difference(const QImage& a, const QImage& b, const QRect& r) {
    int differ = 0;
    int all = 0;
    for (int y = r.top(); y < r.bottom(); y += 2) {
        for (int x = r.left(); x < r.right(); x += 2) {
            differ += a.pixel(x, y) != b.pixel(x, y) ? 1 : 0;
            ++all;
        }
    }
    return all == 0 ? 0 : static_cast<double>(differ) / all;
}

QToolButton* buttonWithText(QWidget& window, const QString& text) {
    for (QToolButton* b : window.findChildren<QToolButton*>()) {
        if (b->text() == text) {
            return b;
        }
    }
    return nullptr;
}

void screenshot(QWidget& widget, const QString& name) {
    const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        widget.grab().save(dir + QLatin1Char('/') + name);
    }
}

}  // namespace

class PresentationTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDir> dir_;
    int projects_ = 0;

    std::unique_ptr<ui::MapDocument> openProject() {
        const std::string path = dir_->path("slides" + std::to_string(++projects_) + ".gpkg");
        test::copyBundledProject(path);
        auto document = std::make_unique<ui::MapDocument>();
        document->open(QString::fromStdString(path));
        return document;
    }

    static QString order(ui::MapDocument& document) {
        QStringList out;
        for (const store::Slide& s : store::listSlides(document.project())) {
            out << QStringLiteral("%1#%2@%3")
                       .arg(QString::fromStdString(s.titleDe))
                       .arg(s.id)
                       .arg(s.position);
        }
        return out.join(QLatin1Char(' '));
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        dir_ = std::make_unique<test::ScratchDir>();
    }

    void addsSlidesFromViewsWithUndo() {
        auto document = openProject();
        ui::MapCanvas canvas(*document);
        canvas.resize(1200, 800);
        QCOMPARE(store::listSlides(document->project()).size(), std::size_t{3});  // bundled
        clearSlides(*document);
        ui::SlidePanel panel(*document, canvas);
        QVERIFY(store::listSlides(document->project()).empty());
        QVERIFY(!panel.presentAction()->isEnabled());
        QCOMPARE(panel.presentAction()->shortcut(), QKeySequence(Qt::Key_F5));

        canvas.zoomToFull();
        const geo::Envelope whole = canvas.view().visibleExtent();
        QVERIFY(!panel.addCurrentView(texts("Region", "Region")));
        canvas.setView(render::MapView::fit(kChebSelb, QSizeF(1200, 800), 96, 0));
        const geo::Envelope zoomed = canvas.view().visibleExtent();
        QVERIFY(!panel.addCurrentView(texts("Cheb", "Cheb")));
        auto slides = store::listSlides(document->project());
        QCOMPARE(slides.size(), std::size_t{2});
        QCOMPARE(slides[0].minX, whole.minX);
        QCOMPARE(slides[0].maxY, whole.maxY);
        QCOMPARE(slides[1].minX, zoomed.minX);
        QCOMPARE(slides[1].maxY, zoomed.maxY);
        QVERIFY(slides[1].maxX - slides[1].minX < (whole.maxX - whole.minX) / 2);
        QCOMPARE(slides[1].styleJson, render::toJson(document->styleToSave()).dump());
        QVERIFY(panel.presentAction()->isEnabled());
        QCOMPARE(panel.selectedRow(), 1);

        // Added after the selected slide.
        panel.selectRow(0);
        QVERIFY(!panel.addCurrentView(texts("Mitte", "Střed")));
        const QString three = order(*document);
        QVERIFY2(three.startsWith(QStringLiteral("Region#1@1 Mitte#3@2 Cheb#2@3")),
                 qPrintable(three));
        QUndoStack& undo = *document->undoStack();
        undo.undo();
        QCOMPARE(order(*document), QStringLiteral("Region#1@1 Cheb#2@2"));
        undo.redo();
        QCOMPARE(order(*document), three);

        // Move down and up, delete; undo restores id and position.
        panel.selectRow(0);
        QVERIFY(!panel.moveSelected(1));
        QCOMPARE(order(*document), QStringLiteral("Mitte#3@1 Region#1@2 Cheb#2@3"));
        QCOMPARE(panel.selectedRow(), 1);
        QVERIFY(!panel.moveSelected(1));
        QCOMPARE(order(*document), QStringLiteral("Mitte#3@1 Cheb#2@2 Region#1@3"));
        QVERIFY(!panel.moveSelected(1));  // the last one stays
        undo.undo();
        undo.undo();
        QCOMPARE(order(*document), three);
        undo.redo();
        QCOMPARE(order(*document), QStringLiteral("Mitte#3@1 Region#1@2 Cheb#2@3"));
        undo.undo();
        panel.selectRow(1);
        QVERIFY(!panel.deleteSelected());
        QCOMPARE(order(*document), QStringLiteral("Region#1@1 Cheb#2@2"));
        undo.undo();
        QCOMPARE(order(*document), three);
        QCOMPARE(store::getSlide(document->project(), 3)->titleCs, std::string("Střed"));
        undo.redo();
        QCOMPARE(order(*document), QStringLiteral("Region#1@1 Cheb#2@2"));

        // Edit the texts, then the view; undo each.
        panel.selectRow(1);
        store::Slide edited = panel.slides()[1];
        edited.titleDe = "Grenzraum Cheb – Selb";
        edited.notesCs = "Příhraniční oblast";
        QVERIFY(!panel.editSelected(edited, false));
        QCOMPARE(store::getSlide(document->project(), 2)->notesCs,
                 std::string("Příhraniční oblast"));
        QCOMPARE(store::getSlide(document->project(), 2)->minX, zoomed.minX);
        canvas.zoomToFull();
        QVERIFY(!panel.editSelected(edited, true));
        QCOMPARE(store::getSlide(document->project(), 2)->minX, whole.minX);
        undo.undo();
        QCOMPARE(store::getSlide(document->project(), 2)->minX, zoomed.minX);
        undo.undo();
        QCOMPARE(store::getSlide(document->project(), 2)->titleDe, std::string("Cheb"));

        // The store refuses a slide without a title; nothing enters the stack.
        const int steps = undo.count();
        const auto refused = panel.addCurrentView(texts("", " "));
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("title")), qPrintable(*refused));
        QCOMPARE(undo.count(), steps);
    }

    void addsAndEditsThroughTheDialog() {
        auto document = openProject();
        ui::MapCanvas canvas(*document);
        canvas.resize(1000, 700);
        canvas.zoomToFull();
        ui::SlidePanel panel(*document, canvas);
        panel.selectRow(0);
        QString proposed;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::SlideDialog*>(QApplication::activeModalWidget());
            if (d == nullptr) {
                return;
            }
            proposed = QString::fromStdString(d->slide().titleCs);
            d->setTexts(QStringLiteral("Übersicht"), QStringLiteral("Přehled"),
                        QStringLiteral("Für den Einstieg"), QStringLiteral("Na úvod"));
            d->accept();
        });
        panel.addAction()->trigger();
        // The map's title is proposed; the slide goes after the selected one.
        QCOMPARE(proposed, QString::fromStdString(document->style().titleCs));
        const auto slides = store::listSlides(document->project());
        QCOMPARE(slides.size(), std::size_t{4});
        QCOMPARE(slides[1].titleDe, std::string("Übersicht"));
        QCOMPARE(slides[1].notesCs, std::string("Na úvod"));
        QCOMPARE(panel.selectedRow(), 1);

        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::SlideDialog*>(QApplication::activeModalWidget());
            if (d == nullptr) {
                return;
            }
            d->setTexts(QStringLiteral("Übersicht"), QStringLiteral("Přehled regionu"),
                        QStringLiteral(""), QStringLiteral("Na úvod"));
            d->accept();
        });
        panel.findChild<QListWidget*>()->itemDoubleClicked(
            panel.findChild<QListWidget*>()->item(1));
        const store::Slide edited = *store::getSlide(document->project(), slides[1].id);
        QCOMPARE(edited.titleCs, std::string("Přehled regionu"));
        QCOMPARE(edited.notesDe, std::string());
        document->undoStack()->undo();
        QCOMPARE(store::getSlide(document->project(), slides[1].id)->notesDe,
                 std::string("Für den Einstieg"));
        panel.resize(420, 360);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        screenshot(panel, QStringLiteral("slide_panel.png"));
    }

    void presentsWithKeysLanguagesAndPointer() {
        auto document = openProject();
        auto deck = std::make_shared<const ui::SlideDeck>(document->project());
        QCOMPARE(deck->size(), std::size_t{3});
        for (std::size_t i = 0; i < deck->size(); ++i) {
            QVERIFY2(deck->content(i) != nullptr, qPrintable(deck->error(i)));
        }
        const render::MapTexts texts;
        ui::PresentationWindow window(deck, {Lang::De, false});
        window.resize(1920, 1080);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.slideDpi(), 240.0);

        // Type for the back of the room: title and notes at least 24 px on 1920×1080 (the
        // legend below), and most of the screen for the map.
        const ui::SlideLayout& layout = window.layout();
        QVERIFY2(layout.title.height() >= 80, qPrintable(QString::number(layout.title.height())));
        QVERIFY(layout.notesPt * window.slideDpi() / 72 >= 24);
        QVERIFY2(
            layout.map.height() > 1080 * 0.55 && layout.map.width() > 1920 * 0.6,
            qPrintable(QStringLiteral("%1×%2").arg(layout.map.width()).arg(layout.map.height())));
        // The legend beside the map keeps 24 px entries on every starter slide, in every
        // language (bilingual titles are longer).
        for (const render::MapLanguage language :
             {render::MapLanguage{Lang::De, false}, render::MapLanguage{Lang::Cs, false},
              render::MapLanguage{Lang::De, true}}) {
            for (std::size_t i = 0; i < deck->size(); ++i) {
                const ui::SlideLayout l =
                    ui::layoutSlide(*deck, i, texts, language, QRectF(0, 0, 1920, 1080), 240);
                QVERIFY2(l.legendPt * 240 / 72 >= 24,
                         qPrintable(QStringLiteral("slide %1 %2: %3 pt")
                                        .arg(i + 1)
                                        .arg(QString::fromStdString(language.code()))
                                        .arg(l.legendPt)));
                QVERIFY(!l.legend.intersects(l.map));
                QVERIFY(!l.sourcesText.isEmpty());
            }
        }

        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesDe[0]));
        // Clicker keys and arrows.
        const std::pair<Qt::Key, std::size_t> steps[] = {
            {Qt::Key_PageDown, 1}, {Qt::Key_Right, 2},     {Qt::Key_PageDown, 2},
            {Qt::Key_PageUp, 1},   {Qt::Key_Left, 0},      {Qt::Key_Left, 0},
            {Qt::Key_End, 2},      {Qt::Key_Backspace, 1}, {Qt::Key_Home, 0},
            {Qt::Key_Space, 1},    {Qt::Key_Down, 2},      {Qt::Key_Up, 1}};
        for (const auto& [key, expected] : steps) {
            QTest::keyClick(&window, key);
            QCOMPARE(window.current(), expected);
        }
        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesDe[1]));
        QTest::keyClick(&window, Qt::Key_End);

        // Language: keys and buttons; title, map and legend drawn again.
        window.repaint();
        const QImage german = window.slideImage();
        const int rendered = window.renderCount();
        screenshot(window, QStringLiteral("presentation_de.png"));
        QTest::keyClick(&window, Qt::Key_C);
        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesCs[2]));
        window.repaint();
        QVERIFY(window.renderCount() > rendered);
        const QImage czech = window.slideImage();
        screenshot(window, QStringLiteral("presentation_cs.png"));
        QCOMPARE(czech.size(), german.size());
        const QRect map = window.layout().map.toRect();
        QVERIFY2(difference(german, czech, map) > 0.002,
                 qPrintable(QString::number(difference(german, czech, map))));
        QTest::keyClick(&window, Qt::Key_B);
        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesDe[2]) + QStringLiteral(" / ") +
                                            QString::fromUtf8(kTitlesCs[2]));
        QVERIFY(window.language().bilingual);
        window.repaint();
        screenshot(window, QStringLiteral("presentation_both.png"));
        QTest::keyClick(&window, Qt::Key_D);
        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesDe[2]));
        QToolButton* cs = buttonWithText(window, QStringLiteral("CS"));
        QVERIFY(cs != nullptr);
        QVERIFY(cs->isVisible());
        QVERIFY(window.layout().title.contains(QRectF(cs->geometry())));
        QTest::mouseClick(cs, Qt::LeftButton);
        QCOMPARE(window.currentTitle(), QString::fromUtf8(kTitlesCs[2]));
        QVERIFY(cs->isChecked());
        QVERIFY(!buttonWithText(window, QStringLiteral("DE"))->isChecked());

        // The pointer: L toggles it, a held mouse button shows it; it does not redraw the map.
        window.repaint();
        const int before = window.renderCount();
        QVERIFY(!window.pointerShown());
        const QPoint at(700, 600);
        QTest::mousePress(&window, Qt::LeftButton, {}, at);
        QVERIFY(window.pointerShown());
        const QColor dot = window.grab().toImage().pixelColor(at);
        QVERIFY2(dot.red() > 200 && dot.green() < 60 && dot.blue() < 60, qPrintable(dot.name()));
        QTest::mouseRelease(&window, Qt::LeftButton, {}, at);
        QVERIFY(!window.pointerShown());
        QTest::keyClick(&window, Qt::Key_L);
        QVERIFY(window.pointerShown());
        QTest::keyClick(&window, Qt::Key_L);
        QVERIFY(!window.pointerShown());
        window.repaint();
        QCOMPARE(window.renderCount(), before);

        QTest::keyClick(&window, Qt::Key_Escape);
        QVERIFY(!window.isVisible());
    }

    void presentsFromThePanel() {
        auto document = openProject();
        ui::MapCanvas canvas(*document);
        ui::SlidePanel panel(*document, canvas);
        panel.setLanguage({Lang::Cs, false});
        panel.selectRow(2);
        ui::PresentationWindow* window = panel.present();
        QVERIFY(window != nullptr);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->isFullScreen());
        QCOMPARE(window->current(), std::size_t{2});
        QCOMPARE(window->currentTitle(), QString::fromUtf8(kTitlesCs[2]));
        // Following the presentation selects the slide in the list.
        QTest::keyClick(window, Qt::Key_PageUp);
        QCOMPARE(panel.selectedRow(), 1);
        QPointer<ui::PresentationWindow> guard(window);
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(guard.isNull());  // deleted on close
    }

    void exportsTheDeckAsPdf() {
        auto document = openProject();
        ui::MapCanvas canvas(*document);
        ui::SlidePanel panel(*document, canvas);
        const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        for (const auto& [code, language] :
             {std::pair{QStringLiteral("de"), render::MapLanguage{Lang::De, false}},
              std::pair{QStringLiteral("cs"), render::MapLanguage{Lang::Cs, false}},
              std::pair{QStringLiteral("both"), render::MapLanguage{Lang::De, true}}}) {
            const QString path =
                dir.isEmpty()
                    ? QString::fromStdString(dir_->path("deck_" + code.toStdString() + ".pdf"))
                    : dir + QStringLiteral("/deck_") + code + QStringLiteral(".pdf");
            const auto error = panel.exportDeckTo(path, language);
            QVERIFY2(!error, error ? qPrintable(*error) : "");
            QCOMPARE(pdfPages(path), 3);
            QVERIFY(QFileInfo(path).size() > 20000);
        }

        // A slide whose layer is gone is named; no file is written.
        store::Slide broken = texts("Alte Ebene", "Stará vrstva");
        broken.styleJson = R"({"layers": [{"layer": "no_such_layer", "type": "single"}]})";
        broken.minX = 4450000;
        broken.minY = 2990000;
        broken.maxX = 4500000;
        broken.maxY = 3020000;
        document->project().write([&] { store::addSlide(document->project(), broken); });
        panel.reload();
        const QString bad = QString::fromStdString(dir_->path("broken.pdf"));
        const auto refused = panel.exportDeckTo(bad, {Lang::De, false});
        QVERIFY(refused.has_value());
        QVERIFY2(refused->contains(QStringLiteral("Alte Ebene")) &&
                     refused->contains(QStringLiteral("no_such_layer")),
                 qPrintable(*refused));
        QVERIFY(!QFileInfo::exists(bad));

        // No slides: the file is named.
        clearSlides(*document);
        panel.reload();
        QVERIFY(!panel.exportAction()->isEnabled());
        const QString empty = QString::fromStdString(dir_->path("empty.pdf"));
        const auto none = panel.exportDeckTo(empty, {Lang::De, false});
        QVERIFY(none.has_value());
        QVERIFY2(none->contains(empty), qPrintable(*none));
    }

    void mainWindowHasThePresentationMenu() {
        auto document = std::make_unique<ui::MapDocument>();
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MainWindow window(*document, language);
        bool found = false;
        for (QAction* a : window.findChildren<QAction*>()) {
            found = found || (a == window.slidePanel().presentAction() &&
                              a->shortcut() == QKeySequence(Qt::Key_F5));
        }
        QVERIFY(found);
        QVERIFY(!window.slidePanel().presentAction()->isEnabled());  // no project
    }
};

QTEST_MAIN(PresentationTest)
#include "presentation_test.moc"
