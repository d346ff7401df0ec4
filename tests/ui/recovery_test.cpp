// Qt Test of autosave and recovery, offscreen. The crash test starts this binary again as a
// child ("--crash-child PROJECT"): the child opens the project in the workbench window, makes
// edits that commit at once (a SWOT item through the board's dialog, a style through the
// style dialog, a slide) and edits that live only in editors (the scenario editor's form, an
// open slide dialog), waits until the autosave has written them, and kills itself (SIGKILL).
// The parent checks that the committed edits are in the file, that the drafts are offered
// and that restoring puts them back into their editors, unsaved. Other tests: drafts come and
// go with the editors, the question lists them and Discard removes them, a file whose owner
// still runs is not offered. Recovery files go to a scratch XDG_DATA_HOME.

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QTimer>

#include <nlohmann/json.hpp>

#include <csignal>
#include <set>

#include "analysis_workspace.h"
#include "language.h"
#include "layer_panel.h"
#include "main_window.h"
#include "map_document.h"
#include "recovery.h"
#include "recovery_dialog.h"
#include "recovery_file.h"
#include "render/style.h"
#include "scenario_editor.h"
#include "scenario_page.h"
#include "slide_dialog.h"
#include "slide_panel.h"
#include "store/meta.h"
#include "store/slide_repository.h"
#include "store/swot_repository.h"
#include "style_dialog.h"
#include "support/cli_runner.h"
#include "swot_board.h"
#include "swot_item_dialog.h"

using namespace rrw;

namespace {

const QString kSwotText = QStringLiteral("Stärke vor dem Absturz gespeichert");
const std::string kSlideTitle = "Folie vor dem Absturz";
const QString kScenarioDraft = QStringLiteral("Entwurf vor dem Absturz: Umleitung über Cheb");
const QString kSlideNotesDraft = QStringLiteral("Notizen, nicht gespeichert – poznámky");
constexpr int kStyleOpacity = 35;

/// The style layer drawing `layer` alone.
int styleIndex(const ui::MapDocument& document, const std::string& layer) {
    const auto& layers = document.style().layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        if (layers[i].layers == std::vector<std::string>{layer}) {
            return static_cast<int>(i);
        }
    }
    return -1;
}

/// Runs `work` on the modal dialog of type D as soon as it is open (polling; exec() blocks).
template <class D>
void onDialog(std::function<void(D&)> work) {
    auto* timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, work] {
        if (auto* d = qobject_cast<D*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            work(*d);
        }
    });
    timer->start();
}

/// Kinds of the drafts in the recovery file at `path` (empty when there is none).
std::set<QString> draftKinds(const QString& path) {
    std::set<QString> kinds;
    if (!QFile::exists(path)) {
        return kinds;
    }
    try {
        for (const auto& d : ui::readRecoveryFile(path).drafts) {
            kinds.insert(d.kind);
        }
    } catch (const Error&) {
    }
    return kinds;
}

QPlainTextEdit* scenarioDescription(ui::MainWindow& window) {
    return window.analysis().scenarioPage().editor().findChild<QPlainTextEdit*>(
        QStringLiteral("description"));
}

/// The child: edits, autosave, SIGKILL. Returns only when something went wrong.
int crashChild(const QString& path) {
    ui::Language language;
    language.set(QStringLiteral("en"));
    ui::MapDocument document;
    ui::MainWindow window(document, language);
    window.resize(1280, 800);
    window.show();
    if (!window.openProject(path)) {
        return 2;
    }
    document.drafts().setDelays(100, 1000);
    // Committed at once: a SWOT item through the board's dialog.
    onDialog<ui::SwotItemDialog>([](ui::SwotItemDialog& d) {
        d.findChild<QPlainTextEdit*>(QStringLiteral("textDe"))->setPlainText(kSwotText);
        d.accept();
    });
    window.analysis().swotBoard().addWithDialog();
    // Committed at once: a style through the style dialog's OK.
    onDialog<ui::StyleDialog>([](ui::StyleDialog& d) {
        d.findChild<QSlider*>(QStringLiteral("opacity"))->setValue(kStyleOpacity);
        d.accept();
    });
    emit window.layerPanel().styleRequested(styleIndex(document, "border_de_cz"));
    // Committed at once: a slide (what the slide dialog's OK does).
    store::Slide slide;
    slide.titleDe = kSlideTitle;
    if (window.slidePanel().addCurrentView(slide)) {
        return 3;
    }
    // Only in the editor: the scenario form.
    window.analysis().scenarioPage().scenarioList()->setCurrentRow(0);
    scenarioDescription(window)->setPlainText(kScenarioDraft);
    // Only in the dialog: the notes of the first slide, typed but not confirmed. Once both
    // drafts are on disk, the process dies without any clean-up.
    onDialog<ui::SlideDialog>([&document](ui::SlideDialog& d) {
        const store::Slide s = d.slide();
        d.setTexts(QString::fromStdString(s.titleDe), QString::fromStdString(s.titleCs),
                   kSlideNotesDraft, QString::fromStdString(s.notesCs));
        auto* wait = new QTimer;
        QObject::connect(wait, &QTimer::timeout, [&document] {
            const auto kinds = draftKinds(document.drafts().filePath());
            if (kinds.count(QStringLiteral("scenario")) && kinds.count(QStringLiteral("slide"))) {
                std::raise(SIGKILL);
            }
        });
        wait->start(20);
    });
    auto* list = window.slidePanel().findChild<QListWidget*>(QStringLiteral("slideList"));
    window.slidePanel().selectRow(0);
    emit list->itemDoubleClicked(list->item(0));
    return 4;
}

}  // namespace

class RecoveryTest : public QObject {
    Q_OBJECT

private:
    test::ScratchDir dir_;

    QString freshProject(const std::string& name) {
        const std::string path = dir_.path(name);
        test::copyBundledProject(path);
        return QString::fromStdString(path);
    }

    /// A recovery file for `project` as if process `pid` had written it.
    static QString fakeLeftover(const QString& project, qint64 pid) {
        ui::RecoveryFile file = ui::currentOwner(project);
        file.pid = pid;
        file.savedAt = QDateTime::currentDateTimeUtc().addSecs(-600);
        file.drafts.push_back({QStringLiteral("slide"),
                               QStringLiteral("slide"),
                               {{"id", 0}, {"titleDe", "Neue Folie"}, {"label", "Neue Folie"}}});
        file.drafts.push_back({QStringLiteral("swot_item"),
                               QStringLiteral("swot_item"),
                               {{"id", 0},
                                {"label", "Grenzpendler als Fachkräfte"},
                                {"item", {{"category", "S"}, {"textDe", "Grenzpendler"}}}}});
        const QString path = ui::recoveryFilePath(project, pid);
        ui::writeRecoveryFile(file, path);
        return path;
    }

    /// The id of a process that has ended.
    static qint64 deadPid() {
        QProcess p;
        p.start(QStringLiteral("/bin/true"), {});
        p.waitForStarted();
        const qint64 pid = p.processId();
        p.waitForFinished();
        return pid;
    }

private slots:
    void initTestCase() {
        qputenv("XDG_DATA_HOME", QByteArray::fromStdString(dir_.path("xdg-data")));
        QVERIFY(ui::recoveryDirectory().startsWith(QString::fromStdString(dir_.path(""))));
    }

    void crashKeepsCommittedEditsAndRestoresDrafts() {
        const QString path = freshProject("crash.gpkg");
        QProcess child;
        child.setProgram(QCoreApplication::applicationFilePath());
        child.setArguments({QStringLiteral("--crash-child"), path});
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start();
        QVERIFY(child.waitForStarted());
        const qint64 pid = child.processId();
        QVERIFY(child.waitForFinished(180000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);

        // The child's recovery file is left, with both drafts.
        const auto files = ui::leftoverRecoveryFiles(path);
        QCOMPARE(files.size(), std::size_t{1});
        QCOMPARE(files.front().pid, pid);
        QCOMPARE(draftKinds(files.front().path),
                 (std::set<QString>{QStringLiteral("scenario"), QStringLiteral("slide")}));

        // What was committed survived the kill.
        {
            store::Project project = store::Project::open(path.toStdString());
            bool swot = false;
            for (const auto& item : store::listSwotItems(project)) {
                swot = swot || item.textDe == kSwotText.toStdString();
            }
            QVERIFY(swot);
            bool slide = false;
            for (const auto& s : store::listSlides(project)) {
                slide = slide || s.titleDe == kSlideTitle;
            }
            QVERIFY(slide);
            const auto map = render::parseMapStyle(
                nlohmann::json::parse(*store::readMeta(project, "default_map")), "default_map");
            bool styled = false;
            for (const auto& s : map.layers) {
                styled = styled || (s.layers == std::vector<std::string>{"border_de_cz"} &&
                                    std::abs(s.opacity - kStyleOpacity / 100.0) < 1e-9);
            }
            QVERIFY(styled);
        }

        // Reopened: the drafts are restored into their editors, unsaved.
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.resize(1280, 800);
        window.show();
        window.recovery().setAnswer(ui::Recovery::Answer::Restore);
        QString notesShown;
        onDialog<ui::SlideDialog>([&notesShown](ui::SlideDialog& d) {
            notesShown = QString::fromStdString(d.slide().notesDe);
            d.reject();
        });
        QSignalSpy finished(&window.recovery(), &ui::Recovery::finished);
        QVERIFY(window.openProject(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(window.recovery().restored(), 2);
        QVERIFY2(window.recovery().errors().isEmpty(),
                 qPrintable(window.recovery().errors().join(QLatin1Char('\n'))));
        QCOMPARE(notesShown, kSlideNotesDraft);
        QVERIFY(window.analysis().scenarioPage().editor().isModified());
        QCOMPARE(scenarioDescription(window)->toPlainText(), kScenarioDraft);
        // The old file is gone; the restored (still unsaved) form is this session's draft.
        QVERIFY(!QFile::exists(files.front().path));
        QVERIFY(ui::leftoverRecoveryFiles(path).empty());
        QCOMPARE(draftKinds(document.drafts().filePath()),
                 std::set<QString>{QStringLiteral("scenario")});
        // Nothing of the drafts reached the project by itself.
        store::Project project = store::Project::open(path.toStdString());
        for (const auto& s : store::listSlides(project)) {
            QVERIFY(s.notesDe != kSlideNotesDraft.toStdString());
        }
        window.close();
        QVERIFY(!QFile::exists(document.drafts().filePath()));
    }

    void draftsComeAndGoWithTheEditors() {
        const QString path = freshProject("drafts.gpkg");
        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        QVERIFY(window.openProject(path));
        document.drafts().setDelays(50, 100000);
        const QString file = document.drafts().filePath();
        QVERIFY(!QFile::exists(file));

        // The scenario form: a draft after an edit, gone when saved.
        window.analysis().scenarioPage().scenarioList()->setCurrentRow(0);
        scenarioDescription(window)->setPlainText(QStringLiteral("Entwurf"));
        QTRY_VERIFY_WITH_TIMEOUT(draftKinds(file).count(QStringLiteral("scenario")) == 1, 15000);
        const QString save =
            QCoreApplication::translate("rrw::ui::ScenarioPage", "Save as new &version");
        for (auto* b : window.analysis().scenarioPage().findChildren<QPushButton*>()) {
            if (b->text() == save) {
                b->click();
            }
        }
        QVERIFY(!window.analysis().scenarioPage().editor().isModified());
        QVERIFY(!QFile::exists(file));

        // A SWOT item dialog: no draft while unchanged, a draft once typed, gone on Cancel.
        bool unchangedHadNoDraft = false;
        bool typedWasDrafted = false;
        onDialog<ui::SwotItemDialog>([&](ui::SwotItemDialog& d) {
            QTest::qWait(200);
            unchangedHadNoDraft = !QFile::exists(file);
            d.findChild<QPlainTextEdit*>(QStringLiteral("textCs"))
                ->setPlainText(QStringLiteral("Příhraniční spolupráce"));
            typedWasDrafted = QTest::qWaitFor(
                [&] { return draftKinds(file).count(QStringLiteral("swot_item")) == 1; }, 15000);
            d.reject();
        });
        window.analysis().swotBoard().addWithDialog();
        QVERIFY(unchangedHadNoDraft);
        QVERIFY(typedWasDrafted);
        QVERIFY(!QFile::exists(file));

        // A normal end removes the file even with unsaved edits.
        scenarioDescription(window)->setPlainText(QStringLiteral("Noch ein Entwurf"));
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(file), 15000);
        window.close();
        QVERIFY(!QFile::exists(file));
    }

    void questionListsDraftsAndDiscardRemovesThem() {
        const QString path = freshProject("discard.gpkg");
        const QString leftover = fakeLeftover(path, deadPid());
        // A file whose owner still runs is not offered.
        QProcess sleeper;
        sleeper.start(QStringLiteral("/bin/sleep"), {QStringLiteral("30")});
        QVERIFY(sleeper.waitForStarted());
        const QString alive = fakeLeftover(path, sleeper.processId());
        const auto files = ui::leftoverRecoveryFiles(path);
        QCOMPARE(files.size(), std::size_t{1});
        QCOMPARE(files.front().path, leftover);

        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        QStringList listed;
        QString question;
        onDialog<ui::RecoveryDialog>([&](ui::RecoveryDialog& d) {
            question = d.findChild<QLabel*>(QStringLiteral("question"))->text();
            for (int i = 0; i < d.list()->count(); ++i) {
                listed << d.list()->item(i)->text();
            }
            d.discardButton()->click();
        });
        QSignalSpy finished(&window.recovery(), &ui::Recovery::finished);
        QVERIFY(window.openProject(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.front().front().value<ui::Recovery::Answer>(),
                 ui::Recovery::Answer::Discard);
        QVERIFY2(question.startsWith(QStringLiteral("Restore unsaved edits from ")),
                 qPrintable(question));
        QCOMPARE(listed, (QStringList{QStringLiteral("New slide “Neue Folie”"),
                                      QStringLiteral("New SWOT item “Grenzpendler als "
                                                     "Fachkräfte”")}));
        QVERIFY(!QFile::exists(leftover));
        QVERIFY(QFile::exists(alive));
        QVERIFY(!window.analysis().scenarioPage().editor().isModified());
        sleeper.kill();
        sleeper.waitForFinished();
        QFile::remove(alive);
    }

    void restoresStyleAndSwotItemDialogs() {
        const QString path = freshProject("dialogs.gpkg");
        render::LayerStyle border;
        {
            store::Project project = store::Project::open(path.toStdString());
            const auto map = render::parseMapStyle(
                nlohmann::json::parse(*store::readMeta(project, "default_map")), "default_map");
            for (const auto& s : map.layers) {
                if (s.layers == std::vector<std::string>{"border_de_cz"}) {
                    border = s;
                }
            }
        }
        QVERIFY(!border.layers.empty());
        border.opacity = 0.42;
        ui::RecoveryFile file = ui::currentOwner(path);
        file.pid = deadPid();
        file.savedAt = QDateTime::currentDateTimeUtc();
        file.drafts.push_back({QStringLiteral("style"),
                               QStringLiteral("style"),
                               {{"layers", border.layers},
                                {"style", render::toJson(border)},
                                {"label", "border_de_cz"}}});
        file.drafts.push_back(
            {QStringLiteral("swot_item"),
             QStringLiteral("swot_item"),
             {{"id", 0},
              {"label", "Entwurf"},
              {"item", {{"category", "W"}, {"textCs", "Nedostatek lékařů v pohraničí"}}}}});
        file.drafts.push_back(
            {QStringLiteral("future"), QStringLiteral("kind_of_a_later_version"), {{"x", 1}}});
        ui::writeRecoveryFile(file, ui::recoveryFilePath(path, file.pid));

        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.show();
        window.recovery().setAnswer(ui::Recovery::Answer::Restore);
        int opacity = -1;
        onDialog<ui::StyleDialog>([&opacity](ui::StyleDialog& d) {
            opacity = d.findChild<QSlider*>(QStringLiteral("opacity"))->value();
            d.reject();
        });
        QString text;
        char category = 0;
        onDialog<ui::SwotItemDialog>([&](ui::SwotItemDialog& d) {
            text = QString::fromStdString(d.item().textCs);
            category = d.item().category;
            d.reject();
        });
        QSignalSpy finished(&window.recovery(), &ui::Recovery::finished);
        QVERIFY(window.openProject(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(opacity, 42);
        QCOMPARE(text, QStringLiteral("Nedostatek lékařů v pohraničí"));
        QCOMPARE(category, 'W');
        QCOMPARE(window.recovery().restored(), 2);
        QCOMPARE(window.recovery().errors().size(), 1);  // the unknown kind, named
        QVERIFY(
            window.recovery().errors().front().contains(QStringLiteral("kind_of_a_later_version")));
        // Canceled: nothing reached the project, and no draft is left.
        QVERIFY(ui::leftoverRecoveryFiles(path).empty());
        QVERIFY(!QFile::exists(document.drafts().filePath()));
    }

    void closingTheQuestionKeepsTheDraftsAndBadFilesAreSetAside() {
        const QString path = freshProject("later.gpkg");
        const QString leftover = fakeLeftover(path, deadPid());
        const QString bad = ui::recoveryFilePath(path, 1);
        {
            QFile f(bad);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{\"format\": \"rrw-recovery\", \"version\": 1, \"pid\": \"x\"");
        }
        std::vector<std::pair<QString, QString>> unreadable;
        ui::leftoverRecoveryFiles(path, &unreadable);
        QCOMPARE(unreadable.size(), std::size_t{1});
        QVERIFY2(unreadable.front().second.contains(bad), qPrintable(unreadable.front().second));

        ui::Language language;
        language.set(QStringLiteral("en"));
        ui::MapDocument document;
        ui::MainWindow window(document, language);
        window.recovery().setAnswer(ui::Recovery::Answer::Later);
        QSignalSpy finished(&window.recovery(), &ui::Recovery::finished);
        QVERIFY(window.openProject(path));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QVERIFY(QFile::exists(leftover));
        QVERIFY(!QFile::exists(bad));
        QVERIFY(QFile::exists(bad + QStringLiteral(".unreadable")));
        QCOMPARE(window.recovery().errors().size(), 1);
    }
};

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("rrw"));
    QApplication::setApplicationName(QStringLiteral("rrw_recovery_test"));
    if (argc >= 3 && QByteArray(argv[1]) == "--crash-child") {
        return crashChild(QString::fromLocal8Bit(argv[2]));
    }
    RecoveryTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "recovery_test.moc"
