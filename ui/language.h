#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include "render/map_language.h"

namespace rrw::ui {

/// The workbench language: installs the Qt Linguist catalog (UI texts and engine messages)
/// and Qt's own translations; every widget retranslates on the LanguageChange event, and the
/// map follows languageChanged(). Owned by the application object in main(); not a global.
class Language : public QObject {
    Q_OBJECT

public:
    explicit Language(QObject* parent = nullptr);
    /// "de", "cs", "en" or "de+cs" (German UI, bilingual map). Unknown codes mean English.
    void set(const QString& code);
    QString code() const { return code_; }
    render::MapLanguage mapLanguage() const;
    /// The system locale's language when it is German or Czech, else English.
    static QString systemDefault();
    /// The map language of the system locale (de, cs, else en), for panels until they are told
    /// the workbench language.
    static render::MapLanguage systemMapLanguage();

signals:
    void languageChanged(const QString& code);

private:
    QString code_;
    QTranslator app_;
    QTranslator qt_;
};

}  // namespace rrw::ui
