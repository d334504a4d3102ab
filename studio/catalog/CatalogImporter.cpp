#include "CatalogImporter.hpp"

#include "CsvReader.hpp"
#include "ProductJson.hpp"

#include "work/GuiThreadCheck.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace shopcast::catalog {

namespace {

struct Field
{
    const char *key;
    bool required;
    QStringList aliases;
};

const QList<Field> &fields()
{
    static const QList<Field> all = {
        {"sku", true, {QStringLiteral("sku"), QStringLiteral("商品编码"), QStringLiteral("货号")}},
        {"title", true, {QStringLiteral("title"), QStringLiteral("商品名称"), QStringLiteral("标题")}},
        {"price", true, {QStringLiteral("price"), QStringLiteral("原价"), QStringLiteral("价格")}},
        {"promo_price", false, {QStringLiteral("promo_price"), QStringLiteral("直播价"), QStringLiteral("活动价")}},
        {"currency", false, {QStringLiteral("currency"), QStringLiteral("币种")}},
        {"stock", false, {QStringLiteral("stock"), QStringLiteral("库存")}},
        {"image", false, {QStringLiteral("image"), QStringLiteral("图片")}},
        {"selling_points", false, {QStringLiteral("selling_points"), QStringLiteral("卖点")}},
        {"script", false, {QStringLiteral("script"), QStringLiteral("讲解词")}},
        {"tags", false, {QStringLiteral("tags"), QStringLiteral("标签")}},
        {"url", false, {QStringLiteral("url"), QStringLiteral("链接")}},
    };
    return all;
}

// The column a ProductJson message is about ("price '..' is not a number").
QString fieldOf(const QString &message)
{
    const int end = message.indexOf(QRegularExpression(QStringLiteral("[ :]")));
    return end < 0 ? message : message.left(end);
}

void checkImage(Product &p, const QString &baseDir, int line, int column, ImportResult &result)
{
    if (p.imagePath.isEmpty())
        return;
    const QString resolved = QDir(baseDir).absoluteFilePath(p.imagePath);
    if (QFileInfo::exists(resolved))
        p.imagePath = QDir::cleanPath(resolved);
    else
        result.warnings.append({line, column, CatalogImporter::tr("image '%1' not found; the card shows a placeholder").arg(p.imagePath)});
}

void checkPromo(const Product &p, int line, ImportResult &result)
{
    if (p.promoPrice && *p.promoPrice > p.price)
        result.warnings.append({line, 0, CatalogImporter::tr("promo price %1 is above the price %2").arg(p.promoPrice->toString(), p.price.toString())});
}

} // namespace

QString ImportIssue::toString() const
{
    if (line <= 0)
        return message;
    if (column > 0)
        return QCoreApplication::translate("CatalogImporter", "line %1, column %2: %3").arg(line).arg(column).arg(message);
    return QCoreApplication::translate("CatalogImporter", "line %1: %2").arg(line).arg(message);
}

ImportResult CatalogImporter::parseFile(const QString &path)
{
    // The window imports on the compute pool; the watchdog test counts this.
    work::GuiThreadCheck::expectWorker("CatalogImporter::parseFile");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ImportResult result;
        result.errors.append({0, 0, CatalogImporter::tr("cannot read %1: %2").arg(path, file.errorString())});
        return result;
    }
    const QByteArray bytes = file.readAll();
    const QString baseDir = QFileInfo(path).absolutePath();
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return parseJson(bytes, baseDir);
    return parseCsv(bytes, baseDir);
}

ImportResult CatalogImporter::parseCsv(const QByteArray &bytes, const QString &baseDir)
{
    ImportResult result;
    const CsvReader::Result csv = CsvReader::read(bytes);
    result.encoding = csv.encoding;
    if (!csv.error.isEmpty()) {
        result.errors.append({0, 0, csv.error});
        return result;
    }
    if (csv.records.isEmpty()) {
        result.errors.append({0, 0, CatalogImporter::tr("the file is empty")});
        return result;
    }

    // Map header cells to fields; unknown columns are reported and skipped.
    const CsvReader::Record &header = csv.records.first();
    QHash<QString, int> columnOf;
    for (int c = 0; c < header.fields.size(); ++c) {
        const QString name = header.fields.at(c).trimmed().toLower();
        bool known = false;
        for (const Field &f : fields()) {
            if (f.aliases.contains(name)) {
                if (columnOf.contains(QLatin1String(f.key)))
                    result.errors.append({header.line, c + 1, CatalogImporter::tr("column '%1' appears twice").arg(header.fields.at(c))});
                columnOf.insert(QLatin1String(f.key), c);
                known = true;
            }
        }
        if (!known && !name.isEmpty())
            result.warnings.append({header.line, c + 1, CatalogImporter::tr("unknown column '%1' is ignored").arg(header.fields.at(c))});
    }
    for (const Field &f : fields())
        if (f.required && !columnOf.contains(QLatin1String(f.key)))
            result.errors.append({header.line, 0, CatalogImporter::tr("required column %1 is missing").arg(f.aliases.join(QLatin1Char('/')))});
    if (!result.errors.isEmpty())
        return result;

    QHash<QString, int> firstLineOfSku;
    for (qsizetype r = 1; r < csv.records.size(); ++r) {
        const CsvReader::Record &record = csv.records.at(r);
        QJsonObject object;
        for (auto it = columnOf.constBegin(); it != columnOf.constEnd(); ++it) {
            const QString cell = it.value() < record.fields.size() ? record.fields.at(it.value()) : QString();
            object.insert(it.key(), cell);
        }
        QStringList problems;
        Product product = ProductJson::fromJson(object, &problems);
        for (const QString &problem : problems)
            result.errors.append({record.line, columnOf.value(fieldOf(problem), -1) + 1, problem});
        if (!product.sku.isEmpty()) {
            if (firstLineOfSku.contains(product.sku))
                result.errors.append({record.line, columnOf.value(QStringLiteral("sku")) + 1,
                                      CatalogImporter::tr("SKU '%1' already appears on line %2").arg(product.sku).arg(firstLineOfSku.value(product.sku))});
            else
                firstLineOfSku.insert(product.sku, record.line);
        }
        checkImage(product, baseDir, record.line, columnOf.value(QStringLiteral("image"), -1) + 1, result);
        checkPromo(product, record.line, result);
        result.products.append(product);
    }
    if (!result.errors.isEmpty())
        result.products.clear();
    return result;
}

ImportResult CatalogImporter::parseJson(const QByteArray &bytes, const QString &baseDir)
{
    ImportResult result;
    result.encoding = QStringLiteral("UTF-8");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Report the line the parser stopped on, as for CSV.
        const int line = int(bytes.left(parseError.offset).count('\n')) + 1;
        result.errors.append({line, 0, CatalogImporter::tr("not valid JSON: %1").arg(parseError.errorString())});
        return result;
    }
    const QJsonArray items = doc.isArray() ? doc.array() : doc.object().value(QStringLiteral("products")).toArray();
    if (!doc.isArray() && !doc.object().value(QStringLiteral("products")).isArray()) {
        result.errors.append({0, 0, CatalogImporter::tr("expected an array of products or {\"products\": [...]}")});
        return result;
    }
    QHash<QString, int> firstOfSku;
    for (int i = 0; i < items.size(); ++i) {
        if (!items.at(i).isObject()) {
            result.errors.append({0, 0, CatalogImporter::tr("product #%1 is not an object").arg(i + 1)});
            continue;
        }
        QStringList problems;
        Product product = ProductJson::fromJson(items.at(i).toObject(), &problems);
        for (const QString &problem : problems)
            result.errors.append({0, 0, CatalogImporter::tr("product #%1: %2").arg(i + 1).arg(problem)});
        if (firstOfSku.contains(product.sku))
            result.errors.append(
                {0, 0,
                 CatalogImporter::tr("product #%1: SKU '%2' already appears in product #%3").arg(i + 1).arg(product.sku).arg(firstOfSku.value(product.sku))});
        else if (!product.sku.isEmpty())
            firstOfSku.insert(product.sku, i + 1);
        checkImage(product, baseDir, 0, 0, result);
        checkPromo(product, 0, result);
        result.products.append(product);
    }
    if (!result.errors.isEmpty())
        result.products.clear();
    return result;
}

} // namespace shopcast::catalog
