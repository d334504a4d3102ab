#include "SceneActions.hpp"

#include "SceneEditor.hpp"

#include "actions/ActionRegistry.hpp"

namespace shopcast::broadcast {

using actions::ActionResult;
using actions::ActionSpec;
using actions::Caller;
using actions::Permission;

namespace {
constexpr const char *kContext = "shopcast::broadcast::SceneActions";
}

void SceneActions::registerOn(actions::ActionRegistry &registry, SceneEditor &editor)
{
    SceneEditor *e = &editor;
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
