#include "OrderStore.hpp"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

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

// A column that is NOT NULL takes an absent field as ''.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
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

std::optional<OrderStore::Saved> OrderStore::store(QSqlDatabase db, const QList<Order> &orders, std::optional<qint64> showId, const QString &source,
                                                   QString *error)
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
    const auto fail = [&](const QSqlQuery &q) {
        *error = tr("the orders could not be stored (nothing was): %1").arg(q.lastError().text());
        return std::nullopt;
    };
    Saved saved;
    QSet<QString> unmatched;
    QSqlQuery find(db);
    find.prepare(QStringLiteral("SELECT id, status FROM orders WHERE platform = ? AND order_id = ? AND line_id = ?"));
    QSqlQuery insert(db);
    insert.prepare(QStringLiteral("INSERT INTO orders (platform, order_id, line_id, show_id, sku, platform_product_id, title, quantity, paid_cents,"
                                  " buyer, buyer_id, paid_at_ms, status, source, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                                  " ON CONFLICT (platform, order_id, line_id) DO NOTHING"));
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE orders SET status = ?, updated_at = ? WHERE id = ?"));
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    // Most lines of an import are new: one statement each; a line already
    // stored (the conflict) is looked up to tell a duplicate from a refund.
    for (const Order &o : orders) {
        const QString status = OrderStatuses::id(o.status);
        QVariant show;
        if (showId) {
            show = *showId;
        } else if (o.paidAt.isValid()) {
            const qint64 at = o.paidAt.toMSecsSinceEpoch();
            const auto in = std::find_if(spans->cbegin(), spans->cend(), [at](const ShowSpan &s) { return at >= s.startMs && at < s.endMs; });
            if (in != spans->cend())
                show = in->id;
        }
        insert.addBindValue(o.platform);
        insert.addBindValue(o.orderId);
        insert.addBindValue(o.lineId);
        insert.addBindValue(show);
        insert.addBindValue(text(o.sku));
        insert.addBindValue(text(o.platformProductId));
        insert.addBindValue(text(o.title));
        insert.addBindValue(o.quantity);
        insert.addBindValue(o.paidCents);
        insert.addBindValue(text(o.buyer));
        insert.addBindValue(text(o.buyerId));
        insert.addBindValue(o.paidAt.isValid() ? QVariant(o.paidAt.toMSecsSinceEpoch()) : QVariant());
        insert.addBindValue(status);
        insert.addBindValue(source);
        insert.addBindValue(now);
        if (!insert.exec())
            return fail(insert);
        if (insert.numRowsAffected() == 1) {
            ++saved.imported;
            if (show.isNull())
                ++saved.outsideShows;
            if (!o.sku.isEmpty() && !catalog.contains(o.sku))
                unmatched.insert(o.sku);
            continue;
        }
        find.addBindValue(o.platform);
        find.addBindValue(o.orderId);
        find.addBindValue(o.lineId);
        if (!find.exec() || !find.next())
            return fail(find);
        const qint64 id = find.value(0).toLongLong();
        const bool changed = find.value(1).toString() != status;
        find.finish();
        if (!changed) {
            ++saved.duplicates;
            continue;
        }
        update.addBindValue(status);
        update.addBindValue(now);
        update.addBindValue(id);
        if (!update.exec())
            return fail(update);
        ++saved.updated;
    }
    saved.unmatchedSkus = QStringList(unmatched.cbegin(), unmatched.cend());
    saved.unmatchedSkus.sort();
    return saved;
}

} // namespace shopcast::sales
