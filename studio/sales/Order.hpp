#pragma once

#include <QDateTime>
#include <QString>

namespace shopcast::sales {

enum class OrderStatus { Paid, Refunded, Cancelled };

class OrderStatuses
{
public:
    static QString id(OrderStatus status); // "paid", "refunded", "cancelled"
};

// One line of an order as the platform sold it: what, how many, for how
// much, to whom (masked as the platform shows it) and when. A platform's
// order holds one or more lines; where it names no line, the line id is
// the order id. Money is in fen (分), never a float.
struct Order
{
    QString platform; // "douyin", "taobao", "kuaishou", or what the bridge names
    QString orderId;
    QString lineId;
    QString sku; // the merchant's code (商家编码): the catalog's SKU when it matches
    QString platformProductId;
    QString title;
    int quantity = 1;
    qint64 paidCents = 0;
    QString buyer;    // "张**", as the platform masks it
    QString buyerId;  // the platform's id of the buyer where the source gives it (a commenter's user id on the same platform)
    QDateTime paidAt; // invalid: never paid (a cancelled order)
    OrderStatus status = OrderStatus::Paid;

    // Counted in sales (GMV, sold counts): paid and not refunded or cancelled.
    bool counts() const { return status == OrderStatus::Paid; }
};

} // namespace shopcast::sales
