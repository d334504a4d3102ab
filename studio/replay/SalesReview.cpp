#include "SalesReview.hpp"

#include "sales/AudienceStore.hpp"
#include "sales/RoomSize.hpp"
#include "storage/SqliteStatement.hpp"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace shopcast::replay {

namespace {

// One platform's reports over the show: its running count (views, or
// viewers where it gives no views) and its online count, in time order.
struct PlatformSeries
{
    QList<std::pair<qint64, qint64>> running; // show ms, running count (made non-decreasing)
    QList<std::pair<qint64, qint64>> online;  // show ms, online

    // The running count at t: the latest report by then; before the first
    // report, the first (a source connected late adds no growth before it).
    qint64 runningAt(qint64 t) const
    {
        auto it = std::upper_bound(running.cbegin(), running.cend(), t, [](qint64 at, const auto &p) { return at < p.first; });
        return it == running.cbegin() ? running.first().second : std::prev(it)->second;
    }
    // The mean online count reported in [from, to), else the last before it.
    std::optional<qint64> onlineDuring(qint64 from, qint64 to) const
    {
        qint64 sum = 0, n = 0;
        std::optional<qint64> before;
        for (const auto &[at, count] : online) {
            if (at < from)
                before = count;
            else if (at < to) {
                sum += count;
                ++n;
            }
        }
        return n > 0 ? std::optional<qint64>(sum / n) : before;
    }
};

bool addAudience(ShowReview &r, const QSqlDatabase &db, qint64 originWallMs, QString *error)
{
    const std::optional<QList<sales::AudienceSample>> samples = sales::AudienceStore::load(db, r.summary.id, error);
    if (!samples)
        return false;
    if (samples->isEmpty())
        return true;
    sales::RoomSize room;
    QHash<QString, bool> givesViews;
    for (const sales::AudienceSample &s : *samples) {
        room.add(s);
        r.peakOnline = std::max(r.peakOnline, room.online());
        givesViews[s.platform] = givesViews.value(s.platform) || s.views.has_value();
    }
    r.audienceKnown = true;
    r.views = room.views();
    r.viewers = room.viewers();
    QHash<QString, PlatformSeries> series;
    for (const sales::AudienceSample &s : *samples) {
        PlatformSeries &p = series[s.platform];
        const qint64 at = s.atMs - originWallMs;
        const std::optional<qint64> running = givesViews.value(s.platform) ? s.views : s.viewers;
        if (running)
            p.running.append({at, std::max(*running, p.running.isEmpty() ? 0 : p.running.last().second)});
        if (s.online)
            p.online.append({at, *s.online});
    }
    QHash<QString, qint64> productViews;
    for (PitchSales &pitch : r.pitchSales) {
        const Chapter &c = r.chapters.at(pitch.chapter);
        std::optional<qint64> views, online;
        for (const PlatformSeries &p : std::as_const(series)) {
            if (!p.running.isEmpty())
                views = views.value_or(0) + p.runningAt(c.endMs) - p.runningAt(c.startMs);
            if (const auto during = p.onlineDuring(c.startMs, c.endMs))
                online = online.value_or(0) + *during;
        }
        pitch.views = views;
        pitch.averageOnline = online;
        if (views)
            productViews[c.sku] += *views;
    }
    for (ProductStats &p : r.products)
        if (productViews.contains(p.sku))
            p.pitchViews = productViews.value(p.sku);
    return true;
}

} // namespace

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

    // SQLite's own statement: a show of 50,000 lines spent most of its sales
    // pass in QtSql's values (BENCHMARKS.md, review with orders).
    const auto q = storage::SqliteStatement::prepare(
        db, "SELECT sku, platform || ' ' || order_id, quantity, paid_cents, status, paid_at_ms FROM orders WHERE show_id = ? ORDER BY paid_at_ms, id", error);
    if (!q)
        return false;
    q->bind(1, r.summary.id);
    QSet<QString> showOrders;
    QHash<QString, QSet<QString>> productOrders;
    while (q->next()) {
        const QString sku = q->columnText(0);
        const QString status = q->columnText(4);
        if (status == QLatin1String("refunded")) {
            ++r.refunds;
            if (row.contains(sku))
                ++r.products[row.value(sku)].refunds;
            continue;
        }
        if (status != QLatin1String("paid"))
            continue;
        const QString order = q->columnText(1);
        const int units = int(q->columnInt(2));
        const qint64 cents = q->columnInt(3);
        const qint64 atMs = q->isNull(5) ? -1 : q->columnInt(5) - originWallMs;
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
    if (q->failed()) {
        *error = q->error();
        return false;
    }
    r.orders = int(showOrders.size());
    for (ProductStats &p : r.products)
        p.orders = int(productOrders.value(p.sku).size());
    return addAudience(r, db, originWallMs, error);
}

} // namespace shopcast::replay
