#include "OrderStore.hpp"

#include "storage/SqliteStatement.hpp"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <utility>

namespace shopcast::sales {

namespace {

struct ShowSpan
{
    qint64 id = 0;
    qint64 startMs = 0;
    qint64 endMs = 0; // the next show's start when it never ended
};

std::optional<QList<ShowSpan>> showSpans(QSqlDatabase &db, QString *error)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id, started_at, COALESCE(ended_at, '') FROM shows ORDER BY started_at"))) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    QList<ShowSpan> spans;
    while (q.next()) {
        const QDateTime start = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        const QDateTime end = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (!start.isValid())
            continue;
        spans.append({q.value(0).toLongLong(), start.toMSecsSinceEpoch(), end.isValid() ? end.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max()});
    }
    for (qsizetype i = 0; i + 1 < spans.size(); ++i)
        spans[i].endMs = std::min(spans[i].endMs, spans[i + 1].startMs);
    return spans;
}

} // namespace

std::optional<OrderStore::Saved> OrderStore::save(QSqlDatabase db, const QList<Order> &orders, std::optional<qint64> showId, const QString &source,
                                                  QString *error)
{
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    std::optional<Saved> saved = store(db, orders, showId, source, error);
    if (!saved || !db.commit()) {
        if (saved)
            *error = tr("the orders could not be stored (nothing was): %1").arg(db.lastError().text());
        db.rollback();
        return std::nullopt;
    }
    return saved;
}

std::optional<OrderStore::Saved> OrderStore::store(const QSqlDatabase &db, const QList<Order> &orders, std::optional<qint64> showId, const QString &source,
                                                   QString *error)
{
    return store(db, once(orders), showId, source, error);
}

OrderStore::Batches OrderStore::once(const QList<Order> &orders)
{
    return [orders, given = false]() mutable -> std::optional<QList<Order>> {
        if (std::exchange(given, true))
            return std::nullopt;
        return orders;
    };
}

std::optional<OrderStore::Saved> OrderStore::store(QSqlDatabase db, const Batches &next, std::optional<qint64> showId, const QString &source, QString *error)
{
    QString why;
    std::optional<QList<ShowSpan>> spans;
    if (showId) {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM shows WHERE id = ?"));
        q.addBindValue(*showId);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0) {
            *error = tr("there is no show %1; nothing was imported").arg(*showId);
            return std::nullopt;
        }
    } else {
        spans = showSpans(db, &why);
        if (!spans) {
            *error = tr("the shows cannot be read: %1").arg(why);
            return std::nullopt;
        }
    }
    QSet<QString> catalog;
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT sku FROM products"))) {
            *error = tr("the catalog cannot be read: %1").arg(q.lastError().text());
            return std::nullopt;
        }
        while (q.next())
            catalog.insert(q.value(0).toString());
    }
    // SQLite's own statements: QtSql's per-value cost was two thirds of an
    // import's time (BENCHMARKS.md, sales).
    const auto insert
        = storage::SqliteStatement::prepare(db,
                                            "INSERT INTO orders (platform, order_id, line_id, show_id, sku, platform_product_id, title, quantity, paid_cents,"
                                            " buyer, buyer_id, paid_at_ms, status, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                            " ON CONFLICT (platform, order_id, line_id) DO NOTHING",
                                            &why);
    const auto find
        = insert ? storage::SqliteStatement::prepare(db, "SELECT id, status FROM orders WHERE platform = ? AND order_id = ? AND line_id = ?", &why) : nullptr;
    const auto update = find ? storage::SqliteStatement::prepare(db, "UPDATE orders SET status = ?, updated_at = ? WHERE id = ?", &why) : nullptr;
    const auto fail = [&](const QString &message) {
        *error = tr("the orders could not be stored (nothing was): %1").arg(message);
        return std::nullopt;
    };
    if (!update)
        return fail(why);
    Saved saved;
    QSet<QString> unmatched;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    insert->bind(14, source);
    insert->bind(15, now);
    // Most lines of an import are new: one statement each; a line already
    // stored (the conflict) is looked up to tell a duplicate from a refund.
    while (const std::optional<QList<Order>> batch = next()) {
        for (const Order &o : *batch) {
            const QString status = OrderStatuses::id(o.status);
            std::optional<qint64> show;
            if (showId) {
                show = *showId;
            } else if (o.paidAt.isValid()) {
                const qint64 at = o.paidAt.toMSecsSinceEpoch();
                const auto in = std::find_if(spans->cbegin(), spans->cend(), [at](const ShowSpan &s) { return at >= s.startMs && at < s.endMs; });
                if (in != spans->cend())
                    show = in->id;
            }
            insert->bind(1, o.platform);
            insert->bind(2, o.orderId);
            insert->bind(3, o.lineId);
            if (show)
                insert->bind(4, *show);
            else
                insert->bindNull(4);
            insert->bind(5, o.sku);
            insert->bind(6, o.platformProductId);
            insert->bind(7, o.title);
            insert->bind(8, qint64(o.quantity));
            insert->bind(9, o.paidCents);
            insert->bind(10, o.buyer);
            insert->bind(11, o.buyerId);
            if (o.paidAt.isValid())
                insert->bind(12, o.paidAt.toMSecsSinceEpoch());
            else
                insert->bindNull(12);
            insert->bind(13, status);
            if (!insert->step())
                return fail(insert->error());
            if (insert->changes() == 1) {
                ++saved.imported;
                if (!show)
                    ++saved.outsideShows;
                if (!o.sku.isEmpty() && !catalog.contains(o.sku))
                    unmatched.insert(o.sku);
                continue;
            }
            find->bind(1, o.platform);
            find->bind(2, o.orderId);
            find->bind(3, o.lineId);
            if (!find->step() || !find->row())
                return fail(find->error());
            const qint64 id = find->columnInt(0);
            if (find->columnText(1) == status) {
                ++saved.duplicates;
                continue;
            }
            update->bind(1, status);
            update->bind(2, now);
            update->bind(3, id);
            if (!update->step())
                return fail(update->error());
            ++saved.updated;
        }
    }
    saved.unmatchedSkus = QStringList(unmatched.cbegin(), unmatched.cend());
    saved.unmatchedSkus.sort();
    return saved;
}

} // namespace shopcast::sales
