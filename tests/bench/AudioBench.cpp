// Sound and encoders, measured on this machine:
//  (1) the audio mixer dock with 8 sources whose meters get a reading every
//      21 ms (the audio thread's rate): GUI-thread CPU and the longest
//      event-loop gap, against the same readings with the dock hidden (the
//      meters stopped) in the same run;
//  (2) each audio filter of obs-filters, and the 主播人声 chain, on a 48 kHz
//      stereo source in real libobs: process CPU against the same source with
//      no filter, in the same run;
//  (3) streaming to nginx-rtmp on loopback while recording: the recording
//      sharing the stream's x264 encode against encoding again for the file.
// Medians over rounds, alternating what is compared. No GPU here: the
// hardware encoders are not measured (README says how to, where there is one).
#include "AudioFixture.hpp"
#include "BenchStats.hpp"
#include "EventLoopGap.hpp"
#include "FakeEngine.hpp"
#include "NginxRtmpServer.hpp"
#include "XvfbServer.hpp"

#include "docks/AudioMixerDock.hpp"

#include "audio/AudioMixer.hpp"
#include "audio/VoicePreset.hpp"
#include "broadcast/FilterCatalog.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/ProgramView.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QMainWindow>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>

#include <cmath>
#include <cstdio>
#include <ctime>

using namespace shopcast;

namespace {

double processCpuSec()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

double threadCpuSec()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// Runs the event loop for ms, sleeping when it has nothing to do (a busy
// wait would be the GUI thread's CPU measured).
void turn(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void mixerDock(int seconds, int rounds)
{
    constexpr int kSources = 8;
    test::FakeEngine engine;
    broadcast::SceneCollection c;
    c.addScene(QStringLiteral("Main"));
    for (int i = 0; i < kSources; ++i)
        c.addItem(QStringLiteral("Main"), {QStringLiteral("Mic %1").arg(i + 1), QStringLiteral("pulse_input_capture"), {}},
                  {QStringLiteral("Mic %1").arg(i + 1)});
    QString error;
    engine.scenes().loadCollection(c, &error);
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    QMainWindow window;
    auto *dock = new app::AudioMixerDock(mixer, &window);
    window.addDockWidget(Qt::BottomDockWidgetArea, dock);
    window.resize(1280, 720);
    window.show();
    QTimer audioThread; // stands in for the audio thread's readings: one per 21 ms per source
    int tick = 0;
    QObject::connect(&audioThread, &QTimer::timeout, [&] {
        ++tick;
        for (int i = 0; i < kSources; ++i) {
            broadcast::AudioLevels l;
            l.channels = 2;
            const float db = float(-12 - 3 * i) + 8 * float(std::sin(tick * 0.25 + i));
            l.peakDb = {db, db - 1};
            l.magnitudeDb = {db - 4, db - 5};
            engine.audioMeters.levels.insert(QStringLiteral("Mic %1").arg(i + 1), l);
        }
    });
    audioThread.start(21);
    std::vector<double> shownCpu, hiddenCpu, shownGap, hiddenGap;
    for (int r = 0; r < rounds; ++r)
        for (const bool shown : {true, false}) {
            dock->setVisible(shown);
            turn(300);
            test::EventLoopGap gap;
            gap.start();
            const double before = threadCpuSec();
            turn(seconds * 1000);
            const double cpu = (threadCpuSec() - before) / seconds * 100;
            gap.stop();
            (shown ? shownCpu : hiddenCpu).push_back(cpu);
            (shown ? shownGap : hiddenGap).push_back(double(gap.longestMs()));
        }
    std::printf("\n(1) Audio mixer dock, 8 sources, a reading every 21 ms each, meters at %d Hz; %d s x %d rounds. GUI-thread CPU, %% of a core "
                "(medians):\n",
                1000 / audio::AudioMixer::kUpdateIntervalMs, seconds, rounds);
    std::printf("| dock shown (meters running) | %6.2f %% | longest event-loop gap %4.0f ms (worst %4.0f) |\n", bench::median(shownCpu),
                bench::median(shownGap), bench::percentile(shownGap, 1.0));
    std::printf("| dock hidden (readings only) | %6.2f %% | longest event-loop gap %4.0f ms (worst %4.0f) |\n", bench::median(hiddenCpu),
                bench::median(hiddenGap), bench::percentile(hiddenGap, 1.0));
    std::printf("The mixer's own cost: %.2f %% of a core\n", bench::median(shownCpu) - bench::median(hiddenCpu));
}

broadcast::SceneCollection toneShow(const QString &wav, const QList<broadcast::FilterSpec> &filters)
{
    broadcast::SceneCollection c;
    c.addScene(QStringLiteral("Show"));
    broadcast::SourceSpec s{QStringLiteral("Voice"), QStringLiteral("ffmpeg_source"),
                            QJsonObject{{QStringLiteral("local_file"), wav}, {QStringLiteral("is_local_file"), true}, {QStringLiteral("looping"), true}}};
    s.filters = filters;
    c.addItem(QStringLiteral("Show"), s, {QStringLiteral("Voice")});
    return c;
}

void audioFilters(broadcast::ObsEngine &engine, const QString &wav, int seconds, int rounds)
{
    struct Case
    {
        QString name;
        QList<broadcast::FilterSpec> filters;
    };
    QList<Case> cases{{QStringLiteral("(no filter)"), {}}};
    for (const broadcast::FilterCatalog::Kind &k : broadcast::FilterCatalog::kinds())
        if (k.audio)
            cases.append({k.label, {{k.label, k.id, true, {}}}});
    cases.append({QStringLiteral("Speex suppression"),
                  {{QStringLiteral("s"), QStringLiteral("noise_suppress_filter_v2"), true, {{QStringLiteral("method"), QStringLiteral("speex")}}}}});
    cases.append({QStringLiteral("主播人声 chain"), audio::VoicePreset::chain(audio::VoicePreset::hasRnnoise(engine.scenes()))});
    std::vector<std::vector<double>> cpu(size_t(cases.size()));
    QString error;
    for (int r = 0; r < rounds; ++r)
        for (int i = 0; i < cases.size(); ++i) {
            engine.scenes().loadCollection(toneShow(wav, cases.at(i).filters), &error);
            turn(700);
            const double before = processCpuSec();
            turn(seconds * 1000);
            cpu[size_t(i)].push_back((processCpuSec() - before) / seconds * 100);
        }
    const double none = bench::median(cpu.front());
    std::printf("\n(2) Audio filters on a 48 kHz stereo source (a voice-level tone) in real libobs, 320x180 canvas; %d s x %d rounds. Process CPU, %% of "
                "a core (medians), and the filter's share over no filter:\n",
                seconds, rounds);
    for (int i = 0; i < cases.size(); ++i)
        std::printf("| %-28s | %6.2f %% | %+6.2f %% |\n", cases.at(i).name.toUtf8().constData(), bench::median(cpu[size_t(i)]),
                    bench::median(cpu[size_t(i)]) - none);
}

void sharedEncode(broadcast::ObsEngine &engine, int seconds, int rounds)
{
    test::NginxRtmpServer ingest;
    QString error;
    if (!ingest.start(false, &error)) {
        std::printf("\n(3) not measured: nginx-rtmp did not start: %s\n", qPrintable(error));
        return;
    }
    const broadcast::CanvasSpec canvas{1280, 720, 30};
    engine.program().setCanvas(canvas, &error);
    engine.scenes().loadCollection(broadcast::SceneCollection::demo(canvas, QStringLiteral(SHOPCAST_RESOURCE_DIR)), &error);
    QTemporaryDir dir;
    std::vector<double> shared, own, none;
    broadcast::OutputControl &outputs = engine.outputs();
    const auto destination = broadcast::Destination::parse(ingest.url(QStringLiteral("bench")));
    for (int r = 0; r < rounds; ++r)
        for (int mode = 0; mode < 3; ++mode) {
            broadcast::EncoderSettings stream;        // x264 veryfast CBR 2500 kbps
            broadcast::EncoderSettings file = stream; // a file's usual own encode: constant quality
            file.rateControl = broadcast::RateControl::CQP;
            file.quantiser = 20;
            outputs.setRecordingEncoder(mode == 2 ? std::optional<broadcast::EncoderSettings>(file) : std::nullopt);
            if (!outputs.startStreaming({*destination}, stream, &error)) {
                std::printf("streaming did not start: %s\n", qPrintable(error));
                return;
            }
            turn(1500);
            if (mode > 0)
                outputs.startRecording(dir.filePath(QStringLiteral("r%1-%2.mkv").arg(r).arg(mode)), stream, &error);
            turn(1500);
            const double before = processCpuSec();
            turn(seconds * 1000);
            const double cpu = (processCpuSec() - before) / seconds * 100;
            (mode == 0 ? none : mode == 1 ? shared : own).push_back(cpu);
            outputs.stopRecording();
            outputs.stopStreaming();
            for (int waited = 0; (outputs.isStreaming() || outputs.isRecording()) && waited < 60'000; waited += 100)
                turn(100);
            turn(500);
        }
    std::printf("\n(3) The demo show at 1280x720 30 fps streamed (x264 veryfast CBR 2500 kbps) to nginx-rtmp on loopback; %d s x %d rounds. Process "
                "CPU, %% of a core (medians):\n",
                seconds, rounds);
    std::printf("| stream only                          | %6.1f %% |\n", bench::median(none));
    std::printf("| stream + recording, one shared encode | %6.1f %% |\n", bench::median(shared));
    std::printf("| stream + recording, its own encode (x264 veryfast CQP 20) | %6.1f %% |\n", bench::median(own));
    std::printf("Recording's cost: shared %+.1f %%, own encode %+.1f %% of a core\n", bench::median(shared) - bench::median(none),
                bench::median(own) - bench::median(none));
}

} // namespace

int main(int argc, char *argv[])
{
    test::XvfbServer xvfb;
    if (!xvfb.ensureOrReport())
        return 1;
    qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Seconds per measurement."), QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption roundsOption(QStringLiteral("runs"), QStringLiteral("Rounds."), QStringLiteral("n"), QStringLiteral("3"));
    parser.addHelpOption();
    parser.addOptions({secondsOption, roundsOption});
    parser.process(app);
    const int seconds = std::max(1, parser.value(secondsOption).toInt());
    const int rounds = std::max(1, parser.value(roundsOption).toInt());
    std::printf("Audio and encoders. Machine: %s, %d cores.\n", qPrintable(QSysInfo::prettyProductName()), QThread::idealThreadCount());
    mixerDock(seconds, rounds);

    QTemporaryDir dir;
    QString error;
    const QString wav = test::audiofixture::voice(dir.path(), -20, 30, &error);
    if (wav.isEmpty()) {
        std::printf("no voice fixture: %s\n", qPrintable(error));
        return 1;
    }
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions({320, 180, 30}, dir.filePath(QStringLiteral("obs"))), &error);
    if (!engine) {
        std::printf("libobs did not start: %s\n", qPrintable(error));
        return 1;
    }
    audioFilters(*engine, wav, seconds, rounds);
    sharedEncode(*engine, seconds * 2, rounds);
    std::printf("\nHardware encoders (NVENC, VAAPI, Quick Sync): not measurable here (no GPU). Where one is, pick it in Settings → Output and run "
                "`shopcast_stream_bench` with the studio's profile; the probe says which are usable.\n");
    return 0;
}
