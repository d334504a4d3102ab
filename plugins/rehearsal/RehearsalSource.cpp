#include "RehearsalSource.hpp"

#include "chat/BilibiliCodec.hpp"
#include "chat/BridgeCodec.hpp"
#include "chat/TwitchIrcDecoder.hpp"

#include "pluginapi/PluginMetadata.hpp"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>

namespace shopcast::plugins {

using namespace shopcast::chat;

RehearsalSource::RehearsalSource(QObject *parent)
    : CommentSource(parent)
{
    m_timer.setInterval(10);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &RehearsalSource::tick);
}

bool RehearsalSource::configure(const QJsonObject &settings, QString *error)
{
    const QString path = settings.value(QStringLiteral("file")).toString();
    const QString protocol = settings.value(QStringLiteral("protocol")).toString();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read the capture %1: %2").arg(path, file.errorString());
        return false;
    }
    // The defaults are in rehearsal.json, nowhere else.
    if (const QString missing = PluginMetadata::missingSettings(
            settings, {QStringLiteral("protocol"), QStringLiteral("speed"), QStringLiteral("ratePerSecond"), QStringLiteral("loop")});
        !missing.isEmpty()) {
        *error = missing;
        return false;
    }
    m_speed = settings.value(QStringLiteral("speed")).toDouble();
    m_ratePerSecond = settings.value(QStringLiteral("ratePerSecond")).toDouble();
    m_loop = settings.value(QStringLiteral("loop")).toBool();
    if (m_speed <= 0 && m_ratePerSecond <= 0) {
        *error = tr("give a positive speed or ratePerSecond");
        return false;
    }
    m_events.clear();
    const QByteArray bytes = file.readAll();
    if (protocol == QLatin1String("bilibili")) {
        m_events = BilibiliCodec::decode(bytes);
    } else if (protocol == QLatin1String("twitch-irc") || protocol == QLatin1String("bridge")) {
        for (QByteArray line : bytes.split('\n')) {
            line = line.trimmed();
            if (line.isEmpty())
                continue;
            m_events.append(protocol == QLatin1String("bridge") ? BridgeCodec::decode(line) : TwitchIrcDecoder::decodeLine(QString::fromUtf8(line)));
        }
    } else {
        *error = tr("unknown protocol '%1': use twitch-irc, bilibili or bridge").arg(protocol);
        return false;
    }
    // Connection chatter (PING, auth replies) is not part of a rehearsal.
    m_events.removeIf([](const ChatEvent &e) {
        return e.type == ChatEvent::Type::Event && e.extra.value(QStringLiteral("event")).toString() != QLatin1String("popularity");
    });
    if (m_events.isEmpty()) {
        *error = tr("the capture %1 holds no comments").arg(QFileInfo(path).fileName());
        return false;
    }
    return true;
}

qint64 RehearsalSource::dueAtMs(qsizetype index) const
{
    if (m_ratePerSecond > 0 || m_events.first().sentAtMs <= 0)
        return qint64(double(index) * 1000.0 / (m_ratePerSecond > 0 ? m_ratePerSecond : 10.0));
    const qint64 offset = std::max<qint64>(0, m_events.at(index).sentAtMs - m_events.first().sentAtMs);
    return qint64(double(offset) / m_speed);
}

void RehearsalSource::start()
{
    m_next = 0;
    m_pass = 0;
    // The studio remembers the last 100,000 comment ids and drops a repeat:
    // a second rehearsal of the same capture (a new source each start) would
    // show nothing. Each replay is a run of its own, tagged by when it began.
    m_runTag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    m_clock.start();
    setState(State::Live, tr("%n comment(s) to replay", nullptr, int(m_events.size())));
    m_timer.start();
}

void RehearsalSource::stop()
{
    m_timer.stop();
    setState(State::Idle);
}

void RehearsalSource::tick()
{
    const qint64 now = m_clock.elapsed();
    QList<ChatEvent> batch;
    const QString run = m_pass > 0 ? QStringLiteral("#%1.%2").arg(m_runTag).arg(m_pass) : QStringLiteral("#%1").arg(m_runTag);
    while (m_next < m_events.size() && dueAtMs(m_next) <= now) {
        ChatEvent e = m_events.at(m_next++);
        if (!e.id.isEmpty())
            e.id += run;
        // Orders are told apart by their order id: a new run or pass sells again.
        if (e.type == ChatEvent::Type::Order || e.type == ChatEvent::Type::Refund) {
            if (const QString orderId = e.extra.value(QStringLiteral("orderId")).toString(); !orderId.isEmpty())
                e.extra.insert(QStringLiteral("orderId"), orderId + run);
        }
        batch.append(std::move(e));
    }
    if (!batch.isEmpty())
        emit eventsReceived(batch);
    if (m_next >= m_events.size()) {
        if (m_loop) {
            m_next = 0;
            ++m_pass;
            m_clock.restart();
        } else {
            m_timer.stop();
            setState(State::Idle, tr("replay finished"));
        }
    }
}

} // namespace shopcast::plugins
