#pragma once

#include "SelfSignedCertificate.hpp"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace shopcast::test {

// A real nginx + libnginx-mod-rtmp ingest on free loopback ports, recording
// every stream to <recordDir>/<key>.flv. With TLS on, an nginx stream server
// terminates TLS in front of it (an RTMPS ingest) with a self-signed
// certificate for "localhost". Stopped on destruction.
class NginxRtmpServer
{
public:
    ~NginxRtmpServer();
    bool start(bool withTls, QString *error);
    void stop();
    // Starts again on the same ports after stop(): a server that comes back.
    bool resume(QString *error);

    quint16 rtmpPort() const { return m_rtmpPort; }
    quint16 rtmpsPort() const { return m_rtmpsPort; }
    QString recordDir() const;
    QString certificatePath() const;
    QString recordingOf(const QString &streamKey) const;
    QString url(const QString &streamKey) const;    // rtmp://127.0.0.1:port/live/key
    QString tlsUrl(const QString &streamKey) const; // rtmps://localhost:port/live/key

private:
    bool launch(QString *error);

    QTemporaryDir m_dir;
    bool m_withTls = false;
    SelfSignedCertificate m_certificate;
    QProcess m_process;
    quint16 m_rtmpPort = 0;
    quint16 m_rtmpsPort = 0;
};

} // namespace shopcast::test
