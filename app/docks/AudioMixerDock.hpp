#pragma once

#include <QDockWidget>
#include <QHash>

class QBoxLayout;
class QLabel;

namespace shopcast::audio {
class AudioMixer;
}

namespace shopcast::app {

class AudioMeterWidget;
class AudioStripWidget;

// The audio mixer (混音器): the program's own meter on top, then a strip
// per source heard on air (AudioStripWidget), as rows or, from the
// right-click menu, as columns like a desk. Meters run only while the dock
// is visible; strips come and go with the scene on air.
class AudioMixerDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit AudioMixerDock(audio::AudioMixer &mixer, QWidget *parent = nullptr);

    bool isVertical() const { return m_orientation == Qt::Vertical; }
    void setVertical(bool vertical);
    AudioStripWidget *stripOf(const QString &source) const { return m_strips.value(source); }
    AudioMeterWidget *masterMeter() const { return m_master; }

signals:
    void filtersRequested(const QString &source);
    void verticalChanged(bool vertical);
    void message(const QString &text);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void rebuild();
    void showLevels();

    audio::AudioMixer &m_mixer;
    Qt::Orientation m_orientation = Qt::Horizontal;
    QWidget *m_body = nullptr;
    QBoxLayout *m_stripLayout = nullptr;
    AudioMeterWidget *m_master = nullptr;
    QLabel *m_empty = nullptr;
    QHash<QString, AudioStripWidget *> m_strips;
};

} // namespace shopcast::app
