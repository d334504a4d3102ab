#include "ProductRepository.hpp"

#include <QPointer>

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "ProductJson.hpp"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace shopcast::catalog {

namespace {

const QString kColumns = QStringLiteral("id, sku, title, price_cents, promo_price_cents, currency, stock, image, selling_points, script, tags, url");

QString toJsonArray(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList fromJsonArray(const QString &text)
{
    QStringList out;
    for (const QJsonValue v : QJsonDocument::fromJson(text.toUtf8()).array())
        out.append(v.toString());
    return out;
}

Product fromRow(const QSqlQuery &q)
{
    Product p;
    p.id = q.value(0).toLongLong();
    p.sku = q.value(1).toString();
    p.title = q.value(2).toString();
    p.price = Money::fromCents(q.value(3).toLongLong());
    if (!q.value(4).isNull())
        p.promoPrice = Money::fromCents(q.value(4).toLongLong());
    p.currency = q.value(5).toString();
    if (!q.value(6).isNull())
        p.stock = q.value(6).toInt();
    p.imagePath = q.value(7).toString();
    p.sellingPoints = fromJsonArray(q.value(8).toString());
    p.script = q.value(9).toString();
    p.tags = fromJsonArray(q.value(10).toString());
    p.url = q.value(11).toString();
    return p;
}

// A null QString binds as SQL NULL; text columns hold '' instead.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

void bindProduct(QSqlQuery &q, const Product &p)
{
    q.bindValue(QStringLiteral(":sku"), text(p.sku));
    q.bindValue(QStringLiteral(":title"), text(p.title));
    q.bindValue(QStringLiteral(":price"), p.price.cents());
    q.bindValue(QStringLiteral(":promo"), p.promoPrice ? QVariant(p.promoPrice->cents()) : QVariant(QMetaType(QMetaType::LongLong)));
    q.bindValue(QStringLiteral(":currency"), text(p.currency));
    q.bindValue(QStringLiteral(":stock"), p.stock ? QVariant(*p.stock) : QVariant(QMetaType(QMetaType::Int)));
    q.bindValue(QStringLiteral(":image"), text(p.imagePath));
    q.bindValue(QStringLiteral(":points"), toJsonArray(p.sellingPoints));
    q.bindValue(QStringLiteral(":script"), text(p.script));
    q.bindValue(QStringLiteral(":tags"), toJsonArray(p.tags));
    q.bindValue(QStringLiteral(":url"), text(p.url));
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

} // namespace

ProductRepository::ProductRepository(storage::Database &db)
    : m_db(db)
{}

std::optional<Product> ProductRepository::findIn(const QSqlDatabase &db, const QString &sku)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM products WHERE sku = ?").arg(kColumns));
    q.addBindValue(sku);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

bool ProductRepository::saveOne(const QSqlDatabase &db, const Product &product, const QString &source, SaveResult &result, QString *error)
{
    const std::optional<Product> existing = findIn(db, product.sku);
    QSqlQuery q(db);
    if (existing) {
        Product comparable = product;
        comparable.id = existing->id;
        if (comparable == *existing) {
            ++result.unchanged;
            return true;
        }
        QSqlQuery history(db);
        history.prepare(QStringLiteral("INSERT INTO product_history (product_id, changed_at, source, before_json) VALUES (?, ?, ?, ?)"));
        history.addBindValue(existing->id);
        history.addBindValue(now());
        history.addBindValue(source);
        history.addBindValue(QString::fromUtf8(QJsonDocument(ProductJson::toJson(*existing)).toJson(QJsonDocument::Compact)));
        if (!history.exec()) {
            *error = history.lastError().text();
            return false;
        }
        q.prepare(QStringLiteral("UPDATE products SET title=:title, price_cents=:price, promo_price_cents=:promo, currency=:currency,"
                                 " stock=:stock, image=:image, selling_points=:points, script=:script, tags=:tags, url=:url,"
                                 " updated_at=:now WHERE sku=:sku"));
        ++result.updated;
    } else {
        q.prepare(QStringLiteral("INSERT INTO products (sku, title, price_cents, promo_price_cents, currency, stock, image,"
                                 " selling_points, script, tags, url, created_at, updated_at) VALUES (:sku, :title, :price, :promo,"
                                 " :currency, :stock, :image, :points, :script, :tags, :url, :now, :now)"));
        ++result.added;
    }
    bindProduct(q, product);
    q.bindValue(QStringLiteral(":now"), now());
    if (!q.exec()) {
        *error = QStringLiteral("%1: %2").arg(product.sku, q.lastError().text());
        return false;
    }
    return true;
}

std::optional<ProductRepository::SaveResult> ProductRepository::saveAll(const QList<Product> &products, const QString &source, QString *error)
{
    QSqlDatabase db = m_db.connection();
    if (!db.transaction()) {
        *error = db.lastError().text();
        return std::nullopt;
    }
    SaveResult result;
    for (const Product &p : products) {
        if (!saveOne(db, p, source, result, error)) {
            db.rollback();
            return std::nullopt;
        }
    }
    if (!db.commit()) {
        *error = db.lastError().text();
        db.rollback();
        return std::nullopt;
    }
    return result;
}

void ProductRepository::saveAllLater(const QList<Product> &products, const QString &source, QObject *context,
                                     std::function<void(std::optional<SaveResult>, QString)> done)
{
    auto result = std::make_shared<SaveResult>();
    m_db.writer().submit(
        [products, source, result](QSqlDatabase &db, QString *error) {
            for (const Product &p : products)
                if (!saveOne(db, p, source, *result, error))
                    return false; // the job's savepoint undoes the ones before: nothing is imported
            return true;
        },
        QStringLiteral("import"),
        [context = QPointer<QObject>(context), result, done = std::move(done)](bool ok, const QString &error) {
            QMetaObject::invokeMethod(
                context.data(),
                [context, ok, error, result, done] {
                    if (context)
                        done(ok ? std::optional<SaveResult>(*result) : std::nullopt, error);
                },
                Qt::QueuedConnection);
        });
}

bool ProductRepository::save(Product &product, const QString &source, QString *error)
{
    const auto result = saveAll({product}, source, error);
    if (!result)
        return false;
    if (auto stored = findBySku(product.sku))
        product.id = stored->id;
    return true;
}

void ProductRepository::saveLater(const Product &product, const QString &source)
{
    m_db.writer().submit(
        [product, source](QSqlDatabase &db, QString *error) {
            SaveResult ignored;
            return saveOne(db, product, source, ignored, error);
        },
        QStringLiteral("product %1").arg(product.sku));
}

bool ProductRepository::remove(const QString &sku, QString *error)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM products WHERE sku = ?"));
    q.addBindValue(sku);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    return true;
}

std::optional<Product> ProductRepository::findBySku(const QString &sku) const
{
    return findIn(m_db.connection(), sku);
}

bool ProductRepository::allIn(const QSqlDatabase &db, QList<Product> &out, QString *error)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM products ORDER BY id").arg(kColumns))) {
        *error = q.lastError().text();
        return false;
    }
    while (q.next())
        out.append(fromRow(q));
    return true;
}

QList<Product> ProductRepository::all() const
{
    QList<Product> out;
    QString ignored;
    allIn(m_db.connection(), out, &ignored);
    return out;
}

void ProductRepository::allLater(std::function<void(QList<Product>, QString)> done) const
{
    auto products = std::make_shared<QList<Product>>();
    m_db.writer().submit(
        [products](QSqlDatabase &db, QString *error) { return allIn(db, *products, error); }, QStringLiteral("products read"),
        [products, done = std::move(done)](bool ok, const QString &error) { done(ok ? std::move(*products) : QList<Product>{}, ok ? QString() : error); });
}

QList<Product> ProductRepository::search(const QString &query, int limit) const
{
    const QStringList words = query.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    QString where;
    for (int i = 0; i < words.size(); ++i)
        where += QStringLiteral("%1 (sku LIKE :w%2 ESCAPE '\\' OR title LIKE :w%2 ESCAPE '\\' OR tags LIKE :w%2 ESCAPE '\\')")
                     .arg(i == 0 ? QStringLiteral("WHERE") : QStringLiteral("AND"))
                     .arg(i);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM products %2 ORDER BY id LIMIT %3").arg(kColumns, where).arg(limit));
    for (int i = 0; i < words.size(); ++i) {
        QString w = words.at(i);
        w.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%")).replace(QLatin1Char('_'), QStringLiteral("\\_"));
        q.bindValue(QStringLiteral(":w%1").arg(i), QLatin1Char('%') + w + QLatin1Char('%'));
    }
    QList<Product> out;
    if (!q.exec())
        return out;
    while (q.next())
        out.append(fromRow(q));
    return out;
}

int ProductRepository::count() const
{
    QSqlQuery q(m_db.connection());
    q.exec(QStringLiteral("SELECT COUNT(*) FROM products"));
    return q.next() ? q.value(0).toInt() : 0;
}

QList<ProductChange> ProductRepository::history(const QString &sku) const
{
    QList<ProductChange> out;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT h.changed_at, h.source, h.before_json FROM product_history h JOIN products p ON p.id = h.product_id"
                             " WHERE p.sku = ? ORDER BY h.id"));
    q.addBindValue(sku);
    if (!q.exec())
        return out;
    while (q.next()) {
        QStringList ignored;
        ProductChange change{q.value(0).toString(), q.value(1).toString(),
                             ProductJson::fromJson(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object(), &ignored)};
        out.append(change);
    }
    return out;
}

} // namespace shopcast::catalog
