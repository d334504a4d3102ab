#include "StockOutBanner.hpp"
#include "CueBannerStyle.hpp"

#include "actions/ActionRegistry.hpp"
#include "catalog/LineupModel.hpp"
#include "show/LiveProductController.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace shopcast::app {

StockOutBanner::StockOutBanner(show::LiveProductController &live, const catalog::LineupModel &lineup, actions::ActionRegistry &actions, QWidget *parent)
    : QFrame(parent)
    , m_live(live)
    , m_lineup(lineup)
{
    setObjectName(QStringLiteral("stockOutBanner"));
    applyCueBannerStyle(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 6, 8, 6);
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("stockOutText"));
    m_text->setTextFormat(Qt::PlainText);
    m_text->setWordWrap(true);
    QFont bold = m_text->font();
    bold.setBold(true);
    m_text->setFont(bold);
    auto *soldOut = new QPushButton(tr("Mark sold out"), this);
    soldOut->setObjectName(QStringLiteral("stockOutMark"));
    auto *keep = new QPushButton(tr("Keep selling"), this);
    keep->setObjectName(QStringLiteral("stockOutKeep"));
    layout->addWidget(m_text, 1);
    layout->addWidget(soldOut);
    layout->addWidget(keep);
    connect(soldOut, &QPushButton::clicked, this, [this, &actions] {
        actions.invoke(QStringLiteral("product.soldOut"), {{QStringLiteral("sku"), m_sku}, {QStringLiteral("soldOut"), true}}, actions::Origin::Dock);
    });
    connect(keep, &QPushButton::clicked, this, [this, &actions] {
        actions.invoke(QStringLiteral("product.keepSelling"), {{QStringLiteral("sku"), m_sku}}, actions::Origin::Dock);
    });
    connect(&live, &show::LiveProductController::stockOutPendingChanged, this, &StockOutBanner::refresh);
    refresh();
}

void StockOutBanner::refresh()
{
    const QStringList &pending = m_live.stockOutPending();
    setVisible(!pending.isEmpty());
    if (pending.isEmpty())
        return;
    m_sku = pending.constFirst();
    const int row = m_lineup.rowOfSku(m_sku);
    const QString title = row >= 0 ? m_lineup.productAt(row).title : m_sku;
    QString text = tr("%1: live orders used up its stock. Mark it sold out?").arg(title);
    if (pending.size() > 1)
        text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(pending.size() - 1));
    m_text->setText(text);
}

} // namespace shopcast::app
