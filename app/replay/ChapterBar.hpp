#pragma once

#include "replay/Chapter.hpp"

#include <QWidget>

namespace shopcast::app {

// The bar under the video: the recording to scale, a coloured marker for
// each chapter recorded in it (pitch, flash sale, lottery, poll, interlude)
// and the playhead. A click on a marker jumps to its chapter; elsewhere, to
// that moment.
class ChapterBar : public QWidget
{
    Q_OBJECT
public:
    explicit ChapterBar(QWidget *parent = nullptr);

    // Chapters with their start and end in the file being played.
    struct Marker
    {
        int chapter;
        replay::ChapterKind kind;
        qint64 startMs;
        qint64 endMs;
        QString title;
    };
    void setMarkers(const QList<Marker> &markers, qint64 durationMs);
    void setPosition(qint64 ms);
    // Where a marker is drawn (for tests and tooltips).
    QRect markerRect(int marker) const;
    static QColor colour(replay::ChapterKind kind);

    QSize sizeHint() const override { return {600, 44}; }

signals:
    void chapterClicked(int chapter);
    void seekRequested(qint64 ms);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    int xFor(qint64 ms) const;
    int lane(replay::ChapterKind kind) const;

    QList<Marker> m_markers;
    qint64 m_durationMs = 0;
    qint64 m_positionMs = 0;
};

} // namespace shopcast::app
