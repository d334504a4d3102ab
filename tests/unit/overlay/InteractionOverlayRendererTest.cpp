// The lottery card on stream: opaque (nothing under it shows through) and its
// lines inside the card in Chinese too, whose words are longer than the English.
#include "CatchQt.hpp"

#include "core/StudioPaths.hpp"
#include "overlay/InteractionOverlayRenderer.hpp"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

using namespace shopcast;
using overlay::InteractionOverlayRenderer;

namespace {

// Columns of the band [top, bottom) that hold dark ink (the card's text colour).
int rightmostInk(const QImage &img, int top, int bottom)
{
    int right = -1;
    for (int y = top; y < bottom; ++y)
        for (int x = 0; x < img.width(); ++x)
            if (qAlpha(img.pixel(x, y)) == 255 && qGray(img.pixel(x, y)) < 90)
                right = std::max(right, x);
    return right;
}

} // namespace

TEST_CASE("lottery card: opaque, and the time-left line fits the card in Chinese", "[overlay][interact][i18n]")
{
    QTranslator chinese;
    REQUIRE(chinese.load(QDir(core::StudioPaths::translationsDir()).filePath(QStringLiteral("shopcast_zh_CN.qm"))));
    QCoreApplication::installTranslator(&chinese);
    const QSize size = InteractionOverlayRenderer::defaultSize({1080, 1920});
    const QImage card
        = InteractionOverlayRenderer::lotteryEntry(QStringLiteral("保温杯"), QStringLiteral("666"), 58'000, 0, QString(64, QLatin1Char('a')), size);
    QCoreApplication::removeTranslator(&chinese);

    // Opaque across the middle (the rounded corners are not).
    for (int y = size.height() / 10; y < size.height() * 9 / 10; y += 7)
        for (int x = size.width() / 10; x < size.width() * 9 / 10; x += 7)
            REQUIRE(qAlpha(card.pixel(x, y)) == 255);

    // The body as the renderer lays it out: a header band of a fifth, margins of a third of it.
    const int header = size.height() / 5;
    const QRect body(header / 3, header + header / 4, size.width() - header * 2 / 3, size.height() - header - header / 2);
    const int line = body.height() / 4;
    const int right = rightmostInk(card, body.y() + 2 * line, body.y() + 3 * line);
    REQUIRE(right > body.x()); // the line is there
    // Cut text runs into the edge of its box; text that fits ends before it.
    CHECK(right < body.right() - 2);
}
