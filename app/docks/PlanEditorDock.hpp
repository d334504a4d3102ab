#pragma once

#include <QDockWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableView;

namespace shopcast::catalog {
class LineupModel;
}
namespace shopcast::rundown {
class PlanTableModel;
}
namespace shopcast::show {
class PlanRepository;
class RundownSession;
} // namespace shopcast::show

namespace shopcast::app {

// The producer's run-of-show editor: slots with planned lengths, the rule
// (322, 332 or custom numbers), the show to scale, violations marked in place,
// "Generate from lineup", JSON import/export, and "Use for the show".
class PlanEditorDock : public QDockWidget
{
    Q_OBJECT
public:
    PlanEditorDock(rundown::PlanTableModel &model, show::RundownSession &session, show::PlanRepository &plans, catalog::LineupModel &lineup,
                   QWidget *parent = nullptr);

private:
    void syncRuleControls();
    void applyRuleFromControls();
    void editSlotPreset();
    void generate();
    void importPlan();
    void exportPlan();
    void useForShow();
    void showViolations();

    rundown::PlanTableModel &m_model;
    show::RundownSession &m_session;
    show::PlanRepository &m_plans;
    catalog::LineupModel &m_lineup;
    QLineEdit *m_title = nullptr;
    QComboBox *m_rule = nullptr;
    QSpinBox *m_pitch = nullptr;
    QSpinBox *m_block = nullptr;
    QSpinBox *m_interlude = nullptr;
    QSpinBox *m_length = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_violations = nullptr;
};

} // namespace shopcast::app
