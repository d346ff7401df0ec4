#pragma once

#include <QPointF>
#include <QString>
#include <QWidget>

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "render/hit_test.h"
#include "render/map_language.h"

class QTreeWidget;
class QTreeWidgetItem;

namespace rrw::ui {

class MapDocument;

/// The identify tool's results: the features under a clicked point, topmost first, each as
/// "Layer title — Cheb / Eger" with its attributes below. Holds the last result, so a change of
/// language re-labels it without reading again.
class IdentifyPanel : public QWidget {
    Q_OBJECT

public:
    explicit IdentifyPanel(MapDocument& document, QWidget* parent = nullptr);
    ~IdentifyPanel() override;

    QTreeWidget* tree() const { return tree_; }

    /// Data of a result's top item (column 0): its layer name and feature id.
    static constexpr int LayerRole = Qt::UserRole;
    static constexpr int FidRole = Qt::UserRole + 1;

    /// The features a result shows at most; the rest are counted in a last line.
    static constexpr std::size_t maxResults = 100;

public slots:
    /// Shows the features at `world` (storage CRS) within `toleranceMetres` (lines, points).
    void identify(QPointF world, double toleranceMetres);
    /// Layer titles follow the primary language of `language`.
    void languageChanged(rrw::render::MapLanguage language);
    void clear();

signals:
    /// The user picked a result (the canvas highlights it).
    void featureSelected(const QString& layer, qint64 fid);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Result {
        render::Hit hit;
        std::string titleDe, titleCs, titleEn;
        std::vector<std::pair<std::string, std::string>> attributes;
        QString error;  ///< already translated; attributes are empty then
    };

    MapDocument& document_;
    render::MapLanguage language_;
    QTreeWidget* tree_ = nullptr;
    std::vector<Result> results_;
    std::size_t notShown_ = 0;
    bool identified_ = false;

    void retranslate();
    void rebuild();
    QString featureLabel(const Result& result) const;
    void onCurrentItemChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous);
};

}  // namespace rrw::ui
