// The mixer against known signals, through real libobs: a tone at -20 dBFS
// read by the meters (obs_volmeter, the program mix), mute and a fader at
// -6 dB as they come out in a real recording (decoded by ffmpeg), the voice
// filters of obs-filters on noise and on a synthesised voice, track 2 with
// the microphone alone, and monitoring on a machine with no sound device.
#include "AudioFixture.hpp"
#include "CatchQt.hpp"

#include "audio/AudioMixer.hpp"
#include "audio/FaderLaw.hpp"
#include "audio/VoicePreset.hpp"
#include "broadcast/ObsEngine.hpp"
#include "broadcast/OutputControl.hpp"
#include "broadcast/SceneCollection.hpp"
#include "broadcast/SceneEditor.hpp"

#include <obs-audio-controls.h>

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace shopcast;
namespace af = test::audiofixture;

namespace {

std::unique_ptr<broadcast::ObsEngine> startEngine(const QTemporaryDir &dir)
{
    QString error;
    auto engine = broadcast::ObsEngine::create(broadcast::ObsEngine::defaultOptions({320, 180, 30}, dir.filePath(QStringLiteral("obs"))), &error);
    INFO(error.toStdString());
    REQUIRE(engine);
    return engine;
}

broadcast::SourceSpec mediaSource(const QString &name, const QString &file)
{
    return {name, QStringLiteral("ffmpeg_source"),
            QJsonObject{{QStringLiteral("local_file"), file}, {QStringLiteral("is_local_file"), true}, {QStringLiteral("looping"), true}}};
}

// One scene "Show" with these sources.
broadcast::SceneCollection show(const QList<broadcast::SourceSpec> &sources)
{
    broadcast::SceneCollection c;
    QString error;
    REQUIRE(c.addScene(QStringLiteral("Show"), &error));
    for (const broadcast::SourceSpec &s : sources)
        REQUIRE(c.addItem(QStringLiteral("Show"), s, broadcast::SceneItemSpec{s.name}, &error));
    REQUIRE(c.setCurrentScene(QStringLiteral("Show"), &error));
    return c;
}

// Records while steps run, one after another, each after its wait (ms of
// the recording's own time, counted from when it started); returns the MKV.
QString record(broadcast::ObsEngine &engine, const QString &path, const QList<std::pair<int, std::function<void()>>> &steps, int tailMs)
{
    QString error;
    QSignalSpy started(&engine.outputs(), &broadcast::OutputControl::recordingStarted);
    REQUIRE(engine.outputs().startRecording(path, {}, &error));
    REQUIRE_EVENTUALLY(started.count() == 1, 30'000);
    for (const auto &[waitMs, step] : steps) {
        QTest::qWait(waitMs);
        step();
    }
    QTest::qWait(tailMs);
    engine.outputs().stopRecording();
    REQUIRE_EVENTUALLY(!engine.outputs().isRecording(), 60'000);
    return path;
}

QVector<double> windowsOf(const QString &media, int track = 0)
{
    QString error;
    const QVector<float> samples = af::decodeTrack(media, track, &error);
    INFO(error.toStdString());
    REQUIRE(samples.size() > 48'000);
    return af::windowRmsDb(samples, 100);
}

// The windows that read within toleranceDb of levelDb.
QVector<double> near(const QVector<double> &windows, double levelDb, double toleranceDb)
{
    QVector<double> out;
    for (double w : windows)
        if (std::fabs(w - levelDb) <= toleranceDb)
            out.append(w);
    return out;
}

} // namespace

TEST_CASE("the fader follows OBS's cubic law: libobs's own obs_fader gives the same dB at every position", "[integration][audio]")
{
    QTemporaryDir dir;
    auto engine = startEngine(dir);
    obs_fader_t *fader = obs_fader_create(OBS_FADER_CUBIC);
    for (double position : {1.0, 0.9, 0.75, 0.5, 0.3, 0.1, 0.05}) {
        obs_fader_set_deflection(fader, float(position));
        INFO(position);
        CHECK(audio::FaderLaw::dbAt(position, -100) == Approx(obs_fader_get_db(fader)).margin(0.01));
        CHECK(audio::FaderLaw::positionOf(obs_fader_get_db(fader), -100) == Approx(position).margin(0.001));
    }
    obs_fader_destroy(fader);
}

TEST_CASE("a tone at -20 dBFS reads -20 dB peak on its meter and the program's", "[integration][audio]")
{
    QTemporaryDir dir;
    QString error;
    const QString tone = af::tone(dir.path(), -20, 20, &error);
    INFO(error.toStdString());
    REQUIRE(!tone.isEmpty());
    auto engine = startEngine(dir);
    REQUIRE(engine->scenes().loadCollection(show({mediaSource(QStringLiteral("Tone"), tone)}), &error));
    audio::AudioMixer mixer(engine->scenes(), engine->audio());
    REQUIRE(mixer.sources() == QStringList{QStringLiteral("Tone")});
    // Read as the dock reads: the meter's raw readings through the ballistics.
    mixer.setMetering(true);
    REQUIRE_EVENTUALLY(mixer.meterOf(QStringLiteral("Tone"))->peakDb(0) > -30, 30'000);
    QTest::qWait(500);
    const audio::MeterBallistics *meter = mixer.meterOf(QStringLiteral("Tone"));
    CHECK(meter->channels() == 2);
    for (int c = 0; c < 2; ++c) {
        CHECK(meter->peakDb(c) == Approx(-20).margin(1));
        CHECK(meter->magnitudeDb(c) == Approx(-23).margin(1)); // a sine's RMS is 3 dB under its peak
        CHECK(mixer.master().peakDb(c) == Approx(-20).margin(1));
    }
    CHECK_FALSE(meter->isClipped());

    // At -6 dB the meter (after the fader, as OBS's) reads 6 dB lower.
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Tone"), -6, &error));
    QTest::qWait(1500); // the old peak falls away at 23.5 dB/s
    CHECK(meter->peakDb(0) == Approx(-26).margin(1));
    CHECK(mixer.master().peakDb(0) == Approx(-26).margin(1));
    mixer.setMetering(false);
}

TEST_CASE("a device listened to before it is in a scene (the wizard's speak-now) is metered and never reaches the program", "[integration][audio]")
{
    QTemporaryDir dir;
    QString error;
    const QString tone = af::tone(dir.path(), -20, 20, &error);
    REQUIRE(!tone.isEmpty());
    auto engine = startEngine(dir); // no scene: the program is silent
    broadcast::AudioMeters &meters = engine->audio();
    // A media source plays on its own (as a device captures) only when not waiting to be shown.
    QJsonObject settings = mediaSource(QStringLiteral("Tone"), tone).settings;
    settings.insert(QStringLiteral("restart_on_activate"), false);
    REQUIRE(meters.listen(QStringLiteral("ffmpeg_source"), settings, &error));
    float loudest = -100;
    float programLoudest = -100;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 30'000 && loudest < -21) {
        QTest::qWait(50);
        if (const auto levels = meters.takeListened())
            loudest = std::max(loudest, levels->peakDb[0]);
        if (const auto program = meters.takeMaster())
            programLoudest = std::max(programLoudest, program->peakDb[0]);
    }
    CHECK(loudest == Approx(-20).margin(1));
    QTest::qWait(500);
    if (const auto program = meters.takeMaster())
        programLoudest = std::max(programLoudest, program->peakDb[0]);
    CHECK(programLoudest < -90); // heard on the meter only: private, on no output channel
    // A source without sound is refused with the reason; stopping lets the device go.
    CHECK_FALSE(meters.listen(QStringLiteral("color_source"), {}, &error));
    CHECK(error.contains(QStringLiteral("no sound")));
    meters.stopListening();
    CHECK_FALSE(meters.takeListened());
}

TEST_CASE("a global audio device is heard across scene switches until it is turned off", "[integration][audio][global]")
{
    QTemporaryDir dir;
    QString error;
    const QString tone = af::tone(dir.path(), -20, 30, &error);
    REQUIRE(!tone.isEmpty());
    auto engine = startEngine(dir);
    // Two scenes with no sound of their own, and the tone as a global device (an output channel of libobs).
    broadcast::SceneCollection c = show({});
    REQUIRE(c.addScene(QStringLiteral("Break"), &error));
    broadcast::SourceSpec global = mediaSource(QStringLiteral("Desktop Audio"), tone);
    global.global = true;
    QJsonObject root = QJsonDocument::fromJson(c.toJson()).object();
    QJsonArray sources = root.value(QStringLiteral("sources")).toArray();
    sources.append(QJsonObject{{QStringLiteral("name"), global.name},
                               {QStringLiteral("id"), global.kind},
                               {QStringLiteral("settings"), global.settings},
                               {QStringLiteral("global"), true}});
    root.insert(QStringLiteral("sources"), sources);
    const auto withGlobal = broadcast::SceneCollection::fromJson(QJsonDocument(root).toJson(), &error);
    INFO(error.toStdString());
    REQUIRE(withGlobal);
    REQUIRE(engine->scenes().loadCollection(*withGlobal, &error));
    audio::AudioMixer mixer(engine->scenes(), engine->audio());
    CHECK(mixer.sources() == QStringList{QStringLiteral("Desktop Audio")});
    const QString mkv = record(*engine, dir.filePath(QStringLiteral("global.mkv")),
                               {{1500, [&] { REQUIRE(engine->scenes().setCurrentScene(QStringLiteral("Break"), &error)); }},
                                {1500, [&] { REQUIRE(engine->scenes().setCurrentScene(QStringLiteral("Show"), &error)); }},
                                {1500, [&] { REQUIRE(engine->scenes().setGlobalAudio(QStringLiteral("Desktop Audio"), {}, {}, &error)); }}},
                               2000);
    const QVector<double> windows = windowsOf(mkv);
    QStringList shown;
    for (double w : windows)
        shown.append(QString::number(w, 'f', 1));
    INFO(shown.join(QLatin1Char(' ')).toStdString());
    // Heard at its level from the start through both switches (4.5 s), then silent once off.
    const auto firstSilent = std::find_if(windows.cbegin(), windows.cend(), [](double w) { return w < -90; }) - windows.cbegin();
    const QVector<double> before = windows.mid(2, int(firstSilent) - 4);
    REQUIRE(before.size() >= 35);
    CHECK(near(before, -23, 1.5).size() == before.size()); // no dip at either scene switch
    REQUIRE(firstSilent < windows.size() - 10);
    CHECK(*std::max_element(windows.cbegin() + firstSilent, windows.cend()) < -90); // all of the rest
    CHECK(mixer.sources().isEmpty());
}

TEST_CASE("mute silences the recording over that stretch and a fader at -6 dB lowers its RMS by 6 dB", "[integration][audio]")
{
    QTemporaryDir dir;
    QString error;
    const QString tone = af::tone(dir.path(), -20, 30, &error);
    REQUIRE(!tone.isEmpty());
    auto engine = startEngine(dir);
    REQUIRE(engine->scenes().loadCollection(show({mediaSource(QStringLiteral("Tone"), tone)}), &error));
    audio::AudioMixer mixer(engine->scenes(), engine->audio());
    const QString mkv = record(*engine, dir.filePath(QStringLiteral("mute.mkv")),
                               {{2000, [&] { REQUIRE(mixer.setMuted(QStringLiteral("Tone"), true, &error)); }},
                                {2000,
                                 [&] {
                                     REQUIRE(mixer.setVolumeDb(QStringLiteral("Tone"), -6, &error));
                                     REQUIRE(mixer.setMuted(QStringLiteral("Tone"), false, &error));
                                 }}},
                               2000);
    const QVector<double> windows = windowsOf(mkv);
    // The three stretches, told apart by level: a window across a change reads between.
    const QVector<double> full = near(windows, -23, 1.5);
    const QVector<double> lowered = near(windows, -29, 1.5);
    int silentRun = 0;
    int longestSilentRun = 0;
    for (double w : windows) {
        silentRun = w < -90 ? silentRun + 1 : 0;
        longestSilentRun = std::max(longestSilentRun, silentRun);
    }
    QStringList shown;
    for (double w : windows)
        shown.append(QString::number(w, 'f', 1));
    INFO(shown.join(QLatin1Char(' ')).toStdString());
    INFO("windows: " << windows.size() << " full " << full.size() << " lowered " << lowered.size() << " silent run " << longestSilentRun);
    REQUIRE(full.size() >= 10);
    REQUIRE(lowered.size() >= 10);
    CHECK(longestSilentRun >= 10); // a second of nothing while muted
    CHECK(af::median(full) - af::median(lowered) == Approx(6).margin(0.5));
    // In that order: full, then silence, then lowered.
    const auto firstOf = [&](auto pred) { return std::find_if(windows.cbegin(), windows.cend(), pred) - windows.cbegin(); };
    const auto firstFull = firstOf([](double w) { return std::fabs(w + 23) <= 1.5; });
    const auto firstSilent = firstOf([](double w) { return w < -90; });
    const auto firstLowered = firstOf([](double w) { return std::fabs(w + 29) <= 1.5; });
    CHECK(firstFull < firstSilent);
    CHECK(firstSilent < firstLowered);
}

namespace {

// The median of the windows from fromMs to toMs of the recording (negative: from its end).
double medianBetween(const QVector<double> &windows, int fromMs, int toMs)
{
    const auto at = [&windows](int ms) { return std::clamp<qsizetype>(ms >= 0 ? ms / 100 : windows.size() + ms / 100, 0, windows.size()); };
    return af::median(windows.mid(at(fromMs), at(toMs) - at(fromMs)));
}

} // namespace

TEST_CASE("noise suppression (Speex and RNNoise) lowers a noise-only recording by at least 10 dB", "[integration][audio][filters]")
{
    QTemporaryDir dir;
    QString error;
    const QString noise = af::noise(dir.path(), 0.05, 30, &error);
    REQUIRE(!noise.isEmpty());
    auto engine = startEngine(dir);
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(show({mediaSource(QStringLiteral("Fan"), noise)}), &error));
    const broadcast::FilterSpec speex{QStringLiteral("Suppression"), QStringLiteral("noise_suppress_filter_v2"), true,
                                      QJsonObject{{QStringLiteral("method"), QStringLiteral("speex")}, {QStringLiteral("suppress_level"), -30}}};
    const bool rnnoise = audio::VoicePreset::hasRnnoise(scenes);
    const QString mkv
        = record(*engine, dir.filePath(QStringLiteral("noise.mkv")),
                 {{2500, [&] { REQUIRE(scenes.addFilter(QStringLiteral("Fan"), speex, &error)); }},
                  {2500,
                   [&] {
                       if (rnnoise)
                           REQUIRE(scenes.setFilterSettings(QStringLiteral("Fan"), 0, {{QStringLiteral("method"), QStringLiteral("rnnoise")}}, &error));
                   }}},
                 2500);
    const QVector<double> windows = windowsOf(mkv);
    REQUIRE(windows.size() >= 65);
    const double plain = medianBetween(windows, 500, 2000);
    const double withSpeex = medianBetween(windows, 3300, 4600);
    const double withRnnoise = medianBetween(windows, 5800, -300);
    INFO("plain " << plain << " dB, Speex " << withSpeex << " dB, RNNoise " << withRnnoise << " dB");
    CHECK(plain > -45); // the fan is there to begin with
    CHECK(plain - withSpeex >= 10);
    if (rnnoise)
        CHECK(plain - withRnnoise >= 10);
    else
        WARN("this build of obs-filters has no RNNoise: only Speex measured");
}

TEST_CASE("the 主播人声 chain keeps a voice within 3 dB and puts a limiter at -1 dBFS last", "[integration][audio][filters]")
{
    QTemporaryDir dir;
    QString error;
    const QString voice = af::voice(dir.path(), -20, 30, &error);
    INFO(error.toStdString());
    REQUIRE(!voice.isEmpty());
    auto engine = startEngine(dir);
    broadcast::SceneEditor &scenes = engine->scenes();
    REQUIRE(scenes.loadCollection(show({mediaSource(QStringLiteral("Host"), voice)}), &error));
    const QString mkv = record(*engine, dir.filePath(QStringLiteral("voice.mkv")),
                               {{4000, [&] { REQUIRE(audio::VoicePreset::applyTo(scenes, QStringLiteral("Host"), &error)); }}}, 4000);
    const QList<broadcast::FilterSpec> &chain = *scenes.collection().filtersOf(QStringLiteral("Host"));
    REQUIRE(chain.size() == 4);
    CHECK(chain.last().kind == QStringLiteral("limiter_filter"));
    CHECK(chain.last().settings.value(QStringLiteral("threshold")).toDouble() == -1.0);
    // One undo step takes the whole chain off.
    REQUIRE(scenes.undo(&error));
    CHECK(scenes.collection().filtersOf(QStringLiteral("Host"))->isEmpty());

    // Speech only: the windows where the voice speaks, before and with the chain.
    const QVector<double> windows = windowsOf(mkv);
    const auto speaking = [](QVector<double> w) {
        w.removeIf([](double db) { return db < -45; });
        return w;
    };
    const double before = af::median(speaking(windows.mid(5, 30)));
    const double with = af::median(speaking(windows.mid(windows.size() - 33, 30)));
    INFO("voice before " << before << " dB, with the chain " << with << " dB");
    CHECK(std::fabs(with - before) <= 3);
}

TEST_CASE("track 2 of a recording holds the microphone alone, track 1 the program mix", "[integration][audio]")
{
    QTemporaryDir dir;
    QString error;
    // The microphone a tone (AAC keeps it exactly), the music noise.
    const QString tone = af::tone(dir.path(), -26, 30, &error);
    const QString noise = af::noise(dir.path(), 0.2, 30, &error);
    REQUIRE(!noise.isEmpty());
    const double micDb = -29; // a sine's RMS, 3 dB under its peak
    broadcast::SourceSpec mic = mediaSource(QStringLiteral("Mic"), tone);
    mic.audio.tracks = 0b11;
    auto engine = startEngine(dir);
    REQUIRE(engine->scenes().loadCollection(show({mediaSource(QStringLiteral("Music"), noise), mic}), &error));
    const QString mkv = record(*engine, dir.filePath(QStringLiteral("tracks.mkv")), {}, 3000);
    REQUIRE(af::audioTracks(mkv, &error) == 2);
    const QVector<double> track1 = windowsOf(mkv, 0);
    const QVector<double> track2 = windowsOf(mkv, 1);
    const double mix = af::median(track1.mid(5));
    const double alone = af::median(track2.mid(5));
    INFO("track 1 " << mix << " dB, track 2 " << alone << " dB");
    CHECK(alone == Approx(micDb).margin(1));
    CHECK(mix > alone + 3); // the music is in the program mix only
}

TEST_CASE("monitoring on a machine with no sound device: said once, and the recording is unaffected", "[integration][audio]")
{
    QTemporaryDir dir;
    QString error;
    const QString tone = af::tone(dir.path(), -20, 30, &error);
    auto engine = startEngine(dir);
    REQUIRE(engine->scenes().loadCollection(show({mediaSource(QStringLiteral("Tone"), tone)}), &error));
    audio::AudioMixer mixer(engine->scenes(), engine->audio());
    QSignalSpy notices(&mixer, &audio::AudioMixer::notice);
    QString why;
    const bool device = engine->audio().canMonitor(&why);
    const QString mkv = record(*engine, dir.filePath(QStringLiteral("monitored.mkv")),
                               {{500,
                                 [&] {
                                     broadcast::AudioSpec a = mixer.audioOf(QStringLiteral("Tone"));
                                     a.monitoring = broadcast::AudioMonitoring::MonitorAndOutput;
                                     REQUIRE(mixer.setAudio(QStringLiteral("Tone"), a, &error));
                                     a.syncOffsetMs = 0;
                                     a.balance = 0.5;
                                     REQUIRE(mixer.setVolumeDb(QStringLiteral("Tone"), 0, &error));
                                 }}},
                               2500);
    if (device) {
        WARN("this machine has a sound device (" << why.toStdString() << "): monitoring is heard, nothing to say");
        CHECK(notices.isEmpty());
    } else {
        INFO(why.toStdString());
        REQUIRE(notices.count() == 1); // once, though the audio was edited again after
        CHECK(notices.first().first().toString().contains(why));
    }
    CHECK(mixer.audioOf(QStringLiteral("Tone")).monitoring == broadcast::AudioMonitoring::MonitorAndOutput);
    const QVector<double> windows = windowsOf(mkv);
    CHECK(af::median(windows.mid(3)) == Approx(-23).margin(1));
}
