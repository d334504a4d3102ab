#include "CatchQt.hpp"

#include "core/SecretStore.hpp"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

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

TEST_CASE("secrets written can be read back and removed", "[secrets]")
{
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    SecretStore store(service(), fallback);
    store.setFileFallbackAllowed(true); // as a user who chose the file when asked
    QString error;
    const bool written = store.write(QStringLiteral("destination/a"), QStringLiteral("live_key_亚"), &error);
    INFO(error.toStdString());
    REQUIRE(written);
    const auto read = store.read(QStringLiteral("destination/a"), &error);
    REQUIRE(read);
    CHECK(*read == QStringLiteral("live_key_亚"));
    if (QFileInfo::exists(fallback))
        CHECK((QFile::permissions(fallback) & kOthers) == 0); // no keyring here: owner-only
    REQUIRE(store.remove(QStringLiteral("destination/a"), &error));
    CHECK_FALSE(store.read(QStringLiteral("destination/a"), &error));
}

TEST_CASE("without a keyring, the file is used only once the user chose it, and kept owner-only", "[secrets]")
{
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    SecretStore store(service(), fallback);
    QString error;
    if (store.write(QStringLiteral("probe"), QStringLiteral("x"), &error)) {
        store.remove(QStringLiteral("probe"));
        WARN("this machine has a working keyring: the file fallback is not reached");
        return;
    }
    // Nothing was written anywhere, and the caller knows why.
    CHECK(store.keyringUnavailable());
    CHECK(error.contains(QStringLiteral("keyring")));
    CHECK_FALSE(QFileInfo::exists(fallback));
    // The user says yes: the key goes to the owner-only file.
    store.setFileFallbackAllowed(true);
    REQUIRE(store.write(QStringLiteral("destination/a"), QStringLiteral("live_key"), &error));
    CHECK_FALSE(store.keyringUnavailable());
    CHECK((QFile::permissions(fallback) & kOthers) == 0);
    // The choice is kept with the file: a new store (the next start) uses it.
    SecretStore next(service(), fallback);
    CHECK(next.fileFallbackAllowed());
    // Someone makes the file world-readable: the next open makes it 0600 again and says so.
    REQUIRE(QFile::setPermissions(fallback, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther | QFile::ReadGroup));
    const auto read = next.read(QStringLiteral("destination/a"), &error);
    REQUIRE(read);
    CHECK(*read == QStringLiteral("live_key"));
    CHECK((QFile::permissions(fallback) & kOthers) == 0);
    CHECK(next.takeWarning().contains(QStringLiteral("0600")));
    CHECK(next.takeWarning().isEmpty()); // said once
}
