#include "HostNotesDock.hpp"
#include "widgets/TonedText.hpp"

#include "show/LiveProductController.hpp"

#include "style/Tones.hpp"

#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace shopcast::app {

HostNotesDock::HostNotesDock(show::LiveProductController &live, QWidget *parent)
    : QDockWidget(tr("Host notes"), parent)
    , m_live(live)
{
    setObjectName(QStringLiteral("hostNotesDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    m_title = new QLabel(body);
    m_title->setObjectName(QStringLiteral("hostNotesTitle"));
    m_title->setWordWrap(true);
    m_title->setStyleSheet(QStringLiteral("font-size:26px;font-weight:bold"));
    m_price = new QLabel(body);
    m_price->setWordWrap(true);
    TonedText::apply(m_price, style::Tone::Danger, QStringLiteral("font-size:22px;font-weight:bold"));
    m_notes = new QTextBrowser(body);
    m_notes->setObjectName(QStringLiteral("hostNotesText"));
    m_notes->setStyleSheet(QStringLiteral("font-size:20px"));
    layout->addWidget(m_title);
    layout->addWidget(m_price);
    layout->addWidget(m_notes, 1);
    setWidget(body);

    m_countdown.setInterval(500);
    connect(&m_countdown, &QTimer::timeout, this, &HostNotesDock::refresh);
    connect(&m_live, &show::LiveProductController::cardChanged, this, &HostNotesDock::refresh);
    connect(&m_live, &show::LiveProductController::flashSaleChanged, this, [this](bool running) {
        running ? m_countdown.start() : m_countdown.stop();
        refresh();
    });
    refresh();
}

void HostNotesDock::refresh()
{
    const auto state = m_live.cardState();
    if (!state) {
        m_title->setText(tr("No product on air"));
        m_price->clear();
        m_notes->setHtml(tr("<p style='color:gray'>Pick a product in the lineup and press <b>Explain now</b>.</p>"));
        return;
    }
    const catalog::Product &p = state->product;
    m_title->setText(p.title);
    QString price = tr("Live price ¥%1").arg(p.effectivePrice().toString());
    if (p.promoPrice)
        price += tr("  (was ¥%1)").arg(p.price.toString());
    if (state->flashSaleRemainingMs) {
        const qint64 s = (*state->flashSaleRemainingMs + 999) / 1000;
        price = tr("⚡ Flash sale ¥%1 — %2:%3 left")
                    .arg(state->flashSalePrice.value_or(p.effectivePrice()).toString())
                    .arg(s / 60, 2, 10, QLatin1Char('0'))
                    .arg(s % 60, 2, 10, QLatin1Char('0'));
    }
    if (state->soldOut)
        price = tr("SOLD OUT — move on to the next product");
    else if (p.stock)
        price += tr(" · %1 left").arg(*p.stock);
    m_price->setText(price);
    QString html = QStringLiteral("<h3>%1</h3><ul>").arg(tr("Selling points"));
    for (const QString &point : p.sellingPoints)
        html += QStringLiteral("<li>%1</li>").arg(point.toHtmlEscaped());
    html += QStringLiteral("</ul><h3>%1</h3><p>%2</p>").arg(tr("Talking points"), p.script.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    m_notes->setHtml(html);
}

} // namespace shopcast::app
