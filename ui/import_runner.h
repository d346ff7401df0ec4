#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace rrw::ui {

class MapDocument;

/// Imports files dropped on the window, one after the other, on a worker thread, with a
/// progress dialog whose Cancel leaves the project as it was. New layers are added to the map.
class ImportRunner : public QObject {
    Q_OBJECT

public:
    ImportRunner(MapDocument& document, QWidget* dialogParent);
    /// Runs the imports; returns when all are done or canceled. Errors are shown to the user.
    void run(const QStringList& files);

signals:
    void imported(const QString& layer, const QString& summary);
    void failed(const QString& file, const QString& message);
    /// An indicator values or catalog file was stored (store::importIndicatorFile); `summary`
    /// is translated.
    void indicatorsImported(const QString& file, const QString& summary);

private:
    MapDocument& document_;
    /// Indicator tables are small: stored at once, in one transaction.
    void importIndicators(const QString& file);
    QWidget* dialogParent_;
};

}  // namespace rrw::ui
