#include "CatchQt.hpp"

#include "catalog/Money.hpp"

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
