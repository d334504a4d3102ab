#pragma once

#include "pluginapi/CommentSource.hpp"

#include <QElapsedTimer>
#include <QTimer>

namespace shopcast::plugins {

// Replays a recorded capture (Twitch IRC lines, Bilibili packets, bridge or
// studio chat-log JSON lines) as a live source: at the pace it was recorded
// (scaled by "speed"), or at a fixed "ratePerSecond" when the capture has no
// timestamps or the rate is asked for. For rehearsing a show and for tests.
class RehearsalSource : public chat::CommentSource
{
    Q_OBJECT
public:
    explicit RehearsalSource(QObject *parent = nullptr);

    QString pluginId() const override { return QStringLiteral("rehearsal"); }
    bool configure(const QJsonObject &settings, QString *error) override;
    void start() override;
    void stop() override;

    qsizetype eventCount() const { return m_events.size(); }

private:
    void tick();
    qint64 dueAtMs(qsizetype index) const;

    QList<chat::ChatEvent> m_events;
    double m_speed = 1.0;
    double m_ratePerSecond = 0;
    bool m_loop = false;
    qsizetype m_next = 0;
    // A replay's ids get its run and pass, or the hub would drop a second
    // rehearsal or a looped pass as duplicates.
    QString m_runTag;
    int m_pass = 0;
    QElapsedTimer m_clock;
    QTimer m_timer{this};
};

} // namespace shopcast::plugins
