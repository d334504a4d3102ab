#pragma once

#include "pluginapi/ReconnectingSource.hpp"

#include <QTimer>
#include <QWebSocket>

namespace shopcast::plugins {

// Bilibili live danmaku over WebSocket: sends the auth packet (room id, uid,
// token) on connect, a heartbeat every 30 s, decodes every binary frame with
// BilibiliCodec (several packets per frame, zlib and brotli bodies), and
// reconnects with backoff when the connection drops or goes silent. A refused
// auth is reported as an error with the server's code.
class BilibiliSource : public chat::ReconnectingSource
{
    Q_OBJECT
public:
    explicit BilibiliSource(QObject *parent = nullptr);

    QString pluginId() const override { return QStringLiteral("bilibili"); }
    // {"roomId": 123, "uid": 0, "key": "token from getDanmuInfo",
    //  "url": "wss://broadcastlv.chat.bilibili.com/sub", "heartbeatMs": 30000,
    //  "silentTimeoutMs": 70000, "reconnectFirstDelayMs": 1000}
    bool configure(const QJsonObject &settings, QString *error) override;

protected:
    void openConnection() override;
    void closeConnection() override;

private:
    void onConnected();
    void onBinary(const QByteArray &frame);

    QUrl m_url;
    qint64 m_roomId = 0;
    qint64 m_uid = 0;
    QString m_key;
    int m_heartbeatMs = 30'000;
    QWebSocket m_socket;
    QByteArray m_pending;
    QTimer m_heartbeat;
};

} // namespace shopcast::plugins
