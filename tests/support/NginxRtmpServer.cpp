#include "NginxRtmpServer.hpp"

#include "FreePort.hpp"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTcpSocket>
#include <QThread>

namespace shopcast::test {

namespace {

QString moduleFile(const QString &name)
{
    for (const char *dir : {"/usr/lib/nginx/modules", "/usr/share/nginx/modules"}) {
        const QString path = QDir(QString::fromLatin1(dir)).filePath(name);
        if (QFileInfo::exists(path))
            return path;
    }
    return {};
}

bool portOpen(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(200);
}

} // namespace

NginxRtmpServer::~NginxRtmpServer()
{
    stop();
}

QString NginxRtmpServer::recordDir() const
{
    return m_dir.filePath(QStringLiteral("rec"));
}

QString NginxRtmpServer::certificatePath() const
{
    return m_certificate.certificatePath();
}

QString NginxRtmpServer::recordingOf(const QString &streamKey) const
{
    return QDir(recordDir()).filePath(streamKey + QStringLiteral(".flv"));
}

QString NginxRtmpServer::url(const QString &streamKey) const
{
    return QStringLiteral("rtmp://127.0.0.1:%1/live/%2").arg(m_rtmpPort).arg(streamKey);
}

QString NginxRtmpServer::tlsUrl(const QString &streamKey) const
{
    return QStringLiteral("rtmps://localhost:%1/live/%2").arg(m_rtmpsPort).arg(streamKey);
}

bool NginxRtmpServer::start(bool withTls, QString *error)
{
    if (!m_dir.isValid()) {
        *error = QStringLiteral("no temporary directory");
        return false;
    }
    const QString rtmpModule = moduleFile(QStringLiteral("ngx_rtmp_module.so"));
    const QString streamModule = moduleFile(QStringLiteral("ngx_stream_module.so"));
    if (rtmpModule.isEmpty() || (withTls && streamModule.isEmpty())) {
        *error = QStringLiteral("nginx modules missing: install libnginx-mod-rtmp and libnginx-mod-stream");
        return false;
    }
    QDir().mkpath(recordDir());
    m_rtmpPort = freeLoopbackPort();
    QString conf = QStringLiteral("daemon off;\nmaster_process off;\npid %1/nginx.pid;\nerror_log %1/error.log info;\n"
                                  "load_module %2;\n%3"
                                  "events { worker_connections 64; }\n"
                                  "rtmp { server { listen 127.0.0.1:%4; chunk_size 4096;\n"
                                  "  application live { live on; record all; record_path %5; record_unique off; } } }\n")
                       .arg(m_dir.path(), rtmpModule, withTls ? QStringLiteral("load_module %1;\n").arg(streamModule) : QString())
                       .arg(m_rtmpPort)
                       .arg(recordDir());
    if (withTls) {
        if (!m_certificate.create(error))
            return false;
        m_rtmpsPort = freeLoopbackPort();
        conf += QStringLiteral("stream { server { listen 127.0.0.1:%1 ssl; listen [::1]:%1 ssl;\n"
                               "  ssl_certificate %2; ssl_certificate_key %3; proxy_pass 127.0.0.1:%4; } }\n")
                    .arg(m_rtmpsPort)
                    .arg(certificatePath(), m_certificate.keyPath())
                    .arg(m_rtmpPort);
    }
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(conf.toUtf8());
    file.close();
    m_withTls = withTls;
    return launch(error);
}

bool NginxRtmpServer::resume(QString *error)
{
    stop();
    return launch(error);
}

bool NginxRtmpServer::launch(QString *error)
{
    const bool withTls = m_withTls;
    QFile file(m_dir.filePath(QStringLiteral("nginx.conf")));
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(QStringLiteral("nginx"), {QStringLiteral("-p"), m_dir.path(), QStringLiteral("-e"), m_dir.filePath(QStringLiteral("error.log")),
                                              QStringLiteral("-c"), file.fileName()});
    if (!m_process.waitForStarted(5000)) {
        *error = QStringLiteral("nginx could not start: %1").arg(m_process.errorString());
        return false;
    }
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000) {
        if (portOpen(m_rtmpPort) && (!withTls || portOpen(m_rtmpsPort)))
            return true;
        if (m_process.state() != QProcess::Running)
            break;
        QThread::msleep(50);
    }
    QFile log(m_dir.filePath(QStringLiteral("error.log")));
    log.open(QIODevice::ReadOnly);
    *error = QStringLiteral("nginx did not come up: %1 %2").arg(QString::fromUtf8(m_process.readAll()), QString::fromUtf8(log.readAll()));
    stop();
    return false;
}

void NginxRtmpServer::stop()
{
    if (m_process.state() == QProcess::Running) {
        m_process.terminate(); // SIGTERM: nginx finishes the FLV files it is writing
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
}

} // namespace shopcast::test
