#pragma once

#include <QAbstractTableModel>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <cstdint>
#include <vector>

#include "geo/feature_attributes.h"
#include "render/map_language.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace rrw::ui {

class MapDocument;

/// A layer's attributes as a read-only table: one row per feature, one column per field. The
/// display is the stored text; EditRole and SortRole give numeric fields as double (NULL as an
/// invalid QVariant, sorted last), so numbers sort by value, not as text.
class AttributeTableModel : public QAbstractTableModel {
    Q_OBJECT

public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int FidRole = Qt::UserRole + 2;

    explicit AttributeTableModel(QObject* parent = nullptr);

    void setTable(geo::AttributeTable table);
    const geo::AttributeTable& table() const { return table_; }
    std::int64_t fidAt(int row) const { return table_.fids.at(static_cast<std::size_t>(row)); }
    /// The column of `field`, or -1.
    int columnOf(const QString& field) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    /// Horizontal: the field names; vertical: the feature ids.
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    geo::AttributeTable table_;
    std::vector<std::vector<double>> numbers_;  ///< per column (numeric ones only), NaN = NULL
};

/// The attribute table dock: a layer of the project, a filter over all columns (case-insensitive)
/// and a sortable table. Selecting a row emits featureSelected() so the canvas can highlight it.
/// Follows the document: reloaded when a project is opened, layer list updated when the map
/// changes (an import adds a layer).
class AttributeTablePanel : public QWidget {
    Q_OBJECT

public:
    explicit AttributeTablePanel(MapDocument& document, QWidget* parent = nullptr);
    ~AttributeTablePanel() override;

    /// The layer shown ("" when none).
    QString layer() const { return layer_; }
    /// Shows `layer` (a layer name of the project); false when there is no such layer.
    bool setLayer(const QString& layer);
    void setFilter(const QString& text);

    AttributeTableModel* model() const { return model_; }
    QSortFilterProxyModel* proxy() const { return proxy_; }
    QTableView* view() const { return view_; }

public slots:
    /// Re-reads the layer list and the table shown.
    void reload();
    /// Layer titles in the combo box follow the primary language of `language`.
    void languageChanged(rrw::render::MapLanguage language);

signals:
    void featureSelected(const QString& layer, qint64 fid);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct LayerEntry {
        QString name;
        std::string titleDe, titleCs, titleEn;
    };

    MapDocument& document_;
    render::MapLanguage language_;
    std::vector<LayerEntry> layers_;
    QString layer_;
    QLabel* layerLabel_ = nullptr;
    QComboBox* layerCombo_ = nullptr;
    QLineEdit* filter_ = nullptr;
    QLabel* message_ = nullptr;
    QLabel* count_ = nullptr;
    AttributeTableModel* model_ = nullptr;
    QSortFilterProxyModel* proxy_ = nullptr;
    QTableView* view_ = nullptr;

    void retranslate();
    /// Updates the combo box from the project's layers; keeps the layer shown when it still
    /// exists. `force` reloads the table even then.
    void refreshLayers(bool force);
    void fillCombo();
    void loadTable(const QString& layer);
    void updateCount();
    void emitSelection();
};

}  // namespace rrw::ui
