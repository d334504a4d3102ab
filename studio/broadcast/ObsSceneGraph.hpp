#pragma once

#include <QCoreApplication>

#include "SceneCollection.hpp"

#include <obs.hpp>

#include <QHash>
#include <QImage>
#include <QString>
#include <QStringList>

#include <map>

namespace shopcast::broadcast {

// The libobs mirror of a SceneCollection: one obs source per SourceSpec, one
// obs scene per SceneSpec, items in the same order. The collection is edited
// first (it validates), then the same edit is replayed here, so both stay equal.
//
// The program is two output channels: 0 is the transition between scenes,
// 1 the show's overlays (the product card with its flash sale, the lottery
// and poll, the pinned comment) drawn above it. The overlay items of the
// scene on air are laid out in that layer, and hidden in the scene itself,
// so a swipe or a fade moves the scene under the card and never the card.
class ObsCanvasView;

class ObsSceneGraph
{
    Q_DECLARE_TR_FUNCTIONS(ObsSceneGraph)
public:
    ObsSceneGraph() = default;
    ~ObsSceneGraph();
    ObsSceneGraph(const ObsSceneGraph &) = delete;
    ObsSceneGraph &operator=(const ObsSceneGraph &) = delete;

    bool build(const SceneCollection &collection, QString *error);
    void clear();
    // From what from built to what target needs, keeping every source both
    // have unchanged (a camera stays open through an undo): new sources made,
    // changed filter chains redone, scenes whose items differ re-laid.
    bool sync(const SceneCollection &from, const SceneCollection &target, QString *error);

    bool addScene(const QString &name);
    void removeScene(const QString &name);
    // Puts the scene on the program: at once, or with animate through the
    // collection's transition (a scene switch the user made).
    bool activate(const QString &scene, bool animate = false);
    // The program shows its scene through this transition from now on.
    bool setTransition(const TransitionSpec &spec, QString *error);
    bool addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error);
    void removeItem(const QString &scene, int index);
    void moveItem(const QString &scene, int from, int to);
    void setItemVisible(const QString &scene, int index, bool visible);
    void setItemGeometry(const QString &scene, int index, const SceneItemSpec &spec);
    // The source's own size now; empty for an unknown name.
    QSizeF sourceSize(const QString &name) const;
    // Makes the libobs filter chain of a source or scene these (added, removed, moved).
    bool syncFilters(const QString &ownerName, const QList<FilterSpec> &filters, QString *error);
    // One filter's settings and on/off, in place.
    bool updateFilter(const QString &ownerName, const QList<FilterSpec> &filters, int index, QString *error);
    // Volume, mute, monitoring, sync offset, balance and tracks of a source.
    bool setSourceAudio(const QString &name, const AudioSpec &audio, QString *error);
    // The libobs source of this name (a meter attaches to it); null when none.
    obs_source_t *source(const QString &name) const;
    // Drops obs sources that no scene uses any more.
    void pruneSources(const SceneCollection &collection);
    // Lays the overlay layer out as the collection's scene on air has its
    // overlays (after any edit; cheap when nothing in it changed); the same
    // for the second canvas, which shows its own scene and overlay layer.
    void refreshOverlayLayer(const SceneCollection &collection);
    // The global audio devices on their output channels.
    void refreshGlobalAudio(const SceneCollection &collection);
    // Channel 0 is the program's transition, 1 the show's cards on top; the
    // global audio devices follow (OBS puts its own at 1-6).
    static constexpr int kFirstGlobalAudioChannel = 2;
    // The show's cards as they sit over a scene, for a preview of that scene
    // (studio mode's next scene): laid out again after every edit.
    obs_source_t *overlayLayerOf(const QString &scene);
    // The second canvas to keep showing the collection's secondCanvasScene
    // (null: none); it is detached before it goes.
    void attachSecondCanvas(ObsCanvasView *view);
    // The overlay roles drawn above the transition.
    static bool isOnTopRole(const QString &role);

    static bool isKnownKind(const QString &kind);
    // Filters of the last build that do nothing here (unknown kind), in words.
    const QStringList &unavailableFilters() const { return m_unavailableFilters; }
    // Every overlay source showing this role gets the image; returns how many.
    int setOverlayImage(const QString &role, const QImage &image);

private:
    obs_source_t *ensureSource(const SourceSpec &spec, QString *error);
    void addFilters(obs_source_t *source, const QString &ownerName, const QList<FilterSpec> &filters);
    // The libobs source a filter list belongs to: a source's, else a scene's.
    obs_source_t *filterOwner(const QString &name) const;
    obs_sceneitem_t *itemAt(const QString &scene, int index) const;
    // place() in a scene: an overlay drawn on top is never shown by the scene itself.
    static void placeInScene(obs_sceneitem_t *item, const SceneItemSpec &spec);
    static void applyAudio(obs_source_t *source, const AudioSpec &audio);

    std::map<QString, OBSSourceAutoRelease> m_sources;
    std::map<QString, OBSSceneAutoRelease> m_scenes;
    // The last image of each role: an overlay source made later (a new scene
    // collection from the first-run wizard, one added by hand) shows it at
    // once instead of staying empty until the next change.
    QHash<QString, QImage> m_overlayImages;
    QStringList m_unavailableFilters;
    // Output channel 0 is the transition; the scene is the transition's.
    OBSSourceAutoRelease m_transition;
    TransitionSpec m_transitionSpec;
    // The overlays above a canvas' scene, and what they were laid out from
    // (source names, in order).
    struct OverlayLayer
    {
        OBSSceneAutoRelease scene;
        QStringList sources;
    };
    bool layOut(OverlayLayer &layer, const SceneSpec *scene, const char *name);
    // Output channel 1 of the program.
    OverlayLayer m_overlayLayer;
    // Channel 1 of the second canvas.
    OverlayLayer m_secondOverlayLayer;
    // Over previews of scenes, by scene name; and what they are laid out from.
    std::map<QString, OverlayLayer> m_sceneOverlayLayers;
    QList<SceneSpec> m_scenesLaidOut;
    ObsCanvasView *m_secondCanvas = nullptr;
    // What the second canvas shows, as of the last refresh: a canvas added
    // later starts from it.
    SceneSpec m_secondCanvasScene;
    void showOnSecondCanvas();
};

} // namespace shopcast::broadcast
