#pragma once

#include <QDockWidget>

class QListWidget;
class QListWidgetItem;

namespace shopcast::broadcast {
class PreviewEditController;
class ProgramView;
class SceneEditor;
struct SourceKind;
} // namespace shopcast::broadcast

namespace shopcast::app {

// The items of the scene in the preview (the program's, or in studio mode
// the one being prepared), top of the stack first (as OBS lists them): add,
// remove, reorder, show/hide with the checkbox, and the filters of one. The
// selected row is the preview's selection.
class SourcesDock : public QDockWidget
{
    Q_OBJECT
public:
    SourcesDock(broadcast::SceneEditor &scenes, broadcast::ProgramView &program, broadcast::PreviewEditController &editing, QWidget *parent = nullptr);

private:
    void refresh();
    void showSelection();
    void addSource(const broadcast::SourceKind &kind);
    void removeSelected();
    void moveSelected(int towardsTop);
    void editGeometry();
    void editFilters();
    void onItemChanged(QListWidgetItem *item);
    int modelIndexOfRow(int row) const;
    void report(const QString &error);

    broadcast::SceneEditor &m_scenes;
    broadcast::ProgramView &m_program;
    broadcast::PreviewEditController &m_editing;
    QListWidget *m_list = nullptr;
};

} // namespace shopcast::app
