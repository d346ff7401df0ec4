#include "style_dialog.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QSlider>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

#include "class_list_widget.h"
#include "core/error.h"
#include "map_document.h"
#include "render/map_renderer.h"
#include "render/map_view.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

constexpr QSize kPreviewSize(360, 240);
constexpr int kPreviewDelayMs = 150;
constexpr std::size_t kMaxCategories = 40;

using render::SymbolType;

std::string currentText(const QComboBox* combo) {
    return combo->currentData().toString().toStdString();
}

void setSwatch(QPushButton* button, const std::string& hex) {
    button->setIcon(swatchIcon(render::Symbology::color(hex), QSize(36, 14)));
    button->setIconSize(QSize(36, 14));
}

QDoubleSpinBox* spinBox(double min, double max, int decimals, double step) {
    auto* spin = new QDoubleSpinBox;
    spin->setRange(min, max);
    spin->setDecimals(decimals);
    spin->setSingleStep(step);
    return spin;
}

}  // namespace

StyleDialog::StyleDialog(MapDocument& document, int styleIndex, const render::MapLanguage& language,
                         QWidget* parent)
    : QDialog(parent),
      document_(document),
      language_(language),
      original_(document.style().layers.at(static_cast<std::size_t>(styleIndex))),
      texts_(std::make_unique<render::MapTexts>()) {
    const auto layers = document_.content()->dataOf(static_cast<std::size_t>(styleIndex));
    for (std::size_t i = 0; i < layers.size(); ++i) {
        kind_ = i == 0 || layers[i]->kind == kind_ ? layers[i]->kind : geo::GeometryKind::Mixed;
    }
    readFields();
    buildUi();
    loadStyle(original_);
    connectChanges();
    previewTimer_.setSingleShot(true);
    previewTimer_.setInterval(kPreviewDelayMs);
    connect(&previewTimer_, &QTimer::timeout, this, &StyleDialog::renderPreview);
    retranslate();
    loading_ = false;
    changed();
}

StyleDialog::~StyleDialog() = default;

void StyleDialog::readFields() {
    // Fields every layer has (a shared classification needs the field everywhere); whether
    // they are numeric is read from the smallest layer.
    try {
        auto& gpkg = document_.project().geoPackage();
        std::vector<std::string> common;
        std::string smallest;
        std::int64_t fewest = std::numeric_limits<std::int64_t>::max();
        for (std::size_t i = 0; i < original_.layers.size(); ++i) {
            const std::string& layer = original_.layers[i];
            const auto names = geo::fieldNames(gpkg, layer);
            if (i == 0) {
                common = names;
            } else {
                std::erase_if(common, [&](const std::string& f) {
                    return std::find(names.begin(), names.end(), f) == names.end();
                });
            }
            const store::LayerInfo* info = document_.content()->info(layer);
            const std::int64_t features = info != nullptr ? info->features : 0;
            if (features < fewest) {
                fewest = features;
                smallest = layer;
            }
        }
        if (smallest.empty()) {
            return;
        }
        const geo::LayerData sample = geo::readLayer(gpkg, smallest, common);
        for (const auto& column : sample.columns) {
            fields_.push_back({column.name, column.numeric});
        }
    } catch (const Error&) {
        // Unreadable here: list nothing; checkInput() and the candidate content report it.
    }
}

bool StyleDialog::hasField(const std::string& name) const {
    return std::any_of(fields_.begin(), fields_.end(),
                       [&](const Field& f) { return f.name == name; });
}

void StyleDialog::buildUi() {
    type_ = named<QComboBox>("symbolType");
    for (SymbolType t : {SymbolType::Single, SymbolType::Categorized, SymbolType::Graduated}) {
        type_->addItem(QString(), static_cast<int>(t));
    }
    topForm_ = new QFormLayout;
    addRow(topForm_, type_);
    pages_ = new QStackedWidget;  // pages in the order of the type combo
    graduated_ = new ClassListWidget;
    for (QWidget* page :
         std::initializer_list<QWidget*>{buildSinglePage(), buildCategorizedPage(), graduated_}) {
        pages_->addWidget(page);
    }
    buildOutlineGroup();
    buildLabelGroup();
    auto* left = new QVBoxLayout;
    left->addLayout(topForm_);
    left->addWidget(pages_, 1);
    left->addWidget(outline_);
    left->addWidget(labels_);

    previewTitle_ = new QLabel;
    preview_ = named<QLabel>("preview");
    preview_->setFixedSize(kPreviewSize);
    auto* right = new QVBoxLayout;
    right->addWidget(previewTitle_);
    right->addWidget(preview_);
    right->addStretch(1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right);

    message_ = named<QLabel>("message");
    message_->setWordWrap(true);
    buttons_ = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons_, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons_, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* root = new QVBoxLayout(this);
    root->addLayout(columns, 1);
    root->addWidget(message_);
    root->addWidget(buttons_);
}

QWidget* StyleDialog::buildSinglePage() {
    auto* page = new QWidget;
    singleForm_ = new QFormLayout(page);
    singleForm_->setContentsMargins(0, 0, 0, 0);
    fillButton_ = new QPushButton;
    noFill_ = new QCheckBox;
    QWidget* fillRow = hbox({fillButton_, noFill_});
    addRow(singleForm_, fillRow);
    lineNote_ = new QLabel;
    lineNote_->setWordWrap(true);
    singleForm_->addRow(lineNote_);
    const bool lines = kind_ == geo::GeometryKind::Lines;
    singleForm_->setRowVisible(fillRow, !lines);
    singleForm_->setRowVisible(lineNote_, lines);
    noFill_->setVisible(kind_ != geo::GeometryKind::Points);
    connect(fillButton_, &QPushButton::clicked, this,
            [this] { pickColor(fill_, fillButton_, tr("Fill colour")); });
    return page;
}

QWidget* StyleDialog::buildCategorizedPage() {
    auto* page = new QWidget;
    catForm_ = new QFormLayout(page);
    catForm_->setContentsMargins(0, 0, 0, 0);
    catField_ = named<QComboBox>("categoryField");
    classify_ = named<QPushButton>("classify");
    addRow(catForm_, hbox({catField_, classify_}));
    categoryList_ = named<ClassListView>("categoryList");
    categoryList_->setColorsEditable(true);
    categoryList_->setMinimumHeight(120);
    addRow(catForm_, categoryList_);
    connect(classify_, &QPushButton::clicked, this, &StyleDialog::classifyCategories);
    connect(categoryList_, &ClassListView::colorChanged, this,
            [this](int row, const QColor& color) {
                if (row >= 0 && static_cast<std::size_t>(row) < categories_.size()) {
                    categories_[static_cast<std::size_t>(row)].color = color.name().toStdString();
                    changed();
                }
            });
    return page;
}

void StyleDialog::buildOutlineGroup() {
    outline_ = new QGroupBox;
    outlineForm_ = new QFormLayout(outline_);
    strokeButton_ = new QPushButton;
    strokeWidth_ = spinBox(0.0, 10.0, 2, 0.05);
    opacity_ = named<QSlider>("opacity");
    opacity_->setOrientation(Qt::Horizontal);
    opacity_->setRange(0, 100);
    opacity_->setMinimumWidth(160);
    opacityValue_ = new QLabel;
    pointSize_ = spinBox(0.2, 20.0, 1, 0.2);
    pointShape_ = new QComboBox;
    for (const char* shape : {"circle", "square", "triangle", "diamond"}) {
        pointShape_->addItem(QString(), QString::fromLatin1(shape));
    }
    for (QWidget* w : std::initializer_list<QWidget*>{strokeButton_, strokeWidth_,
                                                      hbox({opacity_, opacityValue_}), pointSize_,
                                                      pointShape_}) {
        addRow(outlineForm_, w);
    }
    const bool points = kind_ == geo::GeometryKind::Points || kind_ == geo::GeometryKind::Mixed;
    outlineForm_->setRowVisible(pointSize_, points);
    outlineForm_->setRowVisible(pointShape_, points);
    connect(strokeButton_, &QPushButton::clicked, this,
            [this] { pickColor(stroke_, strokeButton_, tr("Outline colour")); });
}

void StyleDialog::buildLabelGroup() {
    labels_ = named<QGroupBox>("labels");
    labels_->setCheckable(true);
    labelForm_ = new QFormLayout(labels_);
    labelFields_ = new QLabel;
    labelFields_->setWordWrap(true);
    labelSize_ = spinBox(4.0, 36.0, 1, 0.5);
    labelForm_->addRow(labelFields_);
    addRow(labelForm_, labelSize_);
}

void StyleDialog::connectChanges() {
    const auto comboChanged = &QComboBox::currentIndexChanged;
    for (QComboBox* c : {type_, pointShape_}) {
        connect(c, comboChanged, this, &StyleDialog::changed);
    }
    connect(catField_, comboChanged, this, [this] {
        if (!loading_) {
            classifyCategories();  // the old categories belong to the old field
        }
    });
    connect(type_, comboChanged, this, [this] {
        if (!loading_ && categories_.empty() &&
            type_->currentData().toInt() == static_cast<int>(SymbolType::Categorized)) {
            classifyCategories();
        }
    });
    connect(graduated_, &ClassListWidget::changed, this, &StyleDialog::changed);
    connect(noFill_, &QCheckBox::toggled, this, &StyleDialog::changed);
    connect(labels_, &QGroupBox::toggled, this, &StyleDialog::changed);
    for (QDoubleSpinBox* s : {strokeWidth_, pointSize_, labelSize_}) {
        connect(s, &QDoubleSpinBox::valueChanged, this, &StyleDialog::changed);
    }
    connect(opacity_, &QSlider::valueChanged, this, &StyleDialog::changed);
}

void StyleDialog::loadStyle(const render::LayerStyle& s) {
    type_->setCurrentIndex(type_->findData(static_cast<int>(s.type)));
    fill_ = s.fill == "none" ? std::string("#d9d9d9") : s.fill;
    noFill_->setChecked(s.fill == "none");
    stroke_ = s.stroke;
    setSwatch(fillButton_, fill_);
    setSwatch(strokeButton_, stroke_);
    strokeWidth_->setValue(s.strokeWidthMm);
    opacity_->setValue(static_cast<int>(std::lround(s.opacity * 100)));
    pointSize_->setValue(s.pointSizeMm);
    selectData(pointShape_, QString::fromStdString(s.pointShape));

    QStringList numeric;
    for (const Field& f : fields_) {
        catField_->addItem(QString::fromStdString(f.name), QString::fromStdString(f.name));
        if (f.numeric) {
            numeric << QString::fromStdString(f.name);
        }
    }
    graduated_->setFields(numeric);
    graduated_->load(s);
    if (s.type == SymbolType::Categorized && !s.field.empty()) {
        selectData(catField_, QString::fromStdString(s.field));
    }
    categories_ = s.categories;
    categoryList_->showCategories(categories_, language_);

    labels_->setChecked(s.label.has_value());
    labelSize_->setValue(s.label.value_or(render::LabelStyle{}).sizePt);
}

void StyleDialog::setStyle(const render::LayerStyle& style) {
    loading_ = true;
    catField_->clear();
    loadStyle(style);
    loading_ = false;
    changed();
}

void StyleDialog::retranslate() {
    setWindowTitle(tr("Layer style"));
    setRowLabel(topForm_, type_, tr("Symbol:"));
    type_->setItemText(0, tr("Single symbol"));
    type_->setItemText(1, tr("Categorized"));
    type_->setItemText(2, tr("Graduated"));

    setRowLabel(singleForm_, fillButton_->parentWidget(), tr("Fill colour:"));
    noFill_->setText(tr("No fill"));
    lineNote_->setText(tr("Lines are drawn with the outline colour and width below."));

    setRowLabel(catForm_, catField_->parentWidget(), tr("Field:"));
    classify_->setText(tr("Classify"));
    categoryList_->setToolTip(tr("Double-click a value to change its colour."));
    setRowLabel(catForm_, categoryList_, tr("Values:"));

    outline_->setTitle(kind_ == geo::GeometryKind::Lines ? tr("Line") : tr("Outline"));
    setRowLabel(outlineForm_, strokeButton_, tr("Colour:"));
    setRowLabel(outlineForm_, strokeWidth_, tr("Width:"));
    strokeWidth_->setSuffix(tr(" mm"));
    setRowLabel(outlineForm_, opacity_->parentWidget(), tr("Opacity:"));
    setRowLabel(outlineForm_, pointSize_, tr("Point size:"));
    pointSize_->setSuffix(tr(" mm"));
    setRowLabel(outlineForm_, pointShape_, tr("Point shape:"));
    const QString shapes[] = {tr("Circle"), tr("Square"), tr("Triangle"), tr("Diamond")};
    for (int i = 0; i < 4 && i < pointShape_->count(); ++i) {
        pointShape_->setItemText(i, shapes[i]);
    }

    labels_->setTitle(tr("Labels"));
    const render::LabelStyle label = original_.label.value_or(render::LabelStyle{});
    QStringList parts;
    for (const auto& [field, use] :
         {std::pair{label.fieldLocal, tr("official name")},
          std::pair{label.fieldDe, tr("German map")}, std::pair{label.fieldCs, tr("Czech map")}}) {
        parts << (hasField(field) ? tr("%1 (%2)") : tr("%1 (%2; not in the layers)"))
                     .arg(QString::fromStdString(field), use);
    }
    labelFields_->setText(tr("Label text from: %1.").arg(parts.join(QStringLiteral(", "))));
    setRowLabel(labelForm_, labelSize_, tr("Size:"));
    labelSize_->setSuffix(tr(" pt"));
    previewTitle_->setText(tr("Preview"));
    if (!loading_) {
        changed();  // messages and class labels in the new language
    }
}

void StyleDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void StyleDialog::updateVisibility() {
    pages_->setCurrentIndex(type_->currentIndex());
    noFill_->setEnabled(type_->currentIndex() == 0);
    fillButton_->setEnabled(!noFill_->isChecked());
    opacityValue_->setText(QStringLiteral("%1 %").arg(opacity_->value()));
}

void StyleDialog::pickColor(std::string& hex, QPushButton* button, const QString& title) {
    const QColor chosen = QColorDialog::getColor(render::Symbology::color(hex), this, title);
    if (chosen.isValid()) {
        hex = chosen.name().toStdString();
        setSwatch(button, hex);
        changed();
    }
}

render::LayerStyle StyleDialog::style() const {
    render::LayerStyle s = original_;
    s.type = static_cast<SymbolType>(type_->currentData().toInt());
    s.opacity = opacity_->value() / 100.0;
    s.stroke = stroke_;
    s.strokeWidthMm = strokeWidth_->value();
    s.pointSizeMm = pointSize_->value();
    s.pointShape = currentText(pointShape_);
    s.fill = noFill_->isChecked() && s.type == SymbolType::Single ? std::string("none") : fill_;
    if (s.type == SymbolType::Graduated) {
        graduated_->apply(s);
        s.categories.clear();
    } else if (s.type == SymbolType::Categorized) {
        s.field = currentText(catField_);
        s.divideBy.clear();
        s.breaks.clear();
        s.categories = categories_;
    } else {
        s.field.clear();
        s.divideBy.clear();
        s.breaks.clear();
        s.categories.clear();
    }
    if (labels_->isChecked()) {
        render::LabelStyle label = original_.label.value_or(render::LabelStyle{});
        label.sizePt = labelSize_->value();
        s.label = label;
    } else {
        s.label.reset();
    }
    return s;
}

QString StyleDialog::checkInput() const {
    const auto type = static_cast<SymbolType>(type_->currentData().toInt());
    if (type == SymbolType::Graduated) {
        return graduated_->problem();
    } else if (type == SymbolType::Categorized) {
        if (catField_->currentIndex() < 0) {
            return tr("Choose a field for the categories.");
        }
        if (categories_.empty()) {
            return tr("The field has no values to classify.");
        }
    }
    return QString();
}

std::shared_ptr<const render::MapContent> StyleDialog::contentFor(
    const render::LayerStyle& style) const {
    render::MapStyle map;
    map.background = document_.style().background;
    map.layers.push_back(style);
    map.layers.back().visible = true;
    map.legend = map.scaleBar = map.northArrow = map.attribution = false;
    // Reuse what is loaded: the last candidate shares the document's layers, or holds them
    // with a field the document had not read.
    const render::MapContent* previous =
        candidate_ != nullptr ? candidate_.get() : document_.content().get();
    return std::make_shared<const render::MapContent>(document_.project(), std::move(map), previous,
                                                      document_.joins());
}

void StyleDialog::changed() {
    if (loading_) {
        return;
    }
    updateVisibility();
    problem_ = checkInput();
    if (problem_.isEmpty()) {
        try {
            candidate_ = contentFor(style());
        } catch (const Error& e) {
            problem_ = translatedError(e);
        } catch (const std::exception& e) {
            problem_ = tr("The style cannot be drawn: %1").arg(QString::fromUtf8(e.what()));
        }
    }
    // A remark that does not block OK: a field with more values than are listed.
    const bool cut = type_->currentData().toInt() == static_cast<int>(SymbolType::Categorized) &&
                     distinctValues_ > kMaxCategories;
    const QString note = cut ? tr("The field has %1 different values; the first %2 are listed.")
                                   .arg(distinctValues_)
                                   .arg(kMaxCategories)
                             : QString();
    message_->setText(problem_.isEmpty() ? note : problem_);
    message_->setStyleSheet(problem_.isEmpty() ? QString() : QStringLiteral("color: #b2182b;"));
    message_->setVisible(!message_->text().isEmpty());
    buttons_->button(QDialogButtonBox::Ok)->setEnabled(problem_.isEmpty());
    graduated_->showClasses(problem_.isEmpty() ? candidate_.get() : nullptr, language_);
    previewTimer_.start();
}

void StyleDialog::classifyCategories() {
    render::LayerStyle probe = style();
    probe.type = SymbolType::Categorized;
    probe.field = currentText(catField_);
    probe.categories.clear();
    std::vector<std::string> values;
    if (!probe.field.empty()) {
        try {
            const auto content = contentFor(probe);
            for (const geo::LayerData* layer : content->dataOf(0)) {
                if (const geo::AttributeColumn* column = layer->column(probe.field)) {
                    values.insert(values.end(), column->texts.begin(), column->texts.end());
                }
            }
        } catch (const Error&) {
            // changed() reports the error for the field.
        }
    }
    categories_ =
        qualitativeCategories(std::move(values), categories_, kMaxCategories, distinctValues_);
    categoryList_->showCategories(categories_, language_);
    changed();
}

void StyleDialog::renderPreview() {
    // Invalid input keeps the last valid preview, greyed out (a disabled label's pixmap).
    preview_->setEnabled(problem_.isEmpty());
    if (!problem_.isEmpty() || candidate_ == nullptr) {
        return;
    }
    QImage image(kPreviewSize, QImage::Format_ARGB32_Premultiplied);
    image.fill(render::Symbology::color(document_.style().background));
    const geo::Envelope extent = candidate_->extent();
    if (extent.valid) {
        QPainter painter(&image);
        const render::MapView view = render::MapView::fit(extent, QSizeF(kPreviewSize), 96.0, 0.04);
        const render::RenderOptions options{language_, /*labels=*/false, /*furniture=*/false};
        render::MapRenderer(*candidate_, *texts_).render(painter, view, options);
    }
    preview_->setPixmap(QPixmap::fromImage(image));
}

}  // namespace rrw::ui
