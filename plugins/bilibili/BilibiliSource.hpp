#pragma once

#include "pluginapi/DecodeWorker.hpp"
#include "pluginapi/ReconnectingSource.hpp"

#include <QTimer>
#include <QWebSocket>

#include <memory>

namespace shopcast::plugins {

// Bilibili live danmaku over WebSocket: sends the auth packet (room id, uid,
// token) on connect, a heartbeat every 30 s, decodes every binary frame with
// BilibiliCodec (several packets per frame, zlib and brotli bodies), and
// reconnects with backoff when the connection drops or goes silent. A refused
// auth is reported as an error with the server's code. Frames are decoded
// (inflated, parsed) on a worker thread in arrival order, so a frame that
// takes its whole 16 MiB budget to inflate never holds up the studio's window.
class BilibiliSource : public chat::ReconnectingSource
{
    Q_OBJECT
public:
    explicit BilibiliSource(QObject *parent = nullptr);
    ~BilibiliSource() override;

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
    void onDecoded(const QList<chat::ChatEvent> &events);

    QUrl m_url;
    qint64 m_roomId = 0;
    qint64 m_uid = 0;
    QString m_key;
    int m_heartbeatMs = 30'000;
    QWebSocket m_socket;
    QTimer m_heartbeat{this};
    // The decoder's side, only touched on m_decodeThread: the incomplete
    // packet a frame ended with.
    struct DecodeState
    {
        QByteArray pending;
    };
    std::shared_ptr<DecodeState> m_decodeState = std::make_shared<DecodeState>();
    chat::DecodeWorker m_decoder;
    int m_connection = 0; // counts connections: late results of an old one are dropped
};

} // namespace shopcast::plugins
