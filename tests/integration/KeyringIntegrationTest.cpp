// The secret store and Start Streaming against a real Secret Service:
// gnome-keyring-daemon on a private D-Bus session bus (PrivateKeyring), the
// way a desktop user's stream keys are kept. Each case runs in its own
// process (catch_discover_tests), so the bus address is this test's alone.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"
#include "PrivateKeyring.hpp"
#include "SecretWait.hpp"

#include "actions/ActionRegistry.hpp"
#include "assembly/StudioCore.hpp"
#include "core/SecretStore.hpp"
#include "show/ShowSession.hpp"
#include "work/GuiThreadCheck.hpp"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

using namespace shopcast;

namespace {

assembly::EngineFactory fakeEngine(test::FakeEngine **made)
{
    return [made](const broadcast::BroadcastSettings &, QStringList *, QString *) {
        auto engine = std::make_unique<test::FakeEngine>();
        *made = engine.get();
        return std::unique_ptr<broadcast::BroadcastEngine>(std::move(engine));
    };
}

} // namespace

TEST_CASE("keyring: secrets go to a real gnome-keyring, never to the file, and every answer comes later", "[secrets][keyring]")
{
    test::PrivateKeyring keyring;
    QString error;
    const bool started = keyring.start(&error);
    INFO(error.toStdString());
    REQUIRE(started);
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    core::SecretStore store(QStringLiteral("ShopCast keyring test ") + QUuid::createUuid().toString(), fallback);
    // The file is not allowed: a write that succeeds went to the keyring.
    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    REQUIRE(test::writeSecret(store, QStringLiteral("destination/a"), QStringLiteral("live_key_亚"), &error));
    REQUIRE(test::writeSecret(store, QStringLiteral("destination/b"), QStringLiteral("kb"), &error));
    CHECK_FALSE(store.keyringUnavailable());
    CHECK_FALSE(QFileInfo::exists(fallback));
    CHECK(test::readSecret(store, QStringLiteral("destination/a")) == std::optional<QString>(QStringLiteral("live_key_亚")));

    // Several keys in one ask, one never stored: the answer comes later.
    QObject receiver;
    QHash<QString, QString> found;
    QStringList errors;
    bool answered = false;
    store.readLater({QStringLiteral("destination/a"), QStringLiteral("destination/b"), QStringLiteral("destination/none")}, &receiver,
                    [&](const QHash<QString, QString> &f, const QStringList &e) {
                        found = f;
                        errors = e;
                        answered = true;
                    });
    CHECK_FALSE(answered);
    REQUIRE_EVENTUALLY(answered, 30'000);
    CHECK(found.size() == 2);
    CHECK(found.value(QStringLiteral("destination/b")) == QStringLiteral("kb"));
    CHECK(errors.isEmpty()); // a key never stored is not an error

    // Removed from the keyring itself.
    store.removeLater(QStringLiteral("destination/a"));
    REQUIRE_EVENTUALLY(!test::readSecret(store, QStringLiteral("destination/a")), 30'000);
    CHECK(test::readSecret(store, QStringLiteral("destination/b")) == std::optional<QString>(QStringLiteral("kb")));
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits); // nothing on the GUI thread waited for the keyring
}

TEST_CASE("keyring: Start Streaming asks a real keyring for the key without waiting, and the output gets it", "[secrets][keyring][stream]")
{
    test::PrivateKeyring keyring;
    QString error;
    const bool started = keyring.start(&error);
    INFO(error.toStdString());
    REQUIRE(started);
    QTemporaryDir profile;
    assembly::StudioOptions options;
    options.profileDir = profile.path();
    options.resume = assembly::StudioOptions::Resume::Never;
    test::FakeEngine *engine = nullptr;
    auto studio = assembly::StudioCore::create(options, fakeEngine(&engine), &error);
    REQUIRE(studio);
    REQUIRE_EVENTUALLY(studio->isStartupFinished(), 10'000); // the demo catalog is read on a worker
    const broadcast::DestinationEntry douyin{QStringLiteral("keyring-test"), QStringLiteral("抖音主号"), QStringLiteral("rtmp://127.0.0.1:1935/live"), true};
    studio->settings().destinations = {douyin};
    REQUIRE(test::writeSecret(studio->secrets(), douyin.secretKey(), QStringLiteral("sk-from-the-keyring"), &error));
    CHECK_FALSE(studio->secrets().keyringUnavailable());

    const int waits = work::GuiThreadCheck::waitsOnGuiThread();
    const auto result = studio->show().actions().invoke(QStringLiteral("output.stream"), actions::Origin::Hotkey);
    REQUIRE(result.ok);
    // The action returned before the keyring answered: nothing started yet.
    CHECK_FALSE(engine->outputControl.calls.contains(QStringLiteral("startStreaming 1")));
    REQUIRE_EVENTUALLY(engine->outputControl.calls.contains(QStringLiteral("startStreaming 1")), 30'000);
    REQUIRE(engine->outputControl.streamedTo.size() == 1);
    CHECK(engine->outputControl.streamedTo.first().streamKey() == QStringLiteral("sk-from-the-keyring"));
    CHECK(engine->outputControl.streamedTo.first().name() == QStringLiteral("抖音主号"));
    CHECK(work::GuiThreadCheck::waitsOnGuiThread() == waits);
    studio->secrets().removeLater(douyin.secretKey());
    REQUIRE_EVENTUALLY(!test::readSecret(studio->secrets(), douyin.secretKey()), 30'000);
}
