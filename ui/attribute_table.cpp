#include "attribute_table.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <charconv>
#include <cmath>
#include <limits>

#include "core/error.h"
#include "language.h"
#include "map_document.h"
#include "store/layer_catalog.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

double parseNumber(const std::string& text) {
    double value = std::numeric_limits<double>::quiet_NaN();
    // from_chars: never the C locale's decimal comma (QApplication sets the user's locale).
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size()) {
        return std::numeric_limits<double>::quiet_NaN();
    }
    return value;
}

}  // namespace

// --- AttributeTableModel ------------------------------------------------------------------

AttributeTableModel::AttributeTableModel(QObject* parent) : QAbstractTableModel(parent) {}

void AttributeTableModel::setTable(geo::AttributeTable table) {
    beginResetModel();
    table_ = std::move(table);
    numbers_.assign(table_.fields.size(), {});
    for (std::size_t c = 0; c < table_.fields.size(); ++c) {
        if (!table_.numeric[c]) {
            continue;
        }
        numbers_[c].reserve(table_.rows.size());
        for (const auto& row : table_.rows) {
            numbers_[c].push_back(parseNumber(row[c]));
        }
    }
    endResetModel();
}

int AttributeTableModel::columnOf(const QString& field) const {
    const std::string name = field.toStdString();
    for (std::size_t c = 0; c < table_.fields.size(); ++c) {
        if (table_.fields[c] == name) {
            return static_cast<int>(c);
        }
    }
    return -1;
}

int AttributeTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.rows.size());
}

int AttributeTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : static_cast<int>(table_.fields.size());
}

QVariant AttributeTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid()) {
        return {};
    }
    const auto r = static_cast<std::size_t>(index.row());
    const auto c = static_cast<std::size_t>(index.column());
    switch (role) {
        case Qt::DisplayRole:
        case Qt::ToolTipRole:
            return QString::fromStdString(table_.rows[r][c]);
        case Qt::EditRole:
        case SortRole:
            if (table_.numeric[c]) {
                const double v = numbers_[c][r];
                return std::isnan(v) ? QVariant() : QVariant(v);
            }
            return QString::fromStdString(table_.rows[r][c]);
        case Qt::TextAlignmentRole:
            return table_.numeric[c] ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
        case FidRole:
            return QVariant::fromValue<qint64>(table_.fids[r]);
        default:
            return {};
    }
}

QVariant AttributeTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (role != Qt::DisplayRole || section < 0) {
        return {};
    }
    const auto s = static_cast<std::size_t>(section);
    if (orientation == Qt::Horizontal) {
        return s < table_.fields.size() ? QVariant(QString::fromStdString(table_.fields[s]))
                                        : QVariant();
    }
    return s < table_.fids.size() ? QVariant::fromValue<qint64>(table_.fids[s]) : QVariant();
}

// --- AttributeTablePanel ------------------------------------------------------------------

AttributeTablePanel::AttributeTablePanel(MapDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), language_(Language::systemMapLanguage()) {
    layerLabel_ = new QLabel(this);
    layerCombo_ = new QComboBox(this);
    layerCombo_->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layerLabel_->setBuddy(layerCombo_);
    filter_ = new QLineEdit(this);
    filter_->setClearButtonEnabled(true);
    message_ = new QLabel(this);
    message_->setWordWrap(true);
    message_->hide();
    count_ = new QLabel(this);

    model_ = new AttributeTableModel(this);
    proxy_ = new QSortFilterProxyModel(this);
    proxy_->setSourceModel(model_);
    proxy_->setSortRole(AttributeTableModel::SortRole);
    proxy_->setSortLocaleAware(true);
    proxy_->setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy_->setFilterKeyColumn(-1);

    view_ = new QTableView(this);
    view_->setModel(proxy_);
    view_->setSelectionBehavior(QAbstractItemView::SelectRows);
    view_->setSelectionMode(QAbstractItemView::SingleSelection);
    view_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view_->setAlternatingRowColors(true);
    view_->setWordWrap(false);
    view_->horizontalHeader()->setSortIndicatorClearable(true);
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view_->setSortingEnabled(true);

    auto* top = new QHBoxLayout;
    top->addWidget(layerLabel_);
    top->addWidget(layerCombo_, 1);
    top->addWidget(filter_, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(message_);
    layout->addWidget(view_, 1);
    layout->addWidget(count_);

    connect(layerCombo_, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0) {
            loadTable(layerCombo_->itemData(index).toString());
        }
    });
    connect(filter_, &QLineEdit::textChanged, this, [this](const QString& text) {
        proxy_->setFilterFixedString(text);
        updateCount();
    });
    connect(view_->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { emitSelection(); });
    connect(&document_, &MapDocument::opened, this, [this] { refreshLayers(true); });
    connect(&document_, &MapDocument::styleChanged, this, [this] { refreshLayers(false); });

    retranslate();
    if (document_.isOpen()) {
        refreshLayers(true);
    }
}

AttributeTablePanel::~AttributeTablePanel() = default;

bool AttributeTablePanel::setLayer(const QString& layer) {
    const int index = layerCombo_->findData(layer);
    if (index < 0) {
        return false;
    }
    layerCombo_->setCurrentIndex(index);  // loads it unless it is shown already
    return true;
}

void AttributeTablePanel::setFilter(const QString& text) {
    filter_->setText(text);
}

void AttributeTablePanel::reload() {
    refreshLayers(true);
}

void AttributeTablePanel::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    fillCombo();
}

void AttributeTablePanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void AttributeTablePanel::retranslate() {
    layerLabel_->setText(tr("&Layer:"));
    filter_->setPlaceholderText(tr("Filter rows"));
    filter_->setToolTip(tr("Shows the rows that contain this text in any column"));
    updateCount();
}

void AttributeTablePanel::refreshLayers(bool force) {
    std::vector<LayerEntry> layers;
    if (document_.isOpen()) {
        try {
            for (const auto& info : store::listLayers(document_.project())) {
                layers.push_back(
                    {QString::fromStdString(info.name), info.titleDe, info.titleCs, info.titleEn});
            }
        } catch (const Error& e) {
            message_->setText(translatedError(e));
            message_->show();
            return;
        }
    }
    const bool sameNames =
        std::equal(layers.begin(), layers.end(), layers_.begin(), layers_.end(),
                   [](const LayerEntry& a, const LayerEntry& b) { return a.name == b.name; });
    if (sameNames && !force) {
        return;
    }
    layers_ = std::move(layers);
    const QString previous = layer_;
    fillCombo();  // signals blocked: loads nothing
    int index = layerCombo_->findData(previous);
    if (index < 0 && layerCombo_->count() > 0) {
        index = 0;
    }
    {
        const QSignalBlocker blocker(layerCombo_);
        layerCombo_->setCurrentIndex(index);
    }
    const QString shown = index >= 0 ? layerCombo_->itemData(index).toString() : QString();
    if (force || shown != layer_) {
        loadTable(shown);
    }
}

void AttributeTablePanel::fillCombo() {
    const QSignalBlocker blocker(layerCombo_);
    layerCombo_->clear();
    for (const LayerEntry& entry : layers_) {
        QString title = render::MapTexts::pick({language_.primary, false}, entry.titleDe,
                                               entry.titleCs, entry.titleEn);
        if (title.isEmpty()) {
            title = entry.name;
        }
        layerCombo_->addItem(title, entry.name);
        layerCombo_->setItemData(layerCombo_->count() - 1, entry.name, Qt::ToolTipRole);
    }
    layerCombo_->setCurrentIndex(layerCombo_->findData(layer_));
}

void AttributeTablePanel::loadTable(const QString& layer) {
    message_->hide();
    geo::AttributeTable table;
    if (!layer.isEmpty() && document_.isOpen()) {
        try {
            table = geo::readAttributeTable(document_.project().geoPackage(), layer.toStdString());
        } catch (const Error& e) {
            message_->setText(translatedError(e));
            message_->show();
        }
    }
    layer_ = layer;
    // A new layer starts in its stored order; the user sorts from there.
    view_->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    model_->setTable(std::move(table));
    view_->resizeColumnsToContents();
    updateCount();
}

void AttributeTablePanel::updateCount() {
    count_->setText(
        tr("Features: %1 of %2")
            .arg(QLocale().toString(proxy_->rowCount()), QLocale().toString(model_->rowCount())));
}

void AttributeTablePanel::emitSelection() {
    const QModelIndexList rows = view_->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return;
    }
    const QModelIndex source = proxy_->mapToSource(rows.first());
    emit featureSelected(layer_, model_->fidAt(source.row()));
}

}  // namespace rrw::ui
