#pragma once

#include <QWidget>

class QTreeWidget;
class QTreeWidgetItem;
class QSlider;
class QPushButton;
class QLabel;

namespace rrw::ui {

class MapDocument;

/// The layers of the map, top layer first: a checkbox shows or hides a layer, drag and drop
/// changes the drawing order, the slider sets the selected layer's opacity, "Style…" opens
/// the style dialog. Every change is an undoable edit of the MapDocument.
class LayerPanel : public QWidget {
    Q_OBJECT

public:
    explicit LayerPanel(MapDocument& document, QWidget* parent = nullptr);
    /// Style index of the selected row, -1 if none.
    int selectedStyleIndex() const;
    /// The display language of layer titles ("de", "cs", "en", "de+cs").
    void setLanguageCode(const QString& code);

signals:
    void styleRequested(int styleIndex);
    void zoomToLayerRequested(int styleIndex);

protected:
    void changeEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MapDocument& document_;
    QTreeWidget* tree_;
    QLabel* opacityLabel_;
    QSlider* opacity_;
    QPushButton* styleButton_;
    QPushButton* zoomButton_;
    QString languageCode_ = QStringLiteral("de");
    bool rebuilding_ = false;
    bool inItemChange_ = false;

    void rebuild();
    void retranslate();
    void onItemChanged(QTreeWidgetItem* item);
    void onSelectionChanged();
    QString titleOf(int styleIndex) const;
};

}  // namespace rrw::ui
