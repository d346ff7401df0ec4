// Qt Test of the scenario editor, offscreen: every bundled scenario and one with every field of
// every type goes through the forms and comes back unchanged; edits through the widgets change
// the scenario and the list rows; hazards and measures are added and removed; invalid input
// makes scenario() throw an error naming the item and the field; at 420 px no label is cut off.
// With RRW_SCREENSHOT_DIR set it saves the editor with a border closure selected.

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

#include <nlohmann/json.hpp>

#include "analysis/scenario/scenario.h"
#include "core/error.h"
#include "core/json_file.h"
#include "scenario_editor.h"

using namespace rrw;

namespace {

const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

const std::vector<std::pair<std::string, QString>> kCrossings = {
    {"road:schirnding-pomezi", QStringLiteral("Schirnding – Pomezí nad Ohří")},
    {"road:waldsassen-cheb", QStringLiteral("Waldsassen – Cheb")},
    {"road:selb-as", QStringLiteral("Selb – Aš")},
    {"road:schoenberg-vojtanov", QStringLiteral("Schönberg – Vojtanov")},
    {"rail:EU00038", QStringLiteral("Schirnding Grenze")}};

/// Every type and field, with values the spin boxes cannot show exactly and ids the network
/// does not know.
const char* kEveryField = R"({
  "name": "every_field", "version": "v3", "description": "Every field.\nSecond line.",
  "days": 200,
  "hazards": [
    {"type": "border_closure", "name": "Two crossings", "start": 3, "duration": 10,
     "freight_throughput": 0.123456, "commuter_throughput": 0,
     "crossings": ["road:selb-as", "road:unknown"]},
    {"type": "far_east_interruption", "start": 1, "duration": 60, "supply_fraction": 0.2},
    {"type": "energy_price", "name": "Gas", "start": 1, "duration": 90, "intensity": 2.5},
    {"type": "pandemic", "start": 10, "duration": 21, "absence_rate": 0.0833}],
  "measures": [
    {"type": "greencard", "cost": 50000.5},
    {"type": "stockpiling", "name": "Stock", "sectors": ["C29", "C22"], "extra_days": 5.25,
     "cost": 200000},
    {"type": "second_supplier", "sectors": ["C"], "substitutable_share": 0.3,
     "switch_days": 7, "cost": 300000},
    {"type": "industrial_park", "substitutable_share": 0.2, "cost": 4000000},
    {"type": "nearshoring", "share": 0.5, "supplier": "firm_7", "lead_time": 4,
     "crossing": "road:selb-as", "cost": 1500000},
    {"type": "nearshoring", "share": 0.25, "cost": 1, "crossing": "road:gone"}]
})";

template <class T>
T* child(const QWidget& parent, const char* name) {
    T* found = parent.findChild<T*>(QLatin1String(name));
    if (found == nullptr) {
        qFatal("no child widget %s", name);
    }
    return found;
}

std::string canonical(const analysis::Scenario& s) {
    return analysis::scenarioToJson(s).dump(2);
}

/// The English message of the error scenario() throws, or "" when it throws none.
std::string scenarioError(const ui::ScenarioEditor& editor) {
    try {
        editor.scenario();
    } catch (const Error& e) {
        return e.kind() == Error::Kind::Input ? e.message() : "not an input error";
    }
    return {};
}

void select(QTreeWidget* list, int row) {
    list->setCurrentItem(list->topLevelItem(row));
}

}  // namespace

class ScenarioEditorTest : public QObject {
    Q_OBJECT

private:
    analysis::Scenario everyField() const {
        return analysis::parseScenario(nlohmann::json::parse(kEveryField), "every_field");
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void roundTripsBundledScenarios() {
        const QDir dir(QStringLiteral(RRW_DATA_DIR_FOR_TESTS "/supply/scenarios"));
        const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
        int scenarios = 0;
        ui::ScenarioEditor editor;
        editor.setCrossings(kCrossings);
        for (const QString& file : files) {
            if (file == QLatin1String("catalog.json")) {
                continue;
            }
            const std::string path = dir.filePath(file).toStdString();
            const analysis::Scenario original = analysis::parseScenario(readJsonFile(path), path);
            editor.setScenario(original, QStringLiteral("Titel"), QStringLiteral("Název"));
            QCOMPARE(canonical(editor.scenario()), canonical(original));
            QCOMPARE(editor.titleDe(), QStringLiteral("Titel"));
            QCOMPARE(editor.titleCs(), QStringLiteral("Název"));
            QVERIFY(!editor.isModified());
            ++scenarios;
        }
        QCOMPARE(scenarios, 6);
    }

    void roundTripsEveryField() {
        const analysis::Scenario original = everyField();
        ui::ScenarioEditor editor;
        editor.setScenario(original, {}, {});
        editor.setCrossings(kCrossings);  // after the scenario: the forms fill again
        QCOMPARE(canonical(editor.scenario()), canonical(original));
        // Showing each item in its form changes nothing.
        auto* hazards = child<QTreeWidget>(editor, "hazardList");
        auto* measures = child<QTreeWidget>(editor, "measureList");
        QCOMPARE(hazards->topLevelItemCount(), 4);
        QCOMPARE(measures->topLevelItemCount(), 6);
        for (int row = 0; row < 4; ++row) {
            select(hazards, row);
            QCOMPARE(child<QStackedWidget>(editor, "hazardPages")->currentIndex(), row);
        }
        for (int row = 0; row < 6; ++row) {
            select(measures, row);
        }
        QCOMPARE(canonical(editor.scenario()), canonical(original));
        QVERIFY(!editor.isModified());
        QCOMPARE(editor.scenario().version, std::string("v3"));

        // The form shows the values: the unknown crossing is listed and ticked, the known one
        // too; the nearshoring crossing not in the network is offered as it is.
        select(hazards, 0);
        auto* list = child<QListWidget>(editor, "crossingList");
        QCOMPARE(list->count(), static_cast<int>(kCrossings.size()) + 1);
        QCOMPARE(list->item(2)->checkState(), Qt::Checked);
        QCOMPARE(list->item(0)->checkState(), Qt::Unchecked);
        QVERIFY(list->item(5)->text().contains(QStringLiteral("road:unknown")));
        QCOMPARE(child<QDoubleSpinBox>(editor, "freightThroughput")->value(), 12.3);
        QVERIFY(!child<QCheckBox>(editor, "allCrossings")->isChecked());
        select(measures, 5);
        auto* crossing = child<QComboBox>(editor, "crossing");
        QCOMPARE(crossing->currentData().toString(), QStringLiteral("road:gone"));
        select(measures, 1);
        QCOMPARE(child<QLineEdit>(editor, "sectors")->text(), QStringLiteral("C29, C22"));
        QCOMPARE(hazards->topLevelItem(0)->text(3),
                 QStringLiteral("freight 12.3 %, commuters 0 %, closed crossings: 2"));
    }

    void editsChangeTheScenario() {
        ui::ScenarioEditor editor;
        editor.setCrossings(kCrossings);
        editor.setScenario(everyField(), {}, {});
        QSignalSpy modified(&editor, &ui::ScenarioEditor::modifiedChanged);

        auto* name = child<QLineEdit>(editor, "name");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("spring_closure"));
        QCOMPARE(editor.scenario().name, std::string("spring_closure"));
        QVERIFY(editor.isModified());
        QCOMPARE(modified.count(), 1);
        // Typed as one key event: keyClicks takes Latin-1 only.
        QTest::sendKeyEvent(QTest::Click, child<QLineEdit>(editor, "titleCs"), Qt::Key_unknown,
                            QStringLiteral("Uzavření hranic"), Qt::NoModifier);
        QCOMPARE(editor.titleCs(), QStringLiteral("Uzavření hranic"));
        child<QSpinBox>(editor, "days")->setValue(120);
        QCOMPARE(editor.scenario().days, 120);

        auto* hazards = child<QTreeWidget>(editor, "hazardList");
        select(hazards, 0);
        child<QDoubleSpinBox>(editor, "freightThroughput")->setValue(25.0);
        child<QSpinBox>(editor, "duration")->setValue(14);
        analysis::Scenario s = editor.scenario();
        QCOMPARE(s.hazards[0].freightThroughput, 0.25);
        QCOMPARE(s.hazards[0].duration, 14);
        QCOMPARE(s.hazards[0].commuterThroughput, 0.0);
        QCOMPARE(hazards->topLevelItem(0)->text(2), QStringLiteral("14"));
        QVERIFY(hazards->topLevelItem(0)->text(3).startsWith(QStringLiteral("freight 25 %")));

        // Crossings: all, then only the ticked ones.
        auto* all = child<QCheckBox>(editor, "allCrossings");
        auto* list = child<QListWidget>(editor, "crossingList");
        all->setChecked(true);
        QVERIFY(editor.scenario().hazards[0].allCrossings);
        QVERIFY(!list->isEnabled());
        QVERIFY(hazards->topLevelItem(0)->text(3).endsWith(QStringLiteral("all crossings")));
        all->setChecked(false);
        list->item(2)->setCheckState(Qt::Unchecked);
        list->item(5)->setCheckState(Qt::Unchecked);
        list->item(0)->setCheckState(Qt::Checked);
        s = editor.scenario();
        QVERIFY(!s.hazards[0].allCrossings);
        QCOMPARE(s.hazards[0].crossings, std::vector<std::string>{"road:schirnding-pomezi"});

        select(hazards, 2);
        child<QDoubleSpinBox>(editor, "intensity")->setValue(150.0);
        QCOMPARE(editor.scenario().hazards[2].intensity, 1.5);
        QCOMPARE(editor.scenario().hazards[0].freightThroughput, 0.25);  // kept while hidden

        auto* measures = child<QTreeWidget>(editor, "measureList");
        select(measures, 1);
        auto* sectors = child<QLineEdit>(editor, "sectors");
        sectors->selectAll();
        QTest::keyClicks(sectors, QStringLiteral("c29 , C23.4"));
        child<QDoubleSpinBox>(editor, "cost")->setValue(250000.0);
        s = editor.scenario();
        QCOMPARE(s.measures[1].sectors, (std::vector<std::string>{"C29", "C23.4"}));
        QCOMPARE(s.measures[1].cost, 250000.0);
        QVERIFY(measures->topLevelItem(1)->text(2).contains(QStringLiteral("C23.4")));

        select(measures, 3);
        child<QCheckBox>(editor, "switchDaysEnabled")->setChecked(true);
        child<QSpinBox>(editor, "switchDays")->setValue(3);
        child<QDoubleSpinBox>(editor, "substitutableShare")->setValue(40.0);
        s = editor.scenario();
        QCOMPARE(s.measures[3].switchDays, std::optional<int>(3));
        QCOMPARE(s.measures[3].substitutableShare, 0.4);
        QVERIFY(measures->topLevelItem(3)->text(2).contains(QStringLiteral("switch within 3 d")));

        select(measures, 4);
        auto* crossing = child<QComboBox>(editor, "crossing");
        crossing->setCurrentIndex(crossing->findData(QStringLiteral("road:waldsassen-cheb")));
        child<QSpinBox>(editor, "leadTime")->setValue(9);
        auto* supplier = child<QLineEdit>(editor, "supplier");
        supplier->selectAll();
        QTest::keyClick(supplier, Qt::Key_Delete);
        s = editor.scenario();
        QCOMPARE(s.measures[4].crossing, std::string("road:waldsassen-cheb"));
        QCOMPARE(s.measures[4].leadTime, 9);
        QCOMPARE(s.measures[4].supplier, std::string());
        crossing->setCurrentIndex(0);
        QCOMPARE(editor.scenario().measures[4].crossing, std::string());

        editor.setModified(false);
        QVERIFY(!editor.isModified());
        QCOMPARE(modified.count(), 2);
        QCOMPARE(modified.last().at(0).toBool(), false);
    }

    void addsAndRemovesItems() {
        ui::ScenarioEditor editor;
        const analysis::Scenario original = everyField();
        editor.setScenario(original, {}, {});
        auto* hazards = child<QTreeWidget>(editor, "hazardList");
        auto* measures = child<QTreeWidget>(editor, "measureList");

        const QList<QAction*> hazardTypes =
            child<QToolButton>(editor, "addHazard")->menu()->actions();
        QCOMPARE(hazardTypes.size(), 4);
        hazardTypes[3]->trigger();  // pandemic
        QVERIFY(editor.isModified());
        QCOMPARE(hazards->topLevelItemCount(), 5);
        QCOMPARE(hazards->currentIndex().row(), 4);
        QCOMPARE(child<QStackedWidget>(editor, "hazardPages")->currentIndex(), 3);
        child<QDoubleSpinBox>(editor, "absenceRate")->setValue(12.5);
        analysis::Scenario s = editor.scenario();
        QCOMPARE(s.hazards.size(), std::size_t{5});
        QVERIFY(s.hazards[4].type == analysis::HazardType::Pandemic);
        QCOMPARE(s.hazards[4].absenceRate, 0.125);
        QCOMPARE(hazards->topLevelItem(4)->text(3),
                 QStringLiteral("12.5 % of the workforce absent"));

        const QList<QAction*> measureTypes =
            child<QToolButton>(editor, "addMeasure")->menu()->actions();
        QCOMPARE(measureTypes.size(), 5);
        measureTypes[2]->trigger();  // second supplier
        QCOMPARE(measures->currentIndex().row(), 6);
        QTest::keyClicks(child<QLineEdit>(editor, "measureName"), QStringLiteral("Suppliers"));
        QCOMPARE(editor.scenario().measures[6].name, std::string("Suppliers"));
        QVERIFY(editor.scenario().measures[6].type == analysis::MeasureType::SecondSupplier);
        QVERIFY(!child<QLabel>(editor, "measureHelp")->text().isEmpty());

        // Remove the new ones again: the original comes back.
        child<QToolButton>(editor, "removeMeasure")->click();
        select(hazards, 4);
        child<QToolButton>(editor, "removeHazard")->click();
        QCOMPARE(canonical(editor.scenario()), canonical(original));
        // Remove the first of each: the neighbour is selected and shown.
        select(hazards, 0);
        child<QToolButton>(editor, "removeHazard")->click();
        QCOMPARE(hazards->currentIndex().row(), 0);
        QCOMPARE(child<QStackedWidget>(editor, "hazardPages")->currentIndex(), 1);
        s = editor.scenario();
        QCOMPARE(s.hazards.size(), std::size_t{3});
        QVERIFY(s.hazards[0].type == analysis::HazardType::FarEastInterruption);
        while (measures->topLevelItemCount() > 0) {
            child<QToolButton>(editor, "removeMeasure")->click();
        }
        QVERIFY(editor.scenario().measures.empty());
        QVERIFY(!child<QToolButton>(editor, "removeMeasure")->isEnabled());
    }

    void refusesInvalidInput() {
        ui::ScenarioEditor editor;
        editor.setCrossings(kCrossings);
        editor.setScenario(everyField(), {}, {});
        QCOMPARE(scenarioError(editor), std::string());

        auto* name = child<QLineEdit>(editor, "name");
        name->selectAll();
        QTest::keyClick(name, Qt::Key_Delete);
        QCOMPARE(scenarioError(editor), std::string("The scenario needs a name (field \"Name\")."));
        QTest::keyClicks(name, QStringLiteral("   "));
        QVERIFY(!scenarioError(editor).empty());
        QTest::keyClicks(name, QStringLiteral("ok"));
        QCOMPARE(scenarioError(editor), std::string());

        auto* measures = child<QTreeWidget>(editor, "measureList");
        select(measures, 1);
        auto* sectors = child<QLineEdit>(editor, "sectors");
        sectors->selectAll();
        QTest::keyClicks(sectors, QStringLiteral("C29, X99"));
        QCOMPARE(scenarioError(editor),
                 std::string("Measure 2 (Stock): \"Sectors\": \"X99\" is not a NACE code or "
                             "prefix (such as C or C29)."));
        select(measures, 2);  // the name is the type when the measure has none
        sectors = child<QLineEdit>(editor, "sectors");
        sectors->selectAll();
        QTest::keyClicks(sectors, QStringLiteral("C30, B10"));
        select(measures, 1);
        sectors->selectAll();
        QTest::keyClicks(sectors, QStringLiteral("C29"));
        QCOMPARE(scenarioError(editor),
                 std::string("Measure 3 (Regional second suppliers): \"Sectors\": \"B10\" is not "
                             "a NACE code or prefix (such as C or C29)."));
        select(measures, 2);
        sectors->selectAll();
        QTest::keyClicks(sectors, QStringLiteral("C30"));
        QCOMPARE(scenarioError(editor), std::string());

        // A closure of no crossing.
        auto* hazards = child<QTreeWidget>(editor, "hazardList");
        select(hazards, 0);
        auto* list = child<QListWidget>(editor, "crossingList");
        list->item(2)->setCheckState(Qt::Unchecked);
        list->item(5)->setCheckState(Qt::Unchecked);
        QCOMPARE(scenarioError(editor),
                 std::string("Hazard 1 (Two crossings): \"Closed crossings\" needs at least one "
                             "crossing, or choose \"All crossings\"."));
        QVERIFY(hazards->topLevelItem(0)->text(3).endsWith(QStringLiteral("closed crossings: 0")));
        child<QCheckBox>(editor, "allCrossings")->setChecked(true);
        QCOMPARE(scenarioError(editor), std::string());
    }

    void fitsTheColumn() {
        ui::ScenarioEditor editor;
        editor.setCrossings(kCrossings);
        editor.setScenario(everyField(), QStringLiteral("Grenzschließung, 3 Wochen"),
                           QStringLiteral("Uzavření hranic na 3 týdny"));
        editor.resize(420, 900);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const auto checkLabels = [&editor] {
            for (const QLabel* label : editor.findChildren<QLabel*>()) {
                if (label->isVisible() && !label->wordWrap() && !label->text().isEmpty()) {
                    QVERIFY2(label->width() >= label->sizeHint().width(),
                             qPrintable(label->text()));
                }
            }
            for (const QWidget* field : editor.findChildren<QAbstractSpinBox*>()) {
                if (field->isVisible()) {
                    QVERIFY2(field->width() >= field->minimumSizeHint().width() &&
                                 field->height() >= field->minimumSizeHint().height(),
                             qPrintable(field->objectName()));
                }
            }
        };
        auto* hazards = child<QTreeWidget>(editor, "hazardList");
        auto* measures = child<QTreeWidget>(editor, "measureList");
        for (int row = 3; row >= 0; --row) {
            select(hazards, row);
            select(measures, row + 2);
            QTest::qWait(20);  // the layout requests go up through the nested layouts
            checkLabels();
        }
        const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR");
        if (!dir.isEmpty()) {
            QDir().mkpath(dir);
            QVERIFY(editor.grab().save(dir + QStringLiteral("/scenario_editor.png")));
            select(measures, 4);
            QTest::qWait(20);
            QVERIFY(editor.grab().save(dir + QStringLiteral("/scenario_editor_nearshoring.png")));
            QWidget* content = child<QScrollArea>(editor, "scenarioScroll")->widget();
            QVERIFY(content->grab().save(dir + QStringLiteral("/scenario_editor_full.png")));
        }
    }
};

QTEST_MAIN(ScenarioEditorTest)
#include "scenario_editor_test.moc"
