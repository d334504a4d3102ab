#pragma once

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <functional>

namespace shopcast::bench {

// A capture the rehearsal source replays (bridge protocol, one JSON comment a
// line): count comments from 3,000 viewers, each comment's text from text(i).
inline bool writeCommentCapture(const QString &path, int count, const std::function<QString(int)> &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    for (int i = 0; i < count; ++i)
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("platform"), QStringLiteral("bench")},
                                          {QStringLiteral("id"), QString::number(i)},
                                          {QStringLiteral("userId"), QString::number(i % 3000)},
                                          {QStringLiteral("userName"), QStringLiteral("观众%1").arg(i % 3000)},
                                          {QStringLiteral("text"), text(i)}})
                    .toJson(QJsonDocument::Compact)
                + '\n');
    return true;
}

} // namespace shopcast::bench
