#pragma once

#include <QCoreApplication>

#include "AudioSpec.hpp"
#include "CanvasSpec.hpp"
#include "FilterSpec.hpp"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace shopcast::broadcast {

// A libobs source as the studio persists it: its unique name, the libobs
// source id ("image_source", "color_source_v3", ...), its obs_data settings
// its filters, in the order they apply, and how it sounds (a source
// without audio keeps the default).
struct SourceSpec
{
    QString name;
    QString kind;
    QJsonObject settings;
    QList<FilterSpec> filters;
    AudioSpec audio;
    // A global audio device (OBS's desktop audio, mic/aux): in no scene,
    // heard on air whatever scene is shown.
    bool global = false;

    friend bool operator==(const SourceSpec &, const SourceSpec &) = default;
};

// Source pixels cut off each side of an item before it is placed.
struct ItemCrop
{
    int left = 0;
    int top = 0;
    int right = 0;
    int bottom = 0;

    bool isNull() const { return left == 0 && top == 0 && right == 0 && bottom == 0; }
    friend bool operator==(const ItemCrop &, const ItemCrop &) = default;
};

// A source placed in a scene. Bounds of 0 keep the source's own size (less
// the crop); otherwise it is scaled to fit inside the box keeping its aspect
// ratio, or with stretch filling it. The box (x, y, width, height) is what
// the preview selects and what the flips and the rotation (degrees,
// clockwise about the box's top-left corner, as libobs does) act on: a
// flipped item stays in its box.
struct SceneItemSpec
{
    QString sourceName;
    bool visible = true;
    double xPx = 0;
    double yPx = 0;
    double boundsWidthPx = 0;
    double boundsHeightPx = 0;
    bool stretch = false;
    ItemCrop crop;
    double rotationDeg = 0;
    bool flipH = false;
    bool flipV = false;

    bool hasBounds() const { return boundsWidthPx > 0 && boundsHeightPx > 0; }
    friend bool operator==(const SceneItemSpec &, const SceneItemSpec &) = default;
};

// Items are kept in render order: the first is drawn at the bottom. A
// scene's filters act on the whole composed scene (a colour grade of all of
// it), after its items' own.
struct SceneSpec
{
    QString name;
    QList<SceneItemSpec> items;
    QList<FilterSpec> filters;

    friend bool operator==(const SceneSpec &, const SceneSpec &) = default;
};

// How the program changes scene: a libobs transition ("fade_transition",
// "cut_transition", "swipe_transition", ...) with its length and settings.
// A stinger ("obs_stinger_transition") plays a video over the switch: its
// settings name the file ("path") and when the scene changes under it
// ("transition_point", ms); the video's length is the transition's.
struct TransitionSpec
{
    static constexpr int kMaxDurationMs = 20'000;
    static constexpr const char *kStinger = "obs_stinger_transition";
    QString kind = QStringLiteral("fade_transition");
    int durationMs = 300;
    QJsonObject settings;

    friend bool operator==(const TransitionSpec &, const TransitionSpec &) = default;
};

// The engine-independent model of scenes and sources. The libobs engine mirrors
// it; the studio saves it (as obs_data-style JSON) so a restart brings the same
// show back. Every edit validates here first so the model never holds a state
// libobs could not build.
class SceneCollection
{
    Q_DECLARE_TR_FUNCTIONS(SceneCollection)
public:
    static constexpr int kFormatVersion = 1;
    static constexpr int kMaxCoordinatePx = 16384;

    // A lively default for a first start and for tests: colour background,
    // looping product video, product image and a Chinese title.
    static SceneCollection demo(const CanvasSpec &canvas, const QString &resourceDir);
    // A host's first real scene (the first-run wizard): the demo's layout with
    // the camera in the product video's place, filling the canvas behind the
    // cards, and the microphone; either may be empty (no such device: the
    // demo's video stays). With beauty, the camera has the 美颜 filter on; the
    // microphone has microphoneFilters (the 主播人声 chain).
    static SceneCollection starter(const CanvasSpec &canvas, const QString &resourceDir, const QString &cameraDeviceId, const QString &microphoneDeviceId,
                                   bool beauty = false, const QList<FilterSpec> &microphoneFilters = {});

    static std::optional<SceneCollection> fromJson(const QByteArray &json, QString *error);
    QByteArray toJson() const;

    // The global audio devices, in the order they take libobs' output channels.
    QStringList globalAudio() const;
    static constexpr int kMaxGlobalAudio = 4;
    // The global audio device called name on this device of this kind (a new
    // one, or the same name on another device, keeping its volume and
    // filters); an empty deviceId removes it. A scene source's name is refused.
    bool setGlobalAudio(const QString &name, const QString &kind, const QString &deviceId, QString *error);
    const QList<SourceSpec> &sources() const { return m_sources; }
    const QList<SceneSpec> &scenes() const { return m_scenes; }
    const QString &currentScene() const { return m_currentScene; }
    // The scene the second canvas (a portrait one beside a landscape
    // program) shows; empty: the program's scene.
    const QString &secondCanvasScene() const { return m_secondCanvasScene; }
    const TransitionSpec &transition() const { return m_transition; }

    const SourceSpec *findSource(const QString &name) const;
    const SceneSpec *findScene(const QString &name) const;
    QString uniqueSourceName(const QString &base) const;

    bool addScene(const QString &name, QString *error = nullptr);
    bool removeScene(const QString &name, QString *error = nullptr);
    bool setCurrentScene(const QString &name, QString *error = nullptr);
    // An existing scene, or empty for the program's.
    bool setSecondCanvasScene(const QString &name, QString *error = nullptr);
    // A new scene named newName with the items of scene laid out for another
    // canvas: every box keeps its place and size relative to the canvas (a
    // card in the lower third stays there); a source keeps its aspect inside
    // its box, so nothing is distorted.
    bool addSceneForCanvas(const QString &scene, const QString &newName, const CanvasSpec &from, const CanvasSpec &to, QString *error = nullptr);
    // A kind is needed; the length is 0 (a cut) to kMaxDurationMs.
    bool setTransition(const TransitionSpec &transition, QString *error = nullptr);
    // Adds the source (if new) and places it on top of the scene.
    bool addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error = nullptr);
    // Removes the item; the source goes too once no scene uses it.
    bool removeItem(const QString &scene, int index, QString *error = nullptr);
    bool moveItem(const QString &scene, int from, int to, QString *error = nullptr);
    bool setItemVisible(const QString &scene, int index, bool visible, QString *error = nullptr);
    // Position and bounds in canvas pixels; bounds of 0 keep the natural size.
    bool setItemGeometry(const QString &scene, int index, double xPx, double yPx, double widthPx, double heightPx, QString *error = nullptr);
    // Everything about where the item is (box, stretch, crop, rotation,
    // flips) from transform; its source and visibility stay.
    bool setItemTransform(const QString &scene, int index, const SceneItemSpec &transform, QString *error = nullptr);
    bool isSourceUsed(const QString &sourceName) const;
    // How the source sounds (volume, mute, monitoring, sync, balance, tracks).
    bool setSourceAudio(const QString &sourceName, const AudioSpec &audio, QString *error = nullptr);
    static bool validTransform(const SceneItemSpec &item, QString *error);

    // Filters of a source or a scene (by name; a source's first), applied
    // first to last. Names are unique on their owner; an edit that names a
    // missing owner or filter is refused.
    bool addFilter(const QString &sourceName, const FilterSpec &filter, QString *error = nullptr);
    bool removeFilter(const QString &sourceName, int index, QString *error = nullptr);
    bool moveFilter(const QString &sourceName, int from, int to, QString *error = nullptr);
    bool setFilterEnabled(const QString &sourceName, int index, bool enabled, QString *error = nullptr);
    bool setFilterSettings(const QString &sourceName, int index, const QJsonObject &settings, QString *error = nullptr);
    bool renameFilter(const QString &sourceName, int index, const QString &name, QString *error = nullptr);
    // The filters of the source or scene of this name; null when there is none.
    const QList<FilterSpec> *filtersOf(const QString &name) const;

    friend bool operator==(const SceneCollection &, const SceneCollection &) = default;

private:
    SceneSpec *mutableScene(const QString &name, QString *error);
    FilterSpec *mutableFilter(const QString &sourceName, int index, QString *error);
    QList<FilterSpec> *mutableFilters(const QString &name, QString *error);

    QList<SourceSpec> m_sources;
    QList<SceneSpec> m_scenes;
    QString m_currentScene;
    QString m_secondCanvasScene;
    TransitionSpec m_transition;
};

} // namespace shopcast::broadcast
