#include "Order.hpp"

namespace shopcast::sales {

QString OrderStatuses::id(OrderStatus status)
{
    switch (status) {
    case OrderStatus::Paid: return QStringLiteral("paid");
    case OrderStatus::Refunded: return QStringLiteral("refunded");
    case OrderStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

} // namespace shopcast::sales
