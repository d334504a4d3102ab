#pragma once

#include "Money.hpp"

#include <QStringList>

#include <optional>

namespace shopcast::catalog {

struct Product
{
    qint64 id = 0; // database row; 0 until stored
    QString sku;   // unique
    QString title;
    Money price;
    std::optional<Money> promoPrice; // 直播价
    QString currency = QStringLiteral("CNY");
    std::optional<int> stock; // not tracked when empty
    QString imagePath;
    QStringList sellingPoints; // 卖点
    QString script;            // 讲解词, for the host
    QStringList tags;
    QString url;

    // The price viewers pay now.
    Money effectivePrice() const { return promoPrice.value_or(price); }

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace shopcast::catalog
