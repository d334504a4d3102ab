#include "StudioMode.hpp"

#include "SceneEditor.hpp"

namespace shopcast::broadcast {

StudioMode::StudioMode(SceneEditor &scenes, QObject *parent)
    : QObject(parent)
    , m_scenes(scenes)
    , m_announced(scenes.collection().currentScene())
{
    connect(&m_scenes, &SceneEditor::collectionChanged, this, &StudioMode::onCollectionChanged);
}

void StudioMode::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    m_preview = m_scenes.collection().currentScene();
    emit enabledChanged(enabled);
    announce();
}

QString StudioMode::previewScene() const
{
    return m_enabled ? m_preview : m_scenes.collection().currentScene();
}

bool StudioMode::setPreviewScene(const QString &name, QString *error)
{
    if (!m_scenes.collection().findScene(name)) {
        *error = tr("There is no scene named %1").arg(name);
        return false;
    }
    if (!m_enabled) // the preview is the program: a switch, through the transition
        return m_scenes.setCurrentScene(name, error);
    m_preview = name;
    announce();
    return true;
}

bool StudioMode::transition(QString *error)
{
    if (!m_enabled) {
        *error = tr("The Transition button works in studio mode: turn it on first");
        return false;
    }
    const QString wasOnAir = m_scenes.collection().currentScene();
    if (m_preview == wasOnAir)
        return true; // nothing to change; a second press of the hotkey is harmless
    if (!m_scenes.setCurrentScene(m_preview, error))
        return false;
    m_preview = wasOnAir;
    announce();
    return true;
}

void StudioMode::onCollectionChanged()
{
    // The scene in the preview removed (or a new collection): the preview
    // falls back to the program.
    if (m_enabled && !m_scenes.collection().findScene(m_preview))
        m_preview = m_scenes.collection().currentScene();
    announce();
}

void StudioMode::announce()
{
    if (previewScene() == m_announced)
        return;
    m_announced = previewScene();
    emit previewSceneChanged(m_announced);
}

} // namespace shopcast::broadcast
