#pragma once

#include <QWidget>

namespace shopcast::rundown {
class PlanTableModel;
}

namespace shopcast::app {

// The whole show to scale: one block per slot, coloured by kind, outlined red
// where the linter found a problem, with the planned show length marked.
class PlanTimeBar : public QWidget
{
    Q_OBJECT
public:
    explicit PlanTimeBar(const rundown::PlanTableModel &model, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {600, 44}; }

protected:
    void paintEvent(QPaintEvent *) override;

private:
    const rundown::PlanTableModel &m_model;
};

} // namespace shopcast::app
