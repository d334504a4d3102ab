#include "AudioMeterWidget.hpp"

#include "audio/MeterBallistics.hpp"

#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace shopcast::app {

namespace {

constexpr float kFloorDb = audio::MeterBallistics::kFloorDb;
constexpr float kYellowDb = -20.0F;
constexpr float kRedDb = -9.0F;
constexpr int kChannelPx = 5;
constexpr int kGapPx = 2;
constexpr int kClipPx = 6;

// OBS's mixer colours: readable on the dark and the light theme alike.
const QColor kGreen(76, 255, 76);
const QColor kYellow(255, 255, 76);
const QColor kRed(255, 76, 76);

QColor dim(const QColor &c)
{
    return QColor(c.red() * 2 / 5, c.green() * 2 / 5, c.blue() * 2 / 5);
}

} // namespace

AudioMeterWidget::AudioMeterWidget(Qt::Orientation orientation, QWidget *parent)
    : QWidget(parent)
    , m_orientation(orientation)
{
    setAttribute(Qt::WA_OpaquePaintEvent);
    setToolTip(tr("Level: RMS solid, peak lighter, the held peak as a tick. A red light at the end: it clipped; click to clear."));
    setOrientation(orientation);
}

void AudioMeterWidget::setOrientation(Qt::Orientation orientation)
{
    m_orientation = orientation;
    setSizePolicy(orientation == Qt::Horizontal ? QSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed)
                                                : QSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding));
    updateGeometry();
    update();
}

QSize AudioMeterWidget::sizeHint() const
{
    const int thickness = 2 * kChannelPx + kGapPx;
    return m_orientation == Qt::Horizontal ? QSize(180, thickness) : QSize(thickness, 160);
}

QSize AudioMeterWidget::minimumSizeHint() const
{
    const int thickness = 2 * kChannelPx + kGapPx;
    return m_orientation == Qt::Horizontal ? QSize(60, thickness) : QSize(thickness, 60);
}

int AudioMeterWidget::barLength() const
{
    return std::max(1, (m_orientation == Qt::Horizontal ? width() : height()) - kClipPx - kGapPx);
}

int AudioMeterWidget::pixelsFor(float db) const
{
    const float share = std::clamp((db - kFloorDb) / -kFloorDb, 0.0F, 1.0F);
    return int(std::lround(share * float(barLength())));
}

void AudioMeterWidget::showLevels(const audio::MeterBallistics &meter)
{
    bool moved = meter.isClipped() != m_clipped;
    const int channels = std::max(1, meter.channels());
    moved |= channels != m_channels;
    m_channels = channels;
    m_clipped = meter.isClipped();
    for (int c = 0; c < 2; ++c) {
        m_peakDb[c] = meter.peakDb(c);
        m_magnitudeDb[c] = meter.magnitudeDb(c);
        m_holdDb[c] = meter.peakHoldDb(c);
        const std::array<int, 3> px{pixelsFor(m_magnitudeDb[c]), pixelsFor(m_peakDb[c]), pixelsFor(m_holdDb[c])};
        moved |= px != m_drawn[c];
        m_drawn[c] = px;
    }
    if (moved)
        update();
}

void AudioMeterWidget::paintEvent(QPaintEvent *)
{
    ++m_repaints;
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base).darker(130));
    const int length = barLength();
    const int yellowAt = pixelsFor(kYellowDb);
    const int redAt = pixelsFor(kRedDb);
    // Along the bar from its start (left, or bottom when vertical).
    const auto fill = [&](int channel, int from, int to, const QColor &colour) {
        if (to <= from)
            return;
        const int across = channel * (kChannelPx + kGapPx);
        if (m_orientation == Qt::Horizontal)
            p.fillRect(QRect(from, across, to - from, kChannelPx), colour);
        else
            p.fillRect(QRect(across, height() - to, kChannelPx, to - from), colour);
    };
    const auto zoned = [&](int channel, int from, int to, bool lit) {
        const auto shade = [lit](const QColor &c) { return lit ? c : dim(c); };
        fill(channel, from, std::min(to, yellowAt), shade(kGreen));
        fill(channel, std::max(from, yellowAt), std::min(to, redAt), shade(kYellow));
        fill(channel, std::max(from, redAt), to, shade(kRed));
    };
    for (int c = 0; c < 2; ++c) {
        const int shown = c < m_channels ? c : 0; // a mono source fills both rows
        const auto &[magnitude, peak, hold] = m_drawn[shown];
        zoned(c, 0, length, false);      // the scale, dark
        zoned(c, 0, magnitude, true);    // RMS
        zoned(c, magnitude, peak, true); // the peak past it
        fill(c, magnitude, peak, QColor(255, 255, 255, 70));
        if (hold > 0)
            fill(c, std::max(0, hold - 2), hold, palette().color(QPalette::Text));
    }
    const QColor clip = m_clipped ? kRed : dim(kRed);
    if (m_orientation == Qt::Horizontal)
        p.fillRect(QRect(width() - kClipPx, 0, kClipPx, 2 * kChannelPx + kGapPx), clip);
    else
        p.fillRect(QRect(0, 0, 2 * kChannelPx + kGapPx, kClipPx), clip);
}

void AudioMeterWidget::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && m_clipped)
        emit clipCleared();
    QWidget::mousePressEvent(event);
}

} // namespace shopcast::app
