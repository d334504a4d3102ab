#pragma once

#include "Order.hpp"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <optional>

namespace shopcast::sales {

// Orders in the studio database (table `orders`), one row per platform,
// order and line: the same line from a second import or from the live
// bridge is a duplicate, a new status (a refund) updates it. Each line
// belongs to the show it was paid in (or the one given).
class OrderStore
{
    Q_DECLARE_TR_FUNCTIONS(OrderStore)
public:
    struct Saved
    {
        int imported = 0;
        int updated = 0; // known lines whose status changed (refunded, cancelled)
        int duplicates = 0;
        int outsideShows = 0;      // paid when no show ran: kept, in no show
        QStringList unmatchedSkus; // not in the catalog: kept, in no product's figures
    };
    // Everything in one transaction: all of it is stored, or nothing (error
    // says why). showId: every line to that show; none: by paid time.
    static std::optional<Saved> save(QSqlDatabase db, const QList<Order> &orders, std::optional<qint64> showId, const QString &source, QString *error);
    // The same inside the caller's transaction (the storage writer's, which
    // batches a show's writes): a failure leaves it to the caller to roll back.
    static std::optional<Saved> store(const QSqlDatabase &db, const QList<Order> &orders, std::optional<qint64> showId, const QString &source, QString *error);
    // Batches of lines until none is left (nullopt), in the caller's
    // transaction: an import stored while the rest of its file is still
    // being read (OrderImport).
    using Batches = std::function<std::optional<QList<Order>>()>;
    static std::optional<Saved> store(QSqlDatabase db, const Batches &next, std::optional<qint64> showId, const QString &source, QString *error);

private:
    static Batches once(const QList<Order> &orders);
};

} // namespace shopcast::sales
