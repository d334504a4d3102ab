#pragma once

#include <QDockWidget>

class QLabel;
class QTableView;

namespace shopcast::moderation {
class ModerationController;
}

namespace shopcast::app {

// The moderator's (场控) review queue: comments moderation held, with the rule
// that held each. Approve sends a comment on to the chat (and later lottery
// and poll entries), reject drops it; both work on a multi-selection and from
// the keyboard (A approve, R or Delete reject, arrows to move).
class ReviewQueueDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit ReviewQueueDock(moderation::ModerationController &moderation, QWidget *parent = nullptr);

    void approveSelected();
    void rejectSelected();

private:
    QList<int> selectedRows() const;
    void updateCount();

    moderation::ModerationController &m_moderation;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
};

} // namespace shopcast::app
