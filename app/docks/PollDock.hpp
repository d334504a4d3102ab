#pragma once

#include <QDockWidget>

class QLabel;
class QPushButton;

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
    explicit PollDock(interact::PollController &poll, QWidget *parent = nullptr);

    bool openPoll();

private:
    void refresh();

    interact::PollController &m_poll;
    PollPresetForm *m_form = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_result = nullptr;
};

} // namespace shopcast::app
