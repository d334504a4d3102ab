#pragma once

#include "rundown/RhythmClock.hpp"

#include <QDockWidget>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::show {
class RundownSession;
}

namespace shopcast::app {

// The host's timer: the slot on air and its big countdown, a progress bar
// that turns amber and red at the rule's thresholds, overrun counted up in
// red, what comes next, the show against the plan, and the interlude cue.
// It only displays the RhythmClock's state; the clock holds the logic.
class RhythmDock : public QDockWidget
{
    Q_OBJECT
public:
    // The buttons invoke the rhythm actions of the registry (as the hotkeys do).
    RhythmDock(show::RundownSession &session, actions::ActionRegistry &actions, QWidget *parent = nullptr);

    void refresh();

private:
    void invoke(const QString &id);

    show::RundownSession &m_session;
    actions::ActionRegistry &m_actions;
    QLabel *m_slot = nullptr;
    QLabel *m_countdown = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_next = nullptr;
    QLabel *m_show = nullptr;
    QLabel *m_cue = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_pause = nullptr;
    QCheckBox *m_auto = nullptr;
    QLabel *m_refused = nullptr;
};

} // namespace shopcast::app
