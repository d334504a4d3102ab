#include "PollDock.hpp"

#include "ScrollingBody.hpp"

#include "interact/PollController.hpp"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
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
    m_question = new QLineEdit(tr("Which colour?"), body);
    m_question->setObjectName(QStringLiteral("pollQuestion"));
    m_options = new QPlainTextEdit(tr("Red = 1, red\nBlue = 2, blue"), body);
    m_options->setObjectName(QStringLiteral("pollOptions"));
    m_options->setMaximumHeight(110);
    m_lastVote = new QCheckBox(tr("A viewer's last vote counts (else the first)"), body);
    m_open = new QPushButton(body);
    m_open->setObjectName(QStringLiteral("pollOpen"));
    m_result = new QLabel(body);
    m_result->setObjectName(QStringLiteral("pollResult"));
    m_result->setWordWrap(true);
    layout->addWidget(new QLabel(tr("Question:"), body));
    layout->addWidget(m_question);
    layout->addWidget(new QLabel(tr("Options, one per line: label = keywords"), body));
    layout->addWidget(m_options);
    layout->addWidget(m_lastVote);
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
    auto *key = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this, nullptr, nullptr, Qt::ApplicationShortcut);
    connect(key, &QShortcut::activated, m_open, &QPushButton::click);
    m_open->setToolTip(tr("Ctrl+Shift+P"));
    refresh();
}

bool PollDock::openPoll()
{
    QList<interact::PollController::Option> options;
    for (const QString &line : m_options->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QString label = line.section(QLatin1Char('='), 0, 0).trimmed();
        QStringList keywords;
        for (const QString &k : line.section(QLatin1Char('='), 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keywords.append(k.trimmed());
        options.append({label, keywords});
    }
    QString error;
    if (!m_poll.open(m_question->text(), options,
                     m_lastVote->isChecked() ? interact::PollController::Policy::LastVote : interact::PollController::Policy::FirstVote, &error)) {
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
