#pragma once

#include "CatchQt.hpp"

#include "core/SecretStore.hpp"

#include <QObject>

#include <optional>

namespace shopcast::test {

// The secret store answers later; a test may wait for the answer (the
// studio never does).
inline std::optional<QString> readSecret(core::SecretStore &secrets, const QString &key)
{
    QObject receiver;
    bool answered = false;
    std::optional<QString> secret;
    secrets.readLater({key}, &receiver, [&](const QHash<QString, QString> &found, const QStringList &) {
        if (found.contains(key))
            secret = found.value(key);
        answered = true;
    });
    REQUIRE_EVENTUALLY(answered, 30'000);
    return secret;
}

inline bool writeSecret(core::SecretStore &secrets, const QString &key, const QString &value, QString *error = nullptr)
{
    QObject receiver;
    std::optional<bool> ok;
    secrets.writeLater(key, value, &receiver, [&](bool stored, const QString &why) {
        ok = stored;
        if (error)
            *error = why;
    });
    REQUIRE_EVENTUALLY(ok.has_value(), 30'000);
    return *ok;
}

} // namespace shopcast::test
