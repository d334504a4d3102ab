#include "PushUrlExpiry.hpp"

#include <QUrlQuery>

namespace shopcast::broadcast {

namespace {

// 2015-01-01 .. 2100-01-01: what a signed URL of today can say.
constexpr qint64 kEarliest = 1'420'070'400;
constexpr qint64 kLatest = 4'102'444'800;

std::optional<qint64> seconds(const QString &text, int base)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, base);
    if (!ok || value < kEarliest || value >= kLatest)
        return std::nullopt;
    return value;
}

bool isDecimal(const QString &text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

std::optional<qint64> expiryOf(const QString &parameter, const QString &value)
{
    if (value.size() > 64) // a budget: no timestamp is longer
        return std::nullopt;
    if (parameter == QLatin1String("txTime"))
        return seconds(value, 16);
    if (parameter == QLatin1String("wsTime") || parameter == QLatin1String("volcTime"))
        return value.size() == 10 && isDecimal(value) ? seconds(value, 10) : seconds(value, 16);
    if (parameter == QLatin1String("auth_key"))
        return seconds(value.section(QLatin1Char('-'), 0, 0), 10);
    if (parameter == QLatin1String("expire") || parameter == QLatin1String("expires"))
        return isDecimal(value) ? seconds(value, 10) : std::nullopt;
    return std::nullopt;
}

// The query of an address or of a key ("stream?txSecret=…&txTime=…").
QString queryOf(const QString &text)
{
    const qsizetype mark = text.indexOf(QLatin1Char('?'));
    return mark < 0 ? QString() : text.mid(mark + 1).section(QLatin1Char('#'), 0, 0);
}

} // namespace

std::optional<PushUrlExpiry> PushUrlExpiry::read(const QString &server, const QString &streamKey)
{
    std::optional<PushUrlExpiry> earliest;
    for (const QString &part : {server, streamKey}) {
        const QUrlQuery query(queryOf(part.left(8192)));
        for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
            const std::optional<qint64> at = expiryOf(name, value);
            if (!at)
                continue;
            const QDateTime when = QDateTime::fromSecsSinceEpoch(*at, Qt::UTC);
            if (!earliest || when < earliest->expiresUtc)
                earliest = PushUrlExpiry{when, name};
        }
    }
    return earliest;
}

QString PushUrlExpiry::describe(const QDateTime &now) const
{
    const QDateTime local = expiresUtc.toLocalTime();
    const QString when = local.date() == now.toLocalTime().date() ? local.toString(QStringLiteral("HH:mm")) : local.toString(QStringLiteral("MM-dd HH:mm"));
    return expiresUtc <= now ? tr("stream key expired at %1").arg(when) : tr("stream key expires at %1").arg(when);
}

} // namespace shopcast::broadcast
