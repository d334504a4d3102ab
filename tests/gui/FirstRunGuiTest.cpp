// The first-run wizard on the fake engine's devices: the language switched at
// once, portrait or landscape, a destination checked before it is taken (or
// skipped), the camera and microphone found, the microphone heard live.
#include "CatchQt.hpp"
#include "FakeEngine.hpp"

#include "dialogs/FirstRunWizard.hpp"

#include "core/StudioPaths.hpp"
#include "core/Translations.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>

using namespace shopcast;

namespace {

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *c = w.findChild<T *>(QString::fromLatin1(name));
    REQUIRE(c);
    return c;
}

} // namespace

TEST_CASE("first run: language, landscape, a checked destination and the devices found become the choices", "[gui][firstrun]")
{
    test::FakeEngine engine;
    engine.sceneEditor.devices.insert(QStringLiteral("v4l2_input"), {{QStringLiteral("HD Webcam"), QStringLiteral("/dev/video0")},
                                                                     {QStringLiteral("Capture card"), QStringLiteral("/dev/video2")}});
    engine.sceneEditor.devices.insert(QStringLiteral("pulse_input_capture"), {{QStringLiteral("USB mic"), QStringLiteral("alsa_input.usb-mic")}});
    QStringList switched;
    core::Translations translations;
    app::FirstRunWizard wizard(engine.scenes(), &engine.audio(), QStringLiteral("en"), [&](const QString &language) {
        switched.append(language);
        QString ignored;
        translations.install(language, core::StudioPaths::translationsDir(), &ignored);
    });
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // Chinese chosen on the first page: the next pages are in Chinese.
    child<QComboBox>(wizard, "language")->setCurrentIndex(0); // 中文（简体）
    wizard.next();
    CHECK(switched == QStringList{QStringLiteral("zh_CN")});
    REQUIRE(wizard.currentId() == app::FirstRunWizard::CanvasPage);
    CHECK(wizard.currentPage()->title() == QStringLiteral("画面"));
    CHECK(child<QRadioButton>(wizard, "portrait")->isChecked()); // phones first
    child<QRadioButton>(wizard, "landscape")->setChecked(true);
    auto *size = child<QComboBox>(wizard, "canvasSize");
    size->setCurrentIndex(size->findData(QStringLiteral("1920x1080")));
    REQUIRE(size->currentIndex() >= 0);
    wizard.next();

    // A server without a stream key is refused, with the reason, until it has one.
    REQUIRE(wizard.currentId() == app::FirstRunWizard::DestinationPage);
    child<QLineEdit>(wizard, "destinationName")->setText(QStringLiteral("抖音"));
    child<QLineEdit>(wizard, "server")->setText(QStringLiteral("rtmp://push.example.com/live"));
    wizard.next();
    CHECK(wizard.currentId() == app::FirstRunWizard::DestinationPage);
    CHECK_FALSE(child<QLabel>(wizard, "destinationError")->text().isEmpty());
    child<QLineEdit>(wizard, "streamKey")->setText(QStringLiteral("sk-123"));
    wizard.next();
    REQUIRE(wizard.currentId() == app::FirstRunWizard::DevicesPage);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange); // the posted retranslation, then the picture for the README
    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    CHECK(wizard.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/first-run-devices.png")));
    CHECK(child<QComboBox>(wizard, "camera")->currentText() == QStringLiteral("HD Webcam")); // the first found
    CHECK(child<QComboBox>(wizard, "camera")->count() == 3);                                 // (none) and the two
    child<QComboBox>(wizard, "camera")->setCurrentIndex(2);

    const app::FirstRunChoices c = wizard.choices();
    CHECK(c.language == QStringLiteral("zh_CN"));
    CHECK(c.canvas.widthPx == 1920);
    CHECK(c.canvas.heightPx == 1080);
    REQUIRE(c.destination);
    CHECK(c.destination->name == QStringLiteral("抖音"));
    CHECK(c.destination->server == QStringLiteral("rtmp://push.example.com/live"));
    CHECK(c.streamKey == QStringLiteral("sk-123"));
    CHECK(c.cameraDeviceId == QStringLiteral("/dev/video2"));
    CHECK(c.microphoneDeviceId == QStringLiteral("alsa_input.usb-mic"));
}

TEST_CASE("first run: skipping the destination and finding no devices gives a portrait canvas and nothing else", "[gui][firstrun]")
{
    test::FakeEngine engine;
    app::FirstRunWizard wizard(engine.scenes(), &engine.audio(), QStringLiteral("en"), {});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    wizard.next();
    wizard.next();
    wizard.next(); // empty server: skipped
    REQUIRE(wizard.currentId() == app::FirstRunWizard::DevicesPage);
    CHECK(child<QComboBox>(wizard, "camera")->count() == 1);
    const app::FirstRunChoices c = wizard.choices();
    CHECK(c.language == QStringLiteral("en"));
    CHECK(c.canvas.isPortrait());
    CHECK_FALSE(c.destination);
    CHECK(c.cameraDeviceId.isEmpty());
    CHECK(c.microphoneDeviceId.isEmpty());
}

TEST_CASE("first run: the chosen microphone is heard live before anything is built, and the 主播人声 chain is on by default", "[gui][firstrun][audio]")
{
    test::FakeEngine engine;
    engine.sceneEditor.devices.insert(QStringLiteral("pulse_input_capture"), {{QStringLiteral("USB mic"), QStringLiteral("alsa_input.usb-mic")},
                                                                              {QStringLiteral("Headset"), QStringLiteral("alsa_input.headset")}});
    test::FakeAudioMeters &meters = engine.audioMeters;
    app::FirstRunWizard wizard(engine.scenes(), &engine.audio(), QStringLiteral("en"), {});
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    CHECK_FALSE(meters.listened); // not before its page
    wizard.next();
    wizard.next();
    wizard.next();
    REQUIRE(wizard.currentId() == app::FirstRunWizard::DevicesPage);
    // The first microphone found is opened privately and metered.
    REQUIRE(meters.listened);
    CHECK(meters.listened->first == QStringLiteral("pulse_input_capture"));
    CHECK(meters.listened->second.value(QStringLiteral("device_id")).toString() == QStringLiteral("alsa_input.usb-mic"));
    auto *heard = child<QLabel>(wizard, "micHeard");
    CHECK(heard->isVisible());
    CHECK(heard->text().contains(QStringLiteral("Speak now")));
    CHECK_FALSE(wizard.microphoneHeard());

    // Room hiss does not count as heard; a voice does.
    broadcast::AudioLevels hiss;
    hiss.channels = 1;
    hiss.peakDb = {-62.0F, -62.0F};
    hiss.magnitudeDb = {-70.0F, -70.0F};
    meters.listenedLevels = hiss;
    REQUIRE_EVENTUALLY(!meters.listenedLevels, 5'000); // the wizard read it
    CHECK_FALSE(wizard.microphoneHeard());
    broadcast::AudioLevels voice = hiss;
    voice.peakDb = {-18.0F, -18.0F};
    voice.magnitudeDb = {-26.0F, -26.0F};
    meters.listenedLevels = voice;
    REQUIRE_EVENTUALLY(wizard.microphoneHeard(), 5'000);
    CHECK(heard->text().contains(QStringLiteral("heard")));
    auto *chain = child<QCheckBox>(wizard, "voiceChain");
    CHECK(chain->isChecked());
    CHECK(chain->isEnabled());
    CHECK(wizard.choices().voiceChain);

    // Another microphone is listened to anew; "(none)" stops listening and greys the chain.
    auto *microphone = child<QComboBox>(wizard, "microphone");
    microphone->setCurrentIndex(2);
    REQUIRE(meters.listened);
    CHECK(meters.listened->second.value(QStringLiteral("device_id")).toString() == QStringLiteral("alsa_input.headset"));
    CHECK_FALSE(wizard.microphoneHeard());
    microphone->setCurrentIndex(0);
    CHECK_FALSE(meters.listened);
    CHECK_FALSE(chain->isEnabled());
    CHECK_FALSE(heard->isVisible());

    // Back on a microphone and finished: the device is let go before the scene's own source opens it.
    microphone->setCurrentIndex(1);
    REQUIRE(meters.listened);
    chain->setChecked(false);
    CHECK_FALSE(wizard.choices().voiceChain);
    wizard.accept();
    CHECK_FALSE(meters.listened);
}
