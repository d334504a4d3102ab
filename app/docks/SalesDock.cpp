#include "SalesDock.hpp"

#include "ScrollingBody.hpp"
#include "widgets/TonedText.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/Money.hpp"
#include "sales/RoomSize.hpp"
#include "show/SalesRoom.hpp"
#include "show/SalesTicker.hpp"
#include "work/Throttle.hpp"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

#include <cmath>

namespace shopcast::app {

namespace {

QString yuan(qint64 cents)
{
    return QStringLiteral("¥") + catalog::Money::fromCents(cents).toString();
}

} // namespace

SalesDock::SalesDock(show::SalesRoom &sales, show::SalesTicker &ticker, actions::ActionRegistry &actions, const QString &settingsPath, QWidget *parent)
    : QDockWidget(tr("Sales"), parent)
    , m_sales(sales)
    , m_ticker(ticker)
    , m_settingsPath(settingsPath)
{
    setObjectName(QStringLiteral("salesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_gmv = new QLabel(body);
    m_gmv->setObjectName(QStringLiteral("salesGmv"));
    m_gmv->setStyleSheet(QStringLiteral("font-size:24px;font-weight:bold"));
    m_orders = new QLabel(body);
    m_orders->setObjectName(QStringLiteral("salesOrders"));
    m_onAir = new QLabel(body);
    m_onAir->setObjectName(QStringLiteral("salesOnAir"));
    m_onAir->setWordWrap(true);
    layout->addWidget(m_gmv);
    layout->addWidget(m_orders);
    m_room = new QLabel(body);
    m_room->setObjectName(QStringLiteral("salesRoom"));
    m_room->setWordWrap(true);
    layout->addWidget(m_onAir);
    layout->addWidget(m_room);

    auto *form = new QFormLayout;
    m_tickerOn = new QCheckBox(tr("Orders ticker on stream"), body);
    m_tickerOn->setObjectName(QStringLiteral("tickerOn"));
    m_tickerOn->setToolTip(tr("“张** just bought …”, at most one every 3 s, names masked"));
    m_minimum = new QDoubleSpinBox(body);
    m_minimum->setObjectName(QStringLiteral("tickerMinimum"));
    m_minimum->setPrefix(QStringLiteral("¥"));
    m_minimum->setRange(0, 100'000);
    m_minimum->setDecimals(0);
    form->addRow(m_tickerOn);
    m_tickerUnplaced = new QLabel(tr("No scene shows the orders ticker: add it with Add source → Orders ticker."), body);
    m_tickerUnplaced->setObjectName(QStringLiteral("tickerUnplaced"));
    m_tickerUnplaced->setWordWrap(true);
    TonedText::apply(m_tickerUnplaced, style::Tone::Warning);
    m_tickerUnplaced->setVisible(ticker.isUnplaced());
    form->addRow(m_tickerUnplaced);
    form->addRow(tr("Only orders from"), m_minimum);
    m_hold = new QSpinBox(body);
    m_hold->setObjectName(QStringLiteral("tickerHold"));
    m_hold->setRange(int(show::SalesTicker::kIntervalMs / 1000), 60);
    m_hold->setSuffix(tr(" s"));
    form->addRow(tr("Each line stays"), m_hold);
    layout->addLayout(form);
    layout->addStretch(1);
    setScrollingBody(this, body);

    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    m_ticker.setEnabled(settings.value(QStringLiteral("ticker/on"), true).toBool());
    m_ticker.setMinimumCents(settings.value(QStringLiteral("ticker/minimumCents"), 0).toLongLong());
    m_tickerOn->setChecked(m_ticker.isEnabled());
    m_minimum->setValue(double(m_ticker.minimumCents()) / 100);
    m_ticker.setHoldMs(settings.value(QStringLiteral("ticker/holdMs"), show::SalesTicker::kIntervalMs).toLongLong());
    m_hold->setValue(int(m_ticker.holdMs() / 1000));
    // Through the action, so the producer's console and the timeline see it.
    connect(m_tickerOn, &QCheckBox::toggled, this, [&actions](bool on) {
        actions.invoke(QStringLiteral("ticker.toggle"), {{QStringLiteral("on"), on}}, actions::Origin::Dock);
    });
    connect(&m_ticker, &show::SalesTicker::enabledChanged, this, [this](bool on) {
        const QSignalBlocker quiet(m_tickerOn);
        m_tickerOn->setChecked(on);
        save();
    });
    connect(&m_ticker, &show::SalesTicker::unplacedChanged, m_tickerUnplaced, &QLabel::setVisible);
    connect(m_minimum, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        m_ticker.setMinimumCents(std::llround(value * 100));
        save();
    });
    connect(m_hold, &QSpinBox::valueChanged, this, [this](int seconds) {
        m_ticker.setHoldMs(seconds * 1000LL);
        save();
    });
    m_refreshes = new work::Throttle(
        kRefreshIntervalMs, [this] { refresh(); }, this);
    connect(&m_sales, &show::SalesRoom::changed, m_refreshes, &work::Throttle::request);
    m_minute.setInterval(5000);
    connect(&m_minute, &QTimer::timeout, this, &SalesDock::refresh);
    m_minute.start();
    refresh();
}

void SalesDock::save() const
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("ticker/on"), m_ticker.isEnabled());
    settings.setValue(QStringLiteral("ticker/minimumCents"), m_ticker.minimumCents());
    settings.setValue(QStringLiteral("ticker/holdMs"), m_ticker.holdMs());
}

void SalesDock::refresh()
{
    const show::SalesRoom::Figures f = m_sales.figures();
    m_gmv->setText(tr("GMV %1").arg(yuan(f.gmvCents)));
    m_orders->setText(tr("%n order(s)", nullptr, f.orders) + QStringLiteral(" · ") + tr("%n unit(s)", nullptr, f.units) + QStringLiteral(" · ")
                      + tr("%n in the last minute", nullptr, f.ordersLastMinute)
                      + (f.refunds > 0 ? QStringLiteral(" · ") + tr("%n refund(s)", nullptr, f.refunds) : QString()));
    m_onAir->setText(f.onAirSku.isEmpty()
                         ? tr("No product on air")
                         : tr("This pitch (%1): %2 · %3 · %4")
                               .arg(f.onAirSku, tr("%n order(s)", nullptr, f.onAirOrders), tr("%n unit(s)", nullptr, f.onAirUnits), yuan(f.onAirCents)));
    m_room->setVisible(f.audienceKnown);
    if (f.audienceKnown)
        m_room->setText(tr("Online %1 · views %2 · GPM %3 · UV value %4")
                            .arg(f.online)
                            .arg(f.views)
                            .arg(yuan(sales::RoomSize::gpmCents(f.gmvCents, f.views)), yuan(sales::RoomSize::uvValueCents(f.gmvCents, f.viewers))));
}

} // namespace shopcast::app
