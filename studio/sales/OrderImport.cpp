#include "OrderImport.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "work/Work.hpp"

#include <QFileInfo>
#include <QPointer>

#include <memory>

namespace shopcast::sales {

void OrderImport::start(const QString &path, const std::optional<OrderExportFormat> &format, std::optional<qint64> showId, storage::Database &db,
                        QObject *context, std::function<void(const OrderImport &)> done)
{
    // An export of a big shop is tens of MB: read and parse it on a worker.
    work::Work::run(
        work::Pool::Compute, context, [path, format] { return OrderFileReader::readFile(path, format); },
        [path, showId, &db, context, done = std::move(done)](OrderFileReader::Result read) {
            auto result = std::make_shared<OrderImport>();
            result->read = std::move(read);
            if (!result->read.error.isEmpty()) {
                done(*result);
                return;
            }
            auto saved = std::make_shared<OrderStore::Saved>();
            db.writer().submit(
                [result, saved, showId, source = QStringLiteral("import:") + QFileInfo(path).fileName()](QSqlDatabase &sql, QString *error) {
                    const auto stored = OrderStore::store(sql, result->read.orders, showId, source, error);
                    if (stored)
                        *saved = *stored;
                    return stored.has_value(); // false: the job's savepoint undoes every line
                },
                QStringLiteral("orders import"),
                [context = QPointer<QObject>(context), result, saved, done](bool ok, const QString &error) {
                    QMetaObject::invokeMethod(
                        context.data(),
                        [context, ok, error, result, saved, done] {
                            if (!context)
                                return;
                            if (ok)
                                result->saved = *saved;
                            else
                                result->storeError = error;
                            done(*result);
                        },
                        Qt::QueuedConnection);
                });
        });
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
