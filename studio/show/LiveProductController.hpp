#pragma once

#include "overlay/ProductCardState.hpp"

#include <QImage>
#include <QObject>
#include <QTimer>

#include <optional>

namespace shopcast::catalog {
class LineupModel;
}
namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::show {

class ShowTimeline;

// The product on air: follows the lineup's current product, runs flash sales
// (限时秒杀) with their countdown, draws the card and writes every switch,
// sold-out and flash sale to the show timeline. The card goes out through
// cardChanged; the studio hands it to the engine's product_card overlays.
class LiveProductController : public QObject
{
    Q_OBJECT
public:
    LiveProductController(catalog::LineupModel &lineup, ShowTimeline &timeline, const core::MonotonicClock &clock,
                          QObject *parent = nullptr);

    void setCardSize(QSize sizePx);
    void setTemplate(const QString &name);
    const QString &templateName() const { return m_template; }

    bool isFlashSaleRunning() const { return m_saleEndMs.has_value(); }
    std::optional<qint64> flashSaleRemainingMs() const;
    std::optional<overlay::ProductCardState> cardState() const;
    const QImage &currentCard() const { return m_card; }

public slots:
    // Starts a countdown for the current product; the card shows the sale
    // price (the live price when none is given) until it ends.
    bool startFlashSale(qint64 durationMs, std::optional<shopcast::catalog::Money> price = std::nullopt);
    void stopFlashSale();
    // Called by the internal timer; tests call it after moving the clock.
    void tick();

signals:
    void cardChanged(const QImage &card);      // null image: no product on air
    void currentProductChanged();
    void flashSaleChanged(bool running);
    void message(const QString &text, bool isError);

private:
    void onCurrentChanged(int row);
    void endFlashSale(const QString &reason);
    void render();

    catalog::LineupModel &m_lineup;
    ShowTimeline &m_timeline;
    const core::MonotonicClock &m_clock;
    QSize m_cardSize{600, 240};
    QString m_template = QStringLiteral("light");
    QString m_onAirSku;
    std::optional<qint64> m_saleEndMs;
    std::optional<catalog::Money> m_salePrice;
    qint64 m_shownSecond = -1;
    QImage m_card;
    QTimer m_ticker;
};

} // namespace shopcast::show
