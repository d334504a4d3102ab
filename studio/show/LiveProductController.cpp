#include "LiveProductController.hpp"

#include "ShowTimeline.hpp"

#include "catalog/LineupModel.hpp"
#include "core/MonotonicClock.hpp"
#include "overlay/ProductCardRenderer.hpp"
#include "work/Work.hpp"

#include <QImageReader>

#include <mutex>

namespace shopcast::show {

struct LiveProductController::DrawGate
{
    std::mutex mutex;
    bool closed = false;
};

LiveProductController::LiveProductController(catalog::LineupModel &lineup, ShowTimeline &timeline, const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_lineup(lineup)
    , m_timeline(timeline)
    , m_clock(clock)
    , m_drawGate(std::make_shared<DrawGate>())
{
    // Four ticks a second keep the shown countdown within a quarter second.
    m_ticker.setInterval(250);
    connect(&m_ticker, &QTimer::timeout, this, &LiveProductController::tick);
    connect(&m_lineup, &catalog::LineupModel::soldOutChanged, this, [this](int row, bool soldOut) {
        const QString sku = m_lineup.productAt(row).sku;
        m_timeline.record(soldOut ? TimelineKind::SoldOut : TimelineKind::BackInStock, sku);
        if (soldOut) {
            m_stockOutAnswered.insert(sku); // answered, by whoever marked it
            if (m_stockOutPending.removeAll(sku) > 0)
                emit stockOutPendingChanged();
        }
        if (sku == m_onAirSku) {
            if (soldOut && isFlashSaleRunning())
                endFlashSale(QStringLiteral("sold out"));
            render();
        }
    });
    connect(&m_lineup, &catalog::LineupModel::productEdited, this, [this](int row) {
        if (m_lineup.productAt(row).sku == m_onAirSku) {
            render();
            loadPicture();
        }
    });
}

LiveProductController::~LiveProductController()
{
    // Waits for one card drawing at most, and only at the show's end.
    const std::lock_guard lock(m_drawGate->mutex);
    m_drawGate->closed = true;
}

std::optional<catalog::Product> LiveProductController::onAirProduct() const
{
    const int row = m_onAirSku.isEmpty() ? -1 : m_lineup.rowOfSku(m_onAirSku);
    if (row < 0)
        return std::nullopt;
    return m_lineup.productAt(row);
}

bool LiveProductController::isOnAirSoldOut() const
{
    const int row = m_onAirSku.isEmpty() ? -1 : m_lineup.rowOfSku(m_onAirSku);
    return row >= 0 && m_lineup.isSoldOut(row);
}

void LiveProductController::setCardSize(QSize sizePx)
{
    m_cardSize = sizePx;
    render();
}

void LiveProductController::setTemplate(const QString &name)
{
    if (!overlay::ProductCardRenderer::isTemplate(name) || name == m_template)
        return;
    m_template = name;
    render();
}

std::optional<qint64> LiveProductController::flashSaleRemainingMs() const
{
    if (!m_saleEndMs)
        return std::nullopt;
    return std::max<qint64>(0, *m_saleEndMs - m_clock.nowMs());
}

std::optional<overlay::ProductCardState> LiveProductController::cardState() const
{
    const auto product = onAirProduct();
    if (!product)
        return std::nullopt;
    overlay::ProductCardState state;
    state.product = *product;
    state.soldOut = isOnAirSoldOut();
    state.soldUnits = std::max(0, m_soldUnits.value(state.product.sku));
    if (state.product.stock)
        state.product.stock = std::max(0, *state.product.stock - state.soldUnits);
    if (m_saleEndMs) {
        state.flashSaleRemainingMs = flashSaleRemainingMs();
        state.flashSalePrice = m_salePrice;
    }
    return state;
}

void LiveProductController::setSoldUnits(const QHash<QString, int> &unitsBySku)
{
    const bool onAirChanged = unitsBySku.value(m_onAirSku) != m_soldUnits.value(m_onAirSku);
    m_soldUnits = unitsBySku;
    if (onAirChanged)
        m_soldRedraw.request();
    checkStockOut();
}

void LiveProductController::checkStockOut()
{
    QStringList pending;
    for (int row = 0; row < m_lineup.rowCount(); ++row) {
        const catalog::Product &p = m_lineup.productAt(row);
        const bool out = p.stock && *p.stock > 0 && m_soldUnits.value(p.sku) >= *p.stock;
        if (!out) {
            m_stockOutAnswered.remove(p.sku); // back in stock (a refund): ask again when it runs out
            continue;
        }
        if (!m_lineup.isSoldOut(row) && !m_stockOutAnswered.contains(p.sku))
            pending.append(p.sku);
    }
    if (pending == m_stockOutPending)
        return;
    for (const QString &sku : std::as_const(pending))
        if (!m_stockOutPending.contains(sku))
            m_timeline.record(TimelineKind::StockOut, sku, {{QStringLiteral("sold"), m_soldUnits.value(sku)}});
    m_stockOutPending = pending;
    emit stockOutPendingChanged();
}

bool LiveProductController::keepSelling(const QString &sku)
{
    if (!m_stockOutPending.removeAll(sku))
        return false;
    m_stockOutAnswered.insert(sku);
    emit stockOutPendingChanged();
    return true;
}

bool LiveProductController::putOnAir(const QString &sku)
{
    if (sku == m_onAirSku)
        return false;
    if (isFlashSaleRunning())
        endFlashSale(QStringLiteral("product changed"));
    m_onAirSku = sku;
    render();
    loadPicture();
    emit currentProductChanged();
    return true;
}

bool LiveProductController::startFlashSale(qint64 durationMs, std::optional<catalog::Money> price)
{
    const auto product = onAirProduct();
    if (!product) {
        emit message(tr("Explain a product first: a flash sale runs for the product on air."), true);
        return false;
    }
    if (isOnAirSoldOut()) {
        emit message(tr("%1 is sold out.").arg(product->title), true);
        return false;
    }
    if (durationMs < 1000 || durationMs > 24LL * 3600 * 1000) {
        emit message(tr("A flash sale lasts from one second to 24 hours."), true);
        return false;
    }
    if (isFlashSaleRunning())
        endFlashSale(QStringLiteral("restarted"));
    m_saleEndMs = m_clock.nowMs() + durationMs;
    m_salePrice = price;
    m_timeline.record(TimelineKind::FlashSaleStart, product->sku,
                      {{QStringLiteral("durationMs"), durationMs}, {QStringLiteral("price"), price.value_or(product->effectivePrice()).toString()}});
    m_ticker.start();
    render();
    emit flashSaleChanged(true);
    return true;
}

bool LiveProductController::resumeFlashSale(qint64 remainingMs, std::optional<catalog::Money> price)
{
    if (!onAirProduct() || isOnAirSoldOut() || remainingMs < 1000 || remainingMs > 24LL * 3600 * 1000)
        return false;
    m_saleEndMs = m_clock.nowMs() + remainingMs;
    m_salePrice = price;
    m_ticker.start();
    render();
    emit flashSaleChanged(true);
    return true;
}

void LiveProductController::stopFlashSale()
{
    if (isFlashSaleRunning()) {
        endFlashSale(QStringLiteral("stopped"));
        render();
    }
}

void LiveProductController::endFlashSale(const QString &reason)
{
    const qint64 remaining = flashSaleRemainingMs().value_or(0);
    m_saleEndMs.reset();
    m_salePrice.reset();
    m_ticker.stop();
    m_timeline.record(TimelineKind::FlashSaleEnd, m_onAirSku, {{QStringLiteral("reason"), reason}, {QStringLiteral("remainingMs"), remaining}});
    emit flashSaleChanged(false);
}

void LiveProductController::tick()
{
    if (!m_saleEndMs)
        return;
    const qint64 remaining = *flashSaleRemainingMs();
    if (remaining <= 0) {
        endFlashSale(QStringLiteral("elapsed"));
        render();
        return;
    }
    // Redraw only when the shown second changes: 1 upload a second, not 4.
    if ((remaining + 999) / 1000 != m_shownSecond)
        render();
}

void LiveProductController::render()
{
    if (!cardState()) {
        // Off air: the card goes at once, and a drawing under way is dropped when it ends.
        m_shownSecond = -1;
        m_drawAgain = false;
        if (!m_card.isNull()) {
            m_card = QImage();
            emit cardChanged(m_card);
        }
        return;
    }
    if (m_drawing) {
        m_drawAgain = true;
        return;
    }
    startDrawing();
}

void LiveProductController::startDrawing()
{
    const auto state = cardState();
    if (!state)
        return;
    m_drawing = true;
    m_drawAgain = false;
    m_shownSecond = state->flashSaleRemainingMs ? (*state->flashSaleRemainingMs + 999) / 1000 : -1;
    work::Work::run(
        work::Pool::Compute, this,
        [gate = m_drawGate, state = *state, templateName = m_template, size = m_cardSize] {
            const std::lock_guard lock(gate->mutex);
            return gate->closed ? QImage() : overlay::ProductCardRenderer::render(state, templateName, size);
        },
        [this, sku = state->product.sku](const QImage &card) { cardDrawn(sku, card); });
}

void LiveProductController::cardDrawn(const QString &sku, const QImage &card)
{
    m_drawing = false;
    // A card of the product on air is shown even when a newer state waits
    // (an older count or second is right a moment longer; requests faster
    // than drawing never leave the card stale); another product's never is.
    if (sku == m_onAirSku) {
        m_card = card;
        emit cardChanged(m_card);
    }
    if (m_drawAgain)
        startDrawing();
}

void LiveProductController::loadPicture()
{
    const auto product = onAirProduct();
    const QString path = product ? product->imagePath : QString();
    const QString source = product ? product->sku + QLatin1Char('\n') + path : QString();
    if (source == m_pictureSource)
        return;
    m_pictureSource = source;
    if (path.isEmpty()) {
        if (!m_picture.isNull()) {
            m_picture = QImage();
            emit pictureChanged(m_picture);
        }
        return;
    }
    // Decoding is file and CPU work: off the GUI thread, and a result that
    // arrives after another product went on air is dropped.
    work::Work::run(
        work::Pool::Decode, this,
        [path] {
            QImageReader reader(path);
            reader.setAutoTransform(true);
            const QSize size = reader.size();
            if (size.isValid() && std::max(size.width(), size.height()) > kMaxPicturePx)
                reader.setScaledSize(size.scaled(kMaxPicturePx, kMaxPicturePx, Qt::KeepAspectRatio));
            return reader.read();
        },
        [this, source](const QImage &picture) {
            if (source != m_pictureSource || (picture.isNull() && m_picture.isNull()))
                return;
            m_picture = picture;
            emit pictureChanged(m_picture);
        });
}

} // namespace shopcast::show
