#pragma once

#include "Order.hpp"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::sales {

// Which column of a platform's order export holds what, and how its status
// words read. Presets for the exports of 抖店 (Douyin), 千牛 (Taobao) and 快手小店
// (Kuaishou) are recognised by their header; any other file is read through
// a mapping the user gives ("orderId=订单号,sku=货号,...").
struct OrderExportFormat
{
    Q_DECLARE_TR_FUNCTIONS(OrderExportFormat)
public:
    // A field's column: the first of these headers the file has.
    using Columns = QStringList;

    QString id;   // "douyin", "taobao", "kuaishou", "custom"
    QString name; // "抖店"
    QString platform;
    Columns orderId;
    Columns lineId;    // optional
    Columns sku;       // optional; the merchant code
    Columns productId; // optional
    Columns title;     // optional
    Columns quantity;
    Columns paid;    // yuan, "129.00"
    Columns buyer;   // optional
    Columns buyerId; // optional: the platform's buyer id (matches a commenter's id)
    Columns paidAt;
    Columns status;    // optional: all paid without it
    Columns afterSale; // optional: a refund shows here on some platforms

    static QList<OrderExportFormat> presets();
    static std::optional<OrderExportFormat> byId(const QString &id);
    // The preset whose required columns the header has.
    static std::optional<OrderExportFormat> detect(const QStringList &header);
    // "orderId=订单号,quantity=数量,paid=实付,paidAt=付款时间[,sku=..,lineId=..,
    // productId=..,title=..,buyer=..,status=..,afterSale=..,platform=name]"
    static std::optional<OrderExportFormat> fromMapping(const QString &spec, QString *error);
    // The same from (field, column) pairs, as the mapping dialog picks them
    // (a header may hold ',' or '=').
    static std::optional<OrderExportFormat> fromColumns(const QList<QPair<QString, QString>> &fieldColumns, QString *error);
    // The fields a mapping may name, the required ones first, and what a user reads for each.
    static QStringList fieldIds();
    static bool isRequiredField(const QString &field);
    static QString fieldLabel(const QString &field);

    // Whether the header has every required column; else names the missing.
    bool fits(const QStringList &header, QStringList *missing = nullptr) const;
    // The status of a line from its status and after-sale words.
    OrderStatus statusOf(const QString &statusText, const QString &afterSaleText) const;
};

} // namespace shopcast::sales
