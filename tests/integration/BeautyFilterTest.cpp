// 美颜 measured, not judged by eye: a fixture with a skin patch carrying fine
// noise, an eye and hair strands on it, black letters on a cardboard-coloured
// product box (a skin-like colour, the hard case) and a noisy blue area that
// is no skin. Rendered by real libobs with the filter off and on.
//
// Metrics, on luma (BT.601):
// - high-frequency energy: the sum of squared differences from the 3x3 mean;
// - edge strength: the sum of Sobel magnitudes where the unfiltered picture
//   has an edge (magnitude over 200);
// - change: the mean absolute difference of R, G and B, over 255;
// - halo: on the box, how much more the cardboard 2-6 px from a letter
//   changes than the cardboard over 10 px away (a blur that is not
//   edge-aware drags the ink into the board around each stroke, which the
//   edge metric does not see: the strokes themselves stay);
// - rim: the same for the cardboard right next to a letter (1 px), where a
//   smoothed picture brought up from a small size without regard to edges
//   leaves a light line along every stroke.
//
// The filter takes its input three ways (ObsBeautyFilter's renderInput):
// from libobs for a picture, rendered itself for an asynchronous source (a
// camera, a video) and for a filter before it; each is measured.
#include "CatchQt.hpp"
#include "ProgramFrame.hpp"

#include "broadcast/ObsEngine.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <obs.h>

#include <QImage>
#include <QProcess>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <cmath>

using namespace shopcast;

namespace {

constexpr int kWidth = 640;
constexpr int kHeight = 360;
const QRect kSkin(20, 50, 280, 230);      // the face's cheek area
const QRect kEye(100, 150, 120, 60);      // the eye, inside the skin
const QRect kHair(0, 300, 320, 60);       // strands over skin
const QRect kBox(320, 0, 320, 180);       // the product box with letters
const QRect kNotSkin(330, 190, 300, 160); // blue, noisy

QImage fixture()
{
    QImage image(kWidth, kHeight, QImage::Format_RGB32);
    QRandomGenerator noise(20261202); // seeded: the same picture every run
    const auto noisy = [&noise](QColor c) {
        const int n = int(noise.bounded(25)) - 12;
        return QColor(std::clamp(c.red() + n, 0, 255), std::clamp(c.green() + n, 0, 255), std::clamp(c.blue() + n, 0, 255));
    };
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x)
            image.setPixelColor(x, y, x < 320 ? noisy(QColor(224, 172, 150)) : y < 180 ? QColor(190, 150, 105) : noisy(QColor(40, 80, 200)));
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(QColor(60, 40, 40));
    p.drawEllipse(kEye.adjusted(10, 10, -10, -10));
    for (int x = 4; x < 320; x += 8)
        p.fillRect(x, kHair.top(), 2, kHair.height(), QColor(40, 30, 25));
    // Letters on the box, as strokes 3-4 px wide (seven-segment shapes: no
    // font needed, the same on every machine): "E", "8", "L", "H", "2", ...
    const QColor ink(10, 10, 10);
    for (int glyph = 0; glyph < 9; ++glyph) {
        const int x = kBox.left() + 20 + glyph * 32;
        const int y = kBox.top() + 50 + (glyph % 2) * 20;
        const int segments = 0x7f ^ (1 << (glyph % 7)); // every glyph lacks a different segment
        const QRect bars[7]
            = {{x, y, 22, 4}, {x + 18, y, 4, 30}, {x + 18, y + 28, 4, 30}, {x, y + 54, 22, 4}, {x, y + 28, 4, 30}, {x, y, 4, 30}, {x, y + 27, 22, 4}};
        for (int b = 0; b < 7; ++b)
            if (segments & (1 << b))
                p.fillRect(bars[b], ink);
    }
    return image;
}

double luma(const QImage &image, int x, int y)
{
    const QRgb c = image.pixel(x, y);
    return 0.299 * qRed(c) + 0.587 * qGreen(c) + 0.114 * qBlue(c);
}

double highFrequencyEnergy(const QImage &image, const QRect &area, const QRect &except)
{
    double energy = 0;
    for (int y = area.top() + 1; y < area.bottom(); ++y)
        for (int x = area.left() + 1; x < area.right(); ++x) {
            if (except.adjusted(-12, -12, 12, 12).contains(x, y))
                continue;
            double mean = 0;
            for (int dy = -1; dy <= 1; ++dy)
                for (int dx = -1; dx <= 1; ++dx)
                    mean += luma(image, x + dx, y + dy);
            const double d = luma(image, x, y) - mean / 9;
            energy += d * d;
        }
    return energy;
}

double sobel(const QImage &image, int x, int y)
{
    const auto l = [&](int dx, int dy) { return luma(image, x + dx, y + dy); };
    const double gx = l(1, -1) + 2 * l(1, 0) + l(1, 1) - l(-1, -1) - 2 * l(-1, 0) - l(-1, 1);
    const double gy = l(-1, 1) + 2 * l(0, 1) + l(1, 1) - l(-1, -1) - 2 * l(0, -1) - l(1, -1);
    return std::hypot(gx, gy);
}

// Edge strength of after where before has edges, as a share of before's.
double edgeKept(const QImage &before, const QImage &after, const QRect &area)
{
    double was = 0;
    double is = 0;
    for (int y = std::max(1, area.top()); y < std::min(kHeight - 1, area.bottom()); ++y)
        for (int x = std::max(1, area.left()); x < std::min(kWidth - 1, area.right()); ++x)
            if (const double b = sobel(before, x, y); b > 200) {
                was += b;
                is += sobel(after, x, y);
            }
    REQUIRE(was > 0);
    return is / was;
}

double change(const QImage &before, const QImage &after, const QRect &area)
{
    double sum = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const QRgb a = before.pixel(x, y);
            const QRgb b = after.pixel(x, y);
            sum += std::abs(qRed(a) - qRed(b)) + std::abs(qGreen(a) - qGreen(b)) + std::abs(qBlue(a) - qBlue(b));
        }
    return sum / (3.0 * 255.0 * area.width() * area.height());
}

// Chebyshev distance from (x, y) to the nearest ink pixel (luma < 60) of
// before inside area, up to limit + 1.
int inkDistance(const QImage &before, const QRect &area, int x, int y, int limit)
{
    int nearest = limit + 1;
    for (int dy = -limit; dy <= limit; ++dy)
        for (int dx = -limit; dx <= limit; ++dx)
            if (area.contains(x + dx, y + dy) && luma(before, x + dx, y + dy) < 60)
                nearest = std::min(nearest, std::max(std::abs(dx), std::abs(dy)));
    return nearest;
}

// How much more the board nearFrom..nearTo px from ink changes than the
// board over 10 px away, in luma levels.
double halo(const QImage &before, const QImage &after, const QRect &area, int nearFrom, int nearTo)
{
    double near = 0;
    double far = 0;
    int nearCount = 0;
    int farCount = 0;
    for (int y = area.top() + 2; y < area.bottom() - 1; ++y)
        for (int x = area.left() + 2; x < area.right() - 1; ++x) {
            if (luma(before, x, y) < 100)
                continue; // ink or its anti-aliased rim
            const double shift = luma(after, x, y) - luma(before, x, y);
            const int distance = inkDistance(before, area, x, y, 10);
            if (distance >= nearFrom && distance <= nearTo) {
                near += shift;
                ++nearCount;
            } else if (distance > 10) {
                far += shift;
                ++farCount;
            }
        }
    REQUIRE(nearCount > 0);
    REQUIRE(farCount > 0);
    return near / nearCount - far / farCount;
}

QImage grab(broadcast::ObsEngine &engine)
{
    return test::programFrame(engine.program()).convertToFormat(QImage::Format_RGB32);
}

// A video's first frame is decoded after the scene loads: the program until
// the face is there (its cheek is light), then the frame after it.
QImage grabShown(broadcast::ObsEngine &engine)
{
    QImage frame;
    CHECK_EVENTUALLY((frame = grab(engine), luma(frame, kSkin.left() + 20, kSkin.top() + 20) > 150), 20'000);
    return grab(engine);
}

QImage grabSecondCanvas(broadcast::ObsEngine &engine)
{
    QImage grabbed;
    QObject receiver;
    bool answered = false;
    engine.program().grabSecondCanvasFrame(3, &receiver, [&](const QImage &f) {
        grabbed = f;
        answered = true;
    });
    REQUIRE_EVENTUALLY(answered, 30'000);
    return grabbed.convertToFormat(QImage::Format_RGB32);
}

// How often 美颜 on owner smoothed its input and how often it drew, as the
// filter counts them (its proc handler's get_counts).
std::pair<long long, long long> beautyCounts(const QString &owner)
{
    obs_source_t *source = obs_get_source_by_name(owner.toUtf8().constData());
    REQUIRE(source);
    obs_source_t *filter = obs_source_get_filter_by_name(source, "美颜");
    obs_source_release(source);
    REQUIRE(filter);
    calldata_t call{};
    const bool called = proc_handler_call(obs_source_get_proc_handler(filter), "get_counts", &call);
    obs_source_release(filter);
    const std::pair<long long, long long> counts{calldata_int(&call, "prepares"), calldata_int(&call, "draws")};
    calldata_free(&call);
    REQUIRE(called);
    return counts;
}

struct Figures
{
    double noiseLeft = 0;
    double eye = 0;
    double hair = 0;
    double letters = 0;
    double elsewhere = 0;
    double lettersHalo = 0;
    double lettersRim = 0;
};

Figures measure(const QImage &before, const QImage &after)
{
    Figures f;
    f.noiseLeft = highFrequencyEnergy(after, kSkin, kEye) / highFrequencyEnergy(before, kSkin, kEye);
    f.eye = edgeKept(before, after, kEye);
    f.hair = edgeKept(before, after, kHair);
    f.letters = edgeKept(before, after, kBox);
    f.elsewhere = change(before, after, kNotSkin);
    f.lettersHalo = halo(before, after, kBox, 2, 6);
    f.lettersRim = halo(before, after, kBox, 1, 1);
    UNSCOPED_INFO("skin noise left " << f.noiseLeft << ", edges kept: eye " << f.eye << ", hair " << f.hair << ", letters " << f.letters
                                     << "; non-skin changed " << f.elsewhere << "; halo around the letters " << f.lettersHalo << ", rim " << f.lettersRim
                                     << " luma levels");
    return f;
}

void checkDefaultStrength(const Figures &f)
{
    CHECK(f.noiseLeft <= 0.5);
    CHECK(f.eye >= 0.9);
    CHECK(f.hair >= 0.9);
    CHECK(f.letters >= 0.9);
    CHECK(f.elsewhere <= 0.02);
    // 0.2 with the edge-aware blur; 2.4 when the blur's colour falloff did
    // not reach its shader (a plain Gaussian).
    CHECK(std::abs(f.lettersHalo) <= 1.5);
    // 0.2 with the edge-aware read of the quarter-size blur; 17.5 with a
    // plain bilinear one, 10.6 with the half-size blur before it.
    CHECK(std::abs(f.lettersRim) <= 3.0);
}

// The fixture as a source of kind: a picture, or a lossless looping video
// of it (an asynchronous source), with filters before 美颜.
struct Setup
{
    QTemporaryDir dir;
    std::unique_ptr<broadcast::ObsEngine> engine;

    explicit Setup(bool video, const QList<broadcast::FilterSpec> &before = {})
    {
        const QString picture = dir.filePath(QStringLiteral("face.png"));
        REQUIRE(fixture().save(picture));
        broadcast::SourceSpec face{QStringLiteral("Face"), QStringLiteral("image_source"), {{QStringLiteral("file"), picture}}, {}};
        if (video) {
            const QString movie = dir.filePath(QStringLiteral("face.mkv"));
            QProcess ffmpeg;
            ffmpeg.start(QStringLiteral("ffmpeg"),
                         {QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-loop"), QStringLiteral("1"), QStringLiteral("-framerate"),
                          QStringLiteral("30"), QStringLiteral("-i"), picture, QStringLiteral("-t"), QStringLiteral("2"), QStringLiteral("-c:v"),
                          QStringLiteral("ffv1"), QStringLiteral("-pix_fmt"), QStringLiteral("bgr0"), QStringLiteral("-y"), movie});
            REQUIRE(ffmpeg.waitForFinished(60'000));
            REQUIRE(ffmpeg.exitCode() == 0);
            face = {QStringLiteral("Face"),
                    QStringLiteral("ffmpeg_source"),
                    {{QStringLiteral("is_local_file"), true},
                     {QStringLiteral("local_file"), movie},
                     {QStringLiteral("looping"), true},
                     {QStringLiteral("hw_decode"), false}},
                    {}};
        }
        QString error;
        engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions({kWidth, kHeight, 30}, dir.filePath(QStringLiteral("obs"))), &error);
        INFO(error.toStdString());
        REQUIRE(engine);
        broadcast::SceneCollection c;
        REQUIRE(c.addScene(QStringLiteral("Main")));
        REQUIRE(c.addItem(QStringLiteral("Main"), face, broadcast::SceneItemSpec{QStringLiteral("Face")}));
        for (const broadcast::FilterSpec &filter : before)
            REQUIRE(c.addFilter(QStringLiteral("Face"), filter));
        REQUIRE(c.setCurrentScene(QStringLiteral("Main")));
        REQUIRE(engine->scenes().loadCollection(c, &error));
    }

    // The default preset, as the Filters dialog adds it (no settings given).
    void addBeauty(const QString &owner = QStringLiteral("Face"))
    {
        QString error;
        const bool added = engine->scenes().addFilter(owner, {QStringLiteral("美颜"), QStringLiteral("shopcast_beauty_filter"), true, {}}, &error);
        INFO(error.toStdString());
        REQUIRE(added);
        CHECK(engine->scenes().unavailableFilters().isEmpty());
    }
};

} // namespace

TEST_CASE("美颜 at its default strength halves the skin's fine noise, keeps the eye's, the hair's and the letters' edges and leaves other colours",
          "[integration][filters][beauty]")
{
    Setup setup(false);
    broadcast::ObsEngine &engine = *setup.engine;
    const QImage before = grab(engine);
    setup.addBeauty();
    const QImage after = grab(engine);
    before.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/beauty-before.png"));
    after.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/beauty-after.png"));
    const Figures figures = measure(before, after);
    checkDefaultStrength(figures);

    // Stronger presets smooth more; switched off, the picture is as it was.
    QString error;
    REQUIRE(engine.scenes().setFilterSettings(QStringLiteral("Face"), 0, {{QStringLiteral("preset"), QStringLiteral("refined")}}, &error));
    const double refinedLeft = highFrequencyEnergy(grab(engine), kSkin, kEye) / highFrequencyEnergy(before, kSkin, kEye);
    CHECK(refinedLeft < figures.noiseLeft);
    REQUIRE(engine.scenes().setFilterSettings(
        QStringLiteral("Face"), 0,
        {{QStringLiteral("preset"), QStringLiteral("custom")}, {QStringLiteral("strength"), 0}, {QStringLiteral("whiten"), 0}, {QStringLiteral("sharpen"), 0}},
        &error));
    CHECK(change(before, grab(engine), QRect(0, 0, kWidth, kHeight)) < 0.002);
}

TEST_CASE("美颜 on a camera-like video, on a scene and after another filter smooths and keeps edges as on a picture", "[integration][filters][beauty]")
{
    SECTION("an asynchronous source: a looping video, as a camera delivers frames")
    {
        Setup setup(true);
        const QImage before = grabShown(*setup.engine);
        setup.addBeauty();
        const QImage after = grabShown(*setup.engine);
        checkDefaultStrength(measure(before, after));
    }
    SECTION("on the whole scene: a source that draws itself")
    {
        Setup setup(false);
        const QImage before = grab(*setup.engine);
        setup.addBeauty(QStringLiteral("Main"));
        const QImage after = grab(*setup.engine);
        checkDefaultStrength(measure(before, after));
    }
    SECTION("a filter before it: the picture as colour correction leaves it, less saturated")
    {
        Setup setup(false, {{QStringLiteral("Colour"), QStringLiteral("color_filter_v2"), true, {{QStringLiteral("saturation"), -0.3}}}});
        const QImage before = grab(*setup.engine);
        before.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/beauty-colour-before.png"));
        setup.addBeauty();
        REQUIRE(setup.engine->scenes().unavailableFilters().isEmpty());
        const QImage after = grab(*setup.engine);
        checkDefaultStrength(measure(before, after));
        // 美颜 took the corrected picture, not the source's own: the blue
        // area, which it leaves alone, is still as much less saturated than
        // the fixture as the correction made it (libobs's colour filter
        // works in linear light, so its brightness would lift the ink out
        // of the letters; saturation keeps them dark).
        const double corrected = change(fixture(), after, kNotSkin);
        UNSCOPED_INFO("the blue area against the fixture: " << corrected);
        CHECK(corrected >= 0.03);
    }
}

TEST_CASE("美颜 on a source two canvases draw smooths it once a frame, and both canvases show it smoothed", "[integration][filters][beauty]")
{
    Setup setup(false);
    broadcast::ObsEngine &engine = *setup.engine;
    QString error;
    // A second canvas of the program's shape shows the same scene: the
    // same source drawn twice in every frame.
    REQUIRE(engine.program().setSecondCanvas(broadcast::CanvasSpec{kWidth, kHeight, 30}, &error));
    const QImage before = grab(engine);
    setup.addBeauty();
    const QImage program = grab(engine);
    const QImage second = grabSecondCanvas(engine);
    REQUIRE(second.size() == QSize(kWidth, kHeight));
    second.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/beauty-second-canvas.png"));
    // The second draw of a frame mixes the first's smoothing again: the
    // same picture, and smoothed as much as a single canvas is.
    checkDefaultStrength(measure(before, second));
    CHECK(change(program, second, QRect(0, 0, kWidth, kHeight)) < 0.002);

    // Smoothed once a frame, drawn twice. Counted across frames of both
    // mixes; the reading may fall between the two draws of one frame.
    const auto [preparesBefore, drawsBefore] = beautyCounts(QStringLiteral("Face"));
    grab(engine);
    grab(engine);
    const auto [preparesAfter, drawsAfter] = beautyCounts(QStringLiteral("Face"));
    const long long prepares = preparesAfter - preparesBefore;
    const long long draws = drawsAfter - drawsBefore;
    INFO("over the frames of two grabs: smoothed " << prepares << " times, drawn " << draws << " times");
    REQUIRE(prepares >= 6);
    CHECK(draws >= 2 * prepares - 1);
    CHECK(draws <= 2 * prepares + 1);

    // Without the second canvas each draw smooths again.
    REQUIRE(engine.program().setSecondCanvas(std::nullopt, &error));
    const auto [preparesAlone, drawsAlone] = beautyCounts(QStringLiteral("Face"));
    grab(engine);
    const auto [preparesAloneAfter, drawsAloneAfter] = beautyCounts(QStringLiteral("Face"));
    CHECK(preparesAloneAfter - preparesAlone >= 3);
    CHECK(std::abs((drawsAloneAfter - drawsAlone) - (preparesAloneAfter - preparesAlone)) <= 1);
}
