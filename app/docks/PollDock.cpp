#include "PollDock.hpp"

#include "ScrollingBody.hpp"
#include "widgets/PollPresetForm.hpp"

#include "actions/ActionRegistry.hpp"
#include "interact/PollController.hpp"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace shopcast::app {

PollDock::PollDock(interact::PollController &poll, actions::ActionRegistry &actions, QWidget *parent)
    : QDockWidget(tr("Poll"), parent)
    , m_poll(poll)
    , m_actions(actions)
{
    setObjectName(QStringLiteral("pollDock"));
    auto *body = new QWidget(this);
    auto *layout = new QVBoxLayout(body);
    layout->setContentsMargins(4, 4, 4, 4);
    m_form = new PollPresetForm(body);
    m_open = new QPushButton(body);
    m_open->setObjectName(QStringLiteral("pollOpen"));
    m_result = new QLabel(body);
    m_result->setObjectName(QStringLiteral("pollResult"));
    m_result->setWordWrap(true);
    layout->addWidget(m_form);
    layout->addWidget(m_open);
    layout->addWidget(m_result, 1);
    setScrollingBody(this, body);
    // Through the registry, as Ctrl+Shift+P and a producer's remote: the form is what opens.
    connect(m_open, &QPushButton::clicked, this, &PollDock::togglePoll);
    connect(&m_poll, &interact::PollController::changed, this, &PollDock::refresh);
    m_actions.setDefaultParams(QStringLiteral("poll.open"), [this] { return formParams(); });
    refresh();
}

PollDock::~PollDock()
{
    m_actions.setDefaultParams(QStringLiteral("poll.open"), {});
}

QJsonObject PollDock::formParams() const
{
    return m_poll.isOpen() ? QJsonObject() : QJsonObject{{QStringLiteral("preset"), m_form->preset().toJson()}};
}

bool PollDock::togglePoll()
{
    const actions::ActionResult result = m_actions.invoke(QStringLiteral("poll.open"), formParams(), actions::Origin::Dock);
    if (!result.ok)
        m_result->setText(result.error);
    return result.ok;
}

void PollDock::refresh()
{
    m_open->setText(m_poll.isOpen() ? tr("Close poll") : tr("Open poll"));
    if (!m_poll.hasPoll()) {
        m_result->setText(tr("No poll yet."));
        return;
    }
    QStringList lines;
    const QList<int> counts = m_poll.counts();
    for (int i = 0; i < m_poll.options().size(); ++i)
        lines.append(QStringLiteral("%1: %2").arg(m_poll.options().at(i).label).arg(counts.value(i)));
    m_result->setText((m_poll.isOpen() ? tr("Voting (%n voter(s)):", nullptr, m_poll.votes()) : tr("Result (%n voter(s)):", nullptr, m_poll.votes()))
                      + QLatin1Char('\n') + lines.join(QLatin1Char('\n')));
}

} // namespace shopcast::app
