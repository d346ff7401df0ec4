#pragma once

#include <QColor>
#include <QIcon>
#include <QListWidget>
#include <QStringList>
#include <QWidget>

#include <initializer_list>
#include <string>
#include <vector>

#include "render/color_ramp.h"
#include "render/map_content.h"
#include "render/map_language.h"
#include "render/style.h"

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLineEdit;
class QSpinBox;

namespace rrw::ui {

/// Classes or categories as rows of a colour swatch and a text. Read-only unless
/// setColorsEditable(true); then a double-click (or Enter) on a row opens a colour dialog and
/// colorChanged() follows.
class ClassListView : public QListWidget {
    Q_OBJECT

public:
    explicit ClassListView(QWidget* parent = nullptr);

    /// Replaces the rows; `colors` and `labels` have one entry per row.
    void setEntries(const std::vector<QColor>& colors, const QStringList& labels);
    /// One row per category: the value, and its legend label in `language` when it differs.
    void showCategories(const std::vector<render::LayerStyle::Category>& categories,
                        const render::MapLanguage& language);
    void setColorsEditable(bool editable) { editable_ = editable; }

signals:
    void colorChanged(int row, const QColor& color);

private:
    bool editable_ = false;

    void editColor(QListWidgetItem* item);
};

/// The classification of a graduated style: the value field (optionally divided by another, for
/// densities), method, class count or manual limits, colour ramp (colour-blind safe ones unless
/// "show all"), and the resulting classes — limits, colours, features per class — as a
/// read-only list. Emits changed() after every edit by the user.
class ClassListWidget : public QWidget {
    Q_OBJECT

public:
    explicit ClassListWidget(QWidget* parent = nullptr);

    /// The numeric fields offered for the value and the divisor.
    void setFields(const QStringList& numericFields);
    /// Shows the graduated settings of `style` (its defaults when it is of another type).
    void load(const render::LayerStyle& style);
    /// Writes field, divisor, method, classes, limits, ramp and direction into `style`; explicit
    /// class colours of the loaded style are dropped once the user picked a ramp.
    void apply(render::LayerStyle& style) const;
    /// Empty when the input is consistent; else a translated reason.
    QString problem() const;
    /// Lists the classes of style 0 of `content` (graduated); nullptr clears the list.
    void showClasses(const render::MapContent* content, const render::MapLanguage& language);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    render::LayerStyle loaded_;
    bool loading_ = false;
    bool rampTouched_ = false;
    std::vector<double> shownLimits_;  ///< limits of the last listed classes
    QFormLayout* form_ = nullptr;
    QComboBox* field_ = nullptr;
    QComboBox* divideBy_ = nullptr;
    QComboBox* method_ = nullptr;
    QSpinBox* classes_ = nullptr;
    QLineEdit* limits_ = nullptr;
    QComboBox* ramp_ = nullptr;
    QCheckBox* reverse_ = nullptr;
    QCheckBox* allRamps_ = nullptr;
    ClassListView* list_ = nullptr;

    void retranslate();
    void edited();
    void fillRamps();
    bool manual() const;
    /// The manual limits ("10; 50; 100", decimal point or comma); false when malformed.
    bool parseLimits(std::vector<double>& out) const;
    int manualClasses(const std::vector<double>& limits) const;
};

/// Categories for the distinct non-empty `values` (sorted numerically when all are numbers,
/// else by text), at most `max`, coloured with ColorBrewer's qualitative Dark2 (repeated beyond
/// its 8 colours). Legend labels of values already in `previous` are kept. `distinct` receives
/// the number of distinct values before the cut.
std::vector<render::LayerStyle::Category> qualitativeCategories(
    std::vector<std::string> values, const std::vector<render::LayerStyle::Category>& previous,
    std::size_t max, std::size_t& distinct);

/// A filled square of `color` with a thin dark border (an invalid colour gives a crossed box).
QIcon swatchIcon(const QColor& color, QSize size = QSize(16, 16));
/// The ramp as a row of class colours (its 7-class scheme, or 16 samples of a continuous ramp).
QIcon rampIcon(const render::ColorRamp& ramp, bool reversed, QSize size = QSize(64, 14));

// Small form helpers shared by the style dialog's panels.
/// A form row whose label text is set later (retranslation) with setRowLabel().
void addRow(QFormLayout* form, QWidget* field);
void setRowLabel(QFormLayout* form, QWidget* field, const QString& text);
/// A row of widgets without margins, left-aligned.
QWidget* hbox(std::initializer_list<QWidget*> widgets);
/// Selects the item whose data is `value`, adding it (text = value) when missing.
void selectData(QComboBox* combo, const QString& value);

template <class W>
W* named(const char* objectName) {
    auto* w = new W;
    w->setObjectName(QLatin1String(objectName));
    return w;
}

}  // namespace rrw::ui
