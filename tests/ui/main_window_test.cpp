// Qt Test of the workbench window, offscreen: open the bundled project, wait for the map,
// toggle a layer with undo, switch the language at runtime, export the map.
// With RRW_SCREENSHOT_DIR set, it also saves screenshots (docs/images is made this way).

#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include "language.h"
#include "layer_panel.h"
#include "main_window.h"
#include "map_canvas.h"
#include "map_document.h"
#include "support/cli_runner.h"

using namespace rrw;

class MainWindowTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;
    QString project_;

    static bool waitForMap(ui::MainWindow& window) {
        QSignalSpy spy(&window.canvas(), &ui::MapCanvas::renderFinished);
        return spy.wait(10000) || !window.canvas().renderedImage().isNull();
    }

    static int colouredPixels(const QImage& image) {
        int n = 0;
        for (int y = 0; y < image.height(); y += 4) {
            for (int x = 0; x < image.width(); x += 4) {
                const QColor c = image.pixelColor(x, y);
                n += c.saturation() > 60 ? 1 : 0;
            }
        }
        return n;
    }

    void screenshot(ui::MainWindow& window, const QString& name) {
        const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            window.grab().save(dir + QStringLiteral("/") + name);
        }
    }

private slots:
    void initTestCase() {
        project_ = QString::fromStdString(dir_.path("region.gpkg"));
        test::copyBundledProject(project_.toStdString());
    }

    void opensTheRegionMap() {
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(project_));
        QVERIFY(waitForMap(window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
        const QImage map = window.canvas().renderedImage();
        QVERIFY(!map.isNull());
        QVERIFY2(colouredPixels(map) > 1000, "the choropleth is drawn");
        screenshot(window, QStringLiteral("workbench_de.png"));
        const QString project = QCoreApplication::translate("rrw::ui::MainWindow", "&Project");
        QVERIFY2(project != QStringLiteral("&Project"), "the German catalog translates the menus");
        QCOMPARE(window.menuBar()->actions().front()->text(), project);
    }

    void cliRenderDrawsWhatTheCanvasShows() {
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openProject(project_));
        window.canvas().zoomToFull();
        QVERIFY(waitForMap(window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
        const QImage canvas = window.canvas().renderedImage();
        const std::string png = dir_.path("cli.png");
        const auto r =
            test::runCli({"render", project_.toStdString(), "--lang", "de", "--size",
                          std::to_string(canvas.width()) + "x" + std::to_string(canvas.height()),
                          "--dpi", std::to_string(window.canvas().logicalDpiX()), "-o", png});
        QVERIFY2(r.exitCode == 0, r.err.c_str());
        const QImage cli(QString::fromStdString(png));
        QCOMPARE(cli.size(), canvas.size());
        int different = 0;
        for (int y = 0; y < cli.height(); y += 2) {
            for (int x = 0; x < cli.width(); x += 2) {
                const QRgb a = cli.pixel(x, y);
                const QRgb b = canvas.pixel(x, y);
                different += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) +
                                         std::abs(qBlue(a) - qBlue(b)) >
                                     30
                                 ? 1
                                 : 0;
            }
        }
        const double share = different / (cli.width() * cli.height() / 4.0);
        QVERIFY2(share < 0.01,
                 qPrintable(QStringLiteral("%1 % of pixels differ").arg(share * 100)));
    }

    void togglesALayerWithUndo() {
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        QVERIFY(window.openProject(project_));
        const std::size_t border = [&] {
            for (std::size_t i = 0; i < document.style().layers.size(); ++i) {
                if (document.style().layers[i].layers.front() == "border_de_cz") {
                    return i;
                }
            }
            return std::size_t{0};
        }();
        QVERIFY(document.style().layers[border].visible);
        auto* tree = window.layerPanel().findChild<QTreeWidget*>();
        QVERIFY(tree != nullptr);
        QTreeWidgetItem* item = nullptr;
        for (int row = 0; row < tree->topLevelItemCount(); ++row) {
            if (tree->topLevelItem(row)->toolTip(0) == QStringLiteral("border_de_cz")) {
                item = tree->topLevelItem(row);
            }
        }
        QVERIFY(item != nullptr);
        item->setCheckState(0, Qt::Unchecked);
        QVERIFY(!document.style().layers[border].visible);
        document.undoStack()->undo();
        QVERIFY(document.style().layers[border].visible);
        document.undoStack()->redo();
        QVERIFY(!document.style().layers[border].visible);
        document.undoStack()->undo();  // leave the shared project as it was
        QVERIFY(document.style().layers[border].visible);
    }

    void switchesLanguageAtRuntime() {
        ui::Language language;
        language.set(QStringLiteral("de"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1280, 800);
        window.show();
        QVERIFY(window.openProject(project_));
        QVERIFY(waitForMap(window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
        const QImage german = window.canvas().renderedImage();
        const QString germanEdit = window.menuBar()->actions().at(1)->text();
        language.set(QStringLiteral("cs"));
        const QString czechEdit = QCoreApplication::translate("rrw::ui::MainWindow", "&Edit");
        QVERIFY(czechEdit != QStringLiteral("&Edit"));
        QVERIFY(czechEdit != germanEdit);
        QTRY_COMPARE(window.menuBar()->actions().at(1)->text(), czechEdit);
        QVERIFY(waitForMap(window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
        QVERIFY2(window.canvas().renderedImage() != german,
                 "labels and legend are redrawn in Czech");
        screenshot(window, QStringLiteral("workbench_cs.png"));
        language.set(QStringLiteral("de+cs"));
        QVERIFY(waitForMap(window));
        QTRY_VERIFY_WITH_TIMEOUT(!window.canvas().isRendering(), 10000);
        screenshot(window, QStringLiteral("workbench_de_cs.png"));
    }

    void exportsTheMap() {
        ui::Language language;
        language.set(QStringLiteral("cs"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1000, 700);
        window.show();
        QVERIFY(window.openProject(project_));
        const QString png = QString::fromStdString(dir_.path("export.png"));
        const QString pdf = QString::fromStdString(dir_.path("export.pdf"));
        QVERIFY(window.exportMap(png, 192));
        QVERIFY(window.exportMap(pdf, 150));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.width(), window.canvas().width() * 2);
        QVERIFY(QFileInfo(pdf).size() > 10000);
    }
};

QTEST_MAIN(MainWindowTest)
#include "main_window_test.moc"
