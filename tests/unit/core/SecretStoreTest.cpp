#include "CatchQt.hpp"

#include "core/SecretStore.hpp"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUuid>

using shopcast::core::SecretStore;

TEST_CASE("secrets written can be read back and removed", "[secrets]")
{
    QTemporaryDir dir;
    const QString fallback = dir.filePath(QStringLiteral("secrets.ini"));
    // A unique service name: on a desktop with a keyring the test must not
    // touch the user's own entries.
    SecretStore store(QStringLiteral("ShopCast test ") + QUuid::createUuid().toString(), fallback);
    QString error;
    const bool written = store.write(QStringLiteral("destination/a"), QStringLiteral("live_key_亚"), &error);
    INFO(error.toStdString());
    REQUIRE(written);
    const auto read = store.read(QStringLiteral("destination/a"), &error);
    REQUIRE(read);
    CHECK(*read == QStringLiteral("live_key_亚"));
    if (QFileInfo::exists(fallback)) {
        // No keyring here: the fallback must be readable by the owner only.
        const auto others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
        CHECK((QFile::permissions(fallback) & others) == 0);
    }
    REQUIRE(store.remove(QStringLiteral("destination/a"), &error));
    CHECK_FALSE(store.read(QStringLiteral("destination/a"), &error));
}
