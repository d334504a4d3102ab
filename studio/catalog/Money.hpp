#pragma once

#include <QCoreApplication>

#include <QString>

#include <optional>

namespace shopcast::catalog {

// An amount in cents (分). Prices are never floats: 0.1 + 0.2 must not show
// as 0.30000000000000004 on a price card.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }

    // Accepts "12.9", "12.90", "1,299.00", "¥12.90", full-width "１２．９０".
    // Refuses anything else with a reason ("is not a number", ...).
    static std::optional<Money> parse(const QString &text, QString *reason = nullptr);

    constexpr qint64 cents() const { return m_cents; }
    QString toString() const; // "12.90"

    friend constexpr bool operator==(Money, Money) = default;
    friend constexpr auto operator<=>(Money a, Money b) { return a.m_cents <=> b.m_cents; }

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    {}
    qint64 m_cents = 0;
};

} // namespace shopcast::catalog
