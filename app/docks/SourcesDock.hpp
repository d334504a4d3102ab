#pragma once

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;

namespace shopcast::broadcast {
class BroadcastEngine;
}

namespace shopcast::app {

// The items of the current scene, top of the stack first (as OBS lists them):
// add, remove, reorder, show/hide with the checkbox.
class SourcesDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit SourcesDock(broadcast::BroadcastEngine &engine, QWidget *parent = nullptr);

private:
    void refresh();
    void addSource(const QString &kindId);
    void removeSelected();
    void moveSelected(int towardsTop);
    void editGeometry();
    void onItemChanged(QListWidgetItem *item);
    int modelIndexOfRow(int row) const;
    void report(const QString &error);

    broadcast::BroadcastEngine &m_engine;
    QListWidget *m_list = nullptr;
};

} // namespace shopcast::app
