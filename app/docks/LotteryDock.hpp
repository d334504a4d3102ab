#pragma once

#include <QDockWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::show {
class InteractionRoom;
}

namespace shopcast::app {

class LotteryPresetForm;

// The lottery (抽奖, 福袋) for the host: the prize, winners, the keyword
// viewers type, how long entries stay open and who may enter; Open entries
// (the countdown, keyword, live count and the draw's commitment go on
// stream), Close, Draw (winners on stream), Redraw for a winner who does not
// claim, Export winners (CSV for fulfilment), Save audit (the JSON anyone can
// check with shopcast-cli lottery verify).
class LotteryDock : public QDockWidget
{
    Q_OBJECT
public:
    // The buttons invoke the lottery actions; the form edits the room's lottery.
    LotteryDock(show::InteractionRoom &room, actions::ActionRegistry &actions, QWidget *parent = nullptr);

    bool toggleEntries();
    bool drawWinners();

private:
    void refresh();
    void savePreset();
    bool invoke(const QString &id);

    show::InteractionRoom &m_room;
    actions::ActionRegistry &m_actions;
    LotteryPresetForm *m_form = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_draw = nullptr;
    QPushButton *m_redraw = nullptr;
    QPushButton *m_export = nullptr;
    QPushButton *m_audit = nullptr;
    QLabel *m_state = nullptr;
    QListWidget *m_winnersList = nullptr;
};

} // namespace shopcast::app
