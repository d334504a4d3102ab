#pragma once

#include <QDockWidget>
#include <QTimer>

class QCheckBox;
class QDoubleSpinBox;
class QSpinBox;
class QLabel;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::work {
class Throttle;
}
namespace shopcast::show {
class SalesRoom;
class SalesTicker;
} // namespace shopcast::show

namespace shopcast::app {

// The live numbers the host glances at (GMV of the show, orders, the last
// minute's orders, what the product on air sold since its pitch began) and
// the orders ticker's switch, minimum amount and how long a line stays, kept in the profile
// (settingsPath, an ini file) across runs.
class SalesDock : public QDockWidget
{
    Q_OBJECT
public:
    SalesDock(show::SalesRoom &sales, show::SalesTicker &ticker, actions::ActionRegistry &actions, const QString &settingsPath, QWidget *parent = nullptr);

private:
    static constexpr int kRefreshIntervalMs = 250;

    void refresh();
    void save() const;

    show::SalesRoom &m_sales;
    show::SalesTicker &m_ticker;
    QString m_settingsPath;
    QLabel *m_gmv = nullptr;
    QLabel *m_orders = nullptr;
    QLabel *m_onAir = nullptr;
    QLabel *m_room = nullptr; // online, views, GPM where a platform reports them
    QCheckBox *m_tickerOn = nullptr;
    QLabel *m_tickerUnplaced = nullptr;
    QDoubleSpinBox *m_minimum = nullptr;
    QSpinBox *m_hold = nullptr;
    QTimer m_minute{this};                 // the last minute's count ages without new orders
    work::Throttle *m_refreshes = nullptr; // orders at 20/s, the numbers a few times a second
};

} // namespace shopcast::app
