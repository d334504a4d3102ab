// The studio binary as a user starts it: on small screens the first window
// fits, and without a display --help and --version still answer.
#include "CatchQt.hpp"

#include "XvfbServer.hpp"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runStudio(const QStringList &args, const QProcessEnvironment &env, int timeoutMs = 90'000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(SHOPCAST_STUDIO), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromLocal8Bit(p.readAllStandardOutput());
    r.err = QString::fromLocal8Bit(p.readAllStandardError());
    return r;
}

} // namespace

TEST_CASE("the first window fits a 1366x768 and a 1600x900 screen", "[gui][launch]")
{
    for (const QSize screen : {QSize(1366, 768), QSize(1600, 900)}) {
        shopcast::test::XvfbServer xvfb;
        QString error;
        REQUIRE(xvfb.start(screen, &error));
        QTemporaryDir profile;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DISPLAY"), xvfb.display());
        env.insert(QStringLiteral("SHOPCAST_SCREENSHOT_DELAY_MS"), QStringLiteral("800"));
        const QString shot = profile.filePath(QStringLiteral("shot.png"));
        const Run r = runStudio({QStringLiteral("--demo"), QStringLiteral("--profile-dir"), profile.path(), QStringLiteral("--screenshot"), shot}, env);
        INFO(r.err.toStdString());
        REQUIRE(r.exitCode == 0);
        const QImage image(shot);
        REQUIRE_FALSE(image.isNull());
        // The screenshot is the window's frame: it must lie within the screen.
        CHECK(image.width() <= screen.width());
        CHECK(image.height() <= screen.height());
        CHECK(image.width() >= screen.width() * 9 / 10);
        QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
        image.save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/studio-%1x%2.png").arg(screen.width()).arg(screen.height()));
    }
}

TEST_CASE("without a display, --help and --version answer and a plain start explains itself", "[gui][launch]")
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    const Run version = runStudio({QStringLiteral("--version")}, env, 20'000);
    CHECK(version.exitCode == 0);
    CHECK(version.out.contains(QStringLiteral("ShopCast Studio")));
    const Run help = runStudio({QStringLiteral("--help")}, env, 20'000);
    CHECK(help.exitCode == 0);
    CHECK(help.out.contains(QStringLiteral("--demo")));
    const Run plain = runStudio({}, env, 20'000);
    CHECK(plain.exitCode == 1);
    CHECK(plain.err.contains(QStringLiteral("no display")));
    const Run bad = runStudio({QStringLiteral("--no-such-option")}, env, 20'000);
    CHECK(bad.exitCode == 1);
    CHECK(bad.err.contains(QStringLiteral("no-such-option")));
}
