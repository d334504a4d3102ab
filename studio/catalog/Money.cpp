#include "Money.hpp"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shopcast::catalog {

namespace {

// Spreadsheets typed with a Chinese input method often carry full-width digits.
QString toHalfWidth(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        const ushort u = c.unicode();
        if (u >= 0xFF10 && u <= 0xFF19)
            out.append(QChar(u - 0xFF10 + '0'));
        else if (u == 0xFF0E)
            out.append(QLatin1Char('.'));
        else if (u == 0xFF0C)
            out.append(QLatin1Char(','));
        else
            out.append(c);
    }
    return out;
}

} // namespace

std::optional<Money> Money::parse(const QString &input, QString *reason)
{
    auto fail = [&](const QString &why) -> std::optional<Money> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    QString text = toHalfWidth(input).trimmed();
    for (const QChar symbol : {QChar(0x00A5), QChar(0xFFE5), QChar('$'), QChar(0x20AC), QChar(0x00A3)})
        if (text.startsWith(symbol))
            text = text.mid(1).trimmed();
    if (text.isEmpty())
        return fail(Money::tr("is empty"));
    if (text.startsWith(QLatin1Char('-')))
        return fail(Money::tr("is negative"));
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return fail(Money::tr("is not a number"));
    const QString whole = match.captured(1).remove(QLatin1Char(','));
    const QString fraction = match.captured(2);
    if (fraction.size() > 2)
        return fail(Money::tr("has more than two decimals"));
    if (whole.size() > 12)
        return fail(Money::tr("is too large"));
    const qint64 cents = whole.toLongLong() * 100 + (fraction + QStringLiteral("00")).left(2).toLongLong();
    return Money(cents);
}

QString Money::toString() const
{
    return QStringLiteral("%1.%2").arg(m_cents / 100).arg(m_cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace shopcast::catalog
