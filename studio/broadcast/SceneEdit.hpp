#pragma once

#include "SceneCollection.hpp"

#include <variant>

namespace shopcast::broadcast {

// One edit of the scene collection, as a value: the model applies it to a
// copy, the engine mirrors it into its own scene graph, and only when both
// worked does the copy become the collection (SceneEditor::apply).
namespace edit {
struct AddScene
{
    QString name;
};
struct RemoveScene
{
    QString name;
};
struct SetCurrentScene
{
    QString name;
};
// Which scene the second canvas shows (empty: the program's); like a
// program switch, not a step to undo.
struct SetSecondCanvasScene
{
    QString name;
};
struct AddSceneForCanvas
{
    QString scene;
    QString newName;
    CanvasSpec from;
    CanvasSpec to;
};
struct AddItem
{
    QString scene;
    SourceSpec source;
    SceneItemSpec item;
};
struct RemoveItem
{
    QString scene;
    int index = -1;
};
struct MoveItem
{
    QString scene;
    int from = -1;
    int to = -1;
};
struct SetItemVisible
{
    QString scene;
    int index = -1;
    bool visible = true;
};
struct SetItemGeometry
{
    QString scene;
    int index = -1;
    double xPx = 0, yPx = 0, widthPx = 0, heightPx = 0;
};
// The whole transform of an item (a drag in the preview, a context-menu
// command): box, stretch, crop, rotation, flips.
struct SetItemTransform
{
    QString scene;
    int index = -1;
    SceneItemSpec transform;
};
struct AddFilter
{
    QString source;
    FilterSpec filter;
};
struct RemoveFilter
{
    QString source;
    int index = -1;
};
struct MoveFilter
{
    QString source;
    int from = -1;
    int to = -1;
};
struct SetFilterEnabled
{
    QString source;
    int index = -1;
    bool enabled = true;
};
struct SetFilterSettings
{
    QString source;
    int index = -1;
    QJsonObject settings;
};
struct RenameFilter
{
    QString source;
    int index = -1;
    QString name;
};
// How a source sounds: volume, monitoring, sync, balance, tracks; its mute
// stays as it is (SetSourceMuted), so a volume step undone or a stale
// remote never turns a microphone back on.
struct SetSourceAudio
{
    QString source;
    AudioSpec audio;
};
// A live control like a scene switch, not a step to undo.
struct SetSourceMuted
{
    QString source;
    bool muted = false;
};
struct SetTransition
{
    TransitionSpec transition;
};
// A global audio device set, changed to another device, or (empty
// deviceId) removed.
struct SetGlobalAudio
{
    QString name;
    QString kind;
    QString deviceId;
};

// For std::visit over a SceneEdit with one lambda per kind.
template<class... Ts>
struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// C++20 deduces this by itself; clang before 17 (the fuzzing build) needs the guide.
template<class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;
} // namespace edit

using SceneEdit = std::variant<edit::AddScene, edit::RemoveScene, edit::SetCurrentScene, edit::SetSecondCanvasScene, edit::AddSceneForCanvas, edit::AddItem,
                               edit::RemoveItem, edit::MoveItem, edit::SetItemVisible, edit::SetItemGeometry, edit::SetItemTransform, edit::AddFilter,
                               edit::RemoveFilter, edit::MoveFilter, edit::SetFilterEnabled, edit::SetFilterSettings, edit::RenameFilter, edit::SetSourceAudio,
                               edit::SetSourceMuted, edit::SetTransition, edit::SetGlobalAudio>;

} // namespace shopcast::broadcast
