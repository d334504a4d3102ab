#include "SalesReview.hpp"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::replay {

bool SalesReview::addTo(ShowReview &r, const QSqlDatabase &db, QString *error)
{
    const qint64 originWallMs = r.summary.startedAt.isValid() ? r.summary.startedAt.toMSecsSinceEpoch() : 0;
    r.gmvCentsPerMinute.fill(0, r.commentsPerMinute.size());
    r.ordersPerMinute.fill(0, r.commentsPerMinute.size());
    QHash<QString, QString> catalog; // SKU → title
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT sku, title FROM products"))) {
            *error = q.lastError().text();
            return false;
        }
        while (q.next())
            catalog.insert(q.value(0).toString(), q.value(1).toString());
    }
    // The product rows: those pitched, then those that sold without a pitch.
    QHash<QString, int> row;
    for (int i = 0; i < r.products.size(); ++i)
        row.insert(r.products.at(i).sku, i);
    // Each product's pitches, in order, for attribution.
    QHash<QString, QList<int>> pitchesOf;
    for (int i = 0; i < r.chapters.size(); ++i)
        if (r.chapters.at(i).kind == ChapterKind::Product) {
            pitchesOf[r.chapters.at(i).sku].append(int(r.pitchSales.size()));
            r.pitchSales.append({i, 0, 0});
        }

    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT sku, platform || ' ' || order_id, quantity, paid_cents, status, paid_at_ms FROM orders WHERE show_id = ?"
                             " ORDER BY paid_at_ms, id"));
    q.addBindValue(r.summary.id);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    QSet<QString> showOrders;
    QHash<QString, QSet<QString>> productOrders;
    while (q.next()) {
        const QString sku = q.value(0).toString();
        const QString status = q.value(4).toString();
        if (status == QLatin1String("refunded")) {
            ++r.refunds;
            if (row.contains(sku))
                ++r.products[row.value(sku)].refunds;
            continue;
        }
        if (status != QLatin1String("paid"))
            continue;
        const QString order = q.value(1).toString();
        const int units = q.value(2).toInt();
        const qint64 cents = q.value(3).toLongLong();
        const qint64 atMs = q.value(5).isNull() ? -1 : q.value(5).toLongLong() - originWallMs;
        r.gmvCents += cents;
        r.units += units;
        if (atMs >= 0) {
            const qint64 minute = atMs / 60'000;
            if (minute < 7 * 24 * 60) {
                if (r.gmvCentsPerMinute.size() <= minute) {
                    r.gmvCentsPerMinute.resize(minute + 1, 0);
                    r.ordersPerMinute.resize(minute + 1, 0);
                }
                r.gmvCentsPerMinute[minute] += cents;
                if (!showOrders.contains(order)) // an order counts in the minute of its first line
                    ++r.ordersPerMinute[minute];
            }
        }
        showOrders.insert(order);
        if (sku.isEmpty() || !catalog.contains(sku)) {
            r.unmatchedCents += cents;
            continue;
        }
        if (!row.contains(sku)) {
            row.insert(sku, int(r.products.size()));
            ProductStats unpitched;
            unpitched.sku = sku;
            unpitched.title = catalog.value(sku);
            r.products.append(unpitched);
        }
        ProductStats &p = r.products[row.value(sku)];
        p.gmvCents += cents;
        p.units += units;
        productOrders[sku].insert(order);
        // The latest pitch of this product that started by the payment and
        // whose window (the pitch and the time after it) holds it.
        if (atMs < 0)
            continue;
        const QList<int> &pitches = pitchesOf.value(sku);
        for (auto it = pitches.crbegin(); it != pitches.crend(); ++it) {
            PitchSales &pitch = r.pitchSales[*it];
            const Chapter &c = r.chapters.at(pitch.chapter);
            if (c.startMs > atMs)
                continue;
            if (atMs < c.endMs + r.attributionMs) {
                pitch.attributedCents += cents;
                pitch.units += units;
                p.attributedCents += cents;
            }
            break;
        }
    }
    r.orders = int(showOrders.size());
    for (ProductStats &p : r.products)
        p.orders = int(productOrders.value(p.sku).size());
    return true;
}

} // namespace shopcast::replay
