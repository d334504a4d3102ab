#include "PollDock.hpp"

#include "HotkeyMap.hpp"

#include "ScrollingBody.hpp"
#include "widgets/PollPresetForm.hpp"

#include "interact/PollController.hpp"

#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace shopcast::app {

PollDock::PollDock(interact::PollController &poll, QWidget *parent)
    : QDockWidget(tr("Poll"), parent)
    , m_poll(poll)
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
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_poll.isOpen())
            m_poll.close();
        else
            openPoll();
    });
    connect(&m_poll, &interact::PollController::changed, this, &PollDock::refresh);
    connect(HotkeyMap::shortcut(this, "poll.open"), &QShortcut::activated, m_open, &QPushButton::click);
    refresh();
}

bool PollDock::openPoll()
{
    QString error;
    const interact::PollPreset preset = m_form->preset();
    if (!preset.validate(&error) || !m_poll.open(preset, &error)) {
        m_result->setText(error);
        return false;
    }
    return true;
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
