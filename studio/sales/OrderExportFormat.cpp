#include "OrderExportFormat.hpp"

#include <QHash>

#include <algorithm>

namespace shopcast::sales {

namespace {

QStringList cols(std::initializer_list<const char *> names)
{
    QStringList out;
    for (const char *n : names)
        out.append(QString::fromUtf8(n));
    return out;
}

} // namespace

QList<OrderExportFormat> OrderExportFormat::presets()
{
    // Column names as the platforms' order exports write them; where
    // versions of an export differ, each known name is listed.
    OrderExportFormat douyin;
    douyin.id = QStringLiteral("douyin");
    douyin.name = QStringLiteral("抖店");
    douyin.platform = QStringLiteral("douyin");
    douyin.orderId = cols({"主订单编号"});
    douyin.lineId = cols({"子订单编号"});
    douyin.sku = cols({"商家编码"});
    douyin.productId = cols({"商品ID"});
    douyin.title = cols({"选购商品", "商品名称"});
    douyin.quantity = cols({"商品数量"});
    douyin.paid = cols({"订单应付金额", "实付金额"});
    douyin.buyer = cols({"收件人", "买家昵称"});
    douyin.paidAt = cols({"支付完成时间", "支付时间"});
    douyin.status = cols({"订单状态"});
    douyin.afterSale = cols({"售后状态"});

    OrderExportFormat taobao;
    taobao.id = QStringLiteral("taobao");
    taobao.name = QStringLiteral("千牛");
    taobao.platform = QStringLiteral("taobao");
    taobao.orderId = cols({"订单编号"});
    taobao.lineId = cols({"子订单编号"});
    taobao.sku = cols({"商家编码", "外部系统编号"});
    taobao.productId = cols({"商品ID", "宝贝ID"});
    taobao.title = cols({"宝贝标题", "标题"});
    taobao.quantity = cols({"购买数量", "宝贝总数量"});
    taobao.paid = cols({"买家实际支付金额", "买家实付金额"});
    taobao.buyer = cols({"买家会员名"});
    taobao.paidAt = cols({"订单付款时间", "付款时间"});
    taobao.status = cols({"订单状态"});
    taobao.afterSale = cols({"退款状态"});

    OrderExportFormat kuaishou;
    kuaishou.id = QStringLiteral("kuaishou");
    kuaishou.name = QStringLiteral("快手小店");
    kuaishou.platform = QStringLiteral("kuaishou");
    kuaishou.orderId = cols({"订单号"});
    kuaishou.lineId = cols({"子订单号"});
    kuaishou.sku = cols({"商家编码", "SKU编码"});
    kuaishou.productId = cols({"商品ID"});
    kuaishou.title = cols({"商品名称"});
    kuaishou.quantity = cols({"成交数量", "商品数量"});
    kuaishou.paid = cols({"实付款", "实付金额"});
    kuaishou.buyer = cols({"买家昵称"});
    kuaishou.paidAt = cols({"支付时间", "付款时间"});
    kuaishou.status = cols({"订单状态"});
    kuaishou.afterSale = cols({"售后状态"});
    return {douyin, taobao, kuaishou};
}

std::optional<OrderExportFormat> OrderExportFormat::byId(const QString &id)
{
    for (const OrderExportFormat &f : presets())
        if (f.id == id)
            return f;
    return std::nullopt;
}

std::optional<OrderExportFormat> OrderExportFormat::detect(const QStringList &header)
{
    // The most specific first: 抖店's 主订单编号 and 快手's 订单号 are distinct,
    // 千牛's 订单编号 too; a header that fits two presets is ambiguous.
    std::optional<OrderExportFormat> found;
    for (const OrderExportFormat &f : presets()) {
        if (!f.fits(header))
            continue;
        if (found)
            return std::nullopt;
        found = f;
    }
    return found;
}

bool OrderExportFormat::fits(const QStringList &header, QStringList *missing) const
{
    QStringList absent;
    const auto need = [&](const Columns &names) {
        if (std::none_of(names.cbegin(), names.cend(), [&](const QString &n) { return header.contains(n); }))
            absent.append(names.value(0));
    };
    need(orderId);
    need(quantity);
    need(paid);
    need(paidAt);
    if (missing)
        *missing = absent;
    return absent.isEmpty();
}

OrderStatus OrderExportFormat::statusOf(const QString &statusText, const QString &afterSaleText) const
{
    // A refund shows in the after-sale column on 抖店 and 快手, in the
    // status or refund column on 千牛. The words are made once: this runs
    // on every line of an export.
    static const QStringList refundedWords{QStringLiteral("退款成功"), QStringLiteral("已退款")};
    static const QStringList closedWords{QStringLiteral("已关闭"), QStringLiteral("交易关闭"),     QStringLiteral("已取消"), QStringLiteral("订单关闭"),
                                         QStringLiteral("未付款"), QStringLiteral("等待买家付款"), QStringLiteral("待付款")};
    const auto containsAny = [](const QString &t, const QStringList &words) {
        return std::any_of(words.cbegin(), words.cend(), [&t](const QString &w) { return t.contains(w); });
    };
    if (containsAny(afterSaleText, refundedWords) || containsAny(statusText, refundedWords))
        return OrderStatus::Refunded;
    if (containsAny(statusText, closedWords))
        return OrderStatus::Cancelled;
    return OrderStatus::Paid;
}

QStringList OrderExportFormat::fieldIds()
{
    return {QStringLiteral("orderId"), QStringLiteral("quantity"), QStringLiteral("paid"),      QStringLiteral("paidAt"),
            QStringLiteral("sku"),     QStringLiteral("lineId"),   QStringLiteral("productId"), QStringLiteral("title"),
            QStringLiteral("buyer"),   QStringLiteral("buyerId"),  QStringLiteral("status"),    QStringLiteral("afterSale")};
}

bool OrderExportFormat::isRequiredField(const QString &field)
{
    return fieldIds().mid(0, 4).contains(field);
}

QString OrderExportFormat::fieldLabel(const QString &field)
{
    static const QHash<QString, const char *> labels{{QStringLiteral("orderId"), QT_TR_NOOP("Order id (订单号)")},
                                                     {QStringLiteral("quantity"), QT_TR_NOOP("Quantity (数量)")},
                                                     {QStringLiteral("paid"), QT_TR_NOOP("Paid amount in yuan (实付)")},
                                                     {QStringLiteral("paidAt"), QT_TR_NOOP("Paid time (付款时间)")},
                                                     {QStringLiteral("sku"), QT_TR_NOOP("Merchant code / SKU (商家编码)")},
                                                     {QStringLiteral("lineId"), QT_TR_NOOP("Line id (子订单号)")},
                                                     {QStringLiteral("productId"), QT_TR_NOOP("Platform product id (商品ID)")},
                                                     {QStringLiteral("title"), QT_TR_NOOP("Product title (商品名称)")},
                                                     {QStringLiteral("buyer"), QT_TR_NOOP("Buyer (买家昵称)")},
                                                     {QStringLiteral("buyerId"), QT_TR_NOOP("Buyer id (买家ID)")},
                                                     {QStringLiteral("status"), QT_TR_NOOP("Order status (订单状态)")},
                                                     {QStringLiteral("afterSale"), QT_TR_NOOP("After-sale status (售后状态)")}};
    const char *label = labels.value(field);
    return label ? tr(label) : field;
}

std::optional<OrderExportFormat> OrderExportFormat::fromColumns(const QList<QPair<QString, QString>> &fieldColumns, QString *error)
{
    OrderExportFormat f;
    f.id = QStringLiteral("custom");
    f.name = tr("column mapping");
    f.platform = QStringLiteral("other");
    const QHash<QString, Columns *> fields{
        {QStringLiteral("orderId"), &f.orderId},     {QStringLiteral("lineId"), &f.lineId}, {QStringLiteral("sku"), &f.sku},
        {QStringLiteral("productId"), &f.productId}, {QStringLiteral("title"), &f.title},   {QStringLiteral("quantity"), &f.quantity},
        {QStringLiteral("paid"), &f.paid},           {QStringLiteral("buyer"), &f.buyer},   {QStringLiteral("buyerId"), &f.buyerId},
        {QStringLiteral("paidAt"), &f.paidAt},       {QStringLiteral("status"), &f.status}, {QStringLiteral("afterSale"), &f.afterSale}};
    for (const auto &[key, column] : fieldColumns) {
        if (key == QLatin1String("platform")) {
            f.platform = column;
            continue;
        }
        if (!fields.contains(key)) {
            *error = tr("'%1' is not a field (orderId, lineId, sku, productId, title, quantity, paid, buyer, buyerId, paidAt, status, afterSale, platform)")
                         .arg(key);
            return std::nullopt;
        }
        *fields.value(key) = QStringList{column};
    }
    for (const QString &key : fieldIds())
        if (isRequiredField(key) && fields.value(key)->isEmpty()) {
            *error = tr("the mapping needs %1=<column>").arg(key);
            return std::nullopt;
        }
    return f;
}

std::optional<OrderExportFormat> OrderExportFormat::fromMapping(const QString &spec, QString *error)
{
    QList<QPair<QString, QString>> pairs;
    for (const QString &pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString column = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        if (eq < 0 || column.isEmpty()) {
            *error = tr("'%1' is not field=column").arg(pair.trimmed());
            return std::nullopt;
        }
        pairs.append({pair.left(eq).trimmed(), column});
    }
    return fromColumns(pairs, error);
}

} // namespace shopcast::sales
