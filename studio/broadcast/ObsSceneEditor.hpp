#pragma once

#include "SceneEditor.hpp"

namespace shopcast::broadcast {

class ObsSceneGraph;

// Scene editing on libobs: each edit the model accepted is replayed on the
// libobs scene graph.
class ObsSceneEditor final : public SceneEditor
{
    Q_OBJECT
public:
    explicit ObsSceneEditor(ObsSceneGraph &graph, QObject *parent = nullptr);
    QList<DeviceChoice> deviceChoices(const QString &kind) const override;
    QStringList unavailableFilters() const override;
    QSizeF sourceSizePx(const QString &source) const override;
    bool hasAudio(const QString &source) const override;
    bool hasVideo(const QString &source) const override;
    bool offersKind(const QString &kind) const override;
    PropertySheet propertiesOf(const QString &kind, const QJsonObject &settings) const override;

protected:
    bool rebuild(const SceneCollection &collection, QString *error) override;
    bool mirror(const SceneEdit &edit, const SceneCollection &next, QString *error) override;
    bool restore(const SceneCollection &target, QString *error) override;

private:
    bool mirrorIntoScenes(const SceneEdit &edit, const SceneCollection &next, QString *error);

    ObsSceneGraph &m_graph;
};

} // namespace shopcast::broadcast
