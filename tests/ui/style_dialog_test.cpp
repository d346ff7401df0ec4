// Qt Test of the layer style dialog, offscreen, on the bundled project: what the controls make of
// a style, the live class list and preview, inline refusal of bad manual limits, categories, the
// runtime language switch, and the undoable apply. With RRW_SCREENSHOT_DIR set, it also saves a
// screenshot of the dialog.

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QUndoStack>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "language.h"
#include "map_document.h"
#include "render/color_ramp.h"
#include "render/map_language.h"
#include "render/style.h"
#include "style_dialog.h"
#include "support/cli_runner.h"

using rrw::render::ClassMethod;

namespace {

// Headless by default; an explicit QT_QPA_PLATFORM wins.
const bool kOffscreen = [] {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    return true;
}();

template <class W>
W* child(const QWidget& parent, const char* name) {
    W* w = parent.findChild<W*>(QLatin1String(name));
    if (w == nullptr) {
        qFatal("no child widget '%s'", name);
    }
    return w;
}

void select(QComboBox* combo, const QVariant& data) {
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(QStringLiteral("no item %1").arg(data.toString())));
    combo->setCurrentIndex(i);
}

}  // namespace

class StyleDialogTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void graduated_data();
    void graduated();
    void manualLimits_data();
    void manualLimits();
    void acceptAndUndo();
    void preview();
    void rampsColourBlindSafeUnlessAll();
    void manualStartsFromListedLimits();
    void categorized();
    void languageChange();

private:
    std::unique_ptr<rrw::test::ScratchDir> scratch_;
    std::unique_ptr<rrw::ui::MapDocument> document_;
    int density_ = -1;    ///< the style whose layers include kreise_de
    int crossings_ = -1;  ///< border_crossings, categorized by "mode"
    rrw::render::MapLanguage language_;

    void setGraduated(rrw::ui::StyleDialog& dialog, ClassMethod method, int classes,
                      const QString& ramp);
};

void StyleDialogTest::initTestCase() {
    scratch_ = std::make_unique<rrw::test::ScratchDir>();
    const std::string path = scratch_->path("project.gpkg");
    rrw::test::copyBundledProject(path);
    document_ = std::make_unique<rrw::ui::MapDocument>();
    document_->open(QString::fromStdString(path));
    const auto& layers = document_->style().layers;
    for (std::size_t i = 0; i < layers.size(); ++i) {
        const auto& names = layers[i].layers;
        if (std::find(names.begin(), names.end(), "kreise_de") != names.end()) {
            density_ = static_cast<int>(i);
        }
        if (names == std::vector<std::string>{"border_crossings"}) {
            crossings_ = static_cast<int>(i);
        }
    }
    QVERIFY(density_ >= 0);
    QVERIFY(crossings_ >= 0);
    QCOMPARE(document_->style().layers[density_].type, rrw::render::SymbolType::Graduated);
}

void StyleDialogTest::setGraduated(rrw::ui::StyleDialog& dialog, ClassMethod method, int classes,
                                   const QString& ramp) {
    select(child<QComboBox>(dialog, "method"), static_cast<int>(method));
    child<QSpinBox>(dialog, "classes")->setValue(classes);
    auto* ramps = child<QComboBox>(dialog, "ramp");
    if (ramps->findData(ramp) < 0) {
        child<QCheckBox>(dialog, "allRamps")->setChecked(true);
    }
    select(ramps, ramp);
}

void StyleDialogTest::graduated_data() {
    QTest::addColumn<ClassMethod>("method");
    QTest::addColumn<int>("classes");
    QTest::addColumn<QString>("ramp");
    QTest::newRow("equal interval, 4, Blues") << ClassMethod::EqualInterval << 4 << "Blues";
    QTest::newRow("quantiles, 3, viridis") << ClassMethod::Quantiles << 3 << "viridis";
    QTest::newRow("natural breaks, 6, YlGnBu") << ClassMethod::NaturalBreaks << 6 << "YlGnBu";
    QTest::newRow("equal interval, 9, PuBu") << ClassMethod::EqualInterval << 9 << "PuBu";
}

void StyleDialogTest::graduated() {
    QFETCH(ClassMethod, method);
    QFETCH(int, classes);
    QFETCH(QString, ramp);
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    setGraduated(dialog, method, classes, ramp);

    const rrw::render::LayerStyle style = dialog.style();
    QCOMPARE(style.type, rrw::render::SymbolType::Graduated);
    QCOMPARE(style.method, method);
    QCOMPARE(style.classes, classes);
    QCOMPARE(QString::fromStdString(style.ramp), ramp);
    QCOMPARE(style.field, std::string("population"));  // kept from the stored map
    QCOMPARE(style.divideBy, std::string("area_km2"));
    QVERIFY(dialog.isStyleValid());
    QCOMPARE(child<QListWidget>(dialog, "classList")->count(), classes);
    QVERIFY(dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->isEnabled());
}

void StyleDialogTest::manualLimits_data() {
    QTest::addColumn<QString>("limits");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("classes");
    QTest::newRow("ascending inner limits") << "100; 150; 300" << true << 4;
    QTest::newRow("decimal comma") << "99,5; 200" << true << 3;
    QTest::newRow("not ascending") << "300; 150" << false << 0;
    QTest::newRow("repeated limit") << "150; 150" << false << 0;
    QTest::newRow("not a number") << "100; many" << false << 0;
    QTest::newRow("empty") << "" << false << 0;
}

void StyleDialogTest::manualLimits() {
    QFETCH(QString, limits);
    QFETCH(bool, valid);
    QFETCH(int, classes);
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    select(child<QComboBox>(dialog, "method"), static_cast<int>(ClassMethod::Manual));
    child<QLineEdit>(dialog, "limits")->setText(limits);

    QCOMPARE(dialog.isStyleValid(), valid);
    auto* ok = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    QCOMPARE(ok->isEnabled(), valid);
    auto* message = child<QLabel>(dialog, "message");
    QCOMPARE(message->isVisibleTo(&dialog), !valid);
    if (valid) {
        QCOMPARE(dialog.style().classes, classes);
        QCOMPARE(child<QListWidget>(dialog, "classList")->count(), classes);
    } else {
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(child<QListWidget>(dialog, "classList")->count(), 0);
    }
}

void StyleDialogTest::acceptAndUndo() {
    const rrw::render::LayerStyle before = document_->style().layers[density_];
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    setGraduated(dialog, ClassMethod::EqualInterval, 4, QStringLiteral("Blues"));
    QCOMPARE(child<QListWidget>(dialog, "classList")->count(), 4);
    dialog.show();
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    const int steps = document_->undoStack()->count();
    document_->setLayerStyle(density_, dialog.style());
    QCOMPARE(document_->undoStack()->count(), steps + 1);
    const auto& applied = document_->style().layers[density_];
    QCOMPARE(applied.method, ClassMethod::EqualInterval);
    QCOMPARE(applied.classes, 4);
    QCOMPARE(applied.ramp, std::string("Blues"));
    QCOMPARE(document_->content()->symbology(density_).limits().size(), std::size_t(5));

    document_->undoStack()->undo();
    const auto& restored = document_->style().layers[density_];
    QCOMPARE(restored.method, before.method);
    QCOMPARE(restored.classes, before.classes);
    QCOMPARE(restored.ramp, before.ramp);
    QCOMPARE(QString::fromStdString(rrw::render::toJson(restored).dump()),
             QString::fromStdString(rrw::render::toJson(before).dump()));
}

void StyleDialogTest::preview() {
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    auto* preview = child<QLabel>(dialog, "preview");
    QTRY_VERIFY_WITH_TIMEOUT(!preview->pixmap().isNull(), 2000);
    QCOMPARE(preview->pixmap().size(), QSize(360, 240));
    // Something besides the background was drawn.
    const QImage image = preview->pixmap().toImage();
    const QRgb corner = image.pixel(0, 0);
    bool drawn = false;
    for (int y = 0; y < image.height() && !drawn; y += 4) {
        for (int x = 0; x < image.width() && !drawn; x += 4) {
            drawn = image.pixel(x, y) != corner;
        }
    }
    QVERIFY(drawn);
    // With RRW_SCREENSHOT_DIR set (as for the main window test), save a screenshot.
    if (const QString dir = qEnvironmentVariable("RRW_SCREENSHOT_DIR"); !dir.isEmpty()) {
        setGraduated(dialog, ClassMethod::EqualInterval, 4, QStringLiteral("Blues"));
        dialog.show();
        QTest::qWait(400);
        QVERIFY(dialog.grab().save(dir + QStringLiteral("/style_dialog.png")));
    }
}

void StyleDialogTest::rampsColourBlindSafeUnlessAll() {
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    auto* ramps = child<QComboBox>(dialog, "ramp");
    auto* all = child<QCheckBox>(dialog, "allRamps");
    all->setChecked(false);
    const int safe = ramps->count();
    QVERIFY(safe > 0);
    for (int i = 0; i < safe; ++i) {
        const auto* ramp = rrw::render::findRamp(ramps->itemData(i).toString().toStdString());
        QVERIFY(ramp != nullptr);
        QVERIFY2(ramp->colorblindSafe, ramp->id.c_str());
        QVERIFY(!ramps->itemIcon(i).isNull());
    }
    all->setChecked(true);
    QCOMPARE(ramps->count(), static_cast<int>(rrw::render::builtinRamps().size()));
}

void StyleDialogTest::manualStartsFromListedLimits() {
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    const int classes = dialog.style().classes;
    select(child<QComboBox>(dialog, "method"), static_cast<int>(ClassMethod::Manual));
    QVERIFY(!child<QLineEdit>(dialog, "limits")->text().isEmpty());
    QVERIFY2(dialog.isStyleValid(), qPrintable(child<QLabel>(dialog, "message")->text()));
    QCOMPARE(dialog.style().method, ClassMethod::Manual);
    QCOMPARE(dialog.style().classes, classes);
    QCOMPARE(dialog.style().breaks.size(), std::size_t(classes - 1));
}

void StyleDialogTest::categorized() {
    rrw::ui::StyleDialog dialog(*document_, crossings_, language_);
    auto* list = child<QListWidget>(dialog, "categoryList");
    QCOMPARE(list->count(), 2);  // the stored road/rail categories
    child<QPushButton>(dialog, "classify")->click();
    const auto style = dialog.style();
    QCOMPARE(style.type, rrw::render::SymbolType::Categorized);
    QCOMPARE(style.field, std::string("mode"));
    QCOMPARE(style.categories.size(), std::size_t(2));
    QCOMPARE(style.categories[0].value, std::string("rail"));
    QCOMPARE(style.categories[1].value, std::string("road"));
    // Dark2, and the stored labels of known values kept.
    QCOMPARE(style.categories[0].color, std::string("#1b9e77"));
    QCOMPARE(style.categories[0].labelDe, std::string("Bahn"));
    QCOMPARE(list->count(), 2);
    QVERIFY(dialog.isStyleValid());
}

void StyleDialogTest::languageChange() {
    rrw::ui::StyleDialog dialog(*document_, density_, language_);
    setGraduated(dialog, ClassMethod::Quantiles, 5, QStringLiteral("YlGnBu"));
    auto* cancel = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel);
    const QString english = child<QComboBox>(dialog, "method")->currentText();
    {
        rrw::ui::Language language;  // installs the catalogs; widgets get LanguageChange
        language.set(QStringLiteral("de"));
        QCoreApplication::processEvents();
        QVERIFY(!dialog.windowTitle().isEmpty());
        QVERIFY(!cancel->text().isEmpty());
        QCOMPARE(child<QListWidget>(dialog, "classList")->count(), 5);
        QCOMPARE(dialog.style().method, ClassMethod::Quantiles);
        QVERIFY(dialog.isStyleValid());
    }
    QCoreApplication::processEvents();  // the catalogs are gone again
    QCOMPARE(child<QComboBox>(dialog, "method")->currentText(), english);
}

QTEST_MAIN(StyleDialogTest)
#include "style_dialog_test.moc"
