#include "class_list_widget.h"

#include "geo/csv_layout.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QSpinBox>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <functional>
#include <limits>

namespace rrw::ui {

namespace {
constexpr int kMinClasses = 2;
constexpr int kMaxClasses = 9;
}  // namespace

ClassListView::ClassListView(QWidget* parent) : QListWidget(parent) {
    setSelectionMode(QAbstractItemView::SingleSelection);
    setIconSize(QSize(16, 16));
    setUniformItemSizes(true);
    connect(this, &QListWidget::itemActivated, this, &ClassListView::editColor);
}

void ClassListView::setEntries(const std::vector<QColor>& colors, const QStringList& labels) {
    clear();
    for (std::size_t i = 0; i < colors.size() && i < static_cast<std::size_t>(labels.size()); ++i) {
        auto* item = new QListWidgetItem(swatchIcon(colors[i]), labels[static_cast<int>(i)], this);
        item->setData(Qt::UserRole, colors[i]);
    }
}

void ClassListView::showCategories(const std::vector<render::LayerStyle::Category>& categories,
                                   const render::MapLanguage& language) {
    std::vector<QColor> colors;
    QStringList labels;
    for (const auto& c : categories) {
        colors.push_back(render::Symbology::color(c.color));
        const QString value = QString::fromStdString(c.value);
        const QString label = render::MapTexts::pick(language, c.labelDe, c.labelCs, c.labelEn);
        labels << (label.isEmpty() || label == value ? value : tr("%1 – %2").arg(value, label));
    }
    setEntries(colors, labels);
}

void ClassListView::editColor(QListWidgetItem* item) {
    if (!editable_ || item == nullptr) {
        return;
    }
    const QColor chosen =
        QColorDialog::getColor(item->data(Qt::UserRole).value<QColor>(), this, item->text());
    if (!chosen.isValid()) {
        return;  // canceled
    }
    item->setData(Qt::UserRole, chosen);
    item->setIcon(swatchIcon(chosen));
    emit colorChanged(row(item), chosen);
}

ClassListWidget::ClassListWidget(QWidget* parent) : QWidget(parent) {
    form_ = new QFormLayout(this);
    form_->setContentsMargins(0, 0, 0, 0);
    field_ = named<QComboBox>("valueField");
    divideBy_ = named<QComboBox>("divideBy");
    method_ = named<QComboBox>("method");
    for (auto m : {render::ClassMethod::EqualInterval, render::ClassMethod::Quantiles,
                   render::ClassMethod::NaturalBreaks, render::ClassMethod::Manual}) {
        method_->addItem(QString(), static_cast<int>(m));
    }
    classes_ = named<QSpinBox>("classes");
    classes_->setRange(kMinClasses, kMaxClasses);
    limits_ = named<QLineEdit>("limits");
    ramp_ = named<QComboBox>("ramp");
    ramp_->setIconSize(QSize(64, 14));
    reverse_ = named<QCheckBox>("reverseRamp");
    allRamps_ = named<QCheckBox>("allRamps");
    list_ = named<ClassListView>("classList");
    list_->setMinimumHeight(120);
    for (QWidget* w :
         std::initializer_list<QWidget*>{field_, divideBy_, method_, classes_, limits_, ramp_}) {
        addRow(form_, w);
    }
    form_->addRow(QString(), hbox({reverse_, allRamps_}));
    addRow(form_, list_);
    divideBy_->addItem(QString(), QString());  // "(nothing)"

    const auto comboChanged = &QComboBox::currentIndexChanged;
    // Switching to manual starts from the limits just listed.
    connect(method_, comboChanged, this, [this] {
        if (!loading_ && manual() && limits_->text().trimmed().isEmpty() &&
            shownLimits_.size() > 2) {
            QStringList inner;
            for (std::size_t i = 1; i + 1 < shownLimits_.size(); ++i) {
                const double v = shownLimits_[i];
                inner << QString::number(v, 'f',
                                         std::fabs(v) >= 100  ? 0
                                         : std::fabs(v) >= 10 ? 1
                                                              : 2);
            }
            const QSignalBlocker block(limits_);
            limits_->setText(inner.join(QStringLiteral("; ")));
        }
    });
    for (QComboBox* c : {field_, divideBy_, method_}) {
        connect(c, comboChanged, this, &ClassListWidget::edited);
    }
    // A ramp the user picks replaces explicit class colours of the loaded style.
    connect(ramp_, comboChanged, this, [this] {
        rampTouched_ = rampTouched_ || !loading_;
        edited();
    });
    connect(reverse_, &QCheckBox::toggled, this, [this] {
        rampTouched_ = rampTouched_ || !loading_;
        fillRamps();  // icons in the new direction
        edited();
    });
    connect(allRamps_, &QCheckBox::toggled, this, [this] {
        const QString before = ramp_->currentData().toString();
        fillRamps();
        rampTouched_ = rampTouched_ || (!loading_ && ramp_->currentData().toString() != before);
        edited();
    });
    connect(classes_, &QSpinBox::valueChanged, this, &ClassListWidget::edited);
    connect(limits_, &QLineEdit::textChanged, this, &ClassListWidget::edited);
    retranslate();
    edited();
}

void ClassListWidget::setFields(const QStringList& numericFields) {
    const QScopedValueRollback<bool> loading(loading_, true);
    field_->clear();
    while (divideBy_->count() > 1) {
        divideBy_->removeItem(1);
    }
    for (const QString& name : numericFields) {
        field_->addItem(name, name);
        divideBy_->addItem(name, name);
    }
}

void ClassListWidget::load(const render::LayerStyle& style) {
    {
        const QScopedValueRollback<bool> loading(loading_, true);
        loaded_ = style;
        rampTouched_ = false;
        if (style.type == render::SymbolType::Graduated && !style.field.empty()) {
            selectData(field_, QString::fromStdString(style.field));
            selectData(divideBy_, QString::fromStdString(style.divideBy));
        }
        method_->setCurrentIndex(method_->findData(static_cast<int>(style.method)));
        classes_->setValue(style.classes);
        QStringList limits;
        for (double b : style.breaks) {
            limits << QString::number(b, 'g', 12);
        }
        limits_->setText(limits.join(QStringLiteral("; ")));
        reverse_->setChecked(style.reverseRamp);
        const render::ColorRamp* ramp = render::findRamp(style.ramp);
        allRamps_->setChecked(ramp != nullptr && (!ramp->colorblindSafe ||
                                                  ramp->kind == render::RampKind::Qualitative));
        fillRamps();
        selectData(ramp_, QString::fromStdString(ramp != nullptr ? ramp->id : style.ramp));
    }
    edited();
}

void ClassListWidget::apply(render::LayerStyle& style) const {
    style.field = field_->currentData().toString().toStdString();
    style.divideBy = divideBy_->currentData().toString().toStdString();
    style.method = static_cast<render::ClassMethod>(method_->currentData().toInt());
    style.classes = classes_->value();
    style.breaks.clear();
    if (manual() && parseLimits(style.breaks)) {
        style.classes = manualClasses(style.breaks);
    }
    style.ramp = ramp_->currentData().toString().toStdString();
    style.reverseRamp = reverse_->isChecked();
    if (rampTouched_) {
        style.colors.clear();
    }
}

QString ClassListWidget::problem() const {
    if (field_->currentIndex() < 0) {
        return tr("Choose a numeric field for the classes.");
    }
    if (manual()) {
        std::vector<double> limits;
        if (!parseLimits(limits)) {
            return tr(
                "Enter the class limits as numbers separated by semicolons, e.g. 10; 50; 100.");
        }
        const int classes = manualClasses(limits);
        if (limits.empty() || classes < kMinClasses || classes > kMaxClasses) {
            return tr("Enter between %1 and %2 inner class limits.")
                .arg(kMinClasses - 1)
                .arg(kMaxClasses - 1);
        }
        if (std::adjacent_find(limits.begin(), limits.end(), std::greater_equal<>()) !=
            limits.end()) {
            return tr("The class limits must be ascending.");
        }
    }
    if (ramp_->currentIndex() < 0) {
        return tr("Choose a colour ramp.");
    }
    return QString();
}

void ClassListWidget::showClasses(const render::MapContent* content,
                                  const render::MapLanguage& language) {
    shownLimits_.clear();
    if (content == nullptr ||
        content->style().layers.front().type != render::SymbolType::Graduated) {
        list_->setEntries({}, {});
        return;
    }
    const render::LayerStyle& s = content->style().layers.front();
    const std::vector<double>& limits = content->symbology(0).limits();
    // Features per class, so that empty classes (equal interval over skewed data) show.
    std::vector<int> counts(limits.size() > 1 ? limits.size() - 1 : 0, 0);
    for (const geo::LayerData* layer : content->dataOf(0)) {
        const geo::AttributeColumn* values = layer->column(s.field);
        const geo::AttributeColumn* divisor =
            s.divideBy.empty() ? nullptr : layer->column(s.divideBy);
        for (std::size_t f = 0; values != nullptr && f < layer->featureCount(); ++f) {
            double v = values->numbers[f];
            if (divisor != nullptr) {
                const double d = divisor->numbers[f];
                v = std::isfinite(d) && d != 0 ? v / d : std::numeric_limits<double>::quiet_NaN();
            }
            const int c = render::classOf(v, limits);
            if (c >= 0 && static_cast<std::size_t>(c) < counts.size()) {
                ++counts[static_cast<std::size_t>(c)];
            }
        }
    }
    QStringList labels;
    for (std::size_t c = 0; c < counts.size(); ++c) {
        labels << tr("%1 – %2  (features: %3)")
                      .arg(render::formatValue(limits[c], language),
                           render::formatValue(limits[c + 1], language),
                           QString::number(counts[c]));
    }
    list_->setEntries(content->symbology(0).classColors(), labels);
    shownLimits_ = limits;
}

void ClassListWidget::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ClassListWidget::retranslate() {
    setRowLabel(form_, field_, tr("Value field:"));
    setRowLabel(form_, divideBy_, tr("Divided by:"));
    divideBy_->setItemText(0, tr("(nothing)"));
    divideBy_->setToolTip(tr("For densities and rates, e.g. population divided by area_km2."));
    setRowLabel(form_, method_, tr("Method:"));
    method_->setItemText(0, tr("Equal interval"));
    method_->setItemText(1, tr("Quantiles (equal count)"));
    method_->setItemText(2, tr("Natural breaks (Jenks)"));
    method_->setItemText(3, tr("Manual"));
    setRowLabel(form_, classes_, tr("Classes:"));
    setRowLabel(form_, limits_, tr("Inner limits:"));
    limits_->setPlaceholderText(tr("e.g. 10; 50; 100"));
    setRowLabel(form_, ramp_, tr("Colour ramp:"));
    reverse_->setText(tr("Reverse"));
    allRamps_->setText(tr("Show all ramps"));
    allRamps_->setToolTip(tr("Also list ramps that are not safe for colour-blind readers."));
    setRowLabel(form_, list_, tr("Result:"));
    fillRamps();
}

void ClassListWidget::edited() {
    const bool isManual = manual();
    form_->setRowVisible(limits_, isManual);
    classes_->setEnabled(!isManual);
    std::vector<double> limits;
    if (isManual && parseLimits(limits) && !limits.empty()) {
        const QSignalBlocker block(classes_);
        classes_->setValue(manualClasses(limits));  // shown clamped; problem() checks the range
    }
    if (!loading_) {
        emit changed();
    }
}

void ClassListWidget::fillRamps() {
    const QString current = ramp_->currentData().toString();
    const QSignalBlocker block(ramp_);
    ramp_->clear();
    for (const render::ColorRamp& r : render::builtinRamps()) {
        const bool suitable = r.colorblindSafe && r.kind != render::RampKind::Qualitative;
        if (!suitable && !allRamps_->isChecked()) {
            continue;
        }
        const QString id = QString::fromStdString(r.id);
        ramp_->addItem(rampIcon(r, reverse_->isChecked()),
                       r.colorblindSafe ? id : tr("%1 (not colour-blind safe)").arg(id), id);
    }
    ramp_->setCurrentIndex(std::max(ramp_->findData(current), 0));
}

bool ClassListWidget::manual() const {
    return method_->currentData().toInt() == static_cast<int>(render::ClassMethod::Manual);
}

bool ClassListWidget::parseLimits(std::vector<double>& out) const {
    out.clear();
    for (QString part : limits_->text().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        part = part.trimmed();
        if (part.isEmpty()) {
            continue;
        }
        // The importer's number reader: decimal point or comma, finite values only.
        const std::optional<double> v = geo::parseCoordinate(part.toUtf8().constData());
        if (!v) {
            return false;
        }
        out.push_back(*v);
    }
    return true;
}

int ClassListWidget::manualClasses(const std::vector<double>& limits) const {
    // Inner limits; an unchanged list of all limits from the loaded style is kept as it is.
    const bool allLimits = loaded_.method == render::ClassMethod::Manual &&
                           limits == loaded_.breaks &&
                           loaded_.breaks.size() == static_cast<std::size_t>(loaded_.classes) + 1;
    return allLimits ? loaded_.classes : static_cast<int>(limits.size()) + 1;
}

std::vector<render::LayerStyle::Category> qualitativeCategories(
    std::vector<std::string> values, const std::vector<render::LayerStyle::Category>& previous,
    std::size_t max, std::size_t& distinct) {
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::erase(values, std::string());
    const auto number = [](const std::string& s, double& v) {
        char* end = nullptr;
        v = std::strtod(s.c_str(), &end);
        return end != s.c_str() && *end == '\0';
    };
    double ignored = 0;
    if (std::all_of(values.begin(), values.end(),
                    [&](const std::string& s) { return number(s, ignored); })) {
        std::sort(values.begin(), values.end(), [&](const std::string& a, const std::string& b) {
            double x = 0, y = 0;
            number(a, x);
            number(b, y);
            return x < y;
        });
    }
    distinct = values.size();
    values.resize(std::min(values.size(), max));
    const std::vector<render::Rgb>& palette = render::findRamp("Dark2")->schemes.back();
    std::vector<render::LayerStyle::Category> out;
    for (std::size_t i = 0; i < values.size(); ++i) {
        render::LayerStyle::Category c{values[i], render::toHex(palette[i % palette.size()]), "",
                                       "", ""};
        const auto old = std::find_if(previous.begin(), previous.end(),
                                      [&](const auto& p) { return p.value == c.value; });
        if (old != previous.end()) {
            c.labelDe = old->labelDe;
            c.labelCs = old->labelCs;
            c.labelEn = old->labelEn;
        }
        out.push_back(std::move(c));
    }
    return out;
}

QIcon swatchIcon(const QColor& color, QSize size) {
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const QRect box(0, 0, size.width() - 1, size.height() - 1);
    painter.setPen(QColor(60, 60, 60));
    painter.setBrush(color.isValid() ? color : QColor(Qt::white));
    painter.drawRect(box);
    if (!color.isValid()) {
        painter.drawLine(box.topLeft(), box.bottomRight());
    }
    return QIcon(pixmap);
}

QIcon rampIcon(const render::ColorRamp& ramp, bool reversed, QSize size) {
    const bool continuous = ramp.schemes.size() == 1 && ramp.schemes.front().size() > 12;
    std::vector<render::Rgb> colors = render::classColors(ramp, continuous ? 16 : 7);
    if (reversed) {
        colors = render::reversed(std::move(colors));
    }
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    const double step = static_cast<double>(size.width() - 1) / static_cast<double>(colors.size());
    for (std::size_t i = 0; i < colors.size(); ++i) {
        painter.fillRect(QRectF(step * static_cast<double>(i), 0, step + 0.5, size.height() - 1),
                         QColor(colors[i].r, colors[i].g, colors[i].b));
    }
    painter.setPen(QColor(90, 90, 90));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(QRect(0, 0, size.width() - 1, size.height() - 1));
    return QIcon(pixmap);
}

void addRow(QFormLayout* form, QWidget* field) {
    form->addRow(new QLabel, field);
}

void setRowLabel(QFormLayout* form, QWidget* field, const QString& text) {
    if (auto* label = qobject_cast<QLabel*>(form->labelForField(field))) {
        label->setText(text);
    }
}

QWidget* hbox(std::initializer_list<QWidget*> widgets) {
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QWidget* w : widgets) {
        layout->addWidget(w);
    }
    layout->addStretch(1);
    return row;
}

void selectData(QComboBox* combo, const QString& value) {
    int i = combo->findData(value);
    if (i < 0 && !value.isEmpty()) {
        combo->addItem(value, value);
        i = combo->count() - 1;
    }
    combo->setCurrentIndex(std::max(i, 0));
}

}  // namespace rrw::ui
