// Qt Test of the measures register, offscreen, on a project made by the real `rrw-cli init`:
// owner, status, review date and links edited through the measure dialog with undo and redo;
// overdue review dates; the status and owner filters; delete + undo brings the links back; a
// new measure through the dialog; organisations edited and deleted with undo. With
// RRW_SCREENSHOT_DIR set it saves the page in German and Czech.

#include <QAction>
#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTranslator>
#include <QUndoStack>

#include <map>
#include <memory>

#include "commands/measure_commands.h"
#include "map_document.h"
#include "measure_dialog.h"
#include "measure_register.h"
#include "organisation_dialog.h"
#include "planning_test_support.h"
#include "store/measure_links.h"
#include "store/measure_repository.h"
#include "store/organisation_repository.h"
#include "support/cli_runner.h"

using namespace rrw;

namespace {

const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

/// The intended German and Czech texts of the register (the catalogs get them when the lead
/// runs lupdate), so the screenshots show the page as users will see it.
class GovernanceTranslator : public QTranslator {
public:
    explicit GovernanceTranslator(bool german) {
        struct Text {
            const char* source;
            const char* de;
            const char* cs;
        };
        static constexpr Text kTexts[] = {
            {"Add measure…", "Maßnahme hinzufügen…", "Přidat opatření…"},
            {"Edit…", "Bearbeiten…", "Upravit…"},
            {"Delete", "Löschen", "Smazat"},
            {"Status:", "Status:", "Stav:"},
            {"Owner:", "Verantwortlich:", "Gestor:"},
            {"All", "Alle", "Vše"},
            {"No owner", "Ohne Verantwortliche", "Bez gestora"},
            {"Measure", "Maßnahme", "Opatření"},
            {"Owner", "Verantwortlich", "Gestor"},
            {"Status", "Status", "Stav"},
            {"Review date", "Überprüfung am", "Termín revize"},
            {"SWOT items", "SWOT-Punkte", "Položky SWOT"},
            {"Risks", "Risiken", "Rizika"},
            {"Organisations", "Organisationen", "Organizace"},
            {"Add organisation…", "Organisation hinzufügen…", "Přidat organizaci…"},
            {"Short name", "Kurzname", "Zkratka"},
            {"Name", "Name", "Název"},
            {"Kind", "Art", "Typ"},
            {"Role in the programme", "Rolle im Programm", "Role v programu"},
            {"Idea", "Idee", "Námět"},
            {"Planned", "Geplant", "Plánováno"},
            {"In progress", "In Umsetzung", "Probíhá"},
            {"Done", "Abgeschlossen", "Dokončeno"},
            {"overdue", "überfällig", "po termínu"},
            {"District", "Landkreis", "Zemský okres"},
            {"Region", "Region", "Kraj"},
            {"City", "Stadt", "Město"},
            {"Association", "Verband", "Sdružení"},
            {"University", "Universität", "Univerzita"},
            {"Planning association", "Planungsverband", "Plánovací svaz"},
            {"Agency", "Agentur", "Agentura"},
            {"Chamber of commerce", "Kammer", "Komora"},
            {"Edit measure", "Maßnahme bearbeiten", "Upravit opatření"},
            {"Id:", "Kennung:", "Identifikátor:"},
            {"Title (German):", "Titel (deutsch):", "Název (německy):"},
            {"Title (Czech):", "Titel (tschechisch):", "Název (česky):"},
            {"Description (German):", "Beschreibung (deutsch):", "Popis (německy):"},
            {"Description (Czech):", "Beschreibung (tschechisch):", "Popis (česky):"},
            {"Review date:", "Überprüfung am:", "Termín revize:"},
            {"SWOT items it answers:", "SWOT-Punkte, auf die sie antwortet:",
             "Položky SWOT, na které reaguje:"},
            {"Risks it addresses:", "Risiken, die sie angeht:", "Rizika, která řeší:"},
            {"none", "keines", "žádný"},
            {"(no owner)", "(ohne Verantwortliche)", "(bez gestora)"},
            {"Hazard index", "Gefahrenindex", "Index ohrožení"},
            {"BBK scenario", "BBK-Szenario", "Scénář BBK"},
            {"Supply-chain scenario", "Lieferkettenszenario", "Scénář dodavatelského řetězce"},
        };
        for (const auto& t : kTexts) {
            texts_[QString::fromUtf8(t.source)] = QString::fromUtf8(german ? t.de : t.cs);
        }
    }
    bool isEmpty() const override { return false; }
    QString translate(const char*, const char* source, const char* = nullptr,
                      int = -1) const override {
        const auto it = texts_.find(QString::fromUtf8(source));
        return it == texts_.end() ? QString() : it->second;
    }

private:
    std::map<QString, QString> texts_;
};

std::int64_t addItem(store::Project& project, char category, const char* de, const char* cs) {
    store::SwotItem i;
    i.category = category;
    i.textDe = de;
    i.textCs = cs;
    std::int64_t id = 0;
    project.write([&] { id = store::addSwotItem(project, i).id; });
    return id;
}

/// Every governance field and link of every measure, for exact before/after checks.
QString dump(store::Project& project) {
    QStringList lines;
    const auto links = store::allMeasureLinks(project);
    for (const auto& m : store::listMeasures(project)) {
        QStringList linked;
        if (const auto it = links.find(m.id); it != links.end()) {
            for (const auto id : it->second.swotItemIds) {
                linked << QString::number(id);
            }
            for (const auto& r : it->second.risks) {
                linked << QString::fromStdString(store::formatMeasureRisk(r));
            }
        }
        lines << QStringLiteral("%1 %2 owner=%3 review=%4 created=%5 de=%6 links=%7")
                     .arg(QString::fromStdString(m.id), QString::fromStdString(m.status),
                          QString::fromStdString(m.ownerId), QString::fromStdString(m.reviewDate),
                          QString::fromStdString(m.createdAt), QString::fromStdString(m.titleDe),
                          linked.join(QLatin1Char(',')));
    }
    return lines.join(QLatin1Char('\n'));
}

int rowOf(const QTableWidget* table, const std::string& id) {
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(ui::MeasureRegister::IdRole).toString().toStdString() == id) {
            return row;
        }
    }
    return -1;
}

}  // namespace

class MeasureRegisterTest : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<test::ScratchDir> dir_;
    int projects_ = 0;

    std::unique_ptr<ui::MapDocument> openProject() {
        const std::string path = dir_->path("measures" + std::to_string(++projects_) + ".gpkg");
        test::copyBundledProject(path);
        auto document = std::make_unique<ui::MapDocument>();
        document->open(QString::fromStdString(path));
        return document;
    }

private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        dir_ = std::make_unique<test::ScratchDir>();
    }

    void editThroughTheDialogWithUndoAndRedo() {
        auto document = openProject();
        store::Project& project = document->project();
        const std::int64_t threat = addItem(project, 'T', "Grenzschließung wie im Frühjahr 2020",
                                            "Uzavření hranic jako na jaře 2020");
        ui::MeasureRegister page(*document);
        page.setLanguageCode(QStringLiteral("de"));
        page.resize(1200, 800);
        page.show();
        const auto measures = store::listMeasures(project);
        QCOMPARE(page.measureTable()->rowCount(), static_cast<int>(measures.size()));
        QCOMPARE(page.organisationTable()->rowCount(), 11);
        const std::string id = measures.front().id;
        const QString before = dump(project);

        page.selectMeasure(id);
        bool seen = false;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::MeasureDialog*>(QApplication::activeModalWidget());
            seen = d != nullptr;
            if (d == nullptr) {
                return;
            }
            QVERIFY(d->findChild<QLineEdit*>(QStringLiteral("id"))->isReadOnly());
            QVERIFY(d->setOwner("euregio_egrensis"));
            QVERIFY(!d->setOwner("nobody"));
            QVERIFY(d->setStatus("in_progress"));
            d->setReviewDate(QDate(2027, 3, 31));
            QVERIFY(d->checkSwotItem(threat));
            QVERIFY(d->checkRisk({"bbk_scenario", "border_closure"}));
            QVERIFY(d->checkRisk({"supply_scenario", "border_closure_3w"}));
            QVERIFY(!d->checkRisk({"bbk_scenario", "meteorite"}));
            d->accept();
        });
        page.findChild<QAction*>(QStringLiteral("editMeasure"))->trigger();
        QVERIFY(seen);
        const store::Measure stored = *store::getMeasure(project, id);
        QCOMPARE(stored.ownerId, std::string("euregio_egrensis"));
        QCOMPARE(stored.status, std::string("in_progress"));
        QCOMPARE(stored.reviewDate, std::string("2027-03-31"));
        const store::MeasureLinks links = store::measureLinks(project, id);
        QCOMPARE(links.swotItemIds, std::vector<std::int64_t>{threat});
        QCOMPARE(links.risks.size(), std::size_t{2});
        QCOMPARE(document->undoStack()->count(), 1);
        const QString after = dump(project);

        const int row = rowOf(page.measureTable(), id);
        QVERIFY(row >= 0);
        QCOMPARE(page.measureTable()->item(row, ui::MeasureRegister::OwnerColumn)->text(),
                 QStringLiteral("Euregio Egrensis"));
        QCOMPARE(page.measureTable()->item(row, ui::MeasureRegister::ReviewColumn)->text().left(10),
                 QStringLiteral("31.03.2027"));
        QCOMPARE(page.measureTable()->item(row, ui::MeasureRegister::ItemsColumn)->text(),
                 QStringLiteral("1"));
        QCOMPARE(page.measureTable()->item(row, ui::MeasureRegister::RisksColumn)->text(),
                 QStringLiteral("2"));

        document->undoStack()->undo();
        QCOMPARE(dump(project), before);
        QCOMPARE(page.measureTable()->item(row, ui::MeasureRegister::RisksColumn)->text(),
                 QStringLiteral("0"));
        document->undoStack()->redo();
        QCOMPARE(dump(project), after);

        // A dialog without a change adds no undo step; "none" clears the review date.
        QTimer::singleShot(0, [&] {
            if (auto* d = qobject_cast<ui::MeasureDialog*>(QApplication::activeModalWidget())) {
                d->accept();
            }
        });
        page.editMeasureWithDialog(id);
        QCOMPARE(document->undoStack()->count(), 1);
        QTimer::singleShot(0, [&] {
            if (auto* d = qobject_cast<ui::MeasureDialog*>(QApplication::activeModalWidget())) {
                d->setReviewDate(QDate());
                QCOMPARE(d->findChild<QDateEdit*>(QStringLiteral("review"))->text(),
                         QStringLiteral("none"));
                d->accept();
            }
        });
        page.editMeasureWithDialog(id);
        QCOMPARE(store::getMeasure(project, id)->reviewDate, std::string());
        QCOMPARE(document->undoStack()->count(), 2);
    }

    void overdueDatesAndFilters() {
        auto document = openProject();
        store::Project& project = document->project();
        auto measures = store::listMeasures(project);
        QVERIFY(measures.size() >= 3);
        ui::MeasureRegister page(*document);
        page.setToday(QDate(2027, 4, 1));
        const auto edit = [&](std::size_t i, const char* owner, const char* status,
                              const char* review) {
            ui::MeasureRecord r{measures[i], store::measureLinks(project, measures[i].id)};
            r.measure.ownerId = owner;
            r.measure.status = status;
            r.measure.reviewDate = review;
            QVERIFY(page.editMeasure(r));
        };
        edit(0, "karp", "planned", "2027-03-31");              // past: overdue
        edit(1, "karp", "done", "2027-01-15");                 // past, but done: not overdue
        edit(2, "lk_wunsiedel", "in_progress", "2027-06-30");  // future
        const auto overdue = [&](std::size_t i) {
            const int row = rowOf(page.measureTable(), measures[i].id);
            return page.measureTable()
                ->item(row, ui::MeasureRegister::ReviewColumn)
                ->data(Qt::UserRole + 2)
                .toBool();
        };
        QVERIFY(overdue(0));
        QVERIFY(!overdue(1));
        QVERIFY(!overdue(2));
        QVERIFY(page.measureTable()
                    ->item(rowOf(page.measureTable(), measures[0].id),
                           ui::MeasureRegister::ReviewColumn)
                    ->text()
                    .contains(QStringLiteral("overdue")));

        page.setStatusFilter("done");
        QCOMPARE(page.measureTable()->rowCount(), 1);
        page.setStatusFilter("");
        page.setOwnerFilter(std::string("karp"));
        QCOMPARE(page.measureTable()->rowCount(), 2);
        page.setStatusFilter("planned");
        QCOMPARE(page.measureTable()->rowCount(), 1);
        page.setStatusFilter("");
        page.setOwnerFilter(std::string());
        QCOMPARE(page.measureTable()->rowCount(), static_cast<int>(measures.size()) - 3);
        page.setOwnerFilter(std::nullopt);
        QCOMPARE(page.measureTable()->rowCount(), static_cast<int>(measures.size()));
    }

    void deleteAndUndoRestoresLinks() {
        auto document = openProject();
        store::Project& project = document->project();
        const std::int64_t item =
            addItem(project, 'W', "Lange Wege zu Fachärzten", "Dlouhé dojezdy k lékařům");
        ui::MeasureRegister page(*document);
        page.show();
        const auto measures = store::listMeasures(project);
        ui::MeasureRecord r{measures[1], {}};
        r.measure.ownerId = "lk_hof";
        r.measure.reviewDate = "2028-02-29";
        r.links = {{item}, {{"hazard_model", "all_hazards"}, {"bbk_scenario", "pandemic"}}};
        std::sort(r.links.risks.begin(), r.links.risks.end());
        QVERIFY(page.editMeasure(r));
        const QString withLinks = dump(project);

        page.selectMeasure(r.measure.id);
        page.findChild<QAction*>(QStringLiteral("deleteMeasure"))->trigger();
        QVERIFY(!store::getMeasure(project, r.measure.id));
        QVERIFY(store::measureLinks(project, r.measure.id).empty());
        QCOMPARE(page.measureTable()->rowCount(), static_cast<int>(measures.size()) - 1);
        document->undoStack()->undo();
        QCOMPARE(dump(project), withLinks);  // same id, creation time, owner, date and links
        QCOMPARE(store::measureLinks(project, r.measure.id), r.links);
        document->undoStack()->redo();
        QVERIFY(!store::getMeasure(project, r.measure.id));
        document->undoStack()->undo();
        QCOMPARE(dump(project), withLinks);
    }

    void addThroughTheDialog() {
        auto document = openProject();
        store::Project& project = document->project();
        ui::MeasureRegister page(*document);
        page.show();
        const int rows = page.measureTable()->rowCount();
        const std::string existing = store::listMeasures(project).front().id;
        QString refused;
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::MeasureDialog*>(QApplication::activeModalWidget());
            if (d == nullptr) {
                return;
            }
            d->findChild<QLineEdit*>(QStringLiteral("titleCs"))
                ->setText(QStringLiteral("Krizový štáb pro uzavření hranic"));
            d->findChild<QLineEdit*>(QStringLiteral("id"))
                ->setText(QString::fromStdString(existing));
            d->accept();
            refused = d->problem();
            d->findChild<QLineEdit*>(QStringLiteral("id"))->setText(QStringLiteral("crisis_staff"));
            d->setOwner("karlovarsky_kraj");
            d->checkRisk({"bbk_scenario", "border_closure"});
            d->accept();
        });
        page.findChild<QAction*>(QStringLiteral("addMeasure"))->trigger();
        QVERIFY2(refused.contains(QString::fromStdString(existing)), qPrintable(refused));
        const auto added = store::getMeasure(project, "crisis_staff");
        QVERIFY(added);
        QCOMPARE(added->ownerId, std::string("karlovarsky_kraj"));
        QCOMPARE(added->status, std::string("idea"));
        QCOMPARE(store::measureLinks(project, "crisis_staff").risks.size(), std::size_t{1});
        QCOMPARE(page.measureTable()->rowCount(), rows + 1);
        QCOMPARE(page.selectedMeasureId(), std::string("crisis_staff"));
        document->undoStack()->undo();
        QVERIFY(!store::getMeasure(project, "crisis_staff"));
        document->undoStack()->redo();
        QCOMPARE(store::getMeasure(project, "crisis_staff")->createdAt, added->createdAt);
        QCOMPARE(store::measureLinks(project, "crisis_staff").risks.size(), std::size_t{1});
    }

    void organisationsWithUndo() {
        auto document = openProject();
        store::Project& project = document->project();
        ui::MeasureRegister page(*document);
        page.show();
        const auto measure = store::listMeasures(project).front();
        ui::MeasureRecord r{measure, {}};
        r.measure.ownerId = "ujep";
        QVERIFY(page.editMeasure(r));

        page.selectOrganisation("ujep");
        QTimer::singleShot(0, [&] {
            auto* d = qobject_cast<ui::OrganisationDialog*>(QApplication::activeModalWidget());
            if (d == nullptr) {
                return;
            }
            d->findChild<QLineEdit*>(QStringLiteral("roleEn"))
                ->setText(QStringLiteral("Scientific partner"));
            d->accept();
        });
        page.findChild<QAction*>(QStringLiteral("editOrganisation"))->trigger();
        QCOMPARE(store::getOrganisation(project, "ujep")->roleEn,
                 std::string("Scientific partner"));

        page.selectOrganisation("ujep");
        page.findChild<QAction*>(QStringLiteral("deleteOrganisation"))->trigger();
        QVERIFY(!store::getOrganisation(project, "ujep"));
        QCOMPARE(store::getMeasure(project, measure.id)->ownerId, std::string());
        QCOMPARE(page.organisationTable()->rowCount(), 10);
        document->undoStack()->undo();
        QCOMPARE(store::getMeasure(project, measure.id)->ownerId, std::string("ujep"));
        QCOMPARE(page.organisationTable()->rowCount(), 11);
        document->undoStack()->undo();
        QVERIFY(store::getOrganisation(project, "ujep")->roleEn != "Scientific partner");

        // A new organisation without a name is refused by the dialog.
        ui::OrganisationDialog dialog(*document, store::Organisation{}, true);
        dialog.findChild<QLineEdit*>(QStringLiteral("id"))->setText(QStringLiteral("x"));
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QVERIFY(!dialog.problem().isEmpty());
    }

    void screenshots() {
        auto document = openProject();
        store::Project& project = document->project();
        const std::int64_t threat = addItem(project, 'T', "Grenzschließung wie im Frühjahr 2020",
                                            "Uzavření hranic jako na jaře 2020");
        const std::int64_t weakness =
            addItem(project, 'W', "Fachkräftemangel in Pflege und Industrie",
                    "Nedostatek kvalifikovaných pracovníků v péči a průmyslu");
        ui::MeasureRegister page(*document);
        page.setToday(QDate(2027, 4, 1));
        page.resize(1280, 820);
        page.show();
        const auto measures = store::listMeasures(project);
        const char* owners[] = {"euregio_egrensis", "karp", "ihk_oberfranken", "lk_wunsiedel",
                                "dtihk"};
        const char* statuses[] = {"in_progress", "planned", "idea", "done", "planned"};
        const char* reviews[] = {"2027-03-31", "2027-09-30", "", "2026-12-15", "2027-02-28"};
        for (std::size_t i = 0; i < 5 && i < measures.size(); ++i) {
            ui::MeasureRecord r{measures[i], {}};
            r.measure.ownerId = owners[i];
            r.measure.status = statuses[i];
            r.measure.reviewDate = reviews[i];
            if (i % 2 == 0) {
                r.links = {{threat}, {{"bbk_scenario", "border_closure"}}};
            } else {
                r.links = {{weakness}, {}};
            }
            QVERIFY(page.editMeasure(r));
        }
        page.measureTable()->clearSelection();
        GovernanceTranslator german(true);
        QCoreApplication::installTranslator(&german);
        page.setLanguageCode(QStringLiteral("de"));
        QTRY_COMPARE(page.measureTable()->horizontalHeaderItem(0)->text(),
                     QStringLiteral("Maßnahme"));
        QApplication::processEvents();
        test::screenshot(page, QStringLiteral("measure_register_de.png"));
        {
            ui::MeasureDialog dialog(*document, QStringLiteral("de"),
                                     {*store::getMeasure(project, measures[0].id),
                                      store::measureLinks(project, measures[0].id)},
                                     false, &page);
            dialog.show();
            QApplication::processEvents();
            test::screenshot(dialog, QStringLiteral("measure_dialog_de.png"));
        }
        QCoreApplication::removeTranslator(&german);

        GovernanceTranslator czech(false);
        QCoreApplication::installTranslator(&czech);
        page.setLanguageCode(QStringLiteral("cs"));
        QTRY_COMPARE(page.measureTable()->horizontalHeaderItem(0)->text(),
                     QStringLiteral("Opatření"));
        QCOMPARE(page.organisationTable()->item(0, 2)->text().isEmpty(), false);
        QApplication::processEvents();
        test::screenshot(page, QStringLiteral("measure_register_cs.png"));
        {
            ui::MeasureDialog dialog(*document, QStringLiteral("cs"),
                                     {*store::getMeasure(project, measures[0].id),
                                      store::measureLinks(project, measures[0].id)},
                                     false, &page);
            dialog.show();
            QApplication::processEvents();
            test::screenshot(dialog, QStringLiteral("measure_dialog_cs.png"));
        }
        QCoreApplication::removeTranslator(&czech);
    }

    void cleanupTestCase() { dir_.reset(); }
};

QTEST_MAIN(MeasureRegisterTest)
#include "measure_register_test.moc"
