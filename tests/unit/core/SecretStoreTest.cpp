#include "CatchQt.hpp"
#include "SecretWait.hpp"

#include "core/SecretStore.hpp"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

#include <optional>

using shopcast::core::SecretStore;

namespace {
constexpr auto kOthers = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;

// A unique service name: on a desktop with a keyring the test must not
// touch the user's own entries.
QString service()
{
    return QStringLiteral("ShopCast test ") + QUuid::createUuid().toString();
}

} // namespace

TEST_CASE("secrets written can be read back and removed, every answer later", "[secrets]")
{
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    SecretStore store(service(), fallback);
    store.setFileFallbackAllowed(true); // as a user who chose the file when asked
    QString error;
    const bool written = shopcast::test::writeSecret(store, QStringLiteral("destination/a"), QStringLiteral("live_key_亚"), &error);
    INFO(error.toStdString());
    REQUIRE(written);
    const auto read = shopcast::test::readSecret(store, QStringLiteral("destination/a"));
    REQUIRE(read);
    CHECK(*read == QStringLiteral("live_key_亚"));
    if (QFileInfo::exists(fallback))
        CHECK((QFile::permissions(fallback) & kOthers) == 0); // no keyring here: owner-only
    store.removeLater(QStringLiteral("destination/a"));
    REQUIRE_EVENTUALLY(!shopcast::test::readSecret(store, QStringLiteral("destination/a")), 30'000);

    // Several keys in one ask, one of them never stored.
    REQUIRE(shopcast::test::writeSecret(store, QStringLiteral("destination/b"), QStringLiteral("kb"), &error));
    QObject receiver;
    QHash<QString, QString> found;
    bool answered = false;
    store.readLater({QStringLiteral("destination/b"), QStringLiteral("destination/none")}, &receiver,
                    [&](const QHash<QString, QString> &f, const QStringList &) {
                        found = f;
                        answered = true;
                    });
    CHECK_FALSE(answered); // never at once, even from the file: one path for callers
    REQUIRE_EVENTUALLY(answered, 30'000);
    CHECK(found.value(QStringLiteral("destination/b")) == QStringLiteral("kb"));
    CHECK_FALSE(found.contains(QStringLiteral("destination/none")));
}

TEST_CASE("without a keyring, the file is used only once the user chose it, and kept owner-only", "[secrets]")
{
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    SecretStore store(service(), fallback);
    QString error;
    if (shopcast::test::writeSecret(store, QStringLiteral("probe"), QStringLiteral("x"), &error)) {
        store.removeLater(QStringLiteral("probe"));
        WARN("this machine has a working keyring: the file fallback is not reached");
        return;
    }
    // Nothing was written anywhere, and the caller knows why.
    CHECK(store.keyringUnavailable());
    CHECK(error.contains(QStringLiteral("keyring")));
    CHECK_FALSE(QFileInfo::exists(fallback));
    // The user says yes: the key goes to the owner-only file.
    store.setFileFallbackAllowed(true);
    REQUIRE(shopcast::test::writeSecret(store, QStringLiteral("destination/a"), QStringLiteral("live_key"), &error));
    CHECK_FALSE(store.keyringUnavailable());
    CHECK((QFile::permissions(fallback) & kOthers) == 0);
    // The choice is kept with the file: a new store (the next start) uses it.
    SecretStore next(service(), fallback);
    REQUIRE(shopcast::test::writeSecret(next, QStringLiteral("destination/b"), QStringLiteral("kb"), &error)); // no need to ask again
    // Someone makes the file world-readable: the next open makes it 0600 again and says so.
    REQUIRE(QFile::setPermissions(fallback, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    const auto read = shopcast::test::readSecret(next, QStringLiteral("destination/a"));
    REQUIRE(read);
    CHECK(*read == QStringLiteral("live_key"));
    CHECK((QFile::permissions(fallback) & kOthers) == 0);
    CHECK(next.takeWarning().contains(QStringLiteral("0600")));
    CHECK(next.takeWarning().isEmpty()); // said once
}
