#pragma once

#include "StreamingService.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopcast::broadcast {

// The platforms a destination can be made from: the studio's own for the
// platforms that hand out a push address per show (抖音, 淘宝直播, 视频号,
// 快手), then libobs' rtmp-services services.json where it is installed
// (Twitch, YouTube, Bilibili, Kuaishou and the rest, with their servers and
// recommended limits). Only RTMP and RTMPS servers are listed: those are
// what the studio's outputs speak. "Custom" is not a service: it is the
// absence of one.
class ServiceCatalog
{
    Q_DECLARE_TR_FUNCTIONS(ServiceCatalog)
public:
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024;
    // The format versions read as written; another is read as far as its
    // fields match, with a message.
    static constexpr int kKnownFormatMin = 1;
    static constexpr int kKnownFormatMax = 5;

    // Where this libobs keeps it (Debian: /usr/share/obs/obs-plugins/rtmp-services/services.json).
    static QString defaultPath();
    // Never fails: a missing, oversized or broken file leaves the studio's
    // own platforms (and Custom), and problem() says what was wrong; also
    // for a file of another format version.
    static ServiceCatalog load(const QString &path);
    // The studio's own platforms alone.
    static ServiceCatalog builtIn();

    const QList<StreamingService> &services() const { return m_services; }
    // By name or a former name (as OBS matches a saved service).
    const StreamingService *find(const QString &name) const;
    int formatVersion() const { return m_formatVersion; }
    const QString &problem() const { return m_problem; }

private:
    QString m_problem;
    QList<StreamingService> m_services;
    int m_formatVersion = 0;
};

} // namespace shopcast::broadcast
