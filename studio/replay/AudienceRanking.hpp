#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <functional>

class QObject;

namespace shopcast::storage {
class Database;
}

namespace shopcast::replay {

struct AudienceMember
{
    QString platform;
    QString userId;
    QString userName;
    int comments = 0;
    int questions = 0;
    int lotteryEntries = 0;
    int daysActive = 0; // distinct show days with a comment, across every show
    int shows = 0;
    // Orders whose buyer id is this commenter's id on the same platform
    // (paid lines only; refunded and cancelled ones are not purchases).
    int orders = 0;
    qint64 spendCents = 0;
    double score = 0;
};

// The most engaged viewers: the KOC (key opinion consumer) candidates a
// merchant cultivates. Score = comments + 3 × questions + 2 × lottery
// entries + 10 × (days active − 1) + 20 × orders + spend / ¥10: asking,
// coming back and buying weigh more than talking. A purchase counts where
// the order's buyer id is the commenter's id on the same platform (the
// bridge's buyerId, or an export's column mapped to it). For one show, or
// across every show in the database.
class AudienceRanking
{
    Q_DECLARE_TR_FUNCTIONS(AudienceRanking)
public:
    static QList<AudienceMember> forShow(storage::Database &db, qint64 showId, int limit, QString *error);
    static QList<AudienceMember> acrossShows(storage::Database &db, int limit, QString *error);
    // Either ranking (showId 0: across shows) on the media pool over a read
    // connection of its own to the file at databasePath; done on
    // receiver's thread. Ranking half a million comments takes a second:
    // never on the GUI thread.
    static void rankLater(const QString &databasePath, qint64 showId, int limit, QObject *receiver,
                          std::function<void(const QList<AudienceMember> &members, const QString &error)> done);
    static QByteArray toCsv(const QList<AudienceMember> &members);
    static bool exportCsv(const QList<AudienceMember> &members, const QString &path, QString *error);

private:
    static QList<AudienceMember> rank(const QSqlDatabase &sql, qint64 showId, int limit, QString *error);
};

} // namespace shopcast::replay
