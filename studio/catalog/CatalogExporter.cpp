#include "CatalogExporter.hpp"

#include "ProductJson.hpp"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>

namespace shopcast::catalog {

namespace {

QString quoted(const QString &field)
{
    if (!field.contains(QLatin1Char(',')) && !field.contains(QLatin1Char('"')) && !field.contains(QLatin1Char('\n')) && !field.contains(QLatin1Char('\r'))
        && field.trimmed() == field)
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

} // namespace

QByteArray CatalogExporter::toCsv(const QList<Product> &products)
{
    QStringList lines;
    lines.append(QStringLiteral("sku,title,price,promo_price,currency,stock,image,selling_points,script,tags,url"));
    for (const Product &p : products) {
        const QStringList cells = {p.sku,
                                   p.title,
                                   p.price.toString(),
                                   p.promoPrice ? p.promoPrice->toString() : QString(),
                                   p.currency,
                                   p.stock ? QString::number(*p.stock) : QString(),
                                   p.imagePath,
                                   p.sellingPoints.join(QLatin1Char('|')),
                                   p.script,
                                   p.tags.join(QLatin1Char('|')),
                                   p.url};
        QStringList row;
        for (const QString &cell : cells)
            row.append(quoted(cell));
        lines.append(row.join(QLatin1Char(',')));
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QByteArray CatalogExporter::toJson(const QList<Product> &products)
{
    QJsonArray array;
    for (const Product &p : products)
        array.append(ProductJson::toJson(p));
    return QJsonDocument(QJsonObject{{QStringLiteral("products"), array}}).toJson(QJsonDocument::Indented);
}

} // namespace shopcast::catalog
