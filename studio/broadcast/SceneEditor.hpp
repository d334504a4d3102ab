#pragma once

#include "SceneCollection.hpp"
#include "SceneEdit.hpp"
#include "PropertySpec.hpp"
#include "SceneHistory.hpp"

#include <QObject>
#include <QSizeF>

namespace shopcast::broadcast {

// A capture device a source kind can open (a camera, a microphone): what to
// show and the value of the source's device setting.
struct DeviceChoice
{
    QString name;
    QString id;

    friend bool operator==(const DeviceChoice &, const DeviceChoice &) = default;
};

// Editing the scenes and sources of the program: the Scenes and Sources docks
// and the scene file talk to this. Every edit takes one path: applied to a
// copy of the collection (which validates it), mirrored into the engine's own
// scene graph, and committed only if both worked, so the model and what is on
// air never disagree. An implementation supplies the mirror.
//
// Every edit but a scene switch is a step the user can undo (100 kept,
// named for the Edit menu: "Move 摄像头"). A switch of the program scene is
// not an edit of the collection a host wants undone, so an undo keeps the
// scene on air where it can.
class SceneEditor : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    const SceneCollection &collection() const { return m_collection; }
    // Replaces everything (a scene file, the demo show). On failure the
    // previous collection is rebuilt and stays.
    bool loadCollection(const SceneCollection &collection, QString *error);
    // With merge, an edit that continues the last step's gesture (the same
    // item dragged on, the same slider moved on) extends that step.
    bool apply(const SceneEdit &edit, QString *error, bool merge = false);

    // Every step from beginGesture() to endGesture() is one undo step (a
    // drag of several items at once). With continuePrevious the steps join
    // the last gesture's (an arrow key held down, pressed again).
    void beginGesture(bool continuePrevious = false);
    void endGesture() { m_gestureOpen = false; }

    bool canUndo() const { return m_history.nextUndo() != nullptr; }
    bool canRedo() const { return m_history.nextRedo() != nullptr; }
    // The step's name ("Move 摄像头"); empty when there is none.
    QString undoLabel() const;
    QString redoLabel() const;
    bool undo(QString *error);
    bool redo(QString *error);

    bool addScene(const QString &name, QString *error) { return apply(edit::AddScene{name}, error); }
    bool removeScene(const QString &name, QString *error) { return apply(edit::RemoveScene{name}, error); }
    bool setCurrentScene(const QString &name, QString *error) { return apply(edit::SetCurrentScene{name}, error); }
    bool setSecondCanvasScene(const QString &name, QString *error) { return apply(edit::SetSecondCanvasScene{name}, error); }
    bool addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error)
    {
        return apply(edit::AddItem{scene, source, item}, error);
    }
    bool removeItem(const QString &scene, int index, QString *error) { return apply(edit::RemoveItem{scene, index}, error); }
    bool moveItem(const QString &scene, int from, int to, QString *error) { return apply(edit::MoveItem{scene, from, to}, error); }
    bool setItemVisible(const QString &scene, int index, bool visible, QString *error) { return apply(edit::SetItemVisible{scene, index, visible}, error); }
    bool setItemGeometry(const QString &scene, int index, double xPx, double yPx, double widthPx, double heightPx, QString *error)
    {
        return apply(edit::SetItemGeometry{scene, index, xPx, yPx, widthPx, heightPx}, error);
    }

    // Filters of a source, first to last (the Filters dialog, a remote client).
    bool addFilter(const QString &source, const FilterSpec &filter, QString *error) { return apply(edit::AddFilter{source, filter}, error); }
    bool removeFilter(const QString &source, int index, QString *error) { return apply(edit::RemoveFilter{source, index}, error); }
    bool moveFilter(const QString &source, int from, int to, QString *error) { return apply(edit::MoveFilter{source, from, to}, error); }
    bool setFilterEnabled(const QString &source, int index, bool enabled, QString *error)
    {
        return apply(edit::SetFilterEnabled{source, index, enabled}, error);
    }
    bool setFilterSettings(const QString &source, int index, const QJsonObject &settings, QString *error, bool merge = false)
    {
        return apply(edit::SetFilterSettings{source, index, settings}, error, merge);
    }
    bool setTransition(const TransitionSpec &transition, QString *error) { return apply(edit::SetTransition{transition}, error); }
    bool setGlobalAudio(const QString &name, const QString &kind, const QString &deviceId, QString *error)
    {
        return apply(edit::SetGlobalAudio{name, kind, deviceId}, error);
    }
    bool setItemTransform(const QString &scene, int index, const SceneItemSpec &transform, QString *error, bool merge = false)
    {
        return apply(edit::SetItemTransform{scene, index, transform}, error, merge);
    }
    bool renameFilter(const QString &source, int index, const QString &name, QString *error) { return apply(edit::RenameFilter{source, index, name}, error); }
    // With merge, a fader dragged on is one step.
    bool setSourceAudio(const QString &source, const AudioSpec &audio, QString *error, bool merge = false)
    {
        return apply(edit::SetSourceAudio{source, audio}, error, merge);
    }
    bool setSourceMuted(const QString &source, bool muted, QString *error) { return apply(edit::SetSourceMuted{source, muted}, error); }

    // The devices a capture kind (v4l2_input, pulse_input_capture) offers on
    // this machine, as the engine sees them; none when it has no such kind.
    virtual QList<DeviceChoice> deviceChoices(const QString &kind) const
    {
        Q_UNUSED(kind)
        return {};
    }

    // A source's own size in pixels as the engine has it now (a video's
    // frame, an image's file); empty when unknown (not loaded yet). Placing
    // an item that keeps its natural size needs it.
    virtual QSizeF sourceSizePx(const QString &source) const
    {
        Q_UNUSED(source)
        return {};
    }

    // Whether the source makes sound (a microphone, a video file) or a
    // picture (not a microphone): which filters fit it, whether the mixer
    // shows it. An engine that cannot tell says no sound and a picture.
    virtual bool hasAudio(const QString &source) const
    {
        Q_UNUSED(source)
        return false;
    }
    virtual bool hasVideo(const QString &source) const
    {
        Q_UNUSED(source)
        return true;
    }

    // Whether a loaded module provides this source or filter kind.
    virtual bool offersKind(const QString &kind) const
    {
        Q_UNUSED(kind)
        return true;
    }

    // Filters of the collection that do nothing in this engine (a kind no
    // loaded module provides), in words; they stay in the collection.
    virtual QStringList unavailableFilters() const { return {}; }

    // The settings form of a filter (or source) kind with these settings
    // (some properties show only for some values: a custom key colour);
    // empty when the engine has no such kind.
    virtual PropertySheet propertiesOf(const QString &kind, const QJsonObject &settings) const
    {
        Q_UNUSED(kind)
        Q_UNUSED(settings)
        return {};
    }

signals:
    void collectionChanged();
    // What undo and redo would do changed.
    void historyChanged();

protected:
    // Builds the whole collection in the engine.
    virtual bool rebuild(const SceneCollection &collection, QString *error) = 0;
    // Mirrors one edit that the model accepted; next is the collection after it.
    virtual bool mirror(const SceneEdit &edit, const SceneCollection &next, QString *error) = 0;
    // Makes the engine show target instead of the current collection (an
    // undo or redo of any step). Rebuilding is always right; an engine that
    // can keep its sources (a camera stays open) does better.
    virtual bool restore(const SceneCollection &target, QString *error) { return rebuild(target, error); }

private:
    QString describe(const SceneEdit &edit) const;
    QString transformLabel(const edit::SetItemTransform &change, const QString &name) const;
    bool moveTo(SceneCollection target, QString *error);

    SceneCollection m_collection;
    SceneHistory m_history;
    int m_gesture = 0;
    bool m_gestureOpen = false;
};

} // namespace shopcast::broadcast
