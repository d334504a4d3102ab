// The remote control as Settings sets it up: off by default, passwords
// generated into the secret store and kept across runs, the port opened
// and closed by the settings, a damaged settings file said and not fatal.
#include "CatchQt.hpp"
#include "SecretWait.hpp"

#include "assembly/RemoteControl.hpp"
#include "core/SecretStore.hpp"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUuid>

using shopcast::assembly::RemoteControl;
using shopcast::remote::RemoteServer;

namespace {

// Records what the studio is asked to open (no engine needed for the settings' logic).
struct Port
{
    std::optional<RemoteServer::Options> open;
    int starts = 0;
    bool refuse = false;
    RemoteControl::Start start()
    {
        return [this](const RemoteServer::Options &o, QString *error) {
            ++starts;
            if (refuse) {
                *error = QStringLiteral("port taken");
                return false;
            }
            open = o;
            return true;
        };
    }
    RemoteControl::Stop stop()
    {
        return [this] { open.reset(); };
    }
};

} // namespace

TEST_CASE("remote control settings: off by default, generated passwords kept in the secret store, the port follows the settings", "[remote][assembly]")
{
    QTemporaryDir dir;
    shopcast::core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), dir.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true);
    const QString file = dir.filePath(QStringLiteral("remote.json"));
    Port port;
    QString first;
    {
        RemoteControl remote(file, secrets, port.start(), port.stop());
        QSignalSpy changed(&remote, &RemoteControl::changed);
        remote.load();
        CHECK_FALSE(remote.settings().enabled);
        REQUIRE_EVENTUALLY(remote.passwordsReady(), 30'000);
        CHECK_FALSE(port.open); // off by default
        CHECK(remote.producerPassword().size() == 16);
        CHECK(remote.viewerPassword().size() == 16);
        CHECK(remote.producerPassword() != remote.viewerPassword());
        first = remote.producerPassword();
        // Stored for the next run.
        REQUIRE_EVENTUALLY(shopcast::test::readSecret(secrets, QLatin1String(RemoteControl::kProducerKey)) == first, 30'000);

        RemoteControl::Settings on;
        on.enabled = true;
        on.port = 4460;
        QString error;
        REQUIRE(remote.apply(on, &error));
        REQUIRE(port.open);
        CHECK(port.open->port == 4460);
        CHECK_FALSE(port.open->allowOtherDevices); // this machine only unless allowed
        CHECK(port.open->passwords.producer == first);
        CHECK(remote.isListening());
        CHECK(remote.consoleUrls() == QStringList{QStringLiteral("http://127.0.0.1:4460/")});

        // Allowing other devices reopens it on every address.
        on.allowOtherDevices = true;
        REQUIRE(remote.apply(on, &error));
        CHECK(port.open->allowOtherDevices);
        CHECK(remote.consoleUrls().last() == QStringLiteral("http://127.0.0.1:4460/"));

        // A port that cannot open: said, and the port stays closed.
        port.refuse = true;
        on.port = 4461;
        CHECK_FALSE(remote.apply(on, &error));
        CHECK(error == QStringLiteral("port taken"));
        CHECK_FALSE(remote.isListening());
        port.refuse = false;
    }
    // The next run: the same passwords, the settings as saved, the port opened at load.
    {
        RemoteControl remote(file, secrets, port.start(), port.stop());
        remote.load();
        CHECK(remote.settings().enabled);
        CHECK(remote.settings().port == 4461);
        REQUIRE_EVENTUALLY(remote.passwordsReady(), 30'000);
        CHECK(remote.producerPassword() == first);
        REQUIRE(port.open);
        CHECK(port.open->port == 4461);

        // New passwords: the port reopens with them (every client logs in again).
        remote.regeneratePasswords();
        CHECK(remote.producerPassword() != first);
        CHECK(port.open->passwords.producer == remote.producerPassword());
        RemoteControl::Settings off = remote.settings();
        off.enabled = false;
        QString error;
        REQUIRE(remote.apply(off, &error));
        CHECK_FALSE(port.open);
        CHECK_FALSE(remote.isListening());
    }
}

TEST_CASE("remote control settings: a damaged file is said and leaves the remote control off", "[remote][assembly]")
{
    QTemporaryDir dir;
    shopcast::core::SecretStore secrets(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), dir.filePath(QStringLiteral("secrets.ini")));
    secrets.setFileFallbackAllowed(true);
    const QString file = dir.filePath(QStringLiteral("remote.json"));
    QFile f(file);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("{\"enabled\": tru");
    f.close();
    Port port;
    RemoteControl remote(file, secrets, port.start(), port.stop());
    QSignalSpy messages(&remote, &RemoteControl::message);
    remote.load();
    REQUIRE(messages.count() == 1);
    CHECK(messages.at(0).at(0).toString().contains(QStringLiteral("remote.json")));
    CHECK(messages.at(0).at(1).toBool());
    REQUIRE_EVENTUALLY(remote.passwordsReady(), 30'000);
    CHECK_FALSE(port.open);
    CHECK(port.starts == 0);

    // Launch flags open a port for this run without the settings.
    RemoteServer::Options flags;
    flags.port = 4470;
    flags.passwords.producer = QStringLiteral("from the command line");
    RemoteControl withFlags(dir.filePath(QStringLiteral("other.json")), secrets, port.start(), port.stop());
    withFlags.load(flags);
    REQUIRE_EVENTUALLY(withFlags.passwordsReady(), 30'000);
    CHECK(withFlags.isListening());
    CHECK(withFlags.listeningPort() == 4470);
    CHECK(withFlags.producerPassword() == QStringLiteral("from the command line"));
    CHECK(withFlags.fromLaunchFlags());
    // OK on the settings page with nothing changed leaves the flags' port open.
    QString error;
    REQUIRE(withFlags.apply(withFlags.settings(), &error));
    CHECK(withFlags.isListening());
    CHECK(port.starts == 0);
}
