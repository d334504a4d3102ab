#include "SceneEditor.hpp"

namespace shopcast::broadcast {

bool SceneEditor::loadCollection(const SceneCollection &collection, QString *error)
{
    if (!rebuild(collection, error)) {
        // Keep the engine and the model in step: rebuild what was there.
        QString ignored;
        rebuild(m_collection, &ignored);
        return false;
    }
    m_collection = collection;
    emit collectionChanged();
    return true;
}

bool SceneEditor::apply(const SceneEdit &change, QString *error)
{
    SceneCollection next = m_collection;
    const bool valid
        = std::visit(edit::Overloaded{
                         [&](const edit::AddScene &e) { return next.addScene(e.name, error); },
                         [&](const edit::RemoveScene &e) { return next.removeScene(e.name, error); },
                         [&](const edit::SetCurrentScene &e) { return next.setCurrentScene(e.name, error); },
                         [&](const edit::AddItem &e) { return next.addItem(e.scene, e.source, e.item, error); },
                         [&](const edit::RemoveItem &e) { return next.removeItem(e.scene, e.index, error); },
                         [&](const edit::MoveItem &e) { return next.moveItem(e.scene, e.from, e.to, error); },
                         [&](const edit::SetItemVisible &e) { return next.setItemVisible(e.scene, e.index, e.visible, error); },
                         [&](const edit::SetItemGeometry &e) { return next.setItemGeometry(e.scene, e.index, e.xPx, e.yPx, e.widthPx, e.heightPx, error); },
                         [&](const edit::AddFilter &e) { return next.addFilter(e.source, e.filter, error); },
                         [&](const edit::RemoveFilter &e) { return next.removeFilter(e.source, e.index, error); },
                         [&](const edit::MoveFilter &e) { return next.moveFilter(e.source, e.from, e.to, error); },
                         [&](const edit::SetFilterEnabled &e) { return next.setFilterEnabled(e.source, e.index, e.enabled, error); },
                         [&](const edit::SetFilterSettings &e) { return next.setFilterSettings(e.source, e.index, e.settings, error); },
                     },
                     change);
    if (!valid || !mirror(change, next, error))
        return false;
    m_collection = std::move(next);
    emit collectionChanged();
    return true;
}

} // namespace shopcast::broadcast
