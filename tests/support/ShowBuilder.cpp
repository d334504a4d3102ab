#include "ShowBuilder.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QSqlQuery>
#include <QVariantList>

namespace shopcast::test {

ShowBuilder::ShowBuilder(storage::Database &db, const QString &title)
    : m_db(db)
{
    m_clock.advanceMs(5'000'000); // a monotonic clock does not start at zero
    m_timeline = std::make_unique<show::ShowTimeline>(db, m_clock);
    QString error;
    m_timeline->open(title, &error);
    m_originMs = m_clock.nowMs();
    m_timeline->record(show::TimelineKind::ShowStart, {},
                       {{QStringLiteral("title"), title}, {QStringLiteral("onAirSku"), QString()}, {QStringLiteral("slotIndex"), -1}});
}

ShowBuilder::~ShowBuilder() = default;

void ShowBuilder::event(qint64 showMs, show::TimelineKind kind, const QString &sku, const QJsonObject &detail)
{
    m_clock.setMs(m_originMs + showMs);
    m_timeline->record(kind, sku, detail);
}

void ShowBuilder::plannedPitch(int index, qint64 showMs, qint64 plannedMs)
{
    const QString sku = QStringLiteral("SKU%1").arg(index);
    event(showMs, show::TimelineKind::SlotStart, sku,
          {{QStringLiteral("index"), index}, {QStringLiteral("kind"), QStringLiteral("product")}, {QStringLiteral("plannedMs"), plannedMs}});
    event(showMs, show::TimelineKind::Product, sku,
          {{QStringLiteral("title"), QStringLiteral("商品%1").arg(index)},
           {QStringLiteral("livePrice"), QStringLiteral("9.90")},
           {QStringLiteral("trigger"), QStringLiteral("rhythm")},
           {QStringLiteral("slotIndex"), index},
           {QStringLiteral("planned"), true}});
}

void ShowBuilder::slotEnd(int index, qint64 showMs, qint64 plannedMs, qint64 actualMs)
{
    event(showMs, show::TimelineKind::SlotEnd, QStringLiteral("SKU%1").arg(index),
          {{QStringLiteral("index"), index},
           {QStringLiteral("kind"), QStringLiteral("product")},
           {QStringLiteral("plannedMs"), plannedMs},
           {QStringLiteral("actualMs"), actualMs}});
}

void ShowBuilder::comment(qint64 showMs, const QString &user, const QString &text, bool question, const QString &platform)
{
    m_comments.append({m_originMs + showMs, platform, user, text, question});
}

void ShowBuilder::moderation(qint64 showMs, const QString &user, const QString &verdict)
{
    m_moderation.append({m_originMs + showMs, QStringLiteral("douyin"), user, verdict, false});
}

qint64 ShowBuilder::finish(bool ended, qint64 endMs)
{
    if (endMs >= 0)
        m_clock.setMs(m_originMs + endMs);
    const qint64 id = m_timeline->showId();
    m_db.writer().submit(
        [id, comments = m_comments, moderation = m_moderation](QSqlDatabase &db, QString *) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT INTO chat_log (show_id, type, platform, msg_id, user_id, user_name, text, target_id, sent_at_ms,"
                                     " arrived_at_ms, extra) VALUES (?, 'comment', ?, ?, ?, ?, ?, '', 0, ?, ?)"));
            QVariantList show, platform, msg, user, name, text, at, extra;
            for (qsizetype i = 0; i < comments.size(); ++i) {
                const Row &r = comments.at(i);
                show << id;
                platform << r.platform;
                msg << QString::number(i);
                user << r.user;
                name << QStringLiteral("观众") + r.user;
                text << r.text;
                at << r.atMs;
                extra << (r.question ? QStringLiteral("{\"question\":true}") : QStringLiteral("{}"));
            }
            for (const QVariantList &v : {show, platform, msg, user, name, text, at, extra})
                q.addBindValue(v);
            if (!comments.isEmpty() && !q.execBatch())
                return false;
            QSqlQuery m(db);
            m.prepare(QStringLiteral("INSERT INTO moderation_log (show_id, platform, msg_id, user_id, user_name, text, verdict, rule, detail,"
                                     " decided_by, arrived_at_ms, logged_at) VALUES (?, ?, '', ?, ?, '', ?, 'test', '{}', 'rules', ?, '')"));
            for (const Row &r : moderation) {
                for (const QVariant &v : {QVariant(id), QVariant(r.platform), QVariant(r.user), QVariant(r.user), QVariant(r.text), QVariant(r.atMs)})
                    m.addBindValue(v);
                if (!m.exec())
                    return false;
            }
            return true;
        },
        QStringLiteral("synthetic chat"));
    if (ended)
        m_timeline->close(QStringLiteral("ended"));
    m_db.writer().flush();
    return id;
}

} // namespace shopcast::test
