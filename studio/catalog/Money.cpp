#include "Money.hpp"

#include <QCoreApplication>

namespace shopcast::catalog {

namespace {

// Spreadsheets typed with a Chinese input method often carry full-width
// digits, points and commas: read as their half-width forms.
char16_t halfWidth(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0xFF10 && u <= 0xFF19)
        return char16_t(u - 0xFF10 + u'0');
    if (u == 0xFF0E)
        return u'.';
    if (u == 0xFF0C)
        return u',';
    return u;
}

} // namespace

std::optional<Money> Money::parse(const QString &input, QString *reason)
{
    auto fail = [&](const QString &why) -> std::optional<Money> {
        if (reason)
            *reason = why;
        return std::nullopt;
    };
    // Read character by character, nothing copied: an order export has an
    // amount on each of its 200,000 lines. The shape accepted is
    // 1234 | 1,234,567 (groups of three), then an optional .digits.
    QStringView text = QStringView(input).trimmed();
    for (const QChar symbol : {QChar(0x00A5), QChar(0xFFE5), QChar('$'), QChar(0x20AC), QChar(0x00A3)})
        if (text.startsWith(symbol))
            text = text.mid(1).trimmed();
    if (text.isEmpty())
        return fail(Money::tr("is empty"));
    if (text.front() == QLatin1Char('-'))
        return fail(Money::tr("is negative"));
    const qsizetype size = text.size();
    const auto digit = [&](qsizetype i) {
        const char16_t u = halfWidth(text[i]);
        return u >= u'0' && u <= u'9' ? int(u - u'0') : -1;
    };
    qsizetype i = 0;
    qint64 whole = 0;
    int wholeDigits = 0;
    int group = 0; // digits since the last comma
    bool grouped = false;
    for (; i < size; ++i) {
        if (const int d = digit(i); d >= 0) {
            if (wholeDigits < 13)
                whole = whole * 10 + d;
            ++wholeDigits;
            ++group;
        } else if (halfWidth(text[i]) == u',') {
            if (grouped ? group != 3 : group < 1 || group > 3)
                return fail(Money::tr("is not a number"));
            grouped = true;
            group = 0;
        } else {
            break;
        }
    }
    if (wholeDigits == 0 || (grouped && group != 3))
        return fail(Money::tr("is not a number"));
    qint64 fraction = 0;
    int fractionDigits = 0;
    if (i < size && halfWidth(text[i]) == u'.') {
        for (++i; i < size && digit(i) >= 0; ++i, ++fractionDigits)
            if (fractionDigits < 2)
                fraction = fraction * 10 + digit(i);
        if (fractionDigits == 0)
            return fail(Money::tr("is not a number"));
    }
    if (i != size)
        return fail(Money::tr("is not a number"));
    if (fractionDigits > 2)
        return fail(Money::tr("has more than two decimals"));
    if (wholeDigits > 12)
        return fail(Money::tr("is too large"));
    return Money(whole * 100 + (fractionDigits == 1 ? fraction * 10 : fraction));
}

QString Money::toString() const
{
    return QStringLiteral("%1.%2").arg(m_cents / 100).arg(m_cents % 100, 2, 10, QLatin1Char('0'));
}

} // namespace shopcast::catalog
