#pragma once

#include <QDockWidget>
#include <QJsonObject>

class QLabel;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::interact {
class PollController;
}

namespace shopcast::app {

class PollPresetForm;

// A poll of the room: the question and 2–6 options, one per line as
// "label = keyword, keyword" ("红色 = 1, 红"); open it (live bars on stream),
// close it (the result stays on stream). First vote counts, or the last.
class PollDock : public QDockWidget
{
    Q_OBJECT
public:
    PollDock(interact::PollController &poll, actions::ActionRegistry &actions, QWidget *parent = nullptr);
    ~PollDock() override;

    // Opens the form's poll, or closes the open one.
    bool togglePoll();

private:
    void refresh();
    QJsonObject formParams() const;

    interact::PollController &m_poll;
    actions::ActionRegistry &m_actions;
    PollPresetForm *m_form = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace shopcast::app
