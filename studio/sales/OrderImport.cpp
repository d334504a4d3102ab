#include "OrderImport.hpp"

#include "OrderPipe.hpp"
#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "work/Work.hpp"

#include <QFileInfo>
#include <QPointer>

#include <memory>
#include <thread>
#include <utility>

namespace shopcast::sales {

namespace {

QString sourceOf(const QString &path)
{
    return QStringLiteral("import:") + QFileInfo(path).fileName();
}

// The window's import ends when the reader has finished and the store it
// started (if any) has committed or failed: both land on the context's
// thread, in either order.
struct Join
{
    OrderImport result;
    std::function<void(const OrderImport &)> done;
    bool readDone = false;
    bool storeStarted = false;
    bool storeDone = false;

    void finishIfBoth()
    {
        if (readDone && (!storeStarted || storeDone))
            done(result);
    }
};

} // namespace

void OrderImport::start(const QString &path, const std::optional<OrderExportFormat> &format, std::optional<qint64> showId, storage::Database &db,
                        QObject *context, std::function<void(const OrderImport &)> done)
{
    auto pipe = std::make_shared<OrderPipe>();
    auto join = std::make_shared<Join>();
    join->done = std::move(done);
    const QPointer<QObject> target(context);
    // The store: one job of the storage writer (all or nothing, between the
    // show's own writes), started on the context's thread once the reader
    // knows the file is an export, and fed while the reader goes on.
    auto startStore = [pipe, join, showId, source = sourceOf(path), &db, target] {
        join->storeStarted = true;
        auto saved = std::make_shared<std::optional<OrderStore::Saved>>();
        db.writer().submitNow(
            [pipe, saved, showId, source](QSqlDatabase &sql, QString *error) {
                *saved = OrderStore::store(
                    sql, [&pipe] { return pipe->take(); }, showId, source, error);
                if (!*saved) {
                    pipe->abandon();
                    return false; // the job's savepoint undoes every line
                }
                if (pipe->failed()) {
                    *error = tr("the file was not read whole"); // the reader's own reason is the one shown
                    return false;
                }
                return true;
            },
            QStringLiteral("orders import"),
            [target, join, saved](bool ok, const QString &error) {
                work::Work::post(target.data(), [join, saved, ok, error] {
                    join->storeDone = true;
                    if (ok)
                        join->result.saved = **saved;
                    else
                        join->result.storeError = error;
                    join->finishIfBoth();
                });
            });
    };
    // An export of a big shop is tens of MB: read and parse it on a worker.
    // Its posts reach the context in order: the store is started before
    // the reader's end is seen.
    work::Work::run(
        work::Pool::Compute, context,
        [path, format, pipe, target, startStore = std::move(startStore)] {
            bool started = false;
            const auto start = [&] {
                if (!std::exchange(started, true))
                    work::Work::post(target.data(), startStore);
            };
            OrderFileReader::Result read = OrderFileReader::readFile(path, format, [&](QList<Order> &&batch) {
                start();
                pipe->push(std::move(batch));
            });
            if (read.error.isEmpty())
                start(); // no line was an order: the store still answers (a show that is not there)
            pipe->close(!read.error.isEmpty());
            return read;
        },
        [join](OrderFileReader::Result read) {
            join->result.read = std::move(read);
            join->readDone = true;
            join->finishIfBoth();
        });
}

OrderImport OrderImport::run(const QString &path, const std::optional<OrderExportFormat> &format, std::optional<qint64> showId,
                             const std::function<storage::Database *()> &database)
{
    OrderImport result;
    OrderPipe pipe;
    std::thread reader([&] {
        result.read = OrderFileReader::readFile(path, format, [&pipe](QList<Order> &&batch) { pipe.push(std::move(batch)); });
        pipe.close(!result.read.error.isEmpty());
    });
    // The first batch (or the reader's end) says whether the file is an
    // export at all: only then is the database opened.
    std::optional<QList<Order>> first = pipe.take();
    if (!first && pipe.failed()) {
        reader.join();
        return result;
    }
    storage::Database *db = database();
    if (!db) {
        pipe.abandon();
        reader.join();
        result.storeError = tr("the database could not be opened");
        return result;
    }
    QSqlDatabase sql = db->connection();
    QString error;
    std::optional<OrderStore::Saved> saved;
    if (sql.transaction()) {
        saved = OrderStore::store(
            sql,
            [&]() -> std::optional<QList<Order>> {
                if (first)
                    return std::exchange(first, std::nullopt);
                return pipe.take();
            },
            showId, sourceOf(path), &error);
    } else {
        error = tr("the database refused a transaction");
    }
    if (!saved)
        pipe.abandon();
    reader.join();
    // Nothing half-imported: a file that broke off after its first lines
    // (a quote never closed) stores none of them.
    if (saved && result.read.error.isEmpty() && sql.commit()) {
        result.saved = saved;
        return result;
    }
    if (saved && result.read.error.isEmpty())
        error = tr("the orders could not be stored (nothing was)");
    sql.rollback();
    result.storeError = error;
    return result;
}

QString OrderImport::summary(const QString &path) const
{
    const QString &file = path;
    if (!read.error.isEmpty())
        return tr("%1: %2; nothing was imported").arg(file, read.error);
    if (!saved)
        return tr("%1: the database refused the import, nothing was imported: %2").arg(file, storeError);
    return tr("%1 (%2, %3): %4 imported, %5 updated, %6 duplicates, %7 refused, %8 outside any show")
        .arg(file, read.encoding, read.format ? read.format->name : QString())
        .arg(saved->imported)
        .arg(saved->updated)
        .arg(saved->duplicates)
        .arg(read.refused.size())
        .arg(saved->outsideShows);
}

QStringList OrderImport::details() const
{
    QStringList lines;
    for (const OrderFileReader::Refused &r : read.refused)
        lines.append(tr("line %1: refused: %2").arg(r.line).arg(r.reason));
    if (saved && !saved->unmatchedSkus.isEmpty())
        lines.append(tr("not in the catalog (kept, in no product's figures): %1").arg(saved->unmatchedSkus.join(QStringLiteral(", "))));
    return lines;
}

} // namespace shopcast::sales
