#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <optional>

class QWidget;

namespace rrw::ui {

class MapDocument;

/// Offers the unsaved edits that a crashed session of the open project left in its recovery
/// file (DraftStore) and puts them back into their editors. Each editor registers a handler
/// for its kind of draft; modal editors (dialogs) are restored after the others, one after the
/// other. Restored edits are unsaved: the user reviews and saves them, and they are autosaved
/// again in this session's own file. Restore and Discard remove the old files; closing the
/// question keeps them for the next time.
class Recovery : public QObject {
    Q_OBJECT

public:
    enum class Answer { Ask, Restore, Discard, Later };
    Q_ENUM(Answer)
    /// Puts one draft back into its editor; returns a translated reason when it cannot.
    using Handler = std::function<std::optional<QString>(const nlohmann::json&)>;

    Recovery(MapDocument& document, QWidget* window);

    void addHandler(const QString& kind, bool modal, Handler handler);
    /// Answers every later offer without showing the question (tests, scripted runs). Without
    /// it, the environment variable RRW_RECOVERY (restore, discard or later) does the same.
    void setAnswer(Answer answer) { answer_ = answer; }
    void setLocale(const QLocale& locale) { locale_ = locale; }

    /// Looks for drafts left by crashed sessions of the open project and offers them; returns
    /// the answer (Later when there was nothing to offer).
    Answer offer();
    /// Drafts that could not be restored at the last offer (translated reasons).
    const QStringList& errors() const { return errors_; }
    /// Drafts put back into their editors at the last offer.
    int restored() const { return restored_; }

signals:
    /// offer() ended (also when there was nothing to offer).
    void finished(rrw::ui::Recovery::Answer answer);

private:
    struct Entry {
        bool modal = false;
        Handler handler;
    };
    MapDocument& document_;
    QWidget* window_;
    std::map<QString, Entry> handlers_;
    Answer answer_ = Answer::Ask;
    QLocale locale_;
    QStringList errors_;
    int restored_ = 0;

    Answer presetAnswer() const;
};

}  // namespace rrw::ui
