// The queries a show runs while it is live, against the real schema: each
// must find its rows through an index, never by reading a whole table — the
// database keeps every show, so a scan is a query that slows with each show
// (a four-hour soak's tables, and a year of shows, are what they meet).
#include "CatchQt.hpp"

#include "storage/Database.hpp"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace shopcast;

namespace {

// SQLite's plan: one line per step, "SEARCH t USING INDEX i (...)" or "SCAN t".
QStringList planOf(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("EXPLAIN QUERY PLAN ") + sql));
    for (qsizetype i = 0; i < sql.count(QLatin1Char('?')); ++i)
        q.addBindValue(QVariant()); // Qt wants every parameter bound; the plan does not depend on the values
    INFO(q.lastError().text().toStdString());
    REQUIRE(q.exec());
    QStringList steps;
    while (q.next())
        steps.append(q.value(3).toString());
    return steps;
}

} // namespace

TEST_CASE("storage: the queries of a live show search an index, none scans a table that grows with shows", "[storage][plan]")
{
    QTemporaryDir dir;
    QString error;
    const std::unique_ptr<storage::Database> db = storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
    REQUIRE(db);
    const QSqlDatabase c = db->connection();
    // Each: where it runs, and how often.
    const QStringList hot{
        // Every order line the platforms send (sales::OrderStore): a repeat or a refund?
        QStringLiteral("SELECT id, status FROM orders WHERE platform = ? AND order_id = ? AND line_id = ?"),
        // A lottery opening: who won in the last N days is left out.
        QStringLiteral("SELECT platform, user_id FROM lottery_winners WHERE absent = 0 AND won_at >= ?"),
        // A lottery's draw and redraw, by its commitment.
        QStringLiteral("SELECT id FROM lottery_draws WHERE commitment = ?"),
        // Resuming a show: its last comments, its last arrival, its checkpoint, its time line.
        QStringLiteral("SELECT platform, msg_id, user_id, user_name, text, sent_at_ms, arrived_at_ms, extra FROM"
                       " (SELECT * FROM chat_log WHERE show_id = ? AND type = ? ORDER BY id DESC LIMIT ?) ORDER BY id"),
        QStringLiteral("SELECT MAX(arrived_at_ms) FROM chat_log WHERE show_id = ?"),
        QStringLiteral("SELECT state_json FROM show_checkpoints WHERE show_id = ?"),
        QStringLiteral("SELECT monotonic_ms, kind FROM timeline_events WHERE show_id = ? ORDER BY monotonic_ms"),
        // The product put on air.
        QStringLiteral("SELECT sku FROM products WHERE sku = ?"),
        // The room's size of a show, for its review.
        QStringLiteral("SELECT platform, at_ms, online, viewers, views FROM audience_samples WHERE show_id = ? ORDER BY at_ms, id"),
    };
    for (const QString &sql : hot) {
        const QStringList steps = planOf(c, sql);
        INFO(sql.toStdString() << "\n  plan: " << steps.join(QStringLiteral(" | ")).toStdString());
        REQUIRE_FALSE(steps.isEmpty());
        // A scan of a subquery's few rows is fine; of a table, not.
        static const QRegularExpression tableScan(
            QStringLiteral("^SCAN (orders|lottery_winners|lottery_draws|chat_log|show_checkpoints|timeline_events|products|audience_samples)\\b"));
        for (const QString &step : steps)
            CHECK_FALSE(tableScan.match(step).hasMatch());
    }
}
