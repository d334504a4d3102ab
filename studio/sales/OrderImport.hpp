#pragma once

#include "OrderFileReader.hpp"
#include "OrderStore.hpp"

#include <QCoreApplication>

#include <functional>
#include <optional>

class QObject;

namespace shopcast::storage {
class Database;
}

namespace shopcast::sales {

// A platform's order export read and stored for the window (File → Import
// orders…): the file read and parsed on a worker, its lines stored in one
// job of the storage writer (all or nothing, between the show's own writes)
// that starts with the first lines read, done called on the context's
// thread. The CLI runs the same two halves with run().
struct OrderImport
{
    Q_DECLARE_TR_FUNCTIONS(OrderImport)
public:
    OrderFileReader::Result read;
    std::optional<OrderStore::Saved> saved;
    QString storeError;

    // format none: recognised from the header (needsMapping() when not).
    static void start(const QString &path, const std::optional<OrderExportFormat> &format, std::optional<qint64> showId, storage::Database &db,
                      QObject *context, std::function<void(const OrderImport &)> done);
    // The same in line (the CLI): the file read on a thread of its own while
    // the calling thread stores in one transaction. database() is called
    // once the file is known to be an export (a wrong file opens none).
    static OrderImport run(const QString &path, const std::optional<OrderExportFormat> &format, std::optional<qint64> showId,
                           const std::function<storage::Database *()> &database);
    bool ok() const { return read.error.isEmpty() && saved.has_value(); }
    bool needsMapping() const { return read.unknownHeader; }
    // "orders.csv (GB18030, 抖店): 12 imported, 0 updated, 1 duplicates, 2 refused, 0 outside any show"
    QString summary(const QString &path) const;
    // One line per refused line and per unknown SKU, for the details.
    QStringList details() const;
};

} // namespace shopcast::sales
