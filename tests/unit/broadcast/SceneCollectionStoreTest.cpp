#include "CatchQt.hpp"

#include "broadcast/SceneCollectionStore.hpp"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace shopcast::broadcast;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}
void writeAll(const QString &path, const QByteArray &data)
{
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
}
} // namespace

TEST_CASE("save then load gives the same collection and keeps a backup", "[scenes][store]")
{
    QTemporaryDir dir;
    SceneCollectionStore store(dir.filePath(QStringLiteral("profile/scenes.json")));
    CHECK_FALSE(store.load().collection); // nothing yet, no message
    CHECK(store.load().message.isEmpty());

    const SceneCollection first = SceneCollection::demo(CanvasSpec{}, QStringLiteral("/r"));
    QString error;
    REQUIRE(store.save(first, &error));
    SceneCollection second = first;
    REQUIRE(second.setCurrentScene(QStringLiteral("Starting soon")));
    REQUIRE(store.save(second, &error));

    const auto loaded = store.load();
    REQUIRE(loaded.collection);
    CHECK(*loaded.collection == second);
    CHECK(loaded.message.isEmpty());
    // The backup holds the state before the last save.
    CHECK(SceneCollection::fromJson(readAll(store.backupPath()), &error) == first);
}

TEST_CASE("a corrupt file is kept aside and the previous copy is loaded", "[scenes][store]")
{
    QTemporaryDir dir;
    SceneCollectionStore store(dir.filePath(QStringLiteral("scenes.json")));
    const SceneCollection good = SceneCollection::demo(CanvasSpec{}, QStringLiteral("/r"));
    QString error;
    REQUIRE(store.save(good, &error));
    REQUIRE(store.save(good, &error)); // now scenes.json.bak exists too
    const QByteArray damaged("{\"version\":1,\"scenes\":[{\"name\":\"Main\",\"items\":[{\"source\":\"gone\"");
    writeAll(store.path(), damaged);

    const auto loaded = store.load();
    REQUIRE(loaded.collection);
    CHECK(*loaded.collection == good);
    CHECK(loaded.message.contains(QStringLiteral("could not be read")));
    CHECK(loaded.message.contains(QStringLiteral("previous copy was loaded")));
    // The damaged bytes are kept, byte for byte, for the user or for support.
    REQUIRE_FALSE(loaded.movedAsidePath.isEmpty());
    CHECK(readAll(loaded.movedAsidePath) == damaged);

    // Saving again must not turn the damaged file into the backup.
    REQUIRE(store.save(good, &error));
    CHECK(SceneCollection::fromJson(readAll(store.backupPath()), &error) == good);
}

TEST_CASE("a corrupt file with no backup says the demo is used and loses nothing", "[scenes][store]")
{
    QTemporaryDir dir;
    SceneCollectionStore store(dir.filePath(QStringLiteral("scenes.json")));
    writeAll(store.path(), QByteArray("\xff\xfe garbage", 10));
    const auto loaded = store.load();
    CHECK_FALSE(loaded.collection);
    CHECK(loaded.message.contains(QStringLiteral("demo scenes")));
    CHECK(readAll(loaded.movedAsidePath) == QByteArray("\xff\xfe garbage", 10));
}
