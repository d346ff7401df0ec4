#include "identify_panel.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "geo/feature_attributes.h"
#include "language.h"
#include "map_document.h"
#include "render/map_content.h"
#include "ui_text.h"

namespace rrw::ui {

namespace {

const std::string* valueOf(const std::vector<std::pair<std::string, std::string>>& attributes,
                           const char* field) {
    for (const auto& [name, value] : attributes) {
        if (name == field) {
            return &value;
        }
    }
    return nullptr;
}

/// "Cheb / Eger": the official name, then the German and Czech names where they differ.
QString namesOf(const std::vector<std::pair<std::string, std::string>>& attributes) {
    QStringList names;
    for (const char* field : {"name", "name_de", "name_cs"}) {
        const std::string* value = valueOf(attributes, field);
        if (value != nullptr && !value->empty()) {
            const QString name = QString::fromStdString(*value);
            if (!names.contains(name)) {
                names << name;
            }
        }
    }
    return names.join(QStringLiteral(" / "));
}

}  // namespace

IdentifyPanel::IdentifyPanel(MapDocument& document, QWidget* parent)
    : QWidget(parent), document_(document), language_(Language::systemMapLanguage()) {
    tree_ = new QTreeWidget(this);
    tree_->setColumnCount(2);
    tree_->setUniformRowHeights(true);
    tree_->setAlternatingRowColors(true);
    tree_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    tree_->header()->setStretchLastSection(true);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tree_);
    connect(tree_, &QTreeWidget::currentItemChanged, this,
            [this](QTreeWidgetItem* current, QTreeWidgetItem* previous) {
                onCurrentItemChanged(current, previous);
            });
    connect(&document_, &MapDocument::opened, this, &IdentifyPanel::clear);
    retranslate();
}

IdentifyPanel::~IdentifyPanel() = default;

void IdentifyPanel::identify(QPointF world, double toleranceMetres) {
    results_.clear();
    notShown_ = 0;
    identified_ = true;
    const auto content = document_.isOpen() ? document_.content() : nullptr;
    if (content) {
        const auto hits = render::hitTest(*content, world.x(), world.y(), toleranceMetres);
        for (const auto& hit : hits) {
            if (results_.size() == maxResults) {
                notShown_ = hits.size() - maxResults;
                break;
            }
            Result result{hit, {}, {}, {}, {}, {}};
            if (const store::LayerInfo* info = content->info(hit.layer)) {
                result.titleDe = info->titleDe;
                result.titleCs = info->titleCs;
                result.titleEn = info->titleEn;
            }
            try {
                result.attributes =
                    geo::featureAttributes(document_.project().geoPackage(), hit.layer, hit.fid);
            } catch (const Error& e) {
                result.error = translatedError(e);
            }
            results_.push_back(std::move(result));
        }
    }
    rebuild();
}

void IdentifyPanel::languageChanged(rrw::render::MapLanguage language) {
    language_ = language;
    rebuild();
}

void IdentifyPanel::clear() {
    results_.clear();
    notShown_ = 0;
    identified_ = false;
    rebuild();
}

void IdentifyPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void IdentifyPanel::retranslate() {
    tree_->setHeaderLabels({tr("Field"), tr("Value")});
    rebuild();
}

QString IdentifyPanel::featureLabel(const Result& result) const {
    QString title = render::MapTexts::pick({language_.primary, false}, result.titleDe,
                                           result.titleCs, result.titleEn);
    if (title.isEmpty()) {
        title = QString::fromStdString(result.hit.layer);
    }
    QString name = namesOf(result.attributes);
    if (name.isEmpty()) {
        name = tr("Feature %1").arg(result.hit.fid);
    }
    return title + QStringLiteral(" \u2014 ") + name;
}

void IdentifyPanel::rebuild() {
    const QSignalBlocker blocker(tree_);
    tree_->clear();
    if (!identified_) {
        return;
    }
    if (results_.empty()) {
        auto* item = new QTreeWidgetItem(tree_, {tr("No feature here")});
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
        return;
    }
    for (const Result& result : results_) {
        auto* top = new QTreeWidgetItem(tree_, {featureLabel(result)});
        top->setFirstColumnSpanned(true);
        top->setData(0, LayerRole, QString::fromStdString(result.hit.layer));
        top->setData(0, FidRole, QVariant::fromValue<qint64>(result.hit.fid));
        top->setToolTip(0, tr("Layer %1, feature %2")
                               .arg(QString::fromStdString(result.hit.layer))
                               .arg(result.hit.fid));
        if (!result.error.isEmpty()) {
            auto* item = new QTreeWidgetItem(top, {result.error});
            item->setFirstColumnSpanned(true);
        }
        for (const auto& [field, value] : result.attributes) {
            auto* item = new QTreeWidgetItem(
                top, {QString::fromStdString(field), QString::fromStdString(value)});
            item->setToolTip(1, item->text(1));
        }
    }
    if (notShown_ > 0) {
        auto* item = new QTreeWidgetItem(
            tree_, {tr("More features not shown: %1").arg(static_cast<qulonglong>(notShown_))});
        item->setFlags(Qt::ItemIsEnabled);
        item->setFirstColumnSpanned(true);
    }
    tree_->topLevelItem(0)->setExpanded(true);
}

void IdentifyPanel::onCurrentItemChanged(QTreeWidgetItem* current, QTreeWidgetItem* previous) {
    const auto topOf = [](QTreeWidgetItem* item) {
        while (item != nullptr && item->parent() != nullptr) {
            item = item->parent();
        }
        return item;
    };
    current = topOf(current);
    // Moving between the attribute rows of one feature selects nothing new.
    if (current == nullptr || current == topOf(previous) ||
        !current->data(0, LayerRole).isValid()) {
        return;
    }
    emit featureSelected(current->data(0, LayerRole).toString(),
                         current->data(0, FidRole).toLongLong());
}

}  // namespace rrw::ui
