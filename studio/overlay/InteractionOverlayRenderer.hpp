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
// its winners, and a poll's live bars.
class InteractionOverlayRenderer
{
    Q_DECLARE_TR_FUNCTIONS(InteractionOverlayRenderer)
public:
    static QSize defaultSize(QSize canvasPx);
    static QImage lotteryEntry(const QString &prize, const QString &keyword, qint64 remainingMs, int entrants, const QString &commitment,
                               QSize sizePx);
    static QImage lotteryWinners(const QString &prize, const QStringList &names, QSize sizePx);
    static QImage poll(const QString &question, const QStringList &labels, const QList<int> &counts, bool closed, QSize sizePx);
};

} // namespace shopcast::overlay
