#pragma once

#include "pluginapi/DecodeWorker.hpp"
#include "pluginapi/ReconnectingSource.hpp"

#include <QSslCertificate>
#include <QSslSocket>

namespace shopcast::plugins {

// Twitch chat over IRC with TLS: IRCv3 tags and commands capabilities,
// anonymous read-only login (justinfan) or an OAuth token, PING/PONG,
// server-initiated RECONNECT, a silent connection probed with PING and
// dropped, and reconnection with backoff and jitter. Lines are parsed on the
// source's decode worker, not on the GUI thread. A refused login is an
// error with Twitch's reason, not a reconnect loop.
class TwitchIrcSource : public chat::ReconnectingSource
{
    Q_OBJECT
public:
    explicit TwitchIrcSource(QObject *parent = nullptr);

    QString pluginId() const override { return QStringLiteral("twitch"); }
    // {"channel": "shopcast", "oauth": "oauth:..." (optional), "nick": (with oauth),
    //  "host": "irc.chat.twitch.tv", "port": 6697, "caCertificate": PEM file (tests),
    //  "silentTimeoutMs": 360000, "reconnectFirstDelayMs": 1000}
    bool configure(const QJsonObject &settings, QString *error) override;

protected:
    void openConnection() override;
    void closeConnection() override;
    void onSilence() override;

private:
    void onEncrypted();
    void onReadyRead();
    void onDecoded(const QList<chat::ChatEvent> &events);
    void send(const QByteArray &line);

    QString m_channel, m_oauth, m_nick, m_host;
    quint16 m_port = 6697;
    QList<QSslCertificate> m_extraCa;
    qint64 m_silentTimeoutMs = 360'000;
    QSslSocket m_socket;
    QByteArray m_buffer;
    bool m_pingOutstanding = false;
    int m_connection = 0; // counts connections: late results of an old one are dropped
    chat::DecodeWorker m_decoder;
};

} // namespace shopcast::plugins
