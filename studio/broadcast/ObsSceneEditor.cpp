#include "ObsSceneEditor.hpp"

#include "ObsSceneGraph.hpp"

#include <obs.hpp>

namespace shopcast::broadcast {

ObsSceneEditor::ObsSceneEditor(ObsSceneGraph &graph, QObject *parent)
    : SceneEditor(parent)
    , m_graph(graph)
{}

QStringList ObsSceneEditor::unavailableFilters() const
{
    return m_graph.unavailableFilters();
}

bool ObsSceneEditor::rebuild(const SceneCollection &collection, QString *error)
{
    return m_graph.build(collection, error);
}

bool ObsSceneEditor::mirror(const SceneEdit &change, const SceneCollection &next, QString *error)
{
    return std::visit(edit::Overloaded{
                          [&](const edit::AddScene &e) {
                              if (m_graph.addScene(e.name))
                                  return true;
                              *error = tr("libobs could not create the scene %1").arg(e.name);
                              return false;
                          },
                          [&](const edit::RemoveScene &e) {
                              m_graph.removeScene(e.name);
                              m_graph.pruneSources(next);
                              m_graph.activate(next.currentScene());
                              return true;
                          },
                          [&](const edit::SetCurrentScene &e) {
                              if (m_graph.activate(e.name))
                                  return true;
                              *error = tr("libobs has no scene %1").arg(e.name);
                              return false;
                          },
                          [&](const edit::AddItem &e) { return m_graph.addItem(e.scene, *next.findSource(e.source.name), e.item, error); },
                          [&](const edit::RemoveItem &e) {
                              m_graph.removeItem(e.scene, e.index);
                              m_graph.pruneSources(next);
                              return true;
                          },
                          [&](const edit::MoveItem &e) {
                              m_graph.moveItem(e.scene, e.from, e.to);
                              return true;
                          },
                          [&](const edit::SetItemVisible &e) {
                              m_graph.setItemVisible(e.scene, e.index, e.visible);
                              return true;
                          },
                          [&](const edit::SetItemGeometry &e) {
                              m_graph.setItemGeometry(e.scene, e.index, next.findScene(e.scene)->items.at(e.index));
                              return true;
                          },
                          // A slider drag sends many of these: the filter is updated in place.
                          [&](const edit::SetFilterSettings &e) { return m_graph.updateFilter(*next.findSource(e.source), e.index, error); },
                          [&](const edit::SetFilterEnabled &e) { return m_graph.updateFilter(*next.findSource(e.source), e.index, error); },
                          // Adding, removing and reordering rebuild the source's chain.
                          [&](const edit::AddFilter &e) { return m_graph.syncFilters(*next.findSource(e.source), error); },
                          [&](const edit::RemoveFilter &e) { return m_graph.syncFilters(*next.findSource(e.source), error); },
                          [&](const edit::MoveFilter &e) { return m_graph.syncFilters(*next.findSource(e.source), error); },
                      },
                      change);
}

QList<DeviceChoice> ObsSceneEditor::deviceChoices(const QString &kind) const
{
    // The device list is the source's own "device_id" property. Some modules
    // fill it only for a source instance, so a private one is made to ask
    // (never in a scene, released at once).
    QList<DeviceChoice> out;
    OBSSourceAutoRelease probe = obs_source_create_private(kind.toUtf8().constData(), "shopcast device probe", nullptr);
    if (!probe)
        return out;
    obs_properties_t *props = obs_source_properties(probe);
    if (!props)
        return out;
    if (obs_property_t *list = obs_properties_get(props, "device_id");
        list && obs_property_get_type(list) == OBS_PROPERTY_LIST && obs_property_list_format(list) == OBS_COMBO_FORMAT_STRING) {
        const size_t count = obs_property_list_item_count(list);
        for (size_t i = 0; i < count && i < 64; ++i) {
            const char *value = obs_property_list_item_string(list, i);
            if (!value || !*value || obs_property_list_item_disabled(list, i))
                continue;
            out.append({QString::fromUtf8(obs_property_list_item_name(list, i)), QString::fromUtf8(value)});
        }
    }
    obs_properties_destroy(props);
    return out;
}

} // namespace shopcast::broadcast
