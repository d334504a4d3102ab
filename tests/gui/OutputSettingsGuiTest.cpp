// Settings → Output as real widgets: only the encoders this PC can open are
// choosable (the others say why), every setting comes back from the form,
// the recording gets its own encode or shares the stream's, and the page is
// locked while live.
#include "CatchQt.hpp"

#include "dialogs/SettingsDialog.hpp"
#include "widgets/EncoderForm.hpp"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTabWidget>

using namespace shopcast;
using broadcast::EncoderChoice;
using broadcast::RateControl;

namespace {

QList<EncoderChoice> thisMachine()
{
    QList<EncoderChoice> choices = broadcast::EncoderProbe::known();
    choices[0].available = true;
    choices[1].reason = QStringLiteral("no NVIDIA driver (libcuda.so.1 is not installed)");
    choices[2].reason = QStringLiteral("no GPU render device (/dev/dri/renderD128)");
    choices[3].reason = QStringLiteral("this libobs has no Quick Sync module (obs-qsv11)");
    return choices;
}

template<typename W>
W *in(QWidget *parent, const char *form, const char *name)
{
    auto *f = parent->findChild<app::EncoderForm *>(QLatin1String(form));
    REQUIRE(f);
    auto *w = f->findChild<W *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

} // namespace

TEST_CASE("Settings → Output: unusable encoders say why, every setting comes back, the recording's own encode or the stream's", "[gui][encoders]")
{
    broadcast::BroadcastSettings settings;
    app::SettingsDialog dialog(settings, core::UiSettings{}, {}, false);
    dialog.setEncoderChoices(thisMachine());
    dialog.resize(900, 640);
    dialog.show();
    auto *tabs = dialog.findChild<QTabWidget *>();
    REQUIRE(tabs);
    for (int i = 0; i < tabs->count(); ++i)
        if (tabs->tabText(i) == QStringLiteral("Output"))
            tabs->setCurrentIndex(i);

    auto *encoder = in<QComboBox>(&dialog, "streamEncoder", "encoder");
    REQUIRE(encoder->count() == 4);
    CHECK(encoder->currentData().toString() == QStringLiteral("obs_x264"));
    const auto *model = qobject_cast<QStandardItemModel *>(encoder->model());
    REQUIRE(model);
    CHECK(model->item(0)->isEnabled());
    for (int row = 1; row < 4; ++row) {
        CHECK_FALSE(model->item(row)->isEnabled());
        CHECK(encoder->itemText(row).contains(thisMachine().at(row).reason));
    }
    auto *missing = dialog.findChild<QLabel *>(QStringLiteral("missingEncoders"));
    REQUIRE(missing);
    CHECK(missing->text().contains(QStringLiteral("no NVIDIA driver")));

    // The stream: VBR at 4500 kbps, keyframes every 2 s, preset faster, 720p out, 128 kbps audio.
    in<QComboBox>(&dialog, "streamEncoder", "rateControl")->setCurrentIndex(1);
    in<QSpinBox>(&dialog, "streamEncoder", "bitrate")->setValue(4500);
    auto *preset = in<QComboBox>(&dialog, "streamEncoder", "preset");
    CHECK(preset->currentText() == QStringLiteral("veryfast"));
    preset->setCurrentIndex(preset->findText(QStringLiteral("faster")));
    auto *tune = in<QComboBox>(&dialog, "streamEncoder", "tune");
    tune->setCurrentIndex(tune->findData(QStringLiteral("zerolatency")));
    in<QSpinBox>(&dialog, "streamEncoder", "bFrames")->setValue(0);
    auto *size = in<QComboBox>(&dialog, "streamEncoder", "scaledSize");
    size->setCurrentIndex(size->findData(QSize(1280, 720)));
    auto *audio = in<QComboBox>(&dialog, "streamEncoder", "audioBitrate");
    audio->setCurrentIndex(audio->findData(128));
    CHECK_FALSE(in<QSpinBox>(&dialog, "streamEncoder", "quantiser")->isEnabled()); // not CQP

    // The recording: shared at first; its own is offered as constant quality.
    auto *share = dialog.findChild<QCheckBox *>(QStringLiteral("shareEncoder"));
    REQUIRE(share);
    CHECK(share->isChecked());
    CHECK_FALSE(dialog.findChild<app::EncoderForm *>(QStringLiteral("recordingEncoder"))->isEnabled());
    CHECK_FALSE(dialog.settings().recordingEncoder);
    share->setChecked(false);
    CHECK(in<QComboBox>(&dialog, "recordingEncoder", "rateControl")->currentData().toInt() == int(RateControl::CQP));
    in<QSpinBox>(&dialog, "recordingEncoder", "quantiser")->setValue(17);

    auto *sampleRate = dialog.findChild<QComboBox *>(QStringLiteral("sampleRate"));
    REQUIRE(sampleRate);
    CHECK(sampleRate->currentData().toInt() == 48000);
    sampleRate->setCurrentIndex(sampleRate->findData(44100));

    QDir().mkpath(QStringLiteral(SHOPCAST_TEST_ARTIFACTS));
    dialog.grab().save(QStringLiteral(SHOPCAST_TEST_ARTIFACTS "/output-settings.png"));

    const broadcast::BroadcastSettings out = dialog.settings();
    CHECK(out.encoder.videoEncoder == QStringLiteral("obs_x264"));
    CHECK(out.encoder.rateControl == RateControl::VBR);
    CHECK(out.encoder.videoBitrateKbps == 4500);
    CHECK(out.encoder.preset == QStringLiteral("faster"));
    CHECK(out.encoder.tune == QStringLiteral("zerolatency"));
    CHECK(out.encoder.bFrames == 0);
    CHECK(out.encoder.scaledSize == QSize(1280, 720));
    CHECK(out.encoder.audioBitrateKbps == 128);
    CHECK(out.encoder.keyframeIntervalSec == 2);
    REQUIRE(out.recordingEncoder);
    CHECK(out.recordingEncoder->rateControl == RateControl::CQP);
    CHECK(out.recordingEncoder->quantiser == 17);
    CHECK(out.audioSampleRateHz == 44100);
}

TEST_CASE("Settings → Output keeps a saved hardware encoder this PC lacks, and is locked while live", "[gui][encoders]")
{
    broadcast::BroadcastSettings settings;
    settings.encoder.videoEncoder = QStringLiteral("ffmpeg_nvenc");
    settings.encoder.preset = QStringLiteral("p5");
    app::SettingsDialog live(settings, core::UiSettings{}, {}, true);
    live.setEncoderChoices(thisMachine());
    auto *encoder = in<QComboBox>(&live, "streamEncoder", "encoder");
    CHECK(encoder->currentData().toString() == QStringLiteral("ffmpeg_nvenc"));
    CHECK(in<QComboBox>(&live, "streamEncoder", "preset")->currentText() == QStringLiteral("p5"));
    CHECK_FALSE(encoder->isEnabledTo(&live));
    CHECK(live.settings().encoder == settings.encoder); // nothing changed by showing it
}
