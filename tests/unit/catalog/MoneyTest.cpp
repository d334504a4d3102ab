#include "CatchQt.hpp"

#include "catalog/Money.hpp"

#include <QRegularExpression>

#include <random>

using shopcast::catalog::Money;

TEST_CASE("prices parse to exact cents", "[money]")
{
    struct Case
    {
        const char *text;
        qint64 cents;
    };
    const Case cases[] = {{"12.9", 1290}, {"12.90", 1290}, {"12", 1200},         {"0.01", 1},     {"1,299.00", 129900},
                          {"¥99", 9900},  {"￥ 8.8", 880}, {"１２．９０", 1290}, {" 7.05 ", 705}, {"0", 0}};
    for (const Case &c : cases) {
        INFO(c.text);
        const auto m = Money::parse(QString::fromUtf8(c.text));
        REQUIRE(m);
        CHECK(m->cents() == c.cents);
    }
    // No float on the way: 0.1 + 0.2 is exactly 0.30.
    CHECK(Money::fromCents(Money::parse(QStringLiteral("0.1"))->cents() + Money::parse(QStringLiteral("0.2"))->cents()).toString() == QStringLiteral("0.30"));
    CHECK(Money::fromCents(129900).toString() == QStringLiteral("1299.00"));
    CHECK(Money::fromCents(5).toString() == QStringLiteral("0.05"));
}

TEST_CASE("non-prices are refused with a reason", "[money]")
{
    struct Case
    {
        const char *text;
        const char *reason;
    };
    const Case cases[] = {{"12,9O", "not a number"}, {"abc", "not a number"},   {"", "empty"},           {"-3", "negative"},
                          {"1.234", "two decimals"}, {"12,34", "not a number"}, {"1e5", "not a number"}, {"9999999999999", "too large"}};
    for (const Case &c : cases) {
        INFO(c.text);
        QString reason;
        CHECK_FALSE(Money::parse(QString::fromUtf8(c.text), &reason));
        CHECK(reason.contains(QString::fromUtf8(c.reason)));
    }
}

namespace {

// The parser as first written, with a regular expression: the rules the
// character-by-character one must keep.
std::optional<qint64> referenceCents(const QString &input, QString *reason)
{
    QString text;
    for (QChar c : input) {
        const char16_t u = c.unicode();
        text.append(u >= 0xFF10 && u <= 0xFF19 ? QChar(u - 0xFF10 + '0') : u == 0xFF0E ? QChar('.') : u == 0xFF0C ? QChar(',') : c);
    }
    text = text.trimmed();
    for (const QChar symbol : {QChar(0x00A5), QChar(0xFFE5), QChar('$'), QChar(0x20AC), QChar(0x00A3)})
        if (text.startsWith(symbol))
            text = text.mid(1).trimmed();
    if (text.isEmpty())
        return *reason = QStringLiteral("is empty"), std::nullopt;
    if (text.startsWith(QLatin1Char('-')))
        return *reason = QStringLiteral("is negative"), std::nullopt;
    static const QRegularExpression number(QStringLiteral("^(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?$"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return *reason = QStringLiteral("is not a number"), std::nullopt;
    const QString whole = match.captured(1).remove(QLatin1Char(','));
    const QString fraction = match.captured(2);
    if (fraction.size() > 2)
        return *reason = QStringLiteral("has more than two decimals"), std::nullopt;
    if (whole.size() > 12)
        return *reason = QStringLiteral("is too large"), std::nullopt;
    return whole.toLongLong() * 100 + (fraction + QStringLiteral("00")).left(2).toLongLong();
}

} // namespace

TEST_CASE("amounts: the digit-by-digit reader keeps the first parser's rules", "[money]")
{
    const char *shapes[] = {"1,234", "1,2345", ",123", "1,234,56", "1,234,567.8", "1.", ".5", "１,２３４", "0012", "1,299", "12.5", "1..2", "1,", "¥ ￥3"};
    for (const char *shape : shapes) {
        INFO(shape);
        QString expected;
        QString got;
        const auto reference = referenceCents(QString::fromUtf8(shape), &expected);
        const auto parsed = Money::parse(QString::fromUtf8(shape), &got);
        REQUIRE(parsed.has_value() == reference.has_value());
        if (parsed)
            CHECK(parsed->cents() == *reference);
        else
            CHECK(got == expected);
    }
    // Seeded: the same 20,000 strings on every run, of the characters that
    // steer the rules.
    std::mt19937 random(20261204);
    const QString alphabet = QStringLiteral("0123456789,.,..-¥$ １２．，a");
    for (int round = 0; round < 20'000; ++round) {
        QString text;
        const int length = int(random() % 18);
        for (int i = 0; i < length; ++i)
            text.append(alphabet.at(qsizetype(random() % alphabet.size())));
        INFO(text.toStdString());
        QString expected;
        QString got;
        const auto reference = referenceCents(text, &expected);
        const auto parsed = Money::parse(text, &got);
        REQUIRE(parsed.has_value() == reference.has_value());
        if (parsed)
            CHECK(parsed->cents() == *reference);
        else
            CHECK(got == expected);
    }
}
