// The studio's languages: which one a setting means, the shipped zh_CN
// catalogue in use, and English (never a blank UI) when a catalogue is
// missing or damaged.
#include "CatchQt.hpp"

#include "core/QtCatalogueGaps.hpp"
#include "core/StudioPaths.hpp"
#include "core/Translations.hpp"
#include "core/UiSettings.hpp"

#include <QFile>
#include <QTemporaryDir>

using namespace shopcast;

TEST_CASE("translations: a setting resolves to a shipped language, an unknown one follows the system", "[core][i18n]")
{
    QString warning;
    CHECK(core::Translations::resolve(QStringLiteral("zh_CN"), QStringLiteral("en_US"), &warning) == QStringLiteral("zh_CN"));
    CHECK(core::Translations::resolve(QStringLiteral("en"), QStringLiteral("zh_CN"), &warning) == QStringLiteral("en"));
    CHECK(warning.isEmpty());
    CHECK(core::Translations::resolve({}, QStringLiteral("zh_CN"), &warning) == QStringLiteral("zh_CN"));
    CHECK(core::Translations::resolve({}, QStringLiteral("zh_TW"), &warning) == QStringLiteral("zh_CN"));
    CHECK(core::Translations::resolve({}, QStringLiteral("de_DE"), &warning) == QStringLiteral("en"));
    CHECK(warning.isEmpty());
    CHECK(core::Translations::resolve(QStringLiteral("klingon"), QStringLiteral("zh_CN"), &warning) == QStringLiteral("zh_CN"));
    CHECK(warning.contains(QStringLiteral("klingon")));
}

TEST_CASE("translations: the zh_CN catalogue speaks the merchants' words, and goes when the object goes", "[core][i18n]")
{
    {
        core::Translations translations;
        QString warning;
        REQUIRE(translations.install(QStringLiteral("zh_CN"), core::StudioPaths::translationsDir(), &warning));
        CHECK(translations.language() == QStringLiteral("zh_CN"));
        CHECK(QCoreApplication::translate("shopcast::app::ControlsDock", "Start Streaming") == QStringLiteral("开始推流"));
        CHECK(QCoreApplication::translate("shopcast::app::LineupDock", "Explain now 讲解") == QStringLiteral("立即讲解"));
        CHECK(QCoreApplication::translate("ChapterKinds", "Flash sale 秒杀") == QStringLiteral("秒杀"));
        CHECK(QCoreApplication::translate("shopcast::app::MainWindow", "&File") == QStringLiteral("文件(&F)"));
    }
    CHECK(QCoreApplication::translate("shopcast::app::ControlsDock", "Start Streaming") == QStringLiteral("Start Streaming"));
}

TEST_CASE("translations: what Qt's own zh_CN catalogue leaves in English (the file dialog's Folder) is Chinese", "[core][i18n]")
{
    core::Translations translations;
    QString warning;
    REQUIRE(translations.install(QStringLiteral("zh_CN"), core::StudioPaths::translationsDir(), &warning));
    const auto gaps = core::QtCatalogueGaps::entries();
    REQUIRE_FALSE(gaps.isEmpty());
    for (const auto &gap : gaps) {
        const QString shown = QCoreApplication::translate(gap.context, gap.text.source, gap.text.disambiguation);
        INFO(gap.context << " / " << gap.text.source << " -> " << shown.toStdString());
        CHECK(shown != QLatin1String(gap.text.source));
        CHECK_FALSE(shown.isEmpty());
    }
    // Asked exactly as Qt 6.4's file dialog asks for a folder's type.
    CHECK(QCoreApplication::translate("QAbstractFileIconProvider", "Folder", "All other platforms") == QStringLiteral("文件夹"));
    // Qt's own strings still come from Qt's catalogue.
    CHECK(QCoreApplication::translate("QFileDialog", "Folder") == QStringLiteral("文件夹"));
}

TEST_CASE("translations: a missing or damaged catalogue leaves English with a warning", "[core][i18n]")
{
    QTemporaryDir dir;
    core::Translations translations;
    QString warning;
    CHECK_FALSE(translations.install(QStringLiteral("zh_CN"), dir.path(), &warning));
    CHECK(warning.contains(QStringLiteral("English")));
    QFile broken(dir.filePath(QStringLiteral("shopcast_zh_CN.qm")));
    REQUIRE(broken.open(QIODevice::WriteOnly));
    broken.write(QByteArray("\x3c\xb8\x64\x18 not really a catalogue", 28));
    broken.close();
    warning.clear();
    CHECK_FALSE(translations.install(QStringLiteral("zh_CN"), dir.path(), &warning));
    CHECK_FALSE(warning.isEmpty());
    CHECK(translations.language() == QStringLiteral("en"));
    CHECK(QCoreApplication::translate("shopcast::app::ControlsDock", "Start Streaming") == QStringLiteral("Start Streaming"));
}

TEST_CASE("ui settings: round trip, and a broken file gives the defaults with a reason", "[core][i18n]")
{
    QTemporaryDir dir;
    const QString path = core::UiSettings::path(dir.path());
    QString error;
    CHECK(core::UiSettings::load(path, &error) == core::UiSettings{});
    CHECK(error.isEmpty());
    core::UiSettings s;
    s.language = QStringLiteral("zh_CN");
    s.theme = QStringLiteral("light");
    s.hotkeys.insert(QStringLiteral("show.nextProduct"), QStringLiteral("F8"));
    s.snapping = false;
    s.snapDistancePx = 20;
    REQUIRE(s.save(path, &error));
    CHECK(core::UiSettings::load(path, &error) == s);
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(R"({"snapping": {"enabled": true, "distancePx": 100000}})");
    f.close();
    CHECK(core::UiSettings::load(path, &error).snapDistancePx == core::UiSettings::kMaxSnapDistancePx); // a size budget
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    CHECK(core::UiSettings::load(path, &error) == core::UiSettings{});
    CHECK_FALSE(error.isEmpty());
}
