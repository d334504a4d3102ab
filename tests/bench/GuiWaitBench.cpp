// What the GUI thread does while the studio waits on something outside it,
// on the real studio (libobs under Xvfb, the demo show):
//  (1) Start Streaming reads the stream key from a real keyring
//      (gnome-keyring on a private D-Bus bus) and goes live on a real
//      nginx-rtmp ingest. Against it, in the same run, the way the studio
//      read a key before (a qtkeychain job waited for in a nested event
//      loop, which held the click handler until the keyring answered).
//  (2) Quitting while recording (5 s recorded): the shutdown chain until
//      shutdownFinished. libobs starts once per process, so each round is a
//      child process of this one (--quit-once).
// Figures: how long the click handler is held, the longest gap between two
// turns of the GUI event loop (a 2 ms timer), medians over the rounds.
#include "BenchLoop.hpp"
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "NginxRtmpServer.hpp"
#include "PrivateKeyring.hpp"
#include "XvfbServer.hpp"

#include "Studio.hpp"
#include "actions/ActionRegistry.hpp"
#include "broadcast/BroadcastController.hpp"
#include "broadcast/BroadcastEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "core/SecretStore.hpp"
#include "show/ShowSession.hpp"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <cstdio>

using namespace shopcast;
using bench::runUntil;

namespace {

std::unique_ptr<app::Studio> makeStudio(const QString &profile)
{
    app::StudioOptions options;
    options.profileDir = profile;
    options.freshDemo = true;
    options.x11Display = qApp->nativeInterface<QNativeInterface::QX11Application>()->display();
    QString error;
    auto studio = app::Studio::create(options, &error);
    if (!studio)
        std::fprintf(stderr, "studio: %s\n", qPrintable(error));
    else if (!bench::runUntil([&] { return studio->isStartupFinished(); }, 30'000)) // the demo catalog is read on a worker
        std::fprintf(stderr, "studio: start-up did not finish\n");
    return studio;
}

int keyringRounds(int rounds)
{
    test::PrivateKeyring keyring;
    QString error;
    if (!keyring.start(&error)) {
        std::fprintf(stderr, "keyring: %s\n", qPrintable(error));
        return 1;
    }
    test::NginxRtmpServer ingest;
    if (!ingest.start(false, &error)) {
        std::fprintf(stderr, "nginx: %s\n", qPrintable(error));
        return 1;
    }
    QTemporaryDir profile;
    auto studio = makeStudio(profile.path());
    if (!studio)
        return 1;
    const broadcast::DestinationEntry entry{QStringLiteral("bench"), QStringLiteral("bench"), QStringLiteral("rtmp://127.0.0.1:%1/live").arg(ingest.rtmpPort()),
                                            true};
    studio->settings().destinations = {entry};
    std::optional<bool> stored;
    QObject receiver;
    studio->secrets().writeLater(entry.secretKey(), QStringLiteral("benchkey"), &receiver, [&](bool ok, const QString &) { stored = ok; });
    if (!runUntil([&] { return stored.has_value(); }, 30'000) || !*stored || studio->secrets().keyringUnavailable()) {
        std::fprintf(stderr, "the key did not reach the keyring\n");
        return 1;
    }
    broadcast::OutputControl &outputs = studio->engine().outputs();
    bool live = false;
    QObject::connect(&outputs, &broadcast::OutputControl::outputStateChanged, &receiver,
                     [&](int, broadcast::OutputState state, const QString &) { live = live || state == broadcast::OutputState::Live; });

    std::vector<double> oldHeld, oldGap, readHeld, readGap, readAnswer, nowHeld, nowGap, nowToLive;
    test::EventLoopGap gap;
    for (int round = 0; round < rounds; ++round) {
        // Before: the key read in a nested loop inside the click handler.
        {
            gap.start();
            QElapsedTimer held;
            held.start();
            auto *job = new QKeychain::ReadPasswordJob(QStringLiteral("ShopCast Studio"));
            job->setKey(entry.secretKey());
            QEventLoop nested;
            QObject::connect(job, &QKeychain::Job::finished, &nested, &QEventLoop::quit);
            job->start();
            nested.exec();
            oldHeld.push_back(double(held.nsecsElapsed()) / 1e6);
            runUntil([] { return false; }, 50);
            gap.stop();
            oldGap.push_back(double(gap.longestMs()));
        }
        // Now, the read alone: SecretStore::readLater, as Start asks it.
        {
            bool answered = false;
            gap.start();
            QElapsedTimer held;
            held.start();
            studio->secrets().readLater({entry.secretKey()}, &receiver, [&answered](const QHash<QString, QString> &, const QStringList &) { answered = true; });
            readHeld.push_back(double(held.nsecsElapsed()) / 1e6);
            if (!runUntil([&] { return answered; }, 30'000)) {
                std::fprintf(stderr, "round %d: the keyring did not answer\n", round);
                return 1;
            }
            readAnswer.push_back(double(held.nsecsElapsed()) / 1e6);
            gap.stop();
            readGap.push_back(double(gap.longestMs()));
        }
        // Now: output.stream through the registry, as the F9 key does.
        {
            live = false;
            gap.start();
            QElapsedTimer held;
            held.start();
            const bool ok = studio->show().actions().invoke(QStringLiteral("output.stream"), actions::Origin::Hotkey).ok;
            nowHeld.push_back(double(held.nsecsElapsed()) / 1e6);
            if (!ok || !runUntil([&] { return live; }, 30'000)) {
                std::fprintf(stderr, "round %d: the stream did not go live\n", round);
                return 1;
            }
            nowToLive.push_back(double(held.elapsed()));
            gap.stop();
            nowGap.push_back(double(gap.longestMs()));
            studio->broadcast().stopStreaming();
            runUntil([&] { return !outputs.isStreaming(); }, 30'000);
            runUntil([] { return false; }, 300);
        }
    }
    std::printf("Start Streaming with the key in a real keyring (%d rounds, medians):\n", rounds);
    std::printf("  before (nested loop in the handler): handler held %.2f ms, longest GUI gap %.1f ms\n", bench::median(oldHeld), bench::median(oldGap));
    std::printf("  now, the read alone (readLater):     caller held %.2f ms, longest GUI gap until answered %.1f ms (max %.1f), answered after %.1f ms\n",
                bench::median(readHeld), bench::median(readGap), bench::percentile(readGap, 1.0), bench::median(readAnswer));
    std::printf("  now (readLater, output.stream):      handler held %.2f ms, longest GUI gap until live %.1f ms (max %.1f), live after %.0f ms\n",
                bench::median(nowHeld), bench::median(nowGap), bench::percentile(nowGap, 1.0), bench::median(nowToLive));
    bool finished = false;
    QObject::connect(studio.get(), &assembly::StudioCore::shutdownFinished, &receiver, [&finished] { finished = true; });
    studio->shutdown(QStringLiteral("bench"));
    runUntil([&] { return finished; }, 120'000);
    return 0;
}

// One round of (2), in a process of its own: prints "quit <gapMs> <totalMs>".
int quitOnce()
{
    QTemporaryDir profile;
    auto studio = makeStudio(profile.path());
    if (!studio)
        return 1;
    if (!studio->show().actions().invoke(QStringLiteral("output.record"), actions::Origin::Hotkey).ok
        || !runUntil([&] { return studio->engine().outputs().isRecording(); }, 30'000)) {
        std::fprintf(stderr, "recording did not start\n");
        return 1;
    }
    runUntil([] { return false; }, 5'000);
    bool finished = false;
    QObject receiver;
    QObject::connect(studio.get(), &assembly::StudioCore::shutdownFinished, &receiver, [&finished] { finished = true; });
    test::EventLoopGap gap;
    gap.start();
    QElapsedTimer total;
    total.start();
    studio->shutdown(QStringLiteral("bench"));
    if (!runUntil([&] { return finished; }, 150'000)) {
        std::fprintf(stderr, "shutdown did not finish\n");
        return 1;
    }
    gap.stop();
    std::printf("quit %lld %lld\n", static_cast<long long>(gap.longestMs()), static_cast<long long>(total.elapsed()));
    return 0;
}

int quitRounds(int rounds, const QString &self)
{
    std::vector<double> gaps, totals;
    for (int round = 0; round < rounds; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(self, {QStringLiteral("--quit-once")});
        if (!child.waitForFinished(240'000) || child.exitCode() != 0) {
            std::fprintf(stderr, "quit round %d failed\n", round);
            return 1;
        }
        const QList<QByteArray> parts = child.readAllStandardOutput().trimmed().split('\n').last().split(' ');
        if (parts.size() != 3 || parts.first() != "quit")
            return 1;
        gaps.push_back(parts.at(1).toDouble());
        totals.push_back(parts.at(2).toDouble());
    }
    std::printf("Quit while recording (5 s recorded, %d rounds): longest GUI gap median %.1f ms (max %.1f), shutdown chain median %.0f ms\n", rounds,
                bench::median(gaps), bench::percentile(gaps, 1.0), bench::median(totals));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.contains(QStringLiteral("--quit-once")))
        return quitOnce();
    std::printf("machine: %s, %d logical cores\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    const int rounds = 20;
    if (int rc = keyringRounds(rounds))
        return rc;
    return quitRounds(5, app.applicationFilePath());
}
