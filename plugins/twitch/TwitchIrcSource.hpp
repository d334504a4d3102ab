#pragma once

#include "chat/CommentSource.hpp"
#include "chat/ReconnectPolicy.hpp"

#include <QSslCertificate>
#include <QSslSocket>
#include <QTimer>

namespace shopcast::plugins {

// Twitch chat over IRC with TLS: IRCv3 tags and commands capabilities,
// anonymous read-only login (justinfan) or an OAuth token, PING/PONG,
// server-initiated RECONNECT, a silent connection probed with PING and
// dropped, and reconnection with backoff and jitter. A refused login is an
// error with Twitch's reason, not a reconnect loop.
class TwitchIrcSource : public chat::CommentSource
{
    Q_OBJECT
public:
    explicit TwitchIrcSource(QObject *parent = nullptr);

    QString pluginId() const override { return QStringLiteral("twitch"); }
    // {"channel": "shopcast", "oauth": "oauth:..." (optional), "nick": (with oauth),
    //  "host": "irc.chat.twitch.tv", "port": 6697, "caCertificate": PEM file (tests),
    //  "silentTimeoutMs": 360000, "reconnectFirstDelayMs": 1000}
    bool configure(const QJsonObject &settings, QString *error) override;
    void start() override;
    void stop() override;

private:
    void connectNow();
    void onEncrypted();
    void onReadyRead();
    void onDisconnected();
    void scheduleReconnect(const QString &why);
    void handleLine(const QByteArray &line);
    void send(const QByteArray &line);
    void onSilence();

    QString m_channel, m_oauth, m_nick, m_host;
    quint16 m_port = 6697;
    QList<QSslCertificate> m_extraCa;
    qint64 m_silentTimeoutMs = 360'000;
    QSslSocket m_socket;
    QByteArray m_buffer;
    QTimer m_reconnectTimer;
    QTimer m_silenceTimer;
    bool m_pingOutstanding = false;
    bool m_running = false;
    bool m_fatal = false;
    std::unique_ptr<chat::ReconnectPolicy> m_policy;
};

} // namespace shopcast::plugins
