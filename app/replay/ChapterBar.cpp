#include "ChapterBar.hpp"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace shopcast::app {

using replay::ChapterKind;

ChapterBar::ChapterBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("chapterBar"));
    setMinimumHeight(40);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setCursor(Qt::PointingHandCursor);
}

QColor ChapterBar::colour(ChapterKind kind)
{
    switch (kind) {
    case ChapterKind::Product: return QColor(0x1e, 0x88, 0xe5);
    case ChapterKind::FlashSale: return QColor(0xe5, 0x39, 0x35);
    case ChapterKind::Lottery: return QColor(0xff, 0x8f, 0x00);
    case ChapterKind::Poll: return QColor(0x8e, 0x24, 0xaa);
    case ChapterKind::Interlude: return QColor(0x43, 0xa0, 0x47);
    case ChapterKind::Highlight: return QColor(0xfd, 0xd8, 0x35);
    }
    return Qt::gray;
}

void ChapterBar::setMarkers(const QList<Marker> &markers, qint64 durationMs)
{
    m_markers = markers;
    m_durationMs = durationMs;
    update();
}

void ChapterBar::setPosition(qint64 ms)
{
    m_positionMs = ms;
    update();
}

int ChapterBar::xFor(qint64 ms) const
{
    if (m_durationMs <= 0)
        return 0;
    return int(double(std::clamp<qint64>(ms, 0, m_durationMs)) / double(m_durationMs) * (width() - 1));
}

int ChapterBar::lane(ChapterKind kind) const
{
    // Pitches on the top lane, what happens inside them (flash sales,
    // lotteries, polls, interludes) below, so overlaps stay visible.
    return kind == ChapterKind::Product ? 0 : 1;
}

QRect ChapterBar::markerRect(int marker) const
{
    const Marker &m = m_markers.at(marker);
    const int laneHeight = (height() - 8) / 2;
    const int x0 = xFor(m.startMs);
    return {x0, 2 + lane(m.kind) * (laneHeight + 2), std::max(4, xFor(m.endMs) - x0), laneHeight};
}

void ChapterBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), palette().color(QPalette::Base));
    int pitches = 0;
    for (int i = 0; i < m_markers.size(); ++i) {
        const QRect r = markerRect(i);
        // Back-to-back pitches alternate shades so each one reads as its own block.
        const bool alternate = m_markers.at(i).kind == ChapterKind::Product && pitches++ % 2 == 1;
        p.fillRect(r, colour(m_markers.at(i).kind).lighter(alternate ? 160 : 125));
        p.fillRect(QRect(r.left(), r.top(), 2, r.height()), colour(m_markers.at(i).kind));
    }
    const int x = xFor(m_positionMs);
    p.setPen(QPen(palette().color(QPalette::Text), 2));
    p.drawLine(x, 0, x, height());
}

void ChapterBar::mousePressEvent(QMouseEvent *event)
{
    const QPoint at = event->position().toPoint();
    // The marker that starts closest to the click, among those under it.
    int hit = -1;
    for (int i = 0; i < m_markers.size(); ++i)
        if (markerRect(i).adjusted(-3, 0, 3, 0).contains(at) && (hit < 0 || m_markers.at(i).startMs > m_markers.at(hit).startMs))
            hit = i;
    if (hit >= 0)
        emit chapterClicked(m_markers.at(hit).chapter);
    else if (m_durationMs > 0)
        emit seekRequested(qint64(double(at.x()) / std::max(1, width() - 1) * m_durationMs));
}

bool ChapterBar::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const QPoint at = static_cast<QHelpEvent *>(event)->pos();
        for (int i = 0; i < m_markers.size(); ++i)
            if (markerRect(i).contains(at)) {
                QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(),
                                   replay::ChapterKinds::label(m_markers.at(i).kind) + QStringLiteral(": ") + m_markers.at(i).title, this);
                return true;
            }
        QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace shopcast::app
