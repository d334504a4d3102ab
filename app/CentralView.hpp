#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace shopcast::actions {
class ActionRegistry;
}
namespace shopcast::broadcast {
class PreviewEditController;
class ProgramView;
class StudioMode;
} // namespace shopcast::broadcast

namespace shopcast::app {

class PreviewWidget;

// The middle of the studio window: the preview where sources are placed,
// and in studio mode the program beside it with the Transition button
// between (OBS's layout). Out of studio mode the preview is the program.
class CentralView : public QWidget
{
    Q_OBJECT
public:
    // secondEditing places the items of the second canvas' scene in its view.
    CentralView(broadcast::ProgramView &program, broadcast::StudioMode &studioMode, broadcast::PreviewEditController &editing,
                broadcast::PreviewEditController &secondEditing, actions::ActionRegistry &actions, QWidget *parent = nullptr);

    PreviewWidget *preview() const { return m_preview; }
    // The program beside the preview; null out of studio mode.
    PreviewWidget *program() const { return m_program; }
    // The second canvas at the side; null without one.
    PreviewWidget *secondCanvas() const { return m_second; }

signals:
    void message(const QString &text);

private:
    void applyStudioMode(bool on);
    void showPreviewScene(const QString &scene);
    void applySecondCanvas();

    broadcast::ProgramView &m_programView;
    broadcast::StudioMode &m_studioMode;
    broadcast::PreviewEditController &m_editing;
    broadcast::PreviewEditController &m_secondEditing;
    actions::ActionRegistry &m_actions;
    PreviewWidget *m_preview = nullptr;
    PreviewWidget *m_program = nullptr;
    QLabel *m_previewTitle = nullptr;
    QLabel *m_programTitle = nullptr;
    QPushButton *m_transition = nullptr;
    QWidget *m_programColumn = nullptr;
    QWidget *m_secondColumn = nullptr;
    QLabel *m_secondTitle = nullptr;
    PreviewWidget *m_second = nullptr;
};

} // namespace shopcast::app
