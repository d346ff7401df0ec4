#include "import_runner.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QProgressDialog>
#include <QThread>

#include <atomic>
#include <thread>

#include "core/error.h"
#include "core/feedback.h"
#include "map_document.h"
#include "store/indicator_import.h"
#include "store/layer_import.h"
#include "ui_text.h"

namespace rrw::ui {

ImportRunner::ImportRunner(MapDocument& document, QWidget* dialogParent)
    : QObject(dialogParent), document_(document), dialogParent_(dialogParent) {}

void ImportRunner::run(const QStringList& files) {
    for (const QString& file : files) {
        if (store::isIndicatorFile(file.toStdString())) {
            importIndicators(file);
            continue;
        }
        QProgressDialog progress(tr("Importing %1…").arg(file), tr("Cancel"), 0, 1000,
                                 dialogParent_);
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(300);
        std::atomic<double> fraction{0.0};
        Feedback feedback([&fraction](double p, const std::string&) { fraction.store(p); });
        std::atomic<bool> done{false};
        geo::ImportReport report;
        QString error;
        // The store's connection is used only by this worker until it finishes: the UI waits
        // in a local event loop (so it repaints and Cancel works) and touches no project data
        // (the document is busy: no external-change check either).
        document_.setBusy(true);
        std::thread worker([&] {
            try {
                report =
                    store::importFile(document_.project(), file.toStdString(), {}, {}, feedback);
            } catch (const Error& e) {
                error = e.kind() == Error::Kind::Canceled ? QString() : translatedError(e);
            } catch (const std::exception& e) {
                error = QString::fromUtf8(e.what());
            }
            done.store(true);
        });
        while (!done.load()) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            const double p = fraction.load();
            progress.setValue(p < 0 ? (progress.value() + 10) % 1000 : static_cast<int>(p * 1000));
            if (progress.wasCanceled()) {
                feedback.cancel();
            }
            QThread::msleep(10);
        }
        worker.join();
        document_.setBusy(false);
        progress.reset();
        if (!error.isEmpty()) {
            emit failed(file, error);
            continue;
        }
        if (feedback.isCanceled()) {
            continue;
        }
        const QString layer = QString::fromStdString(report.layer);
        document_.addLayer(layer);
        emit imported(layer, tr("%1: %2 features (%3 repaired, %4 rejected)")
                                 .arg(layer)
                                 .arg(report.features)
                                 .arg(report.repaired)
                                 .arg(report.rejected));
    }
}

void ImportRunner::importIndicators(const QString& file) {
    store::IndicatorImportResult result;
    try {
        store::Project& project = document_.project();
        project.write([&] { result = store::importIndicatorFile(project, file.toStdString()); });
    } catch (const Error& e) {
        emit failed(file, translatedError(e));
        return;
    }
    emit indicatorsImported(
        file, result.kind == "catalog"
                  ? tr("%1: %2 indicators added, %3 replaced")
                        .arg(file)
                        .arg(result.added)
                        .arg(result.replaced)
                  : tr("%1: %2 indicator values added, %3 replaced (%4 flagged synthetic)")
                        .arg(file)
                        .arg(result.added)
                        .arg(result.replaced)
                        .arg(result.synthetic));
}

}  // namespace rrw::ui
