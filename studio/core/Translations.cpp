#include "Translations.hpp"

#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace shopcast::core {

Translations::Translations() = default;

// A QTranslator leaves the application's list when it is destroyed.
Translations::~Translations() = default;

QStringList Translations::available()
{
    return {QStringLiteral("en"), QStringLiteral("zh_CN")};
}

QString Translations::resolve(const QString &setting, const QString &systemLocale, QString *warning)
{
    if (available().contains(setting))
        return setting;
    if (!setting.isEmpty() && warning)
        *warning
            = tr("The language \"%1\" is not one this studio has (%2); it follows the system instead.").arg(setting, available().join(QStringLiteral(", ")));
    // zh_TW and zh_HK readers get Simplified Chinese rather than English.
    return systemLocale.startsWith(QLatin1String("zh")) ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

bool Translations::install(const QString &language, const QString &translationsDir, QString *warning)
{
    // A second install (the first-run wizard switching) replaces the first.
    m_studio.reset();
    m_qt.reset();
    m_keychain.reset();
    m_language = QStringLiteral("en");
    // QLocale() is what plugins' names and labels are picked by, and
    // numbers and dates are written in: the UI's language, not the system's.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    if (language == QLatin1String("en"))
        return true;
    auto studio = std::make_unique<QTranslator>();
    const QString file = QDir(translationsDir).filePath(QStringLiteral("shopcast_%1.qm").arg(language));
    // QTranslator::load checks the file's magic and structure: a truncated or
    // foreign file is refused here, not half-used.
    if (!studio->load(file) || studio->isEmpty()) {
        *warning = tr("The %1 translation (%2) is missing or damaged; the studio is in English.").arg(language, file);
        return false;
    }
    QCoreApplication::installTranslator(studio.get());
    m_studio = std::move(studio);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QLocale(language), QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    // The keyring library's own messages ("Unknown error") reach the host too.
    auto keychain = std::make_unique<QTranslator>();
    if (keychain->load(QLocale(language), QStringLiteral("qtkeychain"), QStringLiteral("_"), QStringLiteral("/usr/share/qt6keychain/translations"))) {
        QCoreApplication::installTranslator(keychain.get());
        m_keychain = std::move(keychain);
    }
    m_language = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace shopcast::core
