#include "ObsSceneEditor.hpp"

#include "ObsSceneGraph.hpp"

namespace shopcast::broadcast {

ObsSceneEditor::ObsSceneEditor(ObsSceneGraph &graph, QObject *parent)
    : SceneEditor(parent)
    , m_graph(graph)
{
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
                      },
                      change);
}

} // namespace shopcast::broadcast
