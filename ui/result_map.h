#pragma once

#include <QImage>
#include <QString>
#include <QWidget>

#include <functional>
#include <memory>

#include "render/map_content.h"
#include "render/map_language.h"
#include "render/map_view.h"

namespace rrw::ui {

/// A fixed map of analysis results beside the main map: a MapContent drawn whole (fitted to
/// its extent) with the renderer of rrw-cli render, optionally without furniture, and an
/// overlay the caller paints on top in the same view (e.g. supply flows). Small maps draw in
/// a few milliseconds, so it renders in the UI thread when its size or content changes.
class ResultMap : public QWidget {
    Q_OBJECT

public:
    using Overlay = std::function<void(QPainter&, const render::MapView&)>;

    ResultMap(std::shared_ptr<const render::MapTexts> texts, QWidget* parent = nullptr);

    /// Shows `content`; `furniture` draws title, legend, scale bar and attribution.
    void setContent(std::shared_ptr<const render::MapContent> content, bool furniture = true);
    void setOverlay(Overlay overlay);
    void setLanguage(const render::MapLanguage& language);
    /// No map: `message` in the middle instead.
    void clear(const QString& message);
    bool hasContent() const { return content_ != nullptr; }

    /// The map as drawn at the widget's size (for tests and screenshots).
    QImage image();

    QSize sizeHint() const override { return {480, 420}; }
    QSize minimumSizeHint() const override { return {200, 160}; }

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    std::shared_ptr<const render::MapTexts> texts_;
    std::shared_ptr<const render::MapContent> content_;
    bool furniture_ = true;
    Overlay overlay_;
    render::MapLanguage language_;
    QString message_;
    QImage image_;  ///< cached; null when it must be drawn again

    void invalidate();
    void draw();
};

}  // namespace rrw::ui
