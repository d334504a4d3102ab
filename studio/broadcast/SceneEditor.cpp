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
    m_history.clear();
    emit collectionChanged();
    emit historyChanged();
    return true;
}

bool SceneEditor::apply(const SceneEdit &change, QString *error, bool merge)
{
    SceneCollection next = m_collection;
    const bool valid
        = std::visit(edit::Overloaded{
                         [&](const edit::AddScene &e) { return next.addScene(e.name, error); },
                         [&](const edit::RemoveScene &e) { return next.removeScene(e.name, error); },
                         [&](const edit::SetCurrentScene &e) { return next.setCurrentScene(e.name, error); },
                         [&](const edit::SetSecondCanvasScene &e) { return next.setSecondCanvasScene(e.name, error); },
                         [&](const edit::AddSceneForCanvas &e) { return next.addSceneForCanvas(e.scene, e.newName, e.from, e.to, error); },
                         [&](const edit::AddItem &e) { return next.addItem(e.scene, e.source, e.item, error); },
                         [&](const edit::RemoveItem &e) { return next.removeItem(e.scene, e.index, error); },
                         [&](const edit::MoveItem &e) { return next.moveItem(e.scene, e.from, e.to, error); },
                         [&](const edit::SetItemVisible &e) { return next.setItemVisible(e.scene, e.index, e.visible, error); },
                         [&](const edit::SetItemGeometry &e) { return next.setItemGeometry(e.scene, e.index, e.xPx, e.yPx, e.widthPx, e.heightPx, error); },
                         [&](const edit::SetItemTransform &e) { return next.setItemTransform(e.scene, e.index, e.transform, error); },
                         [&](const edit::AddFilter &e) { return next.addFilter(e.source, e.filter, error); },
                         [&](const edit::RemoveFilter &e) { return next.removeFilter(e.source, e.index, error); },
                         [&](const edit::MoveFilter &e) { return next.moveFilter(e.source, e.from, e.to, error); },
                         [&](const edit::SetFilterEnabled &e) { return next.setFilterEnabled(e.source, e.index, e.enabled, error); },
                         [&](const edit::SetFilterSettings &e) { return next.setFilterSettings(e.source, e.index, e.settings, error); },
                         [&](const edit::RenameFilter &e) { return next.renameFilter(e.source, e.index, e.name, error); },
                         [&](const edit::SetSourceAudio &e) {
                             const SourceSpec *source = next.findSource(e.source);
                             AudioSpec audio = e.audio;
                             audio.muted = source ? source->audio.muted : false;
                             return next.setSourceAudio(e.source, audio, error);
                         },
                         [&](const edit::SetSourceMuted &e) {
                             const SourceSpec *source = next.findSource(e.source);
                             AudioSpec audio = source ? source->audio : AudioSpec{};
                             audio.muted = e.muted;
                             return next.setSourceAudio(e.source, audio, error);
                         },
                         [&](const edit::SetTransition &e) { return next.setTransition(e.transition, error); },
                         [&](const edit::SetGlobalAudio &e) { return next.setGlobalAudio(e.name, e.kind, e.deviceId, error); },
                     },
                     change);
    if (!valid || !mirror(change, next, error))
        return false;
    const bool isStep = !std::holds_alternative<edit::SetCurrentScene>(change) && !std::holds_alternative<edit::SetSecondCanvasScene>(change)
                        && !std::holds_alternative<edit::SetSourceMuted>(change) && next != m_collection;
    if (isStep) {
        QString key;
        if (const auto *g = std::get_if<edit::SetItemGeometry>(&change))
            key = QStringLiteral("geometry/%1/%2").arg(g->scene).arg(g->index);
        else if (const auto *t = std::get_if<edit::SetItemTransform>(&change))
            key = QStringLiteral("geometry/%1/%2").arg(t->scene).arg(t->index);
        else if (const auto *f = std::get_if<edit::SetFilterSettings>(&change))
            key = QStringLiteral("filter/%1/%2").arg(f->source).arg(f->index);
        else if (const auto *a = std::get_if<edit::SetSourceAudio>(&change))
            key = QStringLiteral("audio/%1").arg(a->source);
        if (m_gestureOpen) {
            key = QStringLiteral("gesture/%1").arg(m_gesture);
            merge = true;
        }
        m_history.record({describe(change), key, m_collection, next}, merge);
    }
    m_collection = std::move(next);
    emit collectionChanged();
    if (isStep)
        emit historyChanged();
    return true;
}

void SceneEditor::beginGesture(bool continuePrevious)
{
    if (!continuePrevious)
        ++m_gesture;
    m_gestureOpen = true;
}

QString SceneEditor::undoLabel() const
{
    const SceneHistory::Step *step = m_history.nextUndo();
    return step ? step->label : QString();
}

QString SceneEditor::redoLabel() const
{
    const SceneHistory::Step *step = m_history.nextRedo();
    return step ? step->label : QString();
}

bool SceneEditor::undo(QString *error)
{
    const SceneHistory::Step *step = m_history.nextUndo();
    if (!step) {
        *error = tr("Nothing to undo");
        return false;
    }
    if (!moveTo(step->before, error))
        return false;
    m_history.undone();
    emit historyChanged();
    return true;
}

bool SceneEditor::redo(QString *error)
{
    const SceneHistory::Step *step = m_history.nextRedo();
    if (!step) {
        *error = tr("Nothing to redo");
        return false;
    }
    if (!moveTo(step->after, error))
        return false;
    m_history.redone();
    emit historyChanged();
    return true;
}

bool SceneEditor::moveTo(SceneCollection target, QString *error)
{
    // The scene on air stays on air when the target still has it.
    if (target.findScene(m_collection.currentScene()))
        target.setCurrentScene(m_collection.currentScene());
    // A mute is live, not history: every source keeps the one it has now.
    for (const SourceSpec &source : m_collection.sources())
        if (const SourceSpec *there = target.findSource(source.name); there && there->audio.muted != source.audio.muted) {
            AudioSpec audio = there->audio;
            audio.muted = source.audio.muted;
            target.setSourceAudio(source.name, audio);
        }
    if (!restore(target, error)) {
        QString ignored;
        restore(m_collection, &ignored);
        return false;
    }
    m_collection = std::move(target);
    emit collectionChanged();
    return true;
}

QString SceneEditor::transformLabel(const edit::SetItemTransform &change, const QString &name) const
{
    // Named after what changed, so the Edit menu says "Crop 摄像头", not a
    // generic word for every gesture.
    const SceneSpec *scene = m_collection.findScene(change.scene);
    if (!scene || change.index < 0 || change.index >= scene->items.size())
        return tr("Move %1").arg(name);
    const SceneItemSpec &before = scene->items.at(change.index);
    const SceneItemSpec &after = change.transform;
    if (before.crop != after.crop)
        return tr("Crop %1").arg(name);
    if (before.rotationDeg != after.rotationDeg)
        return tr("Rotate %1").arg(name);
    if (before.flipH != after.flipH || before.flipV != after.flipV)
        return tr("Flip %1").arg(name);
    if (before.boundsWidthPx != after.boundsWidthPx || before.boundsHeightPx != after.boundsHeightPx || before.stretch != after.stretch)
        return tr("Resize %1").arg(name);
    return tr("Move %1").arg(name);
}

QString SceneEditor::describe(const SceneEdit &change) const
{
    const auto itemName = [this](const QString &scene, int index) {
        const SceneSpec *s = m_collection.findScene(scene);
        return s && index >= 0 && index < s->items.size() ? s->items.at(index).sourceName : scene;
    };
    const auto filterName = [this](const QString &source, int index) {
        const QList<FilterSpec> *filters = m_collection.filtersOf(source);
        return filters && index >= 0 && index < filters->size() ? filters->at(index).name : source;
    };
    return std::visit(edit::Overloaded{
                          [&](const edit::AddScene &e) { return tr("Add scene %1").arg(e.name); },
                          [&](const edit::RemoveScene &e) { return tr("Remove scene %1").arg(e.name); },
                          [&](const edit::SetCurrentScene &e) { return tr("Switch to %1").arg(e.name); },
                          [&](const edit::SetSecondCanvasScene &e) { return tr("Show %1 on the second canvas").arg(e.name); },
                          [&](const edit::AddSceneForCanvas &e) { return tr("Add scene %1").arg(e.newName); },
                          [&](const edit::AddItem &e) { return tr("Add %1").arg(e.source.name); },
                          [&](const edit::RemoveItem &e) { return tr("Remove %1").arg(itemName(e.scene, e.index)); },
                          [&](const edit::MoveItem &e) { return tr("Reorder %1").arg(itemName(e.scene, e.from)); },
                          [&](const edit::SetItemVisible &e) { return (e.visible ? tr("Show %1") : tr("Hide %1")).arg(itemName(e.scene, e.index)); },
                          [&](const edit::SetItemGeometry &e) { return tr("Move %1").arg(itemName(e.scene, e.index)); },
                          [&](const edit::SetItemTransform &e) { return transformLabel(e, itemName(e.scene, e.index)); },
                          [&](const edit::AddFilter &e) { return tr("Add filter %1 to %2").arg(e.filter.name, e.source); },
                          [&](const edit::RemoveFilter &e) { return tr("Remove filter %1 from %2").arg(filterName(e.source, e.index), e.source); },
                          [&](const edit::MoveFilter &e) { return tr("Reorder filters of %1").arg(e.source); },
                          [&](const edit::SetFilterEnabled &e) {
                              return (e.enabled ? tr("Turn on filter %1") : tr("Turn off filter %1")).arg(filterName(e.source, e.index));
                          },
                          [&](const edit::SetFilterSettings &e) { return tr("Change filter %1").arg(filterName(e.source, e.index)); },
                          [&](const edit::RenameFilter &e) { return tr("Rename filter %1").arg(filterName(e.source, e.index)); },
                          [&](const edit::SetSourceAudio &e) { return tr("Change the audio of %1").arg(e.source); },
                          [&](const edit::SetSourceMuted &e) { return (e.muted ? tr("Mute %1") : tr("Unmute %1")).arg(e.source); },
                          [&](const edit::SetTransition &) { return tr("Change the transition"); },
                          [&](const edit::SetGlobalAudio &e) {
                              return (e.deviceId.isEmpty() ? tr("Remove the global audio device %1") : tr("Set the global audio device %1")).arg(e.name);
                          },
                      },
                      change);
}

} // namespace shopcast::broadcast
