#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::show {
class ProducerNotes;
}

namespace shopcast::app {

// The producer's note to the host ("讲优惠"), above the preview in the
// host's window, never on stream, until the host dismisses it (through the
// host.dismissNote action, so the producer's console sees it go). Amber,
// not the alarm red: it is a cue, not a failure.
class ProducerNoteBanner : public QFrame
{
    Q_OBJECT
public:
    ProducerNoteBanner(show::ProducerNotes &notes, actions::ActionRegistry &actions, QWidget *parent = nullptr);

private:
    void refresh();

    show::ProducerNotes &m_notes;
    QLabel *m_text = nullptr;
    QLabel *m_from = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace shopcast::app
