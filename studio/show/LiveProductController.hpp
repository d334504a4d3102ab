#pragma once

#include "catalog/Product.hpp"
#include "overlay/ProductCardState.hpp"
#include "work/Throttle.hpp"

#include <QImage>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <optional>

namespace shopcast::catalog {
class LineupModel;
}
namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::show {

class ShowTimeline;

// The product on air and its card: ShowSession puts a product on air (the one
// path for every trigger), this draws the card from the lineup's live price
// and stock, runs flash sales (限时秒杀) with their countdown and writes
// sold-outs and flash sales to the show timeline. The card goes out through
// cardChanged; ShowSession hands it to the program's product_card overlays.
// The product's own picture, large, goes out through pictureChanged to the
// product_picture overlays, so a scene never shows a fixed picture (and a
// fixed price) beside the card of another product.
class LiveProductController : public QObject
{
    Q_OBJECT
public:
    LiveProductController(catalog::LineupModel &lineup, ShowTimeline &timeline, const core::MonotonicClock &clock, QObject *parent = nullptr);
    ~LiveProductController() override;

    void setCardSize(QSize sizePx);
    void setTemplate(const QString &name);
    const QString &templateName() const { return m_template; }

    const QString &onAirSku() const { return m_onAirSku; }
    std::optional<catalog::Product> onAirProduct() const;
    bool isOnAirSoldOut() const;
    // Only ShowSession calls this; false when the product is already on air.
    bool putOnAir(const QString &sku);

    bool isFlashSaleRunning() const { return m_saleEndMs.has_value(); }
    const std::optional<catalog::Money> &flashSalePrice() const { return m_salePrice; }
    std::optional<qint64> flashSaleRemainingMs() const;
    std::optional<overlay::ProductCardState> cardState() const;
    // Units sold live per SKU (the sales room's): the card says "已售 N" and
    // its stock is the catalog's less that.
    void setSoldUnits(const QHash<QString, int> &unitsBySku);
    // Lineup products whose catalog stock live orders used up and that are
    // not marked sold out yet: the host confirms (product.soldOut) or keeps
    // selling (product.keepSelling) — a catalog stock is often behind the
    // shop's, so the studio never marks a product sold out on its own.
    const QStringList &stockOutPending() const { return m_stockOutPending; }
    // The host keeps selling it: the prompt goes until a refund and a new sale run it out again.
    bool keepSelling(const QString &sku);
    // The last card drawn; a change's card may still be on its way (cardChanged).
    const QImage &currentCard() const { return m_card; }
    const QImage &currentPicture() const { return m_picture; }
    // Pictures are decoded at most this big on their longest side: a 6000 px
    // phone photo in the catalogue must not put 140 MB on the GPU.
    static constexpr int kMaxPicturePx = 1080;

public slots:
    // Starts a countdown for the current product; the card shows the sale
    // price (the live price when none is given) until it ends.
    bool startFlashSale(qint64 durationMs, std::optional<shopcast::catalog::Money> price = std::nullopt);
    void stopFlashSale();
    // A flash sale that was running when the studio went down goes on with
    // the time it had left; its start is on the timeline already.
    bool resumeFlashSale(qint64 remainingMs, std::optional<shopcast::catalog::Money> price);
    // Called by the internal timer; tests call it after moving the clock.
    void tick();

signals:
    void cardChanged(const QImage &card);       // null image: no product on air
    void pictureChanged(const QImage &picture); // null image: none on air, or it has no readable picture
    void currentProductChanged();
    void flashSaleChanged(bool running);
    void message(const QString &text, bool isError);
    void stockOutPendingChanged();

private:
    void checkStockOut();
    void endFlashSale(const QString &reason);
    // Asks for the card of the current state: one drawing at a time, and a
    // request made while one runs draws the latest state when it ends.
    void render();
    void startDrawing();
    void cardDrawn(const QString &sku, const QImage &card);
    void loadPicture();

    catalog::LineupModel &m_lineup;
    ShowTimeline &m_timeline;
    const core::MonotonicClock &m_clock;
    QSize m_cardSize{600, 240};
    QString m_template = QStringLiteral("light");
    QString m_onAirSku;
    std::optional<qint64> m_saleEndMs;
    std::optional<catalog::Money> m_salePrice;
    QHash<QString, int> m_soldUnits;
    QStringList m_stockOutPending;
    QSet<QString> m_stockOutAnswered; // kept selling, or marked sold out: not asked again while it stays out
    qint64 m_shownSecond = -1;
    bool m_drawing = false;
    bool m_drawAgain = false;
    // Held by a worker while it draws; the controller's end takes it and
    // closes it, so no drawing starts or runs on after the show is gone
    // (Qt's fonts go with the application, right after).
    struct DrawGate;
    std::shared_ptr<DrawGate> m_drawGate;
    QImage m_card;
    QImage m_picture;
    QString m_pictureSource; // "sku\npath" of m_picture, to skip needless reloads
    QTimer m_ticker{this};
    // Live orders change 已售 many times a second in a busy room: the card
    // is redrawn at once for the first, then at most every 250 ms (the last
    // count always drawn), not once per batch (the chat bench with 200
    // orders/s drew it 100 times a second).
    work::Throttle m_soldRedraw{250, [this] { render(); }, this};
};

} // namespace shopcast::show
