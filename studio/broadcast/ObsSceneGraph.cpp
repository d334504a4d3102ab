#include "ObsSceneGraph.hpp"

#include "ObsCanvasView.hpp"
#include "ObsOverlaySource.hpp"

#include <graphics/vec2.h>

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTransform>

#include <algorithm>

#include <vector>

namespace shopcast::broadcast {

namespace {

void place(obs_sceneitem_t *item, const SceneItemSpec &spec)
{
    const obs_sceneitem_crop crop{spec.crop.left, spec.crop.top, spec.crop.right, spec.crop.bottom};
    obs_sceneitem_set_crop(item, &crop);
    obs_sceneitem_set_rot(item, float(spec.rotationDeg));
    vec2 scale;
    vec2_set(&scale, spec.flipH ? -1.0f : 1.0f, spec.flipV ? -1.0f : 1.0f);
    obs_sceneitem_set_scale(item, &scale);

    // The size libobs draws the picture at: a flipped picture extends left
    // of (above) its position, so the position moves by that much to keep
    // the picture where the box is.
    obs_source_t *source = obs_sceneitem_get_source(item);
    double contentWidth = std::max(0, int(obs_source_get_width(source)) - spec.crop.left - spec.crop.right);
    double contentHeight = std::max(0, int(obs_source_get_height(source)) - spec.crop.top - spec.crop.bottom);
    if (spec.hasBounds()) {
        vec2 bounds;
        vec2_set(&bounds, float(spec.boundsWidthPx), float(spec.boundsHeightPx));
        obs_sceneitem_set_bounds_type(item, spec.stretch ? OBS_BOUNDS_STRETCH : OBS_BOUNDS_SCALE_INNER);
        obs_sceneitem_set_bounds_alignment(item, OBS_ALIGN_CENTER);
        obs_sceneitem_set_bounds(item, &bounds);
        if (spec.stretch || contentWidth <= 0 || contentHeight <= 0) {
            contentWidth = spec.boundsWidthPx;
            contentHeight = spec.boundsHeightPx;
        } else {
            const double fit = std::min(spec.boundsWidthPx / contentWidth, spec.boundsHeightPx / contentHeight);
            contentWidth *= fit;
            contentHeight *= fit;
        }
    } else {
        obs_sceneitem_set_bounds_type(item, OBS_BOUNDS_NONE);
    }
    const QPointF flipShift = QTransform().rotate(spec.rotationDeg).map(QPointF(spec.flipH ? contentWidth : 0, spec.flipV ? contentHeight : 0));
    vec2 pos;
    vec2_set(&pos, float(spec.xPx + flipShift.x()), float(spec.yPx + flipShift.y()));
    obs_sceneitem_set_pos(item, &pos);
    obs_sceneitem_set_visible(item, spec.visible);
}

std::vector<obs_sceneitem_t *> itemsOf(obs_scene_t *scene)
{
    std::vector<obs_sceneitem_t *> items;
    obs_scene_enum_items(
        scene,
        [](obs_scene_t *, obs_sceneitem_t *item, void *param) {
            static_cast<std::vector<obs_sceneitem_t *> *>(param)->push_back(item);
            return true;
        },
        &items);
    return items;
}

} // namespace

ObsSceneGraph::~ObsSceneGraph()
{
    clear();
}

bool ObsSceneGraph::isKnownKind(const QString &kind)
{
    return obs_source_get_display_name(kind.toUtf8().constData()) != nullptr;
}

void ObsSceneGraph::clear()
{
    obs_set_output_source(0, nullptr);
    obs_set_output_source(1, nullptr);
    for (int i = 0; i < SceneCollection::kMaxGlobalAudio; ++i)
        obs_set_output_source(uint32_t(kFirstGlobalAudioChannel + i), nullptr);
    if (m_secondCanvas)
        m_secondCanvas->setSources(nullptr, nullptr);
    m_overlayLayer = {};
    m_secondOverlayLayer = {};
    // A preview holds its layer weakly: it shows the scene alone until it is made anew.
    m_sceneOverlayLayers.clear();
    if (m_transition)
        obs_transition_clear(m_transition);
    m_transition = nullptr;
    m_scenes.clear(); // releases the scenes and with them their items
    m_sources.clear();
}

obs_source_t *ObsSceneGraph::filterOwner(const QString &name) const
{
    if (const auto it = m_sources.find(name); it != m_sources.end())
        return it->second.Get();
    if (const auto it = m_scenes.find(name); it != m_scenes.end())
        return obs_scene_get_source(it->second.Get());
    return nullptr;
}

void ObsSceneGraph::addFilters(obs_source_t *source, const QString &ownerName, const QList<FilterSpec> &filters)
{
    for (const FilterSpec &f : filters) {
        // A kind no module provides (a plugin this machine lacks) stays in
        // the collection as saved; the user is told it does nothing here.
        if (!isKnownKind(f.kind)) {
            m_unavailableFilters.append(ObsSceneGraph::tr("filter '%1' on '%2' needs '%3', which no loaded libobs module provides; it is kept but not applied")
                                            .arg(f.name, ownerName, f.kind));
            continue;
        }
        const QByteArray json = QJsonDocument(f.settings).toJson(QJsonDocument::Compact);
        OBSDataAutoRelease settings = obs_data_create_from_json(json.constData());
        OBSSourceAutoRelease filter = obs_source_create_private(f.kind.toUtf8().constData(), f.name.toUtf8().constData(), settings);
        if (!filter) {
            m_unavailableFilters.append(ObsSceneGraph::tr("libobs could not create filter '%1' (%2) on '%3'").arg(f.name, f.kind, ownerName));
            continue;
        }
        obs_source_set_enabled(filter, f.enabled);
        obs_source_filter_add(source, filter); // the source holds its own reference
    }
}

bool ObsSceneGraph::syncFilters(const QString &ownerName, const QList<FilterSpec> &filters, QString *error)
{
    obs_source_t *source = filterOwner(ownerName);
    if (!source) {
        *error = ObsSceneGraph::tr("no source named '%1'").arg(ownerName);
        return false;
    }
    std::vector<obs_source_t *> old;
    obs_source_enum_filters(
        source, [](obs_source_t *, obs_source_t *filter, void *param) { static_cast<std::vector<obs_source_t *> *>(param)->push_back(filter); }, &old);
    for (obs_source_t *filter : old)
        obs_source_filter_remove(source, filter);
    m_unavailableFilters.removeIf([&ownerName](const QString &w) { return w.contains(QLatin1Char('\'') + ownerName + QLatin1Char('\'')); });
    addFilters(source, ownerName, filters);
    return true;
}

bool ObsSceneGraph::updateFilter(const QString &ownerName, const QList<FilterSpec> &filters, int index, QString *error)
{
    obs_source_t *owner = filterOwner(ownerName);
    if (!owner || index < 0 || index >= filters.size()) {
        *error = ObsSceneGraph::tr("no source named '%1'").arg(ownerName);
        return false;
    }
    const FilterSpec &f = filters.at(index);
    OBSSourceAutoRelease filter = obs_source_get_filter_by_name(owner, f.name.toUtf8().constData());
    if (!filter)
        return true; // a kind this machine lacks: kept in the collection only
    const QByteArray json = QJsonDocument(f.settings).toJson(QJsonDocument::Compact);
    OBSDataAutoRelease settings = obs_data_create_from_json(json.constData());
    obs_source_reset_settings(filter, settings); // the spec holds all of them: keys it lacks go back to defaults
    obs_source_set_enabled(filter, f.enabled);
    return true;
}

bool ObsSceneGraph::build(const SceneCollection &collection, QString *error)
{
    clear();
    m_unavailableFilters.clear();
    for (const SourceSpec &source : collection.sources())
        if (!ensureSource(source, error))
            return false;
    for (const SceneSpec &scene : collection.scenes()) {
        addScene(scene.name);
        obs_scene_t *obsScene = m_scenes.at(scene.name).Get();
        addFilters(obs_scene_get_source(obsScene), scene.name, scene.filters);
        for (const SceneItemSpec &item : scene.items) {
            placeInScene(obs_scene_add(obsScene, m_sources.at(item.sourceName).Get()), item);
        }
    }
    if (!setTransition(collection.transition(), error))
        return false;
    refreshOverlayLayer(collection);
    refreshGlobalAudio(collection);
    return activate(collection.currentScene());
}

void ObsSceneGraph::refreshGlobalAudio(const SceneCollection &collection)
{
    // An output channel's source is mixed into the program's audio whatever
    // the scene; libobs keeps its own reference while it is set.
    const QStringList global = collection.globalAudio();
    for (int i = 0; i < SceneCollection::kMaxGlobalAudio; ++i)
        obs_set_output_source(uint32_t(kFirstGlobalAudioChannel + i), i < global.size() ? source(global.at(i)) : nullptr);
}

bool ObsSceneGraph::sync(const SceneCollection &from, const SceneCollection &target, QString *error)
{
    for (const SourceSpec &source : target.sources()) {
        const SourceSpec *before = from.findSource(source.name);
        if (before && (before->kind != source.kind || before->settings != source.settings)) {
            if (auto it = m_sources.find(source.name); it != m_sources.end()) {
                obs_source_remove(it->second.Get());
                m_sources.erase(it);
            }
            before = nullptr;
        }
        if (!ensureSource(source, error))
            return false;
        if (before && before->filters != source.filters && !syncFilters(source.name, source.filters, error))
            return false;
        if (before && before->audio != source.audio)
            applyAudio(m_sources.at(source.name).Get(), source.audio);
    }
    for (const SceneSpec &scene : from.scenes())
        if (!target.findScene(scene.name))
            removeScene(scene.name);
    for (const SceneSpec &scene : target.scenes()) {
        const SceneSpec *before = from.findScene(scene.name);
        const bool existed = m_scenes.count(scene.name) > 0;
        if (!addScene(scene.name)) {
            *error = ObsSceneGraph::tr("libobs could not create the scene %1").arg(scene.name);
            return false;
        }
        if ((!existed || !before || before->filters != scene.filters) && !syncFilters(scene.name, scene.filters, error))
            return false;
        if (before && before->items == scene.items && existed)
            continue;
        obs_scene_t *obsScene = m_scenes.at(scene.name).Get();
        for (obs_sceneitem_t *item : itemsOf(obsScene))
            obs_sceneitem_remove(item);
        for (const SceneItemSpec &item : scene.items)
            placeInScene(obs_scene_add(obsScene, m_sources.at(item.sourceName).Get()), item);
    }
    if (from.globalAudio() != target.globalAudio() || from.sources() != target.sources())
        refreshGlobalAudio(target); // before the pruning: a removed device leaves its channel first
    pruneSources(target);
    if (!(from.transition() == target.transition()) && !setTransition(target.transition(), error))
        return false;
    refreshOverlayLayer(target);
    return activate(target.currentScene());
}

obs_source_t *ObsSceneGraph::ensureSource(const SourceSpec &spec, QString *error)
{
    if (auto it = m_sources.find(spec.name); it != m_sources.end())
        return it->second.Get();
    if (!isKnownKind(spec.kind)) {
        *error = ObsSceneGraph::tr("source '%1' needs '%2', which no loaded libobs module provides").arg(spec.name, spec.kind);
        return nullptr;
    }
    const QByteArray json = QJsonDocument(spec.settings).toJson(QJsonDocument::Compact);
    OBSDataAutoRelease settings = obs_data_create_from_json(json.constData());
    obs_source_t *source = obs_source_create(spec.kind.toUtf8().constData(), spec.name.toUtf8().constData(), settings, nullptr);
    if (!source) {
        *error = ObsSceneGraph::tr("libobs could not create source '%1' (%2)").arg(spec.name, spec.kind);
        return nullptr;
    }
    m_sources.emplace(spec.name, OBSSourceAutoRelease(source));
    addFilters(source, spec.name, spec.filters);
    applyAudio(source, spec.audio);
    if (const auto image = m_overlayImages.constFind(ObsOverlaySource::roleOf(source)); image != m_overlayImages.cend())
        ObsOverlaySource::setImage(source, *image);
    return source;
}

void ObsSceneGraph::applyAudio(obs_source_t *source, const AudioSpec &audio)
{
    obs_source_set_volume(source, audio.volumeDb <= AudioSpec::kMinVolumeDb ? 0.0F : obs_db_to_mul(float(audio.volumeDb)));
    obs_source_set_muted(source, audio.muted);
    obs_source_set_sync_offset(source, int64_t(audio.syncOffsetMs) * 1'000'000);
    obs_source_set_balance_value(source, float(audio.balance));
    obs_source_set_audio_mixers(source, uint32_t(audio.tracks));
    obs_monitoring_type monitoring = OBS_MONITORING_TYPE_NONE;
    switch (audio.monitoring) {
    case AudioMonitoring::Off: monitoring = OBS_MONITORING_TYPE_NONE; break;
    case AudioMonitoring::MonitorOnly: monitoring = OBS_MONITORING_TYPE_MONITOR_ONLY; break;
    case AudioMonitoring::MonitorAndOutput: monitoring = OBS_MONITORING_TYPE_MONITOR_AND_OUTPUT; break;
    }
    // Setting it again remakes the monitor stream: only on a change.
    if (obs_source_get_monitoring_type(source) != monitoring)
        obs_source_set_monitoring_type(source, monitoring);
}

bool ObsSceneGraph::setSourceAudio(const QString &name, const AudioSpec &audio, QString *error)
{
    const auto it = m_sources.find(name);
    if (it == m_sources.end()) {
        *error = ObsSceneGraph::tr("no source named '%1'").arg(name);
        return false;
    }
    applyAudio(it->second.Get(), audio);
    return true;
}

obs_source_t *ObsSceneGraph::source(const QString &name) const
{
    const auto it = m_sources.find(name);
    return it == m_sources.end() ? nullptr : it->second.Get();
}

bool ObsSceneGraph::addScene(const QString &name)
{
    if (m_scenes.count(name))
        return true;
    obs_scene_t *scene = obs_scene_create(name.toUtf8().constData());
    if (!scene)
        return false;
    m_scenes.emplace(name, OBSSceneAutoRelease(scene));
    return true;
}

void ObsSceneGraph::removeScene(const QString &name)
{
    auto it = m_scenes.find(name);
    if (it == m_scenes.end())
        return;
    obs_source_remove(obs_scene_get_source(it->second.Get()));
    m_scenes.erase(it);
}

bool ObsSceneGraph::setTransition(const TransitionSpec &spec, QString *error)
{
    if (m_transition && spec.kind == m_transitionSpec.kind && spec.settings == m_transitionSpec.settings) {
        m_transitionSpec = spec; // a new length only: obs_transition_start takes it
        return true;
    }
    const QByteArray json = QJsonDocument(spec.settings).toJson(QJsonDocument::Compact);
    OBSDataAutoRelease settings = obs_data_create_from_json(json.constData());
    OBSSourceAutoRelease transition = obs_source_create_private(spec.kind.toUtf8().constData(), "shopcast program transition", settings);
    if (!transition || obs_source_get_type(transition) != OBS_SOURCE_TYPE_TRANSITION) {
        *error = ObsSceneGraph::tr("'%1' is no transition a loaded libobs module provides").arg(spec.kind);
        return false;
    }
    // The new transition starts on what the program shows now.
    if (m_transition) {
        OBSSourceAutoRelease showing = obs_transition_get_active_source(m_transition);
        obs_transition_set(transition, showing);
    }
    obs_set_output_source(0, transition);
    if (m_transition)
        obs_transition_clear(m_transition);
    m_transition = std::move(transition);
    m_transitionSpec = spec;
    return true;
}

bool ObsSceneGraph::activate(const QString &scene, bool animate)
{
    auto it = m_scenes.find(scene);
    if (it == m_scenes.end() || !m_transition)
        return false;
    obs_source_t *source = obs_scene_get_source(it->second.Get());
    if (animate && m_transitionSpec.durationMs > 0)
        obs_transition_start(m_transition, OBS_TRANSITION_MODE_AUTO, uint32_t(m_transitionSpec.durationMs), source);
    else
        obs_transition_set(m_transition, source);
    return true;
}

bool ObsSceneGraph::addItem(const QString &scene, const SourceSpec &source, const SceneItemSpec &item, QString *error)
{
    auto it = m_scenes.find(scene);
    if (it == m_scenes.end()) {
        *error = ObsSceneGraph::tr("no scene named '%1'").arg(scene);
        return false;
    }
    obs_source_t *obsSource = ensureSource(source, error);
    if (!obsSource)
        return false;
    placeInScene(obs_scene_add(it->second.Get(), obsSource), item);
    return true;
}

obs_sceneitem_t *ObsSceneGraph::itemAt(const QString &scene, int index) const
{
    auto it = m_scenes.find(scene);
    if (it == m_scenes.end())
        return nullptr;
    const auto items = itemsOf(it->second.Get());
    return index >= 0 && index < int(items.size()) ? items[size_t(index)] : nullptr;
}

void ObsSceneGraph::removeItem(const QString &scene, int index)
{
    if (obs_sceneitem_t *item = itemAt(scene, index))
        obs_sceneitem_remove(item);
}

void ObsSceneGraph::moveItem(const QString &scene, int from, int to)
{
    if (obs_sceneitem_t *item = itemAt(scene, from))
        obs_sceneitem_set_order_position(item, to);
}

void ObsSceneGraph::setItemVisible(const QString &scene, int index, bool visible)
{
    if (obs_sceneitem_t *item = itemAt(scene, index))
        obs_sceneitem_set_visible(item, visible && !isOnTopRole(ObsOverlaySource::roleOf(obs_sceneitem_get_source(item))));
}

int ObsSceneGraph::setOverlayImage(const QString &role, const QImage &image)
{
    if (image.isNull())
        m_overlayImages.remove(role);
    else
        m_overlayImages.insert(role, image);
    int shown = 0;
    for (auto &[name, source] : m_sources)
        if (ObsOverlaySource::roleOf(source.Get()) == role && ObsOverlaySource::setImage(source.Get(), image))
            ++shown;
    return shown;
}

void ObsSceneGraph::setItemGeometry(const QString &scene, int index, const SceneItemSpec &spec)
{
    if (obs_sceneitem_t *item = itemAt(scene, index))
        placeInScene(item, spec);
}

bool ObsSceneGraph::isOnTopRole(const QString &role)
{
    return role == QLatin1String("product_card") || role == QLatin1String("interaction") || role == QLatin1String("pinned_comment")
           || role == QLatin1String("sales_ticker");
}

void ObsSceneGraph::placeInScene(obs_sceneitem_t *item, const SceneItemSpec &spec)
{
    place(item, spec);
    if (isOnTopRole(ObsOverlaySource::roleOf(obs_sceneitem_get_source(item))))
        obs_sceneitem_set_visible(item, false);
}

bool ObsSceneGraph::layOut(OverlayLayer &layer, const SceneSpec *scene, const char *name)
{
    QList<const SceneItemSpec *> onTop;
    QStringList names;
    if (scene)
        for (const SceneItemSpec &item : scene->items)
            if (const auto it = m_sources.find(item.sourceName); it != m_sources.end() && isOnTopRole(ObsOverlaySource::roleOf(it->second.Get()))) {
                onTop.append(&item);
                names.append(item.sourceName);
            }
    if (!layer.scene) {
        layer.scene = obs_scene_create_private(name);
        if (!layer.scene)
            return false;
    }
    if (names != layer.sources) {
        for (obs_sceneitem_t *item : itemsOf(layer.scene))
            obs_sceneitem_remove(item);
        for (const SceneItemSpec *item : std::as_const(onTop))
            obs_scene_add(layer.scene, m_sources.at(item->sourceName).Get());
        layer.sources = names;
    }
    const auto items = itemsOf(layer.scene);
    for (size_t i = 0; i < items.size() && i < size_t(onTop.size()); ++i)
        place(items[i], *onTop.at(qsizetype(i)));
    return true;
}

void ObsSceneGraph::refreshOverlayLayer(const SceneCollection &collection)
{
    const bool created = !m_overlayLayer.scene;
    if (layOut(m_overlayLayer, collection.findScene(collection.currentScene()), "shopcast overlays") && created)
        obs_set_output_source(1, obs_scene_get_source(m_overlayLayer.scene));
    const QString sceneName = collection.secondCanvasScene().isEmpty() ? collection.currentScene() : collection.secondCanvasScene();
    if (const SceneSpec *scene = collection.findScene(sceneName))
        m_secondCanvasScene = *scene;
    showOnSecondCanvas();
    m_scenesLaidOut = collection.scenes(); // shared, not copied
    for (auto &[name, layer] : m_sceneOverlayLayers)
        layOut(layer, collection.findScene(name), "shopcast overlays (preview)");
}

obs_source_t *ObsSceneGraph::overlayLayerOf(const QString &scene)
{
    const auto spec = std::find_if(m_scenesLaidOut.cbegin(), m_scenesLaidOut.cend(), [&](const SceneSpec &s) { return s.name == scene; });
    if (spec == m_scenesLaidOut.cend())
        return nullptr;
    OverlayLayer &layer = m_sceneOverlayLayers[scene];
    if (!layOut(layer, &*spec, "shopcast overlays (preview)"))
        return nullptr;
    return obs_scene_get_source(layer.scene);
}

void ObsSceneGraph::showOnSecondCanvas()
{
    if (!m_secondCanvas)
        return;
    const auto scene = m_scenes.find(m_secondCanvasScene.name);
    if (scene == m_scenes.end() || !layOut(m_secondOverlayLayer, &m_secondCanvasScene, "shopcast overlays (second canvas)")) {
        m_secondCanvas->setSources(nullptr, nullptr);
        return;
    }
    m_secondCanvas->setSources(obs_scene_get_source(scene->second.Get()), obs_scene_get_source(m_secondOverlayLayer.scene));
}

void ObsSceneGraph::attachSecondCanvas(ObsCanvasView *view)
{
    if (m_secondCanvas && m_secondCanvas != view)
        m_secondCanvas->setSources(nullptr, nullptr);
    m_secondCanvas = view;
    showOnSecondCanvas();
}

QSizeF ObsSceneGraph::sourceSize(const QString &name) const
{
    const auto it = m_sources.find(name);
    if (it == m_sources.end())
        return {};
    return {double(obs_source_get_width(it->second.Get())), double(obs_source_get_height(it->second.Get()))};
}

void ObsSceneGraph::pruneSources(const SceneCollection &collection)
{
    for (auto it = m_sources.begin(); it != m_sources.end();) {
        if (!collection.findSource(it->first)) {
            obs_source_remove(it->second.Get());
            it = m_sources.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace shopcast::broadcast
