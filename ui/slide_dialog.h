#pragma once

#include <QDialog>

#include "store/slide_repository.h"

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace rrw::ui {

/// Edits the texts of one slide: German and Czech title (at least one) and notes. For a stored
/// slide it offers to replace its map with the current view; `overlayNote` says that the
/// scores shown over the map are not part of a slide. The caller turns slide() into an
/// undoable edit after accept().
class SlideDialog : public QDialog {
    Q_OBJECT

public:
    SlideDialog(const store::Slide& slide, bool overlayShown, QWidget* parent = nullptr);

    /// The slide with the texts of the controls (id, position, style and extent unchanged).
    store::Slide slide() const;
    /// True when the user asked for the current map view instead of the stored one.
    bool replaceView() const;
    void setReplaceView(bool replace);
    void setTexts(const QString& titleDe, const QString& titleCs, const QString& notesDe,
                  const QString& notesCs);

protected:
    void changeEvent(QEvent* event) override;

private:
    store::Slide original_;
    QLabel* titleDeLabel_;
    QLineEdit* titleDe_;
    QLabel* titleCsLabel_;
    QLineEdit* titleCs_;
    QLabel* notesDeLabel_;
    QPlainTextEdit* notesDe_;
    QLabel* notesCsLabel_;
    QPlainTextEdit* notesCs_;
    QCheckBox* replaceView_;
    QLabel* overlayNote_;
    QDialogButtonBox* buttons_;

    void retranslate();
    void updateOk();
};

}  // namespace rrw::ui
