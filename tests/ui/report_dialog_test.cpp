// Qt Test of the report dialog, offscreen: a Czech SWOT report built in the background from
// the bundled project, a section left out, the preview, the export to PDF, ODT and HTML, and a
// canceled build. With RRW_SCREENSHOT_DIR set, it saves a screenshot.

#include <QComboBox>
#include <QFile>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

#include "map_document.h"
#include "report_dialog.h"
#include "support/cli_runner.h"

using namespace rrw;

class ReportDialogTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;
    QString project_;

    static bool build(ui::ReportDialog& dialog) {
        QSignalSpy built(&dialog, &ui::ReportDialog::built);
        dialog.build();
        if (!built.wait(180000) && built.isEmpty()) {
            return false;
        }
        return built.front().front().toBool();
    }

private slots:
    void initTestCase() {
        project_ = QString::fromStdString(dir_.path("region.gpkg"));
        test::copyBundledProject(project_.toStdString());
    }

    void czechSwotReportWithASectionLeftOut() {
        ui::MapDocument document;
        document.open(project_);
        ui::ReportDialog dialog(document, QStringLiteral("cs"));
        dialog.resize(1200, 900);
        dialog.show();
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("cs"));
        dialog.templateBox()->setCurrentIndex(
            dialog.templateBox()->findData(QStringLiteral("swot")));
        QVERIFY2(build(dialog), qPrintable(dialog.statusText()));
        const int sections = dialog.contents()->count();
        QVERIFY(sections >= 2);
        QVERIFY(!dialog.previewPages().empty());
        const QImage first = dialog.previewPages().front();
        QCOMPARE(first.width(), 600);

        const QString full = QString::fromStdString(dir_.path("full.pdf"));
        QVERIFY2(dialog.exportTo(full), qPrintable(dialog.statusText()));
        dialog.contents()->item(sections - 1)->setCheckState(Qt::Unchecked);
        const QString shorter = QString::fromStdString(dir_.path("shorter.pdf"));
        QVERIFY2(dialog.exportTo(shorter), qPrintable(dialog.statusText()));
        QVERIFY(QFile(full).size() > QFile(shorter).size());
        QVERIFY(!dialog.previewPages().empty());
        QFile pdf(full);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.read(5), QByteArray("%PDF-"));

        for (const char* ext : {"odt", "html"}) {
            const QString path = QString::fromStdString(dir_.path(std::string("r.") + ext));
            QVERIFY2(dialog.exportTo(path), qPrintable(dialog.statusText()));
            QVERIFY(QFile(path).size() > 1000);
        }
        QVERIFY(!dialog.exportTo(QString::fromStdString(dir_.path("r.docx"))));
        QVERIFY(dialog.statusText().contains(QStringLiteral("r.docx")));
        QVERIFY2(dialog.exportTo(full), qPrintable(dialog.statusText()));

        QTest::qWait(100);  // the preview pages are shown on the next event loop turn
        const QString shots = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            dialog.grab().save(shots + QStringLiteral("/report_dialog_cs.png"));
        }
    }

    void canceledBuildLeavesNoReport() {
        ui::MapDocument document;
        document.open(project_);
        ui::ReportDialog dialog(document, QStringLiteral("de"));
        QSignalSpy built(&dialog, &ui::ReportDialog::built);
        dialog.build();
        QVERIFY(dialog.isBuilding());
        dialog.cancel();
        QVERIFY(built.wait(180000) || built.count() == 1);
        if (!built.front().front().toBool()) {
            QCOMPARE(dialog.contents()->count(), 0);
            QVERIFY(!dialog.exportTo(QString::fromStdString(dir_.path("none.pdf"))));
        }
    }
};

QTEST_MAIN(ReportDialogTest)
#include "report_dialog_test.moc"
