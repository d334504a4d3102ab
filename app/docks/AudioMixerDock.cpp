#include "AudioMixerDock.hpp"

#include "widgets/AudioMeterWidget.hpp"
#include "widgets/AudioStripWidget.hpp"

#include "audio/AudioMixer.hpp"

#include <QBoxLayout>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>

namespace shopcast::app {

AudioMixerDock::AudioMixerDock(audio::AudioMixer &mixer, QWidget *parent)
    : QDockWidget(tr("Audio mixer"), parent)
    , m_mixer(mixer)
{
    setObjectName(QStringLiteral("audioMixerDock"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    // Room for a name, the volume and the buttons on a row: a meter squeezed to a sliver reads nothing.
    scroll->setMinimumWidth(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 13);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_body = new QWidget(scroll);
    scroll->setWidget(m_body);
    setWidget(scroll);

    m_master = new AudioMeterWidget(Qt::Horizontal, this);
    m_master->setObjectName(QStringLiteral("masterMeter"));
    m_master->setAccessibleName(tr("Program audio level"));
    connect(m_master, &AudioMeterWidget::clipCleared, this, [this] {
        m_mixer.resetClip({});
        showLevels();
    });
    m_empty = new QLabel(tr("No source on air makes sound. Add a microphone: Sources → + → Audio input capture."), this);
    m_empty->setWordWrap(true);

    connect(&mixer, &audio::AudioMixer::sourcesChanged, this, &AudioMixerDock::rebuild);
    connect(&mixer, &audio::AudioMixer::audioChanged, this, [this](const QString &source) {
        if (AudioStripWidget *strip = m_strips.value(source))
            strip->refresh();
    });
    connect(&mixer, &audio::AudioMixer::levelsUpdated, this, &AudioMixerDock::showLevels);
    // Metering costs the audio thread nothing, the GUI thread a little: only while seen.
    connect(this, &QDockWidget::visibilityChanged, &mixer, &audio::AudioMixer::setMetering);
    rebuild();
}

void AudioMixerDock::rebuild()
{
    for (AudioStripWidget *strip : std::as_const(m_strips))
        strip->deleteLater();
    m_strips.clear();
    delete m_body->layout();
    const bool vertical = m_orientation == Qt::Vertical;
    QBoxLayout *outer = vertical ? static_cast<QBoxLayout *>(new QHBoxLayout(m_body)) : new QVBoxLayout(m_body);
    outer->setContentsMargins(4, 4, 4, 4);
    auto *programRow = new QVBoxLayout;
    auto *programLabel = new QLabel(tr("Program"), m_body);
    programRow->addWidget(programLabel, 0, vertical ? Qt::AlignHCenter : Qt::Alignment());
    m_master->setOrientation(m_orientation);
    programRow->addWidget(m_master, vertical ? 1 : 0, vertical ? Qt::AlignHCenter : Qt::Alignment());
    outer->addLayout(programRow);
    for (const QString &source : m_mixer.sources()) {
        auto *strip = new AudioStripWidget(m_mixer, source, m_orientation, m_body);
        connect(strip, &AudioStripWidget::filtersRequested, this, &AudioMixerDock::filtersRequested);
        connect(strip, &AudioStripWidget::message, this, &AudioMixerDock::message);
        m_strips.insert(source, strip);
        outer->addWidget(strip);
    }
    m_empty->setVisible(m_mixer.sources().isEmpty());
    outer->addWidget(m_empty);
    outer->addStretch(1);
}

void AudioMixerDock::setVertical(bool vertical)
{
    const Qt::Orientation orientation = vertical ? Qt::Vertical : Qt::Horizontal;
    if (orientation == m_orientation)
        return;
    m_orientation = orientation;
    rebuild();
    emit verticalChanged(vertical);
}

void AudioMixerDock::showLevels()
{
    m_master->showLevels(m_mixer.master());
    for (AudioStripWidget *strip : std::as_const(m_strips))
        strip->showLevels();
}

void AudioMixerDock::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu menu(this);
    QAction *vertical = menu.addAction(tr("Vertical layout"));
    vertical->setObjectName(QStringLiteral("verticalLayout"));
    vertical->setCheckable(true);
    vertical->setChecked(isVertical());
    connect(vertical, &QAction::toggled, this, &AudioMixerDock::setVertical);
    menu.addSeparator();
    // OBS's Settings → Audio global devices, where the mixer is.
    using Device = audio::AudioMixer::GlobalDevice;
    for (const Device which : {Device::Desktop, Device::Microphone}) {
        QMenu *devices = menu.addMenu(which == Device::Desktop ? tr("Desktop audio (every scene)") : tr("Microphone (every scene)"));
        devices->setObjectName(which == Device::Desktop ? QStringLiteral("desktopAudioDevices") : QStringLiteral("microphoneDevices"));
        const QString current = m_mixer.globalDevice(which);
        QList<broadcast::DeviceChoice> choices{{tr("Off"), QString()}};
        choices.append(m_mixer.globalDeviceChoices(which));
        for (const broadcast::DeviceChoice &choice : std::as_const(choices)) {
            QAction *action = devices->addAction(choice.name);
            action->setCheckable(true);
            action->setChecked(choice.id == current);
            connect(action, &QAction::triggered, this, [this, which, id = choice.id] {
                QString error;
                if (!m_mixer.setGlobalDevice(which, id, &error))
                    emit message(error);
            });
        }
        if (choices.size() == 1)
            devices->addAction(tr("(no device found)"))->setEnabled(false);
    }
    menu.exec(event->globalPos());
}

} // namespace shopcast::app
