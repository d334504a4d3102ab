#pragma once

#include <QFrame>

class QLabel;
class QSlider;
class QToolButton;
class QBoxLayout;

namespace shopcast::audio {
class AudioMixer;
}

namespace shopcast::app {

class AudioMeterWidget;

// One source in the mixer: its name, meter, fader (OBS's cubic law, 0 dB
// at the top), the volume in dB, mute, and a menu with monitoring, tracks,
// sync offset, balance and its filters. Every change goes to the mixer
// room; what the strip shows comes back from it, so an undo or a producer's
// remote moves the fader too. Laid out as a row or as a column.
class AudioStripWidget : public QFrame
{
    Q_OBJECT
public:
    AudioStripWidget(audio::AudioMixer &mixer, const QString &source, Qt::Orientation orientation, QWidget *parent = nullptr);

    const QString &source() const { return m_source; }
    void setOrientation(Qt::Orientation orientation);
    // From the mixer's settings of the source (volume, mute).
    void refresh();
    void showLevels();
    AudioMeterWidget *meter() const { return m_meter; }

signals:
    void filtersRequested(const QString &source);
    void message(const QString &text);

private:
    void lay();
    void fillMenu();
    void setFaderPosition(int value);
    void editSyncOffset();
    void editPushKey(bool talk);
    void editBalance();

    audio::AudioMixer &m_mixer;
    QString m_source;
    Qt::Orientation m_orientation;
    QLabel *m_name = nullptr;
    QLabel *m_db = nullptr;
    QSlider *m_fader = nullptr;
    QToolButton *m_mute = nullptr;
    QToolButton *m_more = nullptr;
    AudioMeterWidget *m_meter = nullptr;
    QBoxLayout *m_layout = nullptr;
    // A drag is one undo step: the first move starts it, the rest extend it.
    bool m_dragging = false;
    bool m_dragMoved = false;
};

} // namespace shopcast::app
