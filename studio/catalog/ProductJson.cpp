#include "ProductJson.hpp"

#include <QCoreApplication>
#include <QJsonArray>

namespace shopcast::catalog {

namespace {

// Prices may come as strings or as JSON numbers from a script; numbers are
// read through their shortest decimal text, so 12.9 stays 12.90.
QString priceText(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

QStringList listOf(const QJsonValue &v)
{
    if (v.isString())
        return v.toString().split(QLatin1Char('|'), Qt::SkipEmptyParts);
    QStringList out;
    for (const QJsonValue item : v.toArray())
        out.append(item.toString().trimmed());
    return out;
}

} // namespace

QJsonObject ProductJson::toJson(const Product &p)
{
    QJsonObject o{{QStringLiteral("sku"), p.sku},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("price"), p.price.toString()},
                  {QStringLiteral("currency"), p.currency},
                  {QStringLiteral("image"), p.imagePath},
                  {QStringLiteral("selling_points"), QJsonArray::fromStringList(p.sellingPoints)},
                  {QStringLiteral("script"), p.script},
                  {QStringLiteral("tags"), QJsonArray::fromStringList(p.tags)},
                  {QStringLiteral("url"), p.url}};
    o.insert(QStringLiteral("promo_price"), p.promoPrice ? QJsonValue(p.promoPrice->toString()) : QJsonValue());
    o.insert(QStringLiteral("stock"), p.stock ? QJsonValue(*p.stock) : QJsonValue());
    return o;
}

Product ProductJson::fromJson(const QJsonObject &o, QStringList *errors)
{
    Product p;
    p.sku = o.value(QStringLiteral("sku")).toString().trimmed();
    if (p.sku.isEmpty())
        errors->append(ProductJson::tr("sku: missing"));
    p.title = o.value(QStringLiteral("title")).toString().trimmed();
    if (p.title.isEmpty())
        errors->append(ProductJson::tr("title: missing"));
    QString reason;
    const QString price = priceText(o.value(QStringLiteral("price")));
    if (auto m = Money::parse(price, &reason))
        p.price = *m;
    else
        errors->append(ProductJson::tr("price '%1' %2").arg(price, reason));
    const QJsonValue promo = o.value(QStringLiteral("promo_price"));
    if (!promo.isNull() && !promo.isUndefined() && !priceText(promo).isEmpty()) {
        if (auto m = Money::parse(priceText(promo), &reason))
            p.promoPrice = *m;
        else
            errors->append(ProductJson::tr("promo_price '%1' %2").arg(priceText(promo), reason));
    }
    const QString currency = o.value(QStringLiteral("currency")).toString().trimmed().toUpper();
    if (!currency.isEmpty())
        p.currency = currency;
    const QJsonValue stock = o.value(QStringLiteral("stock"));
    if (stock.isDouble()) {
        const double v = stock.toDouble();
        if (v < 0 || v != double(qint64(v)) || v > 1e9)
            errors->append(ProductJson::tr("stock '%1' is not a whole number of items").arg(v));
        else
            p.stock = int(v);
    } else if (stock.isString() && !stock.toString().trimmed().isEmpty()) {
        bool ok = false;
        const int v = stock.toString().trimmed().toInt(&ok);
        if (!ok || v < 0)
            errors->append(ProductJson::tr("stock '%1' is not a whole number of items").arg(stock.toString()));
        else
            p.stock = v;
    }
    p.imagePath = o.value(QStringLiteral("image")).toString().trimmed();
    p.sellingPoints = listOf(o.value(QStringLiteral("selling_points")));
    p.script = o.value(QStringLiteral("script")).toString();
    p.tags = listOf(o.value(QStringLiteral("tags")));
    p.url = o.value(QStringLiteral("url")).toString().trimmed();
    return p;
}

} // namespace shopcast::catalog
