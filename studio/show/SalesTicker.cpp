#include "SalesTicker.hpp"

#include "core/MonotonicClock.hpp"

namespace shopcast::show {

SalesTicker::SalesTicker(const core::MonotonicClock &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    // Runs only while a line is up or waiting: a quiet room costs nothing.
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &SalesTicker::tick);
}

void SalesTicker::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_pending.reset();
        show({});
        setUnplaced(false);
    }
    emit enabledChanged(enabled);
}

void SalesTicker::setUnplaced(bool unplaced)
{
    if (unplaced == m_unplaced)
        return;
    m_unplaced = unplaced;
    emit unplacedChanged(unplaced);
}

void SalesTicker::setMinimumCents(qint64 cents)
{
    m_minimumCents = std::max<qint64>(0, cents);
}

QString SalesTicker::maskBuyer(const QString &buyer)
{
    const QString name = buyer.simplified();
    if (name.isEmpty())
        return tr("Someone");
    // First character (a whole surrogate pair) and two stars, as the platforms show buyers.
    const qsizetype first = name.at(0).isHighSurrogate() && name.size() > 1 ? 2 : 1;
    return name.left(first) + QStringLiteral("**");
}

QString SalesTicker::lineFor(const Sale &sale)
{
    // Short enough that the quantity after it survives on a narrow pill.
    QString title = sale.title.simplified();
    if (title.size() > kMaxTitleChars)
        title = title.left(kMaxTitleChars - 1) + QStringLiteral("…");
    return sale.units > 1 ? tr("%1 just bought %2 ×%3").arg(maskBuyer(sale.buyer), title).arg(sale.units)
                          : tr("%1 just bought %2").arg(maskBuyer(sale.buyer), title);
}

void SalesTicker::offer(const Sale &sale)
{
    if (!m_enabled || sale.cents < m_minimumCents)
        return;
    m_pending = sale; // the newest wins
    tick();
    if (!m_timer.isActive())
        m_timer.start();
}

void SalesTicker::tick()
{
    const qint64 now = m_clock.nowMs();
    const bool slotFree = m_current.isEmpty() || now - m_shownAtMs >= kIntervalMs;
    if (m_pending && slotFree) {
        const QString line = lineFor(*m_pending);
        m_pending.reset();
        m_shownAtMs = now;
        show(line);
    } else if (!m_current.isEmpty() && !m_pending && now - m_shownAtMs >= m_holdMs) {
        show({});
    }
    if (m_current.isEmpty() && !m_pending)
        m_timer.stop();
}

void SalesTicker::show(const QString &line)
{
    if (line == m_current)
        return;
    m_current = line;
    emit shown(line);
}

} // namespace shopcast::show
