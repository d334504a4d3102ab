#pragma once

#include "Chapter.hpp"
#include "ShowSummary.hpp"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopcast::storage {
class Database;
}

namespace shopcast::replay {

// A slot of the plan as it ran: planned against actual.
struct SlotTiming
{
    int index = -1;
    QString kind; // slot kind id
    QString sku;
    qint64 startMs = 0;
    qint64 plannedMs = 0;
    qint64 actualMs = 0;
    bool finished = true; // false: the show stopped inside it
};

// What one product did during its pitches.
struct ProductStats
{
    QString sku;
    QString title;
    int pitches = 0;
    qint64 onAirMs = 0;
    int comments = 0;
    int questions = 0;
    int flashSales = 0;
    QList<QPair<QString, int>> topQuestions; // text, times asked
    // Sales: the show's order lines of this SKU (refunded and cancelled
    // lines are not sales; refunds counts the refunded ones).
    qint64 gmvCents = 0;
    int orders = 0; // distinct orders with a paid line of it
    int units = 0;
    int refunds = 0;
    qint64 attributedCents = 0;       // paid during one of its pitches or within the attribution window after
    std::optional<qint64> pitchViews; // views that came in during its pitches, where a platform counted them

    qint64 averageOrderCents() const { return orders > 0 ? gmvCents / orders : 0; }
    // GMV attributed to its pitches per thousand views that came in during them.
    std::optional<qint64> pitchGpmCents() const;
};

// What one pitch sold: the product's lines attributed to it.
struct PitchSales
{
    int chapter = -1; // index into ShowReview::chapters
    qint64 attributedCents = 0;
    int units = 0;

    // GMV per minute on air: what a minute of this pitch was worth.
    qint64 centsPerMinute(qint64 durationMs) const { return durationMs > 0 ? attributedCents * 60'000 / durationMs : 0; }
    // Where the platforms reported the room's size: the views that came in
    // during the pitch (the growth of the running count from its start to
    // its end) and the mean online count while it ran.
    std::optional<qint64> views;
    std::optional<qint64> averageOnline;
    std::optional<qint64> gpmCents() const;
};

// Everything the review shows of one past show, read from the studio
// database: chapters and recordings from the timeline, the curves per minute
// of the show (comments, questions, moderation actions, lottery entrants),
// planned against actual per slot and per-product figures. Read once when
// the show is opened; aggregation is done by SQLite (a three-hour show with
// half a million comments opens in well under a second).
struct ShowReview
{
    Q_DECLARE_TR_FUNCTIONS(ShowReview)
public:
    ShowSummary summary;
    QList<Chapter> chapters;
    QList<int> commentsPerMinute;
    QList<int> questionsPerMinute;
    QList<int> moderationPerMinute; // verdicts other than allow
    QList<int> entrantsPerMinute;   // keyword comments during open lotteries, first per user
    QList<SlotTiming> slotTimings;
    QList<ProductStats> products; // in order of first pitch
    int comments = 0;
    int questions = 0;
    int moderationActions = 0;
    int lotteryEntrants = 0;
    // Sales, from the orders table (imported exports, live orders).
    QList<qint64> gmvCentsPerMinute;
    QList<int> ordersPerMinute;
    QList<PitchSales> pitchSales; // one per recorded or unrecorded pitch, in chapter order
    qint64 gmvCents = 0;
    int orders = 0;
    int units = 0;
    int refunds = 0;
    qint64 unmatchedCents = 0; // paid lines whose SKU is in no product row (not in the catalog)
    // The room's size, where a platform reported it (Bilibili, the bridge's
    // audience messages): the running counts at their highest and the peak
    // of the online count, summed over platforms.
    bool audienceKnown = false;
    qint64 views = 0;   // 观看人次 (a platform without it: its 观看人数)
    qint64 viewers = 0; // 观看人数 (a platform without it: its 观看人次)
    qint64 peakOnline = 0;
    qint64 gpmCents() const;     // GMV per thousand views
    qint64 uvValueCents() const; // GMV per viewer
    // The attribution rule: a line counts for a pitch of its product when paid
    // during it or up to this long after it ends (the latest such pitch).
    qint64 attributionMs = kDefaultAttributionMs;
    static constexpr qint64 kDefaultAttributionMs = 5 * 60'000;
    static constexpr int kMaxAttributionMinutes = 24 * 60;
    // The window is the merchant's setting, kept beside the studio database
    // (the profile's sales.ini): the review window, the report and the pack
    // all count by it.
    static qint64 attributionMsFor(const QString &databasePath);
    static void setAttributionMsFor(const QString &databasePath, qint64 attributionMs);

    // With the attribution window set for that database.
    static std::optional<ShowReview> load(storage::Database &db, qint64 showId, QString *error);
    static std::optional<ShowReview> load(const QSqlDatabase &connection, qint64 showId, QString *error, qint64 attributionMs = kDefaultAttributionMs);
    // The same on the media pool, on a connection of its own to the file at
    // databasePath; done(review, error) runs on receiver's thread (not at
    // all when receiver is gone). A review of a three-hour show takes
    // hundreds of milliseconds: never on the GUI thread.
    static void loadLater(const QString &databasePath, qint64 showId, QObject *receiver,
                          std::function<void(std::optional<ShowReview> review, const QString &error)> done);
};

} // namespace shopcast::replay
