#pragma once

#include "core/MonotonicClock.hpp"
#include "show/ShowTimeline.hpp"

#include <QList>
#include <QString>

#include <memory>

namespace shopcast::storage {
class Database;
}

namespace shopcast::test {

// Writes a past show into a studio database the way the studio does (the
// real ShowTimeline through the storage writer), plus chat and moderation
// log rows at chosen show times: the replay tests and benchmark read it back.
class ShowBuilder
{
public:
    ShowBuilder(storage::Database &db, const QString &title);
    ~ShowBuilder();

    // Events at ms from the show's start, in order.
    void event(qint64 showMs, show::TimelineKind kind, const QString &sku = {}, const QJsonObject &detail = {});
    // A planned product slot "SKU<index>" (商品<index>) put on air by the rhythm
    // timer at showMs, and its end: the benchmarks' long shows.
    void plannedPitch(int index, qint64 showMs, qint64 plannedMs);
    void slotEnd(int index, qint64 showMs, qint64 plannedMs, qint64 actualMs);
    void comment(qint64 showMs, const QString &user, const QString &text, bool question = false, const QString &platform = QStringLiteral("douyin"));
    void moderation(qint64 showMs, const QString &user, const QString &verdict);
    // Writes the comments (one transaction) and, when ended, the show's end
    // (at endMs from the start; -1: at the last event).
    qint64 finish(bool ended = true, qint64 endMs = -1);

    qint64 showId() const { return m_timeline->showId(); }
    qint64 originMs() const { return m_originMs; }

private:
    struct Row
    {
        qint64 atMs;
        QString platform;
        QString user;
        QString text;
        bool question;
    };
    storage::Database &m_db;
    core::ManualClock m_clock;
    std::unique_ptr<show::ShowTimeline> m_timeline;
    qint64 m_originMs = 0;
    QList<Row> m_comments;
    QList<Row> m_moderation;
};

} // namespace shopcast::test
