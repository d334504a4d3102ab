#include "SceneCollectionImport.hpp"

#include "FilterCatalog.hpp"
#include "TransitionCatalog.hpp"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>

namespace shopcast::broadcast {

namespace {

// OBS's alignment bits (obs-defs.h).
constexpr int kAlignLeft = 1;
constexpr int kAlignRight = 2;
constexpr int kAlignTop = 4;
constexpr int kAlignBottom = 8;
constexpr int kAlignTopLeft = kAlignTop | kAlignLeft;

// OBS's bounds types (obs.h): none, stretch, scale inner, outer, to width, to height, max only.
constexpr int kBoundsNone = 0;
constexpr int kBoundsStretch = 1;
constexpr int kBoundsScaleInner = 2;

QString kindOf(const QJsonObject &o)
{
    // versioned_id is what the source is (color_source_v3); id is its family.
    const QString versioned = o.value(QStringLiteral("versioned_id")).toString();
    return versioned.isEmpty() ? o.value(QStringLiteral("id")).toString() : versioned;
}

QPointF point(const QJsonValue &v, double fallback)
{
    const QJsonObject o = v.toObject();
    return {o.value(QStringLiteral("x")).toDouble(fallback), o.value(QStringLiteral("y")).toDouble(fallback)};
}

QPointF alignOffset(int align, double w, double h)
{
    const double x = (align & kAlignLeft) ? 0 : (align & kAlignRight) ? w : w / 2;
    const double y = (align & kAlignTop) ? 0 : (align & kAlignBottom) ? h : h / 2;
    return {x, y};
}

// A source's own size when the collection alone says it: a colour source's
// settings, an image file that is here. Others know theirs once they play.
std::optional<QSizeF> naturalSize(const QString &kind, const QJsonObject &settings)
{
    if (kind.startsWith(QLatin1String("color_source"))) {
        const int w = settings.value(QStringLiteral("width")).toInt();
        const int h = settings.value(QStringLiteral("height")).toInt();
        if (w > 0 && h > 0)
            return QSizeF(w, h);
    }
    if (kind == QLatin1String("image_source")) {
        const QSize size = QImageReader(settings.value(QStringLiteral("file")).toString()).size();
        if (size.isValid() && !size.isEmpty())
            return QSizeF(size);
    }
    return std::nullopt;
}

// The file settings of the kinds that name one, to say which are missing.
QStringList filesOf(const QString &kind, const QJsonObject &settings)
{
    QStringList files;
    if (kind == QLatin1String("image_source"))
        files.append(settings.value(QStringLiteral("file")).toString());
    else if (kind == QLatin1String("ffmpeg_source") && settings.value(QStringLiteral("is_local_file")).toBool(true))
        files.append(settings.value(QStringLiteral("local_file")).toString());
    else if (kind == QLatin1String("slideshow"))
        for (const QJsonValue v : settings.value(QStringLiteral("files")).toArray())
            files.append(v.toObject().value(QStringLiteral("value")).toString());
    else if (kind == QLatin1String("obs_stinger_transition"))
        files.append(settings.value(QStringLiteral("path")).toString());
    else if (settings.contains(QStringLiteral("image_path"))) // mask/blend and LUT filters
        files.append(settings.value(QStringLiteral("image_path")).toString());
    files.removeAll(QString());
    return files;
}

QStringList cutTransitionNames()
{
    // Cut and Fade are OBS's built-in transitions: the collection names them
    // in the language OBS ran in, so every name obs-transitions has for Cut
    // is read from its own locale files.
    static const QStringList names = [] {
        QStringList out{QStringLiteral("Cut")};
        const QDir dir(QStringLiteral(SHOPCAST_OBS_DATA_DIR "/obs-plugins/obs-transitions/locale"));
        for (const QString &file : dir.entryList({QStringLiteral("*.ini")}, QDir::Files)) {
            QFile f(dir.filePath(file));
            if (!f.open(QIODevice::ReadOnly) || f.size() > 1024 * 1024)
                continue;
            for (const QByteArray &line : f.readAll().split('\n'))
                if (line.startsWith("CutTransition="))
                    out.append(QString::fromUtf8(line.mid(int(qstrlen("CutTransition=")))).trimmed().remove(QLatin1Char('"')));
        }
        return out;
    }();
    return names;
}

class Importer
{
public:
    Importer(const QJsonObject &root, const QSet<QString> &kinds)
        : m_root(root)
        , m_kinds(kinds)
    {}
    std::optional<SceneCollectionImport::Result> run(QString *error);

private:
    using Line = SceneCollectionImport::Report::Line;
    QJsonObject sourceJson(const QString &name, const QString &kind, const QJsonObject &obs, bool global);
    QJsonArray filtersJson(const QString &owner, const QJsonArray &filters);
    // The item's box in the studio's terms, placed by a parent group's transform.
    struct Parent
    {
        QPointF originPx;
        QPointF scale{1, 1};
        bool visible = true;
    };
    std::optional<QJsonObject> itemJson(const QString &scene, const QJsonObject &item, const Parent &parent);
    void addItems(const QString &scene, const QJsonArray &items, const Parent &parent, QJsonArray *out);
    void addGlobalAudio(QJsonArray *sources);
    QJsonObject transitionJson();

    QJsonObject m_root;
    QSet<QString> m_kinds;
    SceneCollectionImport::Report m_report;
    QHash<QString, QJsonObject> m_obsSources; // by name: inputs, scenes
    QHash<QString, QJsonObject> m_groups;
    QSet<QString> m_sceneNames;
    QSet<QString> m_imported; // sources the studio's collection has
    QSet<QString> m_reported; // said once, not per item
    QSet<QString> m_usedSources;
};

QJsonArray Importer::filtersJson(const QString &owner, const QJsonArray &filters)
{
    QJsonArray out;
    QSet<QString> known;
    for (const FilterCatalog::Kind &k : FilterCatalog::kinds())
        known.insert(k.id);
    QList<FilterSpec> taken; // for unique names: OBS allows none twice, a hand-edited file might
    for (const QJsonValue v : filters) {
        const QJsonObject f = v.toObject();
        const QString kind = kindOf(f);
        QString name = f.value(QStringLiteral("name")).toString().trimmed();
        if (kind.isEmpty()) {
            m_report.leftOut.append({owner, {}, SceneCollectionImport::tr("a filter with no kind (%1)").arg(name)});
            continue;
        }
        name = FilterCatalog::uniqueName(taken, name.isEmpty() ? FilterCatalog::labelOf(kind) : name);
        taken.append(FilterSpec{name, kind, true, {}});
        if (!known.contains(kind))
            m_report.keptUnavailable.append(
                {QStringLiteral("%1 / %2").arg(owner, name), kind, SceneCollectionImport::tr("filter kept as saved; this studio has no such filter")});
        const QJsonObject settings = f.value(QStringLiteral("settings")).toObject();
        for (const QString &file : filesOf(kind, settings))
            if (!QFileInfo::exists(file))
                m_report.missingFiles.append({QStringLiteral("%1 / %2").arg(owner, name), kind, file});
        out.append(QJsonObject{{QStringLiteral("name"), name},
                               {QStringLiteral("id"), kind},
                               {QStringLiteral("enabled"), f.value(QStringLiteral("enabled")).toBool(true)},
                               {QStringLiteral("settings"), settings}});
    }
    return out;
}

QJsonObject Importer::sourceJson(const QString &name, const QString &kind, const QJsonObject &obs, bool global)
{
    const QJsonObject settings = obs.value(QStringLiteral("settings")).toObject();
    QJsonObject o{{QStringLiteral("name"), name}, {QStringLiteral("id"), kind}, {QStringLiteral("settings"), settings}};
    for (const QString &file : filesOf(kind, settings))
        if (!QFileInfo::exists(file))
            m_report.missingFiles.append({name, kind, file});
    if (const QJsonArray filters = filtersJson(name, obs.value(QStringLiteral("filters")).toArray()); !filters.isEmpty())
        o.insert(QStringLiteral("filters"), filters);
    AudioSpec audio;
    const double volume = obs.value(QStringLiteral("volume")).toDouble(1.0);
    audio.volumeDb = volume > 0 ? std::clamp(20.0 * std::log10(volume), AudioSpec::kMinVolumeDb, AudioSpec::kMaxVolumeDb) : AudioSpec::kMinVolumeDb;
    audio.muted = obs.value(QStringLiteral("muted")).toBool();
    const int monitoring = obs.value(QStringLiteral("monitoring_type")).toInt();
    audio.monitoring = monitoring == 1 ? AudioMonitoring::MonitorOnly : monitoring == 2 ? AudioMonitoring::MonitorAndOutput : AudioMonitoring::Off;
    const qint64 syncMs = qint64(obs.value(QStringLiteral("sync")).toDouble()) / 1'000'000;
    audio.syncOffsetMs = int(std::clamp<qint64>(syncMs, AudioSpec::kMinSyncOffsetMs, AudioSpec::kMaxSyncOffsetMs));
    if (audio.syncOffsetMs != syncMs)
        m_report.approximated.append(
            {name, kind, SceneCollectionImport::tr("audio sync of %1 ms is beyond what the studio takes; %2 ms is used").arg(syncMs).arg(audio.syncOffsetMs)});
    audio.balance = std::clamp(obs.value(QStringLiteral("balance")).toDouble(0.5), 0.0, 1.0);
    if (const QJsonValue mixers = obs.value(QStringLiteral("mixers")); mixers.isDouble())
        audio.tracks = mixers.toInt() & AudioSpec::kAllTracks;
    // A source without sound writes mixers 0 in OBS: its audio stays the default.
    if (obs.value(QStringLiteral("mixers")).toInt() == 0)
        audio.tracks = AudioSpec{}.tracks;
    if (obs.value(QStringLiteral("push-to-talk")).toBool() || obs.value(QStringLiteral("push-to-mute")).toBool())
        m_report.approximated.append({name, kind, SceneCollectionImport::tr("its push-to-talk or push-to-mute key is not brought over: set it in the mixer")});
    if (!audio.isDefault())
        o.insert(QStringLiteral("audio"), audio.toJson());
    if (global)
        o.insert(QStringLiteral("global"), true);
    return o;
}

std::optional<QJsonObject> Importer::itemJson(const QString &scene, const QJsonObject &item, const Parent &parent)
{
    const QString name = item.value(QStringLiteral("name")).toString();
    const QJsonObject source = m_obsSources.value(name);
    const QString kind = kindOf(source);
    QPointF scale = point(item.value(QStringLiteral("scale")), 1.0);
    const bool flipH = scale.x() < 0;
    const bool flipV = scale.y() < 0;
    scale = {std::abs(scale.x()) * parent.scale.x(), std::abs(scale.y()) * parent.scale.y()};
    const QPointF pos
        = parent.originPx
          + QPointF(point(item.value(QStringLiteral("pos")), 0).x() * parent.scale.x(), point(item.value(QStringLiteral("pos")), 0).y() * parent.scale.y());
    const int align = item.value(QStringLiteral("align")).toInt(kAlignTopLeft);
    const int boundsType = item.value(QStringLiteral("bounds_type")).toInt(kBoundsNone);
    const double rotation = item.value(QStringLiteral("rot")).toDouble();
    ItemCrop crop{item.value(QStringLiteral("crop_left")).toInt(), item.value(QStringLiteral("crop_top")).toInt(),
                  item.value(QStringLiteral("crop_right")).toInt(), item.value(QStringLiteral("crop_bottom")).toInt()};
    QStringList approximations;
    QSizeF box(0, 0); // 0: the source's own size (QSizeF() would be -1 by -1)
    bool stretch = false;
    if (boundsType != kBoundsNone) {
        const QPointF bounds = point(item.value(QStringLiteral("bounds")), 0);
        box = QSizeF(std::abs(bounds.x()) * parent.scale.x(), std::abs(bounds.y()) * parent.scale.y());
        stretch = boundsType == kBoundsStretch;
        if (boundsType != kBoundsStretch && boundsType != kBoundsScaleInner)
            approximations.append(SceneCollectionImport::tr("OBS's bounds type %1 is fitted inside its box here").arg(boundsType));
        if (item.value(QStringLiteral("bounds_align")).toInt() != 0)
            approximations.append(SceneCollectionImport::tr("its place inside the bounding box is centred here"));
    } else if (std::abs(scale.x() - 1.0) > 1e-6 || std::abs(scale.y() - 1.0) > 1e-6 || align != kAlignTopLeft) {
        if (const std::optional<QSizeF> natural = naturalSize(kind, source.value(QStringLiteral("settings")).toObject())) {
            box = QSizeF((natural->width() - crop.left - crop.right) * scale.x(), (natural->height() - crop.top - crop.bottom) * scale.y());
            stretch = std::abs(scale.x() - scale.y()) > 1e-6;
        } else if (std::abs(scale.x() - 1.0) > 1e-6 || std::abs(scale.y() - 1.0) > 1e-6) {
            approximations.append(SceneCollectionImport::tr("scaled ×%1 in OBS, at its own size here until resized (its size is known once it plays)")
                                      .arg(QString::number(scale.x(), 'g', 3)));
        }
    }
    QPointF topLeft = pos;
    // A flipped item extends from its anchor the other way (OBS flips in
    // place by moving the anchor to the far side).
    if ((flipH || flipV) && box.isEmpty())
        approximations.append(SceneCollectionImport::tr("flipped in OBS about its anchor; flipped in its own place here"));
    if (flipH)
        topLeft.rx() -= box.width();
    if (flipV)
        topLeft.ry() -= box.height();
    if (align != kAlignTopLeft) {
        if (box.isEmpty())
            approximations.append(SceneCollectionImport::tr("anchored by another corner or centre in OBS; placed by its top-left corner here"));
        else
            topLeft -= alignOffset(align, box.width(), box.height());
    }
    if (rotation != 0 && align != kAlignTopLeft)
        approximations.append(SceneCollectionImport::tr("rotated about its anchor in OBS, about its top-left corner here"));
    if (item.value(QStringLiteral("locked")).toBool())
        approximations.append(SceneCollectionImport::tr("locked in OBS; items are not locked here"));
    const QString blend = item.value(QStringLiteral("blend_type")).toString();
    if (!blend.isEmpty() && blend != QLatin1String("normal"))
        approximations.append(SceneCollectionImport::tr("blended '%1' in OBS, normally here").arg(blend));
    for (const QString &a : std::as_const(approximations))
        m_report.approximated.append({QStringLiteral("%1 / %2").arg(scene, name), kind, a});
    QJsonObject o{{QStringLiteral("source"), name},
                  {QStringLiteral("visible"), item.value(QStringLiteral("visible")).toBool(true) && parent.visible},
                  {QStringLiteral("x"), std::clamp(topLeft.x(), -double(SceneCollection::kMaxCoordinatePx), double(SceneCollection::kMaxCoordinatePx))},
                  {QStringLiteral("y"), std::clamp(topLeft.y(), -double(SceneCollection::kMaxCoordinatePx), double(SceneCollection::kMaxCoordinatePx))},
                  {QStringLiteral("boundsWidth"), std::min(box.width(), double(SceneCollection::kMaxCoordinatePx))},
                  {QStringLiteral("boundsHeight"), std::min(box.height(), double(SceneCollection::kMaxCoordinatePx))}};
    if (stretch && !box.isEmpty())
        o.insert(QStringLiteral("boundsType"), QStringLiteral("stretch"));
    if (!crop.isNull())
        o.insert(QStringLiteral("crop"), QJsonObject{{QStringLiteral("left"), std::max(0, crop.left)},
                                                     {QStringLiteral("top"), std::max(0, crop.top)},
                                                     {QStringLiteral("right"), std::max(0, crop.right)},
                                                     {QStringLiteral("bottom"), std::max(0, crop.bottom)}});
    if (rotation != 0)
        o.insert(QStringLiteral("rotation"), std::fmod(std::fmod(rotation, 360.0) + 360.0, 360.0));
    if (flipH)
        o.insert(QStringLiteral("flipH"), true);
    if (flipV)
        o.insert(QStringLiteral("flipV"), true);
    return o;
}

void Importer::addItems(const QString &scene, const QJsonArray &items, const Parent &parent, QJsonArray *out)
{
    for (const QJsonValue v : items) {
        const QJsonObject item = v.toObject();
        // OBS writes a group's items into the scene too, for versions before groups.
        if (item.value(QStringLiteral("group_item_backup")).toBool())
            continue;
        const QString name = item.value(QStringLiteral("name")).toString();
        if (m_groups.contains(name)) {
            const QJsonObject group = m_groups.value(name);
            const QPointF scale = point(item.value(QStringLiteral("scale")), 1.0);
            Parent inner;
            inner.originPx = parent.originPx
                             + QPointF(point(item.value(QStringLiteral("pos")), 0).x() * parent.scale.x(),
                                       point(item.value(QStringLiteral("pos")), 0).y() * parent.scale.y());
            inner.scale = {std::abs(scale.x()) * parent.scale.x(), std::abs(scale.y()) * parent.scale.y()};
            inner.visible = parent.visible && item.value(QStringLiteral("visible")).toBool(true);
            if (item.value(QStringLiteral("rot")).toDouble() != 0 || item.value(QStringLiteral("align")).toInt(kAlignTopLeft) != kAlignTopLeft)
                m_report.approximated.append({QStringLiteral("%1 / %2").arg(scene, name), QStringLiteral("group"),
                                              SceneCollectionImport::tr("the group's rotation or anchor is not applied to its items")});
            m_report.approximated.append({QStringLiteral("%1 / %2").arg(scene, name), QStringLiteral("group"),
                                          SceneCollectionImport::tr("a group: its items are placed in the scene in its place")});
            if (!group.value(QStringLiteral("filters")).toArray().isEmpty())
                m_report.leftOut.append(
                    {name, QStringLiteral("group"), SceneCollectionImport::tr("the group's own filters (the studio has no groups to put them on)")});
            addItems(scene, group.value(QStringLiteral("settings")).toObject().value(QStringLiteral("items")).toArray(), inner, out);
            continue;
        }
        if (m_sceneNames.contains(name)) {
            if (!m_reported.contains(QStringLiteral("scene:") + scene + name)) {
                m_reported.insert(QStringLiteral("scene:") + scene + name);
                m_report.leftOut.append({QStringLiteral("%1 / %2").arg(scene, name), QStringLiteral("scene"),
                                         SceneCollectionImport::tr("a scene shown inside another: add its sources to this scene")});
            }
            continue;
        }
        if (!m_imported.contains(name)) {
            if (!m_obsSources.contains(name) && !m_reported.contains(name)) {
                m_reported.insert(name);
                m_report.leftOut.append(
                    {QStringLiteral("%1 / %2").arg(scene, name), {}, SceneCollectionImport::tr("the scene names a source the file does not have")});
            }
            continue;
        }
        if (std::optional<QJsonObject> o = itemJson(scene, item, parent)) {
            out->append(*o);
            m_usedSources.insert(name);
        }
    }
}

void Importer::addGlobalAudio(QJsonArray *sources)
{
    // OBS's Settings → Audio devices, kept beside the scenes.
    int count = 0;
    for (const char *key : {"DesktopAudioDevice1", "DesktopAudioDevice2", "AuxAudioDevice1", "AuxAudioDevice2", "AuxAudioDevice3", "AuxAudioDevice4"}) {
        const QJsonObject device = m_root.value(QLatin1String(key)).toObject();
        if (device.isEmpty())
            continue;
        QString name = device.value(QStringLiteral("name")).toString(QLatin1String(key));
        const QString kind = kindOf(device);
        if (!m_kinds.contains(kind)) {
            m_report.leftOut.append({name, kind, SceneCollectionImport::tr("an audio device of a kind this studio cannot open")});
            continue;
        }
        if (++count > SceneCollection::kMaxGlobalAudio) {
            m_report.leftOut.append(
                {name, kind, SceneCollectionImport::tr("the studio keeps %1 global audio devices at most").arg(SceneCollection::kMaxGlobalAudio)});
            continue;
        }
        for (int n = 2; m_obsSources.contains(name) || m_imported.contains(name); ++n)
            name = QStringLiteral("%1 %2").arg(device.value(QStringLiteral("name")).toString(QLatin1String(key))).arg(n);
        m_imported.insert(name);
        sources->append(sourceJson(name, kind, device, true));
        ++m_report.sources;
    }
}

QJsonObject Importer::transitionJson()
{
    const QString current = m_root.value(QStringLiteral("current_transition")).toString();
    TransitionSpec t;
    t.durationMs = std::clamp(m_root.value(QStringLiteral("transition_duration")).toInt(300), 0, TransitionSpec::kMaxDurationMs);
    QSet<QString> known;
    for (const TransitionCatalog::Kind &k : TransitionCatalog::kinds())
        known.insert(k.id);
    bool found = false;
    for (const QJsonValue v : m_root.value(QStringLiteral("transitions")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("name")).toString() != current)
            continue;
        found = true;
        const QString kind = kindOf(o);
        if (known.contains(kind)) {
            t.kind = kind;
            t.settings = o.value(QStringLiteral("settings")).toObject();
            for (const QString &file : filesOf(kind, t.settings))
                if (!QFileInfo::exists(file))
                    m_report.missingFiles.append({current, kind, file});
        } else {
            m_report.approximated.append({current, kind, SceneCollectionImport::tr("a transition this studio does not have: a fade is used")});
        }
    }
    if (!found)
        t.kind = cutTransitionNames().contains(current) ? QStringLiteral("cut_transition") : QStringLiteral("fade_transition");
    if (t.kind == QLatin1String("cut_transition"))
        t.durationMs = 0;
    return QJsonObject{{QStringLiteral("id"), t.kind}, {QStringLiteral("durationMs"), t.durationMs}, {QStringLiteral("settings"), t.settings}};
}

std::optional<SceneCollectionImport::Result> Importer::run(QString *error)
{
    const QJsonValue obsSources = m_root.value(QStringLiteral("sources"));
    if (!obsSources.isArray()) {
        *error = SceneCollectionImport::tr("this is not an OBS scene collection (it has no \"sources\")");
        return std::nullopt;
    }
    for (const QJsonValue v : obsSources.toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            continue;
        m_obsSources.insert(name, o);
        if (kindOf(o) == QLatin1String("scene"))
            m_sceneNames.insert(name);
    }
    for (const QJsonValue v : m_root.value(QStringLiteral("groups")).toArray())
        m_groups.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    if (m_sceneNames.isEmpty()) {
        *error = SceneCollectionImport::tr("this OBS scene collection has no scenes");
        return std::nullopt;
    }
    // Sources first, in OBS's order: the ones the studio can make.
    QJsonArray sources;
    QList<QJsonObject> pending;
    for (const QJsonValue v : obsSources.toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        const QString kind = kindOf(o);
        if (name.isEmpty() || kind == QLatin1String("scene") || kind == QLatin1String("group"))
            continue;
        if (!m_kinds.contains(kind)) {
            m_report.leftOut.append({name, kind, SceneCollectionImport::tr("this studio's libobs cannot make this kind of source")});
            continue;
        }
        m_imported.insert(name);
        pending.append(o);
    }
    // Scenes in the order OBS lists them.
    QStringList order;
    for (const QJsonValue v : m_root.value(QStringLiteral("scene_order")).toArray())
        if (const QString n = v.toObject().value(QStringLiteral("name")).toString(); m_sceneNames.contains(n) && !order.contains(n))
            order.append(n);
    for (const QJsonValue v : obsSources.toArray())
        if (const QString n = v.toObject().value(QStringLiteral("name")).toString(); m_sceneNames.contains(n) && !order.contains(n))
            order.append(n);
    QJsonArray scenes;
    for (const QString &sceneName : std::as_const(order)) {
        const QJsonObject scene = m_obsSources.value(sceneName);
        QJsonArray items;
        addItems(sceneName, scene.value(QStringLiteral("settings")).toObject().value(QStringLiteral("items")).toArray(), {}, &items);
        QJsonObject o{{QStringLiteral("name"), sceneName}, {QStringLiteral("items"), items}};
        if (const QJsonArray filters = filtersJson(sceneName, scene.value(QStringLiteral("filters")).toArray()); !filters.isEmpty())
            o.insert(QStringLiteral("filters"), filters);
        scenes.append(o);
        ++m_report.scenes;
    }
    for (const QJsonObject &o : std::as_const(pending)) {
        const QString name = o.value(QStringLiteral("name")).toString();
        if (!m_usedSources.contains(name)) {
            m_report.leftOut.append({name, kindOf(o), SceneCollectionImport::tr("in no scene")});
            m_imported.remove(name);
            continue;
        }
        sources.append(sourceJson(name, kindOf(o), o, false));
        ++m_report.sources;
    }
    addGlobalAudio(&sources);
    QString current = m_root.value(QStringLiteral("current_program_scene")).toString(m_root.value(QStringLiteral("current_scene")).toString());
    if (!order.contains(current))
        current = order.constFirst();
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("shopcast-scenes")},
                           {QStringLiteral("version"), SceneCollection::kFormatVersion},
                           {QStringLiteral("currentScene"), current},
                           {QStringLiteral("transition"), transitionJson()},
                           {QStringLiteral("sources"), sources},
                           {QStringLiteral("scenes"), scenes}};
    QString why;
    std::optional<SceneCollection> collection = SceneCollection::fromJson(QJsonDocument(root).toJson(QJsonDocument::Compact), &why);
    if (!collection) {
        *error = SceneCollectionImport::tr("the collection could not be built: %1").arg(why);
        return std::nullopt;
    }
    return SceneCollectionImport::Result{std::move(*collection), m_report};
}

} // namespace

QStringList SceneCollectionImport::Report::lines() const
{
    QStringList out;
    const auto section = [&out](const QString &title, const QList<Line> &lines) {
        if (lines.isEmpty())
            return;
        out.append(title);
        for (const Line &l : lines)
            out.append(l.kind.isEmpty() ? QStringLiteral("  %1: %2").arg(l.name, l.what) : QStringLiteral("  %1 (%2): %3").arg(l.name, l.kind, l.what));
    };
    section(SceneCollectionImport::tr("Not brought over:"), leftOut);
    section(SceneCollectionImport::tr("Brought over, not exactly as in OBS:"), approximated);
    section(SceneCollectionImport::tr("Kept as saved, but not available in this studio:"), keptUnavailable);
    section(SceneCollectionImport::tr("Files not on this computer (kept; point them to the file):"), missingFiles);
    return out;
}

QSet<QString> SceneCollectionImport::studioInputKinds()
{
    // image-source, text-freetype2, obs-ffmpeg, linux-v4l2, linux-pulseaudio,
    // linux-capture: the modules ObsContext loads.
    return {QStringLiteral("image_source"),    QStringLiteral("color_source"),        QStringLiteral("color_source_v2"),      QStringLiteral("color_source_v3"),
            QStringLiteral("slideshow"),       QStringLiteral("text_ft2_source"),     QStringLiteral("text_ft2_source_v2"),   QStringLiteral("ffmpeg_source"),
            QStringLiteral("v4l2_input"),      QStringLiteral("pulse_input_capture"), QStringLiteral("pulse_output_capture"), QStringLiteral("xshm_input"),
            QStringLiteral("xcomposite_input")};
}

std::optional<SceneCollectionImport::Result> SceneCollectionImport::fromFile(const QString &path, const QSet<QString> &inputKinds, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > kMaxFileBytes) {
        *error = tr("%1 is %2 MB; an OBS scene collection is far smaller").arg(path).arg(file.size() / (1024 * 1024));
        return std::nullopt;
    }
    return fromJson(file.readAll(), inputKinds, error);
}

std::optional<SceneCollectionImport::Result> SceneCollectionImport::fromJson(const QByteArray &json, const QSet<QString> &inputKinds, QString *error)
{
    if (json.size() > kMaxFileBytes) {
        *error = tr("%1 MB is far more than an OBS scene collection").arg(json.size() / (1024 * 1024));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not an OBS scene collection: not JSON at byte %1 (%2); is the file cut short?").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("not an OBS scene collection: the top level is not a JSON object");
        return std::nullopt;
    }
    return Importer(doc.object(), inputKinds).run(error);
}

QString SceneCollectionImport::obsConfigDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(QStringLiteral("obs-studio"));
}

QList<SceneCollectionImport::Found> SceneCollectionImport::findCollections(const QString &obsConfigDir)
{
    QList<Found> found;
    const QDir dir(QDir(obsConfigDir).filePath(QStringLiteral("basic/scenes")));
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        // OBS names the file after the collection (its SceneCollectionFile),
        // so the list needs no parse of files that may be megabytes.
        found.append({info.completeBaseName(), info.absoluteFilePath()});
    }
    return found;
}

} // namespace shopcast::broadcast
