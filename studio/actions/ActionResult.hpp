#pragma once

#include <QJsonObject>
#include <QString>

namespace shopcast::actions {

// What an invocation came to: done (with what it returns, if anything), or
// refused or failed with a reason a person can read.
struct ActionResult
{
    bool ok = false;
    QString error;
    QJsonObject data;

    static ActionResult done(QJsonObject data = {}) { return {true, {}, std::move(data)}; }
    static ActionResult failed(const QString &why) { return {false, why, {}}; }
};

} // namespace shopcast::actions
