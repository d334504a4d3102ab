#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <optional>

namespace shopcast::broadcast {

// When a signed push address stops working. Platforms that hand out a push
// URL per show (抖音, 快手, 淘宝直播, 视频号) sign it with their CDN's
// URL authentication, which carries the expiry in the query of the server
// address or of the stream key ("推流码"):
//   txTime     Tencent Cloud LVB (txSecret): Unix seconds in hex
//   volcTime   Volcano Engine / 火山引擎 (volcSecret): Unix seconds
//   auth_key   Alibaba Cloud ApsaraVideo Live: "<expiry>-<rand>-<uid>-<md5>"
//   wsTime     Wangsu / 网宿 (wsSecret): Unix seconds, hex or decimal
//   expire, expires   generic: Unix seconds
// Only a value that reads as a time between 2015 and 2100 counts, so a plain
// key never raises a false alarm.
class PushUrlExpiry
{
    Q_DECLARE_TR_FUNCTIONS(PushUrlExpiry)
public:
    QDateTime expiresUtc;
    QString parameter; // which one said so

    // The earliest expiry either part carries; nullopt when none does.
    static std::optional<PushUrlExpiry> read(const QString &server, const QString &streamKey);
    // "推流码 20:30 过期" as the host reads it (local time; the date too when not today).
    QString describe(const QDateTime &now) const;
};

} // namespace shopcast::broadcast
