// The identify panel and the attribute table on the bundled project (Qt Test, offscreen).

#include <QApplication>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

#include <algorithm>
#include <memory>
#include <stdexcept>
#include <vector>

#include "core/error.h"
#include "geo/feature_attributes.h"
#include "geo/layer_reader.h"
#include "render/hit_test.h"
#include "render/map_content.h"
#include "support/cli_runner.h"
// ui/ is the include root of rrw_ui_lib.
#include "attribute_table.h"
#include "identify_panel.h"
#include "map_document.h"

namespace rrw::ui {

class IdentifyAttributeTest : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void hitTestListsTheTopmostLayerFirst();
    void identifyShowsTheFeatureInBothLanguages();
    void identifyFollowsTheLanguage();
    void identifyOutsideShowsNoFeature();
    void identifySelectsAFeature();
    void featureAttributesRefusesAnUnknownFid();
    void tableShowsTheLayer();
    void filterKeepsMatchingRows();
    void sortsNumbersByValue();
    void selectingARowEmitsItsFid();

private:
    std::unique_ptr<test::ScratchDir> scratch_;
    std::unique_ptr<MapDocument> document_;
    std::int64_t chebFid_ = -1;
    QPointF chebCentre_;

    /// A point inside feature `f`: the middle of the widest inside stretch of the horizontal
    /// line through its envelope's centre. (The centre itself lies in okres Sokolov, which
    /// Cheb wraps round.)
    static QPointF interiorPoint(const geo::LayerData& data, std::size_t f);
    static QString nameAt(const AttributeTablePanel& panel, int proxyRow);
};

void IdentifyAttributeTest::initTestCase() {
    scratch_ = std::make_unique<test::ScratchDir>();
    const std::string path = scratch_->path("bundled.gpkg");
    try {
        test::copyBundledProject(path);
    } catch (const std::exception& e) {
        QFAIL(e.what());
    }
    document_ = std::make_unique<MapDocument>();
    try {
        document_->open(QString::fromStdString(path));
    } catch (const Error& e) {
        QFAIL(e.message().c_str());
    }
    // The okres Cheb: its fid from the attributes, its envelope centre from the content.
    const geo::AttributeTable table =
        geo::readAttributeTable(document_->project().geoPackage(), "okresy_cz");
    const auto nameColumn = static_cast<std::size_t>(
        std::find(table.fields.begin(), table.fields.end(), "name") - table.fields.begin());
    QVERIFY(nameColumn < table.fields.size());
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        if (table.rows[r][nameColumn] == "Cheb") {
            chebFid_ = table.fids[r];
        }
    }
    QVERIFY(chebFid_ >= 0);
    const geo::LayerData* okresy = document_->content()->data("okresy_cz");
    QVERIFY(okresy != nullptr);
    for (std::size_t f = 0; f < okresy->featureCount(); ++f) {
        if (okresy->fids[f] == chebFid_) {
            chebCentre_ = interiorPoint(*okresy, f);
        }
    }
    QVERIFY(!chebCentre_.isNull());
}

void IdentifyAttributeTest::cleanupTestCase() {
    document_.reset();
    scratch_.reset();
}

QPointF IdentifyAttributeTest::interiorPoint(const geo::LayerData& d, std::size_t f) {
    const geo::Envelope& e = d.envelopes[f];
    const double y = (e.minY + e.maxY) / 2;
    std::vector<double> crossings;
    for (std::uint32_t r = d.featureRuns[f]; r < d.featureRuns[f + 1]; ++r) {
        for (std::uint32_t i = d.runStart[r] + 1; i < d.runStart[r + 1]; ++i) {
            const double x0 = d.xy[2 * i - 2], y0 = d.xy[2 * i - 1];
            const double x1 = d.xy[2 * i], y1 = d.xy[2 * i + 1];
            if ((y0 > y) != (y1 > y)) {
                crossings.push_back(x0 + (y - y0) * (x1 - x0) / (y1 - y0));
            }
        }
    }
    std::sort(crossings.begin(), crossings.end());
    QPointF best;
    double widest = 0;
    for (std::size_t i = 0; i + 1 < crossings.size(); i += 2) {
        if (crossings[i + 1] - crossings[i] > widest) {
            widest = crossings[i + 1] - crossings[i];
            best = QPointF((crossings[i] + crossings[i + 1]) / 2, y);
        }
    }
    return best;
}

QString IdentifyAttributeTest::nameAt(const AttributeTablePanel& panel, int proxyRow) {
    const int column = panel.model()->columnOf(QStringLiteral("name"));
    return panel.proxy()->index(proxyRow, column).data().toString();
}

void IdentifyAttributeTest::hitTestListsTheTopmostLayerFirst() {
    const auto hits =
        render::hitTest(*document_->content(), chebCentre_.x(), chebCentre_.y(), 10.0);
    QVERIFY(!hits.empty());
    bool okres = false;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        if (i > 0) {
            QVERIFY(hits[i - 1].styleIndex >= hits[i].styleIndex);
        }
        okres = okres || (hits[i].layer == "okresy_cz" && hits[i].fid == chebFid_);
    }
    QVERIFY(okres);
}

void IdentifyAttributeTest::identifyShowsTheFeatureInBothLanguages() {
    IdentifyPanel panel(*document_);
    panel.identify(chebCentre_, 10.0);
    QTreeWidget* tree = panel.tree();
    QVERIFY(tree->topLevelItemCount() >= 1);
    QTreeWidgetItem* cheb = nullptr;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = tree->topLevelItem(i);
        if (item->text(0).contains(QStringLiteral("Cheb")) &&
            item->text(0).contains(QStringLiteral("Eger")) &&
            item->data(0, IdentifyPanel::LayerRole).toString() == QStringLiteral("okresy_cz")) {
            cheb = item;
        }
    }
    QVERIFY2(cheb != nullptr, qPrintable(tree->topLevelItem(0)->text(0)));
    QVERIFY(cheb->text(0).endsWith(QStringLiteral("Cheb / Eger")));
    // All attributes, field = value.
    bool population = false;
    for (int i = 0; i < cheb->childCount(); ++i) {
        population = population || (cheb->child(i)->text(0) == QStringLiteral("population") &&
                                    cheb->child(i)->text(1) == QStringLiteral("92636"));
    }
    QVERIFY(population);
    const auto fields = geo::fieldNames(document_->project().geoPackage(), "okresy_cz");
    QCOMPARE(cheb->childCount(), static_cast<int>(fields.size()));
    QCOMPARE(cheb->child(0)->text(0), QString::fromStdString(fields.front()));
}

void IdentifyAttributeTest::identifyFollowsTheLanguage() {
    IdentifyPanel panel(*document_);
    panel.identify(chebCentre_, 10.0);
    const auto okresItem = [&]() -> QTreeWidgetItem* {
        for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i) {
            QTreeWidgetItem* item = panel.tree()->topLevelItem(i);
            if (item->data(0, IdentifyPanel::LayerRole).toString() == QStringLiteral("okresy_cz")) {
                return item;
            }
        }
        return nullptr;
    };
    panel.languageChanged({Lang::De, false});
    QVERIFY(okresItem() != nullptr);
    QCOMPARE(okresItem()->text(0), QStringLiteral("Bezirke (okresy) \u2014 Cheb / Eger"));
    panel.languageChanged({Lang::Cs, true});
    QCOMPARE(okresItem()->text(0), QStringLiteral("Okresy \u2014 Cheb / Eger"));
    panel.languageChanged({Lang::En, false});
    QCOMPARE(okresItem()->text(0), QStringLiteral("Czech districts (okresy) \u2014 Cheb / Eger"));
    // A UI language change re-labels from the stored result, without a new click.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(&panel, &change);
    QVERIFY(okresItem() != nullptr);
    QCOMPARE(panel.tree()->headerItem()->text(0), QStringLiteral("Field"));
}

void IdentifyAttributeTest::identifyOutsideShowsNoFeature() {
    IdentifyPanel panel(*document_);
    panel.identify(QPointF(0, 0), 10.0);
    QCOMPARE(panel.tree()->topLevelItemCount(), 1);
    QCOMPARE(panel.tree()->topLevelItem(0)->text(0), QStringLiteral("No feature here"));
    panel.clear();
    QCOMPARE(panel.tree()->topLevelItemCount(), 0);
}

void IdentifyAttributeTest::identifySelectsAFeature() {
    IdentifyPanel panel(*document_);
    panel.identify(chebCentre_, 10.0);
    QSignalSpy spy(&panel, &IdentifyPanel::featureSelected);
    for (int i = 0; i < panel.tree()->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = panel.tree()->topLevelItem(i);
        if (item->data(0, IdentifyPanel::LayerRole).toString() == QStringLiteral("okresy_cz")) {
            panel.tree()->setCurrentItem(item->child(2));
        }
    }
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("okresy_cz"));
    QCOMPARE(spy.at(0).at(1).toLongLong(), chebFid_);
}

void IdentifyAttributeTest::featureAttributesRefusesAnUnknownFid() {
    try {
        geo::featureAttributes(document_->project().geoPackage(), "okresy_cz", 987654);
        QFAIL("no error for an unknown fid");
    } catch (const Error& e) {
        QVERIFY2(e.message().find("okresy_cz") != std::string::npos, e.message().c_str());
        QVERIFY2(e.message().find("987654") != std::string::npos, e.message().c_str());
    }
}

void IdentifyAttributeTest::tableShowsTheLayer() {
    AttributeTablePanel panel(*document_);
    QVERIFY(!panel.layer().isEmpty());  // the first layer, shown on construction
    QVERIFY(panel.setLayer(QStringLiteral("okresy_cz")));
    QCOMPARE(panel.layer(), QStringLiteral("okresy_cz"));
    QCOMPARE(panel.proxy()->rowCount(), 3);
    QVERIFY(panel.model()->columnOf(QStringLiteral("population")) >= 0);
    QVERIFY(!panel.setLayer(QStringLiteral("no_such_layer")));
    QCOMPARE(panel.layer(), QStringLiteral("okresy_cz"));
    // A style change (opacity) keeps the layer shown.
    document_->setLayerOpacity(0, 0.5);
    QCOMPARE(panel.layer(), QStringLiteral("okresy_cz"));
    document_->undoStack()->undo();
}

void IdentifyAttributeTest::filterKeepsMatchingRows() {
    AttributeTablePanel panel(*document_);
    QVERIFY(panel.setLayer(QStringLiteral("okresy_cz")));
    panel.setFilter(QStringLiteral("sokolov"));
    QCOMPARE(panel.proxy()->rowCount(), 1);
    QCOMPARE(nameAt(panel, 0), QStringLiteral("Sokolov"));
    panel.setFilter(QStringLiteral("Falkenau"));  // any column: name_de
    QCOMPARE(panel.proxy()->rowCount(), 1);
    panel.setFilter(QString());
    QCOMPARE(panel.proxy()->rowCount(), 3);
}

void IdentifyAttributeTest::sortsNumbersByValue() {
    AttributeTablePanel panel(*document_);
    QVERIFY(panel.setLayer(QStringLiteral("okresy_cz")));
    const int population = panel.model()->columnOf(QStringLiteral("population"));
    // As text "114995" < "85964"; by value Sokolov (85964) < Cheb (92636) < Karlovy Vary.
    panel.view()->sortByColumn(population, Qt::AscendingOrder);
    QCOMPARE(nameAt(panel, 0), QStringLiteral("Sokolov"));
    QCOMPARE(nameAt(panel, 1), QStringLiteral("Cheb"));
    QCOMPARE(nameAt(panel, 2), QStringLiteral("Karlovy Vary"));
    panel.view()->sortByColumn(population, Qt::DescendingOrder);
    QCOMPARE(nameAt(panel, 0), QStringLiteral("Karlovy Vary"));
    QCOMPARE(panel.proxy()->index(0, population).data().toString(), QStringLiteral("114995"));
    QCOMPARE(panel.proxy()->index(0, population).data(Qt::EditRole).typeId(),
             static_cast<int>(QMetaType::Double));
}

void IdentifyAttributeTest::selectingARowEmitsItsFid() {
    AttributeTablePanel panel(*document_);
    QVERIFY(panel.setLayer(QStringLiteral("okresy_cz")));
    panel.view()->sortByColumn(panel.model()->columnOf(QStringLiteral("population")),
                               Qt::DescendingOrder);
    QSignalSpy spy(&panel, &AttributeTablePanel::featureSelected);
    int chebRow = -1;
    for (int r = 0; r < panel.proxy()->rowCount(); ++r) {
        if (nameAt(panel, r) == QStringLiteral("Cheb")) {
            chebRow = r;
        }
    }
    QVERIFY(chebRow >= 0);
    panel.view()->selectRow(chebRow);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("okresy_cz"));
    QCOMPARE(spy.at(0).at(1).toLongLong(), chebFid_);
}

}  // namespace rrw::ui

int main(int argc, char** argv) {
    // Runs without a display unless the caller chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    rrw::ui::IdentifyAttributeTest test;
    return QTest::qExec(&test, argc, argv);
}

#include "identify_attribute_test.moc"
