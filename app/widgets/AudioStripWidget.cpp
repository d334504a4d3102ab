#include "AudioStripWidget.hpp"

#include "AudioMeterWidget.hpp"
#include "TonedText.hpp"

#include "audio/AudioMixer.hpp"
#include "audio/FaderLaw.hpp"

#include <QActionGroup>
#include <QDialog>
#include <QDialogButtonBox>
#include <QKeySequenceEdit>
#include <QPushButton>
#include <QBoxLayout>
#include <QGridLayout>
#include <QInputDialog>
#include <QLabel>
#include <QMenu>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

#include <cmath>

namespace shopcast::app {

using broadcast::AudioMonitoring;
using broadcast::AudioSpec;

namespace {
constexpr int kFaderSteps = 1000;

QString dbText(double db)
{
    return db <= AudioSpec::kMinVolumeDb ? QStringLiteral("-∞ dB") : QStringLiteral("%1 dB").arg(db, 0, 'f', 1);
}
} // namespace

AudioStripWidget::AudioStripWidget(audio::AudioMixer &mixer, const QString &source, Qt::Orientation orientation, QWidget *parent)
    : QFrame(parent)
    , m_mixer(mixer)
    , m_source(source)
    , m_orientation(orientation)
{
    setObjectName(QStringLiteral("audioStrip:%1").arg(source));
    setFrameShape(QFrame::StyledPanel);
    m_name = new QLabel(source, this);
    m_name->setObjectName(QStringLiteral("name"));
    m_name->setToolTip(source);
    m_db = new QLabel(this);
    m_db->setObjectName(QStringLiteral("volume"));
    m_db->setMinimumWidth(m_db->fontMetrics().horizontalAdvance(QStringLiteral("-100.0 dB")));
    m_db->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_fader = new QSlider(this);
    m_fader->setObjectName(QStringLiteral("fader"));
    m_fader->setRange(0, kFaderSteps);
    m_fader->setPageStep(kFaderSteps / 20);
    m_fader->setAccessibleName(tr("Volume of %1").arg(source));
    m_mute = new QToolButton(this);
    m_mute->setObjectName(QStringLiteral("mute"));
    m_mute->setCheckable(true);
    m_mute->setAutoRaise(true);
    m_more = new QToolButton(this);
    m_more->setObjectName(QStringLiteral("audioMenu"));
    m_more->setText(QStringLiteral("⋮"));
    m_more->setToolTip(tr("Monitoring, tracks, sync offset, balance, filters"));
    m_more->setPopupMode(QToolButton::InstantPopup);
    m_more->setAutoRaise(true);
    m_more->setMenu(new QMenu(m_more));
    connect(m_more->menu(), &QMenu::aboutToShow, this, &AudioStripWidget::fillMenu);
    m_meter = new AudioMeterWidget(orientation, this);

    connect(m_fader, &QSlider::sliderPressed, this, [this] {
        m_dragging = true;
        m_dragMoved = false;
    });
    connect(m_fader, &QSlider::sliderReleased, this, [this] { m_dragging = false; });
    connect(m_fader, &QSlider::valueChanged, this, &AudioStripWidget::setFaderPosition);
    connect(m_mute, &QToolButton::clicked, this, [this](bool muted) {
        QString error;
        if (!m_mixer.setMuted(m_source, muted, &error))
            emit message(error);
        refresh();
    });
    connect(m_meter, &AudioMeterWidget::clipCleared, this, [this] {
        m_mixer.resetClip(m_source);
        showLevels();
    });
    lay();
    refresh();
}

void AudioStripWidget::lay()
{
    delete m_layout;
    const bool row = m_orientation == Qt::Horizontal;
    m_fader->setOrientation(m_orientation);
    m_meter->setOrientation(m_orientation);
    if (row) {
        // name ............ dB
        // [meter              ]
        // [fader       ][mute][⋮]
        auto *layout = new QVBoxLayout(this);
        auto *top = new QHBoxLayout;
        top->addWidget(m_name, 1);
        top->addWidget(m_db);
        layout->addLayout(top);
        layout->addWidget(m_meter);
        auto *bottom = new QHBoxLayout;
        bottom->addWidget(m_fader, 1);
        bottom->addWidget(m_mute);
        bottom->addWidget(m_more);
        layout->addLayout(bottom);
        m_layout = layout;
    } else {
        auto *layout = new QVBoxLayout(this);
        auto *bars = new QHBoxLayout;
        bars->addWidget(m_meter);
        bars->addWidget(m_fader);
        layout->addWidget(m_db, 0, Qt::AlignHCenter);
        layout->addLayout(bars, 1);
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(m_mute);
        buttons->addWidget(m_more);
        layout->addLayout(buttons);
        layout->addWidget(m_name, 0, Qt::AlignHCenter);
        m_name->setMaximumWidth(90);
        m_layout = layout;
    }
    m_layout->setContentsMargins(4, 2, 4, 2);
    m_layout->setSpacing(2);
    if (row)
        m_name->setMaximumWidth(QWIDGETSIZE_MAX);
}

void AudioStripWidget::setOrientation(Qt::Orientation orientation)
{
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    lay();
}

void AudioStripWidget::refresh()
{
    const AudioSpec audio = m_mixer.audioOf(m_source);
    if (!m_dragging) {
        const QSignalBlocker quiet(m_fader);
        m_fader->setValue(int(std::lround(audio::FaderLaw::positionOf(audio.volumeDb, AudioSpec::kMinVolumeDb) * kFaderSteps)));
    }
    m_db->setText(dbText(audio.volumeDb));
    m_mute->setChecked(audio.muted);
    m_mute->setIcon(style()->standardIcon(audio.muted ? QStyle::SP_MediaVolumeMuted : QStyle::SP_MediaVolume));
    m_mute->setToolTip(audio.muted ? tr("Muted: click to unmute %1").arg(m_source) : tr("Mute %1").arg(m_source));
    // A muted source says so where the host looks: its name in red.
    if (audio.muted)
        TonedText::apply(m_name, style::Tone::Danger, QStringLiteral("font-weight:bold"));
    else
        TonedText::clear(m_name);
    m_name->setText(audio.muted ? tr("%1 (muted)").arg(m_source) : m_source);
}

void AudioStripWidget::showLevels()
{
    if (const audio::MeterBallistics *meter = m_mixer.meterOf(m_source))
        m_meter->showLevels(*meter);
}

void AudioStripWidget::setFaderPosition(int value)
{
    const double db = audio::FaderLaw::dbAt(double(value) / kFaderSteps, AudioSpec::kMinVolumeDb);
    QString error;
    const bool merge = m_dragging && m_dragMoved;
    m_dragMoved = m_dragging;
    if (!m_mixer.setVolumeDb(m_source, db, &error, merge))
        emit message(error);
    m_db->setText(dbText(m_mixer.audioOf(m_source).volumeDb));
}

void AudioStripWidget::fillMenu()
{
    QMenu *menu = m_more->menu();
    menu->clear();
    const AudioSpec audio = m_mixer.audioOf(m_source);
    const auto apply = [this](const AudioSpec &changed) {
        QString error;
        if (!m_mixer.setAudio(m_source, changed, &error))
            emit message(error);
    };
    QMenu *monitoring = menu->addMenu(tr("Monitoring"));
    auto *group = new QActionGroup(monitoring);
    for (const auto &[mode, label] :
         std::initializer_list<std::pair<AudioMonitoring, QString>>{{AudioMonitoring::Off, tr("Off")},
                                                                    {AudioMonitoring::MonitorOnly, tr("Monitor only (not in the stream)")},
                                                                    {AudioMonitoring::MonitorAndOutput, tr("Monitor and output")}}) {
        QAction *a = monitoring->addAction(label);
        a->setCheckable(true);
        a->setChecked(audio.monitoring == mode);
        a->setActionGroup(group);
        const AudioMonitoring chosen = mode;
        connect(a, &QAction::triggered, this, [apply, audio, chosen] {
            AudioSpec changed = audio;
            changed.monitoring = chosen;
            apply(changed);
        });
    }
    QMenu *tracks = menu->addMenu(tr("Recording tracks"));
    for (int t = 1; t <= AudioSpec::kTrackCount; ++t) {
        QAction *a = tracks->addAction(t == 1   ? tr("Track 1 (the stream and the program mix)")
                                       : t == 2 ? tr("Track 2 (e.g. the microphone alone)")
                                                : tr("Track %1").arg(t));
        a->setCheckable(true);
        a->setChecked(audio.onTrack(t));
        connect(a, &QAction::toggled, this, [apply, audio, t](bool on) {
            AudioSpec changed = audio;
            changed.tracks = on ? (changed.tracks | (1 << (t - 1))) : (changed.tracks & ~(1 << (t - 1)));
            apply(changed);
        });
    }
    menu->addAction(tr("Sync offset… (%1 ms)").arg(audio.syncOffsetMs), this, &AudioStripWidget::editSyncOffset);
    menu->addAction(tr("Balance… (%1)").arg(audio.balance == 0.5 ? tr("centre") : QString::number(audio.balance, 'f', 2)), this,
                    &AudioStripWidget::editBalance);
    const auto keyText = [](const QString &key) {
        return key.isEmpty() ? tr("none") : QKeySequence::fromString(key, QKeySequence::PortableText).toString(QKeySequence::NativeText);
    };
    QAction *talk = menu->addAction(tr("Push-to-talk key… (%1)").arg(keyText(audio.pushToTalkKey)), this, [this] { editPushKey(true); });
    talk->setObjectName(QStringLiteral("pushToTalk"));
    QAction *mute = menu->addAction(tr("Push-to-mute key… (%1)").arg(keyText(audio.pushToMuteKey)), this, [this] { editPushKey(false); });
    mute->setObjectName(QStringLiteral("pushToMute"));
    menu->addSeparator();
    menu->addAction(tr("Filters…"), this, [this] { emit filtersRequested(m_source); });
}

void AudioStripWidget::editPushKey(bool talk)
{
    QDialog dialog(this);
    dialog.setWindowTitle(talk ? tr("Push-to-talk key of %1").arg(m_source) : tr("Push-to-mute key of %1").arg(m_source));
    auto *layout = new QVBoxLayout(&dialog);
    auto *explain = new QLabel(talk ? tr("%1 is heard only while this key is held (the studio window must have the focus).").arg(m_source)
                                    : tr("%1 is muted while this key is held (the studio window must have the focus).").arg(m_source),
                               &dialog);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    auto *edit = new QKeySequenceEdit(
        QKeySequence::fromString(talk ? m_mixer.audioOf(m_source).pushToTalkKey : m_mixer.audioOf(m_source).pushToMuteKey, QKeySequence::PortableText),
        &dialog);
    edit->setObjectName(QStringLiteral("pushKey"));
    layout->addWidget(edit);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Reset, &dialog);
    buttons->button(QDialogButtonBox::Reset)->setText(tr("No key"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, edit, &QKeySequenceEdit::clear);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // One key: a push key is held, not typed as a chord.
    const QKeySequence keys = edit->keySequence();
    const QString key = keys.isEmpty() ? QString() : QKeySequence(keys[0]).toString(QKeySequence::PortableText);
    QString error;
    if (!m_mixer.setPushKey(m_source, talk, key, &error))
        emit message(error);
}

void AudioStripWidget::editSyncOffset()
{
    AudioSpec audio = m_mixer.audioOf(m_source);
    bool ok = false;
    const int ms
        = QInputDialog::getInt(this, tr("Sync offset of %1").arg(m_source), tr("Delay the sound by (ms; negative plays it earlier), to meet a camera's lag:"),
                               audio.syncOffsetMs, AudioSpec::kMinSyncOffsetMs, AudioSpec::kMaxSyncOffsetMs, 10, &ok);
    if (!ok)
        return;
    audio.syncOffsetMs = ms;
    QString error;
    if (!m_mixer.setAudio(m_source, audio, &error))
        emit message(error);
}

void AudioStripWidget::editBalance()
{
    AudioSpec audio = m_mixer.audioOf(m_source);
    bool ok = false;
    const double balance = QInputDialog::getDouble(this, tr("Balance of %1").arg(m_source), tr("0 is left only, 0.5 the centre, 1 right only:"), audio.balance,
                                                   0, 1, 2, &ok, Qt::WindowFlags(), 0.05);
    if (!ok)
        return;
    audio.balance = balance;
    QString error;
    if (!m_mixer.setAudio(m_source, audio, &error))
        emit message(error);
}

} // namespace shopcast::app
