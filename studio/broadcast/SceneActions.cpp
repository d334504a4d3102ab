#include "SceneActions.hpp"

#include "SceneCollection.hpp"
#include "SceneEditor.hpp"
#include "StudioMode.hpp"

#include "actions/ActionRegistry.hpp"

namespace shopcast::broadcast {

using actions::ActionParam;
using actions::ActionResult;
using actions::ActionSpec;
using actions::Caller;
using actions::Permission;

namespace {
constexpr const char *kContext = "shopcast::broadcast::SceneActions";
}

void SceneActions::registerOn(actions::ActionRegistry &registry, SceneEditor &editor, StudioMode &studioMode)
{
    SceneEditor *e = &editor;
    StudioMode *mode = &studioMode;
    registry.add(ActionSpec{QStringLiteral("scene.studioMode"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Studio mode on or off"),
                            QStringLiteral("view-dual"),
                            {ActionParam{QStringLiteral("on"), ActionParam::Type::Boolean, false, QStringLiteral("on or off; without it, toggles")}},
                            Permission::Producer,
                            {}},
                 [mode](const QJsonObject &params, const Caller &) {
                     mode->setEnabled(params.contains(QStringLiteral("on")) ? params.value(QStringLiteral("on")).toBool() : !mode->isEnabled());
                     return ActionResult::done({{QStringLiteral("on"), mode->isEnabled()}, {QStringLiteral("preview"), mode->previewScene()}});
                 });
    registry.add(ActionSpec{QStringLiteral("scene.preview"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Show a scene in the preview"),
                            {},
                            {ActionParam{QStringLiteral("scene"), ActionParam::Type::String, true, QStringLiteral("the scene's name"), 0, 0, 256}},
                            Permission::Producer,
                            {}},
                 [mode](const QJsonObject &params, const Caller &) {
                     QString error;
                     if (!mode->setPreviewScene(params.value(QStringLiteral("scene")).toString(), &error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("preview"), mode->previewScene()}});
                 });
    registry.add(
        ActionSpec{QStringLiteral("scene.transition"),
                   kContext,
                   QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Transition: the preview on air"),
                   QStringLiteral("media-playlist-shuffle"),
                   {},
                   Permission::Producer,
                   QStringLiteral("Ctrl+T")},
        [mode, e](const QJsonObject &, const Caller &) {
            QString error;
            if (!mode->transition(&error))
                return ActionResult::failed(error);
            return ActionResult::done({{QStringLiteral("program"), e->collection().currentScene()}, {QStringLiteral("preview"), mode->previewScene()}});
        });
    // The program's scene, through the collection's transition (OBS's
    // SetCurrentProgramScene; `shopcast --scene NAME` at start).
    registry.add(ActionSpec{QStringLiteral("scene.program"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Put a scene on the program"),
                            {},
                            {ActionParam{QStringLiteral("scene"), ActionParam::Type::String, true, QStringLiteral("the scene's name"), 0, 0, 256}},
                            Permission::Producer,
                            {}},
                 [e](const QJsonObject &params, const Caller &) {
                     QString error;
                     if (!e->setCurrentScene(params.value(QStringLiteral("scene")).toString(), &error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("program"), e->collection().currentScene()}});
                 });
    // A source in a scene shown or hidden (the Sources dock's eye; obs-websocket's SetSceneItemEnabled).
    registry.add(ActionSpec{QStringLiteral("scene.itemVisible"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Show or hide a source in a scene"),
                            QStringLiteral("view-visible"),
                            {ActionParam{QStringLiteral("scene"), ActionParam::Type::String, true, QStringLiteral("the scene's name"), 0, 0, 256},
                             ActionParam{QStringLiteral("item"), ActionParam::Type::Integer, true,
                                         QStringLiteral("the item's index in the scene, 0 at the bottom"), 0, 10'000},
                             ActionParam{QStringLiteral("visible"), ActionParam::Type::Boolean, false, QStringLiteral("shown or not; without it, toggles")}},
                            Permission::Producer,
                            {}},
                 [e](const QJsonObject &params, const Caller &) {
                     const QString scene = params.value(QStringLiteral("scene")).toString();
                     const int item = params.value(QStringLiteral("item")).toInt();
                     const SceneSpec *spec = e->collection().findScene(scene);
                     if (!spec || item >= spec->items.size())
                         return ActionResult::failed(tr("there is no item %1 in the scene %2").arg(item).arg(scene));
                     const bool visible
                         = params.contains(QStringLiteral("visible")) ? params.value(QStringLiteral("visible")).toBool() : !spec->items.at(item).visible;
                     QString error;
                     if (!e->setItemVisible(scene, item, visible, &error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("visible"), visible}});
                 });
    // What the second canvas shows: a producer switches it as the program's scene.
    registry.add(ActionSpec{QStringLiteral("scene.secondCanvas"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Show a scene on the second canvas"),
                            {},
                            {ActionParam{QStringLiteral("scene"), ActionParam::Type::String, true, QStringLiteral("the scene's name"), 0, 0, 256}},
                            Permission::Producer,
                            {}},
                 [e](const QJsonObject &params, const Caller &) {
                     QString error;
                     if (!e->setSecondCanvasScene(params.value(QStringLiteral("scene")).toString(), &error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("secondCanvas"), e->collection().secondCanvasScene()}});
                 });
    registry.add(ActionSpec{QStringLiteral("scene.undo"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Undo the last scene edit"),
                            QStringLiteral("edit-undo"),
                            {},
                            Permission::Producer,
                            QStringLiteral("Ctrl+Z")},
                 [e](const QJsonObject &, const Caller &) {
                     const QString step = e->undoLabel();
                     QString error;
                     if (!e->undo(&error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("undone"), step}});
                 });
    registry.add(ActionSpec{QStringLiteral("scene.redo"),
                            kContext,
                            QT_TRANSLATE_NOOP("shopcast::broadcast::SceneActions", "Redo the scene edit undone last"),
                            QStringLiteral("edit-redo"),
                            {},
                            Permission::Producer,
                            QStringLiteral("Ctrl+Y")},
                 [e](const QJsonObject &, const Caller &) {
                     const QString step = e->redoLabel();
                     QString error;
                     if (!e->redo(&error))
                         return ActionResult::failed(error);
                     return ActionResult::done({{QStringLiteral("redone"), step}});
                 });
}

} // namespace shopcast::broadcast
