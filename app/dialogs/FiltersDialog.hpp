#pragma once

#include <QDialog>

class QLabel;
class QListView;

namespace shopcast::broadcast {
class FiltersModel;
class ProgramView;
class SceneEditor;
} // namespace shopcast::broadcast

namespace shopcast::app {

class PreviewWidget;
class PropertiesForm;

// The filters of one source, as OBS users know the window: the list (first
// applied at the top; check box on/off, double-click renames), add from the
// kinds obs-filters has, remove, reorder, copy and paste between sources,
// the selected filter's settings, and a live view of the source as its
// filters leave it. Not modal: the program stays in reach, and Ctrl+Z undoes
// a filter edit here like any other scene edit.
class FiltersDialog : public QDialog
{
    Q_OBJECT
public:
    static constexpr const char *kClipboardMime = "application/x-shopcast-filters";
    static constexpr qsizetype kMaxClipboardBytes = 1 << 20;

    FiltersDialog(broadcast::SceneEditor &scenes, broadcast::ProgramView &program, const QString &sourceName, QWidget *parent = nullptr);
    // The dialog of a source or a scene, one per name: asking again brings it forward.
    static void open(broadcast::SceneEditor &scenes, broadcast::ProgramView &program, const QString &name, QWidget *window);
    ~FiltersDialog() override;

    QListView *list() const { return m_list; }
    PropertiesForm *form() const { return m_form; }
    // Adds a filter of this kind, named after it, and selects it.
    void addFilter(const QString &kind);
    void copySelected();
    void paste();

private:
    int selectedRow() const;
    void select(int row);
    void showSelected();
    void follow();
    void removeSelected();
    void moveSelected(int by);
    void say(const QString &problem);

    broadcast::SceneEditor &m_scenes;
    QString m_source;
    broadcast::FiltersModel *m_model = nullptr;
    QListView *m_list = nullptr;
    PreviewWidget *m_preview = nullptr;
    PropertiesForm *m_form = nullptr;
    QLabel *m_problem = nullptr;
    QString m_formFilter; // the filter the form shows: "name\nkind"
};

} // namespace shopcast::app
