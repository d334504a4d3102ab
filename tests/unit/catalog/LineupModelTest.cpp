#include "CatchQt.hpp"

#include "storage/Database.hpp"
#include "storage/StorageWriter.hpp"
#include "catalog/LineupModel.hpp"
#include "catalog/ProductRepository.hpp"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace shopcast::catalog;

namespace {

struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<shopcast::storage::Database> db;
    std::unique_ptr<ProductRepository> repo;

    Fixture()
    {
        QString error;
        db = shopcast::storage::Database::open(dir.filePath(QStringLiteral("studio.db")), &error);
        REQUIRE(db);
        repo = std::make_unique<ProductRepository>(*db);
        QList<Product> products;
        for (int i = 1; i <= 5; ++i) {
            Product p;
            p.sku = QStringLiteral("P%1").arg(i);
            p.title = QStringLiteral("商品%1").arg(i);
            p.price = Money::fromCents(1000 * i);
            p.stock = 10 * i;
            products.append(p);
        }
        REQUIRE(repo->saveAll(products, QStringLiteral("fixture"), &error));
    }
};

QStringList skus(const LineupModel &m)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out.append(m.productAt(r).sku);
    return out;
}

} // namespace

TEST_CASE("lineup: add, reorder, current product and sold out", "[lineup]")
{
    Fixture f;
    LineupModel model(*f.db, *f.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    for (const char *sku : {"P1", "P2", "P3", "P4"})
        REQUIRE(model.addProduct(QString::fromLatin1(sku), &error));
    CHECK_FALSE(model.addProduct(QStringLiteral("P1"), &error));
    CHECK(error.contains(QStringLiteral("already")));
    CHECK_FALSE(model.addProduct(QStringLiteral("NOPE"), &error));
    CHECK(model.rowCount() == 4);

    // The lineup only marks the product on air (the show decides it).
    QSignalSpy marked(&model, &LineupModel::onAirRowChanged);
    CHECK(model.onAirRow() == -1);
    model.markOnAir(QStringLiteral("P2"));
    CHECK(model.onAirRow() == 1);
    CHECK(model.headerData(1, Qt::Vertical).toString() == QStringLiteral("▶ 2"));
    CHECK(model.data(model.index(1, 0), LineupModel::IsCurrentRole).toBool());
    model.markOnAir(QStringLiteral("P2")); // the same: no signal
    CHECK(marked.count() == 1);

    // Moving rows keeps the mark on its product.
    model.markOnAir(QStringLiteral("P3"));
    REQUIRE(model.move(3, 0));
    CHECK(skus(model) == QStringList{QStringLiteral("P4"), QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3")});
    CHECK(model.onAirRow() == 3);
    REQUIRE(model.move(0, 3));
    CHECK(skus(model) == QStringList{QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4")});
    CHECK(model.onAirRow() == 2);

    // Drag and drop goes through the same move.
    std::unique_ptr<QMimeData> mime(model.mimeData({model.index(0, 0)}));
    model.dropMimeData(mime.get(), Qt::MoveAction, 2, 0, {});
    CHECK(skus(model) == QStringList{QStringLiteral("P2"), QStringLiteral("P1"), QStringLiteral("P3"), QStringLiteral("P4")});

    QSignalSpy soldOut(&model, &LineupModel::soldOutChanged);
    REQUIRE(model.setData(model.index(2, LineupModel::SoldOut), Qt::Checked, Qt::CheckStateRole));
    CHECK(model.isSoldOut(model.onAirRow()));
    CHECK(soldOut.count() == 1);

    REQUIRE(model.removeAt(2)); // the marked product is gone: no row is marked
    CHECK(model.onAirRow() == -1);

    // The order and marks come back from the database (written by the storage writer).
    REQUIRE(f.db->writer().flush());
    LineupModel reloaded(*f.db, *f.repo);
    REQUIRE(reloaded.load(&error));
    CHECK(skus(reloaded) == QStringList{QStringLiteral("P2"), QStringLiteral("P1"), QStringLiteral("P4")});
}

TEST_CASE("lineup: inline edits of live price and stock go to the catalog with history", "[lineup]")
{
    Fixture f;
    LineupModel model(*f.db, *f.repo);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QString error;
    REQUIRE(model.addProduct(QStringLiteral("P1"), &error));
    QSignalSpy edited(&model, &LineupModel::productEdited);
    QSignalSpy errors(&model, &LineupModel::errorOccurred);

    REQUIRE(model.setData(model.index(0, LineupModel::LivePrice), QStringLiteral("8.8")));
    CHECK(model.data(model.index(0, LineupModel::LivePrice)).toString() == QStringLiteral("8.80"));
    REQUIRE(model.setData(model.index(0, LineupModel::Stock), QStringLiteral("3")));
    REQUIRE(f.db->writer().flush()); // live edits are committed by the storage writer
    CHECK(f.repo->findBySku(QStringLiteral("P1"))->promoPrice->cents() == 880);
    CHECK(f.repo->findBySku(QStringLiteral("P1"))->stock == 3);
    CHECK(f.repo->history(QStringLiteral("P1")).size() == 2);
    CHECK(edited.count() == 2);

    CHECK_FALSE(model.setData(model.index(0, LineupModel::LivePrice), QStringLiteral("8,8O")));
    CHECK_FALSE(model.setData(model.index(0, LineupModel::Stock), QStringLiteral("-2")));
    CHECK(errors.count() == 2);
    CHECK(errors.first().first().toString().contains(QStringLiteral("is not a number")));
    CHECK_FALSE(model.setData(model.index(0, LineupModel::Title), QStringLiteral("renamed")));
    CHECK_FALSE(model.flags(model.index(0, LineupModel::Title)).testFlag(Qt::ItemIsEditable));
}
