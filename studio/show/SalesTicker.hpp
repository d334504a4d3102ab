#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>

#include <optional>

namespace shopcast::core {
class MonotonicClock;
}

namespace shopcast::show {

// One paid line as the ticker tells it.
struct Sale
{
    QString buyer; // as the platform gave it; masked again here when it is not
    QString title;
    QString sku;
    int units = 1;
    qint64 cents = 0;
};

// The social-proof ticker on stream (社交证据: “张** 刚刚下单 保温杯 ×2”):
// at most one line every interval (3 s), the newest sale first — older ones
// waiting when a newer came are dropped, a busy room is not read out line by
// line a minute late. A line stays up for the interval and goes when no sale
// follows (or after the hold time set). Off, or under the minimum amount: nothing shows. Names are masked
// here whatever the source sent: a buyer's full nickname never goes on air.
class SalesTicker : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 kIntervalMs = 3000;
    static constexpr int kMaxTitleChars = 10;

    explicit SalesTicker(const core::MonotonicClock &clock, QObject *parent = nullptr);

    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }
    void setMinimumCents(qint64 cents);
    qint64 minimumCents() const { return m_minimumCents; }
    // How long a line stays when no sale follows (at least the interval).
    void setHoldMs(qint64 ms) { m_holdMs = std::max(kIntervalMs, ms); }
    qint64 holdMs() const { return m_holdMs; }
    const QString &current() const { return m_current; } // empty: nothing on stream
    // A line was up and no source of the scene collection showed it (one
    // saved before the ticker existed, or the source removed): the host is
    // told, not left to wonder why buyers see nothing. Cleared when a line
    // is shown somewhere, or the ticker is turned off.
    void setUnplaced(bool unplaced);
    bool isUnplaced() const { return m_unplaced; }

    void offer(const Sale &sale);
    // Called by the internal timer; tests call it after moving the clock.
    void tick();

    // "张**" stays; "张三丰" → "张**"; "" → "有人"/"Someone".
    static QString maskBuyer(const QString &buyer);
    static QString lineFor(const Sale &sale);

signals:
    void shown(const QString &line); // empty: the ticker is cleared
    void enabledChanged(bool enabled);
    void unplacedChanged(bool unplaced);

private:
    void show(const QString &line);

    const core::MonotonicClock &m_clock;
    bool m_enabled = true;
    bool m_unplaced = false;
    qint64 m_minimumCents = 0;
    qint64 m_holdMs = kIntervalMs;
    std::optional<Sale> m_pending;
    QString m_current;
    qint64 m_shownAtMs = 0;
    QTimer m_timer{this};
};

} // namespace shopcast::show
