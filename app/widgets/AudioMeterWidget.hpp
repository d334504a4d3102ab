#pragma once

#include <QWidget>

#include <array>

namespace shopcast::audio {
class MeterBallistics;
}

namespace shopcast::app {

// A level meter as OBS draws it: per channel a bar from -60 to 0 dBFS in
// green, yellow (from -20) and red (from -9), the RMS solid and the peak
// lighter past it, a tick at the held peak and a clip light at the end that
// stays until clicked. It repaints only when something moved by a pixel, so
// eight of them at 40 Hz cost the GUI thread next to nothing.
class AudioMeterWidget : public QWidget
{
    Q_OBJECT
public:
    explicit AudioMeterWidget(Qt::Orientation orientation, QWidget *parent = nullptr);

    void setOrientation(Qt::Orientation orientation);
    void showLevels(const audio::MeterBallistics &meter);
    bool isClipShown() const { return m_clipped; }
    // Repaints so far (what the benchmark counts).
    int repaints() const { return m_repaints; }

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void clipCleared();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    // A level as a share of the bar's length, in whole pixels of it.
    int pixelsFor(float db) const;
    int barLength() const;

    Qt::Orientation m_orientation;
    int m_channels = 2;
    std::array<float, 2> m_peakDb{-60, -60};
    std::array<float, 2> m_magnitudeDb{-60, -60};
    std::array<float, 2> m_holdDb{-60, -60};
    std::array<std::array<int, 3>, 2> m_drawn{};
    bool m_clipped = false;
    int m_repaints = 0;
};

} // namespace shopcast::app
