#pragma once

#include "Moderator.hpp"

#include <QList>

namespace shopcast::storage {
class Database;
}

namespace shopcast::moderation {

// The moderation area's repository: every verdict of a show with its rule
// (table moderation_log, written through the storage writer) and the local
// bans, which outlive a show (moderation_bans).
class ModerationLog
{
public:
    struct Entry
    {
        chat::ChatEvent event;
        Decision decision;
        QString decidedBy; // "auto", "moderator"
    };
    struct Ban
    {
        QString platform;
        QString userId;
        QString userName;
    };

    explicit ModerationLog(storage::Database &db);
    void append(qint64 showId, const QList<Entry> &entries);
    void saveBan(const Ban &ban);
    void removeBan(const QString &platform, const QString &userId);
    QList<Ban> bans() const;

private:
    storage::Database &m_db;
};

} // namespace shopcast::moderation
