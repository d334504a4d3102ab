#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace shopcast::core {

// The studio's languages and the translators that carry them: the studio's
// own catalogue (shopcast_<lang>.qm) and Qt's (standard buttons and dialogs).
// English is the source language and needs no file, so a missing or broken
// catalogue falls back to English with a warning, never to a blank UI.
class Translations
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
public:
    Translations();
    ~Translations();

    // The languages that ship: "en", "zh_CN".
    static QStringList available();
    // What a setting means on this system: "" (or an unknown value) follows
    // the system locale; a Chinese system gets zh_CN, any other English.
    static QString resolve(const QString &setting, const QString &systemLocale, QString *warning = nullptr);
    // Installs the translators for the language into the application.
    // False (with the warning) when its catalogue cannot be loaded.
    bool install(const QString &language, const QString &translationsDir, QString *warning);
    const QString &language() const { return m_language; }

private:
    QString m_language = QStringLiteral("en");
    std::unique_ptr<QTranslator> m_studio;
    std::unique_ptr<QTranslator> m_qt;
    std::unique_ptr<QTranslator> m_keychain;
};

} // namespace shopcast::core
