#include "CatchQt.hpp"

#include "overlay/ProductCardRenderer.hpp"

#include <QColor>

using namespace shopcast;
using overlay::ProductCardRenderer;
using overlay::ProductCardState;

namespace {

ProductCardState cupState(const QString &image = QStringLiteral(SHOPCAST_RESOURCE_DIR "/demo/product.png"))
{
    ProductCardState s;
    s.product.sku = QStringLiteral("CUP-1");
    s.product.title = QStringLiteral("保温杯 316不锈钢 大容量 户外便携 直播专享超长标题会被省略号截断");
    s.product.price = *catalog::Money::parse(QStringLiteral("129"));
    s.product.promoPrice = catalog::Money::parse(QStringLiteral("99.9"));
    s.product.stock = 12;
    s.product.sellingPoints = {QStringLiteral("12小时保温"), QStringLiteral("顺丰包邮")};
    s.product.imagePath = image;
    return s;
}

// Share of pixels in a rect that are "ink": differ clearly from the card's
// own background at the rect's top-left corner.
double inkRatio(const QImage &img, const QRect &r)
{
    const QColor bg = img.pixelColor(r.topLeft());
    int ink = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (std::abs(c.red() - bg.red()) + std::abs(c.green() - bg.green()) + std::abs(c.blue() - bg.blue()) > 120)
                ++ink;
        }
    return double(ink) / (r.width() * r.height());
}

int countPixels(const QImage &img, const QRect &r, const std::function<bool(QColor)> &match)
{
    int n = 0;
    for (int y = r.top(); y <= r.bottom(); ++y)
        for (int x = r.left(); x <= r.right(); ++x)
            n += match(img.pixelColor(x, y)) ? 1 : 0;
    return n;
}

bool isRed(QColor c)
{
    return c.red() > 180 && c.green() < 110 && c.blue() < 110;
}

} // namespace

TEST_CASE("the card draws text, a red live price and the product image", "[overlay]")
{
    const QSize size(600, 240);
    const ProductCardState state = cupState();
    const QImage card = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    REQUIRE(card.size() == size);
    const auto l = ProductCardRenderer::layout(state, size);
    CHECK(inkRatio(card, l.title) > 0.05);  // the title is written
    CHECK(inkRatio(card, l.points) > 0.02); // selling point chips
    // The live price is red, and there is a lot of it.
    CHECK(countPixels(card, l.price, isRed) > l.price.width() * l.price.height() / 20);
    // The badge ("直播价") is a red block.
    CHECK(countPixels(card, l.badge, isRed) > l.badge.width() * l.badge.height() / 2);
    // Low stock is shown (red text in the stock area).
    CHECK(countPixels(card, l.stock, isRed) > 20);
    // The demo image is orange/pink: the image area is saturated, not grey.
    const QColor centre = card.pixelColor(l.image.center());
    CHECK(centre.saturation() > 60);
    // Corners outside the rounded card stay transparent for compositing.
    CHECK(card.pixelColor(0, 0).alpha() == 0);
}

TEST_CASE("a missing image gets the grey placeholder", "[overlay]")
{
    const QSize size(600, 240);
    const ProductCardState state = cupState(QStringLiteral("/nonexistent/cup.png"));
    const QImage card = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    const auto l = ProductCardRenderer::layout(state, size);
    const QColor c = card.pixelColor(l.image.left() + 8, l.image.top() + l.image.height() / 2);
    CHECK(c.saturation() < 20);
    CHECK(c.red() > 180);
}

TEST_CASE("without a discount there is no strike-through price and no badge", "[overlay]")
{
    const QSize size(600, 240);
    ProductCardState state = cupState();
    state.product.promoPrice.reset();
    state.product.stock = 400;
    const QImage card = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    const auto l = ProductCardRenderer::layout(state, size);
    CHECK(countPixels(card, l.badge, isRed) == 0);
    CHECK(countPixels(card, l.stock, isRed) == 0); // plenty in stock: not alarming
}

TEST_CASE("a flash sale adds the countdown banner and changes the price", "[overlay]")
{
    const QSize size(600, 240);
    ProductCardState state = cupState();
    const QImage before = ProductCardRenderer::render(state, QStringLiteral("bold"), size);
    state.flashSaleRemainingMs = 90'000;
    state.flashSalePrice = catalog::Money::parse(QStringLiteral("59"));
    const QImage during = ProductCardRenderer::render(state, QStringLiteral("bold"), size);
    const auto l = ProductCardRenderer::layout(state, size);
    REQUIRE_FALSE(l.banner.isEmpty());
    CHECK(countPixels(during, l.banner, isRed) > l.banner.width() * l.banner.height() / 4);
    CHECK(before != during);
    state.flashSaleRemainingMs = 89'000; // the countdown ticks: the picture changes
    CHECK(ProductCardRenderer::render(state, QStringLiteral("bold"), size) != during);
}

TEST_CASE("the flash-sale banner keeps clear of the title, and banner and body meet without a gap", "[overlay]")
{
    for (const QString &templ : ProductCardRenderer::templates()) {
        for (const QSize size : {QSize(600, 240), QSize(1015, 384), QSize(240, 96)}) {
            INFO(templ.toStdString() << " " << size.width() << "x" << size.height());
            ProductCardState state = cupState();
            state.flashSaleRemainingMs = 90'000;
            const QImage card = ProductCardRenderer::render(state, templ, size);
            const auto l = ProductCardRenderer::layout(state, size);
            REQUIRE(l.title.top() > l.banner.bottom() + 1);
            // The rows between the banner and the title, over the title's
            // width, are the card's body: no banner red in them.
            const QRect between(l.title.left(), l.banner.bottom() + 1, l.title.width(), l.title.top() - l.banner.bottom() - 1);
            CHECK(countPixels(card, between, isRed) == 0);
            // Where they meet, across the middle of the card, nothing is
            // transparent: no notch of rounded corners at the join.
            for (int x = size.width() / 4; x < size.width() * 3 / 4; x += 7) {
                CHECK(card.pixelColor(x, l.banner.bottom()).alpha() > 200);
                CHECK(card.pixelColor(x, l.card.top()).alpha() > 200);
            }
            CHECK(card.pixelColor(1, l.card.top()).alpha() > 200); // square corners at the join
        }
    }
}

TEST_CASE("sold out greys the card", "[overlay]")
{
    const QSize size(600, 240);
    ProductCardState state = cupState();
    const QImage normal = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    state.soldOut = true;
    const QImage sold = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    const auto l = ProductCardRenderer::layout(state, size);
    const QPoint p(l.title.right() - 4, l.points.bottom() - 2);
    CHECK(qGray(sold.pixel(p)) < qGray(normal.pixel(p)) - 40);
}

TEST_CASE("cards fit landscape and portrait canvases", "[overlay]")
{
    for (const QSize canvas : {QSize(1280, 720), QSize(1920, 1080), QSize(720, 1280), QSize(1080, 1920)}) {
        const QSize size = ProductCardRenderer::defaultSize(canvas);
        INFO(canvas.width() << "x" << canvas.height());
        CHECK(size.width() <= canvas.width());
        CHECK(size.height() <= canvas.height() / 2);
        const QImage card = ProductCardRenderer::render(cupState(), QStringLiteral("light"), size);
        CHECK(card.size() == size);
    }
    CHECK(ProductCardRenderer::templates() == QStringList{QStringLiteral("light"), QStringLiteral("bold")});
}

TEST_CASE("sold units from live orders show with the stock left, inside the stock line's box", "[overlay][sales]")
{
    const QSize size(600, 240);
    ProductCardState state = cupState();
    state.product.stock = 400;
    const auto l = ProductCardRenderer::layout(state, size);
    const QImage plain = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    state.soldUnits = 128;
    const QImage sold = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    // "已售 128 · 剩 400" is another line than "库存 400 件", in the same box.
    CHECK(plain.copy(l.stock) != sold.copy(l.stock));
    CHECK(inkRatio(sold, l.stock) > 0.01);
    // Nothing of it spills out of the card to the right.
    const QRect right(l.card.right() + 1, l.stock.top(), size.width() - l.card.right() - 1, l.stock.height());
    if (!right.isEmpty())
        CHECK(plain.copy(right) == sold.copy(right));
    // Without a stock count the card still says how many sold.
    state.product.stock.reset();
    const QImage soldOnly = ProductCardRenderer::render(state, QStringLiteral("light"), size);
    CHECK(inkRatio(soldOnly, l.stock) > 0.01);
    if (qEnvironmentVariableIsSet("SHOPCAST_CARD_PNG"))
        sold.save(qEnvironmentVariable("SHOPCAST_CARD_PNG"));
}
