#pragma once

#include <QDockWidget>

class QLabel;
class QTreeView;

namespace shopcast::moderation {
class QuestionsModel;
}
namespace shopcast::work {
class Throttle;
}

namespace shopcast::app {

// The buyers' questions for the host, under the product that was on air when
// each was asked; mark one answered (Enter) or dismiss it (Delete).
class QuestionsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit QuestionsDock(moderation::QuestionsModel &questions, QWidget *parent = nullptr);

private:
    static constexpr int kCountIntervalMs = 250;

    void mark(int state);
    void showCount();

    moderation::QuestionsModel &m_questions;
    QTreeView *m_tree = nullptr;
    QLabel *m_count = nullptr;
    work::Throttle *m_countShown = nullptr; // the count and the title, a few times a second
};

} // namespace shopcast::app
