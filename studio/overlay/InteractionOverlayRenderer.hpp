#pragma once

#include <QCoreApplication>
#include <QImage>
#include <QList>
#include <QSize>
#include <QStringList>

namespace shopcast::overlay {

// The on-stream cards of the room's interactions, in the product card's
// style: a lottery taking entries (prize, keyword to type, countdown, live
// entrant count, the seed's commitment so anyone can check the draw later),
// its winners, a poll's live bars and a rhythm slot's countdown.
class InteractionOverlayRenderer
{
    Q_DECLARE_TR_FUNCTIONS(InteractionOverlayRenderer)
public:
    static QSize defaultSize(QSize canvasPx);
    // prizePicture (optional): the prize, drawn at the card's right.
    static QImage lotteryEntry(const QString &prize, const QString &keyword, qint64 remainingMs, int entrants, const QString &commitment, QSize sizePx,
                               const QImage &prizePicture = {});
    static QImage lotteryWinners(const QString &prize, const QStringList &names, QSize sizePx);
    static QImage poll(const QString &question, const QStringList &labels, const QList<int> &counts, bool closed, QSize sizePx);
    // A rhythm slot's remaining time (the plan's "countdown on stream"):
    // the label above, m:ss below; past zero it shows 0:00, never a negative.
    static QImage slotCountdown(const QString &label, qint64 remainingMs, QSize sizePx);
};

} // namespace shopcast::overlay
