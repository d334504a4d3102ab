#include "ProducerNoteBanner.hpp"
#include "CueBannerStyle.hpp"

#include "actions/ActionRegistry.hpp"
#include "show/ProducerNotes.hpp"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace shopcast::app {

ProducerNoteBanner::ProducerNoteBanner(show::ProducerNotes &notes, actions::ActionRegistry &actions, QWidget *parent)
    : QFrame(parent)
    , m_notes(notes)
{
    setObjectName(QStringLiteral("producerNoteBanner"));
    applyCueBannerStyle(this);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(12, 8, 8, 8);
    auto *column = new QVBoxLayout;
    column->setSpacing(0);
    m_from = new QLabel(this);
    m_from->setObjectName(QStringLiteral("producerNoteFrom"));
    m_text = new QLabel(this);
    m_text->setObjectName(QStringLiteral("producerNoteText"));
    m_text->setTextFormat(Qt::PlainText); // a remote client's words: never markup
    m_text->setWordWrap(true);
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_text->setFont(big);
    column->addWidget(m_from);
    column->addWidget(m_text);
    m_dismiss = new QPushButton(tr("Got it"), this);
    m_dismiss->setObjectName(QStringLiteral("producerNoteDismiss"));
    layout->addLayout(column, 1);
    layout->addWidget(m_dismiss, 0, Qt::AlignVCenter);
    connect(m_dismiss, &QPushButton::clicked, this, [&actions] { actions.invoke(QStringLiteral("host.dismissNote"), actions::Origin::Dock); });
    connect(&notes, &show::ProducerNotes::changed, this, &ProducerNoteBanner::refresh);
    refresh();
}

void ProducerNoteBanner::refresh()
{
    const std::optional<show::ProducerNotes::Note> &note = m_notes.current();
    setVisible(note.has_value());
    if (!note)
        return;
    m_from->setText(note->from.isEmpty() ? tr("Note from the producer") : tr("Note from the producer (%1)").arg(note->from));
    m_text->setText(note->text);
}

} // namespace shopcast::app
