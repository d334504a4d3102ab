// The OBS import against the real libobs: the kinds the importer brings over
// are exactly the inputs the studio's libobs modules register, and a
// collection OBS 29 wrote, imported, builds in the engine and draws.
#include "CatchQt.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneCollectionImport.hpp"
#include "broadcast/SceneEditor.hpp"

#include <obs.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace shopcast;

TEST_CASE("OBS import: the kinds brought over are the inputs this libobs registers, and OBS's collection builds and draws", "[integration][obs-import]")
{
    QTemporaryDir dir;
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions({1920, 1080, 30}, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);

    QSet<QString> registered;
    const char *id = nullptr;
    for (size_t i = 0; obs_enum_input_types(i, &id); ++i)
        registered.insert(QString::fromUtf8(id));          // old versions too (color_source before _v3): old files name them
    registered.remove(QStringLiteral("audio_line"));       // libobs' own (obs.c), never in a collection
    registered.remove(QStringLiteral("shopcast_overlay")); // the studio's own, never in an OBS file
    INFO("libobs: " << QStringList(registered.cbegin(), registered.cend()).join(QLatin1Char(' ')).toStdString());
    QSet<QString> expected = broadcast::SceneCollectionImport::studioInputKinds();
    // linux-capture registers window capture only under a window manager with EWMH (not bare Xvfb).
    if (!registered.contains(QStringLiteral("xcomposite_input")))
        expected.remove(QStringLiteral("xcomposite_input"));
    CHECK(registered == expected);

    const auto result = broadcast::SceneCollectionImport::fromFile(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"), registered, &error);
    REQUIRE(result);
    REQUIRE(engine->scenes().loadCollection(result->collection, &error));
    CHECK(engine->scenes().collection().currentScene() == QStringLiteral("主画面"));
    // The background colour OBS had (0xFF333333 ABGR-ish) fills the top-left corner of the program.
    QImage frame;
    QObject receiver;
    engine->program().grabFrame(5, &receiver, [&frame](const QImage &f) { frame = f; });
    REQUIRE_EVENTUALLY(!frame.isNull(), 30'000);
    const QColor corner = frame.pixelColor(1800, 1000);
    INFO(corner.name().toStdString());
    CHECK(std::abs(corner.red() - 0x33) <= 8);
    CHECK(std::abs(corner.green() - 0x33) <= 8);
    CHECK(std::abs(corner.blue() - 0x33) <= 8);
}

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
Run cli(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(SHOPCAST_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

TEST_CASE("shopcast-cli scenes import-obs writes the studio's collection and prints what did not come over, bad files are refused",
          "[integration][cli][obs-import]")
{
    QTemporaryDir dir;
    const QString obsFile = dir.filePath(QStringLiteral("直播间.json"));
    REQUIRE(QFile::copy(QStringLiteral(SHOPCAST_FIXTURES "/obs/直播间-obs29.json"), obsFile));
    const QByteArray before = [&] {
        QFile f(obsFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const QString out = dir.filePath(QStringLiteral("profile/scenes.json"));
    Run run = cli({QStringLiteral("scenes"), QStringLiteral("import-obs"), obsFile, QStringLiteral("--out"), out});
    INFO(run.err.toStdString());
    REQUIRE(run.exitCode == 0);
    CHECK(run.out.contains(QStringLiteral("3")));
    CHECK(run.out.contains(QStringLiteral("网页 (browser_source)")));
    CHECK(run.out.contains(QStringLiteral("/tmp/shopcast-obs-fixture/bgm.mp3")));
    QString error;
    QFile written(out);
    REQUIRE(written.open(QIODevice::ReadOnly));
    const auto collection = broadcast::SceneCollection::fromJson(written.readAll(), &error);
    REQUIRE(collection);
    CHECK(collection->scenes().size() == 3);
    QFile again(obsFile);
    REQUIRE(again.open(QIODevice::ReadOnly));
    CHECK(again.readAll() == before); // the OBS file untouched

    // Again to the same --out: refused without --force; the OBS file as --out: refused.
    CHECK(cli({QStringLiteral("scenes"), QStringLiteral("import-obs"), obsFile, QStringLiteral("--out"), out}).exitCode == 2);
    CHECK(cli({QStringLiteral("scenes"), QStringLiteral("import-obs"), obsFile, QStringLiteral("--out"), obsFile}).exitCode == 2);
    // A truncated file: refused with the reason, nothing written.
    const QString cut = dir.filePath(QStringLiteral("cut.json"));
    QFile truncated(cut);
    REQUIRE(truncated.open(QIODevice::WriteOnly));
    truncated.write(before.left(before.size() / 2));
    truncated.close();
    const QString cutOut = dir.filePath(QStringLiteral("cut-out.json"));
    run = cli({QStringLiteral("scenes"), QStringLiteral("import-obs"), cut, QStringLiteral("--out"), cutOut});
    CHECK(run.exitCode == 1);
    CHECK(run.err.contains(QStringLiteral("cut short")));
    CHECK_FALSE(QFileInfo::exists(cutOut));

    // list-obs: the collections in an OBS config folder.
    QDir().mkpath(dir.filePath(QStringLiteral("obs-config/basic/scenes")));
    REQUIRE(QFile::copy(obsFile, dir.filePath(QStringLiteral("obs-config/basic/scenes/直播间.json"))));
    run = cli({QStringLiteral("scenes"), QStringLiteral("list-obs"), QStringLiteral("--obs-config"), dir.filePath(QStringLiteral("obs-config"))});
    CHECK(run.exitCode == 0);
    CHECK(run.out.startsWith(QStringLiteral("直播间\t")));
}
