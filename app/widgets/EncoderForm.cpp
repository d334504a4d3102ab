#include "EncoderForm.hpp"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QStandardItemModel>

namespace shopcast::app {

using broadcast::EncoderSettings;
using broadcast::RateControl;

namespace {

QStringList presetsOf(const QString &encoder)
{
    if (encoder == QLatin1String(EncoderSettings::kX264))
        return {QStringLiteral("ultrafast"), QStringLiteral("superfast"), QStringLiteral("veryfast"), QStringLiteral("faster"),
                QStringLiteral("fast"),      QStringLiteral("medium"),    QStringLiteral("slow")};
    if (encoder.contains(QLatin1String("nvenc")))
        return {QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4"),
                QStringLiteral("p5"), QStringLiteral("p6"), QStringLiteral("p7")};
    if (encoder.startsWith(QLatin1String("obs_qsv")))
        return {QStringLiteral("speed"), QStringLiteral("balanced"), QStringLiteral("quality")};
    return {};
}

QStringList tunesOf(const QString &encoder)
{
    if (encoder == QLatin1String(EncoderSettings::kX264))
        return {QString(), QStringLiteral("film"), QStringLiteral("animation"), QStringLiteral("stillimage"), QStringLiteral("zerolatency")};
    if (encoder.contains(QLatin1String("nvenc")))
        return {QString(), QStringLiteral("hq"), QStringLiteral("ll"), QStringLiteral("ull")};
    return {};
}

} // namespace

EncoderForm::EncoderForm(const EncoderSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_settings(settings)
{
    const auto named = [](QWidget *w, const char *name) {
        w->setObjectName(QLatin1String(name));
        return w;
    };
    m_encoder = new QComboBox(this);
    m_rateControl = new QComboBox(this);
    m_rateControl->addItem(tr("CBR: constant bitrate (live platforms ask for it)"), int(RateControl::CBR));
    m_rateControl->addItem(tr("VBR: variable, capped at the bitrate"), int(RateControl::VBR));
    m_rateControl->addItem(tr("CQP: constant quality (for files)"), int(RateControl::CQP));
    m_bitrate = new QSpinBox(this);
    m_bitrate->setRange(EncoderSettings::kMinVideoKbps, EncoderSettings::kMaxVideoKbps);
    m_bitrate->setSingleStep(250);
    m_bitrate->setSuffix(tr(" kbps"));
    m_quantiser = new QSpinBox(this);
    m_quantiser->setRange(0, EncoderSettings::kMaxQuantiser);
    m_quantiser->setToolTip(tr("Lower is better and bigger: 18 is near-lossless to the eye, 23 a good file, 28 small"));
    m_keyframe = new QSpinBox(this);
    m_keyframe->setRange(1, EncoderSettings::kMaxKeyframeSec);
    m_keyframe->setSuffix(tr(" s"));
    m_keyframe->setToolTip(tr("Platforms ask for 2 s; longer saves bits but a viewer who joins waits for the next one"));
    m_preset = new QComboBox(this);
    m_tune = new QComboBox(this);
    m_profile = new QComboBox(this);
    for (const char *p : {"baseline", "main", "high"})
        m_profile->addItem(QLatin1String(p), QLatin1String(p));
    m_bFrames = new QSpinBox(this);
    m_bFrames->setRange(0, EncoderSettings::kMaxBFrames);
    m_audioBitrate = new QComboBox(this);
    for (const QString &kbps : EncoderSettings::audioBitrates())
        m_audioBitrate->addItem(tr("%1 kbps").arg(kbps), kbps.toInt());
    m_scaledSize = new QComboBox(this);
    m_scaledSize->addItem(tr("The canvas size"), QSize());
    for (const QSize size : {QSize(1920, 1080), QSize(1280, 720), QSize(960, 540), QSize(854, 480), QSize(1080, 1920), QSize(720, 1280)})
        m_scaledSize->addItem(QStringLiteral("%1×%2").arg(size.width()).arg(size.height()), size);

    // Long choices ("… — no NVIDIA driver") open full width; closed, they must not widen the page.
    for (QComboBox *combo : {m_encoder, m_rateControl, m_preset, m_tune, m_profile, m_audioBitrate, m_scaledSize}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(10);
    }
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Encoder:"), named(m_encoder, "encoder"));
    form->addRow(tr("Rate control:"), named(m_rateControl, "rateControl"));
    form->addRow(tr("Bitrate:"), named(m_bitrate, "bitrate"));
    form->addRow(tr("Quality (CQP):"), named(m_quantiser, "quantiser"));
    form->addRow(tr("Keyframe every:"), named(m_keyframe, "keyframeInterval"));
    form->addRow(tr("Preset:"), named(m_preset, "preset"));
    form->addRow(tr("Tuning:"), named(m_tune, "tune"));
    form->addRow(tr("Profile:"), named(m_profile, "profile"));
    form->addRow(tr("B-frames:"), named(m_bFrames, "bFrames"));
    form->addRow(tr("Audio bitrate (AAC):"), named(m_audioBitrate, "audioBitrate"));
    form->addRow(tr("Output size:"), named(m_scaledSize, "scaledSize"));

    m_rateControl->setCurrentIndex(std::max(0, m_rateControl->findData(int(settings.rateControl))));
    m_bitrate->setValue(settings.videoBitrateKbps);
    m_quantiser->setValue(settings.quantiser);
    m_keyframe->setValue(settings.keyframeIntervalSec);
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(settings.profile)));
    m_bFrames->setValue(settings.bFrames);
    m_audioBitrate->setCurrentIndex(std::max(0, m_audioBitrate->findData(settings.audioBitrateKbps)));
    m_scaledSize->setCurrentIndex(settings.scaledSize ? std::max(0, m_scaledSize->findData(*settings.scaledSize)) : 0);
    connect(m_encoder, &QComboBox::currentIndexChanged, this, &EncoderForm::followEncoder);
    connect(m_rateControl, &QComboBox::currentIndexChanged, this, &EncoderForm::followRateControl);
    // Until the probe answers: x264, and the saved encoder as it is.
    QList<broadcast::EncoderChoice> choices = broadcast::EncoderProbe::known();
    for (broadcast::EncoderChoice &c : choices)
        c.available = c.id == QLatin1String(EncoderSettings::kX264);
    setChoices(choices);
    followRateControl();
}

void EncoderForm::setChoices(const QList<broadcast::EncoderChoice> &choices)
{
    const QString wanted = m_encoder->count() ? m_encoder->currentData().toString() : m_settings.videoEncoder;
    const QSignalBlocker quiet(m_encoder);
    m_encoder->clear();
    auto *model = qobject_cast<QStandardItemModel *>(m_encoder->model());
    for (const broadcast::EncoderChoice &c : choices) {
        m_encoder->addItem(c.available ? c.label : tr("%1 — %2").arg(c.label, c.reason), c.id);
        if (!c.available) {
            if (model)
                model->item(m_encoder->count() - 1)->setEnabled(false);
            m_encoder->setItemData(m_encoder->count() - 1, c.reason, Qt::ToolTipRole);
        }
    }
    int index = m_encoder->findData(wanted);
    // A saved hardware encoder this PC lacks (another machine's profile) stays shown as it is.
    if (index < 0) {
        m_encoder->addItem(tr("%1 (not on this PC: x264 is used when live)").arg(broadcast::EncoderProbe::labelOf(wanted)), wanted);
        index = m_encoder->count() - 1;
    }
    m_encoder->setCurrentIndex(index);
    followEncoder();
}

void EncoderForm::followEncoder()
{
    const QString encoder = m_encoder->currentData().toString();
    const QString preset = m_preset->count() ? m_preset->currentText() : m_settings.preset;
    const QString tune = m_tune->count() ? m_tune->currentData().toString() : m_settings.tune;
    m_preset->clear();
    for (const QString &p : presetsOf(encoder))
        m_preset->addItem(p);
    m_preset->setEnabled(m_preset->count() > 0);
    m_preset->setCurrentIndex(std::max(0, m_preset->findText(preset)));
    if (m_preset->findText(preset) < 0 && encoder == QLatin1String(EncoderSettings::kX264))
        m_preset->setCurrentIndex(m_preset->findText(QStringLiteral("veryfast")));
    m_tune->clear();
    for (const QString &t : tunesOf(encoder))
        m_tune->addItem(t.isEmpty() ? tr("none") : t, t);
    m_tune->setEnabled(m_tune->count() > 1);
    m_tune->setCurrentIndex(std::max(0, m_tune->findData(tune)));
}

void EncoderForm::followRateControl()
{
    const bool quality = RateControl(m_rateControl->currentData().toInt()) == RateControl::CQP;
    m_bitrate->setEnabled(!quality);
    m_quantiser->setEnabled(quality);
}

EncoderSettings EncoderForm::settings() const
{
    EncoderSettings s = m_settings;
    s.videoEncoder = m_encoder->currentData().toString();
    s.rateControl = RateControl(m_rateControl->currentData().toInt());
    s.videoBitrateKbps = m_bitrate->value();
    s.quantiser = m_quantiser->value();
    s.keyframeIntervalSec = m_keyframe->value();
    s.preset = m_preset->count() ? m_preset->currentText() : QString();
    s.tune = m_tune->currentData().toString();
    s.profile = m_profile->currentData().toString();
    s.bFrames = m_bFrames->value();
    s.audioBitrateKbps = m_audioBitrate->currentData().toInt();
    const QSize size = m_scaledSize->currentData().toSize();
    s.scaledSize = size.isValid() ? std::optional<QSize>(size) : std::nullopt;
    return s;
}

} // namespace shopcast::app
