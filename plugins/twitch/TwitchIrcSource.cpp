#include "TwitchIrcSource.hpp"

#include "chat/IrcMessage.hpp"
#include "chat/TwitchIrcDecoder.hpp"

#include "pluginapi/PluginMetadata.hpp"

#include <QFile>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace shopcast::plugins {

using namespace shopcast::chat;

TwitchIrcSource::TwitchIrcSource(QObject *parent)
    : ReconnectingSource(parent)
{
    connect(&m_socket, &QSslSocket::encrypted, this, &TwitchIrcSource::onEncrypted);
    connect(&m_socket, &QSslSocket::readyRead, this, &TwitchIrcSource::onReadyRead);
    connect(&m_socket, &QSslSocket::disconnected, this, [this] { connectionLost(tr("disconnected")); });
    connect(&m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            connectionLost(m_socket.errorString());
    });
    connect(&m_socket, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
        // Never ignored: a wrong certificate means someone else is answering.
        if (!errors.isEmpty())
            connectionLost(tr("TLS: %1").arg(errors.first().errorString()));
    });
}

bool TwitchIrcSource::configure(const QJsonObject &settings, QString *error)
{
    m_channel = settings.value(QStringLiteral("channel")).toString().trimmed().toLower();
    if (m_channel.startsWith(QLatin1Char('#')))
        m_channel.remove(0, 1);
    if (m_channel.isEmpty() || m_channel.contains(QLatin1Char(' '))) {
        *error = tr("give the Twitch channel name (the part after twitch.tv/)");
        return false;
    }
    m_oauth = settings.value(QStringLiteral("oauth")).toString().trimmed();
    if (!m_oauth.isEmpty() && !m_oauth.startsWith(QLatin1String("oauth:")))
        m_oauth.prepend(QStringLiteral("oauth:"));
    m_nick = settings.value(QStringLiteral("nick")).toString().trimmed().toLower();
    if (!m_oauth.isEmpty() && m_nick.isEmpty()) {
        *error = tr("an OAuth login needs the account name (nick)");
        return false;
    }
    if (m_oauth.isEmpty())
        m_nick = QStringLiteral("justinfan%1").arg(QRandomGenerator::global()->bounded(10000, 99999)); // read-only
    // The defaults (server, port, timings) are in twitch.json, nowhere else.
    if (const QString missing = PluginMetadata::missingSettings(
            settings, {QStringLiteral("host"), QStringLiteral("port"), QStringLiteral("silentTimeoutMs"), QStringLiteral("reconnectFirstDelayMs")});
        !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    m_host = settings.value(QStringLiteral("host")).toString();
    m_port = quint16(settings.value(QStringLiteral("port")).toInt());
    m_extraCa.clear();
    if (settings.contains(QStringLiteral("caCertificate"))) {
        m_extraCa = QSslCertificate::fromPath(settings.value(QStringLiteral("caCertificate")).toString());
        if (m_extraCa.isEmpty()) {
            *error = tr("no certificate in %1").arg(settings.value(QStringLiteral("caCertificate")).toString());
            return false;
        }
    }
    m_silentTimeoutMs = qint64(settings.value(QStringLiteral("silentTimeoutMs")).toDouble());
    setReconnectTiming(qint64(settings.value(QStringLiteral("reconnectFirstDelayMs")).toDouble()), m_silentTimeoutMs);
    return true;
}

void TwitchIrcSource::openConnection()
{
    ++m_connection; // what the worker still decodes of the last one is dropped
    m_buffer.clear();
    m_pingOutstanding = false;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!m_extraCa.isEmpty())
        config.addCaCertificates(m_extraCa);
    m_socket.setSslConfiguration(config);
    setState(State::Connecting, tr("%1:%2").arg(m_host).arg(m_port));
    m_socket.abort();
    m_socket.connectToHostEncrypted(m_host, m_port);
}

void TwitchIrcSource::closeConnection()
{
    m_socket.abort();
}

void TwitchIrcSource::onEncrypted()
{
    send("CAP REQ :twitch.tv/tags twitch.tv/commands");
    if (!m_oauth.isEmpty())
        send("PASS " + m_oauth.toUtf8());
    send("NICK " + m_nick.toUtf8());
    send("JOIN #" + m_channel.toUtf8());
    activity();
}

void TwitchIrcSource::send(const QByteArray &line)
{
    m_socket.write(line + "\r\n");
}

void TwitchIrcSource::onReadyRead()
{
    m_buffer += m_socket.readAll();
    activity();
    m_pingOutstanding = false;
    // A line is at most IrcMessage::kMaxLineBytes: more than a few of them
    // without a line end is not IRC.
    if (m_buffer.size() > 8 * IrcMessage::kMaxLineBytes && !m_buffer.contains('\n')) {
        emit eventsReceived(
            {ChatEvent::error(QStringLiteral("twitch"), tr("over %1 KiB without a line end; connection reset").arg(8 * IrcMessage::kMaxLineBytes / 1024))});
        connectionLost(tr("no line end in %1 KiB").arg(8 * IrcMessage::kMaxLineBytes / 1024));
        closeConnection();
        return;
    }
    // Only the line split happens here; parsing runs on the decode worker.
    // The buffer is cut once at the end, not after every line: a read can
    // hold thousands of lines, and moving the rest up for each is quadratic.
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype end = 0; (end = m_buffer.indexOf('\n', start)) >= 0; start = end + 1) {
        QByteArray line = QByteArrayView(m_buffer).sliced(start, end - start).trimmed().toByteArray();
        if (!line.isEmpty())
            lines.append(std::move(line));
    }
    m_buffer.remove(0, start);
    if (lines.isEmpty())
        return;
    m_decoder.run(
        this,
        [lines = std::move(lines)] {
            QList<ChatEvent> events;
            events.reserve(lines.size());
            for (const QByteArray &line : lines)
                events.append(TwitchIrcDecoder::decodeLine(QString::fromUtf8(line)));
            return events;
        },
        [this, connection = m_connection](const QList<ChatEvent> &events) {
            if (connection == m_connection)
                onDecoded(events);
        });
}

void TwitchIrcSource::onDecoded(const QList<ChatEvent> &events)
{
    // What the connection acts on comes as events, in order with the chat.
    QList<ChatEvent> batch;
    for (const ChatEvent &e : events) {
        if (e.type != ChatEvent::Type::Event) {
            batch.append(e);
            continue;
        }
        const QString name = e.extra.value(QStringLiteral("event")).toString();
        const QString params = e.extra.value(QStringLiteral("params")).toString();
        if (name == QLatin1String("ping")) {
            send("PONG :" + params.toUtf8());
        } else if (name == QLatin1String("reconnect")) {
            // Twitch is about to restart this server: go at once, not after a backoff.
            if (!batch.isEmpty())
                emit eventsReceived(batch);
            reconnectSoon(tr("the server asked to reconnect"));
            return;
        } else if (name == QLatin1String("notice") && params.contains(QLatin1String("authentication failed"), Qt::CaseInsensitive)) {
            refuse(tr("Twitch refused the login: %1").arg(params.section(QLatin1Char(' '), 1)));
            return;
        } else if (name == QLatin1String("roomstate") || name == QLatin1String("366")) {
            connectionUp(QStringLiteral("#") + m_channel);
        }
    }
    if (!batch.isEmpty())
        emit eventsReceived(batch);
}

void TwitchIrcSource::onSilence()
{
    if (m_pingOutstanding) {
        ReconnectingSource::onSilence();
        return;
    }
    // Quiet chats are normal; a connection that does not answer a PING is not.
    m_pingOutstanding = true;
    send("PING :shopcast");
    keepWaiting(std::min<qint64>(m_silentTimeoutMs, 10'000));
}

} // namespace shopcast::plugins
