#include "CatchQt.hpp"

#include "broadcast/CanvasSpec.hpp"

using shopcast::broadcast::CanvasSpec;

TEST_CASE("canvas sizes parse in the usual spellings", "[canvas]")
{
    for (const char *text : {"1280x720", "1280X720", "1280*720", " 1280 x 720 ", "1280×720"}) {
        INFO(text);
        const auto c = CanvasSpec::parseSize(QString::fromUtf8(text));
        REQUIRE(c);
        CHECK(c->widthPx == 1280);
        CHECK(c->heightPx == 720);
        CHECK_FALSE(c->isPortrait());
    }
    const auto portrait = CanvasSpec::parseSize(QStringLiteral("720x1280"));
    REQUIRE(portrait);
    CHECK(portrait->isPortrait());
}

TEST_CASE("unusable canvas sizes are refused with a reason", "[canvas]")
{
    QString error;
    CHECK_FALSE(CanvasSpec::parseSize(QStringLiteral("1280"), &error));
    CHECK(error.contains(QStringLiteral("WIDTHxHEIGHT")));
    CHECK_FALSE(CanvasSpec::parseSize(QStringLiteral("1281x720"), &error));
    CHECK(error.contains(QStringLiteral("even")));
    CHECK_FALSE(CanvasSpec::parseSize(QStringLiteral("8x8"), &error));
    CHECK_FALSE(CanvasSpec::parseSize(QStringLiteral("8192x4320"), &error));
    CHECK(error.contains(QStringLiteral("4096")));
}

TEST_CASE("presets cover landscape and portrait at 30 and 60 fps", "[canvas]")
{
    const auto presets = CanvasSpec::presets(60);
    REQUIRE(presets.size() == 4);
    int portrait = 0;
    for (const CanvasSpec &c : presets) {
        CHECK(c.fps == 60);
        portrait += c.isPortrait() ? 1 : 0;
    }
    CHECK(portrait == 2);
    CHECK(CanvasSpec::isSupportedFps(30));
    CHECK(CanvasSpec::isSupportedFps(60));
    CHECK_FALSE(CanvasSpec::isSupportedFps(25));
}
