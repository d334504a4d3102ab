#pragma once

#include <QObject>
#include <QString>

namespace shopcast::broadcast {

class SceneEditor;

// OBS's studio mode: the host prepares the next scene in a preview while the
// program stays on air, then sends it on air with the Transition button (or
// its hotkey, or a producer's remote) through the collection's transition.
// The scene that was on air comes to the preview, so the next Transition
// goes back (OBS's default swap). Out of studio mode the preview is the
// program and a scene click switches at once. A scene in the preview is not
// on air: its edits are edits of the collection like any other.
class StudioMode : public QObject
{
    Q_OBJECT
public:
    explicit StudioMode(SceneEditor &scenes, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    // On: the preview starts on the scene on air.
    void setEnabled(bool enabled);
    // The scene in the preview; in studio mode only, else the program's.
    QString previewScene() const;
    bool setPreviewScene(const QString &name, QString *error);
    // The scene a click in the Scenes dock or an edit in the preview acts on.
    QString editedScene() const { return previewScene(); }
    // Sends the preview on air; refused outside studio mode.
    bool transition(QString *error);

signals:
    void enabledChanged(bool enabled);
    void previewSceneChanged(const QString &name);

private:
    void onCollectionChanged();
    // previewSceneChanged when the scene in the preview is another one.
    void announce();

    SceneEditor &m_scenes;
    bool m_enabled = false;
    QString m_preview;
    QString m_announced;
};

} // namespace shopcast::broadcast
