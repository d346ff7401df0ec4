#pragma once

#include <QDialog>
#include <QString>
#include <QTimer>

#include <memory>
#include <string>
#include <vector>

#include "geo/layer_reader.h"
#include "render/map_content.h"
#include "render/map_language.h"
#include "render/style.h"

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QStackedWidget;

namespace rrw::ui {

class ClassListView;
class ClassListWidget;
class MapDocument;

/// Edits one layer style of the document's map: symbol type, colours, the classification of a
/// graduated style, the categories of a categorized one, labels. Every change is checked and
/// classified at once (the class list) and drawn into a small preview 150 ms later, from the
/// data the document has already loaded. The dialog does not touch the document: the caller
/// applies style() (MapDocument::setLayerStyle, one undo step) after accept().
class StyleDialog : public QDialog {
    Q_OBJECT

public:
    StyleDialog(MapDocument& document, int styleIndex, const render::MapLanguage& language,
                QWidget* parent = nullptr);
    ~StyleDialog() override;

    /// The style as the controls describe it; everything the dialog does not edit (titles,
    /// units, source note, dashes, proportional sizes…) is kept from the original.
    render::LayerStyle style() const;
    /// True when style() is valid for the data (OK is enabled).
    bool isStyleValid() const { return problem_.isEmpty(); }
    /// Shows `style` in the controls (a restored draft of this layer's style), as if edited.
    void setStyle(const render::LayerStyle& style);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Field {
        std::string name;
        bool numeric = true;
    };

    MapDocument& document_;
    const render::MapLanguage language_;
    const render::LayerStyle original_;
    geo::GeometryKind kind_ = geo::GeometryKind::Mixed;
    std::vector<Field> fields_;  ///< fields every layer of the style has
    std::string fill_;           ///< "#rrggbb" (kept when "no fill" is ticked)
    std::string stroke_;         ///< "#rrggbb" or "none"
    std::vector<render::LayerStyle::Category> categories_;
    bool loading_ = true;
    QString problem_;                 ///< translated; empty while the input is valid
    std::size_t distinctValues_ = 0;  ///< of the categorized field, at the last classify
    std::unique_ptr<render::MapTexts> texts_;
    /// The last valid candidate (this style alone); also passed as `previous` to the next one,
    /// so the layers are read from the project at most once per new field.
    std::shared_ptr<const render::MapContent> candidate_;
    QTimer previewTimer_;

    // Controls (owned by the dialog's widget tree).
    QFormLayout* topForm_ = nullptr;
    QComboBox* type_ = nullptr;
    QStackedWidget* pages_ = nullptr;
    QFormLayout* singleForm_ = nullptr;
    QPushButton* fillButton_ = nullptr;
    QCheckBox* noFill_ = nullptr;
    QLabel* lineNote_ = nullptr;
    QFormLayout* catForm_ = nullptr;
    QComboBox* catField_ = nullptr;
    QPushButton* classify_ = nullptr;
    ClassListView* categoryList_ = nullptr;
    ClassListWidget* graduated_ = nullptr;
    QGroupBox* outline_ = nullptr;
    QFormLayout* outlineForm_ = nullptr;
    QPushButton* strokeButton_ = nullptr;
    QDoubleSpinBox* strokeWidth_ = nullptr;
    QSlider* opacity_ = nullptr;
    QLabel* opacityValue_ = nullptr;
    QDoubleSpinBox* pointSize_ = nullptr;
    QComboBox* pointShape_ = nullptr;
    QGroupBox* labels_ = nullptr;
    QFormLayout* labelForm_ = nullptr;
    QLabel* labelFields_ = nullptr;
    QDoubleSpinBox* labelSize_ = nullptr;
    QLabel* previewTitle_ = nullptr;
    QLabel* preview_ = nullptr;
    QLabel* message_ = nullptr;
    QDialogButtonBox* buttons_ = nullptr;

    void buildUi();
    QWidget* buildSinglePage();
    QWidget* buildCategorizedPage();
    void buildOutlineGroup();
    void buildLabelGroup();
    void connectChanges();
    void retranslate();
    void readFields();
    void loadStyle(const render::LayerStyle& style);
    void updateVisibility();

    /// Re-checks and re-classifies after any edit; schedules the preview.
    void changed();
    /// Empty when the controls are consistent; else a translated reason.
    QString checkInput() const;
    void renderPreview();
    void classifyCategories();
    void pickColor(std::string& hex, QPushButton* button, const QString& title);
    std::shared_ptr<const render::MapContent> contentFor(const render::LayerStyle& style) const;
    bool hasField(const std::string& name) const;
};

}  // namespace rrw::ui
