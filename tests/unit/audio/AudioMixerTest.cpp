// The mixer without libobs: the audio settings in the scene collection, the
// fader's law, the meters' ballistics stepped exactly, the mixer room on the
// fake engine (what it lists, undo, mute as a live control, monitoring with
// no device) and its show actions. The same against real libobs and real
// recordings is in tests/integration/AudioMixerTest.cpp.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "actions/ActionRegistry.hpp"
#include "audio/AudioActions.hpp"
#include "audio/AudioMixer.hpp"
#include "audio/FaderLaw.hpp"
#include "audio/MeterBallistics.hpp"
#include "audio/VoicePreset.hpp"
#include "broadcast/SceneCollection.hpp"

#include <QJsonDocument>
#include <QSignalSpy>

#include <cmath>

using namespace shopcast;
using broadcast::AudioLevels;
using broadcast::AudioMonitoring;
using broadcast::AudioSpec;

namespace {

AudioLevels levels(float peakDb, float magnitudeDb)
{
    AudioLevels l;
    l.channels = 2;
    l.peakDb = {peakDb, peakDb};
    l.magnitudeDb = {magnitudeDb, magnitudeDb};
    return l;
}

// The demo show with a microphone in its scene and one in another scene.
broadcast::SceneCollection withMicrophones()
{
    broadcast::SceneCollection c = broadcast::SceneCollection::demo({1280, 720, 30}, QStringLiteral("/res"));
    REQUIRE(c.addItem(QStringLiteral("Main"), {QStringLiteral("Mic"), QStringLiteral("pulse_input_capture"), {}}, {QStringLiteral("Mic")}));
    REQUIRE(c.addScene(QStringLiteral("Break")));
    REQUIRE(c.addItem(QStringLiteral("Break"), {QStringLiteral("Music"), QStringLiteral("pulse_output_capture"), {}}, {QStringLiteral("Music")}));
    return c;
}

} // namespace

TEST_CASE("audio settings round-trip through the scene file and bad values are refused by name", "[audio]")
{
    broadcast::SceneCollection c = withMicrophones();
    AudioSpec a;
    a.volumeDb = -6.5;
    a.muted = true;
    a.monitoring = AudioMonitoring::MonitorOnly;
    a.syncOffsetMs = 120;
    a.balance = 0.25;
    a.tracks = 0b11;
    QString error;
    REQUIRE(c.setSourceAudio(QStringLiteral("Mic"), a, &error));
    const auto back = broadcast::SceneCollection::fromJson(c.toJson(), &error);
    REQUIRE(back);
    CHECK(back->findSource(QStringLiteral("Mic"))->audio == a);
    CHECK(*back == c);
    // A source with the defaults writes no "audio" at all.
    CHECK_FALSE(QJsonDocument::fromJson(c.toJson()).toJson().contains("\"Music\",\n            \"audio\""));

    for (const auto &[bad, word] :
         std::initializer_list<std::pair<AudioSpec, QString>>{{AudioSpec{40, false, AudioMonitoring::Off, 0, 0.5, 1}, QStringLiteral("volume")},
                                                              {AudioSpec{NAN, false, AudioMonitoring::Off, 0, 0.5, 1}, QStringLiteral("volume")},
                                                              {AudioSpec{0, false, AudioMonitoring::Off, 60'000, 0.5, 1}, QStringLiteral("sync")},
                                                              {AudioSpec{0, false, AudioMonitoring::Off, 0, 1.5, 1}, QStringLiteral("balance")},
                                                              {AudioSpec{0, false, AudioMonitoring::Off, 0, 0.5, 1 << 6}, QStringLiteral("tracks")}}) {
        CHECK_FALSE(c.setSourceAudio(QStringLiteral("Mic"), bad, &error));
        CHECK(error.contains(word));
    }
    CHECK_FALSE(c.setSourceAudio(QStringLiteral("Nobody"), {}, &error));
    CHECK(error.contains(QStringLiteral("Nobody")));

    // A hand-edited file with a value out of range: refused on load, with the source named.
    QByteArray json = c.toJson();
    json.replace("\"syncOffsetMs\": 120", "\"syncOffsetMs\": 99999");
    CHECK_FALSE(broadcast::SceneCollection::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("Mic")));
    json = c.toJson().replace("\"monitor\"", "\"loud\"");
    CHECK_FALSE(broadcast::SceneCollection::fromJson(json, &error));
    CHECK(error.contains(QStringLiteral("monitoring")));
}

TEST_CASE("the fader is OBS's cubic law: 0 dB at the top, -60 dB per decade of travel, silence at the bottom", "[audio]")
{
    CHECK(audio::FaderLaw::dbAt(1.0, -100) == 0);
    CHECK(audio::FaderLaw::dbAt(0.0, -100) == -100);
    CHECK(audio::FaderLaw::dbAt(0.5, -100) == Approx(-18.06).margin(0.01));
    CHECK(audio::FaderLaw::dbAt(0.1, -100) == Approx(-60));
    CHECK(audio::FaderLaw::dbAt(0.001, -100) == -100);
    CHECK(audio::FaderLaw::positionOf(6, -100) == 1.0);
    CHECK(audio::FaderLaw::positionOf(-120, -100) == 0.0);
    for (double p = 0.05; p < 1; p += 0.05)
        CHECK(audio::FaderLaw::positionOf(audio::FaderLaw::dbAt(p, -100), -100) == Approx(p));
}

TEST_CASE("meter ballistics: the peak jumps up and falls at 23.5 dB/s, RMS follows in 300 ms, the hold lasts 20 s, a clip stays until cleared", "[audio]")
{
    audio::MeterBallistics m;
    CHECK(m.peakDb(0) == audio::MeterBallistics::kFloorDb);
    m.update(levels(-20, -23), 25);
    CHECK(m.channels() == 2);
    CHECK(m.peakDb(0) == -20);
    CHECK(m.peakHoldDb(1) == -20);
    // 300 ms of the same reading: the RMS bar has arrived (99 %).
    for (int i = 0; i < 12; ++i)
        m.update(levels(-20, -23), 25);
    CHECK(m.magnitudeDb(0) == Approx(-23).margin(0.4));
    // Silence for one second: the peak falls 23.5 dB, the hold stays.
    for (int i = 0; i < 40; ++i)
        m.update(levels(AudioLevels::kSilenceDb, AudioLevels::kSilenceDb), 25);
    CHECK(m.peakDb(0) == Approx(-20 - 20.0 / 0.85).margin(0.1));
    CHECK(m.peakHoldDb(0) == -20);
    CHECK(m.magnitudeDb(0) == Approx(audio::MeterBallistics::kFloorDb).margin(0.5));
    // The hold goes after 20 s.
    m.update(levels(AudioLevels::kSilenceDb, AudioLevels::kSilenceDb), 19'000);
    CHECK(m.peakHoldDb(0) == audio::MeterBallistics::kFloorDb);

    CHECK_FALSE(m.isClipped());
    m.update(levels(-0.2F, -3), 25);
    CHECK(m.isClipped());
    m.update(levels(-40, -43), 60'000);
    CHECK(m.isClipped()); // held
    m.resetClip();
    CHECK_FALSE(m.isClipped());

    // A source that stops sending reads silence, not its last level.
    m.update(levels(-10, -12), 25);
    for (int i = 0; i < 30; ++i)
        m.update(std::nullopt, 25);
    CHECK(m.magnitudeDb(0) < -55);
}

TEST_CASE("the mixer lists the sounding sources of the scene on air, and its meters step from the engine's readings", "[audio]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    // The demo's product video and the microphone, not the images or text.
    CHECK(mixer.sources() == QStringList{QStringLiteral("Product video"), QStringLiteral("Mic")});
    CHECK(engine.audioMeters.metered == mixer.sources());
    QSignalSpy listChanged(&mixer, &audio::AudioMixer::sourcesChanged);
    REQUIRE(engine.scenes().setCurrentScene(QStringLiteral("Break"), &error));
    CHECK(mixer.sources() == QStringList{QStringLiteral("Music")});
    CHECK(listChanged.count() == 1);
    // The second canvas' scene is heard too.
    REQUIRE(engine.scenes().setSecondCanvasScene(QStringLiteral("Main"), &error));
    CHECK(mixer.sources() == QStringList{QStringLiteral("Music"), QStringLiteral("Product video"), QStringLiteral("Mic")});

    engine.audioMeters.levels.insert(QStringLiteral("Mic"), levels(-12, -15));
    engine.audioMeters.master = levels(-9, -11);
    QSignalSpy updated(&mixer, &audio::AudioMixer::levelsUpdated);
    mixer.tick(25);
    CHECK(updated.count() == 1);
    CHECK(mixer.meterOf(QStringLiteral("Mic"))->peakDb(0) == -12);
    CHECK(mixer.master().peakDb(1) == -9);
    CHECK(mixer.meterOf(QStringLiteral("Nobody")) == nullptr);
    mixer.setMetering(true);
    CHECK(mixer.isMetering());
    mixer.setMetering(false);
    CHECK_FALSE(mixer.isMetering());
}

TEST_CASE("a fader drag is one undo step, a mute is live and survives undoing a volume step", "[audio][undo]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    QSignalSpy changed(&mixer, &audio::AudioMixer::audioChanged);
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Mic"), -3, &error, true));
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Mic"), -6, &error, true));
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Mic"), -9, &error, true));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).volumeDb == -9);
    CHECK(changed.count() == 3);
    CHECK(changed.last().first().toString() == QStringLiteral("Mic"));
    CHECK(engine.scenes().undoLabel() == QStringLiteral("Change the audio of Mic"));
    // Beyond the fader's range: clamped, not refused (a +26 dB boost is allowed).
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Mic"), 80, &error, true));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).volumeDb == AudioSpec::kMaxVolumeDb);
    REQUIRE(mixer.setVolumeDb(QStringLiteral("Mic"), -9, &error, true));

    REQUIRE(mixer.setMuted(QStringLiteral("Mic"), true, &error));
    CHECK(engine.scenes().undoLabel() == QStringLiteral("Change the audio of Mic")); // not a step
    CHECK(mixer.mutedSources() == QStringList{QStringLiteral("Mic")});
    REQUIRE(engine.scenes().undo(&error));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).volumeDb == 0);
    CHECK(mixer.audioOf(QStringLiteral("Mic")).muted); // the host's mute stays
    // And a volume edit from anyone keeps the mute as it is.
    REQUIRE(mixer.setAudio(QStringLiteral("Mic"), AudioSpec{-4, false, AudioMonitoring::Off, 0, 0.5, 1}, &error));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).muted);
    CHECK_FALSE(mixer.setMuted(QStringLiteral("Nobody"), true, &error));
}

TEST_CASE("monitoring with no sound device is said once, and the setting is kept", "[audio]")
{
    test::FakeEngine engine;
    engine.audioMeters.monitorDevice = false;
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    QSignalSpy notices(&mixer, &audio::AudioMixer::notice);
    AudioSpec a = mixer.audioOf(QStringLiteral("Mic"));
    a.monitoring = AudioMonitoring::MonitorAndOutput;
    REQUIRE(mixer.setAudio(QStringLiteral("Mic"), a, &error));
    a.balance = 0.3;
    REQUIRE(mixer.setAudio(QStringLiteral("Mic"), a, &error));
    CHECK(notices.count() == 1);
    CHECK(notices.first().first().toString().contains(QStringLiteral("no sound output device")));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).monitoring == AudioMonitoring::MonitorAndOutput);
}

TEST_CASE("the mixer's actions: mute toggles, volume and monitoring checked, the voice chain as one undo step", "[audio][actions]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    actions::ActionRegistry registry;
    audio::AudioActions::registerOn(registry, mixer, engine.scenes());
    const auto run = [&](const QString &id, const QJsonObject &params) { return registry.invoke(id, params, actions::Origin::Remote); };

    auto muted = run(QStringLiteral("audio.mute"), {{QStringLiteral("source"), QStringLiteral("Mic")}});
    REQUIRE(muted.ok);
    CHECK(muted.data.value(QStringLiteral("muted")).toBool());
    CHECK_FALSE(run(QStringLiteral("audio.mute"), {{QStringLiteral("source"), QStringLiteral("Mic")}}).data.value(QStringLiteral("muted")).toBool());
    CHECK(run(QStringLiteral("audio.mute"), {{QStringLiteral("source"), QStringLiteral("Mic")}, {QStringLiteral("muted"), true}}).ok);
    CHECK(mixer.audioOf(QStringLiteral("Mic")).muted);
    const auto unknown = run(QStringLiteral("audio.mute"), {{QStringLiteral("source"), QStringLiteral("Nobody")}});
    CHECK_FALSE(unknown.ok);
    CHECK(unknown.error.contains(QStringLiteral("Nobody")));

    CHECK(run(QStringLiteral("audio.volume"), {{QStringLiteral("source"), QStringLiteral("Mic")}, {QStringLiteral("db"), -12}}).ok);
    CHECK(mixer.audioOf(QStringLiteral("Mic")).volumeDb == -12);
    CHECK_FALSE(run(QStringLiteral("audio.volume"), {{QStringLiteral("source"), QStringLiteral("Mic")}, {QStringLiteral("db"), 99}}).ok);
    CHECK_FALSE(run(QStringLiteral("audio.volume"), {{QStringLiteral("source"), QStringLiteral("Mic")}}).ok);

    CHECK(run(QStringLiteral("audio.monitoring"), {{QStringLiteral("source"), QStringLiteral("Mic")}, {QStringLiteral("mode"), QStringLiteral("monitor")}}).ok);
    CHECK(mixer.audioOf(QStringLiteral("Mic")).monitoring == AudioMonitoring::MonitorOnly);
    const auto badMode
        = run(QStringLiteral("audio.monitoring"), {{QStringLiteral("source"), QStringLiteral("Mic")}, {QStringLiteral("mode"), QStringLiteral("loud")}});
    CHECK_FALSE(badMode.ok);
    CHECK(badMode.error.contains(QStringLiteral("monitor")));

    const auto preset = run(QStringLiteral("audio.voicePreset"), {{QStringLiteral("source"), QStringLiteral("Mic")}});
    REQUIRE(preset.ok);
    const QList<broadcast::FilterSpec> &chain = *engine.scenes().collection().filtersOf(QStringLiteral("Mic"));
    REQUIRE(chain.size() == 4);
    CHECK(chain.at(0).kind == QStringLiteral("noise_suppress_filter_v2"));
    CHECK(chain.at(0).settings.value(QStringLiteral("method")).toString() == QStringLiteral("speex")); // the fake engine offers no RNNoise
    CHECK(chain.at(3).kind == QStringLiteral("limiter_filter"));
    // Twice: the names stay unique.
    REQUIRE(run(QStringLiteral("audio.voicePreset"), {{QStringLiteral("source"), QStringLiteral("Mic")}}).ok);
    CHECK(engine.scenes().collection().filtersOf(QStringLiteral("Mic"))->at(4).name == chain.at(0).name + QStringLiteral(" 2"));
    REQUIRE(engine.scenes().undo(&error));
    REQUIRE(engine.scenes().undo(&error));
    CHECK(engine.scenes().collection().filtersOf(QStringLiteral("Mic"))->isEmpty());
}

TEST_CASE("push-to-talk and push-to-mute keys: kept with the source, one key each, held keys mute and unmute live", "[audio]")
{
    test::FakeEngine engine;
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    REQUIRE(mixer.setPushKey(QStringLiteral("Mic"), true, QStringLiteral("F13"), &error));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).muted); // push-to-talk: silent until held
    REQUIRE(mixer.setPushKey(QStringLiteral("Product video"), false, QStringLiteral("Ctrl+M"), &error));
    const auto keys = mixer.pushKeys();
    REQUIRE(keys.size() == 2);
    const auto talk = *std::find_if(keys.cbegin(), keys.cend(), [](const auto &k) { return k.talk; });
    const auto hush = *std::find_if(keys.cbegin(), keys.cend(), [](const auto &k) { return !k.talk; });
    CHECK(talk.source == QStringLiteral("Mic"));
    CHECK(hush.key == QStringLiteral("Ctrl+M"));

    const QString undoBefore = engine.scenes().undoLabel();
    REQUIRE(mixer.holdPushKey(talk, true, &error));
    CHECK_FALSE(mixer.audioOf(QStringLiteral("Mic")).muted);
    REQUIRE(mixer.holdPushKey(talk, false, &error));
    CHECK(mixer.audioOf(QStringLiteral("Mic")).muted);
    REQUIRE(mixer.holdPushKey(hush, true, &error));
    CHECK(mixer.audioOf(QStringLiteral("Product video")).muted);
    REQUIRE(mixer.holdPushKey(hush, false, &error));
    CHECK_FALSE(mixer.audioOf(QStringLiteral("Product video")).muted);
    CHECK(engine.scenes().undoLabel() == undoBefore); // held keys are not steps

    // In the file, and refused when not one key or shared by both.
    const auto back = broadcast::SceneCollection::fromJson(engine.scenes().collection().toJson(), &error);
    REQUIRE(back);
    CHECK(back->findSource(QStringLiteral("Mic"))->audio.pushToTalkKey == QStringLiteral("F13"));
    CHECK_FALSE(mixer.setPushKey(QStringLiteral("Mic"), false, QStringLiteral("F13"), &error));
    CHECK(error.contains(QStringLiteral("F13")));
    CHECK_FALSE(mixer.setPushKey(QStringLiteral("Mic"), false, QStringLiteral("Ctrl+A, Ctrl+B"), &error));
    CHECK_FALSE(mixer.setPushKey(QStringLiteral("Mic"), false, QString(41, QLatin1Char('x')), &error));
    REQUIRE(mixer.setPushKey(QStringLiteral("Mic"), true, QString(), &error));
    CHECK(mixer.pushKeys().size() == 1);
}

TEST_CASE("global audio devices: heard in every scene, listed first, kept in the file, another device keeps the volume, undone like any edit",
          "[audio][global]")
{
    test::FakeEngine engine;
    engine.sceneEditor.devices.insert(QStringLiteral("pulse_input_capture"),
                                      {{QStringLiteral("USB mic"), QStringLiteral("usb-mic")}, {QStringLiteral("Headset"), QStringLiteral("headset")}});
    QString error;
    REQUIRE(engine.scenes().loadCollection(withMicrophones(), &error));
    audio::AudioMixer mixer(engine.scenes(), engine.audio());
    using Device = audio::AudioMixer::GlobalDevice;
    CHECK(mixer.globalDevice(Device::Microphone).isEmpty());
    CHECK(mixer.globalDeviceChoices(Device::Microphone).size() == 2);
    REQUIRE(mixer.setGlobalDevice(Device::Microphone, QStringLiteral("usb-mic"), &error));
    CHECK(mixer.globalDevice(Device::Microphone) == QStringLiteral("usb-mic"));
    REQUIRE_FALSE(mixer.sources().isEmpty());
    const QString global = mixer.sources().first(); // first, before the scene's own
    CHECK(global == QStringLiteral("Mic/Aux"));
    CHECK(engine.audioMeters.metered.contains(global));
    REQUIRE(engine.scenes().setCurrentScene(QStringLiteral("Break"), &error));
    CHECK(mixer.sources() == QStringList{global, QStringLiteral("Music")}); // still heard on another scene

    // Another device: the same source on it, its volume kept.
    REQUIRE(mixer.setVolumeDb(global, -8, &error));
    REQUIRE(mixer.setGlobalDevice(Device::Microphone, QStringLiteral("headset"), &error));
    const broadcast::SourceSpec *spec = engine.scenes().collection().findSource(global);
    REQUIRE(spec);
    CHECK(spec->settings.value(QStringLiteral("device_id")).toString() == QStringLiteral("headset"));
    CHECK(spec->audio.volumeDb == Approx(-8));
    CHECK(spec->global);
    const auto back = broadcast::SceneCollection::fromJson(engine.scenes().collection().toJson(), &error);
    REQUIRE(back);
    CHECK(back->globalAudio() == QStringList{global});

    // Off, then undone: back on the headset.
    REQUIRE(mixer.setGlobalDevice(Device::Microphone, QString(), &error));
    CHECK_FALSE(mixer.contains(global));
    CHECK(engine.scenes().undoLabel().contains(global));
    REQUIRE(engine.scenes().undo(&error));
    CHECK(mixer.globalDevice(Device::Microphone) == QStringLiteral("headset"));
    CHECK(mixer.contains(global));
}
