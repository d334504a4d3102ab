#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace shopcast::storage {
class Database;
}

namespace shopcast::show {

// Where a live show stands, written once a second while it runs (one row per
// show, replaced): what a crash would otherwise take. The next start offers
// to resume the show from its last checkpoint: the product on air, the plan
// and the rhythm timer's place in it, an open flash sale, the pinned comment
// an open lottery (its seed, so the commitment viewers saw still holds) and an
// open poll.
// Times are on the studio's monotonic clock, which a resumed run continues.
struct ShowCheckpoint
{
    Q_DECLARE_TR_FUNCTIONS(ShowCheckpoint)
public:
    static constexpr int kMaxBytes = 512 * 1024;

    qint64 showId = 0;
    qint64 monotonicMs = 0; // the studio clock when it was taken
    QString savedAt;        // UTC, ISO 8601 with ms
    QString onAirSku;
    qint64 flashSaleRemainingMs = 0; // 0: no flash sale running
    QString flashSalePrice;          // "" : the product's live price
    QJsonObject pinnedComment;       // {platform, id, userName, text}; empty: none
    QByteArray planJson;             // the plan the rhythm timer runs (ShowPlan::toJson)
    QJsonObject rhythm;              // RhythmClock::Snapshot::toJson
    QJsonObject lottery;             // LotteryController::openSnapshot; empty: none open
    QJsonObject poll;                // PollController::openSnapshot; empty: none open
    bool streaming = false;          // live to the destinations when it was taken
    bool recording = false;

    QByteArray toJson() const;
    static std::optional<ShowCheckpoint> fromJson(const QByteArray &json, QString *error);

    // Through the storage writer: never a commit on the GUI thread.
    static void save(storage::Database &db, const ShowCheckpoint &checkpoint);
    static std::optional<ShowCheckpoint> load(const QSqlDatabase &db, qint64 showId, QString *error);
};

} // namespace shopcast::show
