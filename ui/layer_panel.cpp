#include "layer_panel.h"

#include <QDropEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "map_document.h"
#include "render/map_language.h"

namespace rrw::ui {

namespace {
constexpr int kStyleIndexRole = Qt::UserRole + 1;
}

LayerPanel::LayerPanel(MapDocument& document, QWidget* parent)
    : QWidget(parent),
      document_(document),
      tree_(new QTreeWidget(this)),
      opacityLabel_(new QLabel(this)),
      opacity_(new QSlider(Qt::Horizontal, this)),
      styleButton_(new QPushButton(this)),
      zoomButton_(new QPushButton(this)) {
    tree_->setHeaderHidden(true);
    tree_->setRootIsDecorated(false);
    tree_->setDragDropMode(QAbstractItemView::InternalMove);
    tree_->setSelectionMode(QAbstractItemView::SingleSelection);
    tree_->viewport()->installEventFilter(this);
    opacity_->setRange(0, 100);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(styleButton_);
    buttons->addWidget(zoomButton_);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(tree_, 1);
    layout->addWidget(opacityLabel_);
    layout->addWidget(opacity_);
    layout->addLayout(buttons);
    retranslate();

    connect(&document_, &MapDocument::styleChanged, this, &LayerPanel::rebuild);
    connect(tree_, &QTreeWidget::itemChanged, this, &LayerPanel::onItemChanged);
    connect(tree_, &QTreeWidget::itemSelectionChanged, this, &LayerPanel::onSelectionChanged);
    connect(tree_, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        emit styleRequested(item->data(0, kStyleIndexRole).toInt());
    });
    connect(opacity_, &QSlider::sliderReleased, this, [this] {
        const int index = selectedStyleIndex();
        if (index >= 0) {
            document_.setLayerOpacity(index, opacity_->value() / 100.0);
        }
    });
    connect(styleButton_, &QPushButton::clicked, this, [this] {
        if (selectedStyleIndex() >= 0) {
            emit styleRequested(selectedStyleIndex());
        }
    });
    connect(zoomButton_, &QPushButton::clicked, this, [this] {
        if (selectedStyleIndex() >= 0) {
            emit zoomToLayerRequested(selectedStyleIndex());
        }
    });
    onSelectionChanged();
}

int LayerPanel::selectedStyleIndex() const {
    const auto items = tree_->selectedItems();
    return items.isEmpty() ? -1 : items.front()->data(0, kStyleIndexRole).toInt();
}

void LayerPanel::setLanguageCode(const QString& code) {
    languageCode_ = code;
    rebuild();
}

QString LayerPanel::titleOf(int styleIndex) const {
    const auto& ls = document_.style().layers.at(static_cast<std::size_t>(styleIndex));
    render::MapLanguage lang;
    render::MapLanguage::parse(languageCode_.toStdString(), lang);
    QString title = render::MapTexts::pick(lang, ls.titleDe, ls.titleCs, ls.titleEn);
    if (title.isEmpty()) {
        if (auto content = document_.content()) {
            if (const auto* info = content->info(ls.layers.front())) {
                title = render::MapTexts::pick(lang, info->titleDe, info->titleCs, info->titleEn);
            }
        }
    }
    return title.isEmpty() ? QString::fromStdString(ls.layers.front()) : title;
}

void LayerPanel::rebuild() {
    if (inItemChange_) {
        // The change comes from a check box of this tree (itemChanged → undo command →
        // styleChanged): clearing the tree now would delete the item Qt is still working on.
        QTimer::singleShot(0, this, &LayerPanel::rebuild);
        return;
    }
    const int selected = selectedStyleIndex();
    rebuilding_ = true;
    tree_->clear();
    const auto& layers = document_.style().layers;
    // Top of the list = drawn last (on top), as in every desktop GIS.
    for (int i = static_cast<int>(layers.size()) - 1; i >= 0; --i) {
        auto* item = new QTreeWidgetItem(tree_);
        item->setText(0, titleOf(i));
        item->setData(0, kStyleIndexRole, i);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable |
                       Qt::ItemIsDragEnabled);
        item->setCheckState(
            0, layers[static_cast<std::size_t>(i)].visible ? Qt::Checked : Qt::Unchecked);
        item->setToolTip(
            0, QString::fromStdString(layers[static_cast<std::size_t>(i)].layers.front()));
        if (i == selected) {
            item->setSelected(true);
        }
    }
    rebuilding_ = false;
    onSelectionChanged();
}

void LayerPanel::onItemChanged(QTreeWidgetItem* item) {
    if (rebuilding_) {
        return;
    }
    const int index = item->data(0, kStyleIndexRole).toInt();
    const bool visible = item->checkState(0) == Qt::Checked;
    if (document_.style().layers.at(static_cast<std::size_t>(index)).visible != visible) {
        inItemChange_ = true;
        document_.setLayerVisible(index, visible);
        inItemChange_ = false;
    }
}

bool LayerPanel::eventFilter(QObject* watched, QEvent* event) {
    if (watched == tree_->viewport() && event->type() == QEvent::Drop) {
        const int moved = selectedStyleIndex();
        QTimer::singleShot(0, this, [this, moved] {
            // After the drop the tree holds the new order; find where the moved row landed.
            const int count = tree_->topLevelItemCount();
            for (int row = 0; row < count; ++row) {
                if (tree_->topLevelItem(row)->data(0, kStyleIndexRole).toInt() == moved) {
                    document_.moveLayer(moved, count - 1 - row);
                    return;
                }
            }
        });
    }
    return QWidget::eventFilter(watched, event);
}

void LayerPanel::onSelectionChanged() {
    const int index = selectedStyleIndex();
    const bool any = index >= 0;
    opacity_->setEnabled(any);
    styleButton_->setEnabled(any);
    zoomButton_->setEnabled(any);
    if (any) {
        opacity_->setValue(static_cast<int>(
            document_.style().layers.at(static_cast<std::size_t>(index)).opacity * 100 + 0.5));
    }
}

void LayerPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void LayerPanel::retranslate() {
    opacityLabel_->setText(tr("Opacity"));
    styleButton_->setText(tr("Style…"));
    zoomButton_->setText(tr("Zoom to layer"));
}

}  // namespace rrw::ui
