#include "ShowCheckpoint.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace shopcast::show {

QByteArray ShowCheckpoint::toJson() const
{
    QJsonObject o{{QStringLiteral("version"), 1},       {QStringLiteral("showId"), showId},     {QStringLiteral("monotonicMs"), monotonicMs},
                  {QStringLiteral("savedAt"), savedAt}, {QStringLiteral("onAirSku"), onAirSku}, {QStringLiteral("plan"), QString::fromUtf8(planJson)},
                  {QStringLiteral("rhythm"), rhythm}};
    if (flashSaleRemainingMs > 0)
        o.insert(QStringLiteral("flashSale"), QJsonObject{{QStringLiteral("remainingMs"), flashSaleRemainingMs}, {QStringLiteral("price"), flashSalePrice}});
    if (!pinnedComment.isEmpty())
        o.insert(QStringLiteral("pinnedComment"), pinnedComment);
    if (!lottery.isEmpty())
        o.insert(QStringLiteral("lottery"), lottery);
    if (!poll.isEmpty())
        o.insert(QStringLiteral("poll"), poll);
    if (streaming || recording)
        o.insert(QStringLiteral("outputs"), QJsonObject{{QStringLiteral("streaming"), streaming}, {QStringLiteral("recording"), recording}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<ShowCheckpoint> ShowCheckpoint::fromJson(const QByteArray &json, QString *error)
{
    if (json.size() > kMaxBytes) {
        *error = tr("the checkpoint is larger than %1 KiB").arg(kMaxBytes / 1024);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("the checkpoint is not JSON: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != 1) {
        *error = tr("the checkpoint has an unknown version");
        return std::nullopt;
    }
    constexpr double kMaxMs = 1e15; // ~31,000 years: any sane monotonic time
    const double ms = o.value(QStringLiteral("monotonicMs")).toDouble(-1);
    const double remaining = o.value(QStringLiteral("flashSale")).toObject().value(QStringLiteral("remainingMs")).toDouble(0);
    if (ms < 0 || ms > kMaxMs || remaining < 0 || remaining > 24.0 * 3600 * 1000) {
        *error = tr("the checkpoint's times are out of range");
        return std::nullopt;
    }
    ShowCheckpoint c;
    c.showId = o.value(QStringLiteral("showId")).toInteger();
    c.monotonicMs = qint64(ms);
    c.savedAt = o.value(QStringLiteral("savedAt")).toString();
    c.onAirSku = o.value(QStringLiteral("onAirSku")).toString().left(200);
    c.flashSaleRemainingMs = qint64(remaining);
    c.flashSalePrice = o.value(QStringLiteral("flashSale")).toObject().value(QStringLiteral("price")).toString().left(40);
    c.pinnedComment = o.value(QStringLiteral("pinnedComment")).toObject();
    c.planJson = o.value(QStringLiteral("plan")).toString().toUtf8();
    c.rhythm = o.value(QStringLiteral("rhythm")).toObject();
    c.lottery = o.value(QStringLiteral("lottery")).toObject();
    c.poll = o.value(QStringLiteral("poll")).toObject();
    const QJsonObject outputs = o.value(QStringLiteral("outputs")).toObject();
    c.streaming = outputs.value(QStringLiteral("streaming")).toBool();
    c.recording = outputs.value(QStringLiteral("recording")).toBool();
    return c;
}

void ShowCheckpoint::save(storage::Database &db, const ShowCheckpoint &checkpoint)
{
    db.writer().submit(
        [showId = checkpoint.showId, at = checkpoint.savedAt, ms = checkpoint.monotonicMs, json = checkpoint.toJson()](QSqlDatabase &db, QString *e) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO show_checkpoints (show_id, saved_at, monotonic_ms, state_json) VALUES (?, ?, ?, ?)"));
            q.addBindValue(showId);
            q.addBindValue(at);
            q.addBindValue(ms);
            q.addBindValue(QString::fromUtf8(json));
            if (!q.exec()) {
                *e = q.lastError().text();
                return false;
            }
            return true;
        },
        QStringLiteral("show checkpoint"));
}

std::optional<ShowCheckpoint> ShowCheckpoint::load(const QSqlDatabase &db, qint64 showId, QString *error)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT state_json FROM show_checkpoints WHERE show_id = ?"));
    q.addBindValue(showId);
    if (!q.exec()) {
        *error = q.lastError().text();
        return std::nullopt;
    }
    if (!q.next()) {
        *error = tr("the show has no checkpoint");
        return std::nullopt;
    }
    std::optional<ShowCheckpoint> c = fromJson(q.value(0).toString().toUtf8(), error);
    if (c && c->showId != showId) {
        *error = tr("the checkpoint belongs to another show");
        return std::nullopt;
    }
    return c;
}

} // namespace shopcast::show
